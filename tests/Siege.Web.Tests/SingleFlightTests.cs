using Siege.Web.WhatIf;

namespace Siege.Web.Tests;

public sealed class SingleFlightTests
{
    [Fact]
    public async Task Callers_of_a_key_under_way_share_its_task_and_the_work_runs_once()
    {
        var flights = new SingleFlight<string, int>(capacity: 4);
        var gate = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        Task<int> Work()
        {
            Interlocked.Increment(ref calls);
            return gate.Task;
        }

        var joined = Enumerable.Range(0, 5).Select(_ => flights.Join("relief-early/100", Work)!).ToList();
        Assert.All(joined, t => Assert.Same(joined[0], t));
        gate.SetResult(7);
        var results = await Task.WhenAll(joined);
        Assert.All(results, r => Assert.Equal(7, r));
        Assert.Equal(1, calls);
        Assert.Equal(1, flights.Started);
    }

    [Fact]
    public async Task A_finished_key_is_forgotten_so_the_next_caller_starts_afresh()
    {
        var flights = new SingleFlight<string, int>(capacity: 1);
        Assert.Equal(1, await flights.Join("a", () => Task.FromResult(1))!);
        // The flight forgets itself just after it finishes; wait for that rather than for a fixed time.
        var second = await WaitForJoin(flights, "a", () => Task.FromResult(2));
        Assert.Equal(2, await second);
        Assert.Equal(2, flights.Started);
    }

    [Fact]
    public async Task Beyond_its_capacity_a_new_key_is_turned_away_but_a_running_one_is_joined()
    {
        var flights = new SingleFlight<int, int>(capacity: 2);
        var gate = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var one = flights.Join(1, () => gate.Task);
        var two = flights.Join(2, () => gate.Task);
        Assert.NotNull(one);
        Assert.NotNull(two);
        Assert.Null(flights.Join(3, () => gate.Task));
        Assert.Same(one, flights.Join(1, () => gate.Task));
        gate.SetResult(0);
        await Task.WhenAll(one!, two!);
        Assert.NotNull(await WaitForJoin(flights, 3, () => Task.FromResult(3)));
    }

    [Fact]
    public async Task A_failed_flight_fails_every_caller_and_is_forgotten()
    {
        var flights = new SingleFlight<string, int>(capacity: 1);
        var gate = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = flights.Join("k", () => gate.Task)!;
        var second = flights.Join("k", () => gate.Task)!;
        gate.SetException(new InvalidOperationException("store is gone"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        await Assert.ThrowsAsync<InvalidOperationException>(() => second);
        Assert.Equal(5, await (await WaitForJoin(flights, "k", () => Task.FromResult(5))));
    }

    private static async Task<Task<TValue>> WaitForJoin<TKey, TValue>(SingleFlight<TKey, TValue> flights, TKey key, Func<Task<TValue>> work)
        where TKey : notnull
    {
        for (var i = 0; i < 200; i++)
        {
            var before = flights.Started;
            if (flights.Join(key, work) is { } flight && flights.Started > before) return flight;
            await Task.Delay(10);
        }
        throw new TimeoutException("the finished flight was never forgotten");
    }
}
