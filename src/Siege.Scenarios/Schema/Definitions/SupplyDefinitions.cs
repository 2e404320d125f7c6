using Siege.Engine.Domain;

namespace Siege.Scenarios.Schema.Definitions;

/// <summary>Ammunition.</summary>
internal static class SupplyDefinitions
{
    public static readonly MappingDefinition Supplies = new("supplies", "The ammunition stocks of each side.",
        Key.Optional("defender", Shape.ListOf(() => Supply), "The garrison's stocks, drawn per man-hour of combat."),
        Key.Optional("attacker", Shape.ListOf(() => Supply), "The attacker's stocks; shells are drawn per gun-hour of bombardment."));

    public static readonly MappingDefinition Supply = new("supply", "A stock of ammunition.",
        Key.Required("id", Shape.Text, "The stock's id, unique on its side; supplyArrival events name it."),
        CommonDefinitions.Name("stock"),
        CommonDefinitions.NameEn("stock"),
        Key.Required("stock", CommonDefinitions.AnyFigure, "Rounds on hand at the start (at most 10^12).") with { Unit = "rounds" },
        ParameterDefinitions.FromParameter<Supply>(nameof(Engine.Domain.Supply.UsePerManHour), Need.Optional, CommonDefinitions.AnyFigure),
        ParameterDefinitions.FromParameter<Supply>(nameof(Engine.Domain.Supply.UsePerGunHour), Need.Optional, CommonDefinitions.AnyFigure),
        ParameterDefinitions.FromParameter<Supply>(nameof(Engine.Domain.Supply.FirepowerWeight), Need.Optional, Shape.Number),
        ParameterDefinitions.FromParameter<Supply>(nameof(Engine.Domain.Supply.FlowPerDay), Need.Optional, CommonDefinitions.AnyFigure),
        CommonDefinitions.Source("the stock"),
        CommonDefinitions.Note(),
        CommonDefinitions.NoteZh());
}
