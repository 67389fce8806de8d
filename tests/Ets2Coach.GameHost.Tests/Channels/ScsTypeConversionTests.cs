using Ets2Coach.GameHost.Channels;
using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost.Tests.Channels;

public sealed unsafe class ScsTypeConversionTests
{
    [Theory]
    [InlineData(ScsValueType.Float, ScsValueType.Double)]
    [InlineData(ScsValueType.FVector, ScsValueType.DVector)]
    [InlineData(ScsValueType.FPlacement, ScsValueType.DPlacement)]
    [InlineData(ScsValueType.DPlacement, ScsValueType.FPlacement)]
    [InlineData(ScsValueType.DPlacement, ScsValueType.Euler)]
    [InlineData(ScsValueType.DPlacement, ScsValueType.FVector)]
    [InlineData(ScsValueType.DPlacement, ScsValueType.DVector)]
    [InlineData(ScsValueType.FPlacement, ScsValueType.Euler)]
    [InlineData(ScsValueType.U32, ScsValueType.U64)]
    [InlineData(ScsValueType.Bool, ScsValueType.Bool)]
    public void CanProvide_DocumentedConversions_Allowed(ScsValueType native, ScsValueType requested) =>
        Assert.True(ScsTypeConversion.CanProvide(native, requested));

    [Theory]
    [InlineData(ScsValueType.U32, ScsValueType.Bool)]     // the game's own example: truck.light.aux.front as bool
    [InlineData(ScsValueType.U32, ScsValueType.S32)]
    [InlineData(ScsValueType.U64, ScsValueType.U32)]
    [InlineData(ScsValueType.S32, ScsValueType.S64)]
    [InlineData(ScsValueType.Float, ScsValueType.FVector)]
    [InlineData(ScsValueType.FVector, ScsValueType.Euler)]
    [InlineData(ScsValueType.Euler, ScsValueType.FPlacement)]
    [InlineData(ScsValueType.Bool, ScsValueType.U32)]
    public void CanProvide_OtherPairs_Refused(ScsValueType native, ScsValueType requested) =>
        Assert.False(ScsTypeConversion.CanProvide(native, requested));

    [Fact]
    public void Convert_DPlacementToEulerAndVectors_KeepsTheRightPart()
    {
        var source = default(ScsValue);
        source.type = ScsValueType.DPlacement;
        source.value_dplacement.position = new ScsDVector { x = 1.5, y = -2.25, z = 1e8 + 0.5 };
        source.value_dplacement.orientation = new ScsEuler { heading = 0.25f, pitch = -0.125f, roll = 0.5f };
        ScsValue result;

        ScsTypeConversion.Convert(&source, ScsValueType.Euler, &result);
        Assert.Equal(ScsValueType.Euler, result.type);
        Assert.Equal((0.25f, -0.125f, 0.5f), (result.value_euler.heading, result.value_euler.pitch, result.value_euler.roll));

        ScsTypeConversion.Convert(&source, ScsValueType.DVector, &result);
        Assert.Equal((1.5, -2.25, 1e8 + 0.5), (result.value_dvector.x, result.value_dvector.y, result.value_dvector.z));

        ScsTypeConversion.Convert(&source, ScsValueType.FVector, &result);
        Assert.Equal((1.5f, -2.25f, 1e8f), (result.value_fvector.x, result.value_fvector.y, result.value_fvector.z));
        Assert.True(new ReadOnlySpan<byte>((byte*)&result + 20, 28).IndexOfAnyExcept((byte)0) < 0, "bytes after the vector are zero");

        ScsTypeConversion.Convert(&source, ScsValueType.FPlacement, &result);
        Assert.Equal(0.25f, result.value_fplacement.orientation.heading);
        Assert.Equal(-2.25f, result.value_fplacement.position.y);
    }

    [Fact]
    public void Convert_ScalarWidening_KeepsTheValue()
    {
        var source = default(ScsValue);
        source.type = ScsValueType.U32;
        source.value_u32 = 0xFFFF_FFF0;
        ScsValue result;
        ScsTypeConversion.Convert(&source, ScsValueType.U64, &result);
        Assert.Equal(0xFFFF_FFF0UL, result.value_u64);

        source = default;
        source.type = ScsValueType.Float;
        source.value_float = 0.1f;
        ScsTypeConversion.Convert(&source, ScsValueType.Double, &result);
        Assert.Equal((double)0.1f, result.value_double);
        Assert.Equal(ScsValueType.Double, result.type);
    }
}
