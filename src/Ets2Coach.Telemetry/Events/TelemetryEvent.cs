using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ets2Coach.Telemetry;

/// <summary>
/// One gameplay or state event exactly as the plugin publishes it: a blittable mirror of
/// <c>e2c_event</c> (248 bytes). Which payload accessors mean something depends on <see cref="Kind"/>;
/// a payload attribute the game did not send has its bit clear in <see cref="AttributesPresent"/>.
/// </summary>
/// <remarks>
/// An event belongs to the frame numbered <see cref="FrameNumber"/>: it happened during that frame
/// and is published before it, so consumers deliver it before that frame.
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = SizeInBytes)]
public readonly struct TelemetryEvent : IEquatable<TelemetryEvent>
{
    /// <summary>Size of the event in shared memory and on disk.</summary>
    public const int SizeInBytes = 248;

    /// <summary>Size of the kind-specific payload.</summary>
    public const int PayloadSizeInBytes = 216;

    /// <summary>Offset of the payload inside the event.</summary>
    public const int PayloadOffset = 32;

    // Payload offsets (relative to the payload), as in docs/shared-memory-protocol.md.
    private const int AmountAt = 0;
    private const int ConfigurationGroupAt = 0;
    private const int AttributeCountAt = 4;
    private const int ConfigurationGenerationAt = 8;
    private const int OffenceAt = 8;
    private const int OffenceNameAt = 16;
    private const int SourceNameAt = 8;
    private const int TargetNameAt = 56;
    private const int SourceIdAt = 104;
    private const int TargetIdAt = 136;
    private const int EarnedXpAt = 8;
    private const int CargoDamageAt = 12;
    private const int DistanceKmAt = 16;
    private const int DeliveryTimeAt = 20;
    private const int AutoParkAt = 24;
    private const int AutoLoadAt = 25;
    private const int GameplayIdAt = 0;

    /// <summary>1, 2, ... within one writer generation.</summary>
    [field: FieldOffset(0)] public ulong EventNumber { get; init; }

    /// <summary>The frame this event belongs to; it is delivered before that frame.</summary>
    [field: FieldOffset(8)] public ulong FrameNumber { get; init; }

    /// <summary>Simulation time of that frame, microseconds.</summary>
    [field: FieldOffset(16)] public ulong SimulationTimeUs { get; init; }

    /// <summary>What happened.</summary>
    [field: FieldOffset(24)] public TelemetryEventKind Kind { get; init; }

    /// <summary>Bit i set when the i-th attribute of this kind's payload was sent (see the protocol doc).</summary>
    [field: FieldOffset(28)] public uint AttributesPresent { get; init; }

    [FieldOffset(PayloadOffset)] private readonly PayloadBytes _payload;

    /// <summary>Configuration events: the group that changed.</summary>
    public ConfigurationGroup ConfigurationGroup => Read<ConfigurationGroup>(ConfigurationGroupAt);

    /// <summary>Configuration events: number of attributes sent; 0 means the group is now empty.</summary>
    public uint AttributeCount => Read<uint>(AttributeCountAt);

    /// <summary>Configuration events: the group's generation in the configuration block after this change.</summary>
    public ulong ConfigurationGeneration => Read<ulong>(ConfigurationGenerationAt);

    /// <summary>Fine amount, toll, ferry or train fare, cancellation penalty, or delivery revenue (game currency).</summary>
    public long Amount => Read<long>(AmountAt);

    /// <summary>Fines: the offence.</summary>
    public Offence Offence => Read<Offence>(OffenceAt);

    /// <summary>Fines: the offence string as the game sent it.</summary>
    public string OffenceName => Text(OffenceNameAt, 32);

    /// <summary>Ferry and train: source name.</summary>
    public string SourceName => Text(SourceNameAt, 48);

    /// <summary>Ferry and train: target name.</summary>
    public string TargetName => Text(TargetNameAt, 48);

    /// <summary>Ferry and train: source id.</summary>
    public string SourceId => Text(SourceIdAt, 32);

    /// <summary>Ferry and train: target id.</summary>
    public string TargetId => Text(TargetIdAt, 32);

    /// <summary>Deliveries: experience earned.</summary>
    public int EarnedXp => Read<int>(EarnedXpAt);

    /// <summary>Deliveries: cargo damage, 0..1.</summary>
    public float DeliveredCargoDamage => Read<float>(CargoDamageAt);

    /// <summary>Deliveries: distance driven on the job, km.</summary>
    public float DistanceKm => Read<float>(DistanceKmAt);

    /// <summary>Deliveries: in-game minutes spent on the job.</summary>
    public uint DeliveryTimeMinutes => Read<uint>(DeliveryTimeAt);

    /// <summary>Deliveries: auto-park was used.</summary>
    public bool AutoParkUsed => Read<byte>(AutoParkAt) != 0;

    /// <summary>Deliveries: auto-load was used.</summary>
    public bool AutoLoadUsed => Read<byte>(AutoLoadAt) != 0;

    /// <summary>Unknown gameplay events: the id the game sent.</summary>
    public string GameplayId => Text(GameplayIdAt, 64);

    /// <summary>A configuration-change event.</summary>
    public static TelemetryEvent ForConfiguration(ulong eventNumber, ulong frameNumber, ulong simulationTimeUs, ConfigurationGroup group, uint attributeCount, ulong generation)
    {
        var e = new TelemetryEvent { EventNumber = eventNumber, FrameNumber = frameNumber, SimulationTimeUs = simulationTimeUs, Kind = TelemetryEventKind.Configuration, AttributesPresent = 0b111 };
        var p = PayloadOf(ref e);
        Write(p, ConfigurationGroupAt, (uint)group);
        Write(p, AttributeCountAt, attributeCount);
        Write(p, ConfigurationGenerationAt, generation);
        return e;
    }

    /// <summary>An event with no payload (paused, started, timer restart).</summary>
    public static TelemetryEvent ForState(ulong eventNumber, ulong frameNumber, ulong simulationTimeUs, TelemetryEventKind kind) =>
        new() { EventNumber = eventNumber, FrameNumber = frameNumber, SimulationTimeUs = simulationTimeUs, Kind = kind };

    /// <summary>A fine.</summary>
    public static TelemetryEvent ForFine(ulong eventNumber, ulong frameNumber, ulong simulationTimeUs, string offenceName, Offence offence, long amount)
    {
        var e = new TelemetryEvent { EventNumber = eventNumber, FrameNumber = frameNumber, SimulationTimeUs = simulationTimeUs, Kind = TelemetryEventKind.PlayerFined, AttributesPresent = 0b11 };
        var p = PayloadOf(ref e);
        Write(p, AmountAt, amount);
        Write(p, OffenceAt, (uint)offence);
        Utf8Text.Encode(offenceName, p.Slice(OffenceNameAt, 32));
        return e;
    }

    /// <summary>A toll paid or a job cancelled (<paramref name="kind"/>), carrying one amount.</summary>
    public static TelemetryEvent ForAmount(ulong eventNumber, ulong frameNumber, ulong simulationTimeUs, TelemetryEventKind kind, long amount)
    {
        var e = new TelemetryEvent { EventNumber = eventNumber, FrameNumber = frameNumber, SimulationTimeUs = simulationTimeUs, Kind = kind, AttributesPresent = 0b1 };
        Write(PayloadOf(ref e), AmountAt, amount);
        return e;
    }

    /// <summary>A ferry or train crossing.</summary>
    public static TelemetryEvent ForTransport(ulong eventNumber, ulong frameNumber, ulong simulationTimeUs, TelemetryEventKind kind, long amount, string sourceName, string targetName, string sourceId, string targetId)
    {
        var e = new TelemetryEvent { EventNumber = eventNumber, FrameNumber = frameNumber, SimulationTimeUs = simulationTimeUs, Kind = kind, AttributesPresent = 0b11111 };
        var p = PayloadOf(ref e);
        Write(p, AmountAt, amount);
        Utf8Text.Encode(sourceName, p.Slice(SourceNameAt, 48));
        Utf8Text.Encode(targetName, p.Slice(TargetNameAt, 48));
        Utf8Text.Encode(sourceId, p.Slice(SourceIdAt, 32));
        Utf8Text.Encode(targetId, p.Slice(TargetIdAt, 32));
        return e;
    }

    /// <summary>A delivered job.</summary>
    public static TelemetryEvent ForDelivery(ulong eventNumber, ulong frameNumber, ulong simulationTimeUs, long revenue, int earnedXp, float cargoDamage, float distanceKm, uint deliveryTimeMinutes, bool autoParkUsed, bool autoLoadUsed)
    {
        var e = new TelemetryEvent { EventNumber = eventNumber, FrameNumber = frameNumber, SimulationTimeUs = simulationTimeUs, Kind = TelemetryEventKind.JobDelivered, AttributesPresent = 0b1111111 };
        var p = PayloadOf(ref e);
        Write(p, AmountAt, revenue);
        Write(p, EarnedXpAt, earnedXp);
        Write(p, CargoDamageAt, cargoDamage);
        Write(p, DistanceKmAt, distanceKm);
        Write(p, DeliveryTimeAt, deliveryTimeMinutes);
        Write(p, AutoParkAt, (byte)(autoParkUsed ? 1 : 0));
        Write(p, AutoLoadAt, (byte)(autoLoadUsed ? 1 : 0));
        return e;
    }

    /// <summary>A gameplay event this version does not know.</summary>
    public static TelemetryEvent ForOtherGameplay(ulong eventNumber, ulong frameNumber, ulong simulationTimeUs, string id)
    {
        var e = new TelemetryEvent { EventNumber = eventNumber, FrameNumber = frameNumber, SimulationTimeUs = simulationTimeUs, Kind = TelemetryEventKind.GameplayOther, AttributesPresent = 0 };
        Utf8Text.Encode(id, PayloadOf(ref e).Slice(GameplayIdAt, 64));
        return e;
    }

    /// <summary>The same event renumbered (replay and recording keep their own numbering).</summary>
    public TelemetryEvent WithNumbers(ulong eventNumber, ulong frameNumber) => this with { EventNumber = eventNumber, FrameNumber = frameNumber };

    /// <summary>Compares all 248 bytes.</summary>
    public bool Equals(TelemetryEvent other) =>
        MemoryMarshal.AsBytes(new ReadOnlySpan<TelemetryEvent>(in this))
            .SequenceEqual(MemoryMarshal.AsBytes(new ReadOnlySpan<TelemetryEvent>(in other)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TelemetryEvent other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EventNumber, FrameNumber, Kind);

    /// <summary>Byte-wise equality.</summary>
    public static bool operator ==(TelemetryEvent left, TelemetryEvent right) => left.Equals(right);

    /// <summary>Byte-wise inequality.</summary>
    public static bool operator !=(TelemetryEvent left, TelemetryEvent right) => !left.Equals(right);

    private T Read<T>(int offset)
        where T : unmanaged =>
        Unsafe.ReadUnaligned<T>(ref Unsafe.Add(ref Unsafe.As<PayloadBytes, byte>(ref Unsafe.AsRef(in _payload)), offset));

    private string Text(int offset, int length) =>
        Utf8Text.Decode(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref Unsafe.As<PayloadBytes, byte>(ref Unsafe.AsRef(in _payload)), offset), length));

    private static Span<byte> PayloadOf(ref TelemetryEvent e) =>
        MemoryMarshal.AsBytes(new Span<TelemetryEvent>(ref e)).Slice(PayloadOffset, PayloadSizeInBytes);

    private static void Write<T>(Span<byte> payload, int offset, T value)
        where T : unmanaged =>
        MemoryMarshal.Write(payload[offset..], in value);

    [InlineArray(PayloadSizeInBytes)]
    private struct PayloadBytes
    {
        private byte _element0;
    }
}
