namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary><c>e2c_state</c>: the writer's life-cycle state in the header.</summary>
internal enum WriterState : uint
{
    /// <summary>The writer is (re)building the block: do not read.</summary>
    Initializing = 0,

    /// <summary>The game is running and publishing.</summary>
    Running = 1,

    /// <summary><c>scs_telemetry_shutdown</c> ran: no more data from this generation.</summary>
    Closed = 2,
}
