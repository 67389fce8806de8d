using System.Diagnostics;
using System.Globalization;
using Ets2Coach.Recording.Reading;
using Ets2Coach.Recording.Synthetic;
using Ets2Coach.Recording.Tests.Support;
using Ets2Coach.Telemetry;
using Xunit.Abstractions;

namespace Ets2Coach.Recording.Tests.Writing;

/// <summary>
/// A recording process killed (SIGKILL) at random moments: every file must open, hold exactly the
/// frames recorded from the first on, and lose no more than the chunk being filled (plus, at worst,
/// the one being written at that instant).
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Trials = 20;
    private const int FramesPerChunk = 60;

    [Fact]
    public async Task Recording_ProcessKilledAtRandomMoments_EveryFileOpensAndLosesAtMostTheLastChunk()
    {
        var random = new Random(2024);
        var worstLoss = 0L;
        for (var trial = 0; trial < Trials; trial++)
        {
            var path = Path.Combine(Path.GetTempPath(), $"e2c-crash-{Guid.NewGuid():N}.e2cd");
            try
            {
                var seed = 100 + trial;
                var runFor = TimeSpan.FromMilliseconds(random.Next(50, 2500));
                var (fed, written) = await RecordAndKillAsync(path, seed, runFor);
                output.WriteLine($"trial {trial}: ran {runFor.TotalMilliseconds} ms, {fed} frames fed, {written} reported written");

                Assert.True(DriveFileInspector.TryInspect(path, out var report, out var error), $"trial {trial}: {error}");
                Assert.True(report.Damage.Count == 0 || (report.Damage.Count == 1 && report.Damage[0].Kind == DamageKind.Truncated),
                    $"trial {trial}: {string.Join(" | ", report.Damage.Select(d => d.Message))}");

                var recovered = ReplayedFrames(path);
                var expected = new SyntheticDrive(seed);
                var events = new List<TelemetryEvent>();
                for (var i = 0; i < recovered.Count; i++)
                {
                    Assert.True(expected.Next(events) == recovered[i], $"trial {trial}: frame {i + 1} differs from the one recorded");
                }

                Assert.True(recovered.Count >= written, $"trial {trial}: {written} frames were reported written but only {recovered.Count} survived");
                var lost = fed - recovered.Count;
                worstLoss = Math.Max(worstLoss, lost);
                Assert.True(lost <= 2 * FramesPerChunk, $"trial {trial}: {lost} frames lost ({fed} fed, {recovered.Count} recovered)");
            }
            finally
            {
                File.Delete(path);
            }
        }

        output.WriteLine($"worst loss over {Trials} kills: {worstLoss} frames ({worstLoss / 60.0:0.00} s of driving)");
    }

    private static List<TelemetryFrame> ReplayedFrames(string path)
    {
        Assert.True(DriveFileTelemetrySource.TryOpen(path, null, out var source, out var error), error);
        using (source)
        {
            return Drives.Replay(source).Where(i => i.Kind == StreamItemKind.Frame).Select(i => i.Frame).ToList();
        }
    }

    private static async Task<(long Fed, long Written)> RecordAndKillAsync(string path, int seed, TimeSpan runFor)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(CrashSafetyTests).Assembly.Location);
        start.ArgumentList.Add(CrashChild.Command);
        start.ArgumentList.Add(path);
        start.ArgumentList.Add(seed.ToString(CultureInfo.InvariantCulture));
        using var child = Process.Start(start)!;
        long fed = 0, written = 0;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reader = Task.Run(async () =>
        {
            while (await child.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.Split(' ') is [var f, var w])
                {
                    Interlocked.Exchange(ref fed, long.Parse(f, CultureInfo.InvariantCulture));
                    Interlocked.Exchange(ref written, long.Parse(w, CultureInfo.InvariantCulture));
                    started.TrySetResult();
                }
            }
        });
        try
        {
            await Task.WhenAny(started.Task, Task.Delay(TimeSpan.FromSeconds(60)));
            Assert.True(started.Task.IsCompleted, "the recording child did not start within 60 s");
            await Task.Delay(runFor);

            // Snapshot what the child had reported, then kill it: everything it reported must survive.
            var reported = (Interlocked.Read(ref fed), Interlocked.Read(ref written));
            child.Kill();
            Assert.True(child.WaitForExit(TimeSpan.FromSeconds(30)), "the recording child survived SIGKILL");
            await reader.WaitAsync(TimeSpan.FromSeconds(30));
            return (Math.Max(reported.Item1, Interlocked.Read(ref fed)), reported.Item2);
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill();
            }
        }
    }

    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
