// Where callplan's own files are: found from this module upwards, so it holds for dist/, the bundle and src/ alike.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the nearest folder above this module with callplan's package.json. */
function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'callplan') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the callplan package root');
    dir = up;
  }
}

let root: string | undefined;

/** An absolute path inside the package (e.g. fixture('catalog.json')). */
export function packagePath(...parts: string[]): string {
  root ??= findRoot();
  return path.join(root, ...parts);
}
