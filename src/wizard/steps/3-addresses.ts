// Step 3: the address form, validation with its corrections old -> new, save, and named locations inside the address.
// Validation is the domain's validateAddress; saving is the addresses/locations services (one transaction each).
import { iso } from '../../clock.js';
import { verdictText } from '../../cmdlets/address/shared/display.js';
import { addressFromOptions, cleanText } from '../../cmdlets/address/shared/input.js';
import type { Deps } from '../../deps.js';
import { addressProperties, type AddressFields } from '../../domain/address/fields.js';
import { validateAddress } from '../../domain/address/validate.js';
import { safeText } from '../../text/sanitize.js';
import { createAddress, type ChangeContext } from '../../services/addresses.js';
import { addLocation } from '../../services/locations.js';
import { addressLabel, listAddresses, type StoredAddress } from '../../services/queries.js';
import { gazetteerReader } from '../../services/queries.js';
import { ADDRESS_FORM, ADDRESS_OPTION, type AddressFormField } from '../answers.js';
import { changed, type WizardState, type WizardStep } from '../state.js';
import { plural } from '../view.js';

/** The wizard flag of a form field: ADDRESS_OPTION's option key in kebab case (addressCity -> --address-city). */
const flagOf = (field: AddressFormField): string => `--${ADDRESS_OPTION[field].replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Fields the form will not leave empty (validation says why the others matter). */
const REQUIRED: ReadonlySet<AddressFormField> = new Set(['companyName', 'countryOrRegion', 'streetName', 'city']);

const context = (state: WizardState, deps: Deps, parameters: Record<string, unknown>, operation: string): ChangeContext => ({
  db: deps.db,
  tenantId: state.tenant.id,
  now: iso(deps.clock()),
  operation,
  parameters: { ...parameters, Via: 'wizard' },
  whatIf: false,
});

/**
 * Asks the form's fields: flags answer theirs the first time, and when any address flag is given the flags describe
 * the address, so the fields without one keep their defaults instead of being asked. Later rounds (after a rejection)
 * ask every field, starting from the last values.
 */
async function askForm(
  state: WizardState,
  deps: Deps,
  values: Record<AddressFormField, string>,
  flags: Partial<Record<AddressFormField, string>>,
  fixedCountry: string | undefined,
): Promise<void> {
  const { ui } = state;
  const countries = gazetteerReader(deps.db).countries();
  for (const [field, label] of ADDRESS_FORM) {
    if (field === 'countryOrRegion' && fixedCountry) {
      values[field] = fixedCountry;
      continue;
    }
    const flagged = flags[field];
    if (flagged !== undefined) {
      values[field] = ui.given(`${label}:`, flagged, flagged || '(empty)', flagOf(field));
      continue;
    }
    if (Object.keys(flags).length) {
      ui.given(`${label}:`, null, values[field] || '(empty)', 'default');
      continue;
    }
    if (field === 'countryOrRegion') {
      const known = countries.find((c) => c.code === values[field].toUpperCase());
      values[field] = await ui.ask.select<string>({
        message: label,
        choices: countries.map((c) => ({ name: `${c.code}  ${c.name}`, value: c.code })),
        default: known?.code ?? countries[0]?.code,
      });
      continue;
    }
    values[field] = await ui.ask.input({
      message: label,
      default: values[field] || undefined,
      validate: (v) => (REQUIRED.has(field) && v.trim() === '' ? `${label} is needed.` : true),
    });
  }
}

/**
 * The address form: validate, show the verdict (corrections old -> new), confirm, save. A rejected address shows the
 * reasons and hints; the admin edits the fields and tries again, saves it as not validated, or skips.
 * Returns the saved address (undefined when none was saved, or when it was saved as not validated).
 */
export async function addAddress(
  state: WizardState,
  deps: Deps,
  opts: { useFlags: boolean; country?: string | undefined },
): Promise<{ state: WizardState; address?: StoredAddress | undefined }> {
  const { ui } = state;
  const values = Object.fromEntries(ADDRESS_FORM.map(([f]) => [f, ''])) as Record<AddressFormField, string>;
  values.companyName = state.tenant.name;
  values.countryOrRegion = opts.country ?? state.tenant.country;
  let flags = opts.useFlags ? state.answers.address : {};
  for (;;) {
    await askForm(state, deps, values, flags, opts.country);
    flags = {};
    let input: AddressFields;
    try {
      input = addressFromOptions(values);
    } catch (err) {
      ui.problem(err);
      continue;
    }
    const verdict = validateAddress(input, gazetteerReader(deps.db));
    ui.say('');
    ui.say(verdictText(verdict, ui.style).trimEnd());
    const parameters = Object.fromEntries(Object.entries(addressProperties(input)).filter(([, v]) => v !== '' && v !== null));
    if (verdict.result === 'Rejected') {
      const next = await ui.ask.select<'edit' | 'unvalidated' | 'skip'>({
        message: 'The address was rejected. What now?',
        choices: [
          { name: 'Edit the fields and validate again', value: 'edit' },
          { name: 'Save it as not validated (it cannot be assigned until it passes: callplan test-address --civic-address-id)', value: 'unvalidated' },
          { name: 'Skip: add no address now', value: 'skip' },
        ],
        default: 'edit',
      });
      if (next === 'edit') continue;
      if (next === 'skip') return { state };
      try {
        const saved = createAddress(context(state, deps, parameters, 'New-CsOnlineLisCivicAddress'), input, 'NotValidated', verdict);
        ui.note(`Saved as not validated: ${saved.civicAddressId}. It cannot be assigned until it is validated.`);
        return { state: changed(state, `address ${addressLabel(saved)} (not validated)`) };
      } catch (err) {
        ui.problem(err);
        return { state };
      }
    }
    ui.say(`  ${ui.style.bold('Address')}  ${safeText(addressLabel(verdict.address))}`);
    if (!(await ui.confirm('Save this address?'))) {
      if (await ui.ask.confirm({ message: 'Edit the fields?', default: true })) continue;
      return { state };
    }
    try {
      const saved = createAddress(context(state, deps, parameters, 'New-CsOnlineLisCivicAddress'), verdict.address, 'Validated', verdict);
      ui.ok(`Saved ${saved.civicAddressId} ${ui.style.dim(`(default location ${saved.defaultLocationId})`)}`);
      return { state: changed(state, `address ${addressLabel(saved)}`), address: saved };
    } catch (err) {
      ui.problem(err);
      return { state };
    }
  }
}

/** Adds named locations to an address (--location NAME;NAME, else asked until an empty answer). */
async function addLocations(state: WizardState, deps: Deps, address: StoredAddress, useFlags: boolean): Promise<WizardState> {
  const { ui } = state;
  let s = state;
  const add = (name: string) => {
    try {
      const clean = cleanText('Location', name);
      const l = addLocation(
        context(state, deps, { CivicAddressId: address.civicAddressId, Location: clean }, 'New-CsOnlineLisLocation'),
        address.civicAddressId,
        clean,
        '',
      );
      ui.ok(`Location '${safeText(l.location)}' ${ui.style.dim(l.locationId)}`);
      s = changed(s, `location '${l.location}'`);
    } catch (err) {
      ui.problem(err);
    }
  };
  if (useFlags && state.answers.locations !== undefined) {
    ui.given('Locations:', null, state.answers.locations.join('; ') || 'none', '--location');
    for (const name of state.answers.locations) add(name);
    return s;
  }
  ui.hint('Locations are named places inside the address (a building, a floor); users can be given one as their emergency location.');
  for (;;) {
    const name = await ui.ask.input({ message: 'Add a location, e.g. "Building 64, Floor 1" (empty to finish)' });
    if (name.trim() === '') return s;
    add(name);
  }
}

/** Step 3: emergency addresses and their locations. */
export const addressesStep: WizardStep = async (state, deps) => {
  const { ui } = state;
  const { rows, total } = listAddresses(deps.db, state.tenant.id, { limit: 5 });
  if (total) {
    ui.say(`${plural(total, 'address', 'addresses')} so far:`);
    for (const a of rows)
      ui.say(
        `  ${a.validationStatus === 'Validated' ? ui.style.ok('✔') : ui.style.warn('○')} ${safeText(addressLabel(a))} ${ui.style.dim(a.validationStatus)}`,
      );
    if (total > rows.length) ui.hint(`  … and ${total - rows.length} more (callplan get-address).`);
  }
  ui.hint('A new address is validated before it is saved; corrections are shown old → new.');
  let s = state;
  let first = true;
  for (;;) {
    const r = await addAddress(s, deps, { useFlags: first });
    s = r.state;
    if (r.address) s = await addLocations(s, deps, r.address, first);
    const byFlags = first && Object.keys(state.answers.address).length > 0;
    first = false;
    if (byFlags || !(await ui.ask.confirm({ message: 'Add another address?', default: false }))) return s;
  }
};
