// The only place that imports chalk: colours for a TTY, plain text elsewhere.
import { Chalk, type ChalkInstance } from 'chalk';

/** Colours used across the tool's output. */
export interface Style {
  enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  ok(s: string): string;
  warn(s: string): string;
  bad(s: string): string;
  accent(s: string): string;
}

/** Builds the style for a stream: colour only when asked (TTY and no NO_COLOR). */
export function makeStyle(color: boolean): Style {
  const c: ChalkInstance = new Chalk({ level: color ? 1 : 0 });
  return {
    enabled: color,
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    ok: (s) => c.green(s),
    warn: (s) => c.yellow(s),
    bad: (s) => c.red(s),
    accent: (s) => c.cyan(s),
  };
}
