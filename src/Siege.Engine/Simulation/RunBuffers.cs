using Siege.Engine.Results;

namespace Siege.Engine.Simulation;

/// <summary>
/// Scratch buffers kept per thread and reused from one run to the next. The chronicle is copied into the immutable
/// result at the end of a run, so its working list need not be new each time; ensembles run hundreds of thousands of
/// runs on a few threads, and a fresh 40 KB list per run was the largest source of garbage.
/// </summary>
internal static class RunBuffers
{
    [ThreadStatic] private static List<ChronicleEntry>? t_chronicle;

    /// <summary>An empty list for a run's chronicle; a run that borrows one and fails simply never gives it back.</summary>
    public static List<ChronicleEntry> RentChronicle()
    {
        var list = t_chronicle ?? new List<ChronicleEntry>(1024);
        t_chronicle = null;
        list.Clear();
        return list;
    }

    public static void ReturnChronicle(List<ChronicleEntry> list) => t_chronicle = list;
}
