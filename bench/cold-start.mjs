// Cold start of two builds side by side: node bench/cold-start.mjs OLD_ROOT (a checkout with dist/ built); 25 alternating runs, medians.
const old = process.argv[2] ?? '/tmp/old';
import { spawnSync } from 'node:child_process';
const cmds = { node: ['-e', '0'], old: [`${old}/bin/callplan.js`, '--version'], new: [new URL('../bin/callplan.js', import.meta.url).pathname, '--version'] };
const t = { node: [], old: [], new: [] };
for (let i = 0; i < 25; i++)
  for (const [k, a] of Object.entries(cmds)) {
    const s = process.hrtime.bigint();
    spawnSync(process.execPath, a);
    t[k].push(Number(process.hrtime.bigint() - s) / 1e6);
  }
const med = (x) => x.sort((a, b) => a - b)[x.length >> 1];
const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, med(v)]));
console.log(
  `node -e 0 ${m.node.toFixed(1)} ms | old (${old}) --version ${m.old.toFixed(1)} ms = ${(m.old / m.node).toFixed(2)}x | new --version ${m.new.toFixed(1)} ms = ${(m.new / m.node).toFixed(2)}x`,
);
