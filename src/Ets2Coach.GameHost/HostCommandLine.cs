using System.CommandLine;
using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost;

/// <summary>The host process's options (see <see cref="GameHostProgram"/>).</summary>
internal sealed class HostCommandLine
{
    public Option<string?> Plugin { get; } = new("--plugin") { Description = "Plugin library (default: $ETS2COACH_PLUGIN, else plugin/ets2coach_telemetry.so next to this program)" };

    public Option<string?> ShmName { get; } = new("--shm-name") { Description = "Shared-memory name for the plugin (sets ETS2COACH_SHM_NAME)" };

    public Option<int?> FrameCapacity { get; } = new("--frame-capacity") { Description = "Frame ring capacity, a power of two (sets ETS2COACH_FRAME_CAPACITY)" };

    public Option<int?> EventCapacity { get; } = new("--event-capacity") { Description = "Event ring capacity, a power of two (sets ETS2COACH_EVENT_CAPACITY)" };

    public Option<string> Game { get; } = new("--game") { Description = "Game id", DefaultValueFactory = _ => ScsGameId.Ets2 };

    public Option<string?> Schema { get; } = new("--schema") { Description = "Game telemetry schema, e.g. 1.18 (default: the newest known for the game)" };

    public Option<string> Api { get; } = new("--api") { Description = "Highest telemetry API offered: 1.01 (then 1.00) or 1.00 only", DefaultValueFactory = _ => "1.01" };

    public Option<string[]> RefuseChannel { get; } = new("--refuse-channel") { Description = "Answer not_found for this channel (repeatable), like an older game", AllowMultipleArgumentsPerToken = false };

    public Option<string?> Log { get; } = new("--log") { Description = "Write the game log to this file (game.log.txt format)" };

    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Echo the game log on standard error" };

    public Option<string> Scenario { get; } = new("--scenario") { Description = "Scenario to play: invariant (every field a function of the frame index), latency (the invariant frames with RenderTimeUs = publish time, µs of CLOCK_MONOTONIC) or drive (a simulated practice drive)", DefaultValueFactory = _ => "invariant" };

    public Option<long> Frames { get; } = new("--frames") { Description = "Frames to play", DefaultValueFactory = _ => 600 };

    public Option<double> Rate { get; } = new("--rate") { Description = "Frames per second; invariant: 0 = as fast as possible; drive: frames per simulated second, 20-1000", DefaultValueFactory = _ => 60 };

    public Option<int> EventsEvery { get; } = new("--events-every") { Description = "A gameplay event every K frames; 0 = none", DefaultValueFactory = _ => 0 };

    public Option<long?> ReloadAt { get; } = new("--reload-at") { Description = "sdk reload before this frame" };

    public Option<long?> ReinitAt { get; } = new("--reinit-at") { Description = "sdk reinit before this frame" };

    public Option<long?> PauseAt { get; } = new("--pause-at") { Description = "First paused frame" };

    public Option<long> PauseFrames { get; } = new("--pause-frames") { Description = "Number of paused frames", DefaultValueFactory = _ => 60 };

    public Option<double> HoldAtEnd { get; } = new("--hold-at-end") { Description = "Seconds to keep the plugin loaded after the last frame", DefaultValueFactory = _ => 0 };

    public Option<string> Profile { get; } = new("--profile") { Description = "drive: how the simulated player drives", DefaultValueFactory = _ => "average" };

    public Option<int> Seed { get; } = new("--seed") { Description = "drive: seed of the route, manoeuvres and noise", DefaultValueFactory = _ => 1 };

    public Option<double> Minutes { get; } = new("--minutes") { Description = "drive: length on the game's clock, minutes (3-240)", DefaultValueFactory = _ => 15 };

    public Option<double> Speedup { get; } = new("--speedup") { Description = "drive: simulated seconds per wall-clock second; 0 = as fast as possible", DefaultValueFactory = _ => 1 };

    public Option<string> Noise { get; } = new("--noise") { Description = "drive: sensor noise", DefaultValueFactory = _ => "low" };

    public Option<bool> UntilStdinCloses { get; } = new("--until-stdin-closes") { Description = "End the run (like SIGTERM) when standard input closes: the parent stops the game by closing the pipe, and a parent that dies takes the game with it" };

    /// <summary>The root command with every option.</summary>
    public RootCommand CreateCommand()
    {
        Game.AcceptOnlyFromAmong(ScsGameId.Ets2, ScsGameId.Ats);
        Api.AcceptOnlyFromAmong("1.01", "1.00");
        Scenario.AcceptOnlyFromAmong("invariant", "latency", "drive");
        Profile.AcceptOnlyFromAmong("careful", "average", "reckless");
        Noise.AcceptOnlyFromAmong("none", "low", "high");
        var command = new RootCommand("Ets2Coach stand-in game: loads the real telemetry plugin and plays a scripted drive into it through the SCS telemetry SDK interface.")
        {
            Plugin, ShmName, FrameCapacity, EventCapacity, Game, Schema, Api, RefuseChannel, Log, Verbose,
            Scenario, Frames, Rate, EventsEvery, ReloadAt, ReinitAt, PauseAt, PauseFrames, HoldAtEnd,
            Profile, Seed, Minutes, Speedup, Noise, UntilStdinCloses,
        };
        return command;
    }
}
