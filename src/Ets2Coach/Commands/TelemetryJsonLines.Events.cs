using System.Text.Json;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Commands;

// Events: {"event": kind, numbers, then the payload attributes whose bit is set.}
internal sealed partial class TelemetryJsonLines
{
    private static readonly JsonEncodedText s_event = JsonEncodedText.Encode("event");
    private static readonly JsonEncodedText s_eventNumber = JsonEncodedText.Encode("eventNumber");
    private static readonly JsonEncodedText s_amount = JsonEncodedText.Encode("amount");
    private static readonly JsonEncodedText[] s_kinds = Enum.GetValues<TelemetryEventKind>()
        .Select(k => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(k.ToString())))
        .ToArray();

    private static void WriteEventHeader(Utf8JsonWriter w, in TelemetryEvent e)
    {
        if ((uint)e.Kind < (uint)s_kinds.Length)
        {
            w.WriteString(s_event, s_kinds[(int)e.Kind]);
        }
        else
        {
            w.WriteString(s_event, "unknown");
            w.WriteNumber("kindCode", (uint)e.Kind);
        }

        w.WriteNumber(s_eventNumber, e.EventNumber);
        w.WriteNumber(s_frameNumber, e.FrameNumber);
        w.WriteNumber(s_simulationTimeUs, e.SimulationTimeUs);
    }

    private static void WritePayload(Utf8JsonWriter w, in TelemetryEvent e)
    {
        var a = e.AttributesPresent;
        switch (e.Kind)
        {
            case TelemetryEventKind.Configuration:
                w.WriteString("configGroup", GroupName(e.ConfigurationGroup));
                w.WriteNumber("attributeCount", e.AttributeCount);
                w.WriteNumber("configGeneration", e.ConfigurationGeneration);
                break;
            case TelemetryEventKind.JobCancelled or TelemetryEventKind.TollgatePaid:
                if (Bit(a, 0))
                {
                    w.WriteNumber(s_amount, e.Amount);
                }

                break;
            case TelemetryEventKind.JobDelivered:
                WriteDelivery(w, in e, a);
                break;
            case TelemetryEventKind.PlayerFined:
                if (Bit(a, 0))
                {
                    w.WriteNumber(s_amount, e.Amount);
                }

                if (Bit(a, 1))
                {
                    w.WriteString("offence", JsonNamingPolicy.CamelCase.ConvertName(e.Offence.ToString()));
                }

                w.WriteString("offenceName", e.OffenceName);
                break;
            case TelemetryEventKind.FerryUsed or TelemetryEventKind.TrainUsed:
                WriteTransport(w, in e, a);
                break;
            case TelemetryEventKind.GameplayOther:
                w.WriteString("id", e.GameplayId);
                break;
            default:
                break;
        }
    }

    private static void WriteDelivery(Utf8JsonWriter w, in TelemetryEvent e, uint a)
    {
        if (Bit(a, 0))
        {
            w.WriteNumber("revenue", e.Amount);
        }

        if (Bit(a, 1))
        {
            w.WriteNumber("earnedXp", e.EarnedXp);
        }

        if (Bit(a, 2))
        {
            Number(w, JsonEncodedText.Encode("cargoDamage"), e.DeliveredCargoDamage);
        }

        if (Bit(a, 3))
        {
            Number(w, JsonEncodedText.Encode("distanceKm"), e.DistanceKm);
        }

        if (Bit(a, 4))
        {
            w.WriteNumber("deliveryTimeMinutes", e.DeliveryTimeMinutes);
        }

        if (Bit(a, 5))
        {
            w.WriteBoolean("autoParkUsed", e.AutoParkUsed);
        }

        if (Bit(a, 6))
        {
            w.WriteBoolean("autoLoadUsed", e.AutoLoadUsed);
        }
    }

    private static void WriteTransport(Utf8JsonWriter w, in TelemetryEvent e, uint a)
    {
        if (Bit(a, 0))
        {
            w.WriteNumber(s_amount, e.Amount);
        }

        if (Bit(a, 1))
        {
            w.WriteString("sourceName", e.SourceName);
        }

        if (Bit(a, 2))
        {
            w.WriteString("targetName", e.TargetName);
        }

        if (Bit(a, 3))
        {
            w.WriteString("sourceId", e.SourceId);
        }

        if (Bit(a, 4))
        {
            w.WriteString("targetId", e.TargetId);
        }
    }

    private static string GroupName(ConfigurationGroup group) => group switch
    {
        >= ConfigurationGroup.Trailer0 and < ConfigurationGroup.Job => $"trailer{group - ConfigurationGroup.Trailer0}",
        ConfigurationGroup.Substances or ConfigurationGroup.Controls or ConfigurationGroup.HShifter or ConfigurationGroup.Truck or ConfigurationGroup.Job
            => JsonNamingPolicy.CamelCase.ConvertName(group.ToString()),
        _ => $"group{(uint)group}",
    };

    private static bool Bit(uint attributes, int bit) => (attributes & (1u << bit)) != 0;
}
