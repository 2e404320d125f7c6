using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Scenarios.Record;

namespace Siege.Calibration;

/// <summary>What a run measure counts in: days from the scenario's start, or men.</summary>
public enum MeasureUnit
{
    Days,
    Men,
}

/// <summary>
/// An outcome of a run that a recorded figure can be set against: the siege's length, the opening of a general
/// offensive, or a side's casualties of exactly one figure's scope (read through <see cref="CasualtyScopes"/>).
/// <see cref="Of"/> gives NaN where a run has no value (an offensive that never opened).
/// </summary>
public sealed record RunMeasure(string Name, MeasureUnit Unit, Func<RunResult, double> Of)
{
    /// <summary>A city that held to the horizon counts the horizon as its length.</summary>
    public static readonly RunMeasure DurationDays = new("length of the siege (days)", MeasureUnit.Days, run => run.DurationDays);

    /// <summary>The day (from the start) general offensive <paramref name="ordinal"/> opened.</summary>
    public static RunMeasure OffensiveStart(int ordinal) => new($"day general offensive {ordinal} opened", MeasureUnit.Days, run =>
        run.Offensives.FirstOrDefault(o => o.Ordinal == ordinal) is { } offensive ? offensive.StartHour / 24.0 : double.NaN);

    /// <summary>A side's casualties of the item's scope; the item's scope must be one a run resolves.</summary>
    public static RunMeasure Casualties(Scenario scenario, CasualtiesItem item)
    {
        if (CasualtyScopes.Gap(scenario, item) is { } gap)
            throw new ArgumentException($"record item '{item.Id}' is not a figure a run resolves ({ScopeWords.Gap(gap)})", nameof(item));
        return new(ScopeWords.Describe(scenario, item), MeasureUnit.Men, run => CasualtyScopes.Resolve(scenario, item, run).Value ?? double.NaN);
    }
}
