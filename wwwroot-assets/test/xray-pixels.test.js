import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import {
  toAttenuation, classify, displayLevel, renderRgba, zoomAt, fitTransform, screenToImage, normaliseBox, visibleFindings,
  materialClasses, boxBlur, MATERIAL_COLOURS,
} from '../src/lib/xray-pixels.js';
import { decodeGrayPng } from '../src/lib/xray-png.js';

test('attenuation is −ln of transmission and grows as fewer photons arrive', () => {
  const a = toAttenuation(new Uint16Array([65535, 32768, 100, 0]), 16);
  assert.ok(Math.abs(a[0]) < 1e-6);
  assert.ok(Math.abs(a[1] - Math.log(2)) < 1e-3);
  assert.ok(a[2] > a[1] && a[3] >= a[2]);
});

test('the low/high ratio decides organic, mixed and inorganic; thick matter is impenetrable', () => {
  // Organic: μ_low/μ_high ≈ 1.34; aluminium ≈ 1.65; iron ≈ 4.
  assert.equal(classify(3, 3, 3 * 1.34, true), 1);
  assert.equal(classify(1, 1, 1.65, true), 2);
  assert.equal(classify(2, 2, 8, true), 3);
  assert.equal(classify(7, 7, 11, true), 4);
  assert.equal(classify(0.01, 0.01, 0.01, true), 0);
  assert.equal(classify(2, 2, 8, false), 1, 'single energy cannot tell materials apart');
});

test('wall compensation: a steel wall in front of organic goods still reads organic', () => {
  const n = 1000;
  const high = new Float32Array(n), low = new Float32Array(n);
  const wall = { h: 0.46, l: 1.87 };
  for (let i = 0; i < n; i++) {
    const goods = i < 300 ? 0 : 3; // 30% empty container (walls only), 70% textiles behind the walls
    high[i] = wall.h + goods; low[i] = wall.l + goods * 1.38;
  }
  const classes = materialClasses(high, low, true);
  assert.equal(classes[900], 1);
});

test('display level: brightness lifts, contrast stretches, invert flips', () => {
  const base = { brightness: 0, contrast: 1, gamma: 1, invert: false };
  const mid = displayLevel(3, base);
  assert.ok(Math.abs(mid - 0.5) < 1e-9);
  assert.ok(displayLevel(3, { ...base, brightness: 0.2 }) > mid);
  assert.ok(displayLevel(1, { ...base, contrast: 2 }) > displayLevel(1, base));
  assert.ok(Math.abs(displayLevel(1, { ...base, invert: true }) - (1 - displayLevel(1, base))) < 1e-9);
  assert.ok(displayLevel(4.5, { ...base, gamma: 2 }) > displayLevel(4.5, base));
});

test('pseudo-colour paints organic orange and metal blue; stripping hides the other materials', () => {
  const layers = { high: new Float32Array([1, 1, 8]), low: new Float32Array([1.3, 4, 11]), classes: new Uint8Array([1, 3, 4]) };
  const view = { energy: 'high', brightness: 0, contrast: 1, gamma: 1, invert: false, edges: false, colour: true, strip: 'none' };
  const rgba = renderRgba(layers, view, new Uint8ClampedArray(12));
  assert.ok(rgba[0] > rgba[2], 'organic is orange (more red than blue)');
  assert.ok(rgba[6] > rgba[4], 'inorganic is blue');
  assert.deepEqual([rgba[8], rgba[9], rgba[10]], [0, 0, 0], 'impenetrable is black');
  const organicOnly = renderRgba(layers, { ...view, strip: 'organic' }, new Uint8ClampedArray(12));
  assert.deepEqual([organicOnly[4], organicOnly[5], organicOnly[6]], [235, 235, 235]);
  assert.deepEqual(MATERIAL_COLOURS.organic, [255, 140, 0]);
});

test('zooming keeps the point under the cursor fixed', () => {
  const t = { scale: 1, x: 10, y: 20 };
  const before = screenToImage(t, 200, 100);
  const z = zoomAt(t, 2, 200, 100);
  const after = screenToImage(z, 200, 100);
  assert.equal(z.scale, 2);
  assert.ok(Math.abs(before.x - after.x) < 1e-9 && Math.abs(before.y - after.y) < 1e-9);
});

test('fit centres the image; drawn boxes are normalised and clipped', () => {
  const t = fitTransform(1000, 500, 500, 500);
  assert.equal(t.scale, 0.5);
  assert.equal(t.y, 125);
  assert.deepEqual(normaliseBox({ x: 50.4, y: 80 }, { x: -5, y: 10 }, 100, 100), { x: 0, y: 10, width: 50, height: 70 });
});

test('the confidence slider hides weak findings but never confirmed ones', () => {
  const f = [{ id: 1, confidence: 0.9 }, { id: 2, confidence: 0.3 }, { id: 3, confidence: 0.2, verdict: 'confirmed' }];
  assert.deepEqual(visibleFindings(f, 0.5).map(x => x.id), [1, 3]);
});

test('box blur keeps a flat image flat', () => {
  const v = new Float32Array(100).fill(2);
  assert.ok(boxBlur(v, 10, 10, 2).every(x => Math.abs(x - 2) < 1e-6));
});

test('16-bit grayscale PNGs decode with every filter type', async () => {
  const width = 4, height = 5;
  const samples = Array.from({ length: width * height }, (_, i) => (i * 3001) % 65536);
  const rows = [];
  for (let y = 0; y < height; y++) {
    const filter = y % 5;
    const raw = [];
    for (let x = 0; x < width; x++) raw.push(samples[y * width + x] >> 8, samples[y * width + x] & 255);
    const prev = y === 0 ? new Array(width * 2).fill(0) : rows.rawPrev;
    const out = [filter];
    for (let i = 0; i < raw.length; i++) {
      const a = i >= 2 ? raw[i - 2] : 0, b = prev[i], c = i >= 2 ? prev[i - 2] : 0;
      let pred = 0;
      if (filter === 1) pred = a; else if (filter === 2) pred = b; else if (filter === 3) pred = (a + b) >> 1;
      else if (filter === 4) { const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c); pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c; }
      out.push((raw[i] - pred) & 255);
    }
    rows.push(...out);
    rows.rawPrev = raw;
  }
  const idat = deflateSync(Buffer.from(rows));
  const chunk = (type, body) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(body.length);
    return Buffer.concat([len, Buffer.from(type), body, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4); ihdr[8] = 16; ihdr[9] = 0;
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
  const decoded = await decodeGrayPng(new Uint8Array(png));
  assert.equal(decoded.bitDepth, 16);
  assert.deepEqual(Array.from(decoded.pixels), samples);
});
