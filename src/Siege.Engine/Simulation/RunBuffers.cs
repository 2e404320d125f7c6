using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

/// <summary>
/// The working state of a run: the map, each side, the casualties, the per-position random streams and the lists a
/// run fills. Reset to the state at the start of a run and reused from one run to the next on the same thread (see
/// <see cref="RunBuffers"/>): ensembles run hundreds of thousands of runs on a few threads, and allocating these
/// afresh for every run was a large share of the garbage they made. A run copies what it returns, so nothing here
/// outlives the run that used it.
/// </summary>
internal sealed class RunWorkspace
{
    public RunWorkspace(SiegeModel model)
    {
        var n = model.Positions.Length;
        Positions = new PositionsState(model);
        Attacker = new AttackerState(model);
        Defender = new DefenderState(model);
        Arrivals = new ArrivalTimetable(model);
        CombatStreams = new Xoshiro256StarStar?[n];
        CounterStreams = new Xoshiro256StarStar?[n];
    }

    public PositionsState Positions { get; }
    public AttackerState Attacker { get; }
    public DefenderState Defender { get; }
    public ArrivalTimetable Arrivals { get; }
    public CasualtyLedger Casualties { get; } = new();
    /// <summary>The streams "combat/&lt;id&gt;" and "counterattack/&lt;id&gt;" of each position, created when first drawn from.</summary>
    public Xoshiro256StarStar?[] CombatStreams { get; }
    public Xoshiro256StarStar?[] CounterStreams { get; }
    public List<ChronicleEntry> Chronicle { get; } = new(1024);
    // Sized for a long siege up front: growing this list was a measurable share of a run's time.
    public List<DailySnapshot> Days { get; } = new(128);

    /// <summary>Whether this workspace has the sizes <paramref name="model"/> needs.</summary>
    public bool Fits(SiegeModel model) => Positions.Fits(model) && Attacker.Fits(model) && Defender.Fits(model) && Arrivals.Fits(model);

    /// <summary>The state at the start of the run of <paramref name="model"/> for <paramref name="seed"/>: the values a freshly allocated run had, and the run's arrival hours.</summary>
    public void Reset(SiegeModel model, ulong seed)
    {
        Arrivals.Reset(model, seed);
        Positions.Reset(model);
        Attacker.Reset(model);
        Defender.Reset(model);
        Casualties.Reset(model);
        // Per-position streams are created when first drawn from, so a run starts with none.
        Array.Clear(CombatStreams);
        Array.Clear(CounterStreams);
        Chronicle.Clear();
        Days.Clear();
    }
}

/// <summary>One <see cref="RunWorkspace"/> per thread, lent to each run in turn.</summary>
internal static class RunBuffers
{
    [ThreadStatic] private static RunWorkspace? t_workspace;

    /// <summary>A workspace reset for a run of <paramref name="model"/>; a run that borrows one and fails simply never gives it back.</summary>
    public static RunWorkspace Rent(SiegeModel model, ulong seed)
    {
        var workspace = t_workspace;
        t_workspace = null;
        if (workspace is null || !workspace.Fits(model)) workspace = new RunWorkspace(model);
        workspace.Reset(model, seed);
        return workspace;
    }

    public static void Return(RunWorkspace workspace) => t_workspace = workspace;
}
