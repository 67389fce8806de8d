using Ets2Coach.Habits;

namespace Ets2Coach.History.Tests;

public sealed class HabitOptionsFingerprintTests
{
    [Fact]
    public void Of_EqualOptions_SameSixteenHexDigits()
    {
        var a = HabitOptionsFingerprint.Of(HabitOptions.Default);
        var b = HabitOptionsFingerprint.Of(new HabitOptions());

        Assert.Equal(a, b);
        Assert.Matches("^[0-9a-f]{16}$", a);
    }

    [Fact]
    public void Of_OneThresholdChanged_DifferentFingerprint()
    {
        var changed = HabitOptions.Default with { Braking = HabitOptions.Default.Braking with { FirmMps2 = 1.4 } };
        var reweighted = HabitOptions.Default with { Scoring = HabitOptions.Default.Scoring with { WeightsPercent = [20, 25, 15, 15, 10, 10, 5] } };

        Assert.NotEqual(HabitOptionsFingerprint.Of(HabitOptions.Default), HabitOptionsFingerprint.Of(changed));
        Assert.NotEqual(HabitOptionsFingerprint.Of(HabitOptions.Default), HabitOptionsFingerprint.Of(reweighted));
        Assert.NotEqual(HabitOptionsFingerprint.Of(changed), HabitOptionsFingerprint.Of(reweighted));
    }
}
