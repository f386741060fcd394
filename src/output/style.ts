// The only place that imports chalk: colours for a TTY, plain text elsewhere. chalk loads only when colour is on.
import type { ChalkInstance } from 'chalk';

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

const plain = (s: string) => s;

/** The style without colour (no chalk needed). */
export const PLAIN: Style = { enabled: false, bold: plain, dim: plain, ok: plain, warn: plain, bad: plain, accent: plain };

/** Wraps a chalk instance as a Style. */
function fromChalk(c: ChalkInstance): Style {
  return {
    enabled: true,
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    ok: (s) => c.green(s),
    warn: (s) => c.yellow(s),
    bad: (s) => c.red(s),
    accent: (s) => c.cyan(s),
  };
}

/** The style for a stream: colour only when asked (TTY and no NO_COLOR); chalk is imported only then. */
export async function loadStyle(color: boolean): Promise<Style> {
  if (!color) return PLAIN;
  const { Chalk } = await import('chalk');
  return fromChalk(new Chalk({ level: 1 }));
}
