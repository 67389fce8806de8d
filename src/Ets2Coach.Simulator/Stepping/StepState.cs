namespace Ets2Coach.Simulator.Stepping;

/// <summary>Mutable cursors of the stepper (one per timeline) so each frame seeks in O(1).</summary>
internal struct StepCursors
{
    public int Speed;
    public int Yaw;
    public int Lanes;
    public int Switches;
    public int Limit;
    public int Cruise;
}
