using Siege.Scenarios.Text;

namespace Siege.Scenarios.Tests.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("abc", "abc", 0)]
    [InlineData("run", "runs", 1)]
    [InlineData("ab", "ba", 1)]          // a swap of neighbours is one edit, not two
    [InlineData("kitten", "sitting", 3)] // the textbook example: k→s, e→i, +g
    [InlineData("", "abc", 3)]
    public void Counts_insertions_deletions_substitutions_and_swaps(string a, string b, int distance) =>
        Assert.Equal(distance, EditDistance.Between(a, b));

    [Fact]
    public void Case_counts_unless_told_otherwise()
    {
        Assert.Equal(1, EditDistance.Between("Runs", "runs"));
        Assert.Equal(0, EditDistance.Between("Runs", "runs", ignoreCase: true));
    }
}
