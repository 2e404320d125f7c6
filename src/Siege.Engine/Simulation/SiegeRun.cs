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
    private readonly RandomStreams _random;
    // Sized for a long siege up front: growing these lists was a measurable share of a run's time.
    private readonly List<ChronicleEntry> _chronicle = new(1024);
    private readonly List<DailySnapshot> _days = new(128);
    private readonly List<OffensiveSpan> _offensives = [];

    // Positions, by index into the model's position array.
    private readonly Side[] _holder;
    private readonly bool[] _attackerPresent;
    private readonly int[] _garrison;
    private readonly int[] _planned;
    private readonly int[] _occupiers;
    private readonly int[] _assault;
    private readonly int[] _assaultStart;
    private readonly double[] _assaultRiver;
    private readonly int[] _counter;
    private readonly int[] _counterStart;
    private readonly double[] _condition;
    private readonly int[] _gasUntil;
    private readonly double[] _gasIntensity;
    private readonly int[] _lostAt;
    private readonly int[] _firstLost;
    private readonly int[] _changes;
    private readonly bool[] _crossingOpen;
    private readonly Xoshiro256StarStar[] _combatStreams;
    private readonly Xoshiro256StarStar[] _counterStreams;
    private readonly List<int> _frontier = [];

    private int _hour;
    private int _nextDefenderArrival;
    private int _nextAttackerArrival;
    private int _nextEvent;
    private Outcome? _outcome;
    private ulong _hash = StableHash.OffsetBasis;

    public SiegeRun(SiegeModel model, ulong seed)
    {
        _model = model;
        _scenario = model.Scenario;
        _random = new RandomStreams(seed);
        var n = model.Positions.Length;
        _holder = model.Positions.Select(p => p.HeldBy).ToArray();
        _attackerPresent = new bool[n];
        _garrison = new int[n];
        _planned = new int[n];
        _occupiers = new int[n];
        _assault = new int[n];
        _assaultStart = new int[n];
        _assaultRiver = new double[n];
        _counter = new int[n];
        _counterStart = new int[n];
        _condition = Enumerable.Repeat(1.0, n).ToArray();
        _gasUntil = Enumerable.Repeat(-1, n).ToArray();
        _gasIntensity = new double[n];
        _lostAt = Enumerable.Repeat(-1, n).ToArray();
        _firstLost = Enumerable.Repeat(-1, n).ToArray();
        _changes = new int[n];
        _crossingOpen = Enumerable.Repeat(true, model.CrossingIndex.Count).ToArray();
        // Per-position streams ("combat/<id>", "counterattack/<id>"), from names hashed once by the model.
        _combatStreams = model.CombatStreamKeys.Select(k => RandomStreams.Create(seed, k)).ToArray();
        _counterStreams = model.CounterattackStreamKeys.Select(k => RandomStreams.Create(seed, k)).ToArray();
        InitialiseSupplies();
    }

    private int Hours => _scenario.HorizonHours;

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

            if (_outcome is null) CheckCeaseFire();
            if (_outcome is not null || _hour == Hours || HourOfDay(_hour) == 23) TakeSnapshot();
            if (_outcome is not null) break;
        }
        var endHour = Math.Min(_hour, Hours);
        _outcome ??= Outcome.Held;
        CloseOpenOffensive(endHour);
        return BuildResult(endHour);
    }

    private int MinuteOfDay(int hour) => ((_scenario.Start.Hour * 60 + _scenario.Start.Minute + hour * 60) % 1440 + 1440) % 1440;

    private int HourOfDay(int hour) => MinuteOfDay(hour) / 60;

    private bool IsNight(int hour) => _scenario.Daylight.IsNight(MinuteOfDay(hour));

    private void Record(ChronicleKind kind, string? subject = null, string? target = null, int men = 0, long amount = 0, int ordinal = 0) =>
        _chronicle.Add(new ChronicleEntry(_hour, kind, subject, target, men, amount, ordinal));

    private bool ApproachOpen(int position, int neighbourSlot)
    {
        var crossing = _model.NeighborCrossing[position][neighbourSlot];
        return crossing < 0 || _crossingOpen[crossing];
    }
}
