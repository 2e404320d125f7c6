using Siege.Engine.Randomness;

namespace Siege.Engine.Simulation;

// The defender's wounded: they stay in the encircled city, where each day some die and some return to duty.
internal sealed partial class SiegeRun
{
    private Xoshiro256StarStar? _woundedStream;
    private static readonly ulong WoundedStreamKey = StableHash.Fnv1a64("defender/wounded");

    private Xoshiro256StarStar WoundedStream => _woundedStream ??= RandomStreams.Create(_seed, WoundedStreamKey);

    /// <summary>
    /// Once a day: of the wounded in the city, diedOfWoundsPerDay die and returnToDutyPerDay go back to the reserve
    /// (binomial draws, kind of combat by kind). The attacker's wounded were evacuated and are only counted.
    /// </summary>
    private void TreatWounded()
    {
        _defender.Reserve += _casualties.TreatDefenderWounded(_model.WoundedDied, _model.WoundedReturned, WoundedStream);
    }
}
