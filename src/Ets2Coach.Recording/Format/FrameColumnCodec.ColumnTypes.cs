using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Ets2Coach.Recording.Format;

/// <summary>
/// The four column types as type parameters: the decoder's loops are generic over them, so the JIT
/// compiles one specialised loop per width and kind with no per-value branch on either.
/// </summary>
internal sealed partial class FrameColumnCodec
{
    /// <summary>A column's width and how its key becomes the stored bits.</summary>
    private interface IColumnType
    {
        /// <summary>All ones over the column's width: arithmetic is modulo the width.</summary>
        static abstract ulong Mask { get; }

        /// <summary>Writes the field whose key is <paramref name="key"/>.</summary>
        static abstract void Store(ref byte field, ulong key);

        /// <summary>The stored bits of eight keys.</summary>
        static abstract Vector512<ulong> Raw(Vector512<ulong> keys);

        /// <summary>Writes the field's bits (from <see cref="Raw"/>).</summary>
        static abstract void StoreRaw(ref byte field, ulong raw);
    }

    private readonly struct Int32Column : IColumnType
    {
        public static ulong Mask => uint.MaxValue;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store(ref byte field, ulong key) => Unsafe.WriteUnaligned(ref field, (uint)key);

        public static Vector512<ulong> Raw(Vector512<ulong> keys) => keys;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void StoreRaw(ref byte field, ulong raw) => Unsafe.WriteUnaligned(ref field, (uint)raw);
    }

    private readonly struct Int64Column : IColumnType
    {
        public static ulong Mask => ulong.MaxValue;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store(ref byte field, ulong key) => Unsafe.WriteUnaligned(ref field, key);

        public static Vector512<ulong> Raw(Vector512<ulong> keys) => keys;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void StoreRaw(ref byte field, ulong raw) => Unsafe.WriteUnaligned(ref field, raw);
    }

    private readonly struct Float32Column : IColumnType
    {
        public static ulong Mask => uint.MaxValue;

        // The inverse of Key without a branch: a set sign bit is cleared, a clear one means every bit was inverted.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store(ref byte field, ulong key)
        {
            var k = (uint)key;
            Unsafe.WriteUnaligned(ref field, k ^ (((k >> 31) - 1) | 0x8000_0000u));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<ulong> Raw(Vector512<ulong> keys) =>
            (keys ^ (((keys >>> 31) - Vector512<ulong>.One) | Vector512.Create(0x8000_0000UL))) & Vector512.Create((ulong)uint.MaxValue);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void StoreRaw(ref byte field, ulong raw) => Unsafe.WriteUnaligned(ref field, (uint)raw);
    }

    private readonly struct Float64Column : IColumnType
    {
        public static ulong Mask => ulong.MaxValue;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Store(ref byte field, ulong key) =>
            Unsafe.WriteUnaligned(ref field, key ^ (((key >> 63) - 1) | 0x8000_0000_0000_0000UL));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<ulong> Raw(Vector512<ulong> keys) =>
            keys ^ (((keys >>> 63) - Vector512<ulong>.One) | Vector512.Create(0x8000_0000_0000_0000UL));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void StoreRaw(ref byte field, ulong raw) => Unsafe.WriteUnaligned(ref field, raw);
    }
}
