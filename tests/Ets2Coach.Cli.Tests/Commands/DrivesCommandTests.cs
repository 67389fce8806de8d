using System.CommandLine;
using System.Text.Json;
using Ets2Coach.Commands;
using Ets2Coach.Habits;
using Ets2Coach.History;
using Ets2Coach.Recording.Writing;
using Ets2Coach.Simulator;
using Ets2Coach.Telemetry;
using Microsoft.Data.Sqlite;

namespace Ets2Coach.Cli.Tests.Commands;

public sealed class DrivesCommandTests : IDisposable
{
    private static readonly DateTimeOffset s_start = new(2025, 6, 1, 18, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "e2c-drives-cli-" + Guid.NewGuid().ToString("N"));
    private readonly string _db;

    public DrivesCommandTests()
    {
        Directory.CreateDirectory(_folder);
        _db = Path.Combine(_folder, "history.db");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task List_Json_NewestFirstWithTotalAndLimit()
    {
        var ids = Store(Drive(0), Drive(1, simulation: new SimulationInfo("reckless", 7)), Drive(2, game: "ats"));

        var (code, output, error) = await Invoke("drives", "list", "--json", "--limit", "2", "--db", _db);

        Assert.Equal((DrivesExitCodes.Success, ""), (code, error));
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(_db, root.GetProperty("database").GetString());
        Assert.Equal(3, root.GetProperty("total").GetInt64());
        var drives = root.GetProperty("drives").EnumerateArray().ToArray();
        Assert.Equal([ids[2], ids[1]], drives.Select(d => d.GetProperty("id").GetInt64()));
        Assert.Equal("ats", drives[0].GetProperty("game").GetString());
        Assert.Equal("2025-06-01T20:00:00+00:00", drives[0].GetProperty("startedUtc").GetString());
        var reckless = drives[1];
        Assert.True(reckless.GetProperty("simulated").GetBoolean());
        Assert.Equal(("reckless", 7), (reckless.GetProperty("simulation").GetProperty("profile").GetString(), reckless.GetProperty("simulation").GetProperty("seed").GetInt32()));
        var expected = Drive(1).Scoring;
        Assert.Equal(expected.Overall, reckless.GetProperty("overall").GetDouble());
        Assert.Equal(expected.Band.ToString(), reckless.GetProperty("band").GetString());
        Assert.Equal(expected.Events.Count, reckless.GetProperty("findings").GetInt32());
        Assert.Equal(expected.CountOf(Severity.Serious), reckless.GetProperty("bySeverity").GetProperty("serious").GetInt32());
        Assert.Equal(HabitOptionsFingerprint.Of(HabitOptions.Default), reckless.GetProperty("optionsFingerprint").GetString());
    }

    [Fact]
    public async Task List_Text_OneLinePerDriveAndTheCount()
    {
        Store(Drive(0), Drive(1));

        var (code, output, _) = await Invoke("drives", "list", "--db", _db);

        Assert.Equal(DrivesExitCodes.Success, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("      2  2025-06-01 19:00  eut2", lines[1], StringComparison.Ordinal);
        Assert.Contains(Drive(1).Scoring.Overall.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), lines[1], StringComparison.Ordinal);
        Assert.Equal($"Showing 2 of 2 drives, newest first. History: {_db}", lines[3]);
    }

    [Fact]
    public async Task List_NoHistoryYet_EmptyListAndNoFileCreated()
    {
        var (code, output, error) = await Invoke("drives", "list", "--json", "--db", _db);

        Assert.Equal((DrivesExitCodes.Success, ""), (code, error));
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetProperty("total").GetInt64());
        Assert.False(File.Exists(_db));
    }

    [Fact]
    public async Task Show_Json_HabitsAndEveryFindingWithAdvice()
    {
        var id = Store(Drive(3))[0];

        var (code, output, error) = await Invoke("drives", "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "--db", _db);

        Assert.Equal((DrivesExitCodes.Success, ""), (code, error));
        var drive = JsonDocument.Parse(output).RootElement;
        Assert.Equal(id, drive.GetProperty("id").GetInt64());
        Assert.True(drive.GetProperty("scoredWithCurrentOptions").GetBoolean());
        Assert.False(drive.GetProperty("fileExists").GetBoolean());
        Assert.Equal(Enum.GetNames<HabitCategory>(), drive.GetProperty("habits").EnumerateArray().Select(h => h.GetProperty("habit").GetString()));
        var events = drive.GetProperty("events").EnumerateArray().ToArray();
        Assert.Equal(Events().Select(e => e.Kind.ToString()), events.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(JsonValueKind.Null, events[1].GetProperty("measured").ValueKind); // NaN: JSON has no such number
        Assert.Equal(21.4f, events[0].GetProperty("speedMps").GetSingle());
        Assert.Equal(HabitCatalog.AdviceFor(HabitKind.HardBraking), events[0].GetProperty("advice").GetString());
    }

    [Fact]
    public async Task Show_Text_ScorecardAndFindings()
    {
        var id = Store(Drive(0))[0];

        var (code, output, _) = await Invoke("drives", "show", $"{id}", "--db", _db);

        Assert.Equal(DrivesExitCodes.Success, code);
        Assert.Contains($"Drive {id}: Euro Truck Simulator 2, 2025-06-01 18:00", output, StringComparison.Ordinal);
        Assert.Contains("Braking ", output, StringComparison.Ordinal);
        Assert.Contains("hard braking", output, StringComparison.Ordinal);
        Assert.Contains("2.87 m/s² (limit 2.5 m/s²) at 77 km/h", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("show")]
    [InlineData("delete")]
    public async Task ShowOrDelete_UnknownId_OneLineErrorAndExitCode2(string subcommand)
    {
        Store(Drive(0));

        var (code, output, error) = await Invoke("drives", subcommand, "999", "--db", _db);

        Assert.Equal(DrivesExitCodes.UnknownDrive, code);
        Assert.Equal($"No drive 999 in {_db}: 'ets2coach drives list' shows the ids.", error.TrimEnd());
        Assert.Empty(output);
        Assert.Equal(1, CountDrives());
    }

    [Theory]
    [InlineData("drives", "show", "abc")]
    [InlineData("drives", "show", "0")]
    [InlineData("drives", "delete", "-3")]
    [InlineData("drives", "show")]
    [InlineData("drives", "list", "--limit", "many")]
    [InlineData("drives", "list", "--limit", "0")]
    [InlineData("drives", "list", "--db", "")]
    [InlineData("drives", "rescore", "--parallel")]
    public async Task Invoke_BadArguments_ParseErrorExitCode1(params string[] args)
    {
        var (code, _, error) = await Invoke([.. args, .. args.Contains("--db") ? Array.Empty<string>() : ["--db", _db]]);

        Assert.Equal(DrivesExitCodes.ParseError, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_db));
    }

    [Fact]
    public async Task Delete_WithFile_RemovesDriveAndFile()
    {
        var file = Path.Combine(_folder, "drive.e2cd");
        await File.WriteAllBytesAsync(file, [.. "E2CD"u8, 0, 1]);
        var id = Store(Drive(0, file: file))[0];

        var (code, output, error) = await Invoke("drives", "delete", $"{id}", "--json", "--db", _db);

        Assert.Equal((DrivesExitCodes.Success, ""), (code, error));
        var result = JsonDocument.Parse(output).RootElement;
        Assert.Equal((id, file, true), (result.GetProperty("deleted").GetInt64(), result.GetProperty("file").GetString(), result.GetProperty("fileDeleted").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("fileProblem").ValueKind);
        Assert.False(File.Exists(file));
        Assert.Equal(0, CountDrives());
    }

    [Fact]
    public async Task Delete_KeepFile_RemovesDriveAndKeepsFile()
    {
        var file = Path.Combine(_folder, "drive.e2cd");
        await File.WriteAllBytesAsync(file, [.. "E2CD"u8, 0, 1]);
        var id = Store(Drive(0, file: file))[0];

        var (code, output, _) = await Invoke("drives", "delete", $"{id}", "--keep-file", "--db", _db);

        Assert.Equal(DrivesExitCodes.Success, code);
        Assert.Equal($"Deleted drive {id}; kept its drive file {file}.", output.TrimEnd());
        Assert.True(File.Exists(file));
        Assert.Equal(0, CountDrives());
    }

    [Theory]
    [InlineData("list")]
    [InlineData("show", "1")]
    [InlineData("delete", "1")]
    [InlineData("rescore")]
    public async Task AnyCommand_CorruptDatabase_OneLineErrorAndExitCode3(params string[] args)
    {
        var garbage = new byte[4096];
        new Random(1).NextBytes(garbage);
        await File.WriteAllBytesAsync(_db, garbage);

        var (code, output, error) = await Invoke(["drives", .. args, "--db", _db]);

        Assert.Equal(DrivesExitCodes.DatabaseUnusable, code);
        Assert.Empty(output);
        Assert.StartsWith($"{_db} is damaged or is not a database", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Equal(garbage, await File.ReadAllBytesAsync(_db));
    }

    [Fact]
    public async Task List_NewerSchema_OneLineErrorAndExitCode3()
    {
        Store(Drive(0));
        using (var connection = new SqliteConnection($"Data Source={_db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 9";
            command.ExecuteNonQuery();
        }

        var (code, _, error) = await Invoke("drives", "list", "--json", "--db", _db);

        Assert.Equal(DrivesExitCodes.DatabaseUnusable, code);
        Assert.Equal($"{_db} was written by a newer Ets2Coach (history schema 9; this version reads up to {DriveHistory.CurrentSchemaVersion}): update Ets2Coach.", error.TrimEnd());
    }

    [Fact]
    public async Task Rescore_Json_EachDriveReportedAndExitCode4ForAMissingFile()
    {
        var recorded = Path.Combine(_folder, "recorded.e2cd");
        await RecordSimulatedAsync(recorded);
        var ids = Store(Drive(0, file: recorded), Drive(1, file: Path.Combine(_folder, "gone.e2cd")), Drive(2));

        var (code, output, error) = await Invoke("drives", "rescore", "--json", "--db", _db);

        Assert.Equal((DrivesExitCodes.SomeFilesUnusable, ""), (code, error));
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal((1, 2), (root.GetProperty("rescored").GetInt32(), root.GetProperty("notRescored").GetInt32()));
        var drives = root.GetProperty("drives").EnumerateArray().ToArray();
        Assert.Equal(ids, drives.Select(d => d.GetProperty("id").GetInt64()));
        Assert.Equal(["Rescored", "FileMissing", "NoFile"], drives.Select(d => d.GetProperty("status").GetString()));
        Assert.Equal(Drive(0).Scoring.Overall, drives[0].GetProperty("previousOverall").GetDouble());
        Assert.Equal(JsonValueKind.Number, drives[0].GetProperty("overall").ValueKind);
        Assert.Equal(JsonValueKind.Null, drives[1].GetProperty("overall").ValueKind);
        Assert.Contains("gone.e2cd is missing", drives[1].GetProperty("message").GetString(), StringComparison.Ordinal);

        var (again, text, _) = await Invoke("drives", "rescore", "--db", _db);

        Assert.Equal(DrivesExitCodes.SomeFilesUnusable, again);
        Assert.Contains($"drive {ids[0]}: ", text, StringComparison.Ordinal);
        Assert.Contains("Re-scored 1 of 3 drives with options", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rescore_EveryFileUsable_ExitCode0()
    {
        var recorded = Path.Combine(_folder, "recorded.e2cd");
        await RecordSimulatedAsync(recorded);
        Store(Drive(0, file: recorded));

        var (code, _, error) = await Invoke("drives", "rescore", "--db", _db);

        Assert.Equal((DrivesExitCodes.Success, ""), (code, error));
    }

    [Theory]
    [InlineData("list")]
    [InlineData("show")]
    [InlineData("delete")]
    [InlineData("rescore")]
    public async Task Help_EverySubcommand_DescribesItsExitCodes(string subcommand)
    {
        var (code, output, _) = await Invoke("drives", subcommand, "--help");

        Assert.Equal(0, code);
        Assert.Contains("Exit codes: 0 done", output, StringComparison.Ordinal);
        Assert.Contains("--json", output, StringComparison.Ordinal);
        Assert.Contains("--db", output, StringComparison.Ordinal);
    }

    private static HabitEvent[] Events() =>
    [
        new() { Kind = HabitKind.HardBraking, Severity = Severity.Minor, StartSeconds = 412.5, EndSeconds = 414.1, Position = new(-30990, 40.9, 12950), SpeedMps = 21.4f, MeasuredValue = 2.87, Threshold = 2.5, Unit = "m/s²" },
        new() { Kind = HabitKind.IndicatorMissing, Severity = Severity.Serious, StartSeconds = 655, EndSeconds = 655, SpeedMps = 24f, MeasuredValue = double.NaN, Threshold = 3, Unit = "s" },
        new() { Kind = HabitKind.GameFine, Severity = Severity.Serious, StartSeconds = 900, EndSeconds = 900, Detail = "red_signal" },
        new() { Kind = HabitKind.LightsOffAtDusk, Severity = Severity.Info, StartSeconds = 1000, EndSeconds = 1060, SpeedMps = 20f, MeasuredValue = 60, Threshold = 15, Unit = "s" },
    ];

    private static DriveRecord Drive(int index, string? file = null, SimulationInfo? simulation = null, string game = "eut2")
    {
        var events = Events().Take(1 + (index % 4)).ToArray();
        var distanceKm = 40 + (10 * index);
        var score = DriveScorer.Score(events, distanceKm, distanceKm * 50, HabitOptions.Default.Scoring);
        var started = s_start.AddHours(index);
        return new DriveRecord
        {
            StartedAt = started,
            EndedAt = started.AddSeconds(distanceKm * 50),
            GameId = game,
            FrameRateHz = 60,
            FramesRead = distanceKm * 3000,
            FilePath = file,
            Simulation = simulation,
            Scoring = DriveScoring.From(score, events, HabitOptions.Default),
        };
    }

    private long[] Store(params DriveRecord[] drives)
    {
        using var history = DriveHistory.Open(_db);
        return [.. drives.Select(history.AddDrive)];
    }

    private long CountDrives()
    {
        using var history = DriveHistory.Open(_db);
        return history.CountDrives();
    }

    private static async Task RecordSimulatedAsync(string path)
    {
        var simulator = new DriveSimulator(new SimulationOptions { Profile = DriverProfile.Average, Seed = 3, DurationMinutes = 3, RateHz = 20 });
        var options = new DriveRecorderOptions { Writer = simulator.Writer, Configuration = simulator.InitialConfiguration, FrameRateHz = 20, DropWhenBehind = false, FlushToDiskInterval = TimeSpan.FromHours(1) };
        Assert.True(DriveRecorder.TryCreate(path, options, out var recorder, out var error), error);
        var events = new TelemetryEvent[DriveSimulator.MaxEventsPerFrame];
        while (simulator.TryStep(out var frame, events, out var count, out var configuration))
        {
            for (var i = 0; i < count; i++)
            {
                recorder.OnEvent(events[i]);
            }

            if (configuration is not null)
            {
                recorder.OnConfiguration(configuration);
            }

            recorder.OnFrame(frame);
        }

        await recorder.DisposeAsync();
        Assert.Equal(RecorderState.Stopped, recorder.Status.State);
    }

    private static async Task<(int Code, string Output, string Error)> Invoke(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Program.BuildRootCommand().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
