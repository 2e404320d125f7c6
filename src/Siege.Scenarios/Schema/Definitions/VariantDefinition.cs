using Siege.Scenarios.Variants;
using static Siege.Scenarios.Schema.MappingDefinition;

namespace Siege.Scenarios.Schema.Definitions;

/// <summary>A variant file: a what-if as a list of changes to a scenario's YAML.</summary>
internal static class VariantDefinition
{
    public static readonly MappingDefinition Variant = new("variant", "A what-if: changes applied to a scenario's YAML before it is read.",
        Key.Required("variantVersion", Shape.Integer, "Version of the variant format; this version of Siege reads 1."),
        Key.Required("id", Shape.Id, "The variant's id: lower-case letters, digits and '-'."),
        Key.Required("name", Shape.Text, "Name of the variant in simplified Chinese."),
        Key.Required("nameEn", Shape.Text, "Name of the variant in English."),
        Key.Required("description", Shape.Text, "What the variant changes, in Chinese."),
        Key.Required("descriptionEn", Shape.Text, "What the variant changes, in English."),
        Key.Required("rationale", Shape.Text, "Why the question is worth asking, with its sources, in English."),
        Key.Optional("rationaleZh", Shape.Text, "The rationale in Chinese (without it, the rationale is a lint warning)."),
        Key.Required("source", Shape.Names, "Sources of the rationale: a key of the scenario's sources list, or a list of keys."),
        Key.Required("changes", Shape.ListOf(() => Change), "The changes, applied in order; an empty list is the null variant.") with { EmptyAllowed = true });

    public static readonly MappingDefinition Change = Union<ChangeOp>("change", "One change to the scenario's YAML.",
        "op", "What the change does; the op decides the other keys.",
        [
            Key.Required("path", Shape.Text, "What it changes: keys joined by '.', list items by [index], [*], [id=…] or [key=value] (events[kind=gas])."),
        ],
        Case(ChangeOp.Set, "Replace the value at path.", Key.Required("value", Shape.Any, "The new value, of the shape the scenario has there.")),
        Case(ChangeOp.Scale, "Multiply the number (or the figure's value and range) at path.",
            Key.Required("by", Shape.Number, "The factor; not negative.") with { Unit = "multiplier" }),
        Case(ChangeOp.Shift, "Move the local time at path.", Key.Required("hours", Shape.Integer, "Hours to move it by; negative moves it earlier.") with { Unit = "hours" }),
        Case(ChangeOp.Add, "Append an item to the list at path.", Key.Required("value", Shape.Any, "The item, of the shape the list's items have.")),
        Case(ChangeOp.Remove, "Remove what path selects."));
}
