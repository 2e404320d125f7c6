using Siege.Engine.Domain;
using Siege.Scenarios.Loading;

namespace Siege.Scenarios.Tests.Loading;

/// <summary>
/// What the hosts read from a scenario and the engine does not: the sides' names, the order to hold, the record items
/// the calibration fits, and how each supply came. Each comes from the files; none is written in Siege's code.
/// </summary>
public sealed class DataForHostsTests
{
    private static string Scenarios()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Siege.slnx"))) root = Path.GetDirectoryName(root)!;
        return Path.Combine(root, "scenarios");
    }

    private static LoadedScenario Load(string folder)
    {
        var result = ScenarioLoader.LoadPath(Path.Combine(Scenarios(), folder));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Scenario!;
    }

    [Fact]
    public void Hengyang_names_the_Japanese_as_the_attacker_and_Iwo_Jima_the_Americans()
    {
        var hengyang = Load("hengyang-1944").Scenario.Sides;
        Assert.Equal((new SideName("守军", "Chinese garrison"), new SideName("日军", "Japanese")), (hengyang.Defender, hengyang.Attacker));
        var iwoJima = Load("iwo-jima-1945").Scenario.Sides;
        Assert.Equal((new SideName("日本守军", "Japanese garrison"), new SideName("美军", "Americans")), (iwoJima.Defender, iwoJima.Attacker));
    }

    [Fact]
    public void The_CDB90_variant_of_Hengyang_loads_with_Hengyangs_names_order_calibration_items_and_CDB90_classes()
    {
        var hengyang = Load("hengyang-1944");
        var cdb90 = Load("hengyang-1944-cdb90");
        Assert.Equal(hengyang.Scenario.Sides, cdb90.Scenario.Sides);
        Assert.Equal(hengyang.Record.HoldOrder! with { Sources = [] }, cdb90.Record.HoldOrder! with { Sources = [] });
        Assert.Equal<string>(hengyang.CalibrationItems, cdb90.CalibrationItems);
        Assert.Equal(hengyang.PriorClass! with { Sources = [] }, cdb90.PriorClass! with { Sources = [] });
        Assert.Equal<string>(hengyang.PriorClass.Sources, cdb90.PriorClass.Sources);
    }

    [Fact]
    public void Hengyang_was_ordered_to_hold_two_weeks()
    {
        // zh-wp: the Military Commission's order of 29 May, to hold Hengyang for two weeks (FACTS.md section 1).
        var order = Load("hengyang-1944").Record.HoldOrder!;
        Assert.Equal(14, order.Days);
        Assert.Equal(new DateTime(1944, 5, 29), order.Given);
        Assert.Equal<string>(["zh-wp"], order.Sources);
        Assert.Null(Load("iwo-jima-1945").Record.HoldOrder);
    }

    [Fact]
    public void Hengyangs_calibration_fits_the_length_the_defenders_killed_and_the_later_offensives()
    {
        // record.yaml: of the casualty figures only the defenders' killed has a scope the sources state and a run
        // resolves, apart from the PLA Daily's weakly sourced ones.
        Assert.Equal<string>(["duration", "cas-defender-killed", "offensive-2", "offensive-3"], Load("hengyang-1944").CalibrationItems);
        Assert.Empty(Load("iwo-jima-1945").CalibrationItems);
    }

    [Fact]
    public void Hengyang_names_the_figures_of_its_joint_calibration_and_leaves_out_the_PLA_Dailys_figures()
    {
        // record.yaml, calibration.joint: 18 figures, among them the two kill rates and two arrivals with ranges of their own.
        var joint = Load("hengyang-1944").JointCalibration!;
        Assert.Equal(18, joint.Parameters.Length);
        Assert.Contains("combat.attackerKillRate", joint.Parameters);
        Assert.Equal(2, joint.Parameters.Count(p => p.EndsWith(".arrives", StringComparison.Ordinal)));
        Assert.Equal<string>(["cas-attacker-pla-daily", "cas-attacker-pla-daily-killed"], joint.LeaveOut);
        Assert.Null(Load("iwo-jima-1945").JointCalibration);
    }

    [Fact]
    public void Hengyang_is_classed_a_fortified_defence_on_rugged_ground_by_the_authors_reading_of_zh_wp()
    {
        // CDB90 has no row for Hengyang: the classes are a judgement on zh-wp's account of the hill positions.
        var prior = Load("hengyang-1944").PriorClass!;
        Assert.Equal((Cdb90Posture.Fortified, Cdb90Terrain.Rugged), (prior.Posture, prior.Terrain));
        Assert.Equal<string>(["zh-wp", "GUESS"], prior.Sources);
        Assert.NotNull(prior.Note);
        Assert.NotNull(prior.NoteZh);
    }

    [Fact]
    public void Iwo_Jima_is_classed_from_its_CDB90_rows_a_fortified_defence_on_open_ground()
    {
        // Rows 518-520 all give FD; 518 and 520 are RB0 (rolling, bare: open), 519 (Suribachi) GB0 (rugged).
        var prior = Load("iwo-jima-1945").PriorClass!;
        Assert.Equal((Cdb90Posture.Fortified, Cdb90Terrain.Open), (prior.Posture, prior.Terrain));
        Assert.Equal<string>(["cdb90"], prior.Sources);
    }

    [Fact]
    public void The_garrisons_supplies_come_by_air_and_the_attackers_shells_come_as_a_daily_flow()
    {
        // The baseline brings no dated supplies; the variant ammunition-air-drops adds three drops to the garrison.
        var scenario = Load("hengyang-1944").Scenario;
        Assert.Empty(scenario.Events.OfType<SupplyArrivalEvent>());
        var supplies = Siege.Scenarios.Variants.ShippedVariants.Embedded().Load("ammunition-air-drops")!.Scenario!.Scenario.Events.OfType<SupplyArrivalEvent>().ToList();
        Assert.All(supplies, e => Assert.Equal((Side.Defender, SupplyDelivery.AirDrop), (e.Side, e.Delivery)));
        Assert.Equal(3, supplies.Count);
        // supplies.yaml: 1,200 shells a day (550-2,700) from the 70 t by 10 Jul and the 40,000 of the third offensive.
        var flow = scenario.Supplies.Attacker.Single(s => s.Id == "jp-shells").FlowPerDay!;
        Assert.Equal((1200.0, 550.0, 2700.0), (flow.Value, flow.Low, flow.High));
    }

    [Fact]
    public void A_scenario_that_names_no_sides_calls_them_by_their_roles_and_has_no_order_calibration_items_or_CDB90_classes()
    {
        var result = ScenarioLoader.LoadPath(Path.Combine(AppContext.BaseDirectory, "Lint", "cases", "minimal.yaml"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(SideNames.Roles, result.Scenario!.Scenario.Sides);
        Assert.Equal(("守方", "攻方"), (SideNames.Roles.Defender.Name, SideNames.Roles.Attacker.Name));
        Assert.Null(result.Scenario.Record.HoldOrder);
        Assert.Empty(result.Scenario.CalibrationItems);
        Assert.Null(result.Scenario.PriorClass);
    }
}
