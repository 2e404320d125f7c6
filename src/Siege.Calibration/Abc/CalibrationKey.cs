using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Siege.Calibration.Abc;

/// <summary>
/// The key a calibration's populations are stored under: the SHA-256 of a canonical text of everything that shapes
/// them (the model's name, the parameters and their bounds, the targets, and the settings that are part of the key,
/// <see cref="AbcSettings"/>). The same problem and settings always give the same key, so a restarted calibration
/// finds its own populations and never another's.
/// </summary>
public static class CalibrationKey
{
    /// <summary>The text that is hashed: one line per field, numbers in their round-trip form.</summary>
    public static string Canonical(AbcProblem problem, AbcSettings settings)
    {
        var text = new StringBuilder();
        void Line(string name, params object[] values) =>
            text.Append(name).Append('=').AppendJoin('|', values.Select(Format)).Append('\n');
        Line("abc-smc", 1);
        Line("model", problem.Model);
        Line("measures", problem.Measures);
        foreach (var p in problem.Parameters) Line("parameter", p.Name, p.Low, p.High);
        foreach (var t in problem.Targets) Line("target", t.Name, t.Slot, t.Value, t.Censoring);
        Line("particles", settings.Particles);
        Line("runsPerParticle", settings.RunsPerParticle);
        Line("epsilonQuantile", settings.EpsilonQuantile);
        Line("batchSize", settings.BatchSize);
        Line("seed", settings.Seed);
        Line("kernelScale", settings.KernelScale);
        Line("replicates", settings.Replicates);
        Line("missingResidual", settings.MissingResidual);
        return text.ToString();
    }

    /// <summary>The key: 64 lower-case hexadecimal digits.</summary>
    public static string Of(AbcProblem problem, AbcSettings settings) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(problem, settings))));

    private static string Format(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
