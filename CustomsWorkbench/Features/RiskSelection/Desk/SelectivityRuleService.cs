using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>What a supervisor edits; saving always adds a new version row.</summary>
public sealed record RuleDraft
{
    public string? RuleKey { get; init; }
    public string Name { get; init; } = "";
    public string Reason { get; init; } = "";
    public bool Enabled { get; init; } = true;
    public string? TariffPrefix { get; init; }
    public string? OriginCountryCode { get; init; }
    public string? ImporterCode { get; init; }
    public string? DeclarantCode { get; init; }
    public double? MaxValueRatio { get; init; }
    public bool? FtaPreferenceClaimed { get; init; }
    public Channel Channel { get; init; } = Channel.Yellow;
    public DateOnly ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }

    public static RuleDraft From(SelectivityRule r) => new()
    {
        RuleKey = r.RuleKey, Name = r.Name, Reason = r.Reason, Enabled = r.Enabled, TariffPrefix = r.TariffPrefix,
        OriginCountryCode = r.OriginCountryCode, ImporterCode = r.ImporterCode, DeclarantCode = r.DeclarantCode,
        MaxValueRatio = r.MaxValueRatio, FtaPreferenceClaimed = r.FtaPreferenceClaimed, Channel = r.Channel, ValidFrom = r.ValidFrom, ValidTo = r.ValidTo,
    };

    /// <summary>The rule's texts and codes checked against <see cref="FieldLimits"/>.</summary>
    public FieldCheck Fields() => new FieldCheck()
        .Text("name", Name, FieldLimits.Name).Text("reason", Reason, FieldLimits.Reason, multiline: true)
        .Text("tariffPrefix", TariffPrefix, FieldLimits.Code).Text("originCountryCode", OriginCountryCode, FieldLimits.Code)
        .Text("importerCode", ImporterCode, FieldLimits.Code).Text("declarantCode", DeclarantCode, FieldLimits.Code)
        .Number("maxValueRatio", MaxValueRatio, FieldLimits.Quantity);

    /// <summary>Empty when the draft can be saved, else the keys of the problems.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name)) problems.Add("RuleNameRequired");
        if (string.IsNullOrWhiteSpace(Reason)) problems.Add("RuleReasonRequired");
        if (ValidTo is { } to && to < ValidFrom) problems.Add("RuleValidityOrder");
        if (MaxValueRatio is <= 0) problems.Add("RuleRatioPositive");
        return problems;
    }
}

/// <summary>Supervisor-authored selectivity rules: every edit (including enable/disable) is a new audited version.</summary>
public class SelectivityRuleService(IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<SelectivityRule>> ListLatestAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<SelectivityRule>().AsNoTracking().Where(r => r.IsLatest).OrderBy(r => r.Name).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<SelectivityRule>> HistoryAsync(string ruleKey, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<SelectivityRule>().AsNoTracking().Where(r => r.RuleKey == ruleKey).OrderByDescending(r => r.Version).ToListAsync(ct);
    }

    /// <summary>Saves a draft as version 1 of a new rule (no key) or the next version of an existing one.</summary>
    public async Task<SelectivityRule> SaveAsync(RuleDraft draft, string supervisor, CancellationToken ct = default)
    {
        if (draft.Problems() is { Count: > 0 } problems) throw new ArgumentException(string.Join(", ", problems), nameof(draft));
        draft.Fields().ThrowIfAny();
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var key = string.IsNullOrWhiteSpace(draft.RuleKey) ? $"R-{Guid.NewGuid():N}"[..10].ToUpperInvariant() : draft.RuleKey;
        var previous = await db.Set<SelectivityRule>().Where(r => r.RuleKey == key && r.IsLatest).ToListAsync(ct);
        var version = previous.Count == 0 ? 1 : previous.Max(p => p.Version) + 1;
        foreach (var p in previous) p.IsLatest = false;
        var rule = new SelectivityRule
        {
            RuleKey = key, Version = version, IsLatest = true, Enabled = draft.Enabled, Name = draft.Name.Trim(), Reason = draft.Reason.Trim(),
            TariffPrefix = Blank(draft.TariffPrefix), OriginCountryCode = Blank(draft.OriginCountryCode)?.ToUpperInvariant(),
            ImporterCode = Blank(draft.ImporterCode), DeclarantCode = Blank(draft.DeclarantCode), MaxValueRatio = draft.MaxValueRatio,
            FtaPreferenceClaimed = draft.FtaPreferenceClaimed, Channel = draft.Channel, ValidFrom = draft.ValidFrom, ValidTo = draft.ValidTo,
            CreatedBy = supervisor, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(rule);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await audit.RecordAsync(AuditRecord.Decision(supervisor, version == 1 ? "rule.create" : "rule.new-version", "SelectivityRule", $"{key}/v{version}",
            RuleDraft.From(rule)), ct);
        return rule;
    }

    public async Task<SelectivityRule> SetEnabledAsync(string ruleKey, bool enabled, string supervisor, CancellationToken ct = default)
    {
        var current = (await HistoryAsync(ruleKey, ct)).FirstOrDefault() ?? throw new InvalidOperationException($"Rule {ruleKey} does not exist.");
        return await SaveAsync(RuleDraft.From(current) with { Enabled = enabled }, supervisor, ct);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
