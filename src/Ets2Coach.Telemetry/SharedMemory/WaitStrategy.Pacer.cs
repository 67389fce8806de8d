namespace Ets2Coach.Telemetry.SharedMemory;

public sealed partial class WaitStrategy
{
    /// <summary>
    /// One source's memory of when data arrived, so a sleeping strategy can sleep through most of
    /// the gap between frames that come at a steady rate instead of waking every millisecond.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Why: a wake-up is what the default strategy costs. Measured on the 2-core KVM machine of
    /// docs/performance.md, one <c>nanosleep(1 ms)</c> costs ≈ 19 µs of CPU, so waking ~900 times
    /// a second for a 60 Hz game costs ≈ 1.8 % of a core by itself. Sleeping through the quiet part
    /// of each frame gap cuts the wake-ups at 60 Hz from ~16 to ~5 per frame.
    /// </para>
    /// <para>
    /// How: arrivals are the moments a wait found data. The next one is predicted at the last
    /// arrival plus the SHORTEST of the last <see cref="Window"/> gaps, minus <see cref="Guard"/>
    /// (an observed arrival is up to one poll, ~1.2 ms, late, and so is each observed gap; the
    /// rest of the guard absorbs frame-time jitter). Until then the strategy sleeps in one go,
    /// after that it polls every interval as before, so latency is unchanged while frames keep to
    /// their rate. A burst or a faster rate shortens the shortest gap at once (long sleeps stop);
    /// a long gap (menu, loading) cannot lengthen it.
    /// </para>
    /// </remarks>
    internal sealed class Pacer
    {
        /// <summary>Gaps remembered: 16 frames, a quarter of a second at 60 Hz.</summary>
        public const int Window = 16;

        /// <summary>How long before the predicted arrival the long sleep ends.</summary>
        public static readonly TimeSpan Guard = TimeSpan.FromMilliseconds(3);

        /// <summary>The longest single sleep, so cancellation and state checks stay timely.</summary>
        public static readonly TimeSpan MaxSleep = TimeSpan.FromMilliseconds(50);

        private readonly TimeProvider _time;
        private readonly long[] _gaps = new long[Window];
        private int _gapCount;
        private int _nextGap;
        private long _lastArrival;
        private bool _hasArrival;

        public Pacer(TimeProvider time)
        {
            _time = time;
        }

        /// <summary>Data was found at <paramref name="timestamp"/> (a <see cref="TimeProvider.GetTimestamp"/> value).</summary>
        public void OnArrival(long timestamp)
        {
            if (_hasArrival)
            {
                _gaps[_nextGap] = timestamp - _lastArrival;
                _nextGap = (_nextGap + 1) % Window;
                _gapCount = Math.Min(_gapCount + 1, Window);
            }

            _lastArrival = timestamp;
            _hasArrival = true;
        }

        /// <summary>Forgets the arrivals (a new writer may run at another rate).</summary>
        public void Reset()
        {
            _gapCount = 0;
            _nextGap = 0;
            _hasArrival = false;
        }

        /// <summary>True when the last <see cref="Window"/> gaps are all at least <paramref name="shortestGap"/>.</summary>
        public bool IsSteady(TimeSpan shortestGap) => TryGetShortestGap(out var shortest) && shortest >= shortestGap;

        /// <summary>
        /// How long the caller can sleep from now before data is due, when arrivals are steady and
        /// that is at least <paramref name="atLeast"/>; otherwise false.
        /// </summary>
        public bool TryGetQuietTime(TimeSpan atLeast, out TimeSpan quiet)
        {
            quiet = TimeSpan.Zero;
            if (!TryGetShortestGap(out var shortest))
            {
                return false;
            }

            var remaining = shortest - Guard - _time.GetElapsedTime(_lastArrival);
            if (remaining < atLeast)
            {
                return false;
            }

            quiet = remaining < MaxSleep ? remaining : MaxSleep;
            return true;
        }

        private bool TryGetShortestGap(out TimeSpan shortest)
        {
            shortest = TimeSpan.Zero;
            if (_gapCount < Window)
            {
                return false;
            }

            var ticks = long.MaxValue;
            foreach (var gap in _gaps)
            {
                ticks = Math.Min(ticks, gap);
            }

            shortest = TimeSpan.FromSeconds((double)ticks / _time.TimestampFrequency);
            return true;
        }
    }
}
