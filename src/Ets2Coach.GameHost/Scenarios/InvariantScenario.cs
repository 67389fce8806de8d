using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Scenarios;

/// <summary>
/// A scripted drive whose every frame field and every gameplay event is a deterministic function
/// of the host's frame index <c>i</c> (or event index <c>k</c>), so a reader can check every frame it
/// gets from shared memory for exact values: a frame that mixes two frames (a torn read) fails
/// <see cref="TryVerify"/>. Values are chosen to change every frame and to be unique over 2^24
/// frames, not to look like a real drive.
/// </summary>
public static class InvariantScenario
{
    /// <summary>Simulation time of frame 0, µs.</summary>
    public const ulong SimulationStartUs = 1_000_000;

    /// <summary>Paused-simulation time of frame 0, µs.</summary>
    public const ulong PausedSimulationStartUs = 500_000;

    /// <summary>Time step between frames, µs (about 60 Hz).</summary>
    public const ulong StepUs = 16_667;

    private const int SwitchCount = 17;
    private const int FirstSwitch = 39;

    private static readonly string[] s_ports = ["Calais", "Dover", "Rostock", "Trelleborg", "Kiel", "Oslo"];
    private static readonly string[] s_portIds = ["calais", "dover", "rostock", "trelleborg", "kiel", "oslo"];

    /// <summary>The fixed configuration the scenario reports (truck, one trailer, a job).</summary>
    public static TelemetryConfiguration Configuration { get; } = new()
    {
        ShifterType = "arcade",
        Truck = new TruckConfiguration
        {
            BrandId = "scania", Brand = "Scania", Id = "vehicle.scania.s_2016", Name = "S",
            LicensePlate = "E2C 0001", LicensePlateCountryId = "germany",
            FuelCapacityL = 1400f, RpmLimit = 2500f, GearsForward = 12, GearsReverse = 2, RetarderSteps = 3, WheelCount = 6,
        },
        Trailers =
        [
            new TrailerConfiguration
            {
                Index = 0, Id = "trailer.scs.box", CargoAccessoryId = "cargo.chemicals", BrandId = "krone", Name = "Cool Liner",
                BodyType = "dryvan", ChainType = "single", LicensePlate = "E2C 0002", WheelCount = 6,
            },
        ],
        Job = new JobConfiguration
        {
            CargoId = "chemicals", Cargo = "Chemicals", CargoMassKg = 18_000f, CargoUnitMassKg = 1_000f, CargoUnitCount = 18,
            SourceCityId = "berlin", SourceCity = "Berlin", SourceCompanyId = "bcp", SourceCompany = "BCP",
            DestinationCityId = "praha", DestinationCity = "Praha", DestinationCompanyId = "tree_et", DestinationCompany = "Tree-ET",
            JobMarket = "freight_market", Income = 12_345, DeliveryTimeMinutes = 6_000, PlannedDistanceKm = 350,
            CargoLoaded = true, IsSpecialJob = false,
        },
    };

    /// <summary>The gameplay event kinds <see cref="Event"/> cycles through, in order.</summary>
    public static int EventCycleLength => 21;

    /// <summary>Frame <paramref name="index"/>: every channel present, <see cref="FrameState.TimerRestart"/> on frame 0 only.</summary>
    public static TelemetryFrame Frame(long index)
    {
        var i = index;
        var simulation = SimulationStartUs + ((ulong)i * StepUs);
        return new TelemetryFrame
        {
            SimulationTimeUs = simulation,
            RenderTimeUs = simulation + ((ulong)(i % 5) * 1_000),
            PausedSimulationTimeUs = PausedSimulationStartUs + ((ulong)i * StepUs),
            ChannelsPresent = TelemetryChannels.All,
            State = i == 0 ? FrameState.TimerRestart : FrameState.None,
            Switches = (TruckSwitches)(U(i, 0) & ((1u << SwitchCount) - 1)),
            Position = new WorldPosition(1_000 + (i * 0.25), 50 + ((i % 4096) * 0.125), -2_000 - (i * 0.5)),
            Orientation = new Orientation(F(i, 1), (F(i, 2) * 0.5f) - 0.25f, F(i, 3) - 0.5f),
            LocalVelocityMps = new Vector3((F(i, 4) * 4) - 2, (F(i, 5) * 2) - 1, -F(i, 6) * 32),
            LocalAngularVelocityTurnsPerS = new Vector3(F(i, 7) - 0.5f, F(i, 8) - 0.5f, F(i, 9) - 0.5f),
            LocalAccelerationMps2 = new Vector3((F(i, 10) * 8) - 4, (F(i, 11) * 8) - 4, (F(i, 12) * 8) - 4),
            LocalAngularAccelerationTurnsPerS2 = new Vector3(F(i, 13) - 0.5f, F(i, 14) - 0.5f, F(i, 15) - 0.5f),
            SpeedMps = (F(i, 16) * 40) - 5,
            InputSteering = (F(i, 17) * 2) - 1,
            InputThrottle = F(i, 18),
            InputBrake = F(i, 19),
            InputClutch = F(i, 20),
            EffectiveSteering = (F(i, 21) * 2) - 1,
            EffectiveThrottle = F(i, 22),
            EffectiveBrake = F(i, 23),
            EffectiveClutch = F(i, 24),
            CruiseControlMps = F(i, 25) * 32,
            EngineRpm = F(i, 26) * 2_500,
            EngineGear = (int)U(i, 27),
            DisplayedGear = (int)U(i, 28),
            RetarderLevel = U(i, 29),
            AuxFront = U(i, 30),
            AuxRoof = U(i, 31),
            GameTimeMinutes = U(i, 32),
            RestStopMinutes = (int)U(i, 33),
            MultiplayerTimeOffsetMinutes = (int)U(i, 34),
            LocalScale = F(i, 35) * 32,
            NavigationDistanceM = F(i, 36) * 500_000,
            NavigationTimeS = F(i, 37) * 20_000,
            NavigationSpeedLimitMps = F(i, 38) * 40,
            WearEngine = F(i, 39),
            WearTransmission = F(i, 40),
            WearCabin = F(i, 41),
            WearChassis = F(i, 42),
            WearWheels = F(i, 43),
            OdometerKm = F(i, 44) * 1_000_000,
            FuelAmountL = F(i, 45) * 1_400,
            FuelRangeKm = F(i, 46) * 4_000,
            CargoDamage = F(i, 47),
            TrailerWearChassis = F(i, 48),
            TrailerPosition = new WorldPosition(990 + (i * 0.25), 49 + ((i % 4096) * 0.125), -1_990 - (i * 0.5)),
            TrailerOrientation = new Orientation(F(i, 49), (F(i, 50) * 0.5f) - 0.25f, F(i, 51) - 0.5f),
        };
    }

    /// <summary>
    /// Gameplay event <paramref name="index"/>, cycling through every kind: a fine for each of the 14
    /// offences, a fine with an offence string the plugin does not know, a toll, a ferry, a train, a
    /// delivery, a cancellation and an unknown gameplay id. Numbers (event, frame, time) are left 0:
    /// the plugin assigns them. Allocates nothing.
    /// </summary>
    public static TelemetryEvent Event(long index)
    {
        var k = index;
        var amount = 1_000 + (k * 7);
        var slot = (int)(k % EventCycleLength);
        var port = (int)(k % s_ports.Length);
        var other = (port + 1) % s_ports.Length;
        return slot switch
        {
            < 14 => TelemetryEvent.ForFine(0, 0, 0, Attributes.OffenceNames.Of((Offence)(slot + 1)), (Offence)(slot + 1), amount),
            14 => TelemetryEvent.ForFine(0, 0, 0, "e2c_test_offence", Offence.Unknown, amount),
            15 => TelemetryEvent.ForAmount(0, 0, 0, TelemetryEventKind.TollgatePaid, amount),
            16 => TelemetryEvent.ForTransport(0, 0, 0, TelemetryEventKind.FerryUsed, amount, s_ports[port], s_ports[other], s_portIds[port], s_portIds[other]),
            17 => TelemetryEvent.ForTransport(0, 0, 0, TelemetryEventKind.TrainUsed, amount, s_ports[other], s_ports[port], s_portIds[other], s_portIds[port]),
            18 => TelemetryEvent.ForDelivery(0, 0, 0, amount, (int)(k % 1_000), F(k, 60), F(k, 61) * 2_000, U(k, 62) % 100_000, k % 2 == 0, k % 4 < 2),
            19 => TelemetryEvent.ForAmount(0, 0, 0, TelemetryEventKind.JobCancelled, amount),
            _ => TelemetryEvent.ForOtherGameplay(0, 0, 0, "e2c.test.unknown_event"),
        };
    }

    /// <summary>
    /// Checks a frame read back from the plugin. Every field whose channel bit is set must equal the
    /// generator's value for one frame index; the times identify the index. A running frame must be
    /// exactly frame <paramref name="index"/> (apart from <see cref="TelemetryFrame.FrameNumber"/> and
    /// <see cref="TelemetryFrame.EventsPublished"/>, which the plugin assigns); a paused frame carries
    /// the times of <paramref name="index"/> and the channel values of an earlier running frame
    /// (channels stop while paused). A clear channel bit (a refused channel) is not checked.
    /// </summary>
    /// <returns>False, with a one-line <paramref name="error"/>, when the frame is not a scenario frame (or torn).</returns>
    public static bool TryVerify(in TelemetryFrame frame, out long index, out string? error)
    {
        index = -1;
        if (frame.SimulationTimeUs < SimulationStartUs || (frame.SimulationTimeUs - SimulationStartUs) % StepUs != 0)
        {
            error = Invariant($"simulation time {frame.SimulationTimeUs} µs is not on the scenario's grid");
            return false;
        }

        index = (long)((frame.SimulationTimeUs - SimulationStartUs) / StepUs);
        var expected = Frame(index);
        if (frame.RenderTimeUs != expected.RenderTimeUs || frame.PausedSimulationTimeUs != expected.PausedSimulationTimeUs)
        {
            error = Invariant($"frame {index}: render/paused times {frame.RenderTimeUs}/{frame.PausedSimulationTimeUs} µs, expected {expected.RenderTimeUs}/{expected.PausedSimulationTimeUs}");
            return false;
        }

        if ((frame.State & ~FrameState.Paused) != expected.State)
        {
            error = Invariant($"frame {index}: state {frame.State}, expected {expected.State}");
            return false;
        }

        var source = index;
        if (frame.IsPaused && frame.ChannelsPresent != TelemetryChannels.None)
        {
            if (!TrySourceOfPausedFrame(frame, index, out source, out error))
            {
                return false;
            }

            expected = Frame(source);
        }

        return TryCompareChannels(frame, expected, source, out error);
    }

    /// <summary>
    /// Checks a gameplay event read back from the plugin, played by the scenario every
    /// <paramref name="eventsEvery"/> frames (event k with frame k × <paramref name="eventsEvery"/>):
    /// its simulation time identifies k, and its payload must equal <see cref="Event"/>(k).
    /// Only gameplay kinds are scenario events; configuration, pause and timer events fail.
    /// </summary>
    public static bool TryVerifyEvent(in TelemetryEvent telemetryEvent, int eventsEvery, out long index, out string? error)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(eventsEvery, 1);
        index = -1;
        var time = telemetryEvent.SimulationTimeUs;
        if (time < SimulationStartUs || (time - SimulationStartUs) % StepUs != 0)
        {
            error = Invariant($"event {telemetryEvent.EventNumber}: simulation time {time} µs is not on the scenario's grid");
            return false;
        }

        var frameIndex = (long)((time - SimulationStartUs) / StepUs);
        if (frameIndex % eventsEvery != 0)
        {
            error = Invariant($"event {telemetryEvent.EventNumber} ({telemetryEvent.Kind}) at frame {frameIndex}, which plays no event");
            return false;
        }

        index = frameIndex / eventsEvery;
        var expected = Event(index);

        // Event number, frame number and simulation time (the first 24 bytes) are the plugin's.
        var actualBytes = MemoryMarshal.AsBytes(new ReadOnlySpan<TelemetryEvent>(in telemetryEvent))[24..];
        var expectedBytes = MemoryMarshal.AsBytes(new ReadOnlySpan<TelemetryEvent>(in expected))[24..];
        if (!actualBytes.SequenceEqual(expectedBytes))
        {
            error = Invariant($"event {telemetryEvent.EventNumber}: {telemetryEvent.Kind} differs from scenario event {index} ({expected.Kind}, amount {expected.Amount})");
            return false;
        }

        error = null;
        return true;
    }

    // A value in [0, 1) with 24 significant bits, a bijection of i over 2^24 frames for each field.
    private static float F(long i, int field) => (float)((((ulong)i * Multiplier(field)) + (ulong)field) & 0xFF_FFFF) / 16_777_216f;

    private static uint U(long i, int field) => unchecked((uint)(((ulong)i * Multiplier(field)) + (ulong)field));

    private static ulong Multiplier(int field) => 0x9E37_79B1UL + (2UL * (ulong)field);

    private static bool TrySourceOfPausedFrame(in TelemetryFrame frame, long index, out long source, out string? error)
    {
        // Channel values are frozen at the last running frame: find which from a field that identifies it.
        source = -1;
        if (frame.Has(TelemetryChannels.WorldPlacement))
        {
            var fromX = (frame.Position.XMetres - 1_000) * 4;
            source = (long)fromX;
            if (fromX != source)
            {
                source = -1;
            }
        }
        else if (frame.Has(TelemetryChannels.Retarder))
        {
            // U(i, 29) is a bijection modulo 2^32: invert it.
            source = (long)unchecked((uint)((frame.RetarderLevel - 29u) * ModularInverse((uint)Multiplier(29))));
        }

        if (source < 0 || source > index)
        {
            error = Invariant($"paused frame {index}: its channel values belong to no earlier scenario frame");
            return false;
        }

        error = null;
        return true;
    }

    private static bool TryCompareChannels(in TelemetryFrame frame, in TelemetryFrame expected, long source, out string? error)
    {
        var present = (ulong)frame.ChannelsPresent;
        if ((present & ~(ulong)TelemetryChannels.All) != 0)
        {
            error = Invariant($"frame {source}: unknown channel bits 0x{present:x}");
            return false;
        }

        var actualBytes = MemoryMarshal.AsBytes(new ReadOnlySpan<TelemetryFrame>(in frame));
        var expectedBytes = MemoryMarshal.AsBytes(new ReadOnlySpan<TelemetryFrame>(in expected));
        for (var channel = 0; channel < FirstSwitch; channel++)
        {
            if ((present & (1UL << channel)) == 0)
            {
                continue;
            }

            var (offset, length) = FieldOf(channel);
            if (!actualBytes.Slice(offset, length).SequenceEqual(expectedBytes.Slice(offset, length)))
            {
                error = Invariant($"frame {source}: {(TelemetryChannels)(1UL << channel)} differs from the scenario's value");
                return false;
            }
        }

        if (((uint)frame.Switches >> SwitchCount) != 0)
        {
            error = Invariant($"frame {source}: switch bits 0x{(uint)frame.Switches:x} beyond the {SwitchCount} boolean channels");
            return false;
        }

        var switchMask = (uint)(present >> FirstSwitch);
        var switchDiff = ((uint)frame.Switches ^ (uint)expected.Switches) & switchMask;
        if (switchDiff != 0)
        {
            error = Invariant($"frame {source}: switches {(TruckSwitches)switchDiff} differ from the scenario's values");
            return false;
        }

        error = null;
        return true;
    }

    // Offset and size of each non-switch channel's field in e2c_frame (docs/shared-memory-protocol.md).
    private static (int Offset, int Length) FieldOf(int channel) => channel switch
    {
        0 => (56, 36),      // position + orientation
        1 => (92, 12),
        2 => (104, 12),
        3 => (116, 12),
        4 => (128, 12),
        37 => (268, 4),
        38 => (272, 36),    // trailer position + orientation
        _ => (140 + ((channel - 5) * 4), 4), // speed_mps (140) ... cargo_damage (264), one 4-byte field each
    };

    private static uint ModularInverse(uint odd)
    {
        // Newton's iteration for the inverse modulo 2^32 of an odd number.
        var x = odd;
        for (var n = 0; n < 5; n++)
        {
            x *= 2 - (odd * x);
        }

        return x;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
