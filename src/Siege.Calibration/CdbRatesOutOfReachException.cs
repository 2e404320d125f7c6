using System.Globalization;

namespace Siege.Calibration;

/// <summary>
/// The two kill rates cannot bring the runs' daily losses to the CDB90 fit's medians: the search ended with a side
/// still losing men at a rate far from its target. In a model where most losses come from break-ins, close combat
/// and bombardment rather than from the fire fight the kill rates scale, the rates alone cannot centre a prior: there
/// is none to give. A finding about the model and scenario, which hosts turn into a message.
/// </summary>
public sealed class CdbRatesOutOfReachException(RateMatchStep last)
    : Exception(string.Create(CultureInfo.InvariantCulture,
        $"the kill rates alone cannot bring the runs to the CDB90 median loss rates: at {last.AttackerKillRate:G3} and {last.DefenderKillRate:G3} the attacker loses {last.SimulatedAttackerRate:0.###%} a day (target {last.TargetAttackerRate:0.###%}) and the defender {last.SimulatedDefenderRate:0.###%} (target {last.TargetDefenderRate:0.###%})"))
{
    /// <summary>The last step of the search.</summary>
    public RateMatchStep Last { get; } = last;
}
