namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>Turns a ranking into suggestions with their reasons: the texts that matched under each code, where the code
/// sits in the nomenclature, and past declarations of similar goods under the same heading.</summary>
public static class SuggestionBuilder
{
    private const double MinimumShownSimilarity = 0.15;

    public static IReadOnlyList<TariffSuggestion> Build(HsClassifierEngine engine, Ranking ranking, int top = 5)
    {
        var nomenclature = engine.Knowledge.Nomenclature;
        var docs = engine.Scorer.Documents;
        var similarity = ranking.Query.Similarity;
        var byHeading = engine.Scorer.DocumentsByHeading;
        return ranking.Subheadings.Take(top).Select(r =>
        {
            var sub = r.Subheading;
            var heading = sub[..4];
            var inHeading = byHeading.GetValueOrDefault(heading) ?? [];
            var line = inHeading.Where(i => docs[i].Source == KnowledgeSource.TariffLine && docs[i].Subheading == sub)
                .OrderByDescending(i => similarity[i]).ThenBy(i => docs[i].Code, StringComparer.Ordinal).Select(i => (int?)i).FirstOrDefault();
            var hsk = line is { } l ? engine.Knowledge.TariffLines.First(t => t.Code == docs[l].Code) : null;
            var matched = new List<MatchedText>();
            matched.AddRange(inHeading.Where(i => docs[i].Source == KnowledgeSource.Glossary && (docs[i].Code == sub || docs[i].Code == heading) && similarity[i] > 0)
                .OrderByDescending(i => similarity[i]).Take(2).Select(i => Match(docs[i], similarity[i])));
            matched.AddRange(inHeading.Where(i => docs[i].Source == KnowledgeSource.Nomenclature && (docs[i].Code == sub || docs[i].Code == heading))
                .OrderByDescending(i => docs[i].Code.Length).Select(i => Match(docs[i], similarity[i])));
            if (line is { } best) matched.Add(Match(docs[best], similarity[best]));
            // A heading with a single subheading has the same text at both levels: show it once.
            matched = matched.DistinctBy(m => (m.Source, m.Text)).ToList();
            var similar = inHeading.Where(i => docs[i].Source == KnowledgeSource.Declaration && similarity[i] >= MinimumShownSimilarity)
                .OrderByDescending(i => similarity[i]).ThenByDescending(i => docs[i].Declarations).Take(3)
                .Select(i => new SimilarDeclaration(docs[i].Text, docs[i].Code, docs[i].Declarations, Math.Round(similarity[i], 3))).ToList();
            var reasons = new SuggestionReasons(matched, nomenclature.SectionOf(sub), nomenclature.ChapterOf(sub), nomenclature.HeadingOf(sub), similar);
            return new TariffSuggestion(hsk?.Code ?? sub, sub, Math.Round(r.Probability, 3), hsk?.DescriptionEn ?? nomenclature.Find(sub)?.Description ?? "",
                hsk?.DescriptionKo, reasons);
        }).ToList();
    }

    private static MatchedText Match(KnowledgeDocument doc, float similarity) => new(doc.Source switch
    {
        KnowledgeSource.Nomenclature => "nomenclature",
        KnowledgeSource.Glossary => "glossary",
        KnowledgeSource.TariffLine => "tariff-line",
        _ => "declaration",
    }, doc.Text, Math.Round(similarity, 3));
}
