// Bundles every module in src/ into ../CustomsWorkbench/wwwroot/js as an ES module (loaded by Blazor JS interop).
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

const entryPoints = readdirSync('src').filter(f => f.endsWith('.js')).map(f => `src/${f}`);
await build({
  entryPoints,
  outdir: '../CustomsWorkbench/wwwroot/js',
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: true,
  target: ['es2022'],
  logLevel: 'warning',
});
console.log(`bundled ${entryPoints.length} module(s)`);
