using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Ets2Coach.Telemetry;
using Ets2Coach.Telemetry.SharedMemory;

namespace Ets2Coach.Commands;

/// <summary>
/// <c>ets2coach telemetry [--json] [--count N] [--timeout SECONDS] [--name SHM_NAME]</c>: shows what
/// the plugin publishes, to check that the game, the plugin and the reader work together.
/// Exit codes: 0 done, 1 bad arguments, 2 nothing published within the timeout, 3 unusable block.
/// </summary>
internal static class TelemetryCommand
{
    private const int FrameBatch = 256;
    private const int EventBatch = 256;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var json = new Option<bool>("--json")
        {
            Description = "Print one compact JSON object per line for every frame and event, then a summary object.",
        };
        var count = new Option<int?>("--count")
        {
            Description = "Stop after N frames.",
            HelpName = "N",
            CustomParser = r => ParseOrError(r, "--count must be a whole number, 1 or more.", static (string text, out int? value) =>
            {
                value = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : null;
                return value is not null;
            }),
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Stop after this many seconds (0: until Ctrl-C). Exit code 2 if nothing was published by then.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 10,
            CustomParser = r => ParseOrError(r, "--timeout must be a number of seconds, 0 or more.", static (string text, out double value) =>
                double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
                && double.IsFinite(value) && value <= TimeSpan.MaxValue.TotalSeconds / 2),
        };
        var name = new Option<string>("--name")
        {
            Description = $"The plugin's shared-memory name (the game's ETS2COACH_SHM_NAME); default {SharedMemoryTelemetrySourceOptions.DefaultName}, or ETS2COACH_SHM_NAME when set.",
            HelpName = "SHM_NAME",
            DefaultValueFactory = _ => DefaultName(),
        };
        name.Validators.Add(r =>
        {
            if (!SharedMemoryTelemetrySourceOptions.IsValidName(r.GetValueOrDefault<string>()))
            {
                r.AddError("--name must be a plain name (no '/', '\\' or NUL).");
            }
        });

        var command = new Command("telemetry", "Show what the Ets2Coach plugin publishes (checks the game, the plugin and the reader).")
        {
            json,
            count,
            timeout,
            name,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var seconds = parse.GetValue(timeout);
            var settings = new TelemetryCommandSettings(
                parse.GetValue(json),
                parse.GetValue(count),
                seconds > 0 ? TimeSpan.FromSeconds(seconds) : null,
                parse.GetValue(name)!);
            return RunAsync(settings, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, TimeProvider.System, cancellationToken);
        });
        return command;
    }

    /// <summary>Reads until the count, the timeout or Ctrl-C; prints records (or status lines) and the summary.</summary>
    public static async Task<int> RunAsync(TelemetryCommandSettings settings, TextWriter output, TextWriter error, TimeProvider time, CancellationToken cancellationToken)
    {
        using var source = new SharedMemoryTelemetrySource(new SharedMemoryTelemetrySourceOptions { Name = settings.Name, TimeProvider = time });
        var limited = new CountLimitedSource(source, settings.Count);
        var pump = new TelemetryPump(FrameBatch, EventBatch);
        using var json = settings.Json ? new TelemetryJsonLines(output) : null;
        var lines = settings.Json ? null : new TelemetryStatusLines(output);
        ITelemetryConsumer consumer = json ?? (ITelemetryConsumer)lines!;

        var started = time.GetTimestamp();
        var lastLine = started;
        while (true)
        {
            var frames = pump.Pump(limited, consumer);
            json?.Flush();
            if (source.State == TelemetrySourceState.Faulted || limited.Remaining == 0)
            {
                break;
            }

            var now = time.GetTimestamp();
            if (lines is not null && time.GetElapsedTime(lastLine, now) >= TimeSpan.FromSeconds(1))
            {
                lines.WriteLine(source.Status, time.GetElapsedTime(started, now), time.GetElapsedTime(lastLine, now));
                lastLine = now;
            }

            if ((settings.Timeout is { } limit && time.GetElapsedTime(started, now) >= limit) || cancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (frames == 0 && !await WaitAsync(source, cancellationToken).ConfigureAwait(false))
            {
                break;
            }
        }

        return Finish(source, json, lines, settings, error, time.GetElapsedTime(started));
    }

    private delegate bool TryParse<T>(string text, out T value);

    private static T ParseOrError<T>(ArgumentResult result, string message, TryParse<T> parse)
    {
        if (result.Tokens.Count == 1 && parse(result.Tokens[0].Value, out var value))
        {
            return value;
        }

        result.AddError(message);
        return default!;
    }

    private static async Task<bool> WaitAsync(SharedMemoryTelemetrySource source, CancellationToken cancellationToken)
    {
        try
        {
            return await source.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static int Finish(SharedMemoryTelemetrySource source, TelemetryJsonLines? json, TelemetryStatusLines? lines, TelemetryCommandSettings settings, TextWriter error, TimeSpan elapsed)
    {
        var status = source.Status;
        var received = status.FramesRead + status.EventsRead > 0;
        if (received)
        {
            json?.WriteSummary(status, source.Location);
            lines?.WriteLine(status, elapsed, elapsed, total: true);
        }

        if (status.State == TelemetrySourceState.Faulted)
        {
            error.WriteLine(status.Error);
            return ExitCodes.Faulted;
        }

        if (!received)
        {
            error.WriteLine(NothingPublished(status, settings));
            return ExitCodes.NoGame;
        }

        return ExitCodes.Success;
    }

    private static string NothingPublished(TelemetrySourceStatus status, TelemetryCommandSettings settings)
    {
        if (status.Writer is not { } writer)
        {
            return $"No Ets2Coach plugin is publishing '{settings.Name}': is the game running with the plugin installed? See docs/install.md";
        }

        var within = settings.Timeout is { } t ? string.Create(CultureInfo.InvariantCulture, $" within {t.TotalSeconds:0.#} s") : "";
        return $"The Ets2Coach plugin in {writer.GameName} ('{settings.Name}') published nothing{within}: is a profile loaded and the game running? {status.Error}".TrimEnd();
    }

    private static string DefaultName()
    {
        var fromGame = Environment.GetEnvironmentVariable("ETS2COACH_SHM_NAME");
        return string.IsNullOrWhiteSpace(fromGame) ? SharedMemoryTelemetrySourceOptions.DefaultName : fromGame;
    }
}
