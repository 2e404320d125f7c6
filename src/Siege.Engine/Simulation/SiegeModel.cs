using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

/// <summary>
/// A scenario compiled once into arrays (indices, adjacency, the schedule of events and arrivals) so that each run
/// does no look-ups by name. Immutable and safe to share between threads; <see cref="Run(ulong, RunDetail)"/> owns all run state.
/// </summary>
public sealed class SiegeModel
{
    /// <summary>
    /// The version of what the engine makes of a scenario: a run of one scenario, variant and seed is the same run for
    /// as long as this stays the same, so stored runs are keyed by it as well (see the run store). Raise it in the
    /// commit that changes any run (the golden hash test in DeterminismTests fails then); a change that only makes the
    /// engine faster, with every run the same, leaves it.
    /// </summary>
    public const string ModelVersion = "2.0";

    private SiegeModel(Scenario scenario)
    {
        Scenario = scenario;
        Positions = [.. scenario.Map.Positions];
        PositionIndex = Positions.Select((p, i) => (p.Id, i)).ToDictionary(t => t.Id, t => t.i, StringComparer.Ordinal);
        var crossings = scenario.Map.Rivers.SelectMany(r => r.Crossings).ToArray();
        CrossingIndex = crossings.Select((c, i) => (c.Id, i)).ToDictionary(t => t.Id, t => t.i, StringComparer.Ordinal);
        Crossings = crossings;
        (Neighbors, NeighborCrossing) = BuildAdjacency(scenario.Map, PositionIndex, CrossingIndex, Positions.Length);
        BaseDefence = Positions.Select(p => TerrainMultiplier(p.Terrain, scenario.Combat)).ToArray();
        ArrivalWindows = BuildArrivalWindows(scenario);
        DefenderArrivals = BuildDefenderArrivals(scenario, PositionIndex, ArrivalWindows);
        Formations = BuildFormations(scenario, PositionIndex);
        AttackerArrivals = BuildAttackerArrivals(scenario, Formations, ArrivalWindows);
        AxisProximity = BuildAxisProximity(Formations, Positions, scenario.AttackerDoctrine.AxisScaleKm.Value);
        Schedule = BuildSchedule(scenario);
        ShellSupply = scenario.Supplies.Attacker.FirstOrDefault(s => s.UsePerGunHour is not null);
        AttackerUnits = scenario.Forces.Attacker.Leaves().ToDictionary(u => u.Id, StringComparer.Ordinal);
        CombatStreamKeys = Positions.Select(p => StableHash.Fnv1a64("combat/" + p.Id)).ToArray();
        CounterattackStreamKeys = Positions.Select(p => StableHash.Fnv1a64("counterattack/" + p.Id)).ToArray();
        PostureFull = Positions.Select(p => FullPosture(p.Fortification, scenario.Combat)).ToArray();
        PostureFloor = Positions.Select(p => p.Fortification == Fortification.None ? 1.0 : scenario.Combat.PostureHasty.Value).ToArray();
        KilledShare = Enum.GetValues<CombatKind>().Select(k => KilledShareOf(k, scenario.Combat) is { } share ? new BinomialTable(share.Value) : null).ToArray();
        var died = scenario.DefenderDoctrine.DiedOfWoundsPerDay.Value;
        WoundedDied = new BinomialTable(died);
        WoundedReturned = new BinomialTable(died >= 1 ? 0 : Math.Min(1, scenario.DefenderDoctrine.ReturnToDutyPerDay.Value / (1 - died)));
        CapturedWhenOverrun = new BinomialTable(scenario.DefenderDoctrine.CapturedWhenOverrun.Value);
        (NightAt, SnapshotAt) = BuildClock(scenario);
        KeyPositions = [.. Enumerable.Range(0, Positions.Length).Where(i => Positions[i].Key)];
        ByPriority = [.. KeyPositions, .. Enumerable.Range(0, Positions.Length).Where(i => !Positions[i].Key)];
        TargetMasks = Schedule.Select(s => s.Event switch
        {
            AirRaidEvent raid => TargetMask(raid.Targets),
            GasEvent gas => TargetMask(gas.Targets),
            _ => null,
        }).ToArray();
        DefenderUsePerManHour = [.. scenario.Supplies.Defender.Select(s => s.UsePerManHour?.Value ?? double.NaN)];
        DefenderFirepowerWeight = [.. scenario.Supplies.Defender.Select(s => s.FirepowerWeight)];
        var raidTables = new Dictionary<AirRaidEvent, BinomialTable>(ReferenceEqualityComparer.Instance);
        RaidLosses = Schedule.Select(s => s.Event is AirRaidEvent raid
            ? raidTables.TryGetValue(raid, out var table) ? table
                : raidTables[raid] = new BinomialTable(scenario.Combat.AirRaidLossFraction * raid.Intensity)
            : null).ToArray();
    }

    /// <summary>
    /// Each defender supply's use per man in a fight per hour (NaN for a supply not used that way, such as food) and
    /// its weight in the garrison's firepower, by index into the scenario's defender supplies: read every hour.
    /// </summary>
    internal double[] DefenderUsePerManHour { get; }
    internal double[] DefenderFirepowerWeight { get; }

    /// <summary>
    /// For each scheduled air raid, the draw of the men it puts out of action at a position (airRaidLossFraction ×
    /// the raid's intensity of them): the same numbers as <see cref="Sampling.Binomial"/>, without working out the
    /// probabilities again for each of the positions a daily raid visits. Null for other events.
    /// </summary>
    internal BinomialTable?[] RaidLosses { get; }

    /// <summary>
    /// The clock, read every hour, worked out once: whether hour h (from -1, the hour before the start, to the
    /// horizon) is a night hour at index h + 1, and whether hour h ends the day (23:00), when the snapshot is taken.
    /// </summary>
    internal bool[] NightAt { get; }
    internal bool[] SnapshotAt { get; }

    /// <summary>The key positions, by index: the only ones the garrison counter-attacks.</summary>
    internal int[] KeyPositions { get; }

    /// <summary>Positions in the order the reserve reinforces them: key positions first, then the rest, each by index.</summary>
    internal int[] ByPriority { get; }

    /// <summary>For each scheduled air raid or gas attack, which positions its targets include (null for other events).</summary>
    internal bool[]?[] TargetMasks { get; }

    private bool[] TargetMask(TargetSet targets) => Positions.Select(targets.Includes).ToArray();

    private static (bool[] Night, bool[] Snapshot) BuildClock(Scenario scenario)
    {
        var hours = scenario.HorizonHours;
        var night = new bool[hours + 2];
        var snapshot = new bool[hours + 1];
        for (var h = -1; h <= hours; h++)
        {
            var minute = ((scenario.Start.Hour * 60 + scenario.Start.Minute + h * 60) % 1440 + 1440) % 1440;
            night[h + 1] = scenario.Daylight.IsNight(minute);
            if (h >= 0) snapshot[h] = minute / 60 == 23;
        }
        return (night, snapshot);
    }

    /// <summary>Hashes of the names of the side-wide streams, computed once rather than in every run.</summary>
    internal static readonly ulong TargetingStreamKey = StableHash.Fnv1a64("attacker/targeting");
    internal static readonly ulong BombardmentStreamKey = StableHash.Fnv1a64("attacker/bombardment");
    internal static readonly ulong AirRaidStreamKey = StableHash.Fnv1a64("air/raids");
    internal static readonly ulong AlliedAirStreamKey = StableHash.Fnv1a64("air/allied");
    internal static readonly ulong ReliefStreamKey = StableHash.Fnv1a64("relief");
    internal static readonly ulong ArrivalStreamKey = StableHash.Fnv1a64("arrivals");

    /// <summary>
    /// Posture of each position's works when intact, and the floor they wear down to: read from the scenario's
    /// figures once here rather than through a switch and a chain of properties every hour.
    /// </summary>
    internal double[] PostureFull { get; }
    internal double[] PostureFloor { get; }

    /// <summary>
    /// Draws with the scenario's fixed shares (killed among losses, captured when overrun): about half of a run's
    /// binomial draws, a few men each, served from tables that give the same numbers as <see cref="Sampling.Binomial"/>.
    /// </summary>
    internal BinomialTable?[] KilledShare { get; }
    internal BinomialTable CapturedWhenOverrun { get; }

    /// <summary>
    /// A wounded man's day in the city: he dies of his wounds (diedOfWoundsPerDay), or, if he does not, returns to
    /// duty with returnToDutyPerDay / (1 − diedOfWoundsPerDay), so that returnToDutyPerDay of all the wounded return.
    /// </summary>
    internal BinomialTable WoundedDied { get; }
    internal BinomialTable WoundedReturned { get; }

    /// <summary>
    /// The killed share of the losses of each kind of combat (both sides); null for the kinds whose men are killed or
    /// captured by rules of their own (overrun, surrender).
    /// </summary>
    internal static Figure? KilledShareOf(CombatKind kind, CombatParameters c) => kind switch
    {
        CombatKind.Bombardment => c.KilledShareBombardment,
        CombatKind.FireFight or CombatKind.Relief or CombatKind.Counterattack => c.KilledShareFireFight,
        CombatKind.CloseCombat => c.KilledShareCloseCombat,
        CombatKind.Gas => c.KilledShareGas,
        CombatKind.AirRaid or CombatKind.AlliedAir => c.KilledShareAirRaid,
        CombatKind.Overrun or CombatKind.Surrender => null,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a kind of combat with no killed share"),
    };

    internal Dictionary<string, ForceUnit> AttackerUnits { get; }

    /// <summary>Hashes of the per-position stream names, computed once rather than in every run.</summary>
    internal ulong[] CombatStreamKeys { get; }
    internal ulong[] CounterattackStreamKeys { get; }

    public Scenario Scenario { get; }
    internal Position[] Positions { get; }
    internal Dictionary<string, int> PositionIndex { get; }
    internal Dictionary<string, int> CrossingIndex { get; }
    internal int[][] Neighbors { get; }
    /// <summary>For each neighbour, the index of the crossing the approach uses, or -1.</summary>
    internal int[][] NeighborCrossing { get; }
    /// <summary>Terrain multiplier of the defence at each position (posture is applied per hour, as it wears down).</summary>
    internal double[] BaseDefence { get; }
    /// <summary>Every river crossing, by its index in <see cref="CrossingIndex"/>.</summary>
    internal Crossing[] Crossings { get; }
    /// <summary>The distinct ranges of arrival hours, defender's units first, each in file order (see <see cref="ArrivalTimetable"/>).</summary>
    internal ArrivalWindow[] ArrivalWindows { get; }
    internal DefenderArrival[] DefenderArrivals { get; }
    internal AttackerArrival[] AttackerArrivals { get; }
    /// <summary>The attacker's formations: every leaf unit, in file order (one without men only brings guns).</summary>
    internal AttackerFormation[] Formations { get; }
    /// <summary>
    /// exp(-distance / axisScaleKm) from formation f's staging area to position i, at [f × positions + i]: how
    /// strongly f's axis points at i (1 everywhere for a formation with no staging area).
    /// </summary>
    internal double[] AxisProximity { get; }
    internal ScheduledEvent[] Schedule { get; }
    internal Supply? ShellSupply { get; }

    public static SiegeModel Compile(Scenario scenario) => new(scenario);

    /// <summary>Runs the siege once. The same model and seed always give the same result, bit for bit.</summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="detail">
    /// <see cref="RunDetail.WithoutChronicle"/> leaves the chronicle empty (everything else is the same, the hash
    /// included): for ensembles, which store no chronicle and would copy a few hundred entries per run for nothing.
    /// </param>
    public RunResult Run(ulong seed, RunDetail detail = RunDetail.Full) => new SiegeRun(this, seed, detail).Execute();

    /// <summary>Runs one seed and shows <paramref name="observer"/> the state at the end of every hour; the result is the same as <see cref="Run(ulong, RunDetail)"/>'s.</summary>
    public RunResult Run(ulong seed, IRunObserver observer) => new SiegeRun(this, seed, RunDetail.Full, observer).Execute();

    /// <summary>Posture of the works at position i in the given condition.</summary>
    internal double PostureMultiplier(int i, double condition)
    {
        // Works wear down towards a hasty defence: a wrecked bunker is still a hole in the ground.
        var floor = PostureFloor[i];
        return floor + (PostureFull[i] - floor) * condition;
    }

    private static double FullPosture(Fortification fortification, CombatParameters c) => fortification switch
    {
        Fortification.Fortified => c.PostureFortified,
        Fortification.Prepared => c.PosturePrepared,
        Fortification.Hasty => c.PostureHasty,
        _ => 1.0,
    };

    private static double TerrainMultiplier(Terrain terrain, CombatParameters c) => terrain switch
    {
        Terrain.Urban => c.TerrainUrban,
        Terrain.Hill => c.TerrainHill,
        Terrain.Paddy => c.TerrainPaddy,
        Terrain.Riverbank => c.TerrainRiverbank,
        Terrain.Village => c.TerrainVillage,
        _ => 1.0,
    };

    private static (int[][], int[][]) BuildAdjacency(SiegeMap map, Dictionary<string, int> index, Dictionary<string, int> crossings, int count)
    {
        var neighbors = Enumerable.Range(0, count).Select(_ => new List<(int To, int Crossing)>()).ToArray();
        foreach (var a in map.Approaches)
        {
            var from = index[a.From];
            var to = index[a.To];
            var crossing = a.CrossingId is null ? -1 : crossings[a.CrossingId];
            neighbors[from].Add((to, crossing));
            neighbors[to].Add((from, crossing));
        }
        return (
            neighbors.Select(l => l.Select(n => n.To).ToArray()).ToArray(),
            neighbors.Select(l => l.Select(n => n.Crossing).ToArray()).ToArray());
    }

    private static ArrivalWindow[] BuildArrivalWindows(Scenario scenario) =>
        [.. scenario.Forces.Defender.Leaves().Concat(scenario.Forces.Attacker.Leaves())
            .Where(u => u.ArrivalRange is not null && !u.NeverArrives)
            .Select(u => u.ArrivalRange!)
            .Distinct()];

    private static int WindowOf(ForceUnit unit, ArrivalWindow[] windows) =>
        unit.ArrivalRange is { } range && !unit.NeverArrives ? Array.IndexOf(windows, range) : -1;

    private static DefenderArrival[] BuildDefenderArrivals(Scenario scenario, Dictionary<string, int> index, ArrivalWindow[] windows) =>
        scenario.Forces.Defender.Leaves()
            .Where(u => u.Kind != UnitKind.Air && u.TotalStrength > 0)
            .Select(u => new DefenderArrival(
                u.ArrivesHour,
                WindowOf(u, windows),
                0,
                u.Id,
                u.Kind == UnitKind.Service,
                u.Quality,
                SplitByShare(u.TotalStrength, u.Deployment)
                    .Select(s => (s.At == DeploymentShare.Reserve ? -1 : index[s.At], s.Men)).ToArray()))
            .OrderBy(a => a.Hour)
            .ToArray();

    /// <summary>Splits men by shares so that the parts add up exactly (the remainder goes to the largest share).</summary>
    internal static IEnumerable<(string At, int Men)> SplitByShare(int men, ImmutableArray<DeploymentShare> shares)
    {
        if (shares.IsDefaultOrEmpty)
        {
            yield return (DeploymentShare.Reserve, men);
            yield break;
        }
        var parts = shares.Select(s => (s.At, Men: (int)Math.Floor(men * s.Share))).ToArray();
        var remainder = men - parts.Sum(p => p.Men);
        var largest = Array.IndexOf(parts, parts.MaxBy(p => p.Men));
        parts[largest] = (parts[largest].At, parts[largest].Men + remainder);
        foreach (var p in parts) yield return p;
    }

    private static AttackerFormation[] BuildFormations(Scenario scenario, Dictionary<string, int> index) =>
        scenario.Forces.Attacker.Leaves()
            .Select(u => new AttackerFormation(
                u.Id,
                u.Role,
                // Only riflemen storm positions: artillery, engineers, antitank and service men are at the city but
                // never in an assault group, and never in the force ratio.
                AssaultInfantry: u.Kind == UnitKind.Infantry && u.Role == AttackerRole.Assault,
                u.ArrivesAt is null ? -1 : index[u.ArrivesAt],
                u.Quality))
            .ToArray();

    private static AttackerArrival[] BuildAttackerArrivals(Scenario scenario, AttackerFormation[] formations, ArrivalWindow[] windows)
    {
        var byUnit = formations.Select((f, k) => (f.UnitId, k)).ToDictionary(t => t.UnitId, t => t.k, StringComparer.Ordinal);
        return scenario.Forces.Attacker.Leaves()
            .SelectMany(u => Spread(u).Select((part, k) => new AttackerArrival(
                part.Hour,
                WindowOf(u, windows),
                part.Hour - u.ArrivesHour,
                u.Id,
                byUnit[u.Id],
                // Aircrews fly from their airfields: their men are never at the city.
                u.Kind == UnitKind.Air ? 0 : part.Men,
                part.Guns,
                u.Quality,
                formations[byUnit[u.Id]].Staging,
                FirstOfUnit: k == 0)))
            .OrderBy(a => a.Hour)
            .ToArray();
    }

    private static double[] BuildAxisProximity(AttackerFormation[] formations, Position[] positions, double scaleKm)
    {
        var n = positions.Length;
        var proximity = new double[formations.Length * n];
        for (var f = 0; f < formations.Length; f++)
        {
            var staging = formations[f].Staging;
            for (var i = 0; i < n; i++)
            {
                if (staging < 0) { proximity[f * n + i] = 1; continue; }
                var dx = positions[i].X - positions[staging].X;
                var dy = positions[i].Y - positions[staging].Y;
                var d = Math.Sqrt(dx * dx + dy * dy);
                proximity[f * n + i] = scaleKm > 0 ? DeterministicMath.Exp(-d / scaleKm) : (d == 0 ? 1 : 0);
            }
        }
        return proximity;
    }

    /// <summary>A unit's arrival, hour by hour when it arrives over a span; the parts add up to the whole exactly.</summary>
    internal static IEnumerable<(int Hour, int Men, int Guns)> Spread(ForceUnit unit)
    {
        var men = unit.TotalStrength;
        var guns = (int)Math.Round(unit.Guns?.Value ?? 0);
        var hours = unit.ArrivesUntilHour is { } until ? until - unit.ArrivesHour : 1;
        for (var k = 0; k < hours; k++)
        {
            // Integer shares by cumulative rounding: no man is lost or doubled.
            var menPart = (int)((long)men * (k + 1) / hours - (long)men * k / hours);
            var gunsPart = (int)((long)guns * (k + 1) / hours - (long)guns * k / hours);
            yield return (unit.ArrivesHour + k, menPart, gunsPart);
        }
    }

    private static ScheduledEvent[] BuildSchedule(Scenario scenario) =>
        scenario.Events
            .SelectMany((e, order) => e.Occurrences(scenario.HorizonHours).Select(h => new ScheduledEvent(h, order, e)))
            .OrderBy(s => s.Hour).ThenBy(s => s.Order)
            .ToArray();
}

/// <summary>How much of a run's record <see cref="SiegeModel.Run(ulong, RunDetail)"/> returns.</summary>
public enum RunDetail
{
    /// <summary>Everything, the chronicle included.</summary>
    Full,
    /// <summary>Everything but the chronicle, which is left empty.</summary>
    WithoutChronicle,
}

/// <summary>
/// A defender unit's arrival: at <paramref name="Hour"/>, or, when <paramref name="Window"/> is not -1, at the hour
/// drawn for that range plus <paramref name="Offset"/> (see <see cref="ArrivalTimetable"/>).
/// </summary>
internal sealed record DefenderArrival(int Hour, int Window, int Offset, string UnitId, bool IsService, double Quality, (int Position, int Men)[] Parts)
{
    public int Men => Parts.Sum(p => p.Men);
}

/// <summary>A part of an attacker unit's arrival; its hour as <see cref="DefenderArrival"/>'s.</summary>
internal sealed record AttackerArrival(int Hour, int Window, int Offset, string UnitId, int Formation, int Men, int Guns, double Quality, int Staging, bool FirstOfUnit);

/// <summary>An attacking leaf unit with men: where it stages, what it does, and whether its men storm positions.</summary>
internal sealed record AttackerFormation(string UnitId, AttackerRole Role, bool AssaultInfantry, int Staging, double Quality);

internal readonly record struct ScheduledEvent(int Hour, int Order, ExogenousEvent Event);
