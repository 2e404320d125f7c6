namespace Siege.Analysis.Sensitivity;

/// <summary>An analytic function with known Sobol indices, to check the estimators on.</summary>
public sealed record TestFunction(string Name, IReadOnlyList<TestInput> Inputs, Func<double[], double> Evaluate);

/// <summary>An input of a test function and its range; the function is of inputs uniform on their ranges.</summary>
public sealed record TestInput(string Name, double Low, double High);

/// <summary>The two standard test functions of global sensitivity analysis.</summary>
public static class TestFunctions
{
    public const string IshigamiName = "ishigami";
    public const string SobolGName = "sobol-g";

    public static IReadOnlyList<string> Names { get; } = [IshigamiName, SobolGName];

    /// <summary>
    /// Ishigami and Homma's function (1990): f = sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³; with a = 7 and b = 0.1
    /// x2 acts alone, x3 only with x1.
    /// </summary>
    public static TestFunction Ishigami(double a = 7, double b = 0.1) => new(
        IshigamiName,
        [new("x1", -Math.PI, Math.PI), new("x2", -Math.PI, Math.PI), new("x3", -Math.PI, Math.PI)],
        x => Math.Sin(x[0]) + a * Math.Sin(x[1]) * Math.Sin(x[1]) + b * Math.Pow(x[2], 4) * Math.Sin(x[0]));

    /// <summary>The coefficients of the Sobol G function the issue names: two important inputs, two minor, four inert.</summary>
    public static IReadOnlyList<double> SobolGCoefficients { get; } = [0, 1, 4.5, 9, 99, 99, 99, 99];

    /// <summary>Sobol's G function: the product of (|4 x_i − 2| + a_i) / (1 + a_i) on [0, 1]^D; the smaller a_i, the more x_i matters.</summary>
    public static TestFunction SobolG(IReadOnlyList<double>? coefficients = null)
    {
        var a = (coefficients ?? SobolGCoefficients).ToArray();
        return new(
            SobolGName,
            a.Select((_, i) => new TestInput($"x{i + 1}", 0, 1)).ToList(),
            x =>
            {
                var product = 1.0;
                for (var i = 0; i < a.Length; i++) product *= (Math.Abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
                return product;
            });
    }

    public static TestFunction? Named(string name) => name switch
    {
        IshigamiName => Ishigami(),
        SobolGName => SobolG(),
        _ => null,
    };

    /// <summary>The function at a point of the unit cube, each coordinate mapped onto its input's range.</summary>
    public static double AtUnit(this TestFunction function, double[] unit) =>
        function.Evaluate(unit.Select((u, i) => function.Inputs[i].Low + u * (function.Inputs[i].High - function.Inputs[i].Low)).ToArray());
}
