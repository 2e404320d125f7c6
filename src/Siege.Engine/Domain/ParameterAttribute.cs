namespace Siege.Engine.Domain;

/// <summary>
/// What a model parameter means and the unit it is counted in, attached to the constructor parameter of a parameter
/// record. The scenario schema and the parameters reference (docs/parameters.md) are written from it, so the
/// explanation lives beside the code that uses the number.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ParameterAttribute : Attribute
{
    /// <summary>The unit: <c>fraction</c> (0 to 1), <c>multiplier</c> (1 is neutral), <c>hours</c>, <c>men</c>, …</summary>
    public required string Unit { get; init; }

    /// <summary>One or two sentences: what the engine does with the number.</summary>
    public required string Description { get; init; }
}
