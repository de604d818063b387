import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toGroupState, restoreGroups, nextGroupLabel, isEntity, groupElementId } from '../src/lib/graph-groups.js';
import { toGraphML, toEndpointsCsv } from '../src/lib/graph-export.js';

test('saved groups keep labels and drop duplicate, non-numeric members and empty groups', () => {
  const state = toGroupState([
    { label: 'Shells', members: [1, 2, 2, 'x', undefined] },
    { label: 'Empty', members: [] },
    { label: 'No members' },
  ]);
  assert.deepEqual(state, [{ label: 'Shells', members: [1, 2] }]);
  assert.deepEqual(toGroupState(undefined), []);
});

test('restoring creates one box per group with present members; first group wins a shared node', () => {
  const { parents, membership, nextNumber } = restoreGroups(
    [{ label: 'A', members: [1, 2, 9] }, { label: 'B', members: [2, 3] }, { label: 'Gone', members: [8] }], [1, 2, 3, 4]);
  assert.deepEqual(parents.map((p) => [p.data.id, p.data.label, p.data.isGroup]), [['g1', 'A', true], ['g2', 'B', true]]);
  assert.deepEqual([...membership], [[1, 'g1'], [2, 'g1'], [3, 'g2']]);
  assert.equal(nextNumber, 3);
});

test('old saved states without groups restore nothing', () => {
  for (const groups of [undefined, null, 'junk', {}]) {
    const { parents, membership, nextNumber } = restoreGroups(groups, [1, 2], 5);
    assert.equal(parents.length, 0);
    assert.equal(membership.size, 0);
    assert.equal(nextNumber, 5);
  }
});

test('default labels count up past the ones in use', () => {
  assert.equal(nextGroupLabel('Group {0}', []), 'Group 1');
  assert.equal(nextGroupLabel('Group {0}', ['Group 1', 'Group 3']), 'Group 2');
  assert.equal(nextGroupLabel('그룹 {0}', ['그룹 1']), '그룹 2');
});

test('group boxes are not entities', () => {
  assert.equal(isEntity({ id: groupElementId(1), label: 'A', isGroup: true }), false);
  assert.equal(isEntity({ id: 'n0', nodeId: 0 }), true);
  assert.equal(isEntity({ id: 'x' }), false);
});

test('exports carry the group of each entity', () => {
  const nodes = [{ id: 1, kind: 'Importer', label: 'A', group: 'Shells & co' }, { id: 2, kind: 'Phone', label: 'B' }];
  const links = [{ id: 10, from: 1, to: 2, kindName: 'uses-phone', firstSeen: 'a', lastSeen: 'b', evidenceCount: 1 }];
  const graphml = toGraphML(nodes, links);
  assert.match(graphml, /<key id="group" for="node"/);
  assert.match(graphml, /<node id="n1">.*<data key="group">Shells &amp; co<\/data><\/node>/);
  assert.doesNotMatch(graphml, /<node id="n2">.*key="group"/);
  const rows = toEndpointsCsv(nodes, links).trim().split('\r\n');
  assert.match(rows[0], /,from_group,to_group$/);
  assert.match(rows[1], /,Shells & co,$/);
});
