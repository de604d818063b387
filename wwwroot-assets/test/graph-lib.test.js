import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toElements, riskColour, communityColour, nodeSize, nodeColour, kindColours, shortLabel } from '../src/lib/graph-style.js';
import { hiddenNodeIds, linkVisible } from '../src/lib/graph-filter.js';
import { toGraphML, toEndpointsCsv } from '../src/lib/graph-export.js';

const view = {
  nodes: [
    { id: 1, kind: 'Importer', label: '(주)한빛무역', degree: 3, centrality: 2.5, community: 1, risk: 0.2 },
    { id: 2, kind: 'Phone', label: '02-1234-5678', degree: 2, centrality: 1, community: 1, risk: 0.9 },
    { id: 3, kind: 'SeizureCase', label: 'SZ-1 (tobacco)', degree: 1, centrality: 0.5, community: 7, risk: 1 },
  ],
  links: [
    { id: 10, from: 1, to: 2, kindName: 'uses-phone', firstSeen: '2000-01-01', lastSeen: '2000-01-01', evidenceCount: 1 },
    { id: 11, from: 1, to: 3, kindName: 'seized-in', firstSeen: '2026-02-01', lastSeen: '2026-02-01', evidenceCount: 1 },
    { id: 12, from: 1, to: 99, kindName: 'declared-by', firstSeen: '2026-02-01', lastSeen: '2026-02-01', evidenceCount: 1 },
  ],
};

test('elements carry cytoscape ids, colours and sizes; links to absent nodes are dropped', () => {
  const elements = toElements(view, 'type');
  assert.equal(elements.filter((e) => e.group === 'nodes').length, 3);
  const edges = elements.filter((e) => e.group === 'edges');
  assert.deepEqual(edges.map((e) => e.data.id), ['l10', 'l11']);
  assert.equal(edges[0].data.source, 'n1');
  assert.equal(elements[0].data.colour, kindColours.Importer);
});

test('colour modes: type, community (stable) and risk (green to red)', () => {
  assert.equal(nodeColour(view.nodes[0], 'community'), communityColour(1));
  assert.equal(communityColour(42), communityColour(42));
  assert.equal(riskColour(0), '#43a047');
  assert.equal(riskColour(1), '#c62828');
  assert.equal(riskColour(0.5), '#fbc02d');
  assert.equal(riskColour(5), riskColour(1));
});

test('size grows with centrality and is bounded', () => {
  assert.equal(nodeSize({ centrality: 0 }), 18);
  assert.ok(nodeSize({ centrality: 10 }) > nodeSize({ centrality: 1 }));
  assert.equal(nodeSize({ centrality: 1e9 }), 60);
  assert.equal(shortLabel('x'.repeat(30), 10).length, 10);
});

test('date filter keeps timeless identity links and drops links outside the window', () => {
  const filter = { kinds: null, from: '2026-03-01', to: null };
  assert.equal(linkVisible(view.links[0], filter), true);
  assert.equal(linkVisible(view.links[1], filter), false);
  assert.deepEqual(hiddenNodeIds(view.nodes, view.links.slice(0, 2), filter), [3]);
  // A registered settlement account is trader-register data too: it stays whatever the window.
  assert.equal(linkVisible({ id: 13, from: 1, to: 4, kindName: 'pays-into', firstSeen: '2000-01-01', lastSeen: '2000-01-01' }, filter), true);
});

test('kind filter hides nodes of other kinds but keeps the seeds', () => {
  const filter = { kinds: ['Importer', 'SeizureCase'] };
  assert.deepEqual(hiddenNodeIds(view.nodes, view.links.slice(0, 2), filter), [2]);
  assert.deepEqual(hiddenNodeIds(view.nodes, [], { kinds: ['Phone'] }), [1, 3]);
});

test('kind filter on canvas data (node id "n2", server id in nodeId, links by server id) hides by entity kind', () => {
  const elements = toElements(view, 'type');
  const nodes = elements.filter((e) => e.group === 'nodes').map((e) => e.data);
  const links = elements.filter((e) => e.group === 'edges').map((e) => e.data);
  assert.equal(nodes[1].id, 'n2');
  assert.deepEqual(hiddenNodeIds(nodes, links, { kinds: ['Importer', 'SeizureCase'] }), [2]);
  // Pinned nodes are kept by server id, as the canvas passes them.
  assert.deepEqual(hiddenNodeIds(nodes, links, { kinds: ['Importer', 'Phone'] }, new Set([3])), [3]);
  assert.deepEqual(hiddenNodeIds(nodes, links, { kinds: null }), []);
});

test('GraphML export escapes labels and lists every node and edge', () => {
  const text = toGraphML(view.nodes, view.links.slice(0, 2));
  assert.match(text, /<graphml xmlns=/);
  assert.equal((text.match(/<node /g) ?? []).length, 3);
  assert.equal((text.match(/<edge /g) ?? []).length, 2);
  assert.match(toGraphML([{ id: 5, kind: 'Importer', label: 'A & <B>' }], []), /A &amp; &lt;B&gt;/);
});

test('CSV export has one row per link with both endpoints and quotes commas', () => {
  const csv = toEndpointsCsv([...view.nodes, { id: 4, kind: 'Importer', label: 'Hanbit, Ltd' }],
    [...view.links.slice(0, 2), { id: 13, from: 4, to: 2, kindName: 'uses-phone', firstSeen: 'a', lastSeen: 'b', evidenceCount: 2 }]);
  const rows = csv.trim().split('\r\n');
  assert.equal(rows.length, 4);
  assert.equal(rows[0].split(',')[0], 'link_id');
  assert.match(rows[1], /^10,uses-phone,1,Importer,\(주\)한빛무역,2,Phone,02-1234-5678/);
  assert.match(rows[3], /"Hanbit, Ltd"/);
});
