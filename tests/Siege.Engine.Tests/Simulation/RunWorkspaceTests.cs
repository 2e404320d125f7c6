using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Engine.Tests.Support;

namespace Siege.Engine.Tests.Simulation;

/// <summary>
/// A run borrows its thread's workspace (see RunBuffers) and leaves it as the run ended. Whatever a run left there,
/// the next run on the thread must start from the state a fresh workspace gives, or a run would depend on what ran
/// before it on the same thread.
/// </summary>
public sealed class RunWorkspaceTests
{
    private static readonly SiegeModel Hengyang = SiegeModel.Compile(TestScenarios.Hengyang);

    [Fact]
    public void Reset_undoes_a_change_to_every_field_of_every_state_object()
    {
        var fresh = new RunWorkspace(Hengyang);
        fresh.Reset(Hengyang, 1);
        var expected = RunState.Of(fresh);

        var used = new RunWorkspace(Hengyang);
        used.Reset(Hengyang, 1);
        RunState.Scribble(used);
        var scribbled = RunState.Of(used);
        // Every field was changed, so a field that Reset leaves alone shows up in the comparison below.
        var unchanged = expected.Keys.Where(key => scribbled[key] == expected[key]).ToList();
        Assert.True(unchanged.Count == 0, "not changed: " + string.Join(", ", unchanged));

        used.Reset(Hengyang, 1);
        var reset = RunState.Of(used);
        var left = expected.Keys.Where(key => reset[key] != expected[key]).ToList();
        Assert.True(left.Count == 0, "Reset leaves these as the last run left them: " + string.Join(", ", left));
    }

    [Fact]
    public void A_run_on_a_reused_workspace_equals_a_run_on_a_fresh_one()
    {
        // A thread starts without a workspace, so the first run on a new thread has a fresh one.
        var fresh = OnNewThread(() => Hengyang.Run(5));
        // Twice the ammunition and deadlier attackers: runs that end elsewhere, with the same sizes of arrays.
        var s = TestScenarios.Hengyang;
        var other = SiegeModel.Compile(s with
        {
            Combat = s.Combat with { AttackerKillRate = s.Combat.AttackerKillRate with { Value = s.Combat.AttackerKillRate * 1.5 } },
            Supplies = s.Supplies with { Defender = [.. s.Supplies.Defender.Select(x => x with { Stock = x.Stock with { Value = x.Stock * 2 } })] },
        });
        var reused = OnNewThread(() =>
        {
            other.Run(9);
            var workspace = RunBuffers.Rent(Hengyang, 1);
            RunBuffers.Return(workspace);
            Hengyang.Run(9);
            // The runs did share one workspace: nothing was allocated afresh for them.
            var after = RunBuffers.Rent(Hengyang, 1);
            RunBuffers.Return(after);
            Assert.Same(workspace, after);
            return Hengyang.Run(5);
        });

        Assert.NotEqual(other.Run(9).HashHex, Hengyang.Run(9).HashHex);
        Assert.Equal(fresh.HashHex, reused.HashHex);
        Assert.Equal((fresh.EndHour, fresh.Outcome, fresh.EndReason), (reused.EndHour, reused.Outcome, reused.EndReason));
        Assert.Equal(fresh.Chronicle.ToArray(), reused.Chronicle.ToArray());
        Assert.Equal(fresh.Positions.ToArray(), reused.Positions.ToArray());
        Assert.Equal(fresh.Offensives.ToArray(), reused.Offensives.ToArray());
        Assert.Equal(fresh.Supplies.ToArray(), reused.Supplies.ToArray());
        Assert.Equal((fresh.Defender, fresh.Attacker), (reused.Defender, reused.Attacker));
    }

    private static RunResult OnNewThread(Func<RunResult> run)
    {
        RunResult? result = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = run(); }
            catch (Exception e) { failure = e; }
        });
        thread.Start();
        thread.Join();
        if (failure is not null) throw new InvalidOperationException("the run on the new thread failed", failure);
        return result!;
    }
}
