using Siege.Engine.Randomness;

namespace Siege.Engine.Simulation;

/// <summary>
/// The hour of every arrival in one run, and the order they come in. Where the sources leave a unit's hour open
/// (<see cref="Domain.ForceUnit.ArrivalRange"/>), each run draws it uniformly from the range, from the stream
/// "arrivals", one draw per distinct range in the order of the file: units written with the same range (a division's
/// troops moving together) share one draw. An arrival spread over hours keeps its spread from the drawn hour.
/// </summary>
/// <remarks>
/// The hours are drawn before the first hour of a run, so the draws depend only on the seed and the scenario. A
/// scenario without ranged arrivals draws nothing: its runs are those of a timetable fixed in the file.
/// </remarks>
internal sealed class ArrivalTimetable
{
    public ArrivalTimetable(SiegeModel model)
    {
        WindowHour = new int[model.ArrivalWindows.Length];
        DefenderHour = new int[model.DefenderArrivals.Length];
        DefenderOrder = new int[model.DefenderArrivals.Length];
        AttackerHour = new int[model.AttackerArrivals.Length];
        AttackerOrder = new int[model.AttackerArrivals.Length];
    }

    /// <summary>The drawn hour of each distinct range (<see cref="SiegeModel.ArrivalWindows"/>).</summary>
    public int[] WindowHour { get; }
    /// <summary>The hour of each defender arrival this run, by its index in <see cref="SiegeModel.DefenderArrivals"/>.</summary>
    public int[] DefenderHour { get; }
    /// <summary>Indices into <see cref="SiegeModel.DefenderArrivals"/> in the order they arrive this run.</summary>
    public int[] DefenderOrder { get; }
    public int[] AttackerHour { get; }
    public int[] AttackerOrder { get; }

    public bool Fits(SiegeModel model) =>
        WindowHour.Length == model.ArrivalWindows.Length
        && DefenderHour.Length == model.DefenderArrivals.Length
        && AttackerHour.Length == model.AttackerArrivals.Length;

    /// <summary>Draws this run's hours for <paramref name="seed"/> and puts the arrivals in order.</summary>
    public void Reset(SiegeModel model, ulong seed)
    {
        var windows = model.ArrivalWindows;
        if (windows.Length > 0)
        {
            var stream = RandomStreams.Create(seed, SiegeModel.ArrivalStreamKey);
            for (var w = 0; w < windows.Length; w++)
            {
                var (low, high) = (windows[w].EarliestHour, windows[w].LatestHour);
                WindowHour[w] = low + (int)(stream.NextDouble() * (high - low + 1));
            }
        }
        var defenders = model.DefenderArrivals;
        for (var k = 0; k < defenders.Length; k++)
            DefenderHour[k] = HourOf(defenders[k].Hour, defenders[k].Window, defenders[k].Offset);
        var attackers = model.AttackerArrivals;
        for (var k = 0; k < attackers.Length; k++)
            AttackerHour[k] = HourOf(attackers[k].Hour, attackers[k].Window, attackers[k].Offset);
        Order(DefenderHour, DefenderOrder);
        Order(AttackerHour, AttackerOrder);
    }

    private int HourOf(int fixedHour, int window, int offset) => window < 0 ? fixedHour : WindowHour[window] + offset;

    /// <summary>
    /// The indices sorted by hour, ties in the compiled order (file order): an insertion sort, since the compiled order
    /// is already by nominal hour and a draw moves an arrival only within its range. No allocation.
    /// </summary>
    private static void Order(int[] hours, int[] order)
    {
        for (var k = 0; k < order.Length; k++) order[k] = k;
        for (var k = 1; k < order.Length; k++)
        {
            var item = order[k];
            var j = k - 1;
            while (j >= 0 && (hours[order[j]] > hours[item] || (hours[order[j]] == hours[item] && order[j] > item)))
            {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = item;
        }
    }
}
