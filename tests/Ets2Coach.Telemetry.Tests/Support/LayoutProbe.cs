using System.Reflection;
using System.Runtime.InteropServices;

namespace Ets2Coach.Telemetry.Tests.Support;

/// <summary>
/// Measures where a member of a struct really lives: writes 0xFF bytes through the member into a
/// zeroed instance and finds them in the struct's bytes. This is the runtime layout (what
/// <c>Unsafe.ByteOffset</c> would report), not what the attributes claim, and it follows nested
/// members (<c>Position.XMetres</c>), auto-property backing fields and private fields alike.
/// </summary>
public static class LayoutProbe
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>Offset and size of <paramref name="path"/> (dot-separated members) in <paramref name="type"/>.</summary>
    public static (int Offset, int Size) Measure(Type type, string path)
    {
        var chain = Resolve(type, path);
        var root = Activator.CreateInstance(type)!;
        Fill(root, chain, 0);
        var bytes = BytesOf(type, root);
        var first = Array.IndexOf(bytes, (byte)0xFF);
        var last = Array.LastIndexOf(bytes, (byte)0xFF);
        if (first < 0)
        {
            throw new InvalidOperationException($"{type.Name}.{path} wrote no byte.");
        }

        for (var i = first; i <= last; i++)
        {
            if (bytes[i] != 0xFF)
            {
                throw new InvalidOperationException($"{type.Name}.{path} is not contiguous (hole at {i}).");
            }
        }

        return (first, last - first + 1);
    }

    /// <summary>The instance fields of <paramref name="type"/> (backing fields included).</summary>
    public static IEnumerable<FieldInfo> Fields(Type type) => type.GetFields(Instance);

    /// <summary>The C# member name behind a field (the property for a backing field).</summary>
    public static string MemberName(FieldInfo field) =>
        field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)] : field.Name;

    /// <summary>Runtime size of a struct type.</summary>
    public static int SizeOf(Type type) =>
        (int)typeof(LayoutProbe).GetMethod(nameof(SizeOfCore), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type).Invoke(null, null)!;

    private static FieldInfo[] Resolve(Type type, string path)
    {
        var segments = path.Split('.');
        var chain = new FieldInfo[segments.Length];
        var current = type;
        for (var i = 0; i < segments.Length; i++)
        {
            chain[i] = current.GetField(segments[i], Instance)
                ?? current.GetField($"<{segments[i]}>k__BackingField", Instance)
                ?? throw new InvalidOperationException($"{type.Name} has no member '{path}' (missing '{segments[i]}' on {current.Name}).");
            current = chain[i].FieldType;
        }

        return chain;
    }

    private static void Fill(object boxedParent, FieldInfo[] chain, int index)
    {
        var field = chain[index];
        if (index == chain.Length - 1)
        {
            field.SetValue(boxedParent, Call(nameof(FilledCore), field.FieldType));
            return;
        }

        var child = field.GetValue(boxedParent)!;
        Fill(child, chain, index + 1);
        field.SetValue(boxedParent, child);
    }

    private static byte[] BytesOf(Type type, object boxed) =>
        (byte[])typeof(LayoutProbe).GetMethod(nameof(BytesOfCore), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type).Invoke(null, [boxed])!;

    private static object Call(string method, Type type) =>
        typeof(LayoutProbe).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type).Invoke(null, null)!;

    private static object FilledCore<T>()
        where T : struct
    {
        var value = default(T);
        MemoryMarshal.AsBytes(new Span<T>(ref value)).Fill(0xFF);
        return value;
    }

    private static byte[] BytesOfCore<T>(object boxed)
        where T : struct
    {
        var value = (T)boxed;
        return MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in value)).ToArray();
    }

    private static int SizeOfCore<T>() => System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
}
