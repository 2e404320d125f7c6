namespace Siege.Analysis.Battles;

/// <summary>
/// A span of active fighting. Clock times are 24-hour HHMM as the source writes them (2400 is the end of the day) and
/// null when unknown. <paramref name="Minutes"/> is known when both clock times are, or when the source gives only a
/// duration (its 5000 + HHMM convention, CDB90DEF note 12).
/// </summary>
public sealed record ActivePeriod(DateOnly BeginDay, int? BeginClock, DateOnly EndDay, int? EndClock, int? Minutes);
