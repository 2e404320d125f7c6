namespace Siege.Analysis.Battles;

/// <summary>The defender's posture, CDB90 codes HD, PD, FD, DL, WD (OO: not available).</summary>
public enum DefenderPosture
{
    Unknown,
    /// <summary>HD: hasty defence.</summary>
    Hasty,
    /// <summary>PD: prepared defence.</summary>
    Prepared,
    /// <summary>FD: fortified defence.</summary>
    Fortified,
    /// <summary>DL: a delaying action.</summary>
    Delay,
    /// <summary>WD: withdrawal.</summary>
    Withdrawal,
}

/// <summary>POSTYPE: how the primary and secondary postures relate.</summary>
public enum PostureMix
{
    /// <summary>0: at most one posture is given.</summary>
    Single,
    /// <summary>1: two distinct postures held side by side.</summary>
    Combination,
    /// <summary>2: an average or intermixture of two or more postures.</summary>
    Average,
    /// <summary>9: more than one posture, but the source does not say which kind of mixture.</summary>
    Unknown,
}
