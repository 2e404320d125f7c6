using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Ensembles.Storage;

namespace Siege.Ensembles.Tests;

public sealed class RunBlobTests
{
    [Fact]
    public void The_daily_series_of_real_runs_round_trip_exactly()
    {
        foreach (var seed in new ulong[] { 1, 2, 7, 42, 1944 })
        {
            var days = Hengyang.Model.Run(seed).Days;
            var rows = DailySeriesBlob.Decode(DailySeriesBlob.Encode(days));
            Assert.Equal(days.Length, rows.Length);
            for (var i = 0; i < rows.Length; i++) AssertSame(days[i], i, rows[i]);
        }
    }

    [Fact]
    public void Daily_values_at_the_edges_of_their_types_round_trip()
    {
        DailySnapshot Day(int day, int men, long shells, double firepower, long[] stocks, bool offensive) =>
            new(day, men, -men, int.MaxValue - men, int.MinValue + men, shells, firepower, [.. stocks], men % 64, offensive, default, default);
        DailySnapshot[] days =
        [
            Day(0, 0, long.MaxValue, 1.0, [long.MinValue, 0, 5], false),
            Day(1, int.MaxValue, long.MinValue, 0.0, [long.MaxValue, -1, 5], true),
            Day(1, int.MinValue, 0, -0.0, [0, long.MaxValue, 5], true),
            Day(2, 17, 3, double.Epsilon, [1, 2, 3], false),
            Day(3, 17, 3, 0.2 + 0.1, [1, 2, 3], false),
        ];
        var rows = DailySeriesBlob.Decode(DailySeriesBlob.Encode(days));
        for (var i = 0; i < days.Length; i++) AssertSame(days[i], i, rows[i]);
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(rows[2].DefenderFirepower));
    }

    [Fact]
    public void A_run_with_no_days_or_no_stocks_round_trips()
    {
        Assert.Empty(DailySeriesBlob.Decode(DailySeriesBlob.Encode([])));
        var day = new DailySnapshot(3, 10, 2, 30, 4, 50, 0.5, [], 6, true, default, default);
        var row = Assert.Single(DailySeriesBlob.Decode(DailySeriesBlob.Encode([day])));
        AssertSame(day, 0, row);
    }

    [Fact]
    public void The_daily_blob_is_smaller_than_the_rows_it_replaces()
    {
        var days = Hengyang.Model.Run(1).Days;
        // The rows of version 1 took about 60 bytes each; the blob stays well under half that.
        Assert.InRange(DailySeriesBlob.Encode(days).Length, 1, days.Length * 30);
    }

    [Fact]
    public void Position_falls_round_trip_in_id_order_and_leave_out_positions_never_lost()
    {
        PositionOutcome[] positions =
        [
            // The hour of the first assault is not stored: the blob's layout predates it.
            new("zeta", 120, 100, 3, Side.Attacker, 90),
            new("alpha", null, 40, 2, Side.Defender, 30),
            new("never", null, null, 0, Side.Defender, 10),
            new("張家山", 0, 0, 1, Side.Attacker, 0),
            new("beta", int.MaxValue - 1, int.MaxValue, int.MaxValue, Side.Attacker, null),
        ];
        var rows = PositionFallsBlob.Decode(9, PositionFallsBlob.Encode(positions));
        Assert.Equal(
            [new(9, "alpha", null, 40, 2), new(9, "beta", int.MaxValue - 1, int.MaxValue, int.MaxValue),
             new(9, "zeta", 120, 100, 3), new(9, "張家山", 0, 0, 1)],
            rows);
        Assert.Empty(PositionFallsBlob.Decode(1, PositionFallsBlob.Encode([positions[2]])));
    }

    [Fact]
    public void Runs_decoded_with_shared_ids_give_the_same_rows_and_share_the_id_strings()
    {
        var ids = new PositionIds();
        var first = PositionFallsBlob.Decode(1, PositionFallsBlob.Encode(Hengyang.Model.Run(1).Positions), ids);
        var second = PositionFallsBlob.Decode(2, PositionFallsBlob.Encode(Hengyang.Model.Run(2).Positions), ids);
        Assert.Equal(PositionFallsBlob.Decode(2, PositionFallsBlob.Encode(Hengyang.Model.Run(2).Positions)), second);
        var shared = first.Select(f => f.PositionId).Intersect(second.Select(f => f.PositionId)).ToList();
        Assert.NotEmpty(shared);
        foreach (var id in shared)
            Assert.Same(first.Single(f => f.PositionId == id).PositionId, second.Single(f => f.PositionId == id).PositionId);
    }

    [Fact]
    public void Truncated_or_altered_blobs_are_reported_as_corrupt()
    {
        var daily = DailySeriesBlob.Encode(Hengyang.Model.Run(3).Days);
        var falls = PositionFallsBlob.Encode(Hengyang.Model.Run(3).Positions);
        Assert.Throws<InvalidDataException>(() => DailySeriesBlob.Decode(daily.AsSpan(0, daily.Length - 1)));
        Assert.Throws<InvalidDataException>(() => DailySeriesBlob.Decode([.. daily, 0]));
        Assert.Throws<InvalidDataException>(() => DailySeriesBlob.Decode([2, .. daily.AsSpan(1)]));
        Assert.Throws<InvalidDataException>(() => PositionFallsBlob.Decode(3, falls.AsSpan(0, falls.Length / 2)));
        Assert.Throws<InvalidDataException>(() => PositionFallsBlob.Decode(3, []));
        // A count far larger than the blob could hold is refused before anything is allocated for it.
        Assert.Throws<InvalidDataException>(() => DailySeriesBlob.Decode([1, 0xFF, 0xFF, 0xFF, 0xFF, 0x07, 4]));
    }

    private static void AssertSame(DailySnapshot expected, int index, DayRow row)
    {
        Assert.Equal(
            (index, expected.Day, expected.DefenderCombatants, expected.DefenderReserve, expected.AttackerInfantry,
                expected.AttackerBlocking, expected.AttackerShells, expected.PositionsHeldByDefender, expected.OffensiveActive),
            (row.Index, row.Day, row.DefenderCombatants, row.DefenderReserve, row.AttackerInfantry, row.AttackerBlocking,
                row.AttackerShells, row.PositionsHeld, row.Offensive));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.DefenderFirepower), BitConverter.DoubleToInt64Bits(row.DefenderFirepower));
        Assert.Equal(expected.DefenderStocks.ToArray(), row.DefenderStocks.ToArray());
    }
}
