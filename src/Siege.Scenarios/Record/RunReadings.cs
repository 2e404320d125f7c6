using Siege.Engine.Results;

namespace Siege.Scenarios.Record;

/// <summary>
/// What the fidelity table reads of a run beyond its casualties and who held what: the hour each position was first
/// assaulted, and why the siege ended. A record item that needs what a run does not report is shown as not modelled,
/// never judged; a run of the engine reports both.
/// </summary>
public interface IRunReadings
{
    /// <summary>Whether the run reports when each position was first assaulted.</summary>
    bool ReportsAssaults { get; }

    /// <summary>The hour (from the start) the attacker first assaulted a position; null if it never did.</summary>
    int? FirstAssaultHour(string positionId);

    /// <summary>Whether the run reports why the siege ended.</summary>
    bool ReportsEndReason { get; }

    /// <summary>Why the siege ended: one reason, or two when a cease-fire had two at once; empty when not reported.</summary>
    IReadOnlyList<SiegeEndReason> EndReasons { get; }
}

/// <summary>The readings of a whole run, from its result.</summary>
public static class RunReadings
{
    public static IRunReadings Of(RunResult run) => new FromResult(run);

    /// <summary>The engine's reason for the end, in the record's words.</summary>
    public static IReadOnlyList<SiegeEndReason> ReasonsOf(EndReason reason) => reason switch
    {
        EndReason.Horizon => [SiegeEndReason.Horizon],
        EndReason.Relieved => [SiegeEndReason.Relieved],
        EndReason.NoLineHeld or EndReason.LinesBroken => [SiegeEndReason.Lines],
        EndReason.StrengthSpent => [SiegeEndReason.Strength],
        EndReason.FirepowerSpent => [SiegeEndReason.Firepower],
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "an end reason the record has no words for"),
    };

    private sealed class FromResult(RunResult run) : IRunReadings
    {
        private readonly Dictionary<string, int?> _assaults = run.Positions.ToDictionary(p => p.Id, p => p.FirstAssaultedHour, StringComparer.Ordinal);

        public bool ReportsAssaults => true;

        public int? FirstAssaultHour(string positionId) => _assaults.GetValueOrDefault(positionId);

        public bool ReportsEndReason => true;

        public IReadOnlyList<SiegeEndReason> EndReasons { get; } = ReasonsOf(run.EndReason);
    }
}
