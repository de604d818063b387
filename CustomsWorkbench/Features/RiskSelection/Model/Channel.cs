namespace CustomsWorkbench.Features.RiskSelection.Model;

/// <summary>Red: physical inspection. Yellow: document check. Green: release.</summary>
public enum Channel { Green, Yellow, Red }

/// <summary>Why the selection engine put a declaration in its channel.</summary>
public enum SelectionReason { Model, Rule, RandomExploration, BelowCapacity }
