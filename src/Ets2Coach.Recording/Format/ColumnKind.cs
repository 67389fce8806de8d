namespace Ets2Coach.Recording.Format;

/// <summary>How a frame column's bits are interpreted before prediction.</summary>
internal enum ColumnKind : byte
{
    /// <summary>An integer (counters, flags, gears): predicted on the raw bits.</summary>
    Integer,

    /// <summary>An IEEE-754 value: its bits are mapped to an order-preserving integer first.</summary>
    Float,
}
