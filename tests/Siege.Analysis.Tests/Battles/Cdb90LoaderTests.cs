using System.Globalization;
using Siege.Analysis.Battles;

namespace Siege.Analysis.Tests.Battles;

public sealed class Cdb90LoaderTests
{
    private static readonly IReadOnlyList<Battle> All = Cdb90.Load();

    private static Battle ById(int id) => All.Single(b => b.Id == id);

    [Fact]
    public void Every_battle_is_read_once()
    {
        Assert.Equal(660, All.Count);
        Assert.Equal(Enumerable.Range(1, 660), All.Select(b => b.Id));
    }

    [Fact]
    public void An_attacker_loss_is_read_as_a_loss()
    {
        // Chancellorsville, 1–4 May 1863: Hooker attacked and was beaten (WINA = -1; the tidy table leaves it blank).
        var chancellorsville = ById(196);
        Assert.Equal("CHANCELLORSVILLE", chancellorsville.Name);
        Assert.Equal(BattleOutcome.AttackerLost, chancellorsville.Outcome);
        Assert.Equal(BattleOutcome.AttackerLost, ById(1).Outcome); // Nieuport 1600, the first row
        Assert.Equal(BattleOutcome.AttackerWon, ById(503).Outcome); // Sevastopol 1944
    }

    [Fact]
    public void Outcomes_keep_the_counts_of_the_patched_file()
    {
        // WINA in the patched file: 398 × 1, 217 × -1, 43 × 0, 2 × -9 (the data notes' "~217 battles" blanked).
        var counts = All.CountBy(b => b.Outcome).ToDictionary();
        Assert.Equal(398, counts[BattleOutcome.AttackerWon]);
        Assert.Equal(217, counts[BattleOutcome.AttackerLost]);
        Assert.Equal(43, counts[BattleOutcome.Draw]);
        Assert.Equal(2, counts[BattleOutcome.Unknown]);
    }

    [Fact]
    public void Sevastopol_1944_lasts_five_days()
    {
        // 5–9 May 1944, hours unknown; the tidy durations table says 2 days.
        var sevastopol = ById(503);
        Assert.Equal("SEVASTOPOL", sevastopol.Name);
        Assert.Equal(new DateOnly(1944, 5, 5), sevastopol.Start);
        Assert.Equal(new DateOnly(1944, 5, 9), sevastopol.End);
        Assert.Equal(5, sevastopol.Days);
        Assert.Null(Assert.Single(sevastopol.ActivePeriods).Minutes);
    }

    [Fact]
    public void Active_periods_beyond_the_stated_count_are_read()
    {
        // Chancellorsville fills in five periods (NOATP says 3): 1–4 May. The Somme fills in two (NOATP says 1):
        // 1 July – 30 September and 1–24 November 1916, 147 calendar days from first to last.
        var chancellorsville = ById(196);
        Assert.Equal(5, chancellorsville.ActivePeriods.Length);
        Assert.Equal(4, chancellorsville.Days);
        // First period 11:15–14:30 on 1 May.
        Assert.Equal(195, chancellorsville.ActivePeriods[0].Minutes);
        var somme = ById(304);
        Assert.Equal(2, somme.ActivePeriods.Length);
        Assert.Equal(new DateOnly(1916, 11, 24), somme.End);
        Assert.Equal(147, somme.Days);
    }

    [Fact]
    public void A_duration_given_without_clock_times_is_kept()
    {
        // Sinsheim 1674: start coded 5000, end 5300, i.e. three hours whose clock times are unknown (CDB90DEF note 12).
        var period = Assert.Single(ById(34).ActivePeriods);
        Assert.Null(period.BeginClock);
        Assert.Null(period.EndClock);
        Assert.Equal(180, period.Minutes);
    }

    [Fact]
    public void Dates_and_signed_codes_agree_with_the_independent_summary()
    {
        foreach (var b in All)
        {
            var s = Support.Summary.Rows[b.Id];
            Assert.Equal(s["first_day"], b.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.Equal(s["last_day"], b.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.Equal(int.Parse(s["span_days_inclusive"]), b.Days);
            Assert.Equal(int.Parse(s["wina"]), (int)b.Outcome);
            Assert.Equal(int.Parse(s["surpa"]), b.Surprise ?? 9);
            Assert.Equal(int.Parse(s["aeroa"]), b.AirSuperiority ?? 9);
            Assert.Equal(int.Parse(s["fortsa"]), b.FortificationInfluence ?? -9);
            Assert.Equal(double.Parse(s["kmda"], CultureInfo.InvariantCulture), b.AdvanceKm ?? -9999);
            Assert.Equal(int.Parse(s["casa"]), b.Attacker.Casualties ?? -1);
            Assert.Equal(int.Parse(s["casd"]), b.Defender.Casualties ?? -1);
            Assert.Equal(s["post1"], Code(b.Posture));
        }
    }

    [Fact]
    public void Negative_codes_survive()
    {
        // Chancellorsville: complete surprise by the defender (SURPA -3, Jackson's flank march) and the attacker thrown
        // back 4.8 km (KMDA -4.8). Nieuport: CEA -1, KMDA -6.4.
        var chancellorsville = ById(196);
        Assert.Equal(-3, chancellorsville.Surprise);
        Assert.Equal(-4.8, chancellorsville.AdvanceKm);
        Assert.Equal(-1, ById(1).CombatEffectiveness);
        Assert.Equal(-6.4, ById(1).AdvanceKm);
        // Counts of the negative values in the patched file.
        Assert.Equal(15, All.Count(b => b.Surprise < 0));
        Assert.Equal(57, All.Count(b => b.AirSuperiority == -1));
        Assert.Equal(82, All.Count(b => b.CombatEffectiveness < 0));
        Assert.Equal(334, All.Count(b => b.FortificationInfluence < 0));
        // "Unknown" codes are null, not a number that could be averaged.
        Assert.Equal(35, All.Count(b => b.AirSuperiority is null));
        Assert.Equal(26, All.Count(b => b.AdvanceKm is null));
    }

    [Fact]
    public void The_three_strengths_stay_apart()
    {
        // Westwall 1944: total strengths are average daily (code 2) with separate initial strengths.
        var westwall = ById(468);
        Assert.Equal((25345, 32283, (int?)null), (westwall.Attacker.InitialStrength, westwall.Attacker.AverageDailyStrength, westwall.Attacker.TotalEngaged));
        Assert.Equal((10844, 19632, (int?)null), (westwall.Defender.InitialStrength, westwall.Defender.AverageDailyStrength, westwall.Defender.TotalEngaged));
        // Princeton 1777: the attacker's 4,800 is the total engaged (code 3); 1,250 at the start, 3,550 reinforcements.
        var princeton = ById(86).Attacker;
        Assert.Equal((1250, (int?)null, 4800, 3550), (princeton.InitialStrength, princeton.AverageDailyStrength, princeton.TotalEngaged, princeton.Reinforcements));
        // Sevastopol: code 1, the total is the initial strength.
        var sevastopol = ById(503);
        Assert.Equal((397607, 72000), (sevastopol.Attacker.InitialStrength, sevastopol.Defender.InitialStrength));
        Assert.Equal((35500, 48500), (sevastopol.Attacker.Casualties, sevastopol.Defender.Casualties));
        Assert.Null(sevastopol.Attacker.TotalEngaged);
        // Picardy 1918 I: code 1 with no separate initial strength; the total stands for it.
        Assert.Equal(225000, ById(362).Attacker.InitialStrength);
        // Ardennes 1940: no strength at all.
        Assert.Null(ById(657).Attacker.InitialStrength);
    }

    [Fact]
    public void Posture_terrain_weather_and_front_are_decoded()
    {
        var nieuport = ById(1);
        Assert.Equal(DefenderPosture.Hasty, nieuport.Posture);
        Assert.Null(nieuport.SecondaryPosture);
        Assert.Equal(new Terrain("RBD", Relief.Rolling, Cover.Bare, TerrainFeature.Dunes), Assert.Single(nieuport.Terrain));
        Assert.Equal(new Weather("DSTST", Moisture.Dry, Sky.Sunny, Temperature.Temperate, Season.Summer, Climate.Temperate), Assert.Single(nieuport.Weather));
        Assert.Equal(0.9, nieuport.DefenderFrontKm);

        var sevastopol = ById(503);
        Assert.Equal(DefenderPosture.Fortified, sevastopol.Posture);
        Assert.Equal(TerrainFeature.Urban, sevastopol.Terrain[1].Feature);
        Assert.Equal(Season.Spring, sevastopol.Weather[0].Season);
        Assert.Equal(25, sevastopol.DefenderFrontKm);

        // Kursk counteroffensive (southern sector): prepared and fortified side by side.
        var kursk = ById(498);
        Assert.Equal((DefenderPosture.Prepared, DefenderPosture.Fortified, PostureMix.Combination), (kursk.Posture, kursk.SecondaryPosture!.Value, kursk.PostureMix));

        // Bautzen 1813: two widths of front, 11.2 km from 20 May 15:00 and 18 km from 21 May 05:00.
        var bautzen = ById(136);
        Assert.Equal(
            [new FrontWidth(9.6, 11.2, new DateOnly(1813, 5, 20), 1500), new FrontWidth(19, 18, new DateOnly(1813, 5, 21), 500)],
            bautzen.FrontWidths.ToArray());
    }

    [Fact]
    public void Posture_counts_match_the_patched_file()
    {
        // POST1 in the patched file: 293 HD, 179 FD, 164 PD, 20 DL, 2 WD, 2 OO.
        var counts = All.CountBy(b => b.Posture).ToDictionary();
        Assert.Equal(293, counts[DefenderPosture.Hasty]);
        Assert.Equal(179, counts[DefenderPosture.Fortified]);
        Assert.Equal(164, counts[DefenderPosture.Prepared]);
        Assert.Equal(20, counts[DefenderPosture.Delay]);
        Assert.Equal(2, counts[DefenderPosture.Withdrawal]);
        Assert.Equal(2, counts[DefenderPosture.Unknown]);
    }

    [Fact]
    public void The_data_notes_WWII_posture_table_is_reproduced_when_counted_its_way()
    {
        // data/cdb90/README.md's table (82 FD, 56 PD, 37 HD) counts battles whose war is named "WORLD WAR II ...",
        // by primary posture, with both sides' strength and casualties known, and divides casualties by the strength as
        // written whatever its code (initial or total engaged). Counted that way the loader gives the same numbers and
        // the same medians; the attrition model itself uses the initial strength only.
        var rows = All
            .Where(b => b.War.StartsWith("WORLD WAR II", StringComparison.Ordinal))
            .Where(b => Written(b.Attacker) is not null && Written(b.Defender) is not null
                && b.Attacker.Casualties is not null && b.Defender.Casualties is not null)
            .ToArray();
        (int Count, double Attacker, double Defender, double Ratio) Of(DefenderPosture p)
        {
            var s = rows.Where(b => b.Posture == p).ToArray();
            double Pct(Battle b, Belligerent side) => 100.0 * side.Casualties!.Value / Written(side)!.Value / b.Days;
            return (s.Length,
                Math.Round(Median(s.Select(b => Pct(b, b.Attacker))), 2),
                Math.Round(Median(s.Select(b => Pct(b, b.Defender))), 2),
                Math.Round(Median(s.Select(b => (double)Written(b.Attacker)!.Value / Written(b.Defender)!.Value)), 2));
        }
        Assert.Equal((82, 0.78, 2.99, 2.9), Of(DefenderPosture.Fortified));
        Assert.Equal((56, 0.84, 2.03, 2.34), Of(DefenderPosture.Prepared));
        Assert.Equal((37, 2.39, 2.25, 1.53), Of(DefenderPosture.Hasty));
    }

    [Fact]
    public void Parts_of_a_battle_point_to_it()
    {
        Assert.Equal(304, ById(305).ParentId); // Somme, Fourth Army attack → First Somme
        Assert.Equal(464, ById(463).ParentId); // Melun → Seine River (a parent with a higher id)
        Assert.Equal(461, ById(612).ParentId); // Mortain I → Mortain
        Assert.Null(ById(304).ParentId);
        Assert.Equal(36, All.Count(b => b.ParentId is not null));
    }

    [Fact]
    public void The_copy_in_the_repository_reads_the_same_as_the_embedded_one()
    {
        var folder = Directory.CreateTempSubdirectory("cdb90-");
        try
        {
            foreach (var file in new[] { Cdb90.PatchedFile, Cdb90.RevisionFile })
            {
                using var from = typeof(Cdb90).Assembly.GetManifestResourceStream($"cdb90/{file}")!;
                using var to = File.Create(Path.Combine(folder.FullName, file));
                from.CopyTo(to);
            }
            var fromDisk = Cdb90.Load(folder.FullName);
            Assert.Equal(All.Count, fromDisk.Length);
            foreach (var (a, b) in All.Zip(fromDisk))
            {
                Assert.Equal(a.ToString(), b.ToString());
                Assert.Equal(a.Attacker, b.Attacker);
                Assert.Equal(a.Defender, b.Defender);
                Assert.Equal(a.ActivePeriods.ToArray(), b.ActivePeriods.ToArray());
                Assert.Equal(a.Terrain.ToArray(), b.Terrain.ToArray());
                Assert.Equal(a.Outcome, b.Outcome);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // The strength as the source writes it, whichever of the three it is.
    private static int? Written(Belligerent side) => side.TotalEngaged ?? side.AverageDailyStrength ?? side.InitialStrength;

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }

    private static string Code(DefenderPosture p) => p switch
    {
        DefenderPosture.Hasty => "HD",
        DefenderPosture.Prepared => "PD",
        DefenderPosture.Fortified => "FD",
        DefenderPosture.Delay => "DL",
        DefenderPosture.Withdrawal => "WD",
        _ => "OO",
    };
}
