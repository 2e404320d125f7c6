using Siege.Lanchester.Model;

namespace Siege.Lanchester.ClosedForms;

/// <summary>
/// The exact solution of an unreinforced battle under one of the named laws. Each solution holds the survivor
/// constant once the loser reaches zero, as the numerical integrator does, so the two can be compared at any time.
/// </summary>
public abstract record ClosedFormSolution(double A, double B, double X0, double Y0)
{
    public abstract LanchesterLaw Law { get; }

    /// <summary>The strengths at day <paramref name="t"/> ≥ 0.</summary>
    public Strengths At(double t)
    {
        if (!(t >= 0)) throw new ArgumentOutOfRangeException(nameof(t), t, "time must be ≥ 0");
        // A side that starts at zero never fires, so the other side keeps its strength (the same rule as the integrator).
        if (X0 == 0 || Y0 == 0) return new Strengths(X0, Y0);
        var end = End;
        if (end.LoserDestroyedAt is { } te && t >= te)
            return end.Winner == ForceSide.Attacker ? new Strengths(end.SurvivorStrength, 0) : new Strengths(0, end.SurvivorStrength);
        var s = Evaluate(t);
        return new Strengths(Math.Max(0, s.Attacker), Math.Max(0, s.Defender));
    }

    /// <summary>The law's conserved quantity, in the conventional form given with each law.</summary>
    public abstract double Invariant(Strengths s);

    /// <summary>Who wins, when, and with how many.</summary>
    public BattleEnd End
    {
        get
        {
            if (X0 == 0 && Y0 == 0) return BattleEnd.NoDecision;
            if (Y0 == 0) return new BattleEnd(ForceSide.Attacker, 0, X0);
            if (X0 == 0) return new BattleEnd(ForceSide.Defender, 0, Y0);
            return Decide();
        }
    }

    /// <summary>The solution while both sides are above zero.</summary>
    protected abstract Strengths Evaluate(double t);

    /// <summary>The end, for X0 and Y0 both above zero.</summary>
    protected abstract BattleEnd Decide();

    /// <summary>The closed form of an unreinforced model under a named law.</summary>
    /// <exception cref="ArgumentException">The model is reinforced or its law is <see cref="LanchesterLaw.General"/>.</exception>
    public static ClosedFormSolution For(LanchesterModel model)
    {
        model.Validate();
        if (model.HasReinforcements) throw new ArgumentException("closed forms exist only without reinforcements; integrate the model instead", nameof(model));
        return model.Law switch
        {
            LanchesterLaw.Square => new SquareLawSolution(model.A, model.B, model.X0, model.Y0),
            LanchesterLaw.Linear => new LinearLawSolution(model.A, model.B, model.X0, model.Y0),
            LanchesterLaw.Logarithmic => new LogarithmicLawSolution(model.A, model.B, model.X0, model.Y0),
            LanchesterLaw.Mixed => new MixedLawSolution(model.A, model.B, model.X0, model.Y0),
            _ => throw new ArgumentException("the general law has no closed form in time; its state equation is StateEquation.Invariant", nameof(model)),
        };
    }
}
