using System.Runtime.InteropServices;
using Ets2Coach.Simulator;
using Ets2Coach.Telemetry;
using Ets2Coach.Telemetry.SharedMemory;

namespace Ets2Coach.EndToEnd.Tests;

/// <summary>
/// The stand-in game's drive scenario through the real plugin: what a reader in another process
/// gets from shared memory is the simulator's drive, frame for frame and event for event.
/// </summary>
public sealed class DemoScenarioTests
{
    [Fact]
    public async Task DriveScenario_FiveMinuteReckless20HzDrive_FramesEventsAndPausesEqualTheSimulators()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // the stand-in game's plugin is built for the machine's OS; the test reads /dev/shm
        }

        var options = new SimulationOptions { Profile = DriverProfile.Reckless, Seed = 1, RateHz = 20, DurationMinutes = 5, Noise = NoiseLevel.High };
        var name = "e2c-demo-test-" + Guid.NewGuid().ToString("N");
        using var game = DemoProcess.Game("--scenario", "drive", "--profile", "reckless", "--seed", "1", "--rate", "20", "--minutes", "5",
            "--noise", "high", "--speedup", "0", "--shm-name", name, "--frame-capacity", "16384", "--hold-at-end", "60", "--until-stdin-closes");
        Assert.Equal("ready", (await game.NextJsonLineAsync())!.Value.GetProperty("event").GetString());
        var played = (await game.NextJsonLineAsync())!.Value;
        Assert.Equal("played", played.GetProperty("event").GetString());

        var simulator = new DriveSimulator(options);
        Assert.Equal(simulator.TotalFrames, played.GetProperty("frames").GetInt64());
        var (frames, events, configuration) = ReadEverything(name, simulator.TotalFrames);
        game.CloseInput();
        var (exitCode, _, error) = await game.RunToEndAsync();
        Assert.Equal(0, exitCode);
        Assert.Equal("", error);

        var expectedGameplay = new List<TelemetryEvent>();
        var expectedPauses = new List<(TelemetryEventKind, ulong)>();
        TelemetryConfiguration? lastConfiguration = null;
        var buffer = new TelemetryEvent[DriveSimulator.MaxEventsPerFrame];
        var index = 0;
        while (simulator.TryStep(out var expected, buffer, out var count, out var change))
        {
            lastConfiguration = change ?? lastConfiguration;
            foreach (var e in buffer.AsSpan(0, count))
            {
                if (e.Kind is TelemetryEventKind.Paused or TelemetryEventKind.Started)
                {
                    expectedPauses.Add((e.Kind, e.FrameNumber));
                }
                else if (e.Kind != TelemetryEventKind.Configuration)
                {
                    expectedGameplay.Add(e);
                }
            }

            AssertSameFrame(expected, frames[index++]);
        }

        Assert.Equal(frames.Count, index);

        var gameplay = events.Where(e => e.Kind is not (TelemetryEventKind.Configuration or TelemetryEventKind.Paused or TelemetryEventKind.Started)).ToList();
        Assert.NotEmpty(expectedGameplay);
        Assert.Equal(expectedGameplay.Count, gameplay.Count);
        for (var i = 0; i < gameplay.Count; i++)
        {
            // Event number, frame number and time are the plugin's; the frame an event precedes must agree.
            Assert.Equal(expectedGameplay[i].FrameNumber, gameplay[i].FrameNumber);
            Assert.Equal(expectedGameplay[i].SimulationTimeUs, gameplay[i].SimulationTimeUs);
            Assert.True(Payload(expectedGameplay[i]).SequenceEqual(Payload(gameplay[i])), $"gameplay event {i} ({gameplay[i].Kind}) differs from the simulator's");
        }

        // The game starts paused: its first frame announces "started", which the simulator leaves implicit.
        var pauses = events.Where(e => e.Kind is TelemetryEventKind.Paused or TelemetryEventKind.Started).Select(e => (e.Kind, e.FrameNumber)).ToList();
        Assert.Equal((TelemetryEventKind.Started, 1UL), pauses[0]);
        Assert.NotEmpty(expectedPauses);
        Assert.Equal(expectedPauses, pauses.Skip(1));

        Assert.Equal(lastConfiguration!.Truck!.Id, configuration.Truck!.Id);
        Assert.Equal(lastConfiguration.Trailers[0].Id, configuration.Trailers.Single().Id);
        Assert.Equal(lastConfiguration.Job?.CargoMassKg, configuration.Job?.CargoMassKg);
    }

    private static (List<TelemetryFrame> Frames, List<TelemetryEvent> Events, TelemetryConfiguration Configuration) ReadEverything(string name, long totalFrames)
    {
        using var source = new SharedMemoryTelemetrySource(new SharedMemoryTelemetrySourceOptions { Name = name });
        var frames = new List<TelemetryFrame>();
        var events = new List<TelemetryEvent>();
        var frameBuffer = new TelemetryFrame[1024];
        var eventBuffer = new TelemetryEvent[256];
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (frames.Count < totalFrames && DateTime.UtcNow < deadline)
        {
            var n = source.ReadFrames(frameBuffer);
            frames.AddRange(frameBuffer.AsSpan(0, n));
            int m;
            while ((m = source.ReadEvents(eventBuffer)) > 0)
            {
                events.AddRange(eventBuffer.AsSpan(0, m));
            }

            if (n == 0)
            {
                Thread.Sleep(5);
            }
        }

        var status = source.Status;
        Assert.Equal((0L, 0L, 0L, 0L), (status.FramesLost, status.FramesTorn, status.EventsLost, status.EventsTorn));
        Assert.Equal(totalFrames, frames.Count);
        return (frames, events, source.Configuration);
    }

    private static void AssertSameFrame(in TelemetryFrame expected, in TelemetryFrame actual)
    {
        // The plugin numbers frames and counts the events it published; everything else is the game's.
        var expectedCopy = expected with { FrameNumber = 0, EventsPublished = 0 };
        var actualCopy = actual with { FrameNumber = 0, EventsPublished = 0 };
        var e = MemoryMarshal.AsBytes(new ReadOnlySpan<TelemetryFrame>(in expectedCopy));
        var a = MemoryMarshal.AsBytes(new ReadOnlySpan<TelemetryFrame>(in actualCopy));
        var offset = e.CommonPrefixLength(a);
        Assert.True(offset == e.Length, $"frame {expected.FrameNumber}: byte {offset} of the frame differs from the simulator's (paused: {actual.IsPaused})");
        Assert.Equal(expected.FrameNumber, actual.FrameNumber);
    }

    private static byte[] Payload(in TelemetryEvent e) =>
        MemoryMarshal.AsBytes(new ReadOnlySpan<TelemetryEvent>(in e))[24..].ToArray();
}
