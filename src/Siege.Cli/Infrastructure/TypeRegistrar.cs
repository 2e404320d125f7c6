using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;

namespace Siege.Cli.Infrastructure;

/// <summary>
/// The smallest registrar Spectre.Console.Cli needs to hand <see cref="CliOutput"/> to the commands. It also keeps the
/// command model Spectre registers while it runs, so that an error can name the options of the command at hand.
/// </summary>
internal sealed class TypeRegistrar : ITypeRegistrar, ITypeResolver
{
    private readonly Dictionary<Type, List<Func<object>>> _factories = [];

    public ICommandModel? Model { get; private set; }

    public void Register(Type service, Type implementation) => Add(service, () => Create(implementation));

    public void RegisterInstance(Type service, object implementation)
    {
        if (implementation is ICommandModel model) Model = model;
        Add(service, () => implementation);
    }

    public void RegisterLazy(Type service, Func<object> factory) => Add(service, factory);

    public ITypeResolver Build() => this;

    public object? Resolve(Type? type)
    {
        if (type is null) return null;
        if (_factories.TryGetValue(type, out var factories)) return factories[^1]();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = type.GetGenericArguments()[0];
            var all = _factories.TryGetValue(element, out var list) ? list.Select(f => f()).ToArray() : [];
            var array = Array.CreateInstance(element, all.Length);
            Array.Copy(all, array, all.Length);
            return array;
        }
        return type.IsAbstract || type.IsInterface ? null : Create(type);
    }

    private void Add(Type service, Func<object> factory)
    {
        if (!_factories.TryGetValue(service, out var list)) _factories[service] = list = [];
        list.Add(factory);
    }

    private object Create(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray();
        return constructor.Invoke(arguments);
    }
}
