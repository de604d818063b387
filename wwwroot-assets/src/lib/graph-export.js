// Exports of the subgraph on screen: GraphML (for Gephi, yEd, Cytoscape desktop) and CSV of link endpoints.

const xml = (s) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function toGraphML(nodes, links) {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="risk" for="node" attr.name="risk" attr.type="double"/>',
    '  <key id="community" for="node" attr.name="community" attr.type="int"/>',
    '  <key id="group" for="node" attr.name="group" attr.type="string"/>',
    '  <key id="linkKind" for="edge" attr.name="kind" attr.type="string"/>',
    '  <key id="firstSeen" for="edge" attr.name="firstSeen" attr.type="string"/>',
    '  <key id="lastSeen" for="edge" attr.name="lastSeen" attr.type="string"/>',
    '  <key id="evidence" for="edge" attr.name="evidenceCount" attr.type="int"/>',
    '  <graph id="investigation" edgedefault="directed">',
  ];
  for (const n of nodes) {
    lines.push(`    <node id="n${n.id}"><data key="label">${xml(n.label)}</data><data key="kind">${xml(n.kind)}</data>` +
      `<data key="risk">${Number(n.risk) || 0}</data><data key="community">${n.community ?? 0}</data>` +
      (n.group ? `<data key="group">${xml(n.group)}</data>` : '') + '</node>');
  }
  for (const l of links) {
    lines.push(`    <edge id="l${l.id}" source="n${l.from}" target="n${l.to}"><data key="linkKind">${xml(l.kindName)}</data>` +
      `<data key="firstSeen">${xml(l.firstSeen)}</data><data key="lastSeen">${xml(l.lastSeen)}</data><data key="evidence">${l.evidenceCount ?? 0}</data></edge>`);
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}

const csvCell = (v) => {
  const s = String(v ?? '');
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per link with both endpoints' ids, kinds, labels and analyst groups. */
export function toEndpointsCsv(nodes, links) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rows = [['link_id', 'link_kind', 'from_id', 'from_kind', 'from_label', 'to_id', 'to_kind', 'to_label', 'first_seen', 'last_seen', 'evidence_count', 'from_group', 'to_group']];
  for (const l of links) {
    const a = byId.get(l.from) ?? {};
    const b = byId.get(l.to) ?? {};
    rows.push([l.id, l.kindName, l.from, a.kind, a.label, l.to, b.kind, b.label, l.firstSeen, l.lastSeen, l.evidenceCount, a.group, b.group]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
