namespace Ets2Coach.Habits.State;

/// <summary>One 10 Hz sample of the path: where, when, how fast, which way.</summary>
internal struct PathSample
{
    public double TimeSeconds;
    public double DistanceM;
    public double XMetres;
    public double YMetres;
    public double ZMetres;
    public double SpeedMps;
    public double HeadingRad;
}
