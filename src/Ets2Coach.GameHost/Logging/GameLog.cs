using System.Globalization;
using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost.Logging;

/// <summary>
/// The stand-in game's log: the plugin's <c>common.log</c> lines and the game's own (loading,
/// <c>[sdk]</c> errors), kept in memory for tests and optionally echoed in <c>game.log.txt</c>
/// format to a file and/or standard error.
/// </summary>
public sealed class GameLog : IDisposable
{
    private readonly List<GameLogLine> _lines = [];
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly TextWriter? _file;
    private readonly TextWriter? _echo;
    private readonly Lock _gate = new();

    /// <summary>Creates a log; <paramref name="filePath"/> (overwritten, like the game's) and <paramref name="echo"/> are optional.</summary>
    public GameLog(TimeProvider? timeProvider = null, string? filePath = null, TextWriter? echo = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _start = _time.GetTimestamp();
        _echo = echo;
        if (filePath is not null)
        {
            _file = new StreamWriter(filePath, append: false) { AutoFlush = true };
            var now = _time.GetLocalNow();
            _file.WriteLine(string.Create(CultureInfo.InvariantCulture, $"************ : log created on : {now:dddd MMMM dd yyyy @ HH:mm:ss}"));
        }
    }

    /// <summary>A snapshot of every line so far.</summary>
    public IReadOnlyList<GameLogLine> Lines
    {
        get
        {
            lock (_gate)
            {
                return _lines.ToArray();
            }
        }
    }

    /// <summary>True when some line contains <paramref name="text"/> (ordinal).</summary>
    public bool Contains(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_gate)
        {
            foreach (var line in _lines)
            {
                if (line.Message.Contains(text, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Adds a line.</summary>
    public void Write(ScsLogType type, string message, bool fromPlugin)
    {
        ArgumentNullException.ThrowIfNull(message);
        var line = new GameLogLine(_time.GetElapsedTime(_start), type, message, fromPlugin);
        lock (_gate)
        {
            _lines.Add(line);
            _file?.WriteLine(line.ToString());
            _echo?.WriteLine(line.ToString());
        }
    }

    /// <summary>Forgets the lines kept in memory (the file keeps them).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _lines.Clear();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file?.Dispose();
}
