using System.Globalization;
using Ets2Coach.Cli.Tests.Support;
using Ets2Coach.Commands;
using Ets2Coach.Reporting;
using Ets2Coach.Simulator;

namespace Ets2Coach.Cli.Tests.Commands;

public sealed class ReplayCommandTests
{
    private static readonly SimulationOptions s_drive = new() { Profile = DriverProfile.Reckless, Seed = 3, DurationMinutes = 5, Noise = NoiseLevel.Low };

    [Fact]
    public async Task Replay_RecordedSimulatedDrive_SameFindingsAndScoresAsTheSimulatorInProcess()
    {
        using var folder = new TempFolder();
        var path = await SimulatedDrives.RecordAsync(s_drive, folder.Path);
        var inProcess = SimulatedDrives.Score(s_drive);

        var (code, output, error) = await CliRun.InvokeAsync("replay", path, "--json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(error);
        var findings = CliRun.Findings(output);
        Assert.True(inProcess.Findings.Count >= 5, "the drive should have something to find");
        Assert.Equal(
            inProcess.Findings.Select(f => (ReportText.JsonName(f.Kind), ReportText.JsonName(f.Severity), Math.Round(f.StartSeconds, 3), Math.Round(f.EndSeconds, 3))),
            findings.Select(f => (f.GetProperty("kind").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("startSeconds").GetDouble(), f.GetProperty("endSeconds").GetDouble())));

        var summary = CliRun.Summary(output);
        var score = inProcess.Score();
        Assert.Equal(Math.Round(score.Overall, 2), summary.GetProperty("overallScore").GetDouble());
        Assert.Equal(ReportText.JsonName(score.Band), summary.GetProperty("band").GetString());
        Assert.Equal(score.Habits.Select(h => Math.Round(h.Score, 2)), summary.GetProperty("habits").EnumerateArray().Select(h => h.GetProperty("score").GetDouble()));
        Assert.Equal(Math.Round(inProcess.DistanceKm, 3), summary.GetProperty("distanceKm").GetDouble());
        Assert.Equal(0, summary.GetProperty("framesLost").GetInt64());

        // The file says it is simulated: the replay compares with the simulator's ground truth too.
        var truth = summary.GetProperty("groundTruth");
        Assert.Equal(new DriveSimulator(s_drive).GroundTruth.ExpectedFindings.Count, truth.GetProperty("expected").GetInt32());
        Assert.Equal(truth.GetProperty("expected").GetInt32(), truth.GetProperty("matched").GetInt32());
        Assert.Equal(0, truth.GetProperty("falseAlarms").GetInt32());
    }

    [Fact]
    public async Task Replay_Text_FindingsThenTheHabitReport()
    {
        using var folder = new TempFolder();
        var path = await SimulatedDrives.RecordAsync(s_drive with { DurationMinutes = 3 }, folder.Path);

        var (code, output, _) = await CliRun.InvokeAsync("replay", path);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("── Habit report", output, StringComparison.Ordinal);
        Assert.Contains("Overall ", output, StringComparison.Ordinal);
        Assert.Contains("Braking and speed", output, StringComparison.Ordinal);
        Assert.Contains("Ground truth  coach found ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal); // redirected: no colour codes
    }

    [Fact]
    public async Task Replay_CorruptChunk_WarnsAboutTheDamageAndScoresTheIntactPart()
    {
        using var folder = new TempFolder();
        var path = await SimulatedDrives.RecordAsync(s_drive, folder.Path);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[bytes.Length / 2] ^= 0x5A; // one flipped byte in a chunk in the middle of the drive
        await File.WriteAllBytesAsync(path, bytes);

        var (code, output, error) = await CliRun.InvokeAsync("replay", path, "--json");

        Assert.Equal(ExitCodes.Success, code);
        var warning = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("warning: ", warning, StringComparison.Ordinal);
        Assert.Contains("is corrupt (CRC mismatch)", warning, StringComparison.Ordinal);
        var summary = CliRun.Summary(output);
        Assert.InRange(summary.GetProperty("framesLost").GetInt64(), 1, 600);
        Assert.InRange(summary.GetProperty("framesRead").GetInt64(), new DriveSimulator(s_drive).TotalFrames - 600, long.MaxValue);
        Assert.Equal(warning["warning: ".Length..], summary.GetProperty("warnings")[0].GetString());
        Assert.NotEmpty(CliRun.Findings(output));
        Assert.True(summary.GetProperty("overallScore").GetDouble() > 0);
    }

    [Fact]
    public async Task Replay_MissingFile_OneLineErrorExitCode2()
    {
        var (code, output, error) = await CliRun.InvokeAsync("replay", "/nowhere/drive.e2cd");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("Cannot open /nowhere/drive.e2cd: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Empty(output);
    }

    [Fact]
    public async Task Replay_NotADriveFile_OneLineErrorExitCode2()
    {
        using var folder = new TempFolder();
        var path = folder.File("drive.csv");
        await File.WriteAllTextAsync(path, "time_s,speed_kmh\n0,10\n");

        var (code, output, error) = await CliRun.InvokeAsync("replay", path);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("drive.csv is not an Ets2Coach drive file (it does not start with the drive-file signature)", error.TrimEnd());
        Assert.Empty(output);
    }

    [Theory]
    [InlineData("--pace", "slow")]
    [InlineData("--speed", "0")]
    [InlineData("--speed", "1e9")]
    [InlineData("--pace", "fast", "--speed", "2")]
    [InlineData("--jsn")]
    public async Task Replay_GarbageArguments_ExitCode1(params string[] args)
    {
        var (code, _, error) = await CliRun.InvokeAsync(["replay", "drive.e2cd", .. args]);

        Assert.Equal(ExitCodes.ParseError, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_OriginalPaceSped_StillScoresTheSame()
    {
        using var folder = new TempFolder();
        var drive = s_drive with { DurationMinutes = 3 };
        var path = await SimulatedDrives.RecordAsync(drive, folder.Path);

        // 3 minutes at ×1000 paced by the recorded times: 0.18 s of waiting.
        var (code, output, _) = await CliRun.InvokeAsync("replay", path, "--json", "--speed", "1000");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(
            Math.Round(SimulatedDrives.Score(drive).Score().Overall, 2).ToString(CultureInfo.InvariantCulture),
            CliRun.Summary(output).GetProperty("overallScore").GetDouble().ToString(CultureInfo.InvariantCulture));
    }
}
