namespace Ets2Coach.Recording.Format;

/// <summary>
/// How a column value is predicted from the values before it; the stored residual is what the
/// prediction missed. All predictors work on integers (floats through an order-preserving map), so
/// encoder and decoder agree bit for bit on every CPU. The encoder picks, per column and chunk, the
/// predictor whose residuals need the fewest bytes.
/// </summary>
internal enum ColumnPredictor : byte
{
    /// <summary>Residual = value XOR previous value (flags, switches, values that rarely change).</summary>
    XorPrevious = 1,

    /// <summary>Residual = zigzag(value − previous) (steadily drifting values, noisy signals).</summary>
    DeltaPrevious = 2,

    /// <summary>Residual = zigzag(value − (2·previous − the one before)): linear extrapolation (times, positions, speeds).</summary>
    DeltaOfDelta = 3,

    /// <summary>
    /// Floats only: residual = zigzag(key(value) − key(prediction)) where the prediction extrapolates
    /// the two previous values linearly in simulation time (the frames' steps jitter with rendering).
    /// Computed in IEEE double with one rounding per operation; a non-finite prediction falls back
    /// to the previous value, so every platform predicts the same bits.
    /// </summary>
    TimeLinear = 4,

    /// <summary>
    /// Floats only: like <see cref="TimeLinear"/>, but the prediction is the parabola through the three
    /// previous values (Lagrange, at their simulation times): positions and other smooth curves.
    /// </summary>
    TimeQuadratic = 5,
}
