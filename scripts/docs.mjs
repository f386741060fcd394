// Regenerates docs/reference/commands.md from the parameter tables (run after npm run build).
import fs from 'node:fs';
import { REGISTRY } from '../dist/cmdlets/index.js';
import { referencePage } from '../dist/cmdlets/reference.js';

const file = new URL('../docs/reference/commands.md', import.meta.url);
const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
const after = referencePage(REGISTRY);
if (after !== before) fs.writeFileSync(file, after);
console.log(after === before ? 'docs/reference/commands.md is up to date' : 'docs/reference/commands.md regenerated');
