using System.Collections.Immutable;
using Siege.Engine.Results;

namespace Siege.Ensembles.Storage;

/// <summary>Each side's casualties by kind of combat, as one blob in <c>run_details.casualties</c>.</summary>
/// <remarks>
/// Layout, version 1 (varints as in <see cref="BlobWriter"/>):
/// <code>
/// byte    1 (the layout version)
/// varint  k, the number of kinds of combat (the members of CombatKind, in their order)
/// for the defender, then the attacker, k times, in CombatKind order:
///   varints killed, wounded, captured, died of wounds, returned to duty, captured wounded
/// </code>
/// A blob of another number of kinds was written by a siege with other kinds of combat and is refused as corrupt.
/// </remarks>
public static class CasualtiesBlob
{
    private const byte LayoutVersion = 1;
    private static readonly int KindCount = Enum.GetValues<CombatKind>().Length;

    public static byte[] Encode(ImmutableArray<Casualties> defender, ImmutableArray<Casualties> attacker)
    {
        var w = BlobWriter.ForThisThread();
        w.Byte(LayoutVersion);
        w.Unsigned((ulong)KindCount);
        foreach (var side in new[] { defender, attacker })
            for (var k = 0; k < KindCount; k++)
            {
                var c = side.IsDefaultOrEmpty ? default : side[k];
                foreach (var n in new[] { c.Killed, c.Wounded, c.Captured, c.DiedOfWounds, c.ReturnedToDuty, c.CapturedWounded })
                    w.Unsigned((ulong)n);
            }
        return w.ToArray();
    }

    public static (ImmutableArray<Casualties> Defender, ImmutableArray<Casualties> Attacker) Decode(ReadOnlySpan<byte> blob)
    {
        var r = new BlobReader(blob);
        if (r.Byte() != LayoutVersion || r.Count() != KindCount)
            throw new InvalidDataException("the run store's casualties by kind of combat were written by another version of siege");
        var sides = new ImmutableArray<Casualties>[2];
        for (var s = 0; s < 2; s++)
        {
            var kinds = new Casualties[KindCount];
            for (var k = 0; k < KindCount; k++)
                kinds[k] = new Casualties(r.Count(), r.Count(), r.Count()) { DiedOfWounds = r.Count(), ReturnedToDuty = r.Count(), CapturedWounded = r.Count() };
            sides[s] = [.. kinds];
        }
        if (!r.AtEnd) throw new InvalidDataException("the run store's casualties by kind of combat are corrupt");
        return (sides[0], sides[1]);
    }
}
