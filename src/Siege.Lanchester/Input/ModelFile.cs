using System.Collections.Immutable;
using Siege.Lanchester.Integration;
using Siege.Lanchester.Model;

namespace Siege.Lanchester.Input;

/// <summary>
/// The model file of <c>siege lanchester</c>: one <c>key = value</c> per line; # starts a comment (at the start of a
/// line or after white space); blank lines are skipped; numbers are invariant (21500, 21_500, 1e-3).
/// <code>
///   name = Iwo Jima, 1945 (Engel 1954)      # optional
///   attacker = US troops ashore             # optional labels
///   defender = Japanese garrison
///   law = square                            # square | linear | logarithmic | mixed | helmbold | general
///   a = 0.0544                              # defender's effect on the attacker, per day
///   b = 0.0106                              # attacker's effect on the defender, per day
///   x0 = 0                                  # attacker's initial strength
///   y0 = 21500                              # defender's initial strength
///   days = 40                               # integrate from day 0 to here
///   step = 0.001                            # optional RK4 step, days (default 0.001)
///   output = 1                              # optional output interval, days (default 1)
///   attacker.reinforcement = 54000 from 0 to 1    # men arriving evenly over [0, 1); repeatable
///   attacker.reinforcement = 6000 from 2 to 3
///   defender.reinforcement = ...
/// </code>
/// <c>law = helmbold</c> takes <c>w</c> (p = 1 − w, q = w). <c>law = general</c> takes <c>p</c> and <c>q</c>, which
/// <c>attacker.p</c>, <c>attacker.q</c>, <c>defender.p</c>, <c>defender.q</c> override per side. Unknown keys, repeated
/// keys (other than reinforcements) and keys that do not belong to the law are errors.
/// </summary>
public static partial class ModelFile
{
    private static readonly string[] Laws = ["square", "linear", "logarithmic", "mixed", "helmbold", "general"];
    private static readonly string[] ExponentKeys = ["p", "q", "attacker.p", "attacker.q", "defender.p", "defender.q"];
    private static readonly string[] Keys =
        ["name", "attacker", "defender", "law", "a", "b", "x0", "y0", "days", "step", "output", "w", .. ExponentKeys,
         "attacker.reinforcement", "defender.reinforcement"];

    public static LanchesterSpec Load(string path) => Parse(File.ReadAllText(path), path);

    public static LanchesterSpec Parse(string text, string fileName = "model")
    {
        var entries = new Dictionary<string, (int Line, Field Key, Field Value)>();
        var reinforcements = new List<(ForceSide Side, int Line, Field Value)>();
        foreach (var (number, raw) in TextFields.Lines(text))
        {
            var line = StripComment(raw);
            if (line.Trim().Length == 0) continue;
            var eq = line.IndexOf('=');
            if (eq < 0) throw new LanchesterFormatException(fileName, number, FirstColumn(line), "expected 'key = value'");
            var parts = TextFields.Split(line, '=');
            var key = parts[0];
            var value = new Field(line[(eq + 1)..].Trim(), eq + 2 + (line[(eq + 1)..].Length - line[(eq + 1)..].TrimStart().Length));
            var name = key.Text.ToLowerInvariant();
            if (name.Length == 0) throw new LanchesterFormatException(fileName, number, key.Column, "missing key before '='");
            if (!Keys.Contains(name)) throw new LanchesterFormatException(fileName, number, key.Column, $"unknown key '{key.Text}' (known: {string.Join(", ", Keys)})");
            if (value.Text.Length == 0) throw new LanchesterFormatException(fileName, number, value.Column, $"'{key.Text}' has no value");
            if (name.EndsWith(".reinforcement", StringComparison.Ordinal))
            {
                reinforcements.Add((name.StartsWith("attacker", StringComparison.Ordinal) ? ForceSide.Attacker : ForceSide.Defender, number, value));
                continue;
            }
            if (entries.TryGetValue(name, out var first))
                throw new LanchesterFormatException(fileName, number, key.Column, $"'{key.Text}' is given twice (first on line {first.Line})");
            entries[name] = (number, key, value);
        }
        return new Reader(fileName, entries, reinforcements).Build();
    }

    private static int FirstColumn(string line) => line.Length - line.TrimStart().Length + 1;

    private static string StripComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1]))) return line[..i];
        return line;
    }

    private sealed class Reader(
        string fileName,
        Dictionary<string, (int Line, Field Key, Field Value)> entries,
        List<(ForceSide Side, int Line, Field Value)> reinforcements)
    {
        public LanchesterSpec Build()
        {
            var (lawLine, lawValue) = Required("law");
            var law = lawValue.Text.ToLowerInvariant();
            if (!Laws.Contains(law)) throw Error(lawLine, lawValue.Column, $"unknown law '{lawValue.Text}' (known: {string.Join(", ", Laws)})");
            if (law != "helmbold" && entries.TryGetValue("w", out var w)) throw Error(w.Line, w.Key.Column, "'w' belongs to law = helmbold");
            if (law != "general")
                foreach (var k in ExponentKeys)
                    if (entries.TryGetValue(k, out var e)) throw Error(e.Line, e.Key.Column, $"'{e.Key.Text}' belongs to law = general");

            var a = Number("a", min: 0);
            var b = Number("b", min: 0);
            var x0 = Number("x0", min: 0);
            var y0 = Number("y0", min: 0);
            var model = law switch
            {
                "square" => LanchesterModel.Square(a, b, x0, y0),
                "linear" => LanchesterModel.Linear(a, b, x0, y0),
                "logarithmic" => LanchesterModel.Logarithmic(a, b, x0, y0),
                "mixed" => LanchesterModel.Mixed(a, b, x0, y0),
                "helmbold" => LanchesterModel.Helmbold(a, b, Number("w", min: 0, max: 1), x0, y0),
                _ => General(a, b, x0, y0),
            };
            model = model with
            {
                AttackerReinforcements = Schedule(ForceSide.Attacker),
                DefenderReinforcements = Schedule(ForceSide.Defender),
            };

            var settings = new IntegrationSettings(
                Number("days", min: 0, exclusive: true),
                Optional("step", IntegrationSettings.DefaultStep),
                Optional("output", 1));
            try
            {
                settings.Validate();
                model.Validate();
            }
            catch (ArgumentException e)
            {
                throw Error(0, 0, e.Message);
            }
            return new LanchesterSpec(Text("name", "Lanchester model"), model, settings, Text("attacker", "attacker"), Text("defender", "defender"));
        }

        private LanchesterModel General(double a, double b, double x0, double y0)
        {
            var p = entries.ContainsKey("p") ? Number("p", min: double.NegativeInfinity) : (double?)null;
            var q = entries.ContainsKey("q") ? Number("q", min: double.NegativeInfinity) : (double?)null;
            double Exponent(string key, double? shared) =>
                entries.ContainsKey(key) ? Number(key, min: double.NegativeInfinity)
                : shared ?? throw Error(0, 0, $"law = general needs '{key[^1]}' (or '{key}')");
            var ex = new Exponents(Exponent("attacker.p", p), Exponent("attacker.q", q));
            var ey = new Exponents(Exponent("defender.p", p), Exponent("defender.q", q));
            return new LanchesterModel(a, b, ex, ey, x0, y0);
        }

        private ReinforcementSchedule Schedule(ForceSide side)
        {
            var intervals = ImmutableArray.CreateBuilder<ReinforcementInterval>();
            foreach (var (s, line, value) in reinforcements.Where(r => r.Side == side))
            {
                var words = TextFields.Words(value.Text, value.Column);
                if (words.Count != 5 || !words[1].Text.Equals("from", StringComparison.OrdinalIgnoreCase) || !words[3].Text.Equals("to", StringComparison.OrdinalIgnoreCase))
                    throw Error(line, value.Column, "expected '<men> from <day> to <day>', e.g. '54000 from 0 to 1'");
                var men = Parse(line, words[0], "men");
                var from = Parse(line, words[2], "start day");
                var to = Parse(line, words[4], "end day");
                if (from < 0) throw Error(line, words[2].Column, $"the start day {TextFields.Number(from)} is before day 0");
                if (!(to > from)) throw Error(line, words[4].Column, $"the end day {TextFields.Number(to)} must come after the start day {TextFields.Number(from)}");
                intervals.Add(new ReinforcementInterval(from, to, men));
            }
            return intervals.Count == 0 ? ReinforcementSchedule.None : new ReinforcementSchedule(intervals.ToImmutable());
        }

        private double Parse(int line, Field f, string what) =>
            TextFields.TryNumber(f.Text, out var v) ? v : throw Error(line, f.Column, $"{what}: '{f.Text}' is not a number");

        private (int Line, Field Value) Required(string key) =>
            entries.TryGetValue(key, out var e) ? (e.Line, e.Value) : throw Error(0, 0, $"missing key '{key}'");

        private double Number(string key, double min, double max = double.PositiveInfinity, bool exclusive = false)
        {
            var (line, f) = Required(key);
            var v = Parse(line, f, key);
            if (v < min || (exclusive && v == min) || v > max)
            {
                var range = max < double.PositiveInfinity ? $"between {TextFields.Number(min)} and {TextFields.Number(max)}" : exclusive ? $"> {TextFields.Number(min)}" : $"≥ {TextFields.Number(min)}";
                throw Error(line, f.Column, $"{key} = {f.Text} must be {range}");
            }
            return v;
        }

        private double Optional(string key, double fallback) =>
            entries.ContainsKey(key) ? Number(key, 0, exclusive: true) : fallback;

        private string Text(string key, string fallback) => entries.TryGetValue(key, out var e) ? e.Value.Text : fallback;

        private LanchesterFormatException Error(int line, int column, string problem) => new(fileName, line, column, problem);
    }
}
