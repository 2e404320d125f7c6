using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

/// <summary>
/// One run of a siege: owns every piece of mutable state, advances it hour by hour and returns an immutable
/// <see cref="RunResult"/>. Split into partial files by concern (events, attacker, defender, combat, relief, ending).
/// </summary>
internal sealed partial class SiegeRun
{
    private readonly SiegeModel _model;
    private readonly Scenario _scenario;
    private readonly ulong _seed;
    private readonly IRunObserver? _observer;
    private readonly RunDetail _detail;
    // Borrowed from the thread (see RunBuffers) and given back at the end of the run.
    private readonly RunWorkspace _workspace;
    private readonly List<ChronicleEntry> _chronicle;
    private readonly List<DailySnapshot> _days;
    // The map: every partial file reads it; the attacker's, the defender's and the casualties are declared in the
    // partial file that changes them (SiegeRun.Attacker, SiegeRun.Defender, SiegeRun.Combat).
    private readonly PositionsState _positions;
    private readonly ArrivalTimetable _arrivals;
    private readonly Xoshiro256StarStar?[] _combatStreams;
    private readonly Xoshiro256StarStar?[] _counterStreams;

    private int _hour;
    private int _nextDefenderArrival;
    private int _nextAttackerArrival;
    private int _nextEvent;
    private Outcome? _outcome;
    private EndReason _endReason = EndReason.Horizon;
    private ulong _hash = StableHash.OffsetBasis;

    public SiegeRun(SiegeModel model, ulong seed, RunDetail detail = RunDetail.Full, IRunObserver? observer = null)
    {
        _model = model;
        _scenario = model.Scenario;
        _seed = seed;
        _detail = detail;
        _observer = observer;
        var w = _workspace = RunBuffers.Rent(model, seed);
        _arrivals = w.Arrivals;
        _chronicle = w.Chronicle;
        _days = w.Days;
        _positions = w.Positions;
        _attacker = w.Attacker;
        _defender = w.Defender;
        _casualties = w.Casualties;
        // Per-position streams ("combat/<id>", "counterattack/<id>") are created when first drawn from (see
        // CombatStream): most positions never see a fight, and a stream depends only on the seed and its name.
        _combatStreams = w.CombatStreams;
        _counterStreams = w.CounterStreams;
    }

    private int Hours => _scenario.HorizonHours;

    // The streams, each created on first use from the seed and its name hashed once by the model. A stream's numbers
    // do not depend on when it is created, so creating them lazily changes no draw.
    private Xoshiro256StarStar? _targetingStream, _bombardmentStream, _airRaidStream, _alliedAirStream, _reliefStream;

    private Xoshiro256StarStar CombatStream(int i) => _combatStreams[i] ??= RandomStreams.Create(_seed, _model.CombatStreamKeys[i]);
    private Xoshiro256StarStar CounterattackStream(int i) => _counterStreams[i] ??= RandomStreams.Create(_seed, _model.CounterattackStreamKeys[i]);
    private Xoshiro256StarStar TargetingStream => _targetingStream ??= RandomStreams.Create(_seed, SiegeModel.TargetingStreamKey);
    private Xoshiro256StarStar BombardmentStream => _bombardmentStream ??= RandomStreams.Create(_seed, SiegeModel.BombardmentStreamKey);
    private Xoshiro256StarStar AirRaidStream => _airRaidStream ??= RandomStreams.Create(_seed, SiegeModel.AirRaidStreamKey);
    private Xoshiro256StarStar AlliedAirStream => _alliedAirStream ??= RandomStreams.Create(_seed, SiegeModel.AlliedAirStreamKey);
    private Xoshiro256StarStar ReliefStream => _reliefStream ??= RandomStreams.Create(_seed, SiegeModel.ReliefStreamKey);

    public RunResult Execute()
    {
        for (_hour = 0; _hour <= Hours; _hour++)
        {
            ApplyArrivals();
            ApplyEvents();
            var night = IsNight(_hour);
            var dusk = night && !IsNight(_hour - 1);
            var dawn = !night && IsNight(_hour - 1);

            if (dusk) ReinforceThreatenedPositions();
            if (night) LaunchCounterattacks();
            DecideOffensive();
            AssignAssaultGroups();
            DrawDefenderAmmunition();
            Bombard();
            ResolveAssaults(night);
            if (night) ResolveCounterattacks();
            ResolveRelief();
            if (dawn)
            {
                EndCounterattacks();
                ReleaseIdleOccupiers();
            }
            if (night) RepairFortifications();

            if (_outcome is null && _model.SnapshotAt[_hour]) TreatWounded();
            if (_outcome is null) CheckCeaseFire();
            if (_outcome is not null || _hour == Hours || _model.SnapshotAt[_hour]) TakeSnapshot();
            if (_observer is not null) Observe(_observer);
            if (_outcome is not null) break;
        }
        var endHour = Math.Min(_hour, Hours);
        _outcome ??= Outcome.Held;
        CloseOpenOffensive(endHour);
        var result = BuildResult(endHour);
        RunBuffers.Return(_workspace);
        return result;
    }

    /// <summary>Hands the observer a copy of this hour's state; it reads, never writes, so the run is unchanged.</summary>
    private void Observe(IRunObserver observer)
    {
        var p = _positions;
        var attackers = new int[p.Holder.Length];
        for (var i = 0; i < attackers.Length; i++) attackers[i] = _attacker.Assault[i] + p.Occupiers[i];
        observer.OnHour(new HourFrame(
            _hour,
            [.. p.Holder],
            [.. p.Garrison],
            [.. attackers],
            DefenderCombatants(),
            _defender.Reserve,
            AssaultInfantry(),
            _attacker.Shells,
            _defender.Firepower,
            [.. _defender.Stock],
            _attacker.OffensiveActive,
            _casualties.Defender,
            _casualties.Attacker));
    }

    // Hour -1 is at index 0: the hour before the start counts for dusk and dawn at hour 0.
    private bool IsNight(int hour) => _model.NightAt[hour + 1];

    private void Record(ChronicleKind kind, string? subject = null, string? target = null, int men = 0, long amount = 0, int ordinal = 0) =>
        _chronicle.Add(new ChronicleEntry(_hour, kind, subject, target, men, amount, ordinal));

    private bool ApproachOpen(int position, int neighbourSlot)
    {
        var crossing = _model.NeighborCrossing[position][neighbourSlot];
        return crossing < 0 || _positions.CrossingOpen[crossing];
    }
}
