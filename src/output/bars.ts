// Text bars for status and the wizard: "██████░░░░ 6/10".
import { count } from '../text/count.js';
import type { Style } from './style.js';

/** A bar of `width` cells filled in proportion to done/total, followed by the figures. */
export function bar(done: number, total: number, style: Style, width = 24): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(ratio * width);
  const over = total > 0 && done > total;
  const fill = '█'.repeat(filled);
  const colored = over ? style.bad(fill) : ratio >= 1 ? style.ok(fill) : style.accent(fill);
  return `${colored}${style.dim('░'.repeat(width - filled))} ${count(done)}/${count(total)}`;
}

/** "4m 05s" for a duration in milliseconds (0s when past). */
export function timeLeft(ms: number): string {
  if (ms <= 0) return '0s';
  const s = Math.floor(ms / 1000);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
