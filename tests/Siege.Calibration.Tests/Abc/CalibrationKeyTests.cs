using Siege.Calibration.Abc;

namespace Siege.Calibration.Tests.Abc;

public sealed class CalibrationKeyTests
{
    private static readonly AbcProblem Problem = ToyModels.NormalMean(0.8, 25, -3, 3);
    private static readonly AbcSettings Settings = new();

    [Fact]
    public void The_stopping_rules_and_the_threads_are_not_part_of_the_key()
    {
        var key = CalibrationKey.Of(Problem, Settings);
        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.Equal(key, CalibrationKey.Of(Problem, Settings with { Threads = 7, MaxGenerations = 30, MinEpsilon = 0.1, MinAcceptance = 0.2, MaxRuns = 5 }));
    }

    [Fact]
    public void What_shapes_the_populations_is_part_of_the_key()
    {
        var key = CalibrationKey.Of(Problem, Settings);
        AbcSettings[] others =
        [
            Settings with { Particles = 999 }, Settings with { RunsPerParticle = 4 }, Settings with { EpsilonQuantile = 0.4 },
            Settings with { BatchSize = 128 }, Settings with { Seed = 2 }, Settings with { KernelScale = 1.5 },
            Settings with { Replicates = ReplicateRule.MeanDistance }, Settings with { MissingResidual = 5 },
        ];
        Assert.All(others, s => Assert.NotEqual(key, CalibrationKey.Of(Problem, s)));
        Assert.NotEqual(key, CalibrationKey.Of(ToyModels.NormalMean(0.81, 25, -3, 3), Settings));
        Assert.NotEqual(key, CalibrationKey.Of(ToyModels.NormalMean(0.8, 25, -3, 3.5), Settings));
        Assert.NotEqual(key, CalibrationKey.Of(ToyModels.NormalMean(0.8, 26, -3, 3), Settings));
        var bound = new AbcProblem(Problem.Parameters, [Problem.Targets[0] with { Censoring = Censoring.AtLeast }], 1, Problem.Simulate, Problem.Model);
        Assert.NotEqual(key, CalibrationKey.Of(bound, Settings));
    }
}
