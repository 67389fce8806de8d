using Ets2Coach.Cli.Tests.Support;
using Ets2Coach.Commands;
using Ets2Coach.History;

namespace Ets2Coach.Cli.Tests.Commands;

public sealed class ImportCommandTests
{
    private static readonly string s_sample = Path.Combine(AppContext.BaseDirectory, "Samples", "hard-braking.csv");

    [Fact]
    public async Task Import_SampleCsv_WarnsWithLineNumbersThenScoresTheDrive()
    {
        using var folder = new TempFolder();
        var drive = folder.File("imported.e2cd");

        var (code, output, error) = await CliRun.InvokeAsync("import", s_sample, "--out", drive, "--json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(
            [
                "warning: columns not imported (unknown names): comment",
                "warning: line 9: speed_kmh: 'abc' is not a valid number; row skipped",
                "warning: line 203: time 14.9 s is not after the previous row's 19.9 s (time must increase); row skipped",
            ],
            error.TrimEnd().Split('\n'));
        Assert.True(File.Exists(drive));

        // 70 → 20 km/h at 3.2 m/s² on an empty road, bobtail: harsh braking, and too close to whatever was ahead.
        var findings = CliRun.Findings(output);
        Assert.Equal(["hardBraking", "followingTooClose"], findings.Select(f => f.GetProperty("kind").GetString()));
        Assert.All(findings, f => Assert.Equal("minor", f.GetProperty("severity").GetString()));
        Assert.Equal("00:30", findings[0].GetProperty("clock").GetString());

        var summary = CliRun.Summary(output);
        Assert.Equal(601, summary.GetProperty("framesRead").GetInt64());
        Assert.Equal(2, summary.GetProperty("import").GetProperty("rowsSkipped").GetInt64());
        Assert.Equal(drive, summary.GetProperty("import").GetProperty("drivePath").GetString());
        Assert.Equal(JsonValueKindNull, summary.GetProperty("groundTruth").ValueKind);
        Assert.Equal(2, summary.GetProperty("habits")[0].GetProperty("points").GetInt32());
    }

    [Fact]
    public async Task Import_NoOut_WritesIntoTheDrivesFolder()
    {
        using var data = new TempFolder();
        var paths = new AppPaths(data.Path);

        var (code, output, _) = await CliRun.InvokeAsync(ImportCommand.Create(() => paths), "import", s_sample);

        Assert.Equal(ExitCodes.Success, code);
        var drive = Path.Combine(paths.DrivesDirectory, "hard-braking.e2cd");
        Assert.True(File.Exists(drive));
        Assert.Contains($"into {drive} (601 frames)", output, StringComparison.Ordinal);
        Assert.Contains("── Habit report", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Default_StoresTheScoredDriveInTheHistory()
    {
        using var data = new TempFolder();
        var paths = new AppPaths(data.Path);

        var (code, output, error) = await CliRun.InvokeAsync(ImportCommand.Create(() => paths), "import", s_sample, "--json");

        Assert.Equal(ExitCodes.Success, code);
        var stored = CliRun.Summary(output).GetProperty("history");
        Assert.Equal(paths.HistoryDatabase, stored.GetProperty("databasePath").GetString());
        var id = stored.GetProperty("driveId").GetInt64();
        using var history = DriveHistory.Open(paths.HistoryDatabase);
        var drive = history.GetDrive(id);
        Assert.NotNull(drive);
        Assert.Equal(Path.Combine(paths.DrivesDirectory, "hard-braking.e2cd"), drive.FilePath);
        Assert.Equal(CliRun.Summary(output).GetProperty("overallScore").GetDouble(), drive.Scoring.Overall, 6);
        Assert.Equal(2, drive.Scoring.Events.Count);
        Assert.DoesNotContain("not stored", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NoHistory_StoresNothing()
    {
        using var data = new TempFolder();
        var paths = new AppPaths(data.Path);

        var (code, output, _) = await CliRun.InvokeAsync(ImportCommand.Create(() => paths), "import", s_sample, "--json", "--no-history");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(JsonValueKindNull, CliRun.Summary(output).GetProperty("history").ValueKind);
        Assert.False(File.Exists(paths.HistoryDatabase));
    }

    [Fact]
    public async Task Import_HistoryUnusable_DriveIsStillScoredAndTheReportSaysWhy()
    {
        using var data = new TempFolder();
        var paths = new AppPaths(data.Path);
        var notADatabase = data.File("history.db");
        await File.WriteAllTextAsync(notADatabase, "this is not a database, it is a shopping list");

        var (code, output, _) = await CliRun.InvokeAsync(ImportCommand.Create(() => paths), "import", s_sample, "--json", "--db", notADatabase);

        Assert.Equal(ExitCodes.Success, code);
        var stored = CliRun.Summary(output).GetProperty("history");
        Assert.Equal(JsonValueKindNull, stored.GetProperty("driveId").ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(stored.GetProperty("problem").GetString()));
        Assert.Equal(2, CliRun.Findings(output).Count);
    }

    [Fact]
    public async Task Import_Strict_FirstBadRowFailsWithItsLineAndKeepsNoFile()
    {
        using var folder = new TempFolder();
        var drive = folder.File("strict.e2cd");

        var (code, output, error) = await CliRun.InvokeAsync("import", s_sample, "--out", drive, "--strict");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.EndsWith("hard-braking.csv: line 9: speed_kmh: 'abc' is not a valid number", error.TrimEnd().Split('\n').Last(), StringComparison.Ordinal);
        Assert.False(File.Exists(drive));
        Assert.Empty(output);
    }

    [Fact]
    public async Task Import_MissingFile_OneLineErrorExitCode2()
    {
        var (code, _, error) = await CliRun.InvokeAsync("import", "/nowhere/drive.csv");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("Cannot import /nowhere/drive.csv: no such file.", error.TrimEnd());
    }

    [Fact]
    public async Task Import_NotACsvDrive_OneLineErrorExitCode2()
    {
        using var folder = new TempFolder();
        var csv = folder.File("notes.csv");
        await File.WriteAllTextAsync(csv, "speed_kmh,gear\n10,1\n");

        var (code, _, error) = await CliRun.InvokeAsync("import", csv, "--out", folder.File("notes.e2cd"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith($"Cannot import {csv}: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.False(File.Exists(folder.File("notes.e2cd")));
    }

    [Theory]
    [InlineData("--rate", "0")]
    [InlineData("--rate", "5000")]
    [InlineData("--strict", "--bogus")]
    public async Task Import_GarbageArguments_ExitCode1(params string[] args)
    {
        var (code, _, error) = await CliRun.InvokeAsync(["import", s_sample, .. args]);

        Assert.Equal(ExitCodes.ParseError, code);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
