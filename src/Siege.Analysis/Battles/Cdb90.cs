using System.Collections.Immutable;

namespace Siege.Analysis.Battles;

/// <summary>
/// The CAA Database of Battles, version 1990, as shipped in data/cdb90 and embedded in this assembly. Battles are read
/// from the wide patched file (the CAA coding with the CDB91 corrections), which keeps every negative code; the
/// revision's tidy battle table is read only for its links between a battle and the larger battle it is part of.
/// </summary>
public static class Cdb90
{
    /// <summary>One row per battle in the CAA's own columns and codes.</summary>
    public const string PatchedFile = "src-data_CDB90_CDB90-patched.csv";

    /// <summary>J. B. Arnold's tidy battle table; only its <c>parent</c> column is used.</summary>
    public const string RevisionFile = "data_battles.csv";

    /// <summary>How many battles CDB90 holds.</summary>
    public const int BattleCount = 660;

    private static readonly Lazy<ImmutableArray<Battle>> Embedded = new(() =>
    {
        using var patched = OpenEmbedded(PatchedFile);
        using var revision = OpenEmbedded(RevisionFile);
        return Cdb90Reader.Read(patched, revision);
    });

    /// <summary>The battles embedded in this assembly, ordered by id (read once, then shared: they are immutable).</summary>
    public static ImmutableArray<Battle> Load() => Embedded.Value;

    /// <summary>The battles in a folder holding <see cref="PatchedFile"/> and <see cref="RevisionFile"/>.</summary>
    public static ImmutableArray<Battle> Load(string folder)
    {
        using var patched = new StreamReader(Path.Combine(folder, PatchedFile));
        using var revision = new StreamReader(Path.Combine(folder, RevisionFile));
        return Cdb90Reader.Read(patched, revision);
    }

    private static StreamReader OpenEmbedded(string file)
    {
        var name = $"cdb90/{file}";
        var stream = typeof(Cdb90).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource {name} is not embedded in Siege.Analysis");
        return new StreamReader(stream);
    }
}
