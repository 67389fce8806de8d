using Ets2Coach.Telemetry;

namespace Ets2Coach.Simulator.Kinematics;

/// <summary>
/// The driver's boolean controls over a drive (blinkers, hazards, lights, wipers, parking brake, engine)
/// as a sorted list of states, plus when each blinker-like switch last came on (for the lamp's flash phase).
/// </summary>
internal sealed class SwitchTimeline
{
    private readonly double[] _t;
    private readonly uint[] _state;
    private readonly double[] _leftOn;
    private readonly double[] _rightOn;
    private readonly double[] _hazardOn;

    public SwitchTimeline(double[] t, uint[] state, double[] leftOn, double[] rightOn, double[] hazardOn)
    {
        _t = t;
        _state = state;
        _leftOn = leftOn;
        _rightOn = rightOn;
        _hazardOn = hazardOn;
    }

    public int Count => _t.Length;

    public double TimeAt(int i) => _t[i];

    public TruckSwitches StateAt(int i) => (TruckSwitches)_state[i];

    /// <summary>The state in force at <paramref name="t"/> (index of the last change at or before it).</summary>
    public int Seek(double t, int cursor)
    {
        cursor = Math.Clamp(cursor, 0, _t.Length - 1);
        while (cursor > 0 && t < _t[cursor])
        {
            cursor--;
        }

        while (cursor < _t.Length - 1 && t >= _t[cursor + 1])
        {
            cursor++;
        }

        return cursor;
    }

    public TruckSwitches Evaluate(double t, ref int cursor, out double leftOnSince, out double rightOnSince, out double hazardOnSince)
    {
        cursor = Seek(t, cursor);
        leftOnSince = _leftOn[cursor];
        rightOnSince = _rightOn[cursor];
        hazardOnSince = _hazardOn[cursor];
        return (TruckSwitches)_state[cursor];
    }

    public TruckSwitches StateAtTime(double t)
    {
        var c = 0;
        return Evaluate(t, ref c, out _, out _, out _);
    }

    /// <summary>The intervals during which every switch in <paramref name="which"/> is on; an open one ends at +∞.</summary>
    public List<(double On, double Off)> IntervalsOn(TruckSwitches which)
    {
        var result = new List<(double On, double Off)>();
        var on = double.NaN;
        for (var i = 0; i < Count; i++)
        {
            var isOn = (StateAt(i) & which) == which;
            if (isOn && double.IsNaN(on))
            {
                on = TimeAt(i);
            }
            else if (!isOn && !double.IsNaN(on))
            {
                result.Add((on, TimeAt(i)));
                on = double.NaN;
            }
        }

        if (!double.IsNaN(on))
        {
            result.Add((on, double.PositiveInfinity));
        }

        return result;
    }
}

/// <summary>Collects on/off intervals per switch and builds a <see cref="SwitchTimeline"/>.</summary>
internal sealed class SwitchTimelineBuilder
{
    private readonly List<(double Time, TruckSwitches Switch, int Delta)> _changes = [];

    /// <summary>The switch is on during [from, until).</summary>
    public void On(TruckSwitches @switch, double from, double until)
    {
        if (!(until > from))
        {
            return;
        }

        _changes.Add((from, @switch, +1));
        _changes.Add((until, @switch, -1));
    }

    /// <summary>Copies every interval of <paramref name="other"/>.</summary>
    public void CopyFrom(SwitchTimelineBuilder other) => _changes.AddRange(other._changes);

    /// <summary>Every interval added so far for <paramref name="switch"/>, in time order.</summary>
    public List<(double From, double Until)> IntervalsOf(TruckSwitches @switch)
    {
        var ons = new List<double>();
        var offs = new List<double>();
        foreach (var c in _changes)
        {
            if (c.Switch == @switch)
            {
                (c.Delta > 0 ? ons : offs).Add(c.Time);
            }
        }

        ons.Sort();
        offs.Sort();
        var result = new List<(double, double)>();
        for (var i = 0; i < ons.Count; i++)
        {
            result.Add((ons[i], offs[i]));
        }

        return result;
    }

    public SwitchTimeline Build()
    {
        var ordered = _changes.OrderBy(c => c.Time).ThenBy(c => c.Delta).ToList();
        var counts = new int[32];
        var times = new List<double> { double.NegativeInfinity };
        var states = new List<uint> { 0 };
        var left = new List<double> { double.NaN };
        var right = new List<double> { double.NaN };
        var hazard = new List<double> { double.NaN };
        double l = double.NaN, r = double.NaN, h = double.NaN;
        uint state = 0;
        foreach (var (time, sw, delta) in ordered)
        {
            var bit = System.Numerics.BitOperations.Log2((uint)sw);
            var was = counts[bit] > 0;
            counts[bit] += delta;
            var isOn = counts[bit] > 0;
            if (was == isOn)
            {
                continue;
            }

            state = isOn ? state | (uint)sw : state & ~(uint)sw;
            if (sw == TruckSwitches.LeftBlinker)
            {
                l = isOn ? time : double.NaN;
            }
            else if (sw == TruckSwitches.RightBlinker)
            {
                r = isOn ? time : double.NaN;
            }
            else if (sw == TruckSwitches.Hazard)
            {
                h = isOn ? time : double.NaN;
            }

            if (times[^1] == time)
            {
                states[^1] = state;
                left[^1] = l;
                right[^1] = r;
                hazard[^1] = h;
            }
            else
            {
                times.Add(time);
                states.Add(state);
                left.Add(l);
                right.Add(r);
                hazard.Add(h);
            }
        }

        return new SwitchTimeline([.. times], [.. states], [.. left], [.. right], [.. hazard]);
    }
}
