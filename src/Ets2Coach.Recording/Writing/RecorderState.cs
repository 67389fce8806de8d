namespace Ets2Coach.Recording.Writing;

/// <summary>Where a <see cref="DriveRecorder"/> stands.</summary>
public enum RecorderState
{
    /// <summary>Accepting telemetry and writing chunks.</summary>
    Recording,

    /// <summary>Closed normally; everything accepted is in the file.</summary>
    Stopped,

    /// <summary>Writing failed (full disk, I/O error); see <see cref="RecorderStatus.Message"/>. Live coaching is unaffected.</summary>
    Failed,
}
