using Siege.Engine.Domain;

namespace Siege.Charts.Tests;

/// <summary>The ammunition chart follows the stock the garrison's firepower depends on most, whatever its id.</summary>
public sealed class ChartedStockTests
{
    private static Supply Stock(string id, double weight) => new(id, id, id, Figure.Of(1000), Figure.Of(1), null, weight);

    [Fact]
    public void The_stock_with_the_largest_firepower_weight_is_charted()
    {
        // As scenarios/hengyang-1944/supplies.yaml weighs them: rifle rounds 0.6, grenades 0.25, mortar bombs 0.08.
        var charted = EnsembleCharts.ChartedStock([Stock("grenades", 0.25), Stock("rifle-rounds", 0.6), Stock("mortar-bombs", 0.08)]);
        Assert.Equal(("rifle-rounds", 1), (charted!.Value.Supply.Id, charted.Value.Index));
    }

    [Fact]
    public void Of_equal_weights_the_first_is_charted_and_without_stocks_none()
    {
        Assert.Equal("a", EnsembleCharts.ChartedStock([Stock("a", 0.5), Stock("b", 0.5)])!.Value.Supply.Id);
        Assert.Null(EnsembleCharts.ChartedStock([]));
    }
}
