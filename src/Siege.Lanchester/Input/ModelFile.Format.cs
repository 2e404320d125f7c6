using System.Text;
using Siege.Lanchester.Model;

namespace Siege.Lanchester.Input;

// Writing a model file: the inverse of Parse, so that a spec survives a round trip through text unchanged.
public static partial class ModelFile
{
    /// <summary>The model file for <paramref name="spec"/>; <see cref="Parse"/> reads it back to an equal spec.</summary>
    public static string Format(LanchesterSpec spec)
    {
        foreach (var label in new[] { spec.Name, spec.AttackerName, spec.DefenderName })
            if (label.Contains('\n') || label.Contains('\r') || label.Contains(" #") || label.Contains("\t#") || label.StartsWith('#') || label != label.Trim())
                throw new ArgumentException($"'{label}' cannot be written on one line of a model file");
        var m = spec.Model;
        var sb = new StringBuilder();
        void Line(string key, string value) => sb.Append(key).Append(" = ").Append(value).Append('\n');
        void Num(string key, double value) => Line(key, TextFields.Number(value));

        Line("name", spec.Name);
        Line("attacker", spec.AttackerName);
        Line("defender", spec.DefenderName);
        var law = m.Law;
        Line("law", law.ToString().ToLowerInvariant());
        Num("a", m.A);
        Num("b", m.B);
        if (law == LanchesterLaw.General)
        {
            if (m.AttackerExponents == m.DefenderExponents)
            {
                Num("p", m.AttackerExponents.Own);
                Num("q", m.AttackerExponents.Enemy);
            }
            else
            {
                Num("attacker.p", m.AttackerExponents.Own);
                Num("attacker.q", m.AttackerExponents.Enemy);
                Num("defender.p", m.DefenderExponents.Own);
                Num("defender.q", m.DefenderExponents.Enemy);
            }
        }
        Num("x0", m.X0);
        Num("y0", m.Y0);
        Num("days", spec.Settings.Days);
        Num("step", spec.Settings.Step);
        Num("output", spec.Settings.OutputInterval);
        foreach (var (key, schedule) in new[] { ("attacker.reinforcement", m.AttackerReinforcements), ("defender.reinforcement", m.DefenderReinforcements) })
            if (!schedule.IsEmpty)
                foreach (var i in schedule.Intervals)
                    Line(key, $"{TextFields.Number(i.Men)} from {TextFields.Number(i.From)} to {TextFields.Number(i.To)}");
        return sb.ToString();
    }
}
