// Grayscale PNG decoding in the browser, keeping all 16 bits (an <img> would reduce the scan to 8-bit colour).
// Handles 8/16-bit grayscale, non-interlaced, every row filter; the zlib stream goes through DecompressionStream.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Splits a PNG into its header fields and concatenated IDAT bytes. */
export function parsePng(bytes) {
  for (let i = 0; i < 8; i++) if (bytes[i] !== SIGNATURE[i]) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 8;
  let header = null;
  const parts = [];
  while (pos + 8 <= bytes.length) {
    const length = view.getUint32(pos);
    const type = String.fromCharCode(bytes[pos + 4], bytes[pos + 5], bytes[pos + 6], bytes[pos + 7]);
    const body = bytes.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      header = { width: view.getUint32(pos + 8), height: view.getUint32(pos + 12), bitDepth: body[8], colourType: body[9], interlace: body[12] };
    } else if (type === 'IDAT') parts.push(body);
    else if (type === 'IEND') break;
    pos += 12 + length;
  }
  if (!header) throw new Error('PNG without header');
  if (header.colourType !== 0 || header.interlace !== 0 || (header.bitDepth !== 8 && header.bitDepth !== 16)) throw new Error('only 8/16-bit grayscale PNG scans are supported');
  const total = parts.reduce((n, p) => n + p.length, 0);
  const data = new Uint8Array(total);
  let at = 0;
  for (const p of parts) { data.set(p, at); at += p.length; }
  return { ...header, data };
}

/** Reverses PNG row filters on inflated bytes and returns the samples (Uint16Array). */
export function unfilter(raw, width, height, bitDepth) {
  const bpp = bitDepth / 8;
  const stride = width * bpp;
  const out = new Uint16Array(width * height);
  let prev = new Uint8Array(stride);
  let cur = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const base = y * (stride + 1);
    const filter = raw[base];
    cur.set(raw.subarray(base + 1, base + 1 + stride));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? cur[i - bpp] : 0;
      const b = prev[i];
      const c = i >= bpp ? prev[i - bpp] : 0;
      let add = 0;
      if (filter === 1) add = a;
      else if (filter === 2) add = b;
      else if (filter === 3) add = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        add = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`bad PNG filter ${filter}`);
      cur[i] = (cur[i] + add) & 0xff;
    }
    const row = y * width;
    if (bpp === 2) for (let x = 0; x < width; x++) out[row + x] = (cur[2 * x] << 8) | cur[2 * x + 1];
    else for (let x = 0; x < width; x++) out[row + x] = cur[x];
    [prev, cur] = [cur, prev];
  }
  return out;
}

export async function inflate(data) {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function decodeGrayPng(bytes) {
  const png = parsePng(bytes);
  const raw = await inflate(png.data);
  return { width: png.width, height: png.height, bitDepth: png.bitDepth, pixels: unfilter(raw, png.width, png.height, png.bitDepth) };
}
