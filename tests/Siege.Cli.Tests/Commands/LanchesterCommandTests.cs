using System.Text.Json;

namespace Siege.Cli.Tests.Commands;

public sealed class LanchesterCommandTests
{
    private static string Example(string name) => Path.Combine(CliRunner.RepositoryRoot(), "examples", "lanchester", name);

    [Fact]
    public void Engel_Iwo_Jima_garrison_reaches_zero_on_day_36_4()
    {
        // Engel 1954 (FACTS.md section 9), integrated by RK4: N reaches 0 on day 36.39 with 51,983 Americans ashore.
        var result = CliRunner.Run("lanchester", Example("engel-iwo-jima.model"), "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.InRange(json.RootElement.GetProperty("defenderDestroyedAt").GetDouble(), 36.38, 36.40);
        var last = json.RootElement.GetProperty("days").EnumerateArray().Last();
        Assert.InRange(last.GetProperty("attacker").GetDouble(), 51_900, 52_100);
        Assert.Equal("attacker", json.RootElement.GetProperty("winner").GetString());
    }

    [Fact]
    public void A_model_given_by_options_matches_the_closed_form()
    {
        // Square law, a = 0.3, b = 0.45, x0 = 2,000, y0 = 3,000: on day 3, x = 2000·cosh(k·3) − 3000·√(a/b)·sinh(k·3), k = √(ab).
        var result = CliRunner.Run("lanchester", "--law", "square", "-a", "0.3", "-b", "0.45", "--x0", "2000", "--y0", "3000", "--days", "3", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var k = Math.Sqrt(0.3 * 0.45);
        var x = 2000 * Math.Cosh(3 * k) - 3000 * Math.Sqrt(0.3 / 0.45) * Math.Sinh(3 * k);
        var last = json.RootElement.GetProperty("days").EnumerateArray().Last();
        Assert.Equal(x, last.GetProperty("attacker").GetDouble(), 1e-6 * 3000);
    }

    [Fact]
    public void Fit_recovers_Engels_coefficients_from_the_models_own_series()
    {
        var result = CliRunner.Run("fit", "--input", Example("engel-iwo-jima-strengths.csv"), "--law", "square", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(0.0544, json.RootElement.GetProperty("a").GetProperty("value").GetDouble(), 0.0544 * 0.01);
        Assert.Equal(0.0106, json.RootElement.GetProperty("b").GetProperty("value").GetDouble(), 0.0106 * 0.01);
    }

    [Fact]
    public void Fit_with_free_exponents_does_not_reject_the_square_law_for_Engels_series()
    {
        var result = CliRunner.Run("fit", "--input", Example("engel-iwo-jima-strengths.csv"), "--format", "json");
        using var json = JsonDocument.Parse(result.Out);
        var kept = json.RootElement.GetProperty("lawsNotRejected").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["square"], kept);
    }

    [Theory]
    [InlineData("lanchester")]
    [InlineData("lanchester", "--law", "square", "-a", "0.3", "--days", "3")]
    [InlineData("lanchester", "/no/such.model")]
    [InlineData("fit")]
    [InlineData("fit", "--input", "/no/such.csv")]
    [InlineData("fit", "--input", "x.csv", "--law", "cubic")]
    public void Bad_lanchester_input_gets_one_line_and_exit_code_2(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("siege: ", result.Error);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_malformed_strength_file_is_reported_with_its_line()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "bad-strengths.csv");
        File.WriteAllText(path, "t,attacker,defender\n0,100,50\n1,ninety,45\n");
        var result = CliRunner.Run("fit", "--input", path);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"siege: {path}:3:", result.Error);
    }
}
