// Regenerates the README's command reference from the parameter tables (run after npm run build).
import fs from 'node:fs';
import { REGISTRY } from '../dist/cmdlets/index.js';
import { commandReference, spliceReference } from '../dist/cmdlets/reference.js';

const file = new URL('../README.md', import.meta.url);
const before = fs.readFileSync(file, 'utf8');
const after = spliceReference(before, commandReference(REGISTRY));
if (after !== before) fs.writeFileSync(file, after);
console.log(after === before ? 'README command reference is up to date' : 'README command reference regenerated');
