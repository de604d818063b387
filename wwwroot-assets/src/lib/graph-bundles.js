// Groups of neighbours ("54 containers") that an expansion by link kind brings as one node: pure logic, unit-tested with
// node --test. A bundle is a plain node (data.isBundle, no nodeId) tied to its anchor entity by one edge; members opened
// from it carry data.bundle = its key, so collapsing removes exactly what it opened.

/** A stable key per anchor, link kind and entity kind: expanding the same kind twice finds the same bundle. */
export const bundleKey = (anchorId, linkKindName, nodeKind) => `b${anchorId}-${linkKindName}-${nodeKind}`;

export const isBundle = (data) => data?.isBundle === true;

/**
 * Elements for the bundles of one expansion: a node per bundle and an edge from the anchor, drawn in the link's family.
 * bundles: [{ nodeKind, count, label }]; keys already on the canvas are skipped by the caller.
 */
export function toBundleElements(anchorId, linkKindName, linkLabel, category, bundles) {
  const elements = [];
  for (const b of bundles ?? []) {
    const id = bundleKey(anchorId, linkKindName, b.nodeKind);
    elements.push({ group: 'nodes', data: { id, isBundle: true, bundleKey: id, anchorId, linkKindName, nodeKind: b.nodeKind, count: b.count, label: b.label } });
    elements.push({ group: 'edges', data: { id: `${id}-link`, source: `n${anchorId}`, target: id, bundleLink: true, kindName: linkKindName, kindLabel: linkLabel, category } });
  }
  return elements;
}

/** Node ids to remove when a bundle collapses: its opened members, except those the analyst pinned. */
export function membersToCollapse(nodes, key) {
  return (nodes ?? []).filter((n) => n.bundle === key && !n.pinned).map((n) => n.nodeId);
}

/** The bundle's label and count after a page was opened; hidden once nothing is left inside. */
export function afterOpening(total, shown, labelFormat) {
  const remaining = Math.max(0, total - shown);
  return { remaining, hidden: remaining === 0, label: String(labelFormat ?? '{0}').replace('{0}', String(remaining)) };
}
