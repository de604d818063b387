// Pure pixel and colour logic of the X-ray viewer (no DOM), unit-tested with node --test.

export const MAX_ATTENUATION = 11;
export const ORGANIC_MAX_RATIO = 1.5;
export const MIXED_MAX_RATIO = 2.3;
export const EMPTY_ATTENUATION = 0.05;
export const IMPENETRABLE_ATTENUATION = -Math.log(0.0015);
/** Orange organic, green mixed, blue inorganic, black impenetrable (the customs convention). */
export const MATERIAL_COLOURS = {
  empty: [255, 255, 255],
  organic: [255, 140, 0],
  mixed: [40, 170, 40],
  inorganic: [40, 90, 255],
  impenetrable: [0, 0, 0],
};
export const MATERIALS = ['empty', 'organic', 'mixed', 'inorganic', 'impenetrable'];

/** −ln(transmission) per pixel, from raw samples of the given bit depth. */
export function toAttenuation(pixels, bitDepth) {
  const max = bitDepth === 16 ? 65535 : 255;
  const out = new Float32Array(pixels.length);
  const floor = 1.6e-5;
  for (let i = 0; i < pixels.length; i++) out[i] = Math.min(MAX_ATTENUATION, -Math.log(Math.max(pixels[i] / max, floor)));
  return out;
}

/** The container walls: mean of the thinnest 3% of pixels that are not open air (same rule as the server). */
export function wallBaseline(high, low) {
  const step = Math.max(1, Math.floor(high.length / 20000));
  const samples = [];
  for (let i = 0; i < high.length; i += step) if (high[i] > EMPTY_ATTENUATION) samples.push(i);
  if (samples.length < 100) return { high: 0, low: 0 };
  samples.sort((a, b) => high[a] - high[b]);
  const n = Math.max(10, Math.floor(samples.length * 3 / 100));
  let h = 0, l = 0;
  for (let k = 0; k < n; k++) { h += high[samples[k]]; l += low[samples[k]]; }
  return { high: h / n, low: l / n };
}

/** Material class index (see MATERIALS) from raw and net attenuations. */
export function classify(rawHigh, netHigh, netLow, dual) {
  if (rawHigh >= IMPENETRABLE_ATTENUATION) return 4;
  if (netHigh < EMPTY_ATTENUATION) return 0;
  if (!dual) return 1;
  const ratio = netHigh > 0.15 ? netLow / netHigh : 1;
  return ratio < ORGANIC_MAX_RATIO ? 1 : ratio < MIXED_MAX_RATIO ? 2 : 3;
}

export function materialClasses(high, low, dual) {
  const base = dual ? wallBaseline(high, low) : wallBaseline(high, high);
  const out = new Uint8Array(high.length);
  for (let i = 0; i < high.length; i++) {
    out[i] = classify(high[i], Math.max(0, high[i] - base.high), Math.max(0, low[i] - base.low), dual);
  }
  return out;
}

/** Box blur (radius r) used by the edge enhancement (unsharp mask). */
export function boxBlur(values, width, height, r) {
  const tmp = new Float32Array(values.length);
  const out = new Float32Array(values.length);
  for (let y = 0; y < height; y++) {
    let sum = 0;
    const row = y * width;
    for (let x = -r; x <= r; x++) sum += values[row + Math.min(width - 1, Math.max(0, x))];
    for (let x = 0; x < width; x++) {
      tmp[row + x] = sum / (2 * r + 1);
      sum += values[row + Math.min(width - 1, x + r + 1)] - values[row + Math.max(0, x - r)];
    }
  }
  for (let x = 0; x < width; x++) {
    let sum = 0;
    for (let y = -r; y <= r; y++) sum += tmp[Math.min(height - 1, Math.max(0, y)) * width + x];
    for (let y = 0; y < height; y++) {
      out[y * width + x] = sum / (2 * r + 1);
      sum += tmp[Math.min(height - 1, y + r + 1) * width + x] - tmp[Math.max(0, y - r) * width + x];
    }
  }
  return out;
}

/**
 * Grey level 0..1 of a pixel for display: attenuation on a log scale (so dark container loads still show detail),
 * then brightness, contrast, gamma and invert.
 */
export function displayLevel(attenuation, view) {
  let v = 1 - attenuation / (view.range ?? 6);
  v = (v - 0.5) * view.contrast + 0.5 + view.brightness;
  v = Math.min(1, Math.max(0, v));
  v = Math.pow(v, 1 / view.gamma);
  return view.invert ? 1 - v : v;
}

/**
 * Renders into RGBA bytes. view: { energy: 'high'|'low', brightness, contrast, gamma, invert, edges, colour, strip: 'none'|'organic'|'inorganic' }.
 * layers: { high, low, classes, blurred? } (Float32Array attenuations, Uint8Array classes).
 */
export function renderRgba(layers, view, rgba) {
  const source = view.energy === 'low' ? layers.low : layers.high;
  const blurred = view.edges ? layers.blurred : null;
  const n = source.length;
  for (let i = 0; i < n; i++) {
    let a = source[i];
    if (blurred) a = a + 1.5 * (a - blurred[i]);
    const level = displayLevel(a, view);
    const cls = layers.classes[i];
    let r, g, b;
    const stripped = (view.strip === 'organic' && cls !== 1) || (view.strip === 'inorganic' && cls !== 3 && cls !== 2);
    if (stripped) {
      r = g = b = 235;
    } else if (view.colour) {
      const c = MATERIAL_COLOURS[MATERIALS[cls]];
      if (cls === 0) { r = g = b = Math.round(255 * level); }
      else {
        // Hue from the material, lightness from the attenuation.
        const shade = 0.25 + 0.75 * level;
        r = Math.round(c[0] * shade); g = Math.round(c[1] * shade); b = Math.round(c[2] * shade);
      }
    } else {
      r = g = b = Math.round(255 * level);
    }
    const o = i * 4;
    rgba[o] = r; rgba[o + 1] = g; rgba[o + 2] = b; rgba[o + 3] = 255;
  }
  return rgba;
}

/** Zoom by a factor around a screen point, keeping that image point under the cursor. */
export function zoomAt(transform, factor, sx, sy, minScale = 0.05, maxScale = 40) {
  const scale = Math.min(maxScale, Math.max(minScale, transform.scale * factor));
  const k = scale / transform.scale;
  return { scale, x: sx - (sx - transform.x) * k, y: sy - (sy - transform.y) * k };
}

/** The transform that fits an image into a viewport, centred. */
export function fitTransform(imageWidth, imageHeight, viewWidth, viewHeight) {
  const scale = Math.min(viewWidth / imageWidth, viewHeight / imageHeight);
  return { scale, x: (viewWidth - imageWidth * scale) / 2, y: (viewHeight - imageHeight * scale) / 2 };
}

export function screenToImage(transform, sx, sy) {
  return { x: (sx - transform.x) / transform.scale, y: (sy - transform.y) / transform.scale };
}

/** A drawn rectangle from two image points, clipped to the image and rounded to pixels. */
export function normaliseBox(a, b, width, height) {
  const x0 = Math.max(0, Math.min(a.x, b.x)), y0 = Math.max(0, Math.min(a.y, b.y));
  const x1 = Math.min(width, Math.max(a.x, b.x)), y1 = Math.min(height, Math.max(a.y, b.y));
  return { x: Math.round(x0), y: Math.round(y0), width: Math.round(x1 - x0), height: Math.round(y1 - y0) };
}

/** Findings to draw at a confidence threshold (officer-confirmed ones always stay visible). */
export function visibleFindings(findings, threshold) {
  return findings.filter(f => f.confidence >= threshold || f.verdict === 'confirmed');
}
