// The X-ray image workstation: a canvas driven from Blazor (ScanViewer.razor). Pixels arrive as 16-bit PNGs and stay
// as attenuation arrays; a view change renders an offscreen image once (the last four views are kept, so toggling back is a swap),
// while zoom/pan/overlays only redraw the visible canvas with a transform: 60 frames/s on a 2000×1000 scan.
import { decodeGrayPng } from './lib/xray-png.js';
import {
  toAttenuation, materialClasses, renderRgba, boxBlur, zoomAt, fitTransform, screenToImage, normaliseBox, visibleFindings,
} from './lib/xray-pixels.js';
import { ViewCache, viewKey } from './lib/xray-view-cache.js';
import { screenBox, labelRect } from './lib/xray-boxes.js';

const CLASS_COLOURS = {
  'organic-package': '#ff6d00', weapon: '#d50000', cigarettes: '#aa00ff', electronics: '#00b8d4', compartment: '#ffd600',
};
const VIEW_KEYS = { c: 'colour', e: 'edges', i: 'invert', m: 'magnifier', h: 'heat' };
const ACTION_KEYS = new Set(['y', 'x', 'n', 'j', 'k', 'b', 'r']);

const viewers = new Map();
let nextId = 1;

export async function create(canvas, dotNet, options) {
  const id = nextId++;
  const viewer = new Viewer(canvas, dotNet, options);
  viewers.set(id, viewer);
  await viewer.load();
  return id;
}

export function setView(id, view) { viewers.get(id)?.setView(view); }
export function setOverlays(id, overlays) { viewers.get(id)?.setOverlays(overlays); }
export function setDrawMode(id, on) { viewers.get(id)?.setDrawMode(on); }
export function command(id, name) { viewers.get(id)?.command(name); }
export function dispose(id) { viewers.get(id)?.dispose(); viewers.delete(id); }
/** For browser tests: the state the viewer is in. */
export function state(id) { return viewers.get(id)?.snapshot() ?? null; }

class Viewer {
  constructor(canvas, dotNet, options) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.dotNet = dotNet;
    this.options = options;
    this.view = { energy: 'high', brightness: 0, contrast: 1, gamma: 1, invert: false, edges: false, colour: false, strip: 'none', magnifier: false, heat: false };
    this.overlays = { findings: [], drawn: [], heat: null, threshold: 0.5, selectedId: null };
    this.transform = { scale: 1, x: 0, y: 0 };
    this.drawMode = false;
    this.renders = 0;
    this.listeners = [];
  }

  async load() {
    const started = performance.now();
    const fetchPng = async url => decodeGrayPng(new Uint8Array(await (await fetch(url, { credentials: 'same-origin' })).arrayBuffer()));
    const [high, low] = await Promise.all([fetchPng(this.options.highUrl), this.options.lowUrl ? fetchPng(this.options.lowUrl) : null]);
    this.width = high.width;
    this.height = high.height;
    const aHigh = toAttenuation(high.pixels, high.bitDepth);
    const aLow = low ? toAttenuation(low.pixels, low.bitDepth) : aHigh;
    this.layers = { high: aHigh, low: aLow, classes: materialClasses(aHigh, aLow, !!low), blurred: null };
    // Rendered views are kept (four at most) so toggling back to one is a swap; see renderImage.
    this.views = new ViewCache(4);
    this.image = null;
    this.imageData = new ImageData(this.width, this.height);
    this.heatCanvas = null;
    this.resize();
    this.fit();
    this.renderImage();
    this.attach();
    this.firstPixelMs = performance.now() - started;
    this.canvas.dataset.ready = 'true';
    this.dotNet.invokeMethodAsync('OnViewerReady', Math.round(this.firstPixelMs));
  }

  attach() {
    const on = (target, type, handler, opts) => { target.addEventListener(type, handler, opts); this.listeners.push(() => target.removeEventListener(type, handler, opts)); };
    on(this.canvas, 'wheel', e => {
      e.preventDefault();
      const p = this.pointer(e);
      this.transform = zoomAt(this.transform, Math.exp(-e.deltaY * 0.0015), p.x, p.y);
      this.schedule();
    }, { passive: false });
    on(this.canvas, 'mousedown', e => this.down(e));
    on(window, 'mousemove', e => this.move(e));
    on(window, 'mouseup', e => this.up(e));
    on(this.canvas, 'mouseleave', () => { this.hover = null; this.schedule(); });
    on(window, 'keydown', e => this.key(e));
    on(window, 'resize', () => { this.resize(); this.schedule(); });
  }

  pointer(e) {
    const r = this.canvas.getBoundingClientRect();
    return { x: (e.clientX - r.left) * (this.canvas.width / r.width), y: (e.clientY - r.top) * (this.canvas.height / r.height) };
  }

  down(e) {
    if (e.button !== 0) return;
    const p = this.pointer(e);
    const img = screenToImage(this.transform, p.x, p.y);
    if (this.drawMode) {
      this.drawing = { start: img, end: img };
      return;
    }
    const hit = this.findingAt(img);
    if (hit) {
      this.overlays.selectedId = hit.id;
      this.dotNet.invokeMethodAsync('OnFindingSelected', hit.id);
      this.schedule();
      return;
    }
    this.drag = { x: p.x, y: p.y, tx: this.transform.x, ty: this.transform.y };
  }

  move(e) {
    const p = this.pointer(e);
    this.hover = p;
    if (this.drag) {
      this.transform = { ...this.transform, x: this.drag.tx + p.x - this.drag.x, y: this.drag.ty + p.y - this.drag.y };
    } else if (this.drawing) {
      this.drawing.end = screenToImage(this.transform, p.x, p.y);
    }
    this.schedule();
  }

  up() {
    if (this.drawing) {
      const box = normaliseBox(this.drawing.start, this.drawing.end, this.width, this.height);
      this.drawing = null;
      if (box.width >= 4 && box.height >= 4) this.dotNet.invokeMethodAsync('OnBoxDrawn', box.x, box.y, box.width, box.height);
    }
    this.drag = null;
    this.schedule();
  }

  key(e) {
    const t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable))) return;
    const k = e.key.toLowerCase();
    const step = 60;
    if (k === '+' || k === '=') this.zoomCentre(1.25);
    else if (k === '-') this.zoomCentre(0.8);
    else if (k === '0') this.fit();
    else if (e.key === 'ArrowLeft') this.transform.x += step;
    else if (e.key === 'ArrowRight') this.transform.x -= step;
    else if (e.key === 'ArrowUp') this.transform.y += step;
    else if (e.key === 'ArrowDown') this.transform.y -= step;
    else if (VIEW_KEYS[k]) { this.view[VIEW_KEYS[k]] = !this.view[VIEW_KEYS[k]]; this.afterViewChange(true); }
    else if (k === 'v') { this.view.energy = this.view.energy === 'high' ? 'low' : 'high'; this.afterViewChange(true); }
    else if (k === 'o') { this.view.strip = this.view.strip === 'organic' ? 'none' : 'organic'; this.afterViewChange(true); }
    else if (k === 'p') { this.view.strip = this.view.strip === 'inorganic' ? 'none' : 'inorganic'; this.afterViewChange(true); }
    else if (ACTION_KEYS.has(k)) { this.dotNet.invokeMethodAsync('OnShortcut', k); }
    else return;
    e.preventDefault();
    this.schedule();
  }

  afterViewChange(notify) {
    this.renderImage();
    if (notify) this.dotNet.invokeMethodAsync('OnViewChanged', { ...this.view });
  }

  command(name) {
    if (name === 'fit') this.fit();
    else if (name === 'zoom-in') this.zoomCentre(1.25);
    else if (name === 'zoom-out') this.zoomCentre(0.8);
    this.schedule();
  }

  zoomCentre(factor) { this.transform = zoomAt(this.transform, factor, this.canvas.width / 2, this.canvas.height / 2); }

  fit() { this.transform = fitTransform(this.width, this.height, this.canvas.width, this.canvas.height); this.schedule(); }

  resize() {
    const r = this.canvas.getBoundingClientRect();
    this.canvas.width = Math.max(200, Math.round(r.width));
    this.canvas.height = Math.max(150, Math.round(r.height));
  }

  setView(view) {
    const needsImage = ['energy', 'brightness', 'contrast', 'gamma', 'invert', 'edges', 'colour', 'strip'].some(k => view[k] !== undefined && view[k] !== this.view[k]);
    this.view = { ...this.view, ...view };
    if (needsImage) this.renderImage();
    this.schedule();
  }

  setOverlays(overlays) {
    this.overlays = { ...this.overlays, ...overlays };
    if (overlays.heat !== undefined) this.heatCanvas = null;
    this.schedule();
  }

  setDrawMode(on) { this.drawMode = on; this.canvas.style.cursor = on ? 'crosshair' : 'grab'; }

  renderImage() {
    if (!this.layers) return;
    const key = viewKey(this.view);
    const ready = this.views.get(key);
    if (ready) {
      this.image = ready;
      this.schedule();
      return;
    }
    const target = this.views.takeSpare() ?? Object.assign(document.createElement('canvas'), { width: this.width, height: this.height });
    if (this.view.edges && !this.layers.blurred) {
      this.layers.blurred = boxBlur(this.view.energy === 'low' ? this.layers.low : this.layers.high, this.width, this.height, 2);
      this.layers.blurredEnergy = this.view.energy;
    }
    if (this.view.edges && this.layers.blurredEnergy !== this.view.energy) {
      this.layers.blurred = boxBlur(this.view.energy === 'low' ? this.layers.low : this.layers.high, this.width, this.height, 2);
      this.layers.blurredEnergy = this.view.energy;
    }
    renderRgba(this.layers, this.view, this.imageData.data);
    target.getContext('2d').putImageData(this.imageData, 0, 0);
    this.views.set(key, target);
    this.image = target;
    this.renders++;
    this.schedule();
  }

  heatImage() {
    const heat = this.overlays.heat;
    if (!heat || !heat.columns) return null;
    if (this.heatCanvas) return this.heatCanvas;
    const c = document.createElement('canvas');
    c.width = heat.columns; c.height = heat.rows;
    const data = c.getContext('2d').createImageData(heat.columns, heat.rows);
    heat.values.forEach((v, i) => {
      data.data[i * 4] = 255; data.data[i * 4 + 1] = Math.round(200 * (1 - v)); data.data[i * 4 + 2] = 0;
      data.data[i * 4 + 3] = v < 0.2 ? 0 : Math.round(170 * v);
    });
    c.getContext('2d').putImageData(data, 0, 0);
    return (this.heatCanvas = c);
  }

  schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => { this.frame = null; this.draw(); });
  }

  draw() {
    const { ctx, canvas, transform: t } = this;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#20242a';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(t.scale, 0, 0, t.scale, t.x, t.y);
    ctx.imageSmoothingEnabled = t.scale < 1;
    ctx.drawImage(this.image, 0, 0);
    const heat = this.view.heat ? this.heatImage() : null;
    if (heat) {
      // Heat cells are windows of 2×2 cells stepping one cell: cell (c, r) covers [c·s, c·s + 2s).
      const s = this.overlays.heat.cell;
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(heat, s, s, heat.width * s, heat.height * s);
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    this.drawBoxes();
    if (this.view.magnifier && this.hover) this.drawMagnifier();
  }

  drawBoxes() {
    const { ctx, transform: t, canvas } = this;
    const rect = b => { const r = screenBox(b, t, 0); return [r.x, r.y, r.width, r.height]; };
    ctx.font = '12px Roboto, sans-serif';
    for (const f of visibleFindings(this.overlays.findings, this.overlays.threshold)) {
      const box = screenBox(f, t);
      const colour = CLASS_COLOURS[f.class] ?? '#ffffff';
      ctx.setLineDash(f.verdict === 'dismissed' ? [5, 4] : []);
      ctx.lineWidth = f.id === this.overlays.selectedId ? 3 : 2;
      ctx.strokeStyle = f.verdict === 'dismissed' ? '#9e9e9e' : colour;
      ctx.strokeRect(box.x, box.y, box.width, box.height);
      const label = `${f.label ?? f.class} ${Math.round(f.confidence * 100)}%${f.verdict === 'confirmed' ? ' ✓' : f.verdict === 'dismissed' ? ' ✗' : ''}`;
      const l = labelRect(box, ctx.measureText(label).width, canvas.width, canvas.height);
      ctx.setLineDash([]);
      ctx.fillStyle = f.verdict === 'dismissed' ? '#9e9e9e' : colour;
      ctx.fillRect(l.x, l.y, l.width, l.height);
      ctx.fillStyle = '#000';
      ctx.fillText(label, l.x + 3, l.y + l.height - 4);
    }
    ctx.setLineDash([6, 3]);
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#ff4081';
    for (const d of this.overlays.drawn) {
      const box = screenBox(d, t);
      ctx.strokeRect(box.x, box.y, box.width, box.height);
      const text = d.label ?? d.class;
      const l = labelRect(box, ctx.measureText(text).width, canvas.width, canvas.height);
      ctx.fillStyle = '#ff4081';
      ctx.fillText(text, l.x + 2, l.y + l.height - 4);
    }
    if (this.drawing) {
      const b = normaliseBox(this.drawing.start, this.drawing.end, this.width, this.height);
      ctx.strokeStyle = '#ffffff';
      ctx.strokeRect(...rect(b));
    }
    ctx.setLineDash([]);
  }

  drawMagnifier() {
    const { ctx, hover, transform: t } = this;
    const radius = 90, zoom = 3;
    const centre = screenToImage(t, hover.x, hover.y);
    ctx.save();
    ctx.beginPath();
    ctx.arc(hover.x, hover.y, radius, 0, Math.PI * 2);
    ctx.clip();
    const s = t.scale * zoom;
    ctx.setTransform(s, 0, 0, s, hover.x - centre.x * s, hover.y - centre.y * s);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(this.image, 0, 0);
    ctx.restore();
    ctx.beginPath();
    ctx.arc(hover.x, hover.y, radius, 0, Math.PI * 2);
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 2;
    ctx.stroke();
  }

  findingAt(p) {
    // Hit-test on the drawn (minimum-size) box, so a tiny finding can be clicked at fit zoom.
    const t = this.transform;
    const sx = p.x * t.scale + t.x, sy = p.y * t.scale + t.y;
    const hits = visibleFindings(this.overlays.findings, this.overlays.threshold)
      .map(f => ({ f, b: screenBox(f, t) }))
      .filter(({ b }) => sx >= b.x && sx <= b.x + b.width && sy >= b.y && sy <= b.y + b.height)
      .map(({ f }) => f);
    return hits.sort((a, b) => a.width * a.height - b.width * b.height)[0] ?? null;
  }

  snapshot() {
    return { view: { ...this.view }, transform: { ...this.transform }, renders: this.renders, firstPixelMs: this.firstPixelMs, width: this.width, height: this.height };
  }

  dispose() {
    this.listeners.forEach(off => off());
    if (this.frame) cancelAnimationFrame(this.frame);
  }
}
