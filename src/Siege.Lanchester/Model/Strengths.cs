namespace Siege.Lanchester.Model;

/// <summary>The two sides of a Lanchester model: X, the attacker, and Y, the defender.</summary>
public enum ForceSide
{
    Attacker,
    Defender,
}

/// <summary>The strengths of both sides at one moment (men, or any unit the coefficients are given in).</summary>
public readonly record struct Strengths(double Attacker, double Defender)
{
    public double this[ForceSide side] => side == ForceSide.Attacker ? Attacker : Defender;

    public Strengths With(ForceSide side, double value) =>
        side == ForceSide.Attacker ? this with { Attacker = value } : this with { Defender = value };

    public override string ToString() => $"(attacker {Attacker:0.###}, defender {Defender:0.###})";
}
