using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Features.Intelligence.Graph;

public readonly record struct NodeRef(NodeKind Kind, string Key);

public readonly record struct EvidenceFact(string RecordType, int RecordId, string Reference, DateOnly Date);

public sealed class NodeFact(string label, int? sourceId)
{
    public string Label { get; set; } = label;
    public int? SourceId { get; set; } = sourceId;
    public DateOnly? First { get; set; }
    public DateOnly? Last { get; set; }
}

public sealed class LinkFact
{
    public DateOnly First { get; set; } = DateOnly.MaxValue;
    public DateOnly Last { get; set; } = DateOnly.MinValue;
    public List<EvidenceFact> Evidence { get; } = [];
}

/// <summary>
/// Nodes and links derived from a batch of source records, de-duplicated in memory before anything is written, so one
/// link seen in 500 declarations is one upsert with 500 evidence rows.
/// </summary>
public sealed class GraphFacts
{
    public Dictionary<NodeRef, NodeFact> Nodes { get; } = [];
    public Dictionary<(NodeRef From, NodeRef To, LinkKind Kind), LinkFact> Links { get; } = [];

    public NodeRef Node(NodeKind kind, string key, string label, int? sourceId = null)
    {
        var node = new NodeRef(kind, key);
        if (!Nodes.TryGetValue(node, out var fact)) Nodes[node] = new NodeFact(label, sourceId);
        else if (sourceId is not null) fact.SourceId ??= sourceId;
        return node;
    }

    public void Link(NodeRef from, NodeRef to, LinkKind kind, EvidenceFact evidence)
    {
        if (from == to) return;
        var key = (from, to, kind);
        if (!Links.TryGetValue(key, out var link)) Links[key] = link = new LinkFact();
        if (evidence.Date < link.First) link.First = evidence.Date;
        if (evidence.Date > link.Last) link.Last = evidence.Date;
        link.Evidence.Add(evidence);
        Seen(from, evidence.Date);
        Seen(to, evidence.Date);
    }

    private void Seen(NodeRef node, DateOnly date)
    {
        var fact = Nodes[node];
        if (fact.First is null || date < fact.First) fact.First = date;
        if (fact.Last is null || date > fact.Last) fact.Last = date;
    }
}
