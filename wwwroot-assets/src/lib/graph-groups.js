// Analyst-made groups of the explorer: pure membership logic, unit-tested with node --test. A group is a cytoscape
// compound parent (data.isGroup) whose children are real entity nodes (data.nodeId); a case saves groups as
// [{ label, members: [nodeId...] }] and restores them on whichever of those nodes are present.

export const groupElementId = (n) => `g${n}`;

/** True for entity nodes, false for group boxes (which carry no nodeId). */
export const isEntity = (data) => !data?.isGroup && data?.nodeId !== undefined && data?.nodeId !== null;

/** The saved form: labels kept, duplicate and non-numeric members dropped, empty groups dropped. */
export function toGroupState(groups) {
  return (groups ?? [])
    .map((g) => ({ label: String(g.label ?? ''), members: [...new Set((g.members ?? []).filter((m) => Number.isInteger(m)))] }))
    .filter((g) => g.members.length > 0);
}

/**
 * The group boxes to add for a saved state and which box each present node moves into. A node listed in two groups stays in the
 * first; members no longer on the canvas are skipped, and a group left without members is not created. Old states have no groups.
 */
export function restoreGroups(savedGroups, presentNodeIds, firstNumber = 1) {
  const present = new Set(presentNodeIds);
  const taken = new Set();
  const parents = [];
  const membership = new Map();
  let number = firstNumber;
  for (const g of toGroupState(Array.isArray(savedGroups) ? savedGroups : [])) {
    const members = g.members.filter((m) => present.has(m) && !taken.has(m));
    if (members.length === 0) continue;
    const id = groupElementId(number++);
    parents.push({ group: 'nodes', data: { id, label: g.label, isGroup: true } });
    for (const m of members) { taken.add(m); membership.set(m, id); }
  }
  return { parents, membership, nextNumber: number };
}

/** "Group N" with the smallest N not already used as a label, so a default name never repeats on one canvas. */
export function nextGroupLabel(format, existingLabels) {
  const used = new Set(existingLabels);
  for (let n = 1; ; n++) {
    const label = format.replace('{0}', String(n));
    if (!used.has(label)) return label;
  }
}
