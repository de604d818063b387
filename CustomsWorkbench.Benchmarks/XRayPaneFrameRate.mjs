// Frame rate of the X-ray review pane (issue 4: "smooth at 60 frames/s on a 2000×1000 scan"), in headless Chromium.
//
//   Workbench__DataFolder=/tmp/xray-fps dotnet run -c Release --project CustomsWorkbench --urls http://127.0.0.1:5110 &
//   dotnet build CustomsWorkbench.Tests   # once: provides Playwright's Node driver
//   node CustomsWorkbench.Benchmarks/XRayPaneFrameRate.mjs http://127.0.0.1:5110 [seconds=6]
//
// Uploads two dual-energy scans (1024×512 baseline and 2000×1000) through the real upload API, opens each in the review
// pane as an officer, then for a few seconds drags (pan), wheels (zoom) and toggles pseudo-colour ('c') once a second,
// while a requestAnimationFrame loop records frame times. Prints median fps, p95 and worst frame time per size and the
// 2000×1000 / 1024×512 ratio as JSON. Same approach as the intelligence explorer's 3,000-node figure: headless,
// software-rendered Chromium, so the absolute numbers are a floor for a desktop browser with a GPU.
import zlib from 'node:zlib';

// Playwright's Node driver ships with the Microsoft.Playwright package the browser tests use: build the tests once
// (dotnet build CustomsWorkbench.Tests) and it sits in their output folder. PLAYWRIGHT_CORE overrides it.
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
const bundled = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'CustomsWorkbench.Tests', 'bin', 'Debug', 'net10.0', '.playwright', 'package', 'index.mjs');
const { chromium } = await import(pathToFileURL(process.env.PLAYWRIGHT_CORE ?? bundled).href);
const [base = 'http://127.0.0.1:5110', secondsArg = '6'] = process.argv.slice(2);
const seconds = Number(secondsArg);
const user = 'officer', password = 'Demo!2345';

// ---- 16-bit grayscale PNG of a synthetic container scan (Beer–Lambert at two energies, photon noise) ----
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = bytes => { let c = 0xffffffff; for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png16(width, height, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4); ihdr[8] = 16; ihdr[9] = 0;
  const raw = Buffer.alloc(height * (1 + width * 2));
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.writeUInt16BE(pixels[y * width + x], y * (1 + width * 2) + 1 + x * 2);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
function scene(width, height, seed) {
  let s = seed >>> 0;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const aHigh = new Float32Array(width * height), ratio = new Float32Array(width * height).fill(1.3);
  const fill = (x0, y0, w, h, a, r) => {
    for (let y = Math.max(0, y0 | 0); y < Math.min(height, (y0 + h) | 0); y++)
      for (let x = Math.max(0, x0 | 0); x < Math.min(width, (x0 + w) | 0); x++) { aHigh[y * width + x] += a; ratio[y * width + x] = r; }
  };
  const m = Math.round(height * 0.08);
  fill(0, m, width, height - 2 * m, 0.35, 1.6); // steel shell
  for (let i = 0; i < 160; i++) {
    const w = width * (0.03 + rnd() * 0.08), h = height * (0.08 + rnd() * 0.25);
    fill(m + rnd() * (width - 2 * m - w), m + rnd() * (height - 2 * m - h), w, h, 0.2 + rnd() * 1.2, [1.15, 1.45, 1.9][Math.floor(rnd() * 3)]);
  }
  const high = new Uint16Array(width * height), low = new Uint16Array(width * height);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const detect = (t, photons) => Math.min(65535, Math.max(1, Math.round((photons * t + gauss() * Math.sqrt(photons * t + 4)) / photons * 65535)));
  for (let i = 0; i < high.length; i++) {
    high[i] = detect(Math.exp(-aHigh[i]), 60000);
    low[i] = detect(Math.exp(-aHigh[i] * ratio[i]), 36000);
  }
  return { high: png16(width, height, high), low: png16(width, height, low) };
}

// ---- upload through the API ----
const token = (await (await fetch(`${base}/api/auth/token`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userName: user, password }),
})).json()).accessToken ?? null;
if (!token) throw new Error('Could not get a bearer token (is the app running at ' + base + '?)');
// The scans are attached to a declaration already in the scan queue (uploads need a consignment).
const queue = await (await fetch(`${base}/api/xray/queue`, { headers: { authorization: `Bearer ${token}` } })).json();
const consignment = queue.find(r => r.consignmentKind === 'Declaration' || r.consignmentKind === 0)?.consignmentReference ?? queue[0]?.consignmentReference;
if (!consignment) throw new Error('The scan queue is empty: start the app with the demo world (XRay:DemoDeclarationScans > 0).');
async function upload(width, height) {
  const { high, low } = scene(width, height, width * 7 + height);
  const form = new FormData();
  form.append('high', new Blob([high], { type: 'image/png' }), `fps-${width}x${height}_high.png`);
  form.append('low', new Blob([low], { type: 'image/png' }), `fps-${width}x${height}_low.png`);
  form.append('scanner', 'fps-benchmark');
  form.append('consignment', consignment);
  const response = await fetch(`${base}/api/xray/scans`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  if (response.status !== 201) throw new Error(`Upload ${width}×${height}: ${response.status} ${await response.text()}`);
  const { id } = await response.json();
  // Analyse now, so the detector's first run does not fall inside the measured seconds.
  await fetch(`${base}/api/xray/scans/${id}`, { headers: { authorization: `Bearer ${token}` } });
  return id;
}

// ---- measure ----
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(`${base}/account/login`);
await page.fill('#username', user);
await page.fill('#password', password);
await page.click('[data-testid=sign-in]');
await page.waitForLoadState('networkidle');

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
async function measure(id, label) {
  await page.goto(`${base}/xray/scans/${id}`);
  await page.waitForSelector('[data-testid=xray-canvas][data-ready=true]', { timeout: 60_000 });
  await page.waitForTimeout(500);
  const canvas = await page.locator('[data-testid=xray-canvas]').boundingBox();
  const cx = canvas.x + canvas.width / 2, cy = canvas.y + canvas.height / 2;
  await page.evaluate(() => {
    window.__frames = [];
    const tick = t => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); };
    window.__stop = false;
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  let step = 0;
  while (Date.now() - started < seconds * 1000) {
    // Pan: a drag of 120 px in 12 moves; zoom: two wheel notches; every fourth round a pseudo-colour toggle.
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + (step % 2 ? 120 : -120), cy + (step % 2 ? 40 : -40), { steps: 12 });
    await page.mouse.up();
    await page.mouse.wheel(0, step % 2 ? 120 : -120);
    await page.mouse.wheel(0, step % 2 ? 120 : -120);
    if (step % 4 === 3) await page.keyboard.press('c');
    step++;
  }
  const frames = await page.evaluate(() => { window.__stop = true; return window.__frames; });
  const state = await page.evaluate(() => ({ w: document.querySelector('[data-testid=xray-canvas]').width, h: document.querySelector('[data-testid=xray-canvas]').height }));
  const intervals = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
  const median = percentile(intervals, 0.5);
  return {
    scan: label, canvas: `${state.w}×${state.h}`, frames: intervals.length, seconds,
    medianFps: +(1000 / median).toFixed(1), medianFrameMs: +median.toFixed(2), p95FrameMs: +percentile(intervals, 0.95).toFixed(2),
    worstFrameMs: +intervals[intervals.length - 1].toFixed(1), averageFps: +(1000 * intervals.length / (frames[frames.length - 1] - frames[0])).toFixed(1),
  };
}

const small = await upload(1024, 512);
const large = await upload(2000, 1000);
const baseline = await measure(small, '1024×512');
const target = await measure(large, '2000×1000');
await browser.close();
console.log(JSON.stringify({
  baseline, target,
  ratio: { medianFps: +(target.medianFps / baseline.medianFps).toFixed(2), p95FrameMs: +(target.p95FrameMs / baseline.p95FrameMs).toFixed(2) },
}, null, 2));
