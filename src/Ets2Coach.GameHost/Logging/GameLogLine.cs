using System.Globalization;
using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost.Logging;

/// <summary>One line of the stand-in game's log.</summary>
/// <param name="Elapsed">Time since the log was created (the game times lines from process start).</param>
/// <param name="Type">Message, warning or error.</param>
/// <param name="Message">The text, without the type prefix.</param>
/// <param name="FromPlugin">True when the plugin wrote it through <c>common.log</c>; false for the game's own lines.</param>
public readonly record struct GameLogLine(TimeSpan Elapsed, ScsLogType Type, string Message, bool FromPlugin)
{
    /// <summary>The line as <c>game.log.txt</c> shows it: <c>HH:MM:SS.mmm : &lt;ERROR&gt; message</c>.</summary>
    public override string ToString()
    {
        var prefix = Type switch
        {
            ScsLogType.Error => "<ERROR> ",
            ScsLogType.Warning => "<WARNING> ",
            _ => string.Empty,
        };
        return string.Create(CultureInfo.InvariantCulture, $"{(int)Elapsed.TotalHours:00}:{Elapsed.Minutes:00}:{Elapsed.Seconds:00}.{Elapsed.Milliseconds:000} : {prefix}{Message}");
    }
}
