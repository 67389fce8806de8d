using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;

namespace Ets2Coach.Recording.Format;

/// <summary>MessagePack options of the format: one set for writing, one hardened set for files a user hands in.</summary>
internal static class DriveSerializer
{
    /// <summary>Options for writing and reading the header (records are internal types: the AllowPrivate resolver).</summary>
    public static MessagePackSerializerOptions Trusted { get; } =
        MessagePackSerializerOptions.Standard.WithResolver(StandardResolverAllowPrivate.Instance);

    /// <summary>Options for reading any file: untrusted data, bounded depth and decompressed size.</summary>
    public static MessagePackSerializerOptions Untrusted { get; } = Harden(Trusted);

    /// <summary>Payload options of one codec: its formatter, LZ4 block-array compression, and when reading the hardening.</summary>
    public static MessagePackSerializerOptions ForPayload(IMessagePackFormatter<ChunkCodec?> formatter, bool reading)
    {
        var options = MessagePackSerializerOptions.Standard
            .WithResolver(new PayloadResolver(formatter))
            .WithCompression(MessagePackCompression.Lz4BlockArray);
        return reading ? Harden(options) : options;
    }

    /// <summary>True for the exceptions MessagePack throws on malformed input (a damaged or hostile file, not a bug here).</summary>
    public static bool IsMalformedInput(Exception exception) =>
        exception is MessagePackSerializationException or EndOfStreamException or OverflowException
            or InvalidCastException or InsufficientExecutionStackException or FormatException;

    private static MessagePackSerializerOptions Harden(MessagePackSerializerOptions options) =>
        options.WithSecurity(MessagePackSecurity.UntrustedData
            .WithMaximumObjectGraphDepth(DriveFormat.MaxObjectGraphDepth)
            .WithMaximumDecompressedSize(DriveFormat.MaxDecompressedBytes));

    private sealed class PayloadResolver(IMessagePackFormatter<ChunkCodec?> payload) : IFormatterResolver
    {
        public IMessagePackFormatter<T>? GetFormatter<T>() =>
            typeof(T) == typeof(ChunkCodec) ? (IMessagePackFormatter<T>)payload : StandardResolverAllowPrivate.Instance.GetFormatter<T>();
    }
}
