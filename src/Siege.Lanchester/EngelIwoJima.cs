using Siege.Lanchester.Integration;
using Siege.Lanchester.Model;

namespace Siege.Lanchester;

/// <summary>
/// Engel's (1954) square-law model of Iwo Jima, from FACTS.md §9 (J. H. Engel, "A verification of Lanchester's law",
/// J. Operations Research Soc. of America 2(2):163–171). Time in days; the attacker is M, US troops ashore, the
/// defender N, the Japanese garrison:
/// <code>
///   dM/dt = P(t) − a·N,  a = 0.0544 (US put out of action per Japanese per day)
///   dN/dt = −b·M,        b = 0.0106 (Japanese put out of action per American per day)
/// </code>
/// with M(0) = 0, N(0) = 21,500, no Japanese reinforcement, and landings of 54,000 men during day 0–1, 6,000 during
/// day 2–3 and 13,000 during day 5–6, each spread evenly over its day.
/// </summary>
public static class EngelIwoJima
{
    public const double A = 0.0544;
    public const double B = 0.0106;
    public const double JapaneseInitial = 21_500;

    public static ReinforcementSchedule Landings { get; } = ReinforcementSchedule.Of(
        new ReinforcementInterval(0, 1, 54_000),
        new ReinforcementInterval(2, 3, 6_000),
        new ReinforcementInterval(5, 6, 13_000));

    public static LanchesterModel Model { get; } =
        LanchesterModel.Square(A, B, 0, JapaneseInitial) with { AttackerReinforcements = Landings };

    /// <summary>Forty days: the garrison reaches zero on day 36.39 of the model, and the last days show the US strength holding.</summary>
    public static LanchesterSpec Spec { get; } = new(
        "Iwo Jima, 1945 (Engel 1954)",
        Model,
        new IntegrationSettings(40),
        "US troops ashore (M)",
        "Japanese garrison (N)");
}
