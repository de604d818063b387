// Pure styling and element mapping for the intelligence graph explorer (no DOM, unit-tested with node --test).

export const kindColours = {
  Importer: '#1565c0', Supplier: '#6a1b9a', Broker: '#00838f', Sender: '#8e24aa', Person: '#2e7d32',
  Address: '#8d6e63', Phone: '#f9a825', Email: '#ef6c00', CustomsCode: '#5d4037', BankAccount: '#37474f',
  Conveyance: '#546e7a', Container: '#78909c', TariffCode: '#9e9d24', Country: '#90a4ae', SeizureCase: '#c62828',
};

/** Node shapes by kind; kinds not listed are ellipses. */
export const kindShapes = {
  SeizureCase: 'octagon', Phone: 'round-rectangle', Email: 'round-rectangle', Address: 'round-rectangle', CustomsCode: 'round-rectangle',
  // Money trails stand out: settlement bank accounts are diamonds.
  BankAccount: 'round-diamond',
};

/** Line style per family of link kinds (by the kebab-case names the server sends). */
export const linkCategories = {
  identity: { colour: '#8d6e63', dash: 'dashed', kinds: ['shares-address', 'uses-phone', 'uses-email', 'pays-into'] },
  trade: { colour: '#90a4ae', dash: 'solid', kinds: ['imports-from', 'declared-by', 'shipped-in', 'carried-by'] },
  parcel: { colour: '#7e57c2', dash: 'dotted', kinds: ['received-parcel', 'uses-customs-code'] },
  seizure: { colour: '#c62828', dash: 'solid', kinds: ['seized-in'] },
  reference: { colour: '#cfd8dc', dash: 'dotted', kinds: ['imports-tariff', 'located-in'] },
};

/** The family of a link kind ('trade' when unknown, the plainest line). */
export function linkCategory(kindName) {
  for (const [category, style] of Object.entries(linkCategories)) if (style.kinds.includes(kindName)) return category;
  return 'trade';
}

/** What the legend shows: every entity kind with its colour and shape, every link family with its line and kinds. */
export function legendStyle() {
  return {
    nodes: Object.entries(kindColours).map(([kind, colour]) => ({ kind, colour, shape: kindShapes[kind] ?? 'ellipse' })),
    links: Object.entries(linkCategories).map(([category, s]) => ({ category, colour: s.colour, dash: s.dash, kinds: [...s.kinds] })),
  };
}

const palette = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf',
  '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173', '#3182bd'];

/** A stable colour per community id (same community, same colour, across sessions). */
export function communityColour(community) {
  let h = Math.abs(Number(community) | 0);
  h = ((h * 2654435761) >>> 0) % palette.length;
  return palette[h];
}

/** Green (0) through amber to red (1). */
export function riskColour(risk) {
  const r = Math.max(0, Math.min(1, Number(risk) || 0));
  const mix = (a, b, t) => Math.round(a + (b - a) * t);
  const [from, to, t] = r < 0.5 ? [[67, 160, 71], [251, 192, 45], r * 2] : [[251, 192, 45], [198, 40, 40], (r - 0.5) * 2];
  const hex = (v) => v.toString(16).padStart(2, '0');
  return `#${hex(mix(from[0], to[0], t))}${hex(mix(from[1], to[1], t))}${hex(mix(from[2], to[2], t))}`;
}

export function nodeColour(node, mode) {
  if (mode === 'community') return communityColour(node.community);
  if (mode === 'risk') return riskColour(node.risk);
  return kindColours[node.kind] ?? '#607d8b';
}

/** Node diameter in px: 18..60 growing with the logarithm of centrality (or degree). */
export function nodeSize(node, mode) {
  const value = mode === 'degree' ? node.degree : node.centrality;
  const v = Math.max(0, Number(value) || 0);
  return Math.round(Math.min(60, 18 + 9 * Math.log2(1 + v)));
}

export const nodeId = (id) => `n${id}`;
export const linkId = (id) => `l${id}`;

/** Cytoscape element definitions for a GraphView ({nodes, links}) as sent by the server. */
export function toElements(view, colourMode = 'type', sizeMode = 'centrality') {
  const nodes = (view.nodes ?? []).map((n) => ({
    group: 'nodes',
    data: { ...n, id: nodeId(n.id), nodeId: n.id, colour: nodeColour(n, colourMode), size: nodeSize(n, sizeMode), short: shortLabel(n.label) },
  }));
  const present = new Set(nodes.map((n) => n.data.id));
  const links = (view.links ?? [])
    .filter((l) => present.has(nodeId(l.from)) && present.has(nodeId(l.to)))
    .map((l) => ({ group: 'edges', data: { ...l, id: linkId(l.id), linkId: l.id, source: nodeId(l.from), target: nodeId(l.to), category: linkCategory(l.kindName), kindLabel: l.kindLabel ?? l.kindName } }));
  return [...nodes, ...links];
}

export function shortLabel(label, max = 24) {
  const text = String(label ?? '');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
