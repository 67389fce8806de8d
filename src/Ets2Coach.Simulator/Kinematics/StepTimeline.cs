namespace Ets2Coach.Simulator.Kinematics;

/// <summary>A piecewise-constant value over drive time (the navigation speed limit, the lane count).</summary>
internal sealed class StepTimeline
{
    private readonly double[] _t;
    private readonly double[] _value;

    public StepTimeline(double[] t, double[] value)
    {
        _t = t;
        _value = value;
    }

    public int Count => _t.Length;

    public double TimeAt(int i) => _t[i];

    public double ValueAt(int i) => _value[i];

    public double Evaluate(double t, ref int cursor)
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

        return _value[cursor];
    }

    public double ValueAtTime(double t)
    {
        var c = 0;
        return Evaluate(t, ref c);
    }
}

/// <summary>Builds a <see cref="StepTimeline"/>; later sets at the same time win.</summary>
internal sealed class StepTimelineBuilder
{
    private readonly List<double> _t;
    private readonly List<double> _value;

    public StepTimelineBuilder(double initial)
    {
        _t = [double.NegativeInfinity];
        _value = [initial];
    }

    public double Current => _value[^1];

    public void Set(double time, double value)
    {
        if (time < _t[^1])
        {
            throw new InvalidOperationException("Step timeline values must be set in time order.");
        }

        if (value == _value[^1])
        {
            return;
        }

        if (time == _t[^1])
        {
            _value[^1] = value;
            return;
        }

        _t.Add(time);
        _value.Add(value);
    }

    public StepTimeline Build() => new([.. _t], [.. _value]);
}

/// <summary>A sum of ramps: each adds <c>Delta</c> linearly between <c>From</c> and <c>Until</c> (a jump when equal).</summary>
internal sealed class RampSum
{
    private readonly (double From, double Until, double Delta)[] _ramps;

    public RampSum((double From, double Until, double Delta)[] ramps) => _ramps = ramps;

    public double Evaluate(double t)
    {
        var sum = 0.0;
        foreach (var (from, until, delta) in _ramps)
        {
            if (t >= until)
            {
                sum += delta;
            }
            else if (t > from)
            {
                sum += delta * (t - from) / (until - from);
            }
        }

        return sum;
    }
}
