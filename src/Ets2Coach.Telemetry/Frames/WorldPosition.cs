using System.Runtime.InteropServices;

namespace Ets2Coach.Telemetry;

/// <summary>A position in the game world: +X east, +Y up, +Z south, in metres.</summary>
/// <param name="XMetres">East.</param>
/// <param name="YMetres">Up.</param>
/// <param name="ZMetres">South.</param>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct WorldPosition(double XMetres, double YMetres, double ZMetres);
