namespace Ets2Coach.Habits;

/// <summary>How one detector fared in the drive, for the drive summary.</summary>
/// <param name="Name">The detector, e.g. "Lights".</param>
/// <param name="Enabled">False once it failed and was switched off.</param>
/// <param name="SignalCoverage">Fraction (0–1) of live frames that carried every signal it needs; where it lacked them it stayed silent.</param>
/// <param name="MissingSignals">The signals it needs, as a readable list (e.g. "Speed, Lights"), when coverage is below 1; else empty.</param>
public sealed record DetectorStatus(string Name, bool Enabled, double SignalCoverage, string MissingSignals);
