using Siege.Engine.Domain;

namespace Siege.Engine.Simulation;

/// <summary>
/// The map during a run, by index into the model's position array: who holds each position and with how many men,
/// the state of its works, what has happened to it, and which river crossings still stand.
/// </summary>
internal sealed class PositionsState
{
    // The map's shape (neighbours, crossings), for the queries below; set again by every Reset.
    private SiegeModel _model;

    public PositionsState(SiegeModel model)
    {
        _model = model;
        var n = model.Positions.Length;
        Holder = new Side[n];
        AttackerPresent = new bool[n];
        Garrison = new int[n];
        Planned = new int[n];
        Occupiers = new int[n];
        Condition = new double[n];
        GasUntil = new int[n];
        GasIntensity = new double[n];
        FirstAssaulted = new int[n];
        LostAt = new int[n];
        FirstLost = new int[n];
        Changes = new int[n];
        CrossingOpen = new bool[model.CrossingIndex.Count];
        Damaged = new PositionSet(n);
        RecentlyLost = new PositionSet(n);
    }

    public Side[] Holder { get; }
    /// <summary>Whether the attacker has men at an attacker-held position (a staging area reached, a position taken).</summary>
    public bool[] AttackerPresent { get; }
    public int[] Garrison { get; }
    /// <summary>The garrison a position was given by the deployment plan and the units sent to it since.</summary>
    public int[] Planned { get; }
    /// <summary>Attackers holding a position they took.</summary>
    public int[] Occupiers { get; }
    /// <summary>Condition of the works, 1 intact and 0 wrecked.</summary>
    public double[] Condition { get; }
    /// <summary>The last hour gas lingers at a position (-1: none), and its intensity.</summary>
    public int[] GasUntil { get; }
    public double[] GasIntensity { get; }
    /// <summary>The hour an assault group was first sent against a position, -1 if none ever was.</summary>
    public int[] FirstAssaulted { get; }
    /// <summary>The hour the attacker last took a position, and the first, -1 if never.</summary>
    public int[] LostAt { get; }
    public int[] FirstLost { get; }
    /// <summary>How many times a position changed hands.</summary>
    public int[] Changes { get; }
    /// <summary>By index into the model's crossings: whether the crossing still stands.</summary>
    public bool[] CrossingOpen { get; }
    /// <summary>Defender-held positions whose works may be below full condition: the only ones repairs visit.</summary>
    public PositionSet Damaged { get; }
    /// <summary>
    /// Positions the attacker has taken that a counter-attack may still be launched against: every position lost is
    /// added, and the night's search for counter-attacks drops those retaken or lost too long ago, so it visits a
    /// handful of positions instead of the whole map every night hour.
    /// </summary>
    public PositionSet RecentlyLost { get; }

    /// <summary>
    /// Counts changes to the map state: who holds each position, where the attacker is present, which crossings
    /// stand. Whatever is worked out from these alone (the frontier, the positions connected to the core, whether the
    /// city still holds a line) is kept until the count moves.
    /// </summary>
    public int MapVersion { get; private set; }

    /// <summary>Whether these arrays have the sizes <paramref name="model"/> needs.</summary>
    public bool Fits(SiegeModel model) => Holder.Length == model.Positions.Length && CrossingOpen.Length == model.CrossingIndex.Count;

    /// <summary>The map at the start of a run of <paramref name="model"/>.</summary>
    public void Reset(SiegeModel model)
    {
        _model = model;
        for (var i = 0; i < Holder.Length; i++) Holder[i] = model.Positions[i].HeldBy;
        Array.Clear(AttackerPresent);
        Array.Clear(Garrison);
        Array.Clear(Planned);
        Array.Clear(Occupiers);
        Array.Fill(Condition, 1.0);
        Array.Fill(GasUntil, -1);
        Array.Clear(GasIntensity);
        Array.Fill(FirstAssaulted, -1);
        Array.Fill(LostAt, -1);
        Array.Fill(FirstLost, -1);
        Array.Clear(Changes);
        Array.Fill(CrossingOpen, true);
        Damaged.Clear();
        RecentlyLost.Clear();
        MapVersion = 0;
    }

    /// <summary>The attacker's men reach position <paramref name="i"/>.</summary>
    public void MarkAttackerPresent(int i)
    {
        if (AttackerPresent[i]) return;
        AttackerPresent[i] = true;
        MapVersion++;
    }

    public void DestroyCrossing(int crossing)
    {
        CrossingOpen[crossing] = false;
        MapVersion++;
    }

    /// <summary>The attacker takes position <paramref name="i"/> in <paramref name="hour"/>.</summary>
    public void MarkLost(int i, int hour)
    {
        Holder[i] = Side.Attacker;
        AttackerPresent[i] = true;
        MapVersion++;
        // Only the defender repairs works; MarkRetaken puts the position back among the damaged ones if it is.
        Damaged.Remove(i);
        RecentlyLost.Add(i);
        LostAt[i] = hour;
        if (FirstLost[i] < 0) FirstLost[i] = hour;
        Changes[i]++;
    }

    /// <summary>The defender takes position <paramref name="i"/> back.</summary>
    public void MarkRetaken(int i)
    {
        Holder[i] = Side.Defender;
        MapVersion++;
        if (Condition[i] != 1.0) Damaged.Add(i);
        Changes[i]++;
    }

    /// <summary>Whether the approach from <paramref name="position"/> to its neighbour in slot <paramref name="neighbourSlot"/> is open (no crossing, or one still standing).</summary>
    public bool ApproachOpen(int position, int neighbourSlot)
    {
        var crossing = _model.NeighborCrossing[position][neighbourSlot];
        return crossing < 0 || CrossingOpen[crossing];
    }

    /// <summary>
    /// How many neighbours of position <paramref name="i"/> can attack it: attacker-held, with the attacker's men
    /// there, over an open approach; and how many of those attack across a river crossing. A query: it changes nothing.
    /// </summary>
    public int AttackingNeighbours(int i, out int acrossRiver)
    {
        var neighbours = _model.Neighbors[i];
        var crossings = _model.NeighborCrossing[i];
        var count = 0;
        acrossRiver = 0;
        for (var k = 0; k < neighbours.Length; k++)
        {
            var j = neighbours[k];
            if (Holder[j] != Side.Attacker || !AttackerPresent[j] || !ApproachOpen(i, k)) continue;
            count++;
            if (crossings[k] >= 0) acrossRiver++;
        }
        return count;
    }
}
