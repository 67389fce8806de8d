using System.Globalization;
using Ets2Coach.Recording.Writing;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Import;

/// <summary>
/// Turns CSV drives from other tools into drive files that replay and score like any recording.
/// Columns are the documented ones (docs/recording-format.md, units in the names) or their aliases;
/// a channel whose column is missing, or whose cell is empty in a row, stays ABSENT in that frame
/// (its bit in <see cref="TelemetryFrame.ChannelsPresent"/> clear), never zero.
/// </summary>
public static class CsvDriveImporter
{
    private const int MaxWarnings = 100;

    /// <summary>Imports the CSV file at <paramref name="csvPath"/> into a new drive file at <paramref name="drivePath"/>.</summary>
    public static async Task<CsvImportResult> ImportAsync(string csvPath, string drivePath, CsvImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(csvPath);
        ArgumentException.ThrowIfNullOrEmpty(drivePath);
        options ??= new CsvImportOptions();
        if (options.Validate() is { } invalid)
        {
            return new CsvImportResult { Error = invalid };
        }

        StreamReader csv;
        try
        {
            csv = new StreamReader(csvPath, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new CsvImportResult { Error = $"Cannot open {csvPath}: {ex.Message}" };
        }

        using (csv)
        {
            FileStream output;
            try
            {
                output = new FileStream(drivePath, options.Overwrite ? FileMode.Create : FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 0);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                return new CsvImportResult { Error = $"Cannot write {drivePath}: {ex.Message}" };
            }

            var result = await ImportAsync(csv, Path.GetFileName(csvPath), output, options, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                File.Delete(drivePath);
            }

            return result;
        }
    }

    /// <summary>Imports CSV text into a drive file written to <paramref name="output"/> (which is disposed).</summary>
    /// <param name="csv">The CSV text, header row first.</param>
    /// <param name="sourceName">Name of the CSV, used in messages and the header's source.</param>
    /// <param name="output">Where the drive file goes.</param>
    /// <param name="options">Import options.</param>
    /// <param name="cancellationToken">Stops the import.</param>
    public static async Task<CsvImportResult> ImportAsync(TextReader csv, string sourceName, Stream output, CsvImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new CsvImportOptions();
        if (options.Validate() is { } invalid)
        {
            await output.DisposeAsync().ConfigureAwait(false);
            return new CsvImportResult { Error = invalid };
        }

        var reader = new Rfc4180Reader(csv, options.Delimiter);
        var fields = new List<string>();
        if (!reader.TryReadRecord(fields, out _, out var error) || fields.TrueForAll(string.IsNullOrWhiteSpace))
        {
            await output.DisposeAsync().ConfigureAwait(false);
            return new CsvImportResult { Error = error ?? $"{sourceName} is empty: a CSV drive needs a header row and data rows" };
        }

        var layout = CsvRowConverter.TryCreate(fields, options, sourceName, out error);
        if (layout is null)
        {
            await output.DisposeAsync().ConfigureAwait(false);
            return new CsvImportResult { Error = error };
        }

        var recorder = DriveRecorder.Create(output, sourceName, RecorderOptions(sourceName, options, layout.Channels));
        var warnings = new List<string>();
        long rows = 0, skipped = 0, frames = 0;
        string? failure = null;
        var resampler = new CsvResampler(options.FrameRateHz, recorder);
        while (reader.TryReadRecord(fields, out var line, out error))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue; // blank line
            }

            rows++;
            if (!layout.TryConvert(fields, line, out var frame, out var timeUs, out var problem))
            {
                skipped++;
                if (options.BadRows == CsvBadRowPolicy.Fail)
                {
                    failure = $"{sourceName}: {problem}";
                    break;
                }

                if (warnings.Count < MaxWarnings)
                {
                    warnings.Add($"{problem}; row skipped");
                }

                continue;
            }

            frames += resampler.Add(frame, timeUs);
        }

        failure ??= error is null ? null : $"{sourceName}: {error}";
        if (failure is null && rows - skipped == 0)
        {
            failure = $"{sourceName} has no usable data rows";
        }

        frames += resampler.Finish();
        await recorder.DisposeAsync().ConfigureAwait(false);
        if (failure is null && recorder.Status.State == RecorderState.Failed)
        {
            failure = recorder.Status.Message;
        }

        if (layout.Ignored.Count > 0)
        {
            warnings.Insert(0, $"columns not imported (unknown names): {string.Join(", ", layout.Ignored)}");
        }

        return new CsvImportResult
        {
            Error = failure,
            RowsRead = rows,
            RowsSkipped = skipped,
            FramesWritten = failure is null ? frames : 0,
            MappedColumns = layout.Mapped,
            IgnoredColumns = layout.Ignored,
            Warnings = warnings,
        };
    }

    private static DriveRecorderOptions RecorderOptions(string sourceName, CsvImportOptions options, TelemetryChannels channels) => new()
    {
        Writer = new WriterInfo(options.GameId, options.GameId, 0, 0, 0, 0, channels),
        WriterGeneration = 1,
        FrameRateHz = options.FrameRateHz ?? 60,
        Source = string.Create(CultureInfo.InvariantCulture, $"csv:{sourceName}"),
        DropWhenBehind = false,
        Overwrite = options.Overwrite,
    };
}
