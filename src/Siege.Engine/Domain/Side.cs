namespace Siege.Engine.Domain;

public enum Side
{
    Defender,
    Attacker,
}
