using System.Globalization;
using System.Text.Json;
using Ets2Coach.Habits;
using Ets2Coach.History;
using Ets2Coach.Simulator;

namespace Ets2Coach.EndToEnd.Tests;

/// <summary>
/// <c>ets2coach demo</c> as a user runs it, end to end: the app process starts the stand-in game
/// process, which loads the real plugin and plays a simulated drive into it; the app reads the
/// plugin's shared memory, runs the detectors and reports. The findings must be the ones the
/// simulator planted.
/// </summary>
public sealed class DemoTests
{
    [Theory]
    [InlineData("average", 8, "0")]    // as fast as possible: the ring holds the whole drive
    [InlineData("reckless", 8, "50")]  // paced at 50× real time (≈ 6 s) through a ring of ten seconds' frames
    public async Task Demo_FiveMinuteDrive_FindingsMatchTheSimulatorsGroundTruthWithNoFrameLost(string profile, int seed, string speedup)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // the plugin beside the test is built for the machine it runs on; the tests run on Linux
        }

        var drivesFolder = Path.Combine(Path.GetTempPath(), "e2c-demo-e2e-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var demo = DemoProcess.Coach(null, "demo", "--json", "--minutes", "5", "--speedup", speedup, "--profile", profile,
                "--seed", seed.ToString(CultureInfo.InvariantCulture), "--out", drivesFolder, "--db", Path.Combine(drivesFolder, "history.db"));
            var (exitCode, output, error) = await demo.RunToEndAsync();

            Assert.True(exitCode == 0, $"exit code {exitCode}: {error}");
            Assert.Equal("", error);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
            var detected = lines.Where(l => l.TryGetProperty("finding", out _)).Select(l => Finding(l.GetProperty("finding"))).ToList();
            var summary = lines[^1].GetProperty("summary");

            // The bridge lost nothing: every frame the game played reached the detectors.
            var simulator = new DriveSimulator(new SimulationOptions { Profile = DriverProfile.FromName(profile), Seed = seed, DurationMinutes = 5 });
            Assert.Equal(simulator.TotalFrames, summary.GetProperty("drive").GetProperty("framesPlayed").GetInt64());
            Assert.Equal(simulator.TotalFrames, summary.GetProperty("framesRead").GetInt64());
            Assert.Equal(0, summary.GetProperty("framesLost").GetInt64());
            Assert.Equal(0, summary.GetProperty("framesTorn").GetInt64());

            // The detectors found what the simulator planted, judged here by the matcher, not by the app's own summary.
            var expected = simulator.GroundTruth.ExpectedFindings;
            Assert.True(expected.Count >= 5, $"only {expected.Count} planted findings: pick a drive that tests something");
            var match = FindingMatcher.Match(detected, expected);
            var kinds = HabitCatalog.AllKinds.ToHashSet();
            Assert.True(match.Precision(kinds) >= 0.95 && match.Recall(kinds) >= 0.95,
                $"precision {match.Precision(kinds):0.00}, recall {match.Recall(kinds):0.00}; false alarms: {string.Join(", ", match.FalsePositives.Select(f => $"{f.Kind}@{f.StartSeconds:0.0}"))}; missed: {string.Join(", ", match.Missed.Select(m => $"{m.Kind}@{m.StartSeconds:0.0}"))}");
            Assert.Equal(expected.Count, summary.GetProperty("groundTruth").GetProperty("expected").GetInt32());
            Assert.Equal(match.Matched.Count, summary.GetProperty("groundTruth").GetProperty("matched").GetInt32());

            // The recording replays to the same findings and score as the live drive.
            var recording = summary.GetProperty("recording");
            Assert.Equal(simulator.TotalFrames, recording.GetProperty("framesWritten").GetInt64());
            using var replay = DemoProcess.Coach(null, "replay", recording.GetProperty("path").GetString()!, "--json");
            var (replayExit, replayOutput, replayError) = await replay.RunToEndAsync();
            Assert.True(replayExit == 0, replayError);
            var replayLines = replayOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
            Assert.Equal(
                detected.Select(d => (d.Kind, d.Severity, d.StartSeconds, d.EndSeconds)),
                replayLines.Where(l => l.TryGetProperty("finding", out _)).Select(l => Finding(l.GetProperty("finding"))).Select(d => (d.Kind, d.Severity, d.StartSeconds, d.EndSeconds)));
            Assert.Equal(summary.GetProperty("overallScore").GetDouble(), replayLines[^1].GetProperty("summary").GetProperty("overallScore").GetDouble());

            // The drive is in the history, with its file, its findings and the live score.
            var stored = summary.GetProperty("history");
            using var history = DriveHistory.Open(Path.Combine(drivesFolder, "history.db"));
            var drive = history.GetDrive(stored.GetProperty("driveId").GetInt64());
            Assert.NotNull(drive);
            Assert.Equal(recording.GetProperty("path").GetString(), drive.FilePath);
            Assert.Equal(new SimulationInfo(profile, seed), drive.Simulation);
            Assert.Equal(detected.Count, drive.Scoring.Events.Count);
            Assert.Equal(summary.GetProperty("overallScore").GetDouble(), drive.Scoring.Overall, 6);
            Assert.Equal(simulator.TotalFrames, drive.FramesRead);
        }
        finally
        {
            if (Directory.Exists(drivesFolder))
            {
                Directory.Delete(drivesFolder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Demo_NoOptionsButSpeedup0_TheDefaultDriveEndsWithAHabitReport()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // The README's first command, with the pacing off so that CI does not wait a minute (the
        // defaults themselves are checked in Ets2Coach.Cli.Tests); recorded into a private data folder.
        var data = Path.Combine(Path.GetTempPath(), "e2c-demo-e2e-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var demo = DemoProcess.Coach(new Dictionary<string, string> { ["XDG_DATA_HOME"] = data }, "demo", "--speedup", "0");
            var (exitCode, output, error) = await demo.RunToEndAsync();

            Assert.True(exitCode == 0, $"exit code {exitCode}: {error}");
            Assert.Equal("", error);
            Assert.StartsWith("Simulated practice drive: average driver, seed 1, 15 min at 60 Hz, low sensor noise", output, StringComparison.Ordinal);
            Assert.Contains("── Habit report", output, StringComparison.Ordinal);
            Assert.Contains("\nOverall       ", output, StringComparison.Ordinal);
            Assert.Contains("\nFix first\n", output, StringComparison.Ordinal);
            Assert.Contains($"\nTelemetry     {new DriveSimulator(new SimulationOptions()).TotalFrames:N0} frames read, 0 lost, 0 torn;", output, StringComparison.Ordinal);
            Assert.Contains($"\nRecorded      {data}/Ets2Coach/drives/", output, StringComparison.Ordinal);
            Assert.Contains("\nGround truth  coach found ", output, StringComparison.Ordinal);
            Assert.Contains($"\nHistory       drive #1 in {data}/Ets2Coach/history.db", output, StringComparison.Ordinal);
            Assert.Single(Directory.GetFiles(Path.Combine(data, "Ets2Coach", "drives"), "*_demo-average-seed1.e2cd"));
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static HabitEvent Finding(JsonElement f) => new()
    {
        Kind = Enum.Parse<HabitKind>(f.GetProperty("kind").GetString()!, ignoreCase: true),
        Severity = Enum.Parse<Severity>(f.GetProperty("severity").GetString()!, ignoreCase: true),
        StartSeconds = f.GetProperty("startSeconds").GetDouble(),
        EndSeconds = f.GetProperty("endSeconds").GetDouble(),
    };
}
