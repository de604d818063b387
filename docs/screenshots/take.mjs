// Screenshots of workbench pages as each role, at 1366 and 1600 px, in Korean and English, in headless Chromium.
//
//   dotnet run --project CustomsWorkbench --urls http://127.0.0.1:5120 &      # the app on its demo world
//   dotnet build CustomsWorkbench.Tests                                        # once: provides Playwright's Node driver
//   node docs/screenshots/take.mjs http://127.0.0.1:5120 /tmp/shots officer:/risk/queue supervisor:/oversight/models ...
//
// Each argument after the output folder is ROLE:PATH; every one is taken at both widths and in both languages, as
// OUT/ROLE_PATH_WIDTH_CULTURE.png (full page). Pages are given two seconds after the circuit is live to settle.
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
const bundled = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'CustomsWorkbench.Tests', 'bin', 'Debug', 'net10.0', '.playwright', 'package', 'index.mjs');
const { chromium } = await import(pathToFileURL(process.env.PLAYWRIGHT_CORE ?? bundled).href);
const [base, out, ...targets] = process.argv.slice(2);
if (!base || !out || targets.length === 0) { console.error('usage: take.mjs BASE_URL OUT_DIR ROLE:PATH...'); process.exit(2); }
fs.mkdirSync(out, { recursive: true });
const password = process.env.WORKBENCH_PASSWORD ?? 'Demo!2345';
const widths = (process.env.WIDTHS ?? '1366,1600').split(',').map(Number);
const cultures = (process.env.CULTURES ?? 'ko-KR,en-US').split(',');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const byRole = new Map();
for (const t of targets) { const i = t.indexOf(':'); const role = t.slice(0, i); byRole.set(role, [...(byRole.get(role) ?? []), { path: t.slice(i + 1) }]); }
for (const [role, pages] of byRole) {
  for (const culture of cultures) {
    const context = await browser.newContext({ viewport: { width: widths[0], height: 900 }, locale: culture });
    const page = await context.newPage();
    await page.goto(`${base}/account/login`);
    await page.fill('#username', role);
    await page.fill('#password', password);
    await page.click('[data-testid=sign-in]');
    await page.waitForURL(u => !u.toString().includes('/account/login'), { timeout: 30000 });
    const host = new URL(base).hostname;
    await context.addCookies([{ name: '.AspNetCore.Culture', value: encodeURIComponent(`c=${culture}|uic=${culture}`), domain: host, path: '/' }]);
    for (const { path: p } of pages) {
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        const errors = [];
        page.removeAllListeners('console');
        page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
        await page.goto(`${base}${p}`, { waitUntil: 'networkidle', timeout: 60000 }).catch(e => errors.push(String(e)));
        await page.locator('[data-interactive=true]').waitFor({ timeout: 20000 }).catch(() => errors.push('circuit not live'));
        await page.waitForTimeout(2000);
        const file = path.join(out, `${role}_${p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}_${width}_${culture.slice(0, 2)}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file + (errors.length ? `  console errors: ${errors.join(' | ').slice(0, 300)}` : ''));
      }
    }
    await context.close();
  }
}
await browser.close();
