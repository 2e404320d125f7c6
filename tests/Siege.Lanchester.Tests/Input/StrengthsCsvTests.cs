using Siege.Lanchester.Fitting;
using Siege.Lanchester.Input;

namespace Siege.Lanchester.Tests.Input;

public sealed class StrengthsCsvTests
{
    private static LanchesterFormatException Bad(string text) => Assert.Throws<LanchesterFormatException>(() => StrengthsCsv.Parse(text, "s.csv"));

    [Fact]
    public void Reads_the_required_columns_and_the_optional_rates_in_any_order()
    {
        var series = StrengthsCsv.Parse("""
            # Engel's model, first days
            defender , t, attacker,attackerReinforcement

            21500,0,0,54000
            21220,1,52835.5,
            20666,2,51_696,6000
            """);
        Assert.Equal(3, series.Count);
        Assert.Equal(new StrengthObservation(0, 0, 21500, 54000, 0), series.Observations[0]);
        Assert.Equal(new StrengthObservation(1, 52835.5, 21220, 0, 0), series.Observations[1]);
        Assert.Equal(51_696, series.Observations[2].Attacker);
    }

    [Fact]
    public void Format_and_parse_round_trip()
    {
        var series = EngelIwoJima.Spec.Run().ToSeries();
        Assert.Equal(series, StrengthsCsv.Parse(StrengthsCsv.Format(series)));
    }

    [Fact]
    public void A_bad_number_is_reported_at_its_line_and_column()
    {
        var e = Bad("t,attacker,defender\n0,100,100\n1, 9O,80\n");
        Assert.Equal((3, 4), (e.Line, e.Column));
        Assert.Equal("s.csv:3:4: attacker: '9O' is not a number", e.Message);
    }

    [Fact]
    public void Time_must_increase()
    {
        var e = Bad("t,attacker,defender\n0,100,100\n2,90,90\n2,80,80\n");
        Assert.Equal((4, 1), (e.Line, e.Column));
        Assert.Contains("does not come after", e.Message);
    }

    [Fact]
    public void The_header_must_name_the_required_columns_once()
    {
        Assert.Contains("lacks the required column 'defender'", Bad("t,attacker\n0,1\n1,1\n").Message);
        var e = Bad("t,attacker,defender,attacker\n");
        Assert.Equal((1, 21), (e.Line, e.Column));
        var unknown = Bad("t,attacker,defender,date\n");
        Assert.Contains("unknown column 'date'", unknown.Message);
    }

    [Fact]
    public void Rows_must_match_the_header_and_hold_no_negative_strength()
    {
        var e = Bad("t,attacker,defender\n0,100,100,5\n");
        Assert.Equal((2, 11), (e.Line, e.Column));
        var negative = Bad("t,attacker,defender\n0,100,-1\n1,1,1\n");
        Assert.Equal((2, 7), (negative.Line, negative.Column));
        Assert.Contains("negative", negative.Message);
    }

    [Fact]
    public void A_series_needs_two_rows()
    {
        Assert.Contains("at least 2 rows", Bad("t,attacker,defender\n0,100,100\n").Message);
        Assert.Contains("no header", Bad("# nothing\n\n").Message);
    }
}
