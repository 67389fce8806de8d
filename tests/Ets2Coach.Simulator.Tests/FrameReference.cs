using Ets2Coach.Habits;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Tests;

/// <summary>
/// Independent, minimal re-measurements of a few labels straight from the frames (not from the plan), so the
/// ground truth is checked against what a detector could actually see.
/// </summary>
internal static class FrameReference
{
    /// <summary>HardBraking per docs/habits.md on frames: EMA τ 0.3 s at the frame rate, 0.5 s per level, merge under 5 s.</summary>
    public static List<HabitEvent> HardBraking(RecordedDrive d)
    {
        var levels = HabitOptions.Default.BrakingLevelsFor(d.Simulator.TotalMassKg);
        var thresholds = new[] { levels.Firm, levels.Harsh, levels.Emergency, levels.Extreme };
        var raw = new List<(double Start, double End, int Level)>();
        var ema = 0.0;
        var prev = double.NaN;
        var inEpisode = false;
        double start = 0;
        var runs = new double[4];
        var longest = new double[4];
        foreach (var f in d.Frames)
        {
            if (f.IsPaused)
            {
                continue;
            }

            var t = RecordedDrive.Seconds(f);
            var dt = double.IsNaN(prev) ? 0 : t - prev;
            prev = t;
            ema += (1 - Math.Exp(-dt / 0.3)) * ((f.SpeedMps > 0 ? f.LocalAccelerationMps2.Z : 0) - ema);
            if (!inEpisode && ema >= levels.Firm && f.SpeedMps * 3.6 >= 15)
            {
                inEpisode = true;
                start = t;
                Array.Clear(runs);
                Array.Clear(longest);
            }

            if (!inEpisode)
            {
                continue;
            }

            if (ema < levels.Firm)
            {
                inEpisode = false;
                var level = -1;
                for (var l = 0; l < 4; l++)
                {
                    if (longest[l] >= 0.5)
                    {
                        level = l;
                    }
                }

                if (level >= 0)
                {
                    raw.Add((start, t, level));
                }

                continue;
            }

            for (var l = 0; l < 4; l++)
            {
                runs[l] = ema >= thresholds[l] ? runs[l] + dt : 0;
                longest[l] = Math.Max(longest[l], runs[l]);
            }
        }

        var merged = new List<(double Start, double End, int Level)>();
        foreach (var e in raw)
        {
            if (merged.Count > 0 && e.Start - merged[^1].End < 5)
            {
                merged[^1] = (merged[^1].Start, e.End, Math.Max(merged[^1].Level, e.Level));
            }
            else
            {
                merged.Add(e);
            }
        }

        return merged.Select(e => new HabitEvent { Kind = HabitKind.HardBraking, Severity = (Severity)e.Level, StartSeconds = e.Start, EndSeconds = e.End }).ToList();
    }

    /// <summary>LateBraking per docs/habits.md on noise-free frames.</summary>
    public static List<HabitEvent> LateBraking(RecordedDrive d)
    {
        var frames = d.Frames.Where(f => !f.IsPaused).ToArray();
        var ema = new double[frames.Length];
        for (var i = 1; i < frames.Length; i++)
        {
            var dt = RecordedDrive.Seconds(frames[i]) - RecordedDrive.Seconds(frames[i - 1]);
            ema[i] = ema[i - 1] + ((1 - Math.Exp(-dt / 0.3)) * ((frames[i].SpeedMps > 0 ? frames[i].LocalAccelerationMps2.Z : 0) - ema[i - 1]));
        }

        var result = new List<HabitEvent>();
        var stop = 2 / 3.6;
        for (var i = 1; i < frames.Length; i++)
        {
            if (!(frames[i - 1].SpeedMps >= stop && frames[i].SpeedMps < stop && frames[i].SpeedMps >= 0))
            {
                continue;
            }

            var k = i;
            while (k > 0 && frames[k - 1].SpeedMps >= frames[k].SpeedMps)
            {
                k--;
            }

            var phase = -1;
            for (var j = k; j < i; j++)
            {
                var isMax = j == k || (frames[j].SpeedMps >= frames[j - 1].SpeedMps && frames[j + 1].SpeedMps < frames[j].SpeedMps);
                if (isMax && frames[j].SpeedMps * 3.6 >= 30)
                {
                    phase = j;
                }
            }

            if (phase < 0)
            {
                continue;
            }

            var mean = (frames[phase].SpeedMps - stop) / (RecordedDrive.Seconds(frames[i]) - RecordedDrive.Seconds(frames[phase]));
            var peak = ema[phase..(i + 1)].Max();
            var harsh = mean > 2.5 || peak > 3.0;
            if (!harsh && (mean > 1.5 || peak > 2.0))
            {
                result.Add(new HabitEvent { Kind = HabitKind.LateBraking, Severity = Severity.Minor, StartSeconds = RecordedDrive.Seconds(frames[phase]), EndSeconds = RecordedDrive.Seconds(frames[i]) });
            }
        }

        return result;
    }

    public static List<ExpectedFinding> Expected(RecordedDrive d, HabitKind kind) => d.Truth.ExpectedFindings.Where(f => f.Kind == kind).ToList();

    public static bool LightsOn(in TelemetryFrame f) => f.IsOn(TruckSwitches.LowBeam) || f.IsOn(TruckSwitches.HighBeam);
}
