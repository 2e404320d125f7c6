using Siege.Engine.Domain;
using Siege.Report.Html;
using Siege.Trace;

namespace Siege.Report.Sections;

/// <summary>
/// The scenario's exogenous events, each described from its data in both languages: what the model does not decide
/// (air raids, gas, demolitions, arrivals of ammunition and guns, Allied air support, relief forces, notes).
/// </summary>
internal static class EventList
{
    public static IEnumerable<IReadOnlyList<string>> Rows(Scenario scenario)
    {
        var names = new ScenarioNames(scenario);
        var sides = scenario.Sides;
        foreach (var e in scenario.Events.OrderBy(e => e.Hour))
        {
            var when = Fmt.DateTime(scenario.Start.AddHours(e.Hour));
            var repeat = e.RepeatEveryHours is { } every && every > 0
                ? Markup.Span(new Bi(
                    $"每{every}小时一次，至{Fmt.DateTime(scenario.Start.AddHours(Math.Min(e.UntilHour ?? scenario.HorizonHours, scenario.HorizonHours)))}",
                    $"every {every} h until {Fmt.DateTime(scenario.Start.AddHours(Math.Min(e.UntilHour ?? scenario.HorizonHours, scenario.HorizonHours)))}"))
                : "";
            yield return [Markup.Escape(when), Markup.Span(Kind(e)), Markup.Span(Describe(e, names, sides)), repeat];
        }
    }

    private static Bi Kind(ExogenousEvent e) => e switch
    {
        AirRaidEvent => new("空袭", "air raid"),
        GasEvent => new("毒气", "gas"),
        CrossingDestroyedEvent => new("破坏渡河点", "demolition"),
        SupplyArrivalEvent => new("补给", "supply"),
        GunsArrivalEvent => new("火炮增援", "guns"),
        AlliedAirSupportEvent => new("盟军空中支援", "Allied air support"),
        ReliefApproachEvent => new("援军", "relief"),
        NoteEvent => new("记事", "note"),
        _ => throw Unknown(e),
    };

    private static Bi Describe(ExogenousEvent e, ScenarioNames names, SideNames sides)
    {
        string Zh(string? id) => names.Of(id, Language.Chinese);
        string En(string? id) => names.Of(id, Language.English);
        return e switch
        {
            AirRaidEvent raid => new($"{sides.Attacker.Name}飞机轰炸{Targets(raid.Targets, names, sides, Language.Chinese)}，强度{Fmt.Parameter(raid.Intensity)}",
                $"bombing of {Targets(raid.Targets, names, sides, Language.English)}, intensity {Fmt.Parameter(raid.Intensity)}"),
            GasEvent gas => new($"对{Targets(gas.Targets, names, sides, Language.Chinese)}施放毒气，持续{gas.DurationHours}小时，强度{Fmt.Parameter(gas.Intensity)}",
                $"gas on {Targets(gas.Targets, names, sides, Language.English)} for {gas.DurationHours} h, intensity {Fmt.Parameter(gas.Intensity)}"),
            CrossingDestroyedEvent d => new($"{Zh(d.CrossingId)}被毁", $"{En(d.CrossingId)} destroyed"),
            SupplyArrivalEvent s => new($"{Vocabulary.Side(s.Side, sides).Zh}{Zh(s.SupplyId)}到达{Fmt.Count((long)Math.Round(s.Amount.Value))}（{Delivery(s.Delivery).Zh}）",
                $"{Fmt.Count((long)Math.Round(s.Amount.Value))} × {En(s.SupplyId)} for the {Vocabulary.Side(s.Side, sides).En} ({Delivery(s.Delivery).En})"),
            GunsArrivalEvent g => new($"{sides.Attacker.Name}增援火炮{Fmt.Count((long)Math.Round(g.Guns.Value))}门", $"{Fmt.Count((long)Math.Round(g.Guns.Value))} more guns for the attacker"),
            AlliedAirSupportEvent a => new($"盟军飞机攻击{sides.Attacker.Name}，强度{Fmt.Parameter(a.Intensity)}", $"Allied aircraft attack the attacker, intensity {Fmt.Parameter(a.Intensity)}"),
            ReliefApproachEvent r => new($"{r.ForceName}以{Fmt.Count((long)Math.Round(r.Strength.Value))}人接近{Zh(r.PositionId)}",
                $"{r.ForceNameEn} approaches {En(r.PositionId)} with {Fmt.Count((long)Math.Round(r.Strength.Value))} men"),
            NoteEvent n => new(n.Text, n.TextEn),
            _ => throw Unknown(e),
        };
    }

    // A kind this list does not know is a defect to fix here, not a type name to show a reader (tests push every kind through).
    private static ArgumentOutOfRangeException Unknown(ExogenousEvent e) =>
        new(nameof(e), e.GetType().Name, "an event the report does not describe");

    /// <summary>How a supply came, as the scenario's <c>delivery</c> says.</summary>
    internal static Bi Delivery(SupplyDelivery delivery) => delivery switch
    {
        SupplyDelivery.AirDrop => new("空投", "by air drop"),
        SupplyDelivery.Road => new("陆路运输", "by road"),
        SupplyDelivery.Rail => new("铁路运输", "by rail"),
        SupplyDelivery.River => new("水路运输", "by river"),
        SupplyDelivery.Sea => new("海运", "by sea"),
        _ => new("运输方式不详", "how is not known"),
    };

    private static string Targets(TargetSet targets, ScenarioNames names, SideNames sides, Language language)
    {
        var tiers = (targets.Tiers.IsDefault ? [] : targets.Tiers).Select(t => Vocabulary.Tier(char.ToLowerInvariant(t.ToString()[0]) + t.ToString()[1..], sides).In(language));
        var positions = (targets.PositionIds.IsDefault ? [] : targets.PositionIds).Select(id => names.Of(id, language));
        return string.Join(language == Language.Chinese ? "、" : ", ", tiers.Concat(positions));
    }
}
