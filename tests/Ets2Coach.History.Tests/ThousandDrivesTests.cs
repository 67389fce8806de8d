using System.Diagnostics;
using System.Globalization;
using Ets2Coach.History.Rescoring;
using Ets2Coach.History.Tests.Rescoring;
using Ets2Coach.History.Tests.Support;
using Ets2Coach.Simulator;
using Xunit.Abstractions;

namespace Ets2Coach.History.Tests;

/// <summary>
/// A history of 1,000 drives: inserted, listed, re-scored from their files and deleted, with the times
/// printed (no timing assertion: speed goals live in benchmarks). Each drive is one of six recorded
/// simulated drives (three profiles × two seeds, 6 minutes at 20 Hz, real findings from the engine).
/// </summary>
public sealed class ThousandDrivesTests(ITestOutputHelper output) : IDisposable
{
    private const int DriveCount = 1000;
    private const double Minutes = 6;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task InsertListRescoreDelete_ThousandDrives_EveryDriveHandled()
    {
        var templates = new List<DriveRecord>();
        foreach (var profile in DriverProfile.Presets)
        {
            foreach (var seed in new[] { 31, 32 })
            {
                templates.Add(await SimulatedDrives.RecordAsync(_folder.File($"{profile.Name}-{seed}.e2cd"), profile, seed, rateHz: 20, minutes: Minutes));
            }
        }

        foreach (var t in templates)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"template {t.Simulation}: {t.Scoring.DistanceKm:0.0} km, {t.Scoring.Events.Count} findings, overall {t.Scoring.Overall:0.0}"));
        }

        var db = _folder.File("history.db");
        var ids = new List<long>(DriveCount);
        long findings = 0;
        var clock = Stopwatch.StartNew();
        using (var history = DriveHistory.Open(db))
        {
            for (var i = 0; i < DriveCount; i++)
            {
                var template = templates[i % templates.Count];
                var started = Records.Start.AddMinutes(30 * i);
                ids.Add(history.AddDrive(template with { StartedAt = started, EndedAt = started + (template.EndedAt - template.StartedAt) }));
                findings += template.Scoring.Events.Count;
            }
        }

        var insert = clock.Elapsed;
        var bytes = new FileInfo(db).Length; // closed: the write-ahead log is checkpointed into the file

        var reopened = DriveHistory.Open(db);
        clock.Restart();
        var all = reopened.ListDrives(new DriveQuery { Limit = DriveCount });
        var list = clock.Elapsed;
        clock.Restart();
        var paged = new List<DriveSummary>();
        for (var offset = 0; offset < DriveCount; offset += 20)
        {
            paged.AddRange(reopened.ListDrives(new DriveQuery { Limit = 20, Offset = offset }));
        }

        var pages = clock.Elapsed;
        clock.Restart();
        long read = 0;
        foreach (var id in ids)
        {
            read += reopened.GetDrive(id)!.Scoring.Events.Count;
        }

        var get = clock.Elapsed;

        Assert.Equal(ids.AsEnumerable().Reverse(), all.Select(d => d.Id));
        Assert.Equal(all.Select(d => d.Id), paged.Select(d => d.Id));
        Assert.Equal(findings, all.Sum(d => (long)d.EventCount));
        Assert.Equal(findings, read);

        clock.Restart();
        var report = DriveRescorer.Rescore(reopened, new RescoreOptions { Habits = RescoreTests.Strict });
        var rescore = clock.Elapsed;

        Assert.Equal(DriveCount, report.RescoredCount);
        var after = reopened.ListDrives(new DriveQuery { Limit = DriveCount }).ToDictionary(d => d.Id);
        Assert.All(report.Drives, d => Assert.Equal(d.Overall, after[d.DriveId].Overall));
        Assert.All(all, d => Assert.True(after[d.Id].Overall <= d.Overall, $"drive {d.Id} rose from {d.Overall} to {after[d.Id].Overall}"));
        Assert.All(all, d => Assert.True(after[d.Id].EventCount >= d.EventCount, $"drive {d.Id}: {after[d.Id].EventCount} findings after, {d.EventCount} before"));
        var findingsAfter = after.Values.Sum(d => (long)d.EventCount);
        reopened.Dispose();
        var bytesAfter = new FileInfo(db).Length;
        Assert.True(findingsAfter > findings);
        Assert.True(after.Values.Sum(d => d.Overall) < all.Sum(d => d.Overall));

        // Files scored in parallel: every drive of the same file got the same result.
        Assert.All(after.Values.GroupBy(d => d.FilePath), g => Assert.Single(g.Select(d => (d.Overall, d.EventCount)).Distinct()));

        using var again = DriveHistory.Open(db);
        clock.Restart();
        foreach (var id in ids)
        {
            Assert.True(again.DeleteDrive(id, deleteFile: false).Found);
        }

        var delete = clock.Elapsed;

        Assert.Equal(0, again.CountDrives());
        Assert.Equal(0, RawDatabase.Scalar(db, "SELECT (SELECT count(*) FROM habit_events) + (SELECT count(*) FROM habit_scores)"));
        Assert.All(templates, t => Assert.True(File.Exists(t.FilePath)));

        var frames = templates.Sum(t => t.FramesRead) * (DriveCount / templates.Count);
        var replay = ReplayOnly(templates);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            {DriveCount} drives, {findings} findings ({(double)findings / DriveCount:0.0} per drive), {findingsAfter} after the strict re-score
            insert (one transaction per drive): {insert.TotalMilliseconds:0} ms = {insert.TotalMilliseconds * 1000 / DriveCount:0} µs per drive
            database: {bytes / 1024.0:0} KiB = {(double)bytes / DriveCount:0} B per drive with {(double)findings / DriveCount:0.0} findings; after the re-score {bytesAfter / 1024.0:0} KiB, so {(double)(bytesAfter - bytes) / (findingsAfter - findings):0} B per extra finding
            list all {DriveCount}: {list.TotalMilliseconds:0.0} ms; {DriveCount / 20} pages of 20: {pages.TotalMilliseconds:0.0} ms; get each drive with its findings: {get.TotalMilliseconds:0} ms
            rescore from files ({frames:N0} frames, parallelism {Environment.ProcessorCount}): {rescore.TotalSeconds:0.00} s = {rescore.TotalMilliseconds / DriveCount:0.0} ms per drive, {rescore.TotalMilliseconds * 1e6 / frames:0} ns per frame (replaying a file alone: {replay:0} ns per frame, one thread)
            delete one by one: {delete.TotalMilliseconds:0} ms = {delete.TotalMilliseconds * 1000 / DriveCount:0} µs per drive
            """));
    }

    /// <summary>Nanoseconds per frame to replay the templates' files with no consumer: the re-score's floor.</summary>
    private static double ReplayOnly(List<DriveRecord> templates)
    {
        var clock = Stopwatch.StartNew();
        long frames = 0;
        foreach (var t in templates)
        {
            Assert.True(Recording.Reading.DriveFileTelemetrySource.TryOpen(t.FilePath!, null, out var source, out var error), error);
            using (source)
            {
                var buffer = new Telemetry.TelemetryFrame[1024];
                var events = new Telemetry.TelemetryEvent[1024];
                int n;
                while ((n = source.ReadFrames(buffer)) > 0)
                {
                    frames += n;
                    while (source.ReadEvents(events) > 0)
                    {
                    }
                }
            }
        }

        return clock.Elapsed.TotalNanoseconds / frames;
    }
}
