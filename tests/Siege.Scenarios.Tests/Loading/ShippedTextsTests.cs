using System.Collections;
using System.Text.RegularExpressions;
using Siege.Engine.Domain;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;
using Siege.Scenarios.Tests.Variants;
using Siege.Scenarios.Variants;

namespace Siege.Scenarios.Tests.Loading;

/// <summary>
/// Every free text the shipped Hengyang scenario and its variants write in English has its Chinese too, so neither
/// side of the viewer or the report has to fall back to the other language.
/// </summary>
public sealed partial class ShippedTextsTests
{
    private static readonly LoadedScenario Loaded = ScenarioLoader.LoadEmbedded().Scenario!;

    [Fact]
    public void The_scenario_and_every_variant_lint_without_a_warning()
    {
        Assert.Empty(ScenarioLoader.LoadEmbedded().Warnings);
        Assert.Empty(ScenarioLoader.LoadPath(RepositoryPaths.Hengyang).Warnings);
        var shipped = ShippedVariants.OnDisk(RepositoryPaths.Hengyang);
        foreach (var name in shipped.Names)
            Assert.Empty(shipped.Load(name)!.Warnings);
    }

    [Fact]
    public void Every_position_role_is_in_both_languages()
    {
        var roles = Loaded.Scenario.Map.Positions.Where(p => p.Role is not null || p.RoleZh is not null).ToList();
        Assert.Equal(33, roles.Count);
        Assert.All(roles, p => AssertBoth(p.RoleZh, p.Role, p.Id));
    }

    [Fact]
    public void Every_variant_rationale_is_in_both_languages()
    {
        var shipped = ShippedVariants.OnDisk(RepositoryPaths.Hengyang);
        Assert.Equal(10, shipped.Names.Count);
        foreach (var name in shipped.Names)
        {
            var variant = shipped.Load(name)!.Variant!;
            AssertBoth(variant.RationaleZh, variant.Rationale, name);
        }
    }

    [Fact]
    public void Every_record_note_and_record_figure_note_is_in_both_languages()
    {
        var items = Loaded.Record.Items.Where(i => i.Note is not null || i.NoteEn is not null).ToList();
        Assert.Equal(39, items.Count);
        Assert.All(items, i => AssertBoth(i.Note, i.NoteEn, i.Id));
        var figures = Loaded.Record.Items
            .SelectMany(i => i switch { DurationItem d => d.Figures, CasualtiesItem c => c.Figures, _ => [] })
            .Where(f => f.Note is not null || f.NoteZh is not null)
            .ToList();
        Assert.Equal(16, figures.Count);
        Assert.All(figures, f => AssertBoth(f.NoteZh, f.Note, $"{f.Value} [{f.Source}]"));
    }

    [Fact]
    public void Every_figure_note_is_in_both_languages()
    {
        // Doctrine, combat, supplies, forces and events: every Figure anywhere in the engine's scenario.
        var notes = FiguresIn(Loaded.Scenario).Where(f => f.Note is not null || f.NoteZh is not null).ToList();
        Assert.Equal(109, notes.Count);
        Assert.All(notes, f => AssertBoth(f.NoteZh, f.Note, f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Every_source_note_is_in_both_languages()
    {
        var notes = Loaded.Sources.Where(s => s.Note is not null || s.NoteZh is not null).ToList();
        Assert.Equal(10, notes.Count);
        Assert.All(notes, s => AssertBoth(s.NoteZh, s.Note, s.Id));
    }

    /// <summary>Both texts are there, and the Chinese one is Chinese (not the English copied over).</summary>
    private static void AssertBoth(string? zh, string? en, string what)
    {
        Assert.False(string.IsNullOrWhiteSpace(en), $"{what}: no English");
        Assert.False(string.IsNullOrWhiteSpace(zh), $"{what}: no Chinese");
        Assert.Matches(Han(), zh);
        Assert.NotEqual(en, zh);
    }

    /// <summary>Every <see cref="Figure"/> reachable from the scenario through its records and lists.</summary>
    private static IEnumerable<Figure> FiguresIn(object? value)
    {
        switch (value)
        {
            case null or string or DateTime or Enum or ValueType and not IEnumerable:
                yield break;
            case Figure figure:
                yield return figure;
                yield break;
            case IEnumerable items:
                foreach (var item in items)
                    foreach (var f in FiguresIn(item)) yield return f;
                yield break;
        }
        if (value.GetType().Namespace != typeof(Scenario).Namespace) yield break;
        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
            foreach (var f in FiguresIn(property.GetValue(value)))
                yield return f;
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
