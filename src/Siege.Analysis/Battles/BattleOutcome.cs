namespace Siege.Analysis.Battles;

/// <summary>WINA, with the source's values: the tidy table blanks −1, so a loss must be read from the patched file.</summary>
public enum BattleOutcome
{
    AttackerLost = -1,
    Draw = 0,
    AttackerWon = 1,
    Unknown = -9,
}
