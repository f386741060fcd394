// Bundles the CLI into dist/bundle/ with esbuild: one start-up file plus lazy chunks per command, so a command
// parses only the code it runs. better-sqlite3's JavaScript is bundled too; its compiled addon (.node) stays in
// node_modules and is loaded by path (src/store/open.ts). The test-only node-pty stays external.
import { build } from 'esbuild';
import fs from 'node:fs';

// Built beside the old bundle and swapped in at the end, so a binary started meanwhile never finds it half-written.
const out = new URL('../dist/bundle', import.meta.url);
const tmp = new URL(`../dist/bundle.${process.pid}.tmp`, import.meta.url);
fs.rmSync(tmp, { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: tmp.pathname,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['*.node', 'node-pty'],
  // CommonJS dependencies (nodemailer, better-sqlite3's loader) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __callplanRequire } from 'node:module'; const require = __callplanRequire(import.meta.url);" },
  legalComments: 'none',
  // Minified: V8 compiles less source at every start (~5 ms of a ~85 ms get-number). No source map: its comment alone
  // costs Node several ms per start. For readable stack traces run bin/callplan-dev.js (the unbundled tsc output).
  minify: true,
  logLevel: 'warning',
});
const old = new URL(`../dist/bundle.${process.pid}.old`, import.meta.url);
if (fs.existsSync(out)) fs.renameSync(out, old);
fs.renameSync(tmp, out);
fs.rmSync(old, { recursive: true, force: true });
