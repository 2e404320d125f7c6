namespace Siege.Engine.Domain;

public enum Side
{
    Defender,
    Attacker,
}

/// <summary>
/// What a scenario calls one side. <see cref="Name"/> is the Chinese noun running text uses for the side and
/// composes with what follows it (日军 + 突击步兵, 守军 + 据守); <see cref="NameEn"/> is the English name
/// (e.g. "Japanese"). The engine never reads either.
/// </summary>
public sealed record SideName(string Name, string NameEn);

/// <summary>The names of both sides, from the scenario; a scenario that names neither has <see cref="Roles"/>.</summary>
public sealed record SideNames(SideName Defender, SideName Attacker)
{
    /// <summary>The sides named by their roles alone, for a scenario that does not name them.</summary>
    public static readonly SideNames Roles = new(new SideName("守方", "defenders"), new SideName("攻方", "attackers"));

    public SideName Of(Side side) => side == Side.Defender ? Defender : Attacker;
}
