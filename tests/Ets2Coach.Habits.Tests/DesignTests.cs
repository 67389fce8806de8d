using Ets2Coach.Habits.Detectors;
using Ets2Coach.Habits.State;

namespace Ets2Coach.Habits.Tests;

/// <summary>Checks of the design itself: the conventions a reviewer would otherwise have to remember.</summary>
public sealed class DesignTests
{
    private static readonly string[] s_wallClock = ["DateTime.Now", "DateTime.UtcNow", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "Stopwatch", "Environment.TickCount", "TimeProvider.System"];

    [Fact]
    public void Detectors_AreSealed_AndEveryOneRunsInTheStandardSet()
    {
        var types = typeof(DetectorBase).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DetectorBase)) && !t.IsAbstract).ToArray();
        var set = new DetectorSet(new DetectorContext(HabitOptions.Default, new DriveState(HabitOptions.Default), new FindingSink(), new SharedSignals()));

        Assert.All(types, t => Assert.True(t.IsSealed, $"{t.Name} is not sealed"));
        Assert.Equal(types.OrderBy(t => t.Name), set.All.Select(d => d.GetType()).OrderBy(t => t.Name));
        Assert.Equal(set.All.Length, set.All.Select(d => d.Name).Distinct().Count());
    }

    [Fact]
    public void HabitsSource_NeverReadsTheWallClock()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Ets2Coach.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var files = Directory.GetFiles(Path.Combine(root.FullName, "src", "Ets2Coach.Habits"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain(s_wallClock, api => text.Contains(api, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EveryKind_HasACategoryRuleAndAdvice()
    {
        Assert.All(HabitCatalog.AllKinds, k =>
        {
            Assert.False(string.IsNullOrWhiteSpace(HabitCatalog.AdviceFor(k)));
            Assert.False(string.IsNullOrWhiteSpace(HabitCatalog.DisplayName(k)));
            Assert.True(Enum.IsDefined(HabitCatalog.CategoryOf(k)));
        });
    }
}
