using System.Globalization;
using Ets2Coach.Recording.Synthetic;
using Ets2Coach.Recording.Writing;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Tests.Support;

/// <summary>
/// The child process of the crash-safety test: records a synthetic drive at four times real time
/// until it is killed, printing after every frame <c>fed written</c> (frames accepted, frames whose
/// chunk the OS already has) so the parent knows what must survive.
/// </summary>
internal static class CrashChild
{
    public const string Command = "record-until-killed";
    public const int FramesPerSecondOfWallTime = 240;

    public static async Task<int> RunAsync(string path, int seed)
    {
        if (!DriveRecorder.TryCreate(path, Drives.Options(), out var recorder, out var error))
        {
            await Console.Error.WriteLineAsync(error);
            return 1;
        }

        var drive = new SyntheticDrive(seed);
        var events = new List<TelemetryEvent>();
        var output = Console.Out;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (long fed = 1; fed <= 1_000_000; fed++)
        {
            events.Clear();
            var frame = drive.Next(events);
            foreach (var e in events)
            {
                recorder.OnEvent(e);
            }

            recorder.OnFrame(frame);
            var status = recorder.Status;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{fed} {status.FramesWritten}"));
            await output.FlushAsync();
            var due = TimeSpan.FromSeconds((double)fed / FramesPerSecondOfWallTime);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
        }

        await recorder.DisposeAsync();
        return 0;
    }
}
