// Step 1: users (imported from CSV when there are none), licences bought and assigned, buying more, and giving picked
// users Phone System + a Calling Plan (with a usage location). Every change is a licensing/users service call.
import { count } from '../../text/count.js';
import fs from 'node:fs';
import { userRequests } from '../../cmdlets/user/shared/input.js';
import type { Deps } from '../../deps.js';
import { parseCountryCode } from '../../domain/countries.js';
import { resolveSkuNames } from '../../domain/licensing.js';
import { render } from '../../output/render.js';
import { safeText } from '../../text/sanitize.js';
import { changeUnits, MAX_QUANTITY } from '../../services/licensing.js';
import { changeUserLicenses, type LicenseRequestRow } from '../../services/user-licenses.js';
import { createUsers, setUsageLocations } from '../../services/users.js';
import { listSkus, type Sku } from '../../services/queries.js';
import { licensesOfUsers, skuUnits, type SkuUnits } from '../../services/queries.js';
import { queryUsers, resolveUsers, type ListedUser } from '../../services/queries.js';
import { isWord } from '../answers.js';
import { changed, type WizardState, type WizardStep } from '../state.js';
import { licenceBars, plural } from '../view.js';

/** The most users the picker lists (more: set-user-license --csv). */
const PICKER_LIMIT = 10_000;

const grants = (catalog: readonly Sku[], skus: readonly string[]) => new Set(catalog.filter((s) => skus.includes(s.sku)).flatMap((s) => s.grants));

/** Users without Phone System + a Calling Plan, and what each lacks. */
function unlicensed(deps: Deps, state: WizardState): { users: ListedUser[]; total: number; held: Map<number, string[]> } {
  const { rows, total } = queryUsers(deps.db, { tenantId: state.tenant.id, licensed: false, limit: PICKER_LIMIT, offset: 0 });
  return {
    users: rows,
    total,
    held: licensesOfUsers(
      deps.db,
      rows.map((u) => u.id),
    ),
  };
}

/** Imports users from a CSV file when the tenant has none (asks for the file until one imports, or none is given). */
async function importUsers(state: WizardState, deps: Deps): Promise<WizardState> {
  const { ui, answers } = state;
  ui.note('The tenant has no users yet. Import them from a CSV file with the columns UserPrincipalName, DisplayName, UsageLocation, Email.');
  let fromFlag = answers.csv;
  for (;;) {
    const file =
      fromFlag !== undefined
        ? ui.given('CSV file of users:', fromFlag, fromFlag, '--csv')
        : await ui.ask.input({
            message: 'CSV file of users (empty to skip)',
            validate: (v) => (v.trim() === '' || fs.existsSync(v.trim()) ? true : `there is no file ${v.trim()}`),
          });
    fromFlag = undefined;
    if (file.trim() === '' || file.trim().toLowerCase() === 'none') {
      ui.hint('No users imported: add them later with callplan import-users --csv FILE or callplan add-user.');
      return state;
    }
    try {
      const summary = await createUsers(deps.db, state.tenant, deps.clock, userRequests(file.trim(), { format: 'csv', stdin: deps.io.stdin }), {
        whatIf: false,
        continueOnError: false,
      });
      const failed = summary.page(0, 11, true);
      summary.close();
      if (!failed.length) {
        const created = summary.counts.Created ?? 0;
        ui.ok(`Imported ${plural(created, 'user')} from ${safeText(file.trim())}.`);
        return changed(state, `imported ${plural(created, 'user')}`);
      }
      const failures = summary.counts.Failed ?? failed.length;
      ui.note(`${plural(failures, 'row')} of ${safeText(file.trim())} failed, so nothing was imported (all or nothing):`);
      ui.say(
        render(
          failed.slice(0, 10).map((v) => ({ Row: v.row, UserPrincipalName: v.upn, ErrorId: v.errorId, Message: v.message })),
          { format: 'table', style: ui.style },
        ),
      );
      if (failures > 10) ui.hint(`… and ${failures - 10} more (callplan import-users --csv FILE --whatif lists them all).`);
    } catch (err) {
      ui.problem(err);
    }
  }
}

/** Needed units per grant for the users still unlicensed, and what is free: the default answers of the buy questions. */
function shortfall(deps: Deps, state: WizardState): Map<string, number> {
  const catalog = listSkus(deps.db);
  const units = skuUnits(deps.db, state.tenant.id);
  const { users, held } = unlicensed(deps, state);
  const need = new Map<string, number>();
  for (const grant of ['PhoneSystem', 'CallingPlan'] as const) {
    const lacking = users.filter((u) => !grants(catalog, held.get(u.id) ?? []).has(grant)).length;
    const free = units.filter((s) => s.grants.includes(grant)).reduce((n, s) => n + Math.max(0, s.active - s.consumed), 0);
    if (lacking > free) need.set(grant, lacking - free);
  }
  return need;
}

/** Buys units of one SKU through the licensing service; a refusal is shown, not thrown. */
function buy(state: WizardState, deps: Deps, sku: string, quantity: number): string | undefined {
  try {
    const r = changeUnits(deps.db, state.tenant, deps.clock, sku, quantity, 'buy', false);
    state.ui.ok(`Bought ${count(quantity)} ${r.sku.sku} (${safeText(r.sku.name)}): ${count(r.before)} → ${count(r.after)} units.`);
    return `bought ${quantity} ${r.sku.sku}`;
  } catch (err) {
    state.ui.problem(err);
    return undefined;
  }
}

/** Asks which licences to buy and how many (or takes --buy SKU=N,…). */
async function buyLicences(state: WizardState, deps: Deps): Promise<WizardState> {
  const { ui, answers } = state;
  const lines: string[] = [];
  if (answers.buy !== undefined) {
    if (isWord(answers.buy, 'none')) {
      ui.given('Buy licences:', false, 'none', '--buy');
      return state;
    }
    for (const pair of answers.buy) {
      const m = /^\s*([^=\s]+)\s*=\s*(\d+)\s*$/.exec(pair);
      if (!m) {
        ui.note(`--buy takes SKU=N pairs such as MCOEV=10, not '${safeText(pair)}'; skipped.`);
        continue;
      }
      ui.given('Buy:', pair, `${m[2]} ${m[1]!.toUpperCase()}`, '--buy');
      const done = buy(state, deps, m[1]!, Number(m[2]));
      if (done) lines.push(done);
    }
    return changed(state, ...lines);
  }
  let need = shortfall(deps, state);
  if (need.size) {
    const text = [...need].map(([g, n]) => `${n} more ${g === 'PhoneSystem' ? 'Phone System' : 'Calling Plan'}`).join(' and ');
    ui.note(`The users still to license need ${text} unit${[...need.values()].reduce((a, b) => a + b, 0) === 1 ? '' : 's'}.`);
  }
  let first = true;
  while (await ui.ask.confirm({ message: first ? 'Buy licences?' : 'Buy more licences?', default: need.size > 0 })) {
    first = false;
    const units = skuUnits(deps.db, state.tenant.id);
    const wanted = units.find((s) => s.grants.some((g) => need.has(g))) ?? units[0]!;
    const sku = await ui.ask.select<string>({
      message: 'Which licence?',
      choices: units.map((s) => ({
        name: `${s.sku.padEnd(18)} ${safeText(s.name)}`,
        value: s.sku,
        description: `${count(s.active)} bought, ${count(s.consumed)} assigned`,
      })),
      default: wanted.sku,
    });
    const chosen = units.find((s) => s.sku === sku)!;
    const suggested = chosen.grants.map((g) => need.get(g) ?? 0).reduce((a, b) => Math.max(a, b), 0);
    const quantity = await ui.ask.number({ message: `How many ${sku} units?`, default: suggested || 10, min: 1, max: MAX_QUANTITY });
    const done = buy(state, deps, sku, quantity);
    if (done) lines.push(done);
    need = shortfall(deps, state);
  }
  return changed(state, ...lines);
}

/** Picks the SKU giving `grant` (flag, the only one with free units, or asked). */
async function pickSku(state: WizardState, units: readonly SkuUnits[], grant: 'PhoneSystem' | 'CallingPlan', fromFlag: string | undefined): Promise<string> {
  const label = grant === 'PhoneSystem' ? 'Phone System licence:' : 'Calling Plan:';
  if (fromFlag) return state.ui.given(label, fromFlag, fromFlag, '--licenses');
  const options = units.filter((s) => s.grants.includes(grant) && (grant !== 'PhoneSystem' || !s.grants.includes('CallingPlan')));
  const withFree = options.filter((s) => s.active > s.consumed);
  if (options.length === 1 || withFree.length === 1) {
    const only = (withFree.length === 1 ? withFree : options)[0]!;
    state.ui.say(
      `${state.ui.style.ok('✔')} ${label} ${state.ui.style.accent(only.sku)} ${state.ui.style.dim(`(${withFree.length === 1 ? 'the only one with free units' : 'the only one'})`)}`,
    );
    return only.sku;
  }
  return state.ui.ask.select<string>({
    message: grant === 'PhoneSystem' ? 'Which Phone System licence?' : 'Which Calling Plan?',
    choices: options.map((s) => ({
      name: `${s.sku.padEnd(18)} ${safeText(s.name)}`,
      value: s.sku,
      description: `${count(Math.max(0, s.active - s.consumed))} of ${count(s.active)} free`,
    })),
    default: (withFree[0] ?? options[0])!.sku,
  });
}

/** Reads --licenses into the Phone System and Calling Plan SKUs it names. */
function licencesFlag(state: WizardState, catalog: readonly Sku[]): { PhoneSystem?: string; CallingPlan?: string } {
  const given = state.answers.licenses;
  if (!given) return {};
  const r = resolveSkuNames(catalog, given, 'Licenses');
  for (const p of r.problems) state.ui.note(`--licenses: ${p.message}`);
  const of = (g: string) => r.skus.find((sku) => catalog.find((s) => s.sku === sku)?.grants.includes(g as never));
  return { PhoneSystem: of('PhoneSystem'), CallingPlan: of('CallingPlan') };
}

/** The usage location for users that have none (--usage-location, else asked; the tenant's country by default). */
async function usageLocation(state: WizardState, count: number): Promise<string> {
  const { ui, answers } = state;
  if (answers.usageLocation !== undefined) {
    const r = parseCountryCode(answers.usageLocation);
    if ('code' in r) return ui.given('Usage location:', r.code, r.code, '--usage-location');
    ui.note(`--usage-location: ${r.message}`);
  }
  const typed = await ui.ask.input({
    message: `Usage location for the ${plural(count, 'user')} without one (ISO country code)`,
    default: state.tenant.country,
    validate: (v) => {
      const r = parseCountryCode(v);
      return 'code' in r ? true : r.message;
    },
  });
  const r = parseCountryCode(typed);
  return 'code' in r ? r.code : state.tenant.country;
}

/** Which users to license: --users (all, none, or UPNs), else a searchable checkbox. */
async function pickUsers(state: WizardState, deps: Deps, users: readonly ListedUser[], total: number, held: Map<number, string[]>): Promise<ListedUser[]> {
  const { ui, answers } = state;
  if (answers.users !== undefined) {
    if (isWord(answers.users, 'all')) return ui.given('Users:', [...users], `all ${users.length}`, '--users');
    if (isWord(answers.users, 'none')) return ui.given('Users:', [], 'none', '--users');
    const found = resolveUsers(deps.db, state.tenant.id, answers.users);
    answers.users.forEach((u, i) => found[i] || ui.note(`--users: there is no user '${safeText(u)}'; skipped.`));
    const picked = found.filter((u): u is NonNullable<typeof u> => u !== undefined).map((u) => users.find((x) => x.id === u.id) ?? { ...u, number: null });
    return ui.given('Users:', picked, picked.map((u) => u.upn).join(', ') || 'none', '--users');
  }
  if (total > users.length) ui.note(`Listing the first ${count(users.length)} of ${count(total)} users; for more use callplan set-user-license --csv FILE.`);
  const ids = await ui.ask.checkbox<number>({
    message: 'Users to give Phone System and a Calling Plan',
    search: true,
    choices: users.map((u) => ({
      name: `${safeText(u.upn)}  ${u.displayName !== u.upn ? safeText(u.displayName) : ''}`.trimEnd(),
      value: u.id,
      description: `usage location ${u.usageLocation ?? 'none'}; holds ${(held.get(u.id) ?? []).join(', ') || 'no licences'}`,
      checked: users.length <= 50,
    })),
  });
  return users.filter((u) => ids.includes(u.id));
}

/** Gives the picked users the Phone System and Calling Plan SKUs they lack; offers to buy what is missing. */
async function assignLicences(state: WizardState, deps: Deps): Promise<WizardState> {
  const { ui } = state;
  const { users, total, held: heldBefore } = unlicensed(deps, state);
  if (!users.length) {
    const { total: everyone } = queryUsers(deps.db, { tenantId: state.tenant.id, limit: 1, offset: 0 });
    if (everyone) ui.ok('Every user holds Phone System and a Calling Plan.');
    else ui.note('There are no users to license yet: add them (callplan import-users --csv FILE, or add-user), then run the wizard again.');
    return state;
  }
  ui.say(`${plural(total, 'user')} without Phone System and a Calling Plan.`);
  const picked = await pickUsers(state, deps, users, total, heldBefore);
  if (!picked.length) {
    ui.hint('No users picked: nobody gets a licence now.');
    return state;
  }
  // --users may name users who already hold some licences: what each one lacks is read for the picked users.
  const held = licensesOfUsers(
    deps.db,
    picked.map((u) => u.id),
  );
  const catalog = listSkus(deps.db);
  const units = skuUnits(deps.db, state.tenant.id);
  const flagged = licencesFlag(state, catalog);
  const lacks = (u: ListedUser, g: string) => !grants(catalog, held.get(u.id) ?? []).has(g as never);
  const ps = picked.some((u) => lacks(u, 'PhoneSystem')) ? await pickSku(state, units, 'PhoneSystem', flagged.PhoneSystem) : undefined;
  const cp = picked.some((u) => lacks(u, 'CallingPlan')) ? await pickSku(state, units, 'CallingPlan', flagged.CallingPlan) : undefined;

  let s = state;
  const homeless = picked.filter((u) => !u.usageLocation);
  if (homeless.length) {
    const code = await usageLocation(state, homeless.length);
    const { set, problems } = setUsageLocations(
      deps.db,
      state.tenant,
      deps.clock,
      homeless.map((u) => u.objectId),
      code,
    );
    problems.forEach((err) => ui.problem(err));
    if (set) {
      ui.ok(`Usage location ${code} set for ${plural(set, 'user')}.`);
      s = changed(s, `usage location ${code} for ${plural(set, 'user')}`);
    }
  }
  const requests: LicenseRequestRow[] = picked.map((u, i) => ({
    row: i + 1,
    identity: u.objectId,
    add: [...(ps && lacks(u, 'PhoneSystem') ? [ps] : []), ...(cp && lacks(u, 'CallingPlan') ? [cp] : [])],
    remove: [],
    problems: [],
  }));
  for (;;) {
    const run = await changeUserLicenses(deps.db, state.tenant, deps.clock, requests, { whatIf: false, continueOnError: false });
    const { counts, shortfall: missing } = run;
    const failedRows = run.page(0, 10, true);
    run.close();
    if (!counts.Failed) {
      const updated = counts.Updated ?? 0;
      ui.ok(`Gave ${[ps, cp].filter(Boolean).join(' + ')} to ${plural(updated, 'user')}.`);
      ui.say(licenceBars(skuUnits(deps.db, state.tenant.id), ui.style));
      return changed(s, `licensed ${plural(updated, 'user')} (${[ps, cp].filter(Boolean).join(', ')})`);
    }
    ui.note(`${plural(counts.Failed, 'user')} could not get the licences, so nobody did (all or nothing):`);
    ui.say(
      render(
        failedRows.map((v) => ({ Identity: v.identity, ErrorId: v.errorId, Message: v.message })),
        { format: 'table', style: ui.style },
      ),
    );
    if (!missing.size) {
      ui.hint('Nothing was given: fix what the rows say (callplan set-user-license) and run the wizard again.');
      return s;
    }
    const text = [...missing].map(([sku, n]) => `${n} ${sku}`).join(' and ');
    if (!(await ui.confirm(`Buy ${text} and try again?`))) return s;
    for (const [sku, n] of missing) {
      const done = buy(state, deps, sku, n);
      if (!done) return s;
      s = changed(s, done);
    }
  }
}

/** Step 1: users, licences bought and assigned. */
export const licensesStep: WizardStep = async (state, deps) => {
  const { ui } = state;
  let s = state;
  const { total } = queryUsers(deps.db, { tenantId: state.tenant.id, limit: 1, offset: 0 });
  if (total === 0) s = await importUsers(s, deps);
  ui.say(ui.style.bold('Licences (assigned of bought)'));
  ui.say(licenceBars(skuUnits(deps.db, state.tenant.id), ui.style));
  s = await buyLicences(s, deps);
  return assignLicences(s, deps);
};
