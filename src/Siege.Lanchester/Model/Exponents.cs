namespace Siege.Lanchester.Model;

/// <summary>
/// How one side's losses depend on the strengths: loss rate = coefficient · own^<see cref="Own"/> · enemy^<see cref="Enemy"/>.
/// Own = 0, Enemy = 1 is aimed fire (losses grow with the number of enemy firers only); Own = 1, Enemy = 1 is area
/// fire (the enemy fires into an area, and hits grow with how densely it is occupied); Own = 1, Enemy = 0 is loss in
/// proportion to one's own strength (disease, desertion, fire at whoever shows up). Negative exponents are allowed,
/// because fits to real battles sometimes give them; a side at zero neither loses nor inflicts losses whatever the exponent.
/// </summary>
public readonly record struct Exponents(double Own, double Enemy)
{
    public static Exponents AimedFire { get; } = new(0, 1);
    public static Exponents AreaFire { get; } = new(1, 1);
    public static Exponents OwnStrength { get; } = new(1, 0);

    internal void Validate(string side)
    {
        if (!double.IsFinite(Own)) throw new ArgumentException($"the {side}'s own-strength exponent must be finite, not {Own}");
        if (!double.IsFinite(Enemy)) throw new ArgumentException($"the {side}'s enemy-strength exponent must be finite, not {Enemy}");
    }
}
