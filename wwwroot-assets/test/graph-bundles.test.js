import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundleKey, isBundle, toBundleElements, membersToCollapse, afterOpening } from '../src/lib/graph-bundles.js';
import { legendStyle, linkCategory, kindColours } from '../src/lib/graph-style.js';

test('a bundle key is stable per anchor, link kind and entity kind', () => {
  assert.equal(bundleKey(7, 'shipped-in', 'Container'), 'b7-shipped-in-Container');
  assert.notEqual(bundleKey(7, 'shipped-in', 'Container'), bundleKey(8, 'shipped-in', 'Container'));
});

test('bundle elements: one node with the count and label, one edge from the anchor in the link family', () => {
  const elements = toBundleElements(7, 'shipped-in', 'Shipped in container', 'trade', [{ nodeKind: 'Container', count: 54, label: '54 containers' }]);
  assert.equal(elements.length, 2);
  const [node, edge] = elements;
  assert.ok(isBundle(node.data));
  assert.equal(node.data.count, 54);
  assert.equal(node.data.label, '54 containers');
  assert.equal(node.data.nodeId, undefined, 'a bundle is not an entity');
  assert.equal(edge.data.source, 'n7');
  assert.equal(edge.data.target, node.data.id);
  assert.equal(edge.data.kindLabel, 'Shipped in container');
  assert.ok(edge.data.bundleLink);
});

test('collapsing removes the opened members of that bundle only, and keeps pinned ones', () => {
  const key = bundleKey(7, 'shipped-in', 'Container');
  const nodes = [
    { nodeId: 1, bundle: key }, { nodeId: 2, bundle: key, pinned: true }, { nodeId: 3, bundle: 'b9-uses-phone-Phone' }, { nodeId: 4 },
  ];
  assert.deepEqual(membersToCollapse(nodes, key), [1]);
  assert.deepEqual(membersToCollapse([], key), []);
});

test('opening pages counts down and hides the bundle when it is empty', () => {
  assert.deepEqual(afterOpening(54, 25, '{0} containers'), { remaining: 29, hidden: false, label: '29 containers' });
  assert.deepEqual(afterOpening(54, 54, '{0} containers'), { remaining: 0, hidden: true, label: '0 containers' });
  assert.equal(afterOpening(5, 9, '{0}').remaining, 0);
});

test('the legend lists every entity kind and every link family; each link kind belongs to one family', () => {
  const legend = legendStyle();
  assert.deepEqual(legend.nodes.map((n) => n.kind), Object.keys(kindColours));
  assert.equal(legend.nodes.find((n) => n.kind === 'SeizureCase').shape, 'octagon');
  assert.equal(legend.nodes.find((n) => n.kind === 'Importer').shape, 'ellipse');
  const all = legend.links.flatMap((l) => l.kinds);
  assert.equal(new Set(all).size, all.length);
  assert.equal(all.length, 13);
  assert.equal(linkCategory('uses-phone'), 'identity');
  assert.equal(linkCategory('seized-in'), 'seizure');
  assert.equal(linkCategory('unknown'), 'trade');
});
