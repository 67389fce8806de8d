using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Ets2Coach.Telemetry.Tests.Support;

namespace Ets2Coach.Telemetry.Tests;

/// <summary>Checks of the design itself, so it cannot erode quietly.</summary>
public sealed class DesignTests
{
    private static readonly Type[] s_publicStructs = typeof(TelemetryFrame).Assembly.GetExportedTypes()
        .Where(t => t.IsValueType && !t.IsEnum)
        .ToArray();

    public static TheoryData<Type> PublicStructs() => new(s_publicStructs);

    [Fact]
    public void PublicStructs_IncludeFrameAndEvent()
    {
        Assert.Contains(typeof(TelemetryFrame), s_publicStructs);
        Assert.Contains(typeof(TelemetryEvent), s_publicStructs);
    }

    [Theory]
    [MemberData(nameof(PublicStructs))]
    public void PublicStruct_IsReadOnly(Type type)
    {
        Assert.True(type.IsDefined(typeof(IsReadOnlyAttribute), inherit: false), $"{type.Name} must be a readonly struct.");
    }

    [Theory]
    [MemberData(nameof(PublicStructs))]
    public void PublicStruct_IsBlittable(Type type)
    {
        var containsReferences = (bool)typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.IsReferenceOrContainsReferences))!
            .MakeGenericMethod(type).Invoke(null, null)!;

        Assert.False(containsReferences, $"{type.Name} must hold no references (it is copied byte-wise out of shared memory).");
    }

    [Theory]
    [InlineData(typeof(TelemetryFrame), TelemetryFrame.SizeInBytes)]
    [InlineData(typeof(TelemetryEvent), TelemetryEvent.SizeInBytes)]
    public void WireStruct_HasExplicitLayoutOfItsSize(Type type, int size)
    {
        Assert.True(type.IsExplicitLayout);
        Assert.Equal(size, type.StructLayoutAttribute!.Size);
        Assert.Equal(size, LayoutProbe.SizeOf(type));
    }

    [Fact]
    public void TelemetrySource_UsesNoWallClock()
    {
        var banned = new Regex(@"\b(DateTime(Offset)?\.(Utc)?Now|Stopwatch|Environment\.TickCount)");
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, "src", "Ets2Coach.Telemetry"), "*.cs", SearchOption.AllDirectories)
            .Where(f => banned.IsMatch(File.ReadAllText(f)))
            .Select(Path.GetFileName);

        Assert.Empty(offenders);
    }

    [Fact]
    public void TelemetryFrame_IsPlainBytes()
    {
        Assert.Equal(TelemetryFrame.SizeInBytes, Marshal.SizeOf<TelemetryFrame>());
    }
}
