using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Siege.Engine.Domain;
using Siege.Engine.Randomness;
using Siege.Engine.Results;
using Siege.Engine.Simulation;

namespace Siege.Engine.Tests.Support;

/// <summary>
/// Every field of a run's state objects, read and written by reflection: so that a field added to a state object is
/// covered by the tests of <see cref="RunWorkspace.Reset"/> without anyone remembering to add it to them.
/// </summary>
internal static class RunState
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>Each field, by its path from <paramref name="root"/>, with its value (arrays and lists in full) as text.</summary>
    public static SortedDictionary<string, string> Of(object root)
    {
        var state = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(root, root.GetType().Name, state);
        return state;
    }

    /// <summary>Changes every field below <paramref name="root"/> to a value a fresh run never starts with.</summary>
    public static void Scribble(object root)
    {
        foreach (var field in root.GetType().GetFields(Instance))
        {
            var value = field.GetValue(root);
            if (IsStateObject(field.FieldType)) Scribble(value!);
            else if (IsShared(field.FieldType)) field.SetValue(root, null);
            else if (value is Array array) ScribbleElements(array, field);
            else if (!ScribbleCollection(value)) field.SetValue(root, Changed(value, field));
        }
    }

    // Classes of the engine that hold run state of their own are walked into field by field.
    private static bool IsStateObject(Type type) =>
        type.IsClass && !type.IsArray && type.Assembly == typeof(RunWorkspace).Assembly && !IsShared(type) && type != typeof(Xoshiro256StarStar);

    // The compiled scenario and what it holds are shared by every run: only which one a state object points at counts.
    private static bool IsShared(Type type) => type == typeof(SiegeModel) || type == typeof(BinomialTable);

    private static void Walk(object owner, string path, IDictionary<string, string> state)
    {
        foreach (var field in owner.GetType().GetFields(Instance))
        {
            var value = field.GetValue(owner);
            var name = path + "." + field.Name;
            if (IsStateObject(field.FieldType) && value is not null) Walk(value, name, state);
            else state[name] = Describe(value);
        }
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        SiegeModel or BinomialTable => "shared#" + RuntimeHelpers.GetHashCode(value),
        Xoshiro256StarStar => "a stream",
        string s => s,
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Describe)) + "]",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static void ScribbleElements(Array array, FieldInfo field)
    {
        for (var i = 0; i < array.Length; i++)
        {
            var element = field.FieldType.GetElementType()!;
            array.SetValue(element == typeof(Xoshiro256StarStar) ? RandomStreams.Create(7, 7) : Changed(array.GetValue(i), field), i);
        }
    }

    private static bool ScribbleCollection(object? value)
    {
        switch (value)
        {
            case List<int> ints: ints.Add(3); return true;
            case Queue<int> queue: queue.Enqueue(3); return true;
            case List<OffensiveSpan> spans: spans.Add(new OffensiveSpan(9, 9, null)); return true;
            case List<ChronicleEntry> entries: entries.Add(new ChronicleEntry(9, ChronicleKind.Note, "x", null, 9, 9, 9)); return true;
            case List<DailySnapshot> days: days.Add(new DailySnapshot(9, 9, 9, 9, 9, 9, 0.5, [9], 9, true, default, default)); return true;
            default: return false;
        }
    }

    private static object Changed(object? value, FieldInfo field) => value switch
    {
        int i => i + 7,
        long l => l + 7,
        ulong u => ~u,
        double d => d + 0.25,
        bool b => !b,
        Side side => side == Side.Defender ? Side.Attacker : Side.Defender,
        _ => throw new InvalidOperationException(
            $"RunState does not know how to change {field.DeclaringType?.Name}.{field.Name} ({value?.GetType().Name ?? "null"}): teach it, so that Reset is tested on it"),
    };
}
