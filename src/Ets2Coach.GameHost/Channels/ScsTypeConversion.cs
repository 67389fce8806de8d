using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost.Channels;

/// <summary>
/// The game's type conversions at channel registration (fact sheet §2.6): float-based types can be
/// had as their double-based twin and back, u32 as u64, a placement as euler (rotation only) or as
/// fvector/dvector (position only). Anything else is <see cref="ScsResult.UnsupportedType"/>.
/// </summary>
internal static unsafe class ScsTypeConversion
{
    /// <summary>Whether a channel of type <paramref name="native"/> can be registered as <paramref name="requested"/>.</summary>
    public static bool CanProvide(ScsValueType native, ScsValueType requested) =>
        native == requested || (native, requested) switch
        {
            (ScsValueType.Float, ScsValueType.Double) or (ScsValueType.Double, ScsValueType.Float) => true,
            (ScsValueType.FVector, ScsValueType.DVector) or (ScsValueType.DVector, ScsValueType.FVector) => true,
            (ScsValueType.FPlacement, ScsValueType.DPlacement) or (ScsValueType.DPlacement, ScsValueType.FPlacement) => true,
            (ScsValueType.FPlacement or ScsValueType.DPlacement, ScsValueType.Euler or ScsValueType.FVector or ScsValueType.DVector) => true,
            (ScsValueType.U32, ScsValueType.U64) => true,
            _ => false,
        };

    /// <summary>
    /// Converts <paramref name="source"/> into <paramref name="requested"/> (which <see cref="CanProvide"/>
    /// allowed) in <paramref name="destination"/>, zeroing the unused bytes so values compare byte-wise.
    /// </summary>
    public static void Convert(ScsValue* source, ScsValueType requested, ScsValue* destination)
    {
        if (source->type == requested)
        {
            *destination = *source;
            return;
        }

        *destination = default;
        destination->type = requested;
        switch (requested)
        {
            case ScsValueType.Double:
                destination->value_double = source->value_float;
                break;
            case ScsValueType.Float:
                destination->value_float = (float)source->value_double;
                break;
            case ScsValueType.U64:
                destination->value_u64 = source->value_u32;
                break;
            case ScsValueType.Euler:
                destination->value_euler = source->type == ScsValueType.FPlacement
                    ? source->value_fplacement.orientation
                    : source->value_dplacement.orientation;
                break;
            case ScsValueType.DVector:
                destination->value_dvector = source->type == ScsValueType.FVector ? ToD(source->value_fvector)
                    : source->type == ScsValueType.FPlacement ? ToD(source->value_fplacement.position)
                    : source->value_dplacement.position;
                break;
            case ScsValueType.FVector:
                destination->value_fvector = source->type == ScsValueType.DVector ? ToF(source->value_dvector)
                    : source->type == ScsValueType.DPlacement ? ToF(source->value_dplacement.position)
                    : source->value_fplacement.position;
                break;
            case ScsValueType.DPlacement:
                destination->value_dplacement.position = ToD(source->value_fplacement.position);
                destination->value_dplacement.orientation = source->value_fplacement.orientation;
                break;
            case ScsValueType.FPlacement:
                destination->value_fplacement.position = ToF(source->value_dplacement.position);
                destination->value_fplacement.orientation = source->value_dplacement.orientation;
                break;
            default:
                throw new InvalidOperationException($"no conversion from {source->type} to {requested}");
        }
    }

    private static ScsDVector ToD(ScsFVector v) => new() { x = v.x, y = v.y, z = v.z };

    private static ScsFVector ToF(ScsDVector v) => new() { x = (float)v.x, y = (float)v.y, z = (float)v.z };
}
