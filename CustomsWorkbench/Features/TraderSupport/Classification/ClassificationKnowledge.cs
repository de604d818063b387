using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Demo.Reference;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

public enum KnowledgeSource { Nomenclature, Glossary, TariffLine, Declaration }

/// <summary>One searchable text and the code it stands for (2–10 digits).</summary>
public sealed record KnowledgeDocument(KnowledgeSource Source, string Code, string Text, int Declarations = 0)
{
    public string Heading => Code[..4];
    public string? Subheading => Code.Length >= 6 ? Code[..6] : null;
}

/// <summary>A description seen on past declarations with the code declared for it and how often.</summary>
public sealed record PastDeclaration(string Description, string Code, int Count);

/// <summary>
/// Everything the classifier knows: the HS nomenclature, the Korean glossary, the HSK lines the workbench knows (with
/// their Korean names, which the demo world's declarations also use) and the descriptions of past declarations.
/// </summary>
public sealed class ClassificationKnowledge(HsNomenclature nomenclature, IReadOnlyList<GlossaryEntry> glossary,
    IReadOnlyList<TariffCode> tariffLines, IReadOnlyList<PastDeclaration> past)
{
    public HsNomenclature Nomenclature => nomenclature;
    public IReadOnlyList<GlossaryEntry> Glossary => glossary;
    public IReadOnlyList<TariffCode> TariffLines => tariffLines;
    public IReadOnlyList<PastDeclaration> Past => past;

    /// <summary>The shipped knowledge plus the given past declarations.</summary>
    public static ClassificationKnowledge Shipped(IReadOnlyList<PastDeclaration> past) =>
        new(HsNomenclature.Shipped, KoreanGlossary.Shipped, ReferenceDataFiles.Shipped.TariffCodes(), past);

    /// <summary>The documents to index: every heading and subheading, glossary term, HSK line and past description.</summary>
    public IReadOnlyList<KnowledgeDocument> Documents()
    {
        var docs = new List<KnowledgeDocument>();
        docs.AddRange(nomenclature.Headings.Concat(nomenclature.Subheadings)
            .Select(e => new KnowledgeDocument(KnowledgeSource.Nomenclature, e.Code, e.Description)));
        foreach (var entry in glossary)
            docs.AddRange(entry.Terms.Select(t => new KnowledgeDocument(KnowledgeSource.Glossary, entry.Code, t)));
        docs.AddRange(tariffLines.Where(l => nomenclature.Find(l.Code[..6]) is not null)
            .Select(l => new KnowledgeDocument(KnowledgeSource.TariffLine, l.Code, $"{l.DescriptionEn} {l.DescriptionKo}")));
        docs.AddRange(past.Where(p => p.Code.Length >= 6 && nomenclature.Find(p.Code[..6]) is not null)
            .Select(p => new KnowledgeDocument(KnowledgeSource.Declaration, p.Code, p.Description, p.Count)));
        return docs;
    }
}
