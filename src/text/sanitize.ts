// Makes stored text safe for a terminal and for spreadsheets.

// C0 and C1 control characters, DEL, and bidirectional overrides that can disguise text.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Replaces control characters with visible escapes (\n, \t, \x1B, \u202E) so stored text cannot drive the terminal. */
export function safeText(s: string): string {
  return s.replace(UNSAFE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`;
  });
}

/** Longest piece of a user's value echoed in a message: a 10 MB cell is named, not repeated. */
export const ECHO_MAX = 80;

/** 'value' for messages: control characters made visible and long values cut to ECHO_MAX characters. */
export function quoted(v: string): string {
  const cut = v.length > ECHO_MAX ? `${v.slice(0, ECHO_MAX)}… (${v.length} characters)` : v;
  return `'${safeText(cut)}'`;
}

/** True when a string holds a control character that safeText would escape. */
export function hasControlChars(s: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(s);
  UNSAFE.lastIndex = 0;
  return found;
}

/**
 * Prefixes a CSV cell with ' when a spreadsheet would run it as a formula (=, +, -, @, tab, CR first).
 * A plain E.164 number (+14255550100) is left alone: it is data, not a formula, and admins paste it back.
 */
export function neutraliseFormula(cell: string): string {
  if (/^\+\d{1,15}$/.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** JSON.stringify escapes C0 controls; this escapes the rest (DEL, C1, bidi overrides) the same valid way. */
export function jsonSafe(json: string): string {
  return json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A value as JSON text that cannot drive a terminal (every output path that prints JSON uses this). */
export function jsonText(value: unknown, indent?: number): string {
  return jsonSafe(JSON.stringify(value, null, indent));
}
