using Siege.Engine.Domain;
using Siege.Engine.Results;

namespace Siege.Scenarios.Record;

/// <summary>
/// The casualties a run reports, at the detail it keeps them: what <see cref="CasualtyScopes"/> reads. A whole
/// <see cref="RunResult"/> keeps each side's running totals at the end of every day, and the attacker's final losses by
/// formation; a stored run of an ensemble keeps its final totals only.
/// </summary>
public interface IReportedCasualties
{
    /// <summary>The last calendar day of the run (the day of its last hour).</summary>
    DateTime EndDay { get; }

    /// <summary>A side's casualties over the whole run.</summary>
    Casualties Total(Side side);

    /// <summary>
    /// A side's casualties from the start up to the end of <paramref name="day"/> (its 23:00 snapshot; the whole run
    /// from the run's last day on; none before its first); null when the run keeps no daily figures for that day.
    /// </summary>
    Casualties? Through(Side side, DateTime day);

    /// <summary>
    /// The casualties over the whole run of the side's formations whose leaf unit ids are in <paramref name="leaves"/>;
    /// null when the run keeps none by formation (the defender's, or a stored run of an ensemble).
    /// </summary>
    Casualties? OfFormations(Side side, IReadOnlySet<string> leaves);
}

/// <summary>The two ways a run's casualties reach the resolver: a whole run, or the totals an ensemble stores.</summary>
public static class ReportedCasualties
{
    public static IReportedCasualties Of(RunResult run) => new WholeRun(run);

    /// <summary>A run of which only the final totals are kept (a stored run of an ensemble).</summary>
    public static IReportedCasualties Totals(DateTime end, Casualties defender, Casualties attacker) => new TotalsOnly(end.Date, defender, attacker);

    private sealed class WholeRun(RunResult run) : IReportedCasualties
    {
        private readonly IReadOnlyList<(DateTime Day, DailySnapshot Snapshot)> _days = DaysOf(run);

        public DateTime EndDay => run.End.Date;

        public Casualties Total(Side side) => side == Side.Defender ? run.Defender.Casualties : run.Attacker.Casualties;

        public Casualties? Through(Side side, DateTime day)
        {
            if (day.Date >= EndDay) return Total(side);
            var last = _days.LastOrDefault(d => d.Day <= day.Date);
            if (last.Snapshot is null) return new Casualties(0, 0, 0);
            return side == Side.Defender ? last.Snapshot.DefenderCasualties : last.Snapshot.AttackerCasualties;
        }

        public Casualties? OfFormations(Side side, IReadOnlySet<string> leaves) =>
            side == Side.Attacker && !run.AttackerFormations.IsDefaultOrEmpty
                ? run.AttackerFormations.Where(f => leaves.Contains(f.UnitId)).Aggregate(new Casualties(0, 0, 0), (sum, f) => sum + f.Casualties)
                : null;

        /// <summary>
        /// The calendar day each snapshot closes. The engine takes one in the hour that reads 23 on the clock, and one
        /// in the run's last hour, which closes the run's last day whatever its hour.
        /// </summary>
        private static List<(DateTime, DailySnapshot)> DaysOf(RunResult run)
        {
            var to23 = ((23 - run.Start.Hour) % 24 + 24) % 24;
            return [.. run.Days.Select((d, i) => i == run.Days.Length - 1
                ? (run.End.Date, d)
                : (run.Start.AddHours(24 * d.Day + to23).Date, d))];
        }
    }

    private sealed class TotalsOnly(DateTime endDay, Casualties defender, Casualties attacker) : IReportedCasualties
    {
        public DateTime EndDay => endDay;

        public Casualties Total(Side side) => side == Side.Defender ? defender : attacker;

        public Casualties? Through(Side side, DateTime day) => day.Date >= endDay ? Total(side) : null;

        public Casualties? OfFormations(Side side, IReadOnlySet<string> leaves) => null;
    }
}
