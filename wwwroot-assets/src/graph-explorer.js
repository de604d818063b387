// The intelligence graph canvas (cytoscape.js), driven from the Blazor Explorer page through JS interop.
// Blazor calls create(element, dotNetRef) and then the returned explorer's methods; the explorer calls back
// OnNodeSelected(id), OnNodeExpand(id) and OnSelectionChanged(ids) on the .NET side.
import cytoscape from 'cytoscape';
import { toElements, nodeColour, nodeSize, nodeId } from './lib/graph-style.js';
import { hiddenNodeIds } from './lib/graph-filter.js';
import { toGraphML, toEndpointsCsv } from './lib/graph-export.js';

const style = [
  { selector: 'node', style: {
    'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(short)',
    'font-size': 10, 'min-zoomed-font-size': 7, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#263238', 'text-outline-color': '#fff', 'text-outline-width': 2,
  } },
  { selector: 'node[kind = "SeizureCase"]', style: { shape: 'octagon', 'border-width': 3, 'border-color': '#7f0000' } },
  { selector: 'node[kind = "Phone"], node[kind = "Email"], node[kind = "Address"], node[kind = "CustomsCode"]', style: { shape: 'round-rectangle' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0d47a1' } },
  { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#37474f' } },
  { selector: 'edge', style: {
    width: 1.5, 'line-color': '#b0bec5', 'curve-style': 'haystack', label: 'data(kindName)', 'font-size': 8, 'min-zoomed-font-size': 10, color: '#607d8b',
    'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.7,
  } },
  { selector: 'edge.path', style: { 'line-color': '#d50000', width: 4 } },
  { selector: 'node.path', style: { 'border-color': '#d50000', 'border-width': 4 } },
  { selector: '.hidden', style: { display: 'none' } },
];

class Explorer {
  constructor(element, dotNet) {
    this.dotNet = dotNet;
    this.colourMode = 'type';
    this.sizeMode = 'centrality';
    this.filter = { kinds: null, from: null, to: null };
    this.userHidden = new Set();
    // Texture while panning and a pixel ratio of 1 keep thousands of nodes interactive on integrated graphics.
    this.cy = cytoscape({ container: element, style, wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4, textureOnViewport: true, pixelRatio: 1 });
    this.cy.on('tap', 'node', (e) => this.dotNet.invokeMethodAsync('OnNodeSelected', e.target.data('nodeId')));
    this.cy.on('dbltap', 'node', (e) => this.dotNet.invokeMethodAsync('OnNodeExpand', e.target.data('nodeId')));
    // Selecting a ring of 200 nodes fires 200 events: tell .NET once, after the burst.
    this.cy.on('select unselect', 'node', () => {
      clearTimeout(this.selectionTimer);
      this.selectionTimer = setTimeout(() => this.dotNet.invokeMethodAsync('OnSelectionChanged', this.selectedIds()), 30);
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

  layout(incremental) {
    this.cy.nodes('.pinned').lock();
    // The force-directed layout is quadratic: past a few hundred nodes, rings by degree are instant and still readable.
    const large = this.cy.nodes().length > 400;
    const options = large
      ? { name: 'concentric', concentric: (n) => n.degree(), levelWidth: () => 2, minNodeSpacing: 6, animate: false, fit: true, padding: 30 }
      : { name: 'cose', animate: false, randomize: !incremental, numIter: 600, nodeRepulsion: () => 9000, idealEdgeLength: () => 80, fit: true, padding: 30 };
    this.cy.layout(options).run();
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
    this.cy.nodes().forEach((n) => n.data({ colour: nodeColour(n.data(), this.colourMode), size: nodeSize(n.data(), this.sizeMode) }));
  }

  setFilter(filter) { this.filter = filter; this.applyFilter(); }

  applyFilter() {
    const nodes = this.cy.nodes().map((n) => n.data());
    const links = this.cy.edges().map((e) => e.data());
    const hidden = new Set(hiddenNodeIds(nodes, links, this.filter, new Set(this.cy.nodes('.pinned').map((n) => n.data('nodeId')))));
    this.userHidden.forEach((id) => hidden.add(id));
    this.cy.nodes().forEach((n) => n.toggleClass('hidden', hidden.has(n.data('nodeId'))));
    this.cy.edges().forEach((e) => e.toggleClass('hidden', e.source().hasClass('hidden') || e.target().hasClass('hidden')));
    return this.cy.nodes('.hidden').length;
  }

  pinSelected() { this.cy.nodes(':selected').forEach((n) => { n.toggleClass('pinned'); if (n.hasClass('pinned')) n.lock(); else n.unlock(); }); }

  hideSelected() { this.cy.nodes(':selected').forEach((n) => { this.userHidden.add(n.data('nodeId')); n.unselect(); }); return this.applyFilter(); }

  showAll() { this.userHidden.clear(); return this.applyFilter(); }

  removeSelected() { this.cy.nodes(':selected').remove(); }

  select(ids) { this.cy.nodes().unselect(); ids.forEach((id) => this.cy.getElementById(nodeId(id)).select()); }

  selectedIds() { return this.cy.nodes(':selected').map((n) => n.data('nodeId')); }

  nodeIds() { return this.cy.nodes().map((n) => n.data('nodeId')); }

  counts() { return { nodes: this.cy.nodes().length, links: this.cy.edges().length, hidden: this.cy.nodes('.hidden').length }; }

  fit() { this.cy.fit(undefined, 30); }

  clear() { this.cy.elements().remove(); this.userHidden.clear(); }

  /** The saved case's view: node ids with positions and pins, hidden ids, colour mode and filter. */
  getState() {
    return JSON.stringify({
      nodes: this.cy.nodes().map((n) => ({ id: n.data('nodeId'), x: Math.round(n.position('x')), y: Math.round(n.position('y')), pinned: n.hasClass('pinned') })),
      hidden: [...this.userHidden], colourMode: this.colourMode, sizeMode: this.sizeMode, filter: this.filter,
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
    this.restyle();
    this.applyFilter();
    if (positions.size === 0) this.layout(false); else this.fit();
    return this.cy.nodes().length;
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
    const nodes = this.cy.nodes().not('.hidden').map((n) => ({ ...n.data(), id: n.data('nodeId') }));
    const links = this.cy.edges().not('.hidden').map((e) => ({ ...e.data(), id: e.data('linkId') }));
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
