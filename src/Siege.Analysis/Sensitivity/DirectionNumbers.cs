using System.Collections.Immutable;
using System.Globalization;

namespace Siege.Analysis.Sensitivity;

/// <summary>
/// One row of Joe and Kuo's table (2008, file <c>new-joe-kuo-6.21201</c>, https://web.maths.unsw.edu.au/~fkuo/sobol/):
/// the degree <see cref="Degree"/> of a primitive polynomial over GF(2), its inner coefficients <see cref="Coefficients"/>
/// as the bits of a number (the leading and the constant coefficient, both 1, left out), and the initial direction
/// numbers m_1 … m_s, each odd and below 2^k.
/// </summary>
public sealed record DirectionNumbers(int Dimension, int Degree, uint Coefficients, ImmutableArray<uint> Initial)
{
    /// <summary>How many dimensions the shipped table gives, the first (van der Corput) included.</summary>
    public const int MaxDimensions = 401;

    private const string ResourceName = "sobol/new-joe-kuo-6.21201.first400.txt";

    /// <summary>The rows for dimensions 2 to <see cref="MaxDimensions"/>, in order (the first dimension has none).</summary>
    public static IReadOnlyList<DirectionNumbers> Table => LazyTable.Value;

    private static readonly Lazy<IReadOnlyList<DirectionNumbers>> LazyTable = new(Read);

    private static IReadOnlyList<DirectionNumbers> Read()
    {
        using var stream = typeof(DirectionNumbers).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        var rows = new List<DirectionNumbers>();
        // The first line names the columns.
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length == 0) continue;
            var numbers = cells.Select(c => uint.Parse(c, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
            var degree = (int)numbers[1];
            if (numbers.Length != 3 + degree)
                throw new InvalidDataException($"{ResourceName}: dimension {numbers[0]} has {numbers.Length - 3} direction numbers for degree {degree}");
            rows.Add(new DirectionNumbers((int)numbers[0], degree, numbers[2], [.. numbers.Skip(3)]));
        }
        return rows;
    }
}
