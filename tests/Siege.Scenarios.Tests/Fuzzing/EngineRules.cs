using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;

namespace Siege.Scenarios.Tests.Fuzzing;

/// <summary>
/// What a scenario that loads must give the engine: a model that compiles and a run of seed 1 that ends without an
/// exception and never counts fewer than no men, shells or stocks, hour by hour and in the final ledgers.
/// </summary>
internal static class EngineRules
{
    public static void Check(Scenario scenario)
    {
        var model = SiegeModel.Compile(scenario);
        var observer = new Observer();
        var run = model.Run(1, observer);
        Assert.True(observer.Hours > 0, "the run saw no hour");
        foreach (var (side, ledger) in new[] { ("defender", run.Defender), ("attacker", run.Attacker) })
        {
            Assert.True(ledger.Initial >= 0 && ledger.Arrived >= 0 && ledger.Present >= 0, $"{side}: negative men in the ledger {ledger}");
            NotNegative(ledger.Casualties, $"{side} casualties");
            Assert.True(ledger.Balances, $"{side}: the ledger does not balance: {ledger}");
        }
        foreach (var s in run.Supplies)
            Assert.True(s.Initial >= 0 && s.Arrived >= 0 && s.Used >= 0 && s.Remaining >= 0, $"supply {s.Id}: negative figure in {s}");
        Assert.True(run.EndHour >= 0 && run.EndHour <= scenario.HorizonHours, $"the run ended at hour {run.EndHour}");
    }

    private static void NotNegative(Casualties c, string what) =>
        Assert.True(c.Killed >= 0 && c.Wounded >= 0 && c.Captured >= 0, $"{what}: negative {c}");

    /// <summary>Checks the state at the end of every hour; it only reads, so the run is the one a plain run gives.</summary>
    private sealed class Observer : IRunObserver
    {
        public int Hours { get; private set; }

        public void OnHour(HourFrame f)
        {
            Hours++;
            var at = $"hour {f.Hour}";
            Assert.True(f.Garrisons.All(m => m >= 0), $"{at}: a negative garrison");
            Assert.True(f.Attackers.All(m => m >= 0), $"{at}: a negative number of attackers at a position");
            Assert.True(f.DefenderCombatants >= 0 && f.DefenderReserve >= 0 && f.AttackerInfantry >= 0,
                $"{at}: negative men (combatants {f.DefenderCombatants}, reserve {f.DefenderReserve}, attacker infantry {f.AttackerInfantry})");
            Assert.True(f.AttackerShells >= 0, $"{at}: {f.AttackerShells} attacker shells");
            Assert.True(f.DefenderStocks.All(s => s >= 0), $"{at}: a negative defender stock ({string.Join(", ", f.DefenderStocks)})");
            Assert.True(double.IsFinite(f.DefenderFirepower) && f.DefenderFirepower is >= 0 and <= 1, $"{at}: defender firepower {f.DefenderFirepower}");
            NotNegative(f.DefenderCasualties, $"{at}: defender casualties");
            NotNegative(f.AttackerCasualties, $"{at}: attacker casualties");
        }
    }
}
