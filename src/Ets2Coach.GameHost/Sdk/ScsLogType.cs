namespace Ets2Coach.GameHost.Sdk;

/// <summary>Log line types (<c>scs_log_type_t</c>): they select the game log's prefix.</summary>
public enum ScsLogType
{
    /// <summary>A plain message.</summary>
    Message = 0,
    /// <summary>Printed with a <c>&lt;WARNING&gt;</c> prefix.</summary>
    Warning = 1,
    /// <summary>Printed with an <c>&lt;ERROR&gt;</c> prefix.</summary>
    Error = 2,
}
