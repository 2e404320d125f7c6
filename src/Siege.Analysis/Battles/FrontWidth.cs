namespace Siege.Analysis.Battles;

/// <summary>A width of front (km) and when it took effect, if the source says; the first is the one at the start.</summary>
public sealed record FrontWidth(double? AttackerKm, double? DefenderKm, DateOnly? From, int? FromClock);
