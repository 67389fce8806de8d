using Ets2Coach.Habits;
using Ets2Coach.History.Rescoring;
using Ets2Coach.History.Tests.Support;
using Ets2Coach.Simulator;

namespace Ets2Coach.History.Tests.Rescoring;

public sealed class RescoreTests : IDisposable
{
    /// <summary>Braking judged about twice as strictly as the defaults (every level roughly halved).</summary>
    public static readonly HabitOptions Strict = HabitOptions.Default with
    {
        Braking = HabitOptions.Default.Braking with
        {
            FirmMps2 = 0.7,
            HarshLoadedMps2 = 1.1,
            HarshBobtailMps2 = 1.3,
            EmergencyLoadedMps2 = 1.7,
            EmergencyBobtailMps2 = 1.9,
            ExtremeMps2 = 2.4,
        },
    };

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Rescore_SameOptions_ReproducesTheLiveScoresExactly()
    {
        var live = await SimulatedDrives.RecordAsync(_folder.File("average-5.e2cd"), DriverProfile.Average, 5);
        using var history = DriveHistory.Open(_folder.File("history.db"));
        var id = history.AddDrive(live);

        var report = DriveRescorer.Rescore(history);

        var outcome = Assert.Single(report.Drives);
        Assert.Equal(RescoreStatus.Rescored, outcome.Status);
        Assert.Null(outcome.Message);
        var stored = history.GetDrive(id)!;
        Assert.NotEmpty(live.Scoring.Events);
        Assert.Equal(live.Scoring.Events, stored.Scoring.Events);
        Assert.Equal(live.Scoring.Habits, stored.Scoring.Habits);
        Assert.Equal((live.Scoring.Overall, live.Scoring.DistanceKm, live.Scoring.OptionsFingerprint), (stored.Scoring.Overall, stored.Scoring.DistanceKm, stored.Scoring.OptionsFingerprint));
    }

    [Fact]
    public async Task Rescore_StricterBrakingThresholds_MoreFindingsAndLowerScores()
    {
        using var history = DriveHistory.Open(_folder.File("history.db"));
        var drives = new List<(long Id, DriveRecord Live)>();
        foreach (var (profile, seed) in new[] { (DriverProfile.Careful, 2), (DriverProfile.Average, 11) })
        {
            var live = await SimulatedDrives.RecordAsync(_folder.File($"{profile.Name}-{seed}.e2cd"), profile, seed);
            drives.Add((history.AddDrive(live), live));
        }

        var report = DriveRescorer.Rescore(history, new RescoreOptions { Habits = Strict });

        Assert.Equal(2, report.RescoredCount);
        Assert.Equal(HabitOptionsFingerprint.Of(Strict), report.OptionsFingerprint);
        foreach (var (id, live) in drives)
        {
            var stored = history.GetDrive(id)!;
            var outcome = report.Drives.Single(d => d.DriveId == id);
            Assert.Equal((live.Scoring.Overall, stored.Scoring.Overall), (outcome.PreviousOverall, outcome.Overall!.Value));
            Assert.True(stored.Scoring.Overall < live.Scoring.Overall, $"drive {id}: {stored.Scoring.Overall} is not below {live.Scoring.Overall}");
            Assert.True(stored.Scoring.Events.Count > live.Scoring.Events.Count, $"drive {id}: {stored.Scoring.Events.Count} findings, live {live.Scoring.Events.Count}");
            Assert.True(Points(stored, HabitCategory.Braking) > Points(live, HabitCategory.Braking));
            Assert.Equal(HabitOptionsFingerprint.Of(Strict), stored.Scoring.OptionsFingerprint);
            Assert.Equal(stored.Scoring.Overall, history.ListDrives().Single(d => d.Id == id).Overall);
        }
    }

    [Fact]
    public async Task Rescore_MissingUnreadableAndDamagedFiles_ReportedPerDriveAndTheOthersGoOn()
    {
        using var history = DriveHistory.Open(_folder.File("history.db"));
        var intact = await SimulatedDrives.RecordAsync(_folder.File("intact.e2cd"), DriverProfile.Average, 21);
        var missing = await SimulatedDrives.RecordAsync(_folder.File("missing.e2cd"), DriverProfile.Average, 22);
        var damaged = await SimulatedDrives.RecordAsync(_folder.File("damaged.e2cd"), DriverProfile.Reckless, 23);
        var notes = _folder.File("notes.e2cd");
        File.WriteAllText(notes, "not a drive");
        File.Delete(missing.FilePath!);
        Damage(damaged.FilePath!);
        var ids = new[]
        {
            history.AddDrive(intact),
            history.AddDrive(missing),
            history.AddDrive(Records.Drive(24)), // no file
            history.AddDrive(Records.Drive(25, filePath: notes)),
            history.AddDrive(damaged),
        };
        var before = ids.Select(id => history.GetDrive(id)!).ToArray();

        var report = DriveRescorer.Rescore(history, new RescoreOptions { Habits = Strict, MaxParallelism = 2 });

        Assert.Equal(ids, report.Drives.Select(d => d.DriveId));
        Assert.Equal(
            [RescoreStatus.Rescored, RescoreStatus.FileMissing, RescoreStatus.NoFile, RescoreStatus.FileUnreadable, RescoreStatus.FileDamaged],
            report.Drives.Select(d => d.Status));
        Assert.Equal((1, 4), (report.RescoredCount, report.NotRescoredCount));
        Assert.Contains("missing.e2cd is missing; its scores are kept", report.Drives[1].Message, StringComparison.Ordinal);
        Assert.Contains("notes.e2cd is not an Ets2Coach drive file", report.Drives[3].Message, StringComparison.Ordinal);
        Assert.Contains("corrupt", report.Drives[4].Message, StringComparison.Ordinal);
        Assert.All(report.Drives.Skip(1), d => Assert.DoesNotContain('\n', d.Message!));
        Assert.NotEqual(before[0].Scoring.Overall, history.GetDrive(ids[0])!.Scoring.Overall);
        for (var i = 1; i < ids.Length; i++)
        {
            var after = history.GetDrive(ids[i])!;
            Assert.Equal(before[i].Scoring.Events, after.Scoring.Events);
            Assert.Equal((before[i].Scoring.Overall, before[i].Scoring.OptionsFingerprint), (after.Scoring.Overall, after.Scoring.OptionsFingerprint));
        }

        var accepting = DriveRescorer.Rescore(history, new RescoreOptions { Habits = Strict, AcceptDamagedFiles = true, MaxParallelism = 1 });

        var recovered = accepting.Drives[4];
        Assert.Equal(RescoreStatus.Rescored, recovered.Status);
        Assert.Contains("corrupt", recovered.Message, StringComparison.Ordinal);
        Assert.Equal(HabitOptionsFingerprint.Of(Strict), history.GetDrive(ids[4])!.Scoring.OptionsFingerprint);
    }

    [Fact]
    public void Rescore_InvalidOptions_ThrowsArgumentExceptionBeforeTouchingAnything()
    {
        using var history = DriveHistory.Open(_folder.File("history.db"));
        var invalid = HabitOptions.Default with { Braking = HabitOptions.Default.Braking with { FirmMps2 = 5 } };

        var ex = Assert.Throws<ArgumentException>(() => DriveRescorer.Rescore(history, new RescoreOptions { Habits = invalid }));

        Assert.Contains("FirmMps2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rescore_Cancelled_StopsWithOperationCanceled()
    {
        using var history = DriveHistory.Open(_folder.File("history.db"));
        history.AddDrive(Records.Drive(1));
        history.AddDrive(Records.Drive(2));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => DriveRescorer.Rescore(history, new RescoreOptions { MaxParallelism = 1 }, cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => DriveRescorer.Rescore(history, new RescoreOptions { MaxParallelism = 2 }, cancellationToken: cancelled.Token));
    }

    private static int Points(DriveRecord drive, HabitCategory category) => drive.Scoring.Habits[(int)category].Points;

    /// <summary>Flips bytes in the middle of the file: one chunk fails its CRC.</summary>
    private static void Damage(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        stream.Position = stream.Length / 2;
        var bytes = new byte[16];
        stream.ReadExactly(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] ^= 0x5A;
        }

        stream.Position = stream.Length / 2;
        stream.Write(bytes);
    }
}
