using Siege.Scenarios.Variants;

namespace Siege.Scenarios.Tests.Variants;

public sealed class ShippedVariantsTests
{
    private static readonly string[] Hengyang =
    [
        "ammunition-air-drops", "eighth-regiment-early", "extra-division", "hand-tuned-rates", "japanese-reinforcement-late", "more-ammunition",
        "no-air-support", "no-gas", "null", "relief-early",
    ];

    [Fact]
    public void The_embedded_and_the_disk_copy_of_Hengyang_ship_the_same_variants()
    {
        Assert.Equal(Hengyang, ShippedVariants.Embedded().Names);
        Assert.Equal(Hengyang, ShippedVariants.OnDisk(RepositoryPaths.Hengyang).Names);
    }

    [Fact]
    public void Each_shipped_variant_loads_under_its_file_name_as_its_id()
    {
        foreach (var shipped in new[] { ShippedVariants.Embedded(), ShippedVariants.OnDisk(RepositoryPaths.Hengyang) })
        {
            foreach (var name in shipped.Names)
            {
                var result = shipped.Load(name)!;
                Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
                Assert.Equal(name, result.Variant!.Id);
            }
        }
    }

    [Theory]
    [InlineData("no-such-variant")]
    [InlineData("../variants/no-gas")]
    [InlineData("../scenario")]
    [InlineData("")]
    public void A_name_that_is_not_shipped_loads_nothing_and_reaches_no_other_file(string name)
    {
        Assert.Null(ShippedVariants.Embedded().Load(name));
        Assert.Null(ShippedVariants.OnDisk(RepositoryPaths.Hengyang).Load(name));
    }
}
