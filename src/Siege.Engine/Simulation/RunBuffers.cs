using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

/// <summary>
/// The working state of a run: every per-position array, the sets and the lists a run fills. Reset to the state at
/// the start of a run and reused from one run to the next on the same thread (see <see cref="RunBuffers"/>):
/// ensembles run hundreds of thousands of runs on a few threads, and allocating these afresh for every run was a
/// large share of the garbage they made. A run copies what it returns, so nothing here outlives the run that used it.
/// </summary>
internal sealed class RunWorkspace
{
    public RunWorkspace(SiegeModel model)
    {
        var n = model.Positions.Length;
        Holder = new Side[n];
        AttackerPresent = new bool[n];
        Garrison = new int[n];
        Planned = new int[n];
        Occupiers = new int[n];
        Assault = new int[n];
        AssaultStart = new int[n];
        AssaultRiver = new double[n];
        Counter = new int[n];
        CounterStart = new int[n];
        Condition = new double[n];
        GasUntil = new int[n];
        GasIntensity = new double[n];
        LostAt = new int[n];
        FirstLost = new int[n];
        Changes = new int[n];
        Connected = new bool[n];
        OccupiersAtCounter = new int[n];
        CrossingOpen = new bool[model.CrossingIndex.Count];
        CombatStreams = new Xoshiro256StarStar?[n];
        CounterStreams = new Xoshiro256StarStar?[n];
        Assaulted = new PositionSet(n);
        Counterattacked = new PositionSet(n);
        Damaged = new PositionSet(n);
    }

    public Side[] Holder { get; }
    public bool[] AttackerPresent { get; }
    public int[] Garrison { get; }
    public int[] Planned { get; }
    public int[] Occupiers { get; }
    public int[] Assault { get; }
    public int[] AssaultStart { get; }
    public double[] AssaultRiver { get; }
    public int[] Counter { get; }
    public int[] CounterStart { get; }
    public double[] Condition { get; }
    public int[] GasUntil { get; }
    public double[] GasIntensity { get; }
    public int[] LostAt { get; }
    public int[] FirstLost { get; }
    public int[] Changes { get; }
    public bool[] Connected { get; }
    public int[] OccupiersAtCounter { get; }
    public bool[] CrossingOpen { get; }
    public Xoshiro256StarStar?[] CombatStreams { get; }
    public Xoshiro256StarStar?[] CounterStreams { get; }
    public PositionSet Assaulted { get; }
    public PositionSet Counterattacked { get; }
    public PositionSet Damaged { get; }
    public List<ChronicleEntry> Chronicle { get; } = new(1024);
    // Sized for a long siege up front: growing these lists was a measurable share of a run's time.
    public List<DailySnapshot> Days { get; } = new(128);
    public List<OffensiveSpan> Offensives { get; } = [];

    /// <summary>Whether this workspace has the sizes <paramref name="model"/> needs.</summary>
    public bool Fits(SiegeModel model) => Holder.Length == model.Positions.Length && CrossingOpen.Length == model.CrossingIndex.Count;

    /// <summary>The state at the start of a run of <paramref name="model"/>: the values a freshly allocated run had.</summary>
    public void Reset(SiegeModel model)
    {
        for (var i = 0; i < Holder.Length; i++) Holder[i] = model.Positions[i].HeldBy;
        Array.Clear(AttackerPresent);
        Array.Clear(Garrison);
        Array.Clear(Planned);
        Array.Clear(Occupiers);
        Array.Clear(Assault);
        Array.Clear(AssaultStart);
        Array.Clear(AssaultRiver);
        Array.Clear(Counter);
        Array.Clear(CounterStart);
        Array.Fill(Condition, 1.0);
        Array.Fill(GasUntil, -1);
        Array.Clear(GasIntensity);
        Array.Fill(LostAt, -1);
        Array.Fill(FirstLost, -1);
        Array.Clear(Changes);
        Array.Clear(Connected);
        Array.Clear(OccupiersAtCounter);
        Array.Fill(CrossingOpen, true);
        // Per-position streams are created when first drawn from, so a run starts with none.
        Array.Clear(CombatStreams);
        Array.Clear(CounterStreams);
        Assaulted.Clear();
        Counterattacked.Clear();
        Damaged.Clear();
        Chronicle.Clear();
        Days.Clear();
        Offensives.Clear();
    }
}

/// <summary>One <see cref="RunWorkspace"/> per thread, lent to each run in turn.</summary>
internal static class RunBuffers
{
    [ThreadStatic] private static RunWorkspace? t_workspace;

    /// <summary>A workspace reset for a run of <paramref name="model"/>; a run that borrows one and fails simply never gives it back.</summary>
    public static RunWorkspace Rent(SiegeModel model)
    {
        var workspace = t_workspace;
        t_workspace = null;
        if (workspace is null || !workspace.Fits(model)) workspace = new RunWorkspace(model);
        workspace.Reset(model);
        return workspace;
    }

    public static void Return(RunWorkspace workspace) => t_workspace = workspace;
}
