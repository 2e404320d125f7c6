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
        var f = model.Formations.Length;
        Assault = new int[n];
        AssaultStart = new int[n];
        AssaultLead = new int[n];
        OccupierFormation = new int[n];
        RiverMultiplier = new double[n];
        Assaulted = new PositionSet(n);
        Preparing = new int[f];
        Ready = new int[f];
        InGroups = new int[f];
        Groups = new int[f];
        BlockingOf = new int[f];
        SupportOf = new int[f];
        Losses = new int[f];
        Killed = new int[f];
        Arrived = new int[f];
        GroupMen = new int[n * f];
    }

    // Men of each formation by state, indexed like the model's formations. A formation's men are preparing (arrived,
    // not yet ready), ready, in assault groups, holding taken positions (PositionsState.Occupiers, with
    // OccupierFormation), blocking the relief, or support (artillery, engineers, services: present, never assaulting).
    public int[] Preparing { get; }
    /// <summary>Ready assault infantry not in an assault group, blocking or holding a taken position.</summary>
    public int[] Ready { get; }
    public int[] InGroups { get; }
    /// <summary>How many assault groups each formation has men in.</summary>
    public int[] Groups { get; }
    public int[] BlockingOf { get; }
    public int[] SupportOf { get; }
    /// <summary>Each formation's killed and wounded, and every man who has arrived in it.</summary>
    public int[] Losses { get; }
    /// <summary>Of <see cref="Losses"/>, the men killed: the result's split by formation; nothing in the run reads it.</summary>
    public int[] Killed { get; }
    public int[] Arrived { get; }

    /// <summary>Ready assault infantry of every formation (the old uncommitted pool).</summary>
    public int Pool => Sum(Ready);
    /// <summary>Men facing the relief forces outside the city.</summary>
    public int Blocking => Sum(BlockingOf);
    /// <summary>Artillery, engineers and services at the city: present, never in an assault.</summary>
    public int Support => Sum(SupportOf);
    public int PreparingMen => Sum(Preparing);

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
    /// <summary>Assault infantry that became ready while the offensive ran: it joins the offensive's strength.</summary>
    public int OffensiveArrivals { get; set; }
    public int PausedAtHour { get; set; }
    /// <summary>The share of the guns' shell demand fired this hour.</summary>
    public double ArtillerySupport { get; set; }
    /// <summary>The groups the offensive means to have in action (assaultsPerFormation × formations with assault infantry): full bombardment when all are.</summary>
    public int PlannedGroups { get; set; }
    /// <summary>The general offensives opened so far; the last has no end while it runs.</summary>
    public List<OffensiveSpan> Offensives { get; } = [];

    /// <summary>Men in the assault group at each position, and the group's size when sent (plus men fed in since).</summary>
    public int[] Assault { get; }
    public int[] AssaultStart { get; }
    /// <summary>The formation that sent the group at each position; others may have joined it (see <see cref="GroupMen"/>).</summary>
    public int[] AssaultLead { get; }
    /// <summary>Men of formation f in the group at position i, at [i × formations + f].</summary>
    public int[] GroupMen { get; }
    /// <summary>The formation whose men hold each taken position.</summary>
    public int[] OccupierFormation { get; }
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

    public bool Fits(SiegeModel model) => Assault.Length == model.Positions.Length && Ready.Length == model.Formations.Length;

    /// <summary>Moves <paramref name="men"/> of formation <paramref name="f"/> into or out of the group at position <paramref name="i"/>.</summary>
    public void AddToGroup(int i, int f, int men)
    {
        var k = i * Ready.Length + f;
        var before = GroupMen[k];
        GroupMen[k] += men;
        InGroups[f] += men;
        Assault[i] += men;
        if (before == 0 && GroupMen[k] > 0) Groups[f]++;
        else if (before > 0 && GroupMen[k] == 0) Groups[f]--;
    }

    /// <summary>The attacker at the start of a run of <paramref name="model"/>: nobody has arrived yet.</summary>
    public void Reset(SiegeModel model)
    {
        Guns = 0;
        Shells = ShellsInitial = (long)Math.Round(model.ShellSupply?.Stock.Value ?? 0);
        ShellsArrived = ShellsUsed = 0;
        InitialMen = ArrivedMen = MenArrived = 0;
        QualityMen = 0;
        OffensiveActive = false;
        OffensiveStartInfantry = OffensiveStartLosses = OffensiveArrivals = PlannedGroups = 0;
        // Long enough before the start that the first offensive never waits to regroup.
        PausedAtHour = int.MinValue / 2;
        ArtillerySupport = 0;
        Offensives.Clear();
        Array.Clear(Preparing);
        Array.Clear(Ready);
        Array.Clear(InGroups);
        Array.Clear(Groups);
        Array.Clear(BlockingOf);
        Array.Clear(SupportOf);
        Array.Clear(Losses);
        Array.Clear(Killed);
        Array.Clear(Arrived);
        Array.Clear(GroupMen);
        Array.Clear(Assault);
        Array.Clear(AssaultStart);
        Array.Clear(AssaultLead);
        Array.Clear(OccupierFormation);
        Array.Clear(RiverMultiplier);
        Assaulted.Clear();
        FrontierWithCore.Clear();
        FrontierWithoutCore.Clear();
    }

    private static int Sum(int[] values)
    {
        var sum = 0;
        foreach (var v in values) sum += v;
        return sum;
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
