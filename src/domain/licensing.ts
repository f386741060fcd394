// Licence rules (pure): what adding and removing SKUs on one user would do, or every reason it cannot.
// Rules read the catalog's grants (PhoneSystem, CallingPlan…), never SKU names, so another catalog's SKUs obey them too.
import type { Grant } from '../catalog/schema.js';
import type { Problem } from '../errors.js';
import { closest } from './text.js';
import { quoted } from '../text/sanitize.js';

/** A licence SKU of the catalog. */
export interface SkuInfo {
  sku: string;
  name: string;
  grants: readonly Grant[];
}

/** A SKU's units for the tenant: bought, and given to users (including earlier rows of the same batch). */
export interface Units {
  active: number;
  assigned: number;
}

/** What the rules need to know about the user. */
export interface Licensee {
  upn: string;
  usageLocation: string | null;
  /** SKUs the user holds now. */
  skus: readonly string[];
  /** The user's number (E.164), if any. */
  number: string | null;
}

/** SKUs to add and to remove (catalog spelling). */
export interface LicenseRequest {
  add: readonly string[];
  remove: readonly string[];
}

/** The effect of a request: only real changes (adding a held SKU or removing one not held changes nothing). */
export interface LicenseChange {
  added: string[];
  removed: string[];
  /** The user's SKUs afterwards, in catalog order. */
  after: string[];
}

/** A request's plan: the change, or every problem found. */
export type LicensePlan = { ok: true; change: LicenseChange } | { ok: false; problems: Problem[] };

/** "MCOEV (Phone System)". */
function label(s: SkuInfo): string {
  return `${s.sku} (${s.name})`;
}

/** Reads SKU names typed by an admin (any case, also AccountSkuId form "tenant:SKU") -> catalog SKUs, or UnknownSku problems. */
export function resolveSkuNames(catalog: readonly SkuInfo[], names: readonly string[], field: string): { skus: string[]; problems: Problem[] } {
  const skus: string[] = [];
  const problems: Problem[] = [];
  for (const raw of names) {
    const bare = raw.trim().replace(/^[^:]*:/, '');
    const hit = catalog.find((s) => s.sku.toLowerCase() === bare.toLowerCase());
    if (hit) {
      if (!skus.includes(hit.sku)) skus.push(hit.sku);
      continue;
    }
    const near = closest(
      bare,
      catalog.map((s) => s.sku),
      1,
    );
    problems.push({
      field,
      errorId: 'UnknownSku',
      message:
        `${quoted(raw)} is not a licence SKU of the catalog.` +
        (near.length ? ` Did you mean ${near[0]}?` : '') +
        ` Known SKUs: ${catalog.map(label).join(', ')}.`,
    });
  }
  return { skus, problems };
}

/** Plans adding and removing SKUs on one user against the units still free; pure, so single and bulk paths share it. */
export function planLicenses(catalog: readonly SkuInfo[], user: Licensee, request: LicenseRequest, units: (sku: string) => Units): LicensePlan {
  const info = new Map(catalog.map((s) => [s.sku, s]));
  const grants = (sku: string): readonly Grant[] => info.get(sku)?.grants ?? [];
  const holding = (skus: readonly string[], g: Grant) => skus.filter((s) => grants(s).includes(g));
  const skusGranting = (g: Grant) => catalog.filter((s) => s.grants.includes(g));
  const problems: Problem[] = [];

  const both = request.add.filter((s) => request.remove.includes(s));
  if (both.length) {
    return {
      ok: false,
      problems: [{ field: 'AddLicenses', errorId: 'LicenseAddedAndRemoved', message: `${both.join(', ')} is both added and removed; give each SKU once.` }],
    };
  }
  const added = request.add.filter((s) => !user.skus.includes(s));
  const removed = request.remove.filter((s) => user.skus.includes(s));
  const afterSet = new Set([...user.skus.filter((s) => !removed.includes(s)), ...added]);
  const after = [...catalog.map((s) => s.sku).filter((s) => afterSet.has(s)), ...[...afterSet].filter((s) => !info.has(s))];

  const plansAfter = holding(after, 'CallingPlan');
  const plansAdded = holding(added, 'CallingPlan');
  const phoneAfter = holding(after, 'PhoneSystem');
  const phoneRemoved = holding(removed, 'PhoneSystem');
  const who = user.upn;
  const psNames = skusGranting('PhoneSystem').map((s) => s.sku);

  if (plansAdded.length && plansAfter.length > 1) {
    const [keep, drop] = [plansAdded[0]!, plansAfter.find((s) => s !== plansAdded[0])!];
    problems.push({
      field: 'AddLicenses',
      errorId: 'CallingPlanConflict',
      message: `${plansAfter.map((s) => label(info.get(s)!)).join(' and ')} cannot both be on ${who}; a user has one Calling Plan. To switch, add one and remove the other: --add-licenses ${keep} --remove-licenses ${drop}.`,
    });
  }
  if (plansAdded.length && !phoneAfter.length) {
    problems.push({
      field: 'AddLicenses',
      errorId: 'PhoneSystemRequired',
      message: `${plansAdded.join(', ')} needs Phone System on ${who} first: add ${psNames.join(' or ')} too, e.g. --add-licenses ${psNames[0] ?? 'MCOEV'},${plansAdded[0]}.`,
    });
  }
  if (plansAdded.length && !user.usageLocation) {
    problems.push({
      field: 'AddLicenses',
      errorId: 'UsageLocationRequired',
      message: `${who} has no usage location, which a Calling Plan needs; set it first: callplan set-user --identity ${who} --usage-location US (the user's ISO country code).`,
    });
  }
  if (phoneRemoved.length && !phoneAfter.length && !plansAdded.length && (plansAfter.length || user.number)) {
    const holds = [plansAfter.length ? `the Calling Plan ${plansAfter.join(', ')}` : '', user.number ? `the number ${user.number}` : '']
      .filter(Boolean)
      .join(' and ');
    problems.push({
      field: 'RemoveLicenses',
      errorId: 'PhoneSystemInUse',
      message: `cannot remove ${phoneRemoved.join(', ')} from ${who}: it is the user's Phone System and the user still holds ${holds}; remove ${user.number ? 'the number (set-voice-user --identity U --telephone-number $null)' : 'the Calling Plan'} first.`,
    });
  }
  const plansRemoved = holding(removed, 'CallingPlan');
  if (plansRemoved.length && !plansAfter.length && user.number) {
    problems.push({
      field: 'RemoveLicenses',
      errorId: 'NumberAssigned',
      message: `cannot remove ${plansRemoved.join(', ')} from ${who}: the user holds the number ${user.number}; remove it first: callplan set-voice-user --identity ${who} --telephone-number $null.`,
    });
  }
  for (const sku of added) {
    const u = units(sku);
    if (u.active - u.assigned < 1) {
      problems.push({
        field: 'AddLicenses',
        errorId: 'InsufficientLicenses',
        message: `${sku}: ${u.active} bought, ${u.assigned} assigned, this needs 1 more — buy-license --sku ${sku} --quantity 1.`,
      });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, change: { added, removed, after } };
}
