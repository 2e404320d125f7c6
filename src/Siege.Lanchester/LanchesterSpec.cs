using Siege.Lanchester.Integration;
using Siege.Lanchester.Model;

namespace Siege.Lanchester;

/// <summary>What a model file describes: a model, how to integrate it, and what to call things when printing.</summary>
public sealed record LanchesterSpec(
    string Name,
    LanchesterModel Model,
    IntegrationSettings Settings,
    string AttackerName = "attacker",
    string DefenderName = "defender")
{
    public LanchesterResult Run() => LanchesterIntegrator.Integrate(Model, Settings);
}
