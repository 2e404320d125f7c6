using Siege.Engine.Domain;
using Siege.Ensembles;
using Siege.Scenarios.Loading;

namespace Siege.Charts;

/// <summary>A chart drawn as SVG text, to be written to a file or set into a page; <see cref="Stem"/> names it.</summary>
public sealed record ChartSvg(string Stem, string Svg, int Width, int Height);

/// <summary>
/// The charts of an ensemble: the siege's length, each side's strength and the defender's ammunition over the days,
/// and each position's fall day, with the historical record marked on each. <see cref="Write"/> saves them as PNG and
/// SVG files; <see cref="Svg"/> returns the SVG text in either language, for a page that carries its charts inside it.
/// </summary>
public static class EnsembleCharts
{
    public const string LengthHistogramStem = "length-histogram";
    public const string StrengthFanStem = "strength-fan";
    public const string AmmunitionFanStem = "ammunition-fan";
    public const string PositionForestStem = "position-forest";

    /// <summary>Writes the four charts into <paramref name="directory"/> (created if needed); returns the files written.</summary>
    public static IReadOnlyList<string> Write(RunStore store, LoadedScenario loaded, EnsembleKey key, SeedRange seeds, string directory) =>
        [.. Build(store, loaded, key, seeds, ChartText.English).SelectMany(c => ChartOutput.Save(c.Plot, directory, c.Stem, c.Width, c.Height))];

    /// <summary>The four charts as SVG text, labelled in the language of <paramref name="text"/>.</summary>
    public static IReadOnlyList<ChartSvg> Svg(RunStore store, LoadedScenario loaded, EnsembleKey key, SeedRange seeds, ChartText text) =>
        [.. Build(store, loaded, key, seeds, text).Select(c => new ChartSvg(c.Stem, ChartOutput.Svg(c.Plot, c.Width, c.Height), c.Width, c.Height))];

    private sealed record BuiltChart(string Stem, ScottPlot.Plot Plot, int Width, int Height);

    private static List<BuiltChart> Build(RunStore store, LoadedScenario loaded, EnsembleKey key, SeedRange seeds, ChartText text)
    {
        var scenario = loaded.Scenario;
        var name = text.ScenarioName(loaded);
        var charts = new List<BuiltChart>();

        var lengths = LengthCounts.Read(store, key, seeds);
        charts.Add(new(LengthHistogramStem, LengthHistogram.Build(lengths, RecordMarks.Lengths(loaded), name, text), ChartOutput.Width, ChartOutput.Height));

        var charted = ChartedStock(scenario.Supplies.Defender);
        List<DailySeries> series =
        [
            new(text.DefenderCombatants, d => d.DefenderCombatants),
            new(text.AttackerInfantry, d => d.AttackerInfantry),
            // Firepower is a fraction; as tenths of a percent it fits the integer histogram without losing anything visible.
            new(text.Firepower, d => (int)Math.Round(d.DefenderFirepower * 1000), 0.1),
        ];
        if (charted is { } stock)
            // Thousands of rounds: a histogram per day then holds at most a few thousand distinct values.
            series.Add(new(text.StockName(stock.Supply), d => (int)(d.DefenderStocks[stock.Index] / 1000), 1));
        var bands = DailyBands.Compute(store, key, seeds, series);

        var strength = FanChart.Build(
            text.StrengthTitle(name, lengths.Runs),
            text.MenAxis,
            [(bands[0], text.DefenderCombatants, ChartColors.Defender), (bands[1], text.AttackerInfantry, ChartColors.Attacker)],
            text);
        charts.Add(new(StrengthFanStem, strength, ChartOutput.Width, ChartOutput.Height));

        var ammunition = charted is { } drawn
            ? FanChart.Build(text.StockTitle(drawn.Supply, name, lengths.Runs), text.StockAxis, [(bands[3], text.StockName(drawn.Supply), ChartColors.Defender)], text)
            : FanChart.Build(text.FirepowerTitle(name, lengths.Runs), text.FirepowerAxis, [(bands[2], text.Firepower, ChartColors.Defender)], text);
        charts.Add(new(AmmunitionFanStem, ammunition, ChartOutput.Width, ChartOutput.Height));

        var summary = Aggregator.Summarize(store, loaded, key, seeds);
        var (forest, height) = PositionForest.Build(summary.Positions, RecordMarks.Losses(loaded), name, summary.Runs, text);
        charts.Add(new(PositionForestStem, forest, PositionForest.Width, height));
        return charts;
    }

    /// <summary>
    /// The defender's stock the ammunition chart follows: the one its firepower depends on most (the largest weight;
    /// the first of equals), named as the scenario names it. Without defender stocks the chart shows firepower.
    /// </summary>
    internal static (Supply Supply, int Index)? ChartedStock(IReadOnlyList<Supply> defender) =>
        defender.Count == 0
            ? null
            : defender.Select((supply, index) => (supply, index)).OrderByDescending(s => s.supply.FirepowerWeight).ThenBy(s => s.index).First();
}
