// Reads the options of new-port-order and set-port-order: clean text, the port type, e-mail addresses, number lists.
import { UsageError } from '../../../errors.js';
import type { PortType } from '../../../domain/port-input.js';
import { cleanText } from '../../address/shared/input.js';
import type { ParamDef } from '../../../params/define.js';

/** A text option, cleaned (trimmed, one line, not too long); undefined when not given. */
export function textOption(v: string | undefined, p: Pick<ParamDef, 'name'>): string | undefined {
  return v === undefined ? undefined : cleanText(p.name, v);
}

/** Items of list options, also split on ';' (the admin center accepts both separators). */
export function listOption(...values: unknown[]): string[] {
  return values
    .flatMap((v) => (Array.isArray(v) ? v : v === undefined ? [] : [String(v)]))
    .flatMap((s: string) => s.split(';'))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** -PortType Full|Partial, or the cmdlet's -IsPartialPort switch; undefined when neither is given. */
export function portTypeOption(o: { readonly portType: PortType | undefined; readonly isPartialPort: boolean | undefined }): PortType | undefined {
  const type = o.portType;
  if (o.isPartialPort === true) {
    if (type === 'Full') throw new UsageError('ConflictingParameters', 'give -PortType Full or -IsPartialPort, not both.');
    return 'Partial';
  }
  return type;
}

/** -Notify: e-mail addresses, each checked for shape. */
export function emailsOption(notify: readonly string[] | undefined): string[] | undefined {
  if (notify === undefined) return undefined;
  const emails = listOption(notify).map((e) => cleanText('Notify', e));
  const bad = emails.filter((e) => !/^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/.test(e));
  if (bad.length)
    throw new UsageError('InvalidValue', `-Notify takes e-mail addresses such as ken.myer@contoso.com, not ${bad.map((b) => `'${b}'`).join(', ')}.`);
  return emails;
}
