namespace Siege.Lanchester.Model;

/// <summary>The named forms of the attrition equations dx/dt = −a·x^p·y^q, dy/dt = −b·y^p·x^q.</summary>
public enum LanchesterLaw
{
    /// <summary>p = 0, q = 1 on both sides: aimed fire. dx/dt = −a·y, dy/dt = −b·x. Conserves b·x² − a·y².</summary>
    Square,

    /// <summary>p = 1, q = 1 on both sides: area fire. dx/dt = −a·x·y, dy/dt = −b·x·y. Conserves b·x − a·y.</summary>
    Linear,

    /// <summary>p = 1, q = 0 on both sides: losses in proportion to one's own strength. Conserves b·ln x − a·ln y.</summary>
    Logarithmic,

    /// <summary>
    /// Deitchman's guerrilla model: the attacker X is hit by the defender's aimed fire (dx/dt = −a·y), the concealed
    /// defender Y only by the attacker's area fire (dy/dt = −b·x·y). Conserves b·x² − 2a·y.
    /// </summary>
    Mixed,

    /// <summary>Any other exponents, including Helmbold's form (p = 1 − W, q = W; see <see cref="LanchesterModel.Helmbold"/>).</summary>
    General,
}
