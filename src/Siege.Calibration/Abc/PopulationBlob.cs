using System.Collections.Immutable;

namespace Siege.Calibration.Abc;

/// <summary>
/// A population as bytes, read back bit for bit (a resumed calibration must continue from exactly the numbers it
/// stopped at). Layout, little-endian: a layout version byte (1); the generation, the number of particles N, of
/// parameters D, of measures a particle keeps S and of targets K (int32 each); N particles, each D parameters, its
/// weight, its distance and S measures (float64 each); the K next scales and the next tolerance; the number of
/// generations H (int32) and H statistics (generation int32; epsilon, proposals int64, acceptance, ess, runs int64,
/// total runs int64, K scales).
/// </summary>
public static class PopulationBlob
{
    private const byte Layout = 1;

    public static byte[] Encode(AbcPopulation population)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            var particles = population.Particles;
            writer.Write(Layout);
            writer.Write(population.Generation);
            writer.Write(particles.Length);
            writer.Write(particles.IsEmpty ? 0 : particles[0].Parameters.Length);
            writer.Write(particles.IsEmpty ? 0 : particles[0].Summaries.Length);
            writer.Write(population.NextScales.Length);
            foreach (var p in particles)
            {
                foreach (var x in p.Parameters) writer.Write(x);
                writer.Write(p.Weight);
                writer.Write(p.Distance);
                foreach (var x in p.Summaries) writer.Write(x);
            }
            foreach (var x in population.NextScales) writer.Write(x);
            writer.Write(population.NextEpsilon);
            writer.Write(population.History.Length);
            foreach (var s in population.History)
            {
                if (s.Scales.Length != population.NextScales.Length) throw new ArgumentException("every generation must scale the same targets", nameof(population));
                writer.Write(s.Generation);
                writer.Write(s.Epsilon);
                writer.Write(s.Proposals);
                writer.Write(s.Acceptance);
                writer.Write(s.Ess);
                writer.Write(s.Runs);
                writer.Write(s.TotalRuns);
                foreach (var x in s.Scales) writer.Write(x);
            }
        }
        return stream.ToArray();
    }

    public static AbcPopulation Decode(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
        var layout = reader.ReadByte();
        if (layout != Layout) throw new InvalidDataException($"a population of layout {layout}; this program reads layout {Layout}");
        var generation = reader.ReadInt32();
        var (n, d, s, k) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        var particles = new AbcParticle[n];
        for (var i = 0; i < n; i++)
            particles[i] = new AbcParticle(Doubles(reader, d), reader.ReadDouble(), reader.ReadDouble(), Doubles(reader, s));
        var nextScales = Doubles(reader, k);
        var nextEpsilon = reader.ReadDouble();
        var history = new AbcGenerationStats[reader.ReadInt32()];
        for (var h = 0; h < history.Length; h++)
            history[h] = new AbcGenerationStats(reader.ReadInt32(), reader.ReadDouble(), reader.ReadInt64(), reader.ReadDouble(),
                reader.ReadDouble(), reader.ReadInt64(), reader.ReadInt64(), Doubles(reader, k));
        if (reader.BaseStream.Position != bytes.Length) throw new InvalidDataException("a population blob with bytes left over");
        return new AbcPopulation(generation, [.. particles], [.. history], nextScales, nextEpsilon);
    }

    private static ImmutableArray<double> Doubles(BinaryReader reader, int count)
    {
        var values = ImmutableArray.CreateBuilder<double>(count);
        for (var i = 0; i < count; i++) values.Add(reader.ReadDouble());
        return values.MoveToImmutable();
    }
}
