using Siege.Engine.Results;

namespace Siege.Scenarios.Record;

/// <summary>
/// What the fidelity table reads of a run beyond the fields a <see cref="RunResult"/> has always had: the hour each
/// position was first assaulted, and why the siege ended. A record item that needs what the run does not report is
/// shown as not modelled, never judged.
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

/// <summary>The readings of a whole run.</summary>
public static class RunReadings
{
    /// <summary>
    /// The engine's result reports neither the first assault on a position nor why the siege ended; the readings say
    /// so, and the items that need them are not judged.
    /// </summary>
    public static IRunReadings Of(RunResult run) => Unreported.Instance;

    private sealed class Unreported : IRunReadings
    {
        public static readonly Unreported Instance = new();

        public bool ReportsAssaults => false;

        public int? FirstAssaultHour(string positionId) => null;

        public bool ReportsEndReason => false;

        public IReadOnlyList<SiegeEndReason> EndReasons => [];
    }
}
