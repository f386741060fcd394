// -ResultSize / -First: a whole number or Unlimited, shared by the listings that page.
import { UsageError } from '../errors.js';

/** Reads a result-size parameter (-ResultSize, -First): a whole number or Unlimited. */
export function resultSize(v: unknown, name = 'ResultSize'): number {
  const s = String(v ?? '500').trim();
  if (/^unlimited$/i.test(s)) return Number.MAX_SAFE_INTEGER;
  if (!/^\d+$/.test(s)) throw new UsageError('InvalidValue', `-${name} must be a whole number or Unlimited, not '${s}'.`);
  return Number(s);
}
