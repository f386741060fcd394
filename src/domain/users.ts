// Directory rules (pure): the shape of a user's fields, their defaults, and whether a stored user matches a request.
import type { Problem } from '../errors.js';
import { hasControlChars, quoted } from '../text/sanitize.js';
import { parseCountryCode } from './countries.js';

/** The directory fields of a user as an admin gives them (CSV cells or flags); undefined = not given. */
export interface UserFields {
  upn?: string | undefined;
  displayName?: string | undefined;
  usageLocation?: string | undefined;
  email?: string | undefined;
  objectId?: string | undefined;
  sipAddress?: string | undefined;
}

/** A checked user ready to store. */
export interface NewUser {
  objectId: string;
  upn: string;
  displayName: string;
  sipAddress: string;
  usageLocation: string | null;
  email: string | null;
}

/** A field of UserFields, named as the cmdlet names it (the CSV header and Problem.field). */
export type UserField = 'UserPrincipalName' | 'DisplayName' | 'UsageLocation' | 'Email' | 'ObjectId' | 'SipAddress';

type Checked = { value: string } | { message: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Microsoft Entra ID allows these in the user part of a UPN: letters, digits and ' . - _ ! # ^ ~.
const UPN_LOCAL = /^[A-Za-z0-9'_!#^~-]+(\.[A-Za-z0-9'_!#^~-]+)*$/;
const MAIL_LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const MAX_TEXT = 256;

function address(raw: string, field: string, local: RegExp, example: string): Checked {
  const s = raw.trim();
  const at = s.lastIndexOf('@');
  const user = s.slice(0, at);
  const domain = s.slice(at + 1);
  if (at > 0 && user.length <= 64 && local.test(user) && DOMAIN.test(domain)) return { value: s };
  return { message: `${field} must look like ${example}, not ${quoted(raw)}.` };
}

function text(raw: string, field: string): Checked {
  const s = raw.trim();
  if (hasControlChars(s)) return { message: `${field} ${quoted(raw)} holds control characters; use plain text.` };
  if (s.length > MAX_TEXT) return { message: `${field} is ${s.length} characters long; at most ${MAX_TEXT} are allowed.` };
  if (s === '') return { message: `${field} cannot be empty.` };
  return { value: s };
}

const RULES: Record<UserField, (raw: string) => Checked> = {
  UserPrincipalName: (raw) => (hasControlChars(raw) ? text(raw, 'UserPrincipalName') : address(raw, 'UserPrincipalName', UPN_LOCAL, 'ken.myer@contoso.com')),
  DisplayName: (raw) => text(raw, 'DisplayName'),
  UsageLocation: (raw) => {
    const r = parseCountryCode(raw);
    return 'code' in r ? { value: r.code } : r;
  },
  Email: (raw) => (hasControlChars(raw) ? text(raw, 'Email') : address(raw, 'Email', MAIL_LOCAL, 'ken.myer@contoso.com')),
  ObjectId: (raw) =>
    GUID.test(raw.trim())
      ? { value: raw.trim().toLowerCase() }
      : { message: `ObjectId must be a GUID such as 3b175352-4131-431e-970c-273226b8fb46, not ${quoted(raw)}.` },
  SipAddress: (raw) => {
    const bare = raw.trim().replace(/^sip:/i, '');
    const r = hasControlChars(raw) ? text(raw, 'SipAddress') : address(bare, 'SipAddress', MAIL_LOCAL, 'sip:ken.myer@contoso.com');
    return 'value' in r ? { value: `sip:${r.value}` } : r;
  },
};

/** Checks one field's text and returns its stored form (trimmed; usage location upper case; sip: prefixed) or a problem. */
export function checkField(field: UserField, raw: string): { value: string } | { problem: Problem } {
  const r = RULES[field](raw);
  return 'value' in r ? r : { problem: { field, errorId: 'InvalidValue', message: r.message } };
}

const FIELD_KEYS: readonly [keyof UserFields, UserField][] = [
  ['upn', 'UserPrincipalName'],
  ['displayName', 'DisplayName'],
  ['usageLocation', 'UsageLocation'],
  ['email', 'Email'],
  ['objectId', 'ObjectId'],
  ['sipAddress', 'SipAddress'],
];

/** Checks every given field; returns the stored forms of the good ones and a problem per bad one. */
export function checkFields(fields: UserFields): { values: UserFields; problems: Problem[] } {
  const values: UserFields = {};
  const problems: Problem[] = [];
  for (const [key, field] of FIELD_KEYS) {
    const raw = fields[key];
    if (raw === undefined || raw.trim() === '') continue;
    const r = checkField(field, raw);
    if ('value' in r) values[key] = r.value;
    else problems.push(r.problem);
  }
  return { values, problems };
}

/** Checks a new user's fields and fills the defaults: DisplayName = UPN, SipAddress = sip:UPN, ObjectId = newId(). */
export function checkNewUser(fields: UserFields, newId: () => string): { user?: NewUser; given: UserFields; problems: Problem[] } {
  const { values: given, problems } = checkFields(fields);
  if (fields.upn === undefined || fields.upn.trim() === '') {
    problems.unshift({ field: 'UserPrincipalName', errorId: 'InvalidValue', message: 'UserPrincipalName is required.' });
  }
  if (problems.length || !given.upn) return { given, problems };
  const user: NewUser = {
    objectId: given.objectId ?? newId(),
    upn: given.upn,
    displayName: given.displayName ?? given.upn,
    sipAddress: given.sipAddress ?? `sip:${given.upn}`,
    usageLocation: given.usageLocation ?? null,
    email: given.email ?? null,
  };
  return { user, given, problems };
}

/** The fields a request gives that differ from the stored user ("DisplayName 'Ken' → 'Kenneth'"); empty when it matches. */
export function userDifferences(stored: NewUser, given: UserFields): string[] {
  const same = (a: string | null, b: string, caseless: boolean) => (caseless ? (a ?? '').toLowerCase() === b.toLowerCase() : a === b);
  const diffs: string[] = [];
  const check = (field: UserField, a: string | null, b: string | undefined, caseless: boolean) => {
    if (b !== undefined && !same(a, b, caseless)) diffs.push(`${field} ${a === null ? '(none)' : quoted(a)} → ${quoted(b)}`);
  };
  check('ObjectId', stored.objectId, given.objectId, true);
  check('DisplayName', stored.displayName, given.displayName, false);
  check('UsageLocation', stored.usageLocation, given.usageLocation, true);
  check('Email', stored.email, given.email, true);
  check('SipAddress', stored.sipAddress, given.sipAddress, true);
  return diffs;
}
