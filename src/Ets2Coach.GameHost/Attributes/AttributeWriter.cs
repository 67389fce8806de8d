using Ets2Coach.GameHost.Interop;
using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost.Attributes;

/// <summary>
/// Builds a NULL-name-terminated <c>scs_named_value_t</c> array in a <see cref="NativeArena"/>.
/// Null values are skipped: an attribute the game does not send is simply absent.
/// </summary>
internal unsafe ref struct AttributeWriter
{
    private readonly NativeArena _arena;
    private readonly int _capacity;
    private int _count;

    /// <summary>Room for <paramref name="capacity"/> attributes plus the terminator, zeroed.</summary>
    public AttributeWriter(NativeArena arena, int capacity)
    {
        _arena = arena;
        _capacity = capacity;
        Entries = (ScsNamedValue*)arena.Allocate((nuint)((capacity + 1) * ScsNamedValue.SizeInBytes));
    }

    /// <summary>The array (its terminator is the zeroed entry after the last one written).</summary>
    public ScsNamedValue* Entries { get; }

    /// <summary>Attributes written.</summary>
    public readonly int Count => _count;

    public void String(byte* name, string? value)
    {
        if (value is not null)
        {
            Add(name, ScsValueType.String)->value_string = _arena.Utf8(value);
        }
    }

    public void String(byte* name, scoped ReadOnlySpan<byte> utf8) => Add(name, ScsValueType.String)->value_string = _arena.Utf8(utf8);

    public void Float(byte* name, float? value)
    {
        if (value is { } v)
        {
            Add(name, ScsValueType.Float)->value_float = v;
        }
    }

    public void U32(byte* name, uint? value)
    {
        if (value is { } v)
        {
            Add(name, ScsValueType.U32)->value_u32 = v;
        }
    }

    public void U64(byte* name, ulong? value)
    {
        if (value is { } v)
        {
            Add(name, ScsValueType.U64)->value_u64 = v;
        }
    }

    public void S32(byte* name, int value) => Add(name, ScsValueType.S32)->value_s32 = value;

    public void S64(byte* name, long value) => Add(name, ScsValueType.S64)->value_s64 = value;

    public void Bool(byte* name, bool? value)
    {
        if (value is { } v)
        {
            Add(name, ScsValueType.Bool)->value_bool = v ? (byte)1 : (byte)0;
        }
    }

    private ScsValue* Add(byte* name, ScsValueType type)
    {
        if (_count == _capacity)
        {
            throw new InvalidOperationException("attribute array is full");
        }

        var entry = Entries + _count++;
        entry->name = name;
        entry->index = ScsConstants.U32Nil;
        entry->value.type = type;
        return &entry->value;
    }
}
