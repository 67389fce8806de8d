using System.Runtime.CompilerServices;

namespace Ets2Coach.Habits.State;

/// <summary>
/// The recent path, sampled on an exact 10 Hz grid of the simulation clock (interpolated between
/// frames, so the history is the same at any frame rate). Fixed capacity, overwritten oldest first;
/// cleared at a discontinuity. Look-backs (POI approaches, queues, following distance) read it.
/// </summary>
internal sealed class PathHistory
{
    public const double IntervalSeconds = 0.1;

    private readonly PathSample[] _samples;
    private readonly int _mask;
    private long _added;

    /// <param name="capacityPow2">A power of two; 8192 samples hold 13.6 minutes.</param>
    public PathHistory(int capacityPow2 = 8192)
    {
        if (capacityPow2 <= 0 || (capacityPow2 & (capacityPow2 - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacityPow2), capacityPow2, "Capacity must be a power of two.");
        }

        _samples = new PathSample[capacityPow2];
        _mask = capacityPow2 - 1;
    }

    /// <summary>Samples held.</summary>
    public int Count => (int)Math.Min(_added, _samples.Length);

    /// <summary>The sample <paramref name="age"/> steps back (0 = newest).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly PathSample Back(int age) => ref _samples[(int)((_added - 1 - age) & _mask)];

    /// <summary>The newest sample.</summary>
    public ref readonly PathSample Newest => ref Back(0);

    public void Add(in PathSample sample)
    {
        _samples[(int)(_added & _mask)] = sample;
        _added++;
    }

    public void Clear() => _added = 0;

    /// <summary>The age of the newest sample at or before <paramref name="timeSeconds"/>, or −1 when none.</summary>
    public int AgeAtOrBefore(double timeSeconds)
    {
        var count = Count;
        if (count == 0)
        {
            return -1;
        }

        // Samples are 0.1 s apart: jump close, then walk.
        var newest = Newest.TimeSeconds;
        var age = (int)Math.Floor((newest - timeSeconds) / IntervalSeconds);
        age = Math.Clamp(age, 0, count - 1);
        while (age > 0 && Back(age).TimeSeconds < timeSeconds - 1e-9)
        {
            age--;
        }

        while (age < count - 1 && Back(age).TimeSeconds > timeSeconds + 1e-9)
        {
            age++;
        }

        return Back(age).TimeSeconds <= timeSeconds + 1e-9 ? age : -1;
    }

    /// <summary>The path interpolated at a given travelled distance (searching back from the newest sample).</summary>
    public bool TryAtDistance(double distanceM, out PathSample sample)
    {
        sample = default;
        var count = Count;
        for (var age = 0; age < count - 1; age++)
        {
            ref readonly var newer = ref Back(age);
            ref readonly var older = ref Back(age + 1);
            if (older.DistanceM <= distanceM && distanceM <= newer.DistanceM)
            {
                var span = newer.DistanceM - older.DistanceM;
                var f = span > 0 ? (distanceM - older.DistanceM) / span : 1;
                sample = Lerp(older, newer, f);
                return true;
            }

            if (newer.DistanceM < distanceM)
            {
                return false;
            }
        }

        return false;
    }

    public static PathSample Lerp(in PathSample a, in PathSample b, double f) => new()
    {
        TimeSeconds = a.TimeSeconds + (f * (b.TimeSeconds - a.TimeSeconds)),
        DistanceM = a.DistanceM + (f * (b.DistanceM - a.DistanceM)),
        XMetres = a.XMetres + (f * (b.XMetres - a.XMetres)),
        YMetres = a.YMetres + (f * (b.YMetres - a.YMetres)),
        ZMetres = a.ZMetres + (f * (b.ZMetres - a.ZMetres)),
        SpeedMps = a.SpeedMps + (f * (b.SpeedMps - a.SpeedMps)),
        HeadingRad = a.HeadingRad + (f * (b.HeadingRad - a.HeadingRad)),
    };
}
