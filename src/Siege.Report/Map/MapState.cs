using Siege.Trace;

namespace Siege.Report.Map;

/// <summary>
/// What a map shows at one hour of a run: who holds each position, where attackers stand, and which crossings have
/// been destroyed. <see cref="Holders"/> and <see cref="Attackers"/> follow the order of the trace's positions.
/// </summary>
internal sealed record MapState(int Hour, string Holders, IReadOnlyList<int> Attackers, IReadOnlySet<string> DestroyedCrossings)
{
    /// <summary>The map as the scenario sets it out, before anything has happened.</summary>
    public static MapState Initial(TraceMap map) => new(
        0,
        new string([.. map.Positions.Select(p => p.HeldBy == "attacker" ? 'A' : 'D')]),
        new int[map.Positions.Length],
        new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The state at the end of <paramref name="hour"/> of a run, read from its trace.</summary>
    public static MapState At(RunTrace trace, int hour)
    {
        var frame = trace.Hours[Math.Clamp(hour, 0, trace.Hours.Length - 1)];
        var destroyed = trace.Hours.TakeWhile(h => h.Hour <= frame.Hour)
            .SelectMany(h => h.Events)
            .Where(e => e.Kind == "crossingDestroyed" && e.Subject is not null)
            .Select(e => e.Subject!)
            .ToHashSet(StringComparer.Ordinal);
        return new MapState(frame.Hour, frame.Holders, frame.Attackers, destroyed);
    }
}
