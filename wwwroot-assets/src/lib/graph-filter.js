// Which elements of the canvas pass the analyst's filters. Identity links (address, phone, e-mail, location) are
// timeless, as on the server; other links pass when their seen-window overlaps the chosen dates.

const timeless = new Set(['shares-address', 'uses-phone', 'uses-email', 'located-in', 'pays-into']);

/** filter: { kinds: string[] | null, from: 'yyyy-mm-dd' | null, to: 'yyyy-mm-dd' | null } */
export function nodeVisible(node, filter) {
  if (!filter?.kinds || filter.kinds.length === 0) return true;
  return filter.kinds.includes(node.kind);
}

export function linkVisible(link, filter) {
  if (!filter || timeless.has(link.kindName)) return true;
  if (filter.from && link.lastSeen < filter.from) return false;
  if (filter.to && link.firstSeen > filter.to) return false;
  return true;
}

// An entity's id as the server sent it (7). On the canvas a node's own id is the cytoscape one ('n7') and the server's
// is kept as nodeId, while links keep the server's from/to: comparing 'n7' with 7 matched nothing, so a kind filter hid nothing.
const entityId = (node) => node.nodeId ?? node.id;

/** Server ids of nodes to hide: filtered out by kind, or (unless a seed) left without any visible link. Accepts server
 *  nodes or canvas node data alike. */
export function hiddenNodeIds(nodes, links, filter, keep = new Set()) {
  const visible = new Set(nodes.filter((n) => nodeVisible(n, filter)).map(entityId));
  const linked = new Set();
  for (const l of links) {
    if (visible.has(l.from) && visible.has(l.to) && linkVisible(l, filter)) { linked.add(l.from); linked.add(l.to); }
  }
  return nodes.map(entityId).filter((id) => !visible.has(id) || (!linked.has(id) && !keep.has(id) && links.length > 0));
}
