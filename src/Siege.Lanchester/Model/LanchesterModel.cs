using System.Text.Json.Serialization;

namespace Siege.Lanchester.Model;

/// <summary>
/// Attrition between an attacker X (strength x) and a defender Y (strength y), time in days:
/// <code>
///   dx/dt = P(t) − a · x^px · y^qx
///   dy/dt = Q(t) − b · y^py · x^qy
/// </code>
/// <see cref="A"/> is the defender's effectiveness against the attacker, <see cref="B"/> the attacker's against the
/// defender; the exponents are per side so that Deitchman's mixed law, where the two sides fight differently, is
/// one model among the others. P and Q are the reinforcement schedules. A side at 0 inflicts no losses.
/// </summary>
public sealed record LanchesterModel(
    double A,
    double B,
    Exponents AttackerExponents,
    Exponents DefenderExponents,
    double X0,
    double Y0)
{
    /// <summary>P(t), the attacker's reinforcements.</summary>
    public ReinforcementSchedule AttackerReinforcements { get; init; } = ReinforcementSchedule.None;

    /// <summary>Q(t), the defender's reinforcements.</summary>
    public ReinforcementSchedule DefenderReinforcements { get; init; } = ReinforcementSchedule.None;

    [JsonIgnore]
    public Strengths Initial => new(X0, Y0);

    [JsonIgnore]
    public bool HasReinforcements => !AttackerReinforcements.IsEmpty || !DefenderReinforcements.IsEmpty;

    public LanchesterLaw Law => Classify(AttackerExponents, DefenderExponents);

    public ReinforcementSchedule ReinforcementsOf(ForceSide side) =>
        side == ForceSide.Attacker ? AttackerReinforcements : DefenderReinforcements;

    public static LanchesterModel Square(double a, double b, double x0, double y0) => new(a, b, Exponents.AimedFire, Exponents.AimedFire, x0, y0);

    public static LanchesterModel Linear(double a, double b, double x0, double y0) => new(a, b, Exponents.AreaFire, Exponents.AreaFire, x0, y0);

    public static LanchesterModel Logarithmic(double a, double b, double x0, double y0) => new(a, b, Exponents.OwnStrength, Exponents.OwnStrength, x0, y0);

    /// <summary>Deitchman's guerrilla model: the attacker takes aimed fire, the concealed defender area fire.</summary>
    public static LanchesterModel Mixed(double a, double b, double x0, double y0) => new(a, b, Exponents.AimedFire, Exponents.AreaFire, x0, y0);

    /// <summary>The generalised exponent law dx/dt = −a·x^p·y^q, dy/dt = −b·y^p·x^q.</summary>
    public static LanchesterModel Generalised(double a, double b, double p, double q, double x0, double y0) =>
        new(a, b, new Exponents(p, q), new Exponents(p, q), x0, y0);

    /// <summary>
    /// Helmbold's modification of the square law: the aimed-fire coefficient is scaled by a power of the force
    /// ratio, dx/dt = −a·(x/y)^(1−W)·y = −a·x^(1−W)·y^W, and symmetrically for y. It is the generalised law with
    /// p = 1 − W, q = W: W = 1 is the square law, W = 0 the logarithmic law, and the state equation is
    /// b·x^(2W) − a·y^(2W) = constant.
    /// </summary>
    public static LanchesterModel Helmbold(double a, double b, double w, double x0, double y0) => Generalised(a, b, 1 - w, w, x0, y0);

    /// <summary>The model of a named law; <see cref="LanchesterLaw.General"/> has no fixed exponents and is refused.</summary>
    public static LanchesterModel Of(LanchesterLaw law, double a, double b, double x0, double y0) => law switch
    {
        LanchesterLaw.Square => Square(a, b, x0, y0),
        LanchesterLaw.Linear => Linear(a, b, x0, y0),
        LanchesterLaw.Logarithmic => Logarithmic(a, b, x0, y0),
        LanchesterLaw.Mixed => Mixed(a, b, x0, y0),
        _ => throw new ArgumentException("the general law needs its exponents: use Generalised or Helmbold", nameof(law)),
    };

    /// <summary>The exponents of a named law, attacker then defender.</summary>
    public static (Exponents Attacker, Exponents Defender) ExponentsOf(LanchesterLaw law) => law switch
    {
        LanchesterLaw.Square => (Exponents.AimedFire, Exponents.AimedFire),
        LanchesterLaw.Linear => (Exponents.AreaFire, Exponents.AreaFire),
        LanchesterLaw.Logarithmic => (Exponents.OwnStrength, Exponents.OwnStrength),
        LanchesterLaw.Mixed => (Exponents.AimedFire, Exponents.AreaFire),
        _ => throw new ArgumentException("the general law has no fixed exponents", nameof(law)),
    };

    public static LanchesterLaw Classify(Exponents attacker, Exponents defender)
    {
        if (attacker == Exponents.AimedFire && defender == Exponents.AreaFire) return LanchesterLaw.Mixed;
        if (attacker != defender) return LanchesterLaw.General;
        if (attacker == Exponents.AimedFire) return LanchesterLaw.Square;
        if (attacker == Exponents.AreaFire) return LanchesterLaw.Linear;
        if (attacker == Exponents.OwnStrength) return LanchesterLaw.Logarithmic;
        return LanchesterLaw.General;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first value that makes the model meaningless.</summary>
    public void Validate()
    {
        if (!double.IsFinite(A) || A < 0) throw new ArgumentException($"a must be finite and ≥ 0, not {A}");
        if (!double.IsFinite(B) || B < 0) throw new ArgumentException($"b must be finite and ≥ 0, not {B}");
        if (!double.IsFinite(X0) || X0 < 0) throw new ArgumentException($"x0 must be finite and ≥ 0, not {X0}");
        if (!double.IsFinite(Y0) || Y0 < 0) throw new ArgumentException($"y0 must be finite and ≥ 0, not {Y0}");
        AttackerExponents.Validate("attacker");
        DefenderExponents.Validate("defender");
        AttackerReinforcements.Validate();
        DefenderReinforcements.Validate();
    }
}
