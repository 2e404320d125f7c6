namespace Siege.Calibration;

/// <summary>
/// No pair of rates on the grid produced the record items being fitted in any run (an offensive that never opened,
/// say): the model, as the scenario stands, cannot reach them, so there is no posterior to give. Hosts turn it into
/// a message that names the items; it is a finding about the scenario, not a fault of the program.
/// </summary>
public sealed class RecordOutOfReachException(IReadOnlyList<string> itemIds, int runsPerPoint)
    : Exception($"no pair of rates on the grid produced {string.Join(", ", itemIds)} in any of its {runsPerPoint} runs")
{
    /// <summary>The record items the calibration was fitting.</summary>
    public IReadOnlyList<string> ItemIds { get; } = itemIds;

    /// <summary>How many runs each pair of rates had.</summary>
    public int RunsPerPoint { get; } = runsPerPoint;
}
