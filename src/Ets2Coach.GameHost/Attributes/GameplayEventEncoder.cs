using System.Runtime.InteropServices;
using Ets2Coach.GameHost.Interop;
using Ets2Coach.GameHost.Sdk;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Attributes;

/// <summary>
/// Turns a gameplay <see cref="TelemetryEvent"/> into the SDK's gameplay event: the id and the
/// attributes the game sends (§6.3), each only when its bit is set in
/// <see cref="TelemetryEvent.AttributesPresent"/>. Reads the event's payload bytes directly (the
/// layout of <c>e2c_event</c>) so that encoding allocates nothing on the managed heap.
/// </summary>
internal static unsafe class GameplayEventEncoder
{
    /// <summary>True for the kinds that are SDK gameplay events.</summary>
    public static bool IsGameplay(TelemetryEventKind kind) =>
        kind is TelemetryEventKind.JobCancelled or TelemetryEventKind.JobDelivered or TelemetryEventKind.PlayerFined
            or TelemetryEventKind.TollgatePaid or TelemetryEventKind.FerryUsed or TelemetryEventKind.TrainUsed
            or TelemetryEventKind.GameplayOther;

    /// <summary>Encodes <paramref name="gameplayEvent"/> into <paramref name="arena"/>.</summary>
    public static ScsTelemetryGameplayEvent Encode(in TelemetryEvent gameplayEvent, NativeArena arena)
    {
        var payload = MemoryMarshal.AsBytes(new ReadOnlySpan<TelemetryEvent>(in gameplayEvent)).Slice(TelemetryEvent.PayloadOffset, TelemetryEvent.PayloadSizeInBytes);
        var present = gameplayEvent.AttributesPresent;
        var writer = new AttributeWriter(arena, 7);
        byte* id;
        switch (gameplayEvent.Kind)
        {
            case TelemetryEventKind.JobCancelled:
                id = Utf8Literal.Pointer("job.cancelled\0"u8);
                if (Has(present, 0)) { writer.S64(Utf8Literal.Pointer("cancel.penalty\0"u8), gameplayEvent.Amount); }
                break;

            case TelemetryEventKind.JobDelivered:
                id = Utf8Literal.Pointer("job.delivered\0"u8);
                if (Has(present, 0)) { writer.S64(Utf8Literal.Pointer("revenue\0"u8), gameplayEvent.Amount); }
                if (Has(present, 1)) { writer.S32(Utf8Literal.Pointer("earned.xp\0"u8), gameplayEvent.EarnedXp); }
                if (Has(present, 2)) { writer.Float(Utf8Literal.Pointer("cargo.damage\0"u8), gameplayEvent.DeliveredCargoDamage); }
                if (Has(present, 3)) { writer.Float(Utf8Literal.Pointer("distance.km\0"u8), gameplayEvent.DistanceKm); }
                if (Has(present, 4)) { writer.U32(Utf8Literal.Pointer("delivery.time\0"u8), gameplayEvent.DeliveryTimeMinutes); }
                if (Has(present, 5)) { writer.Bool(Utf8Literal.Pointer("auto.park.used\0"u8), gameplayEvent.AutoParkUsed); }
                if (Has(present, 6)) { writer.Bool(Utf8Literal.Pointer("auto.load.used\0"u8), gameplayEvent.AutoLoadUsed); }
                break;

            case TelemetryEventKind.PlayerFined:
                id = Utf8Literal.Pointer("player.fined\0"u8);
                if (Has(present, 1))
                {
                    var name = payload.Slice(16, 32);
                    writer.String(Utf8Literal.Pointer("fine.offence\0"u8), name[0] != 0 ? name : OffenceNames.Utf8(gameplayEvent.Offence));
                }

                if (Has(present, 0)) { writer.S64(Utf8Literal.Pointer("fine.amount\0"u8), gameplayEvent.Amount); }
                break;

            case TelemetryEventKind.TollgatePaid:
                id = Utf8Literal.Pointer("player.tollgate.paid\0"u8);
                if (Has(present, 0)) { writer.S64(Utf8Literal.Pointer("pay.amount\0"u8), gameplayEvent.Amount); }
                break;

            case TelemetryEventKind.FerryUsed:
            case TelemetryEventKind.TrainUsed:
                id = gameplayEvent.Kind == TelemetryEventKind.FerryUsed
                    ? Utf8Literal.Pointer("player.use.ferry\0"u8)
                    : Utf8Literal.Pointer("player.use.train\0"u8);
                if (Has(present, 0)) { writer.S64(Utf8Literal.Pointer("pay.amount\0"u8), gameplayEvent.Amount); }
                if (Has(present, 1)) { writer.String(Utf8Literal.Pointer("source.name\0"u8), payload.Slice(8, 48)); }
                if (Has(present, 2)) { writer.String(Utf8Literal.Pointer("target.name\0"u8), payload.Slice(56, 48)); }
                if (Has(present, 3)) { writer.String(Utf8Literal.Pointer("source.id\0"u8), payload.Slice(104, 32)); }
                if (Has(present, 4)) { writer.String(Utf8Literal.Pointer("target.id\0"u8), payload.Slice(136, 32)); }
                break;

            case TelemetryEventKind.GameplayOther:
                id = arena.Utf8(payload[..64]);
                break;

            default:
                throw new ArgumentException($"{gameplayEvent.Kind} is not a gameplay event", nameof(gameplayEvent));
        }

        return new ScsTelemetryGameplayEvent { id = id, attributes = writer.Entries };
    }

    private static bool Has(uint present, int bit) => (present & (1u << bit)) != 0;
}
