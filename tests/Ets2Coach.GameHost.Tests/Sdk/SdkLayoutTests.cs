using System.Runtime.CompilerServices;
using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost.Tests.Sdk;

/// <summary>Pins the SDK structures to the fact sheet's x64 sizes and offsets (§2, §3, §9).</summary>
public sealed unsafe class SdkLayoutTests
{
    [Fact]
    public void Sizes_MatchFactSheetX64()
    {
        Assert.Equal(48, sizeof(ScsValue));
        Assert.Equal(64, sizeof(ScsNamedValue));
        Assert.Equal(32, sizeof(ScsSdkInitParamsV100));
        Assert.Equal(64, sizeof(ScsTelemetryInitParamsV100));
        Assert.Equal(32, sizeof(ScsTelemetryFrameStart));
        Assert.Equal(16, sizeof(ScsTelemetryConfiguration));
        Assert.Equal(16, sizeof(ScsTelemetryGameplayEvent));
        Assert.Equal(12, sizeof(ScsFVector));
        Assert.Equal(24, sizeof(ScsDVector));
        Assert.Equal(12, sizeof(ScsEuler));
        Assert.Equal(24, sizeof(ScsFPlacement));
        Assert.Equal(40, sizeof(ScsDPlacement));
    }

    [Fact]
    public void ScsValue_UnionMembersStartAtOffset8()
    {
        var value = default(ScsValue);
        var start = (byte*)&value;
        Assert.Equal(0, (byte*)&value.type - start);
        Assert.Equal(4, (byte*)&value._padding - start);
        Assert.Equal(8, &value.value_bool - start);
        Assert.Equal(8, (byte*)&value.value_s32 - start);
        Assert.Equal(8, (byte*)&value.value_u64 - start);
        Assert.Equal(8, (byte*)&value.value_double - start);
        Assert.Equal(8, (byte*)&value.value_fvector - start);
        Assert.Equal(8, (byte*)&value.value_dplacement - start);
        Assert.Equal(8 + 24, (byte*)&value.value_dplacement.orientation - start);
        Assert.Equal(8 + 36, (byte*)&value.value_dplacement._padding - start);
        Assert.Equal(8 + 12, (byte*)&value.value_fplacement.orientation - start);
        Assert.Equal(8, (byte*)&value.value_string - start);
    }

    [Fact]
    public void NamedValue_HasX64PaddingBeforeValue()
    {
        var named = default(ScsNamedValue);
        var start = (byte*)&named;
        Assert.Equal(0, (byte*)&named.name - start);
        Assert.Equal(8, (byte*)&named.index - start);
        Assert.Equal(12, (byte*)&named._padding - start);
        Assert.Equal(16, (byte*)&named.value - start);
    }

    [Fact]
    public void InitParams_OffsetsMatchFactSheet()
    {
        var init = default(ScsTelemetryInitParamsV100);
        var start = (byte*)&init;
        Assert.Equal(0, (byte*)&init.common.game_name - start);
        Assert.Equal(8, (byte*)&init.common.game_id - start);
        Assert.Equal(16, (byte*)&init.common.game_version - start);
        Assert.Equal(20, (byte*)&init.common._padding - start);
        Assert.Equal(24, (byte*)&init.common.log - start);
        Assert.Equal(32, (byte*)&init.register_for_event - start);
        Assert.Equal(40, (byte*)&init.unregister_from_event - start);
        Assert.Equal(48, (byte*)&init.register_for_channel - start);
        Assert.Equal(56, (byte*)&init.unregister_from_channel - start);
    }

    [Fact]
    public void FrameStart_TimesAtFactSheetOffsets()
    {
        var frame = default(ScsTelemetryFrameStart);
        var start = (byte*)&frame;
        Assert.Equal(0, (byte*)&frame.flags - start);
        Assert.Equal(8, (byte*)&frame.render_time - start);
        Assert.Equal(16, (byte*)&frame.simulation_time - start);
        Assert.Equal(24, (byte*)&frame.paused_simulation_time - start);
    }

    [Fact]
    public void ConfigurationAndGameplayInfo_AttributesAtOffset8()
    {
        var configuration = default(ScsTelemetryConfiguration);
        var gameplay = default(ScsTelemetryGameplayEvent);
        Assert.Equal(8, (byte*)&configuration.attributes - (byte*)&configuration);
        Assert.Equal(8, (byte*)&gameplay.attributes - (byte*)&gameplay);
    }

    [Fact]
    public void Versions_MatchFactSheetNumbers()
    {
        Assert.Equal(0x00010000u, ScsVersions.TelemetryApi100);
        Assert.Equal(0x00010001u, ScsVersions.TelemetryApi101);
        Assert.Equal(0x00010012u, ScsVersions.Ets2Schema118);
        Assert.Equal(65554u, ScsVersions.Make(1, 18));
        Assert.Equal(0x00010005u, ScsVersions.AtsSchema105);
        Assert.Equal("1.18", ScsVersions.Format(ScsVersions.Ets2Schema118));
        Assert.Equal("1.01", ScsVersions.Format(ScsVersions.TelemetryApi101));
        Assert.True(ScsVersions.TryParse("1.05", out var ats));
        Assert.Equal(ScsVersions.AtsSchema105, ats);
        Assert.False(ScsVersions.TryParse("1", out _));
        Assert.False(ScsVersions.TryParse("x.y", out _));
    }

    [Fact]
    public void ResultAndTypeCodes_MatchFactSheet()
    {
        Assert.Equal(-1, (int)ScsResult.Unsupported);
        Assert.Equal(-4, (int)ScsResult.NotFound);
        Assert.Equal(-6, (int)ScsResult.NotNow);
        Assert.Equal(-7, (int)ScsResult.GenericError);
        Assert.Equal(11u, (uint)ScsValueType.DPlacement);
        Assert.Equal(13u, (uint)ScsValueType.S64);
        Assert.Equal(6u, (uint)ScsEvent.Gameplay);
        Assert.Equal(2u, (uint)ScsChannelFlags.NoValue);
        Assert.Equal(0xFFFFFFFFu, ScsConstants.U32Nil);
        Assert.Equal(ScsValue.SizeInBytes, Unsafe.SizeOf<ScsValue>());
    }
}
