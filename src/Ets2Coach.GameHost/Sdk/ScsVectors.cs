using System.Runtime.InteropServices;

namespace Ets2Coach.GameHost.Sdk;

/// <summary><c>scs_value_fvector_t</c> (12 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ScsFVector
{
    public float x;
    public float y;
    public float z;
}

/// <summary><c>scs_value_dvector_t</c> (24 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ScsDVector
{
    public double x;
    public double y;
    public double z;
}

/// <summary><c>scs_value_euler_t</c> (12 bytes), in turns.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ScsEuler
{
    public float heading;
    public float pitch;
    public float roll;
}

/// <summary><c>scs_value_fplacement_t</c> (24 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ScsFPlacement
{
    public ScsFVector position;
    public ScsEuler orientation;
}

/// <summary><c>scs_value_dplacement_t</c> (40 bytes, explicit padding at 36).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ScsDPlacement
{
    public ScsDVector position;
    public ScsEuler orientation;
    public uint _padding;
}
