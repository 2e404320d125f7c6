using Siege.Lanchester.Input;
using Siege.Lanchester.Integration;
using Siege.Lanchester.Model;

namespace Siege.Lanchester.Tests.Input;

public sealed class ModelFileTests
{
    private const string Engel = """
        # Engel (1954), FACTS.md section 9
        name = Iwo Jima, 1945 (Engel 1954)
        attacker = US troops ashore (M)
        defender = Japanese garrison (N)
        law = square
        a = 0.0544     # Japanese effect on the US, per Japanese per day
        b = 0.0106
        x0 = 0
        y0 = 21_500
        days = 40
        attacker.reinforcement = 54000 from 0 to 1
        attacker.reinforcement = 6000 from 2 to 3
        attacker.reinforcement = 13000 from 5 to 6
        """;

    private static LanchesterFormatException Bad(string text) => Assert.Throws<LanchesterFormatException>(() => ModelFile.Parse(text, "m.txt"));

    [Fact]
    public void Engels_model_written_by_hand_is_the_ready_made_one()
    {
        var spec = ModelFile.Parse(Engel);
        Assert.Equal(EngelIwoJima.Model, spec.Model);
        Assert.Equal(EngelIwoJima.Spec with { Name = spec.Name, AttackerName = spec.AttackerName, DefenderName = spec.DefenderName }, spec);
        Assert.Equal("US troops ashore (M)", spec.AttackerName);
        Assert.Equal(IntegrationSettings.DefaultStep, spec.Settings.Step);
    }

    [Theory]
    [InlineData("law = helmbold\nw = 0.7\n")]
    [InlineData("law = general\np = 0.3\nq = 0.8\n")]
    [InlineData("law = general\np = 0.3\nq = 0.8\ndefender.p = 1\n")]
    [InlineData("law = mixed\n")]
    [InlineData("law = linear\ndefender.reinforcement = 500 from 1.5 to 2.25\n")]
    public void Format_and_parse_round_trip(string law)
    {
        var spec = ModelFile.Parse($"a = 0.01\nb = 0.02\nx0 = 1000\ny0 = 900\ndays = 12.5\nstep = 0.01\noutput = 0.5\n{law}");
        Assert.Equal(spec, ModelFile.Parse(ModelFile.Format(spec)));
        Assert.Equal(EngelIwoJima.Spec, ModelFile.Parse(ModelFile.Format(EngelIwoJima.Spec)));
    }

    [Fact]
    public void Per_side_exponents_override_the_shared_ones()
    {
        var spec = ModelFile.Parse("law = general\np = 0\nq = 1\ndefender.p = 1\na = 1\nb = 1\nx0 = 1\ny0 = 1\ndays = 1\n");
        Assert.Equal(LanchesterLaw.Mixed, spec.Model.Law);
    }

    [Fact]
    public void Errors_name_the_line_and_column()
    {
        var e = Bad("law = square\na = 0.05\nb = zero\n");
        Assert.Equal((3, 5), (e.Line, e.Column));
        Assert.Equal("m.txt:3:5: b: 'zero' is not a number", e.Message);

        var negative = Bad("law = square\na =   -1\n");
        Assert.Equal((2, 7), (negative.Line, negative.Column));
        Assert.Contains("must be ≥ 0", negative.Message);

        var unknown = Bad("law = square\n  speed = 3\n");
        Assert.Equal((2, 3), (unknown.Line, unknown.Column));
        Assert.Contains("unknown key 'speed'", unknown.Message);

        var twice = Bad("law = square\nlaw = linear\n");
        Assert.Contains("given twice (first on line 1)", twice.Message);

        Assert.Contains("unknown law 'cubic'", Bad("law = cubic\n").Message);
        Assert.Contains("expected 'key = value'", Bad("law square\n").Message);
    }

    [Fact]
    public void Reinforcements_must_read_men_from_day_to_day()
    {
        const string head = "law = square\na = 1\nb = 1\nx0 = 1\ny0 = 1\ndays = 5\n";
        var e = Bad(head + "attacker.reinforcement = 500 during 0-1\n");
        Assert.Equal((7, 26), (e.Line, e.Column));
        Assert.Contains("'<men> from <day> to <day>'", e.Message);
        var backwards = Bad(head + "defender.reinforcement = 500 from 3 to 2\n");
        Assert.Equal((7, 40), (backwards.Line, backwards.Column));
    }

    [Fact]
    public void Keys_must_fit_the_law_and_required_keys_be_present()
    {
        Assert.Contains("'w' belongs to law = helmbold", Bad("law = square\nw = 0.5\n").Message);
        Assert.Contains("'p' belongs to law = general", Bad("law = square\np = 0.5\n").Message);
        var missing = Bad("law = square\na = 1\nb = 1\nx0 = 1\ny0 = 1\n");
        Assert.Equal((0, 0), (missing.Line, missing.Column));
        Assert.Equal("m.txt: missing key 'days'", missing.Message);
        Assert.Contains("needs 'q'", Bad("law = general\np = 1\na = 1\nb = 1\nx0 = 1\ny0 = 1\ndays = 1\n").Message);
    }
}
