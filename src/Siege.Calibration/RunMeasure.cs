using Siege.Engine.Results;

namespace Siege.Calibration;

/// <summary>An outcome of a run that a recorded figure can be set against.</summary>
public enum RunMeasure
{
    DurationDays,
    DefenderKilled,
    DefenderWounded,
    DefenderCaptured,
    DefenderKilledAndWounded,
    DefenderTotal,
    AttackerKilled,
    AttackerWounded,
    AttackerCaptured,
    AttackerKilledAndWounded,
    AttackerTotal,
    Offensive1Start,
    Offensive2Start,
    Offensive3Start,
}

public static class RunMeasures
{
    public static readonly int Count = Enum.GetValues<RunMeasure>().Length;

    /// <summary>
    /// Every measure of one run, indexed by <see cref="RunMeasure"/>. A city that held to the horizon counts the horizon
    /// as its length; an offensive that never opened is NaN.
    /// </summary>
    public static double[] Of(RunResult run)
    {
        var values = new double[Count];
        values[(int)RunMeasure.DurationDays] = run.DurationDays;
        Put(values, RunMeasure.DefenderKilled, run.Defender.Casualties);
        Put(values, RunMeasure.AttackerKilled, run.Attacker.Casualties);
        for (var ordinal = 1; ordinal <= 3; ordinal++)
        {
            var offensive = run.Offensives.FirstOrDefault(o => o.Ordinal == ordinal);
            values[(int)RunMeasure.Offensive1Start + ordinal - 1] = offensive is null ? double.NaN : offensive.StartHour / 24.0;
        }
        return values;
    }

    /// <summary>The five casualty measures of one side, in the order of the enum starting at <paramref name="killed"/>.</summary>
    private static void Put(double[] values, RunMeasure killed, Casualties casualties)
    {
        var i = (int)killed;
        values[i] = casualties.Killed;
        values[i + 1] = casualties.Wounded;
        values[i + 2] = casualties.Captured;
        values[i + 3] = casualties.Killed + casualties.Wounded;
        values[i + 4] = casualties.Total;
    }
}
