namespace Siege.Engine.Simulation;

/// <summary>
/// The garrison during a run, beyond the men at each position (see <see cref="PositionsState"/>): its reserve and
/// services, its counter-attack groups, its ammunition stocks with their ledger and the firepower they give, and
/// what it has had in men and quality.
/// </summary>
internal sealed class DefenderState
{
    public DefenderState(SiegeModel model)
    {
        var n = model.Positions.Length;
        Counter = new int[n];
        CounterStart = new int[n];
        Candidates = new int[n];
        Counterattacked = new PositionSet(n);
        Connected = new bool[n];
        var supplies = model.Scenario.Supplies.Defender.Length;
        Stock = new long[supplies];
        InitialStock = new long[supplies];
        Arrived = new long[supplies];
        Used = new long[supplies];
    }

    /// <summary>Combatants not at a position: they reinforce and counter-attack.</summary>
    public int Reserve { get; set; }
    /// <summary>Service troops: present, never fighting, captured at the end.</summary>
    public int Service { get; set; }

    /// <summary>Men at the start and arriving later (services included), for the personnel ledger.</summary>
    public int InitialMen { get; set; }
    public int ArrivedMen { get; set; }
    /// <summary>Every combatant who has arrived, and the sum of their units' quality weighted by men.</summary>
    public int CombatMenArrived { get; set; }
    public double QualityMen { get; set; }

    /// <summary>
    /// The garrison's full strength: every combatant it has had, at the start or arriving since. The reserve floor and
    /// the strength at which the garrison is spent are fractions of it, so they do not depend on when a unit arrives.
    /// (The most men present at once would leave out a unit that arrives after losses, which only makes them good.)
    /// </summary>
    public int FullStrength => CombatMenArrived;

    /// <summary>Quality is the men-weighted mean of the units that have arrived: a side-level multiplier of its kill rate.</summary>
    public double Quality => CombatMenArrived == 0 ? 1.0 : QualityMen / CombatMenArrived;

    /// <summary>Men counter-attacking each position, and the group's size when sent.</summary>
    public int[] Counter { get; }
    public int[] CounterStart { get; }
    /// <summary>The positions that may be counter-attacked this hour, in the order the reserve takes them (the first of the array).</summary>
    public int[] Candidates { get; }
    /// <summary>Positions with a counter-attack group, and possibly some whose group has just been spent.</summary>
    public PositionSet Counterattacked { get; }

    /// <summary>By index into the scenario's defender supplies: on hand, at the start, arrived since, used.</summary>
    public long[] Stock { get; }
    public long[] InitialStock { get; }
    public long[] Arrived { get; }
    public long[] Used { get; }

    /// <summary>The weighted share of this hour's ammunition demand the stocks met, above the floor.</summary>
    public double Firepower { get; set; }

    /// <summary>
    /// The defender-held positions the reserve can reach from the core over open approaches, worked out at map
    /// version <see cref="ConnectedVersion"/> (-1: not yet), and the queue the search uses.
    /// </summary>
    public bool[] Connected { get; }
    public int ConnectedVersion { get; set; }
    public Queue<int> Search { get; } = new();

    public bool Fits(SiegeModel model) =>
        Counter.Length == model.Positions.Length && Stock.Length == model.Scenario.Supplies.Defender.Length;

    /// <summary>The garrison at the start of a run of <paramref name="model"/>: nobody has arrived, the stocks are full.</summary>
    public void Reset(SiegeModel model)
    {
        Reserve = Service = 0;
        InitialMen = ArrivedMen = CombatMenArrived = 0;
        QualityMen = 0;
        Array.Clear(Counter);
        Array.Clear(CounterStart);
        Array.Clear(Candidates);
        Counterattacked.Clear();
        var supplies = model.Scenario.Supplies.Defender;
        for (var s = 0; s < Stock.Length; s++) Stock[s] = InitialStock[s] = (long)Math.Round(supplies[s].Stock.Value);
        Array.Clear(Arrived);
        Array.Clear(Used);
        Firepower = 1.0;
        Array.Clear(Connected);
        ConnectedVersion = -1;
        Search.Clear();
    }
}
