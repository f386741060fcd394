// Builds the template store once (catalog + default tenant) so tests copy it instead of re-seeding.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../src/cli.js';
import { captureIo } from './helpers/io.js';

export default async function setup(): Promise<() => void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callplan-template-'));
  const file = path.join(dir, 'template.db');
  const io = captureIo();
  const code = await main(['init', '--store', file], { CALLPLAN_NOW: '2026-11-26T09:00:00Z' }, io);
  if (code !== 0) throw new Error(`template store failed: ${io.err()}`);
  process.env.CALLPLAN_TEST_TEMPLATE = file;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
