namespace CustomsWorkbench.Platform.Validation;

/// <summary>
/// The one place for how much a stored field, a list page or an assistant turn may hold. Validation on every door
/// (import readers, API bodies, services behind the pages) and the EF configurations (HasMaxLength) both read these,
/// so the database and the checks agree. Generous for real paperwork, small enough that one record cannot flood a
/// dossier, a chat history or a model prompt.
/// </summary>
public static class FieldLimits
{
    /// <summary>Declaration numbers, trader, office and rule codes, tracking numbers.</summary>
    public const int Code = 64;
    /// <summary>Trader, supplier, office and rule names; note and case titles.</summary>
    public const int Name = 200;
    public const int Title = 200;
    public const int Address = 300;
    /// <summary>Phone, e-mail, business and licence numbers.</summary>
    public const int Contact = 100;
    public const int QuantityUnit = 16;
    /// <summary>HS / HSK tariff codes: digits only.</summary>
    public const int TariffCode = 10;
    /// <summary>ISO 4217 currency codes.</summary>
    public const int Currency = 3;
    public const int Kind = 32;
    public const int GoodsDescription = 2_000;
    /// <summary>Override reasons, review notes, rule reasons, seized-goods descriptions.</summary>
    public const int Reason = 2_000;
    /// <summary>Saved notes and drafts, case notes.</summary>
    public const int Note = 20_000;
    /// <summary>A saved investigation's graph layout and attached records (JSON written by the page).</summary>
    public const int CaseState = 1_000_000;
    /// <summary>A score's strongest inputs stored beside it (name, value and push for up to 8 inputs).</summary>
    public const int ScoreExplanation = 1_000;

    /// <summary>One question to the assistant.</summary>
    public const int Question = 2_000;
    /// <summary>One assistant answer as shown and stored; longer answers are cut with a marker.</summary>
    public const int Answer = 20_000;
    /// <summary>Messages kept per assistant conversation (user, record); older ones are deleted when a turn is saved.</summary>
    public const int HistoryMessagesKept = 200;
    /// <summary>Rows in one page of any list (pages and APIs).</summary>
    public const int PageSize = 500;

    /// <summary>Money (KRW or USD): a thousand trillion is beyond any single declaration and keeps sums finite.</summary>
    public const double Amount = 1e15;
    /// <summary>Quantities and weights in kg.</summary>
    public const double Quantity = 1e12;
    /// <summary>A duty rate in percent.</summary>
    public const double Rate = 1_000;
}
