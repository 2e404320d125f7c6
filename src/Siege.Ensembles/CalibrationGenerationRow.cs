namespace Siege.Ensembles;

/// <summary>
/// One complete generation of a calibration as the run store keeps it: the key (a hash of the calibration's settings),
/// the generation's number, a few of its statistics in columns for anyone reading the file (its tolerance, null when
/// it had none, as generation 0; the share of proposals accepted; the effective sample size; the runs it made), and
/// the population itself as a blob whose layout belongs to the calibration (<c>Siege.Calibration.Abc.PopulationBlob</c>).
/// </summary>
public sealed record CalibrationGenerationRow(string CalibrationKey, int Generation, double? Epsilon, double Acceptance, double Ess, long Runs, byte[] Population);
