namespace Ets2Coach.GameHost.Sdk;

/// <summary>The SDK's result codes (<c>scs_result_t</c>), as the game and the plugin return them.</summary>
public enum ScsResult
{
    /// <summary><c>SCS_RESULT_ok</c>.</summary>
    Ok = 0,
    /// <summary><c>SCS_RESULT_unsupported</c>: version or parameters not supported; init is retried with a lower API version.</summary>
    Unsupported = -1,
    /// <summary><c>SCS_RESULT_invalid_parameter</c>.</summary>
    InvalidParameter = -2,
    /// <summary><c>SCS_RESULT_already_registered</c>.</summary>
    AlreadyRegistered = -3,
    /// <summary><c>SCS_RESULT_not_found</c>: no such channel or event.</summary>
    NotFound = -4,
    /// <summary><c>SCS_RESULT_unsupported_type</c>: the channel cannot provide the requested value type.</summary>
    UnsupportedType = -5,
    /// <summary><c>SCS_RESULT_not_now</c>: the call is not allowed from the current callback.</summary>
    NotNow = -6,
    /// <summary><c>SCS_RESULT_generic_error</c>.</summary>
    GenericError = -7,
}
