namespace Ets2Coach.Simulator;

/// <summary>What the simulated driver does in one step of the plan.</summary>
public enum ManoeuvreKind
{
    /// <summary>Moving off from rest.</summary>
    MoveOff,
    /// <summary>A stop (traffic light, junction, toll booth, yard).</summary>
    Stop,
    /// <summary>A drop in the navigation speed limit (town entry, roadworks).</summary>
    LimitDrop,
    /// <summary>A rise in the navigation speed limit.</summary>
    LimitRise,
    /// <summary>A single lane change.</summary>
    LaneChange,
    /// <summary>An overtake: out, pass, back in.</summary>
    Overtake,
    /// <summary>A junction turn, left or right.</summary>
    JunctionTurn,
    /// <summary>A bend of the road (no signal expected).</summary>
    Curve,
    /// <summary>Slowing down for traffic ahead (the only way traffic shows in telemetry).</summary>
    TrafficSlowdown,
    /// <summary>A stretch driven over the limit.</summary>
    SpeedingStretch,
    /// <summary>Passing a toll gate.</summary>
    TollGate,
    /// <summary>Visiting a service area and refuelling.</summary>
    ServiceArea,
    /// <summary>Arriving at or leaving a company yard.</summary>
    CompanyYard,
    /// <summary>A ferry or train crossing (position jump).</summary>
    Ferry,
    /// <summary>Reversing into a bay.</summary>
    ReverseIntoBay,
    /// <summary>Stopping on the carriageway.</summary>
    StopInLane,
    /// <summary>Opening a menu (pausing).</summary>
    Pause,
    /// <summary>Night falls or day breaks; the driver's lights behaviour.</summary>
    LightsChange,
    /// <summary>Rain starts or stops (wipers).</summary>
    Rain,
    /// <summary>The game fines the player.</summary>
    Fine,
    /// <summary>A collision.</summary>
    Collision,
}
