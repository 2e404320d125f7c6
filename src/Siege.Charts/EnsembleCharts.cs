using Siege.Ensembles;
using Siege.Scenarios.Loading;

namespace Siege.Charts;

/// <summary>
/// The charts of an ensemble, each written as PNG and SVG: the siege's length, each side's strength and the
/// defender's ammunition over the days, and each position's fall day, with the historical record marked on each.
/// </summary>
public static class EnsembleCharts
{
    public const string LengthHistogramStem = "length-histogram";
    public const string StrengthFanStem = "strength-fan";
    public const string AmmunitionFanStem = "ammunition-fan";
    public const string PositionForestStem = "position-forest";

    /// <summary>The id of the defender's supply charted as small-arms stock; firepower alone is drawn without it.</summary>
    public const string SmallArmsSupplyId = "def-small-arms";

    /// <summary>Writes the four charts into <paramref name="directory"/> (created if needed); returns the files written.</summary>
    public static IReadOnlyList<string> Write(RunStore store, LoadedScenario loaded, EnsembleKey key, SeedRange seeds, string directory)
    {
        var scenario = loaded.Scenario;
        var name = ScenarioName(loaded);
        var files = new List<string>();

        var lengths = LengthCounts.Read(store, key, seeds);
        files.AddRange(ChartOutput.Save(LengthHistogram.Build(lengths, RecordMarks.Lengths(loaded), name), directory, LengthHistogramStem));

        var smallArms = scenario.Supplies.Defender.Select(s => s.Id).ToList().IndexOf(SmallArmsSupplyId);
        List<DailySeries> series =
        [
            new("defender combatants", d => d.DefenderCombatants),
            new("attacker infantry", d => d.AttackerInfantry),
            // Firepower is a fraction; as tenths of a percent it fits the integer histogram without losing anything visible.
            new("defender firepower", d => (int)Math.Round(d.DefenderFirepower * 1000), 0.1),
        ];
        if (smallArms >= 0)
            // Thousands of rounds: a histogram per day then holds at most a few thousand distinct values.
            series.Add(new("small-arms rounds", d => (int)(d.DefenderStocks[smallArms] / 1000), 1));
        var bands = DailyBands.Compute(store, key, seeds, series);

        var strength = FanChart.Build(
            $"Strength of each side — {name}, {lengths.Runs:N0} runs",
            "men",
            [(bands[0], "defender combatants", ChartColors.Defender), (bands[1], "attacker infantry", ChartColors.Attacker)]);
        files.AddRange(ChartOutput.Save(strength, directory, StrengthFanStem));

        var ammunition = smallArms >= 0
            ? FanChart.Build(
                $"Defender's small-arms rounds (rifle and machine-gun) — {name}, {lengths.Runs:N0} runs",
                "thousands of rounds on hand",
                [(bands[3], "small-arms rounds", ChartColors.Defender)])
            : FanChart.Build(
                $"Defender's firepower (share of full ammunition) — {name}, {lengths.Runs:N0} runs",
                "firepower, % of full",
                [(bands[2], "defender firepower", ChartColors.Defender)]);
        files.AddRange(ChartOutput.Save(ammunition, directory, AmmunitionFanStem));

        var summary = Aggregator.Summarize(store, loaded, key, seeds);
        var (forest, height) = PositionForest.Build(summary.Positions, RecordMarks.Losses(loaded), name, summary.Runs);
        files.AddRange(ChartOutput.Save(forest, directory, PositionForestStem, PositionForest.Width, height));
        return files;
    }

    /// <summary>"衡阳保卫战 (Defense of Hengyang)": the Chinese name is a name, so it stays in the English title.</summary>
    internal static string ScenarioName(LoadedScenario loaded) =>
        loaded.Scenario.Name == loaded.Scenario.NameEn
            ? loaded.Scenario.Name
            : $"{loaded.Scenario.Name} ({loaded.Scenario.NameEn})";
}
