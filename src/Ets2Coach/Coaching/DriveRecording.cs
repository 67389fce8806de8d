using System.Globalization;
using Ets2Coach.Recording.Writing;
using Ets2Coach.Reporting;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Coaching;

/// <summary>
/// Records a live drive into a new drive file in a folder while it is coached. The recorder starts
/// with the first telemetry (when the game and its configuration are known). Nothing here ever
/// stops the coaching: a folder that cannot be created, a file that cannot be written or a full disk
/// turns recording off with one warning, and the drive goes on.
/// </summary>
internal sealed class DriveRecording
{
    private const int MaxNameAttempts = 100;

    private readonly string _directory;
    private readonly string _fileStem;
    private readonly Func<ITelemetrySource, DriveRecorderOptions> _options;
    private readonly Action<string> _warn;
    private DriveRecorder? _recorder;
    private TelemetryConfiguration? _lastConfiguration;
    private string? _path;
    private string? _problem;
    private bool _started;
    private bool _failureReported;

    /// <summary>Records into <paramref name="directory"/> under a new file named <paramref name="fileStem"/>.e2cd (or -2, -3, … when taken).</summary>
    /// <param name="directory">The folder; created when missing.</param>
    /// <param name="fileStem">File name without extension.</param>
    /// <param name="options">The recorder's options, built from the source once it is connected.</param>
    /// <param name="warn">Told once when recording cannot start or stops.</param>
    public DriveRecording(string directory, string fileStem, Func<ITelemetrySource, DriveRecorderOptions> options, Action<string> warn)
    {
        _directory = directory;
        _fileStem = fileStem;
        _options = options;
        _warn = warn;
    }

    /// <summary>A file stem for a drive that starts now: <c>2025-05-01_18-30-12_&lt;what&gt;</c>.</summary>
    public static string StemFor(DateTimeOffset startedAt, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{startedAt:yyyy-MM-dd_HH-mm-ss}_{what}");

    /// <summary>An event, in stream order.</summary>
    public void OnEvent(in TelemetryEvent telemetryEvent, ITelemetrySource source)
    {
        if (!_started)
        {
            Start(source);
        }

        var recorder = _recorder;
        if (recorder is null)
        {
            return;
        }

        recorder.OnEvent(telemetryEvent);
        if (telemetryEvent.Kind == TelemetryEventKind.Configuration)
        {
            // The source refreshes its configuration object only when it changed: one record per change.
            var configuration = source.Configuration;
            if (!ReferenceEquals(configuration, _lastConfiguration))
            {
                _lastConfiguration = configuration;
                recorder.OnConfiguration(configuration);
            }
        }
    }

    /// <summary>A frame, after its events.</summary>
    public void OnFrame(in TelemetryFrame frame, ITelemetrySource source)
    {
        if (!_started)
        {
            Start(source);
        }

        _recorder?.OnFrame(frame);
    }

    /// <summary>Warns once if the recorder has failed (call now and then, not per frame: it takes a status snapshot).</summary>
    public void CheckHealth()
    {
        if (_recorder is { } recorder && !_failureReported && recorder.Status is { State: RecorderState.Failed } status)
        {
            _failureReported = true;
            _problem = status.Message;
            _warn(status.Message ?? "Recording stopped (coaching goes on).");
        }
    }

    /// <summary>Closes the file (everything accepted is written) and says where the drive is.</summary>
    public async Task<RecordingSummary> CompleteAsync()
    {
        if (_recorder is not { } recorder)
        {
            return new RecordingSummary(null, 0, _problem ?? "no telemetry arrived");
        }

        await recorder.DisposeAsync().ConfigureAwait(false);
        CheckHealth();
        var status = recorder.Status;
        var problem = _problem ?? (status.FramesDropped > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{status.FramesDropped:N0} frames were not recorded (the disk fell behind)")
            : null);
        return new RecordingSummary(_path, status.FramesWritten, problem);
    }

    private void Start(ITelemetrySource source)
    {
        _started = true;
        try
        {
            Directory.CreateDirectory(_directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            Off($"cannot create the folder {_directory}: {ex.Message}");
            return;
        }

        var options = _options(source);
        for (var attempt = 1; attempt <= MaxNameAttempts; attempt++)
        {
            var name = attempt == 1 ? _fileStem : string.Create(CultureInfo.InvariantCulture, $"{_fileStem}-{attempt}");
            var path = Path.Combine(_directory, name + ".e2cd");
            if (File.Exists(path))
            {
                continue;
            }

            if (!DriveRecorder.TryCreate(path, options, out var recorder, out var error))
            {
                Off(error);
                return;
            }

            _recorder = recorder;
            _path = path;
            _lastConfiguration = options.Configuration;
            return;
        }

        Off($"{MaxNameAttempts} drive files named {_fileStem} already exist in {_directory}");
    }

    private void Off(string reason)
    {
        _problem = $"Recording off: {reason} (coaching goes on).";
        _warn(_problem);
    }
}
