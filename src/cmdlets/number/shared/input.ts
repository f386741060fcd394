// Reading number options the same way in every command.
import { parseDigitPrefix } from '../../../domain/phone.js';
import { UsageError } from '../../../errors.js';

/** Reads -TelephoneNumberStartsWith (digits; tel:, + and separators ignored); undefined when not given. */
export function digitPrefixOption(v: unknown): string | undefined {
  if (v === undefined || v === '') return undefined;
  const p = parseDigitPrefix(String(v));
  if (!p.ok) throw new UsageError('InvalidValue', p.message);
  return p.digits;
}
