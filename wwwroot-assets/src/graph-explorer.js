// The intelligence graph canvas (cytoscape.js), driven from the Blazor Explorer page through JS interop.
// Blazor calls create(element, dotNetRef) and then the returned explorer's methods; the explorer calls back
// OnNodeSelected(id), OnNodeExpand(id), OnSelectionChanged(ids, selectedGroups), OnBundleSelected(key) and OnBundleOpen(key)
// on the .NET side. Analyst groups are compound parent nodes and neighbour bundles ("54 containers") plain nodes, both
// without a nodeId: every entity-only operation goes through entities().
import cytoscape from 'cytoscape';
import { toElements, nodeColour, nodeSize, nodeId, kindShapes, linkCategories, legendStyle, linkCategory } from './lib/graph-style.js';
import { toBundleElements, membersToCollapse, afterOpening } from './lib/graph-bundles.js';
import { hiddenNodeIds } from './lib/graph-filter.js';
import { toGraphML, toEndpointsCsv } from './lib/graph-export.js';
import { groupElementId, isEntity, nextGroupLabel, restoreGroups, toGroupState } from './lib/graph-groups.js';

const style = [
  { selector: 'node', style: {
    'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(short)',
    'font-size': 10, 'min-zoomed-font-size': 7, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#263238', 'text-outline-color': '#fff', 'text-outline-width': 2,
  } },
  ...Object.entries(kindShapes).map(([kind, shape]) => ({ selector: `node[kind = "${kind}"]`, style: { shape } })),
  { selector: 'node[kind = "SeizureCase"]', style: { 'border-width': 3, 'border-color': '#7f0000' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0d47a1' } },
  { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#37474f' } },
  { selector: 'edge', style: {
    width: 1.5, 'line-color': '#b0bec5', 'curve-style': 'haystack', label: 'data(kindLabel)', 'font-size': 8, 'min-zoomed-font-size': 10, color: '#607d8b',
    'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.7,
  } },
  ...Object.entries(linkCategories).map(([category, c]) => ({ selector: `edge[category = "${category}"]`, style: { 'line-color': c.colour, 'line-style': c.dash } })),
  { selector: 'edge.path', style: { 'line-color': '#d50000', width: 4 } },
  { selector: 'node.path', style: { 'border-color': '#d50000', 'border-width': 4 } },
  { selector: 'node[?isGroup]', style: {
    shape: 'round-rectangle', 'background-color': '#1565c0', 'background-opacity': 0.08, 'border-width': 2, 'border-style': 'dashed',
    'border-color': '#1565c0', label: 'data(label)', 'font-size': 12, 'font-weight': 'bold', 'text-valign': 'top', 'text-halign': 'center',
    'text-margin-y': -4, color: '#0d47a1', padding: 18,
  } },
  { selector: 'node[?isGroup]:selected', style: { 'border-style': 'solid', 'border-width': 3, 'background-opacity': 0.16 } },
  { selector: 'node[?isBundle]', style: {
    shape: 'round-rectangle', width: 'label', height: 22, padding: 6, 'background-color': '#e3f2fd', 'border-width': 2, 'border-style': 'dashed',
    'border-color': '#1565c0', label: 'data(label)', 'text-valign': 'center', 'text-halign': 'center', 'font-size': 11, color: '#0d47a1',
    'text-outline-width': 0,
  } },
  { selector: 'node[?isBundle]:selected', style: { 'border-style': 'solid', 'border-width': 3 } },
  { selector: 'edge[?bundleLink]', style: { width: 3 } },
  { selector: '.hidden', style: { display: 'none' } },
];

class Explorer {
  constructor(element, dotNet) {
    this.dotNet = dotNet;
    this.colourMode = 'type';
    this.sizeMode = 'centrality';
    this.filter = { kinds: null, from: null, to: null };
    this.userHidden = new Set();
    this.groupNumber = 1;
    // Texture while panning and a pixel ratio of 1 keep thousands of nodes interactive on integrated graphics.
    this.cy = cytoscape({ container: element, style, wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4, textureOnViewport: true, pixelRatio: 1 });
    // Taps on a child bubble up to its group box: the selector keeps both handlers to entities.
    this.cy.on('tap', 'node[!isGroup][!isBundle]', (e) => this.dotNet.invokeMethodAsync('OnNodeSelected', e.target.data('nodeId')));
    this.cy.on('dbltap', 'node[!isGroup][!isBundle]', (e) => this.dotNet.invokeMethodAsync('OnNodeExpand', e.target.data('nodeId')));
    this.cy.on('tap', 'node[?isBundle]', (e) => this.dotNet.invokeMethodAsync('OnBundleSelected', e.target.data('bundleKey')));
    this.cy.on('dbltap', 'node[?isBundle]', (e) => this.dotNet.invokeMethodAsync('OnBundleOpen', e.target.data('bundleKey')));
    // Selecting a ring of 200 nodes fires 200 events: tell .NET once, after the burst.
    this.cy.on('select unselect', 'node', () => {
      clearTimeout(this.selectionTimer);
      this.selectionTimer = setTimeout(() => this.dotNet.invokeMethodAsync('OnSelectionChanged', this.selectedIds(), this.selectedGroups().length), 30);
    });
    this.cy.on('free', 'node', (e) => { if (e.target.hasClass('pinned')) e.target.lock(); });
    element.dataset.ready = 'true';
  }

  /** Adds a server GraphView; new nodes are laid out around what is already on screen. Returns the ids of nodes that were new. */
  add(view, focusId) {
    const fresh = toElements(view, this.colourMode, this.sizeMode).filter((e) => this.cy.getElementById(e.data.id).empty());
    const anchor = focusId ? this.cy.getElementById(nodeId(focusId)) : null;
    const added = this.cy.add(fresh);
    if (anchor && anchor.nonempty()) added.nodes().positions(() => ({ x: anchor.position('x') + (Math.random() - 0.5) * 80, y: anchor.position('y') + (Math.random() - 0.5) * 80 }));
    // Server measures change after merges: refresh data of nodes we already had.
    for (const n of view.nodes ?? []) {
      const el = this.cy.getElementById(nodeId(n.id));
      if (el.nonempty()) el.data({ ...n, id: nodeId(n.id), nodeId: n.id });
    }
    this.restyle();
    this.applyFilter();
    if (added.nodes().nonempty()) this.layout(this.cy.nodes().length > added.nodes().length);
    return added.nodes().map((n) => n.data('nodeId'));
  }

  /** Adds (or shows again, relabelled) the neighbour bundles of one expansion by link kind next to their anchor. */
  addBundles(anchorId, linkKindName, linkLabel, bundles) {
    const anchor = this.cy.getElementById(nodeId(anchorId));
    const fresh = [];
    for (const el of toBundleElements(anchorId, linkKindName, linkLabel, linkCategory(linkKindName), bundles)) {
      const existing = this.cy.getElementById(el.data.id);
      if (existing.empty()) fresh.push(el);
      else if (el.group === 'nodes') existing.data({ label: el.data.label, count: el.data.count }).removeClass('hidden');
    }
    const added = this.cy.add(fresh);
    if (anchor.nonempty()) added.nodes().positions(() => ({ x: anchor.position('x') + (Math.random() - 0.5) * 160, y: anchor.position('y') + (Math.random() - 0.5) * 160 }));
    return this.groupsCount();
  }

  groupsCount() { return this.cy.nodes('[?isBundle]').not('.hidden').length; }

  /** Adds a page of a bundle's members around it; the bundle counts down and hides when empty. Returns the new members' ids. */
  openBundle(key, view, shown, labelFormat) {
    const bundle = this.cy.getElementById(key);
    const fresh = toElements(view, this.colourMode, this.sizeMode).filter((e) => this.cy.getElementById(e.data.id).empty());
    fresh.forEach((e) => { if (e.group === 'nodes') e.data.bundle = key; });
    const added = this.cy.add(fresh);
    if (bundle.nonempty()) {
      const at = bundle.position();
      added.nodes().positions(() => ({ x: at.x + (Math.random() - 0.5) * 120, y: at.y + (Math.random() - 0.5) * 120 }));
      const state = afterOpening(bundle.data('count'), shown, labelFormat);
      bundle.data({ label: state.label }).toggleClass('hidden', state.hidden);
      bundle.connectedEdges().toggleClass('hidden', state.hidden);
    }
    this.restyle();
    this.applyFilter();
    if (added.nodes().nonempty()) this.layout(true);
    return added.nodes().map((n) => n.data('nodeId'));
  }

  /** Removes what a bundle opened (pinned members stay) and shows the bundle again with its full label. */
  collapseBundle(key, label) {
    const members = new Set(membersToCollapse(this.entities().map((n) => ({ ...n.data(), pinned: n.hasClass('pinned') })), key));
    this.entities().filter((n) => members.has(n.data('nodeId'))).remove();
    const bundle = this.cy.getElementById(key);
    bundle.data({ label }).removeClass('hidden');
    bundle.connectedEdges().removeClass('hidden');
    this.applyFilter();
    return members.size;
  }

  legend() { return legendStyle(); }

  /** The container changed size (legend opened or closed): cytoscape only watches the window. */
  resize() { this.cy.resize(); }

  /** Entity nodes only (group boxes excluded). */
  entities() { return this.cy.nodes().filter((n) => isEntity(n.data())); }

  groups() { return this.cy.nodes('[?isGroup]'); }

  selectedGroups() { return this.groups().filter(':selected'); }

  layout(incremental) {
    this.cy.nodes('.pinned').lock();
    // The force-directed layout is quadratic: past a few hundred nodes, rings by degree are instant and still readable.
    const large = this.entities().length > 400;
    const options = large
      ? { name: 'concentric', concentric: (n) => n.degree(), levelWidth: () => 2, minNodeSpacing: 6, animate: false, fit: true, padding: 30 }
      : { name: 'cose', animate: false, randomize: !incremental, numIter: 600, nodeRepulsion: () => 9000, idealEdgeLength: () => 80, fit: true, padding: 30 };
    // cose lays compounds out itself; concentric is not compound-aware, so it places entities and the boxes follow.
    (large ? this.entities().union(this.cy.edges()) : this.cy.elements()).layout(options).run();
  }

  highlightPath(ids) {
    this.cy.elements().removeClass('path');
    const nodes = ids.map((id) => this.cy.getElementById(nodeId(id)));
    nodes.forEach((n) => n.addClass('path'));
    for (let i = 0; i + 1 < nodes.length; i++) nodes[i].edgesWith(nodes[i + 1]).addClass('path');
  }

  setColourMode(mode) { this.colourMode = mode; this.restyle(); }
  setSizeMode(mode) { this.sizeMode = mode; this.restyle(); }

  restyle() {
    this.entities().forEach((n) => n.data({ colour: nodeColour(n.data(), this.colourMode), size: nodeSize(n.data(), this.sizeMode) }));
  }

  setFilter(filter) { this.filter = filter; this.applyFilter(); }

  applyFilter() {
    const entities = this.entities();
    const nodes = entities.map((n) => n.data());
    const links = this.cy.edges('[!bundleLink]').map((e) => e.data());
    const hidden = new Set(hiddenNodeIds(nodes, links, this.filter, new Set(entities.filter('.pinned').map((n) => n.data('nodeId')))));
    this.userHidden.forEach((id) => hidden.add(id));
    entities.forEach((n) => n.toggleClass('hidden', hidden.has(n.data('nodeId'))));
    // A box whose members are all hidden would be an empty frame.
    this.groups().forEach((g) => g.toggleClass('hidden', g.children().not('.hidden').empty()));
    // A bundle's edge goes with its anchor, and with the bundle once it is emptied (hidden).
    this.cy.edges().forEach((e) => e.toggleClass('hidden', e.source().hasClass('hidden') || e.target().hasClass('hidden')));
    return this.entities().filter('.hidden').length;
  }

  pinSelected() { this.entities().filter(':selected').forEach((n) => { n.toggleClass('pinned'); if (n.hasClass('pinned')) n.lock(); else n.unlock(); }); }

  hideSelected() { this.entities().filter(':selected').forEach((n) => { this.userHidden.add(n.data('nodeId')); n.unselect(); }); return this.applyFilter(); }

  showAll() { this.userHidden.clear(); return this.applyFilter(); }

  /** Removes the selected entities; a selected group box is dissolved rather than taking its members with it. */
  removeSelected() {
    this.ungroupSelected();
    this.entities().filter(':selected').remove();
    this.dropEmptyGroups();
  }

  /** Puts the selected entities into a new labelled box (moving them out of any box they were in). Returns the group count. */
  groupSelected(label, defaultFormat) {
    const members = this.entities().filter(':selected');
    if (members.empty()) return this.groups().length;
    const text = String(label ?? '').trim() || nextGroupLabel(defaultFormat || 'Group {0}', this.groups().map((g) => g.data('label')));
    const id = groupElementId(this.groupNumber++);
    this.cy.add({ group: 'nodes', data: { id, label: text, isGroup: true } });
    members.move({ parent: id });
    this.dropEmptyGroups();
    this.applyFilter();
    return this.groups().length;
  }

  /** Dissolves the selected group boxes; their members stay where they are. Returns the group count. */
  ungroupSelected() {
    this.selectedGroups().forEach((g) => { g.children().move({ parent: null }); g.remove(); });
    return this.groups().length;
  }

  dropEmptyGroups() { this.groups().filter((g) => g.children().empty()).remove(); }

  select(ids) { this.cy.nodes().unselect(); ids.forEach((id) => this.cy.getElementById(nodeId(id)).select()); }

  selectedIds() { return this.entities().filter(':selected').map((n) => n.data('nodeId')); }

  nodeIds() { return this.entities().map((n) => n.data('nodeId')); }

  counts() {
    const entities = this.entities();
    return { nodes: entities.length, links: this.cy.edges('[!bundleLink]').length, hidden: entities.filter('.hidden').length, groups: this.groups().length,
      bundles: this.groupsCount() };
  }

  fit() { this.cy.fit(undefined, 30); }

  clear() { this.cy.elements().remove(); this.userHidden.clear(); this.groupNumber = 1; }

  /** The saved case's view: node ids with positions and pins, hidden ids, groups, colour mode and filter. */
  getState() {
    return JSON.stringify({
      nodes: this.entities().map((n) => ({ id: n.data('nodeId'), x: Math.round(n.position('x')), y: Math.round(n.position('y')), pinned: n.hasClass('pinned') })),
      hidden: [...this.userHidden],
      groups: toGroupState(this.groups().map((g) => ({ label: g.data('label'), members: g.children().map((n) => n.data('nodeId')) }))),
      colourMode: this.colourMode, sizeMode: this.sizeMode, filter: this.filter,
    });
  }

  /** Restores a saved state on top of a GraphView fetched for its node ids. */
  setState(view, stateJson) {
    const state = JSON.parse(stateJson || '{}');
    this.clear();
    this.colourMode = state.colourMode ?? 'type';
    this.sizeMode = state.sizeMode ?? 'centrality';
    this.filter = state.filter ?? { kinds: null, from: null, to: null };
    this.cy.add(toElements(view, this.colourMode, this.sizeMode));
    const positions = new Map((state.nodes ?? []).map((n) => [n.id, n]));
    this.cy.nodes().forEach((n) => {
      const saved = positions.get(n.data('nodeId'));
      if (saved) { n.position({ x: saved.x, y: saved.y }); if (saved.pinned) { n.addClass('pinned'); n.lock(); } }
    });
    (state.hidden ?? []).forEach((id) => this.userHidden.add(id));
    const { parents, membership, nextNumber } = restoreGroups(state.groups, this.nodeIds());
    this.cy.add(parents);
    membership.forEach((parent, id) => this.cy.getElementById(nodeId(id)).move({ parent }));
    this.groupNumber = nextNumber;
    this.restyle();
    this.applyFilter();
    if (positions.size === 0) this.layout(false); else this.fit();
    return this.entities().length;
  }

  exportPng(fileName) { download(fileName, this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' })); }

  exportGraphML(fileName) {
    const { nodes, links } = this.visibleData();
    download(fileName, new Blob([toGraphML(nodes, links)], { type: 'application/graphml+xml' }));
  }

  exportCsv(fileName) {
    const { nodes, links } = this.visibleData();
    download(fileName, new Blob(['\ufeff' + toEndpointsCsv(nodes, links)], { type: 'text/csv;charset=utf-8' }));
  }

  visibleData() {
    const nodes = this.entities().not('.hidden').map((n) => ({ ...n.data(), id: n.data('nodeId'), group: n.isChild() ? n.parent().data('label') : undefined }));
    const links = this.cy.edges('[!bundleLink]').not('.hidden').map((e) => ({ ...e.data(), id: e.data('linkId') }));
    return { nodes, links };
  }

  dispose() { this.cy.destroy(); }
}

function download(fileName, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function create(element, dotNet) {
  return new Explorer(element, dotNet);
}
