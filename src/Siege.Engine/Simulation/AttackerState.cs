using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

/// <summary>
/// The attacker during a run: its men by role, its guns and shells with their ledger, the general offensive under
/// way, and the assault groups at each position.
/// </summary>
internal sealed class AttackerState
{
    public AttackerState(SiegeModel model)
    {
        var n = model.Positions.Length;
        Assault = new int[n];
        AssaultStart = new int[n];
        RiverMultiplier = new double[n];
        Assaulted = new PositionSet(n);
    }

    /// <summary>Assault infantry not committed to an assault group, to blocking or to holding a taken position.</summary>
    public int Pool { get; set; }
    /// <summary>Men facing the relief forces outside the city.</summary>
    public int Blocking { get; set; }
    /// <summary>Artillery, engineers and services at the city: present, never in an assault.</summary>
    public int Support { get; set; }
    public int Guns { get; set; }

    public long Shells { get; set; }
    public long ShellsInitial { get; private set; }
    public long ShellsArrived { get; set; }
    public long ShellsUsed { get; set; }

    /// <summary>Men at the start and arriving later, for the personnel ledger.</summary>
    public int InitialMen { get; set; }
    public int ArrivedMen { get; set; }
    /// <summary>Every man who has arrived, and the sum of their units' quality weighted by men.</summary>
    public int MenArrived { get; set; }
    public double QualityMen { get; set; }

    /// <summary>Quality is the men-weighted mean of the units that have arrived: a side-level multiplier of its kill rate.</summary>
    public double Quality => MenArrived == 0 ? 1.0 : QualityMen / MenArrived;

    public bool OffensiveActive { get; set; }
    public int OffensiveStartInfantry { get; set; }
    public int OffensiveStartLosses { get; set; }
    /// <summary>Assault infantry that arrived while the offensive ran: it joins the offensive's strength.</summary>
    public int OffensiveArrivals { get; set; }
    public int PausedAtHour { get; set; }
    /// <summary>The share of the guns' shell demand fired this hour.</summary>
    public double ArtillerySupport { get; set; }
    /// <summary>The general offensives opened so far; the last has no end while it runs.</summary>
    public List<OffensiveSpan> Offensives { get; } = [];

    /// <summary>Men in the assault group at each position, and the group's size when sent (plus men fed in since).</summary>
    public int[] Assault { get; }
    public int[] AssaultStart { get; }
    /// <summary>Positions with an assault group, and possibly some whose group has just been spent.</summary>
    public PositionSet Assaulted { get; }

    /// <summary>
    /// The river multiplier of the defence at each position, as last worked out with a frontier: the combat
    /// parameter when every attacker-held neighbour attacks across a crossing, else 1. Stored rather than worked out
    /// where it is read, because a position under assault keeps the value of the last frontier that included it
    /// until the frontier is worked out again (see <c>SiegeRun.RefreshFrontier</c>).
    /// </summary>
    public double[] RiverMultiplier { get; }

    /// <summary>The frontier with and without the core, each kept until the map changes (between offensives the two alternate every hour).</summary>
    public Frontier FrontierWithCore { get; } = new();
    public Frontier FrontierWithoutCore { get; } = new();

    public bool Fits(SiegeModel model) => Assault.Length == model.Positions.Length;

    /// <summary>The attacker at the start of a run of <paramref name="model"/>: nobody has arrived yet.</summary>
    public void Reset(SiegeModel model)
    {
        Pool = Blocking = Support = Guns = 0;
        Shells = ShellsInitial = (long)Math.Round(model.ShellSupply?.Stock.Value ?? 0);
        ShellsArrived = ShellsUsed = 0;
        InitialMen = ArrivedMen = MenArrived = 0;
        QualityMen = 0;
        OffensiveActive = false;
        OffensiveStartInfantry = OffensiveStartLosses = OffensiveArrivals = 0;
        // Long enough before the start that the first offensive never waits to regroup.
        PausedAtHour = int.MinValue / 2;
        ArtillerySupport = 0;
        Offensives.Clear();
        Array.Clear(Assault);
        Array.Clear(AssaultStart);
        Array.Clear(RiverMultiplier);
        Assaulted.Clear();
        FrontierWithCore.Clear();
        FrontierWithoutCore.Clear();
    }
}

/// <summary>The defender-held positions the attacker can reach, worked out at one <see cref="PositionsState.MapVersion"/>.</summary>
internal sealed class Frontier
{
    public List<int> Positions { get; } = [];

    /// <summary>The map version the positions were worked out at; -1 when they have not been.</summary>
    public int Version { get; set; } = -1;

    public void Clear()
    {
        Positions.Clear();
        Version = -1;
    }
}
