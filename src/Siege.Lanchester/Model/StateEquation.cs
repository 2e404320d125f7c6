namespace Siege.Lanchester.Model;

/// <summary>
/// The quantity the attrition equations conserve while neither side is reinforced or at zero. Dividing the two
/// equations gives dx/dy = (a/b)·x^(px−qy)·y^(qx−py); separating variables and integrating gives
/// b·F(x; qy − px + 1) − a·F(y; qx − py + 1) = constant, with F(u; k) = u^k / k, or ln u when k = 0.
/// </summary>
public static class StateEquation
{
    /// <summary>
    /// The conserved quantity of <paramref name="model"/>'s law at <paramref name="s"/>. When both sides have the same
    /// exponents (p, q) it is written b·x^k − a·y^k with k = 1 + q − p (k = 0: b·ln x − a·ln y), which is b·x² − a·y²
    /// for the square law, b·x − a·y for the linear law, and b·x^(2W) − a·y^(2W) for Helmbold's. Otherwise it is the
    /// general form above: for the mixed law b·x²/2 − a·y, half of the usual b·x² − 2a·y.
    /// </summary>
    public static double Invariant(LanchesterModel model, Strengths s)
    {
        var (ex, ey) = (model.AttackerExponents, model.DefenderExponents);
        var kx = ey.Enemy - ex.Own + 1;
        var ky = ex.Enemy - ey.Own + 1;
        if (ex == ey) return kx == 0 ? model.B * Math.Log(s.Attacker) - model.A * Math.Log(s.Defender) : model.B * Math.Pow(s.Attacker, kx) - model.A * Math.Pow(s.Defender, ky);
        return model.B * Primitive(s.Attacker, kx) - model.A * Primitive(s.Defender, ky);
    }

    /// <summary>
    /// The square law with constant reinforcement rates P (attacker) and Q (defender) still has a state equation:
    /// b·x² − a·y² + 2P·y − 2Q·x is constant (differentiate it and substitute the equations: the terms cancel in pairs).
    /// Engel's Iwo Jima model conserves it during each landing interval.
    /// </summary>
    public static double SquareLawWithReinforcement(double a, double b, Strengths s, double attackerRate, double defenderRate) =>
        b * s.Attacker * s.Attacker - a * s.Defender * s.Defender + 2 * attackerRate * s.Defender - 2 * defenderRate * s.Attacker;

    private static double Primitive(double u, double k) => k == 0 ? Math.Log(u) : Math.Pow(u, k) / k;
}
