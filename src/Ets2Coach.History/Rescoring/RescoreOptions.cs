using Ets2Coach.Habits;

namespace Ets2Coach.History.Rescoring;

/// <summary>How <see cref="DriveRescorer"/> re-scores.</summary>
public sealed record RescoreOptions
{
    /// <summary>The thresholds and scoring to apply (the current options).</summary>
    public HabitOptions Habits { get; init; } = HabitOptions.Default;

    /// <summary>
    /// Re-score a damaged file from its intact part. Off by default: the stored scores of such a drive
    /// came from the whole live stream, and a fragment would replace them with less.
    /// </summary>
    public bool AcceptDamagedFiles { get; init; }

    /// <summary>Drive files scored at once (1 … 256); the database is written by one of them at a time.</summary>
    public int MaxParallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>A one-line description of the first invalid member, or null.</summary>
    public string? Validate()
    {
        if (Habits is null)
        {
            return "Habits must be set.";
        }

        if (MaxParallelism is < 1 or > 256)
        {
            return $"MaxParallelism must be between 1 and 256; it is {MaxParallelism}.";
        }

        var problems = Habits.Validate();
        return problems.Count == 0 ? null : "Invalid habit options: " + string.Join(" ", problems);
    }
}
