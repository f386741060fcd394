// Step 4: licensed users without a number get the next free numbers (or picked ones) and an emergency location found
// by city; the set-voice-user batch runs with -WhatIf first, the rows are shown, and only a confirmation applies them.
import type { Deps } from '../../deps.js';
import { render } from '../../output/render.js';
import { safeText } from '../../text/sanitize.js';
import { runVoiceBatch } from '../../services/voice.js';
import { addressLabel, listLocations, type StoredLocation } from '../../services/queries.js';
import { queryNumbers, type NumberRow } from '../../services/queries.js';
import { queryUsers, resolveUsers, type ListedUser } from '../../services/queries.js';
import type { BatchResult, RawRequest } from '../../store/voice-batch.js';
import type { Choice } from '../../prompts/prompter.js';
import { flagNumbers, isWord } from '../answers.js';
import { changed, type WizardState, type WizardStep } from '../state.js';
import { plural } from '../view.js';

const PICKER_LIMIT = 10_000;
/** Above this many numbers the per-user number question searches instead of listing. */
const SELECT_LIMIT = 15;

/** Which users get a number: --assign-users (all, none, UPNs), else a searchable checkbox. */
async function pickUsers(state: WizardState, deps: Deps, waiting: readonly ListedUser[], free: number): Promise<ListedUser[]> {
  const { ui, answers } = state;
  const given = answers.assignUsers;
  if (given !== undefined) {
    if (isWord(given, 'all')) return ui.given('Users:', [...waiting], `all ${waiting.length}`, '--assign-users');
    if (isWord(given, 'none')) return ui.given('Users:', [], 'none', '--assign-users');
    const found = resolveUsers(deps.db, state.tenant.id, given);
    given.forEach((u, i) => found[i] || ui.note(`--assign-users: there is no user '${safeText(u)}'; skipped.`));
    const picked = found.flatMap((u) => (u ? [waiting.find((w) => w.id === u.id) ?? { ...u, number: null }] : []));
    return ui.given('Users:', picked, picked.map((u) => u.upn).join(', ') || 'none', '--assign-users');
  }
  const ids = await ui.ask.checkbox<number>({
    message: 'Users to give a number',
    search: true,
    choices: waiting.map((u, i) => ({
      name: `${safeText(u.upn)}  ${u.displayName !== u.upn ? safeText(u.displayName) : ''}`.trimEnd(),
      value: u.id,
      description: `usage location ${u.usageLocation ?? 'none'}`,
      checked: i < free,
    })),
  });
  return waiting.filter((u) => ids.includes(u.id));
}

/** The numbers: 'next' (the batch's --next-free) or one picked per user. */
async function pickNumbers(state: WizardState, users: readonly ListedUser[], free: readonly NumberRow[]): Promise<'next' | Map<number, string>> {
  const { ui, answers } = state;
  const given = answers.assignNumbers;
  let mode: 'next' | 'pick';
  if (given !== undefined && (isWord(given, 'next-free') || isWord(given, 'next')))
    mode = ui.given('Numbers:', 'next', 'the next free ones', '--assign-numbers');
  else if (given !== undefined) {
    const digits = flagNumbers('--assign-numbers', given);
    ui.given('Numbers:', null, digits.map((d) => `+${d}`).join(', '), '--assign-numbers');
    if (digits.length !== users.length)
      ui.note(`--assign-numbers lists ${plural(digits.length, 'number')} for ${plural(users.length, 'user')}; the users without one get the next free number.`);
    return new Map(users.flatMap((u, i) => (digits[i] ? [[u.id, digits[i]] as [number, string]] : [])));
  } else {
    const first = free
      .slice(0, 2)
      .map((n) => `+${n.number}`)
      .join(', ');
    mode = await ui.ask.select<'next' | 'pick'>({
      message: 'Which numbers?',
      choices: [
        { name: `The next free numbers, in number order (${first}${free.length > 2 ? ', …' : ''})`, value: 'next' },
        { name: 'Pick a number for each user', value: 'pick' },
      ],
      default: 'next',
    });
  }
  if (mode === 'next') return 'next';
  const chosen = new Map<number, string>();
  for (const u of users) {
    const open = free.filter((n) => n.country === u.usageLocation && ![...chosen.values()].includes(n.number));
    if (!open.length) {
      ui.note(`No unassigned ${u.usageLocation ?? ''} number left for ${safeText(u.upn)}; it gets none now.`);
      continue;
    }
    const choices: Choice<string>[] = open.map((n) => ({ name: `+${n.number}`, value: n.number, description: n.cityCode ?? '' }));
    const message = `Number for ${safeText(u.upn)}`;
    const d =
      open.length > SELECT_LIMIT
        ? await ui.ask.search<string>({
            message: `${message} (type digits to search)`,
            source: (term) => choices.filter((c) => c.value.includes(term.replace(/[^\d]/g, ''))),
          })
        : await ui.ask.select<string>({ message, choices, default: open[0]!.number });
    chosen.set(u.id, d);
  }
  return chosen;
}

const locationName = (l: StoredLocation) =>
  `${safeText(l.address.city)} — ${safeText(addressLabel(l.address))} · ${l.isDefault ? 'default location' : safeText(l.location)}`;

/** One emergency location per country of the users: --location-id, else searched by city; outside the US the numbers' own may stay. */
async function pickLocations(state: WizardState, deps: Deps, countries: readonly string[]): Promise<Map<string, string | undefined> | undefined> {
  const { ui, answers } = state;
  const out = new Map<string, string | undefined>();
  for (const country of countries) {
    const locations = listLocations(deps.db, state.tenant.id, { country, validationStatus: 'Validated' }).rows;
    const flagged = answers.locationIds?.map((id) => locations.find((l) => l.locationId === id.trim().toLowerCase())).find(Boolean);
    if (flagged) {
      out.set(country, ui.given(`Emergency location (${country}):`, flagged.locationId, locationName(flagged), '--location-id'));
      continue;
    }
    if (answers.locationIds?.length && country === 'US') ui.note(`--location-id names no validated ${country} location of this tenant.`);
    if (!locations.length) {
      if (country === 'US') {
        ui.note('US numbers need an emergency location, and the tenant has no validated US address: add one (step 3), then run the wizard again.');
        return undefined;
      }
      out.set(country, undefined);
      continue;
    }
    const keep: Choice<string>[] = country === 'US' ? [] : [{ name: 'The location each number came with', value: '' }];
    const toChoice = (l: StoredLocation): Choice<string> => ({ name: locationName(l), value: l.locationId, description: l.locationId });
    const id = await ui.ask.search<string>({
      message: `Emergency location for the ${country} users (type a city to search)`,
      source: (term) => {
        const t = term.trim().toLowerCase();
        const hits = locations.filter((l) => !t || l.address.city.toLowerCase().includes(t) || l.location.toLowerCase().includes(t));
        return [...(t ? [] : keep), ...hits.map(toChoice)];
      },
    });
    out.set(country, id || undefined);
  }
  return out;
}

/** The result rows of the batch as the admin sees them (the location by its city and name; messages of failed rows). */
function rowsText(state: WizardState, deps: Deps, rows: readonly BatchResult[], upnOf: Map<string, string>): string {
  const names = new Map(
    listLocations(deps.db, state.tenant.id, {}).rows.map((l) => [l.locationId, `${l.address.city} · ${l.isDefault ? 'default location' : l.location}`]),
  );
  const failed = rows.some((r) => r.status === 'Failed');
  return render(
    rows.map((r) => ({
      User: upnOf.get(r.identity) ?? r.identity,
      TelephoneNumber: r.number ?? '',
      EmergencyLocation: r.locationId ? (names.get(r.locationId) ?? r.locationId) : "the number's own",
      Result: r.status,
      ...(failed ? { Message: r.status === 'Failed' ? `${r.errorId ?? ''}: ${r.message ?? ''}` : '' } : {}),
    })),
    { format: 'table', style: state.ui.style },
  );
}

/** Step 4: assign numbers and emergency locations. */
export const assignStep: WizardStep = async (state, deps) => {
  const { ui } = state;
  const { rows: waiting, total } = queryUsers(deps.db, { tenantId: state.tenant.id, licensed: true, hasNumber: false, limit: PICKER_LIMIT, offset: 0 });
  const free = queryNumbers(deps.db, { tenantId: state.tenant.id, isNotAssigned: true, numberTypes: ['User'], activationState: 'Activated', limit: 5000 });
  ui.say(`${plural(total, 'licensed user')} without a number; ${plural(free.length, 'unassigned user number')}.`);
  if (!total) {
    ui.ok('Every licensed user has a number.');
    return state;
  }
  if (!free.length) {
    ui.note('The tenant has no unassigned user numbers: get some first (step "Get phone numbers").');
    return state;
  }
  const users = await pickUsers(state, deps, waiting, free.length);
  if (!users.length) {
    ui.hint('No users picked: no numbers assigned now.');
    return state;
  }
  const numbers = await pickNumbers(state, users, free);
  const countries = [...new Set(users.map((u) => u.usageLocation ?? state.tenant.country))].sort();
  const locations = await pickLocations(state, deps, countries);
  if (!locations) return state;

  const upnOf = new Map(users.map((u) => [u.objectId, u.upn]));
  const request = (u: ListedUser, i: number, number?: string): RawRequest => ({
    row: i + 1,
    identity: u.objectId,
    number: number === undefined ? undefined : `+${number}`,
    location: locations.get(u.usageLocation ?? state.tenant.country),
    force: false,
  });
  const planned = users.map((u, i) => request(u, i, numbers === 'next' ? undefined : numbers.get(u.id)));
  try {
    // -WhatIf first: the same batch the command runs, nothing written.
    const preview = await runVoiceBatch(deps.db, state.tenant, deps.clock(), planned, {
      whatIf: true,
      continueOnError: false,
      nextFree: planned.some((r) => r.number === undefined) ? {} : undefined,
    });
    const rows = preview.page(0, PICKER_LIMIT);
    preview.close();
    ui.say(ui.style.bold('What if:'));
    ui.say(rowsText(state, deps, rows, upnOf).trimEnd());
    const failed = preview.counts.Failed ?? 0;
    const good = rows.filter((r) => r.status === 'Skipped' || r.status === 'WhatIf');
    if (!good.length) {
      ui.note('Every row would fail, so nothing is changed. Fix what the rows say and run the wizard again.');
      return state;
    }
    const question = failed
      ? `${plural(failed, 'row')} would fail. Assign the other ${plural(good.length, 'number')} anyway?`
      : `Assign ${plural(good.length, 'number')} as shown?`;
    if (!(await ui.confirm(question, failed === 0))) {
      ui.hint('Nothing assigned.');
      return state;
    }
    // Apply exactly what was shown: the previewed numbers, not a new next-free pick.
    const shown = new Map(rows.map((r) => [r.row, r]));
    const apply = planned.filter((r) => shown.get(r.row)?.status !== 'Failed').map((r) => ({ ...r, number: shown.get(r.row)?.number ?? r.number }));
    const result = await runVoiceBatch(deps.db, state.tenant, deps.clock(), apply, { whatIf: false, continueOnError: false });
    const done = result.page(0, PICKER_LIMIT);
    result.close();
    ui.say(rowsText(state, deps, done, upnOf).trimEnd());
    const assigned = result.counts.Assigned ?? 0;
    if (result.applied && assigned)
      ui.ok(`Assigned ${plural(assigned, 'number')}; enterprise voice is on for ${assigned === 1 ? 'that user' : 'those users'}.`);
    else ui.note('Nothing was assigned: the numbers changed since the preview. Run the step again.');
    return assigned ? changed(state, `assigned ${plural(assigned, 'number')}`) : state;
  } catch (err) {
    ui.problem(err);
    return state;
  }
};
