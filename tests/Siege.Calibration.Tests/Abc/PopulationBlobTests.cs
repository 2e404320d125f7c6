using Siege.Calibration.Abc;

namespace Siege.Calibration.Tests.Abc;

public sealed class PopulationBlobTests
{
    [Fact]
    public void A_population_reads_back_to_the_last_bit()
    {
        var problem = ToyModels.SiegeProblem(ToyModels.SiegeRecord(ToyModels.Siege([1.2, 0.9, 6.0], 11)));
        var population = AbcSmc.Run(problem, new AbcSettings { Particles = 50, RunsPerParticle = 2, MaxGenerations = 3, Seed = 2, Threads = 1 }).Population;
        // A run without a value (NaN) and generation 0's infinite tolerance must survive too.
        var particles = population.Particles.SetItem(0, population.Particles[0] with { Summaries = population.Particles[0].Summaries.SetItem(1, double.NaN) });
        var edited = population with { Particles = particles };
        var decoded = PopulationBlob.Decode(PopulationBlob.Encode(edited));
        Populations.AssertSame(edited, decoded);
        Assert.Equal(double.PositiveInfinity, decoded.History[0].Epsilon);
        Assert.True(double.IsNaN(decoded.Particles[0].Summaries[1]));
    }

    [Fact]
    public void A_blob_of_another_layout_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => PopulationBlob.Decode([9, 0, 0, 0, 0]));
        Assert.Contains("layout 9", error.Message);
    }
}
