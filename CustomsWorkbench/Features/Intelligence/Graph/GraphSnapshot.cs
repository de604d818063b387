using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Features.Intelligence.Graph;

/// <summary>A node as the in-memory index knows it.</summary>
public sealed record IndexNode(int Id, NodeKind Kind, string Label, int? MergedIntoId = null);

/// <summary>A link as the in-memory index knows it (dates as <see cref="DateOnly.DayNumber"/>).</summary>
public readonly record struct IndexLink(int Id, int FromId, int ToId, LinkKind Kind, int FirstDay, int LastDay);

/// <summary>One half of an undirected link seen from a node: where it leads and what it is.</summary>
public readonly record struct Edge(int Target, int LinkId, LinkKind Kind, int FirstDay, int LastDay);

/// <summary>
/// Immutable adjacency of the whole graph with dense int indexes: compressed sparse rows (offsets + edge arrays) built
/// at load, plus a small overlay of links added since (patched on arrival without re-sorting millions of edges).
/// Merged nodes are redirected to their survivor here, so every algorithm sees the merged shape for free.
/// </summary>
public sealed class GraphSnapshot
{
    public int NodeCount => NodeIds.Length;
    public int LinkCount { get; }
    public int[] NodeIds { get; }
    public NodeKind[] Kinds { get; }
    public string[] Labels { get; }
    /// <summary>Dense index of the node a merged node redirects to (itself when not merged).</summary>
    public int[] Canonical { get; }

    private readonly Dictionary<int, int> _indexOfId;
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly int[] _linkIds;
    private readonly LinkKind[] _kinds;
    private readonly int[] _first;
    private readonly int[] _last;
    private readonly Dictionary<int, List<Edge>> _overlay;
    private readonly List<IndexLink> _overlayLinks;
    private readonly IReadOnlyList<IndexNode> _nodes;
    private readonly IReadOnlyList<IndexLink> _baseLinks;
    /// <summary>Base links whose dates a patch widened since the CSR was built, by link id.</summary>
    private readonly IReadOnlyDictionary<int, IndexLink> _baseUpdates;
    private readonly int _baseNodeCount;
    private readonly int _baseLinkCount;

    public int OverlayLinkCount => _overlayLinks.Count;

    public static GraphSnapshot Build(IReadOnlyList<IndexNode> nodes, IReadOnlyList<IndexLink> links) => new(nodes, links, []);

    private GraphSnapshot(IReadOnlyList<IndexNode> nodes, IReadOnlyList<IndexLink> links, List<IndexLink> overlayLinks)
    {
        _nodes = nodes;
        _baseLinks = links;
        _baseUpdates = new Dictionary<int, IndexLink>();
        (NodeIds, Kinds, Labels, _indexOfId, Canonical) = IndexNodes(nodes);
        _baseNodeCount = nodes.Count;

        // Counting sort of both directions of every link into CSR rows.
        var n = nodes.Count;
        _offsets = new int[n + 1];
        var valid = 0;
        foreach (var link in links)
        {
            if (!TryEnds(link, out var a, out var b)) continue;
            _offsets[a + 1]++;
            _offsets[b + 1]++;
            valid++;
        }
        for (var i = 0; i < n; i++) _offsets[i + 1] += _offsets[i];
        var total = _offsets[n];
        _targets = new int[total];
        _linkIds = new int[total];
        _kinds = new LinkKind[total];
        _first = new int[total];
        _last = new int[total];
        var cursor = (int[])_offsets.Clone();
        foreach (var link in links)
        {
            if (!TryEnds(link, out var a, out var b)) continue;
            Put(cursor[a]++, b, link);
            Put(cursor[b]++, a, link);
        }
        _baseLinkCount = valid;
        (_overlay, _overlayLinks, LinkCount) = ([], overlayLinks, valid);
    }

    /// <summary>
    /// Shares the CSR arrays of <paramref name="source"/>; only node tables and the overlay are new, and the date arrays
    /// when a patch widened the dates of links already in the CSR.
    /// </summary>
    private GraphSnapshot(GraphSnapshot source, List<IndexNode> extraNodes, List<IndexLink> overlayLinks, int[] first, int[] last,
        IReadOnlyDictionary<int, IndexLink> baseUpdates)
    {
        _baseUpdates = baseUpdates;
        _nodes = extraNodes.Count == 0 ? source._nodes : [.. source._nodes, .. extraNodes];
        _baseLinks = source._baseLinks;
        (NodeIds, Kinds, Labels, _indexOfId, Canonical) = IndexNodes(_nodes);
        _baseNodeCount = source._baseNodeCount;
        (_offsets, _targets, _linkIds, _kinds, _first, _last) = (source._offsets, source._targets, source._linkIds, source._kinds, first, last);
        _baseLinkCount = source._baseLinkCount;
        _overlayLinks = overlayLinks;
        _overlay = [];
        var valid = _baseLinkCount;
        foreach (var link in overlayLinks)
        {
            if (!TryEnds(link, out var a, out var b)) continue;
            AddOverlay(a, new Edge(b, link.Id, link.Kind, link.FirstDay, link.LastDay));
            AddOverlay(b, new Edge(a, link.Id, link.Kind, link.FirstDay, link.LastDay));
            valid++;
        }
        LinkCount = valid;
    }

    private (int[], NodeKind[], string[], Dictionary<int, int>, int[]) IndexNodes(IReadOnlyList<IndexNode> nodes)
    {
        var n = nodes.Count;
        var ids = new int[n];
        var kinds = new NodeKind[n];
        var labels = new string[n];
        var indexOfId = new Dictionary<int, int>(n);
        for (var i = 0; i < n; i++)
        {
            ids[i] = nodes[i].Id;
            kinds[i] = nodes[i].Kind;
            labels[i] = nodes[i].Label;
            indexOfId[nodes[i].Id] = i;
        }
        var canonical = new int[n];
        for (var i = 0; i < n; i++) canonical[i] = Resolve(nodes, indexOfId, i, 0);
        return (ids, kinds, labels, indexOfId, canonical);
    }

    private void Put(int slot, int target, IndexLink link)
    {
        _targets[slot] = target;
        _linkIds[slot] = link.Id;
        _kinds[slot] = link.Kind;
        _first[slot] = link.FirstDay;
        _last[slot] = link.LastDay;
    }

    private void AddOverlay(int node, Edge edge)
    {
        if (!_overlay.TryGetValue(node, out var list)) _overlay[node] = list = [];
        list.Add(edge);
    }

    private static int Resolve(IReadOnlyList<IndexNode> nodes, Dictionary<int, int> indexOfId, int index, int depth)
    {
        var merged = nodes[index].MergedIntoId;
        if (merged is null || depth > 16 || !indexOfId.TryGetValue(merged.Value, out var target) || target == index) return index;
        return Resolve(nodes, indexOfId, target, depth + 1);
    }

    private bool TryEnds(IndexLink link, out int a, out int b)
    {
        a = b = -1;
        if (!_indexOfId.TryGetValue(link.FromId, out var from) || !_indexOfId.TryGetValue(link.ToId, out var to)) return false;
        a = Canonical[from];
        b = Canonical[to];
        return a != b;
    }

    public bool TryIndexOf(int nodeId, out int index)
    {
        if (_indexOfId.TryGetValue(nodeId, out index))
        {
            index = Canonical[index];
            return true;
        }
        return false;
    }

    public bool IsMerged(int index) => Canonical[index] != index;

    public int Degree(int index) => BaseEnd(index) - BaseStart(index) + (_overlay.TryGetValue(index, out var extra) ? extra.Count : 0);

    public EdgeEnumerator EdgesOf(int index) =>
        new(this, BaseStart(index), BaseEnd(index), _overlay.TryGetValue(index, out var extra) ? extra : null);

    // Nodes added after the CSR was built have no rows there: an empty range.
    private int BaseStart(int index) => index < _baseNodeCount ? _offsets[index] : 0;
    private int BaseEnd(int index) => index < _baseNodeCount ? _offsets[index + 1] : 0;

    /// <summary>
    /// A new snapshot with links (and nodes) added since this one was built. Links already known keep their place but take
    /// the patched first/last seen (the writer returns the stored, widened dates), so time filters and timelines stay
    /// right without a reload. The CSR part is shared; it is redone only when the caller decides the overlay is large
    /// (see <see cref="GraphIndex"/>), and its date arrays are copied only when a patch changes a date in them.
    /// </summary>
    public GraphSnapshot WithAdded(IReadOnlyList<IndexNode> newNodes, IReadOnlyList<IndexLink> newLinks)
    {
        var addedNodes = newNodes.Where(x => !_indexOfId.ContainsKey(x.Id)).ToList();
        var overlay = new List<IndexLink>(_overlayLinks);
        var overlayPosition = new Dictionary<int, int>(overlay.Count);
        for (var i = 0; i < overlay.Count; i++) overlayPosition[overlay[i].Id] = i;
        int[]? first = null, last = null;
        Dictionary<int, IndexLink>? updates = null;
        foreach (var link in newLinks)
        {
            if (overlayPosition.TryGetValue(link.Id, out var position))
            {
                overlay[position] = link;
                continue;
            }
            var slots = BaseSlots(link);
            if (slots.Count == 0 && !IsBaseLink(link.Id))
            {
                overlayPosition[link.Id] = overlay.Count;
                overlay.Add(link);
                continue;
            }
            foreach (var slot in slots)
            {
                if (_first[slot] == link.FirstDay && _last[slot] == link.LastDay) continue;
                first ??= (int[])_first.Clone();
                last ??= (int[])_last.Clone();
                first[slot] = link.FirstDay;
                last[slot] = link.LastDay;
            }
            updates ??= new Dictionary<int, IndexLink>(_baseUpdates);
            updates[link.Id] = link;
        }
        return new GraphSnapshot(this, addedNodes, overlay, first ?? _first, last ?? _last, updates ?? _baseUpdates);
    }

    private HashSet<int>? _baseLinkIds;

    /// <summary>Whether the link was loaded with the CSR (also links hidden because a merge folded both ends into one node).</summary>
    private bool IsBaseLink(int linkId)
    {
        _baseLinkIds ??= _baseLinks.Select(l => l.Id).ToHashSet();
        return _baseLinkIds.Contains(linkId);
    }

    /// <summary>
    /// The same graph with one node merged into a survivor (or, with null, split off again), built from the links in
    /// memory with their current dates: the new shape without reading the database again. Node order is kept, so dense
    /// indexes (and per-index results such as measures) stay comparable with this snapshot's.
    /// </summary>
    public GraphSnapshot WithMergedInto(int nodeId, int? survivorId)
    {
        var nodes = _nodes.Select(n => n.Id == nodeId ? n with { MergedIntoId = survivorId } : n).ToList();
        var links = new List<IndexLink>(_baseLinks.Count + _overlayLinks.Count);
        var overlayIds = _overlayLinks.Select(l => l.Id).ToHashSet();
        foreach (var link in _baseLinks)
        {
            if (overlayIds.Contains(link.Id)) continue;
            links.Add(_baseUpdates.TryGetValue(link.Id, out var updated) ? updated : link);
        }
        links.AddRange(_overlayLinks);
        return Build(nodes, links);
    }

    /// <summary>The CSR slots (one per direction) of a link already in the base arrays; empty when it is not there.</summary>
    private List<int> BaseSlots(IndexLink link)
    {
        var slots = new List<int>(2);
        if (!TryIndexOf(link.FromId, out var a) || !TryIndexOf(link.ToId, out var b)) return slots;
        foreach (var end in a == b ? new[] { a } : new[] { a, b })
            for (var i = BaseStart(end); i < BaseEnd(end); i++)
                if (_linkIds[i] == link.Id) slots.Add(i);
        return slots;
    }

    public IReadOnlyList<IndexNode> Nodes => _nodes;

    public struct EdgeEnumerator(GraphSnapshot graph, int start, int end, List<Edge>? extra)
    {
        private int _position = start - 1;
        private int _extraPosition = -1;

        public readonly EdgeEnumerator GetEnumerator() => this;

        public readonly Edge Current => _position < end
            ? new Edge(graph._targets[_position], graph._linkIds[_position], graph._kinds[_position], graph._first[_position], graph._last[_position])
            : extra![_extraPosition];

        public bool MoveNext()
        {
            if (_position < end)
            {
                _position++;
                if (_position < end) return true;
            }
            if (extra is null) return false;
            _extraPosition++;
            return _extraPosition < extra.Count;
        }
    }
}
