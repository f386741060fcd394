// Step 2: country -> state -> city from the catalog, inventory type, quantity (with the quota left), reserve; pick the
// numbers to acquire while the hold's time left is shown; acquire them (the rest go back). An expired hold is said so
// and a new search offered. Outside the US the reservation names a validated address of the same country.
import { count } from '../../text/count.js';
import type { Deps } from '../../deps.js';
import { filterCities, resolveCity } from '../../domain/places.js';
import { typeQuota } from '../../domain/quota.js';
import type { NumberType } from '../../domain/reservation.js';
import { CancelledError, OperationError } from '../../errors.js';
import { bar } from '../../output/bars.js';
import { safeText } from '../../text/sanitize.js';
import { acquire, clearReservation } from '../../services/acquire.js';
import { reserve, type ReserveResult } from '../../services/reserve.js';
import { addressLabel, listAddresses } from '../../services/queries.js';
import { getLimits, listAreas, listCountries } from '../../services/queries.js';
import { collectFigures, type StatusFigures } from '../../services/queries.js';
import { countFree } from '../../services/queries.js';
import { listPlaces, type Place } from '../../services/queries.js';
import { iso } from '../../clock.js';
import { flagNumbers, isWord, type WizardAnswers } from '../answers.js';
import { changed, type WizardState, type WizardStep } from '../state.js';
import { holdLeft, plural } from '../view.js';
import { addAddress } from './3-addresses.js';

/** One search, as answered. */
interface Search {
  inventoryType: 'Subscriber' | 'Service';
  tollFree: boolean;
  city: Place;
  quantity: number;
  civicAddressId: string | undefined;
}

const typeOf = (s: Pick<Search, 'inventoryType' | 'tollFree'>): NumberType => (s.inventoryType === 'Subscriber' ? 'User' : s.tollFree ? 'TollFree' : 'Toll');
const typeLabel = (t: NumberType) => (t === 'User' ? 'user' : t === 'Toll' ? 'toll' : 'toll-free');

/** The held-of-allowed line for a number type; returns how many more the quota allows, and the figures it read. */
function quotaLeft(state: WizardState, deps: Deps, type: NumberType): { left: number; figures: StatusFigures } {
  const f = collectFigures(deps.db, state.tenant, iso(deps.clock()));
  const held = type === 'User' ? f.userNumbersHeld : type === 'Toll' ? f.tollHeld : f.tollFreeHeld;
  const { allowed, rule } = typeQuota(type, { callingPlan: f.callingPlanUnits, service: f.serviceUnits, credits: 0 }, getLimits(deps.db));
  const { ui } = state;
  ui.say(
    `  ${`${typeLabel(type)[0]!.toUpperCase()}${typeLabel(type).slice(1)} numbers held`.padEnd(28)} ${bar(held, allowed, ui.style, 20)} ${ui.style.dim(`allowed: ${rule}`)}`,
  );
  return { left: Math.max(0, allowed - held), figures: f };
}

/**
 * Asks for one search. Flags answer their questions in the first round; later rounds (after a refusal or an expired
 * hold) ask again with the previous answers as defaults. Undefined when the admin gives up.
 */
async function askSearch(state: WizardState, deps: Deps, previous: Search | undefined): Promise<{ search?: Search; state: WizardState }> {
  const { ui } = state;
  const a: Partial<WizardAnswers> = previous ? {} : state.answers;
  let s = state;
  const inventoryType =
    a.inventoryType !== undefined
      ? ui.given('Inventory type:', a.inventoryType, a.inventoryType, '--inventory-type')
      : await ui.ask.select<'Subscriber' | 'Service'>({
          message: 'Inventory type',
          choices: [
            { name: 'Subscriber  user numbers, for people', value: 'Subscriber' },
            { name: 'Service     toll / toll-free numbers for conference bridges, auto attendants, call queues', value: 'Service' },
          ],
          default: previous?.inventoryType ?? 'Subscriber',
        });
  let tollFree = false;
  if (inventoryType === 'Service') {
    tollFree =
      a.tollFree !== undefined
        ? ui.given('Toll-free:', a.tollFree, a.tollFree ? 'yes' : 'no (toll)', '--toll-free')
        : await ui.ask.select<boolean>({
            message: 'Toll or toll-free?',
            choices: [
              { name: 'Toll', value: false },
              { name: 'Toll-free (needs Communications Credits)', value: true },
            ],
            default: previous?.tollFree ?? false,
          });
  }
  const places = listPlaces(deps.db);
  // A city flag may settle country and area too (a full code such as NOAM-US-WA-RD).
  let city: Place | undefined;
  if (a.city !== undefined) {
    const r = resolveCity(places, { country: a.country, area: a.area, city: a.city });
    if (r.ok) city = ui.given('City:', r.city, `${r.city.name}, ${r.city.areaName}, ${r.city.countryName} (${r.city.code})`, '--city');
    else ui.note(`--city: ${r.message}`);
  }
  if (!city) {
    const countries = listCountries(deps.db);
    let country: string | undefined;
    if (a.country !== undefined) {
      const hit = countries.find((c) => c.code.toLowerCase() === a.country!.toLowerCase() || c.name.toLowerCase() === a.country!.toLowerCase());
      if (hit) country = ui.given('Country or region:', hit.code, `${hit.name} (${hit.code})`, '--country');
      else ui.note(`--country: the catalog has no country '${safeText(a.country)}'.`);
    }
    country ??= await ui.ask.select<string>({
      message: 'Country or region',
      choices: countries.map((c) => ({ name: `${c.code}  ${c.name}`, value: c.code, description: `${c.region}, +${c.dialCode}` })),
      default: previous?.city.country ?? (countries.some((c) => c.code === state.tenant.country) ? state.tenant.country : countries[0]!.code),
    });
    const areas = listAreas(deps.db).filter((x) => x.country === country);
    let area: string | undefined;
    if (a.area !== undefined) {
      const hit = areas.find((x) => x.code.toLowerCase() === a.area!.toLowerCase() || x.name.toLowerCase() === a.area!.toLowerCase());
      if (hit) area = ui.given('State or region:', hit.code, `${hit.name} (${hit.code})`, '--area');
      else ui.note(`--area: ${country} has no area '${safeText(a.area)}'.`);
    }
    if (!area && areas.length === 1) area = areas[0]!.code;
    area ??= await ui.ask.select<string>({
      message: 'State or region',
      choices: areas.map((x) => ({ name: `${x.code.padEnd(4)} ${x.name}`, value: x.code })),
      default: previous?.city.country === country ? previous.city.area : undefined,
    });
    const cities = filterCities(places, { country, area });
    const type = typeOf({ inventoryType, tollFree });
    city =
      cities.length === 1
        ? cities[0]!
        : await ui.ask.select<Place>({
            message: 'City',
            choices: cities.map((c) => ({
              name: `${c.name.padEnd(16)} ${c.code}`,
              value: c,
              description: `${count(countFree(deps.db, { cityCode: c.code, numberType: type }))} free ${typeLabel(type)} numbers; area codes ${c.areaCodes.join(', ')}`,
            })),
            default: cities.find((c) => c.code === previous?.city.code),
          });
  }
  const type = typeOf({ inventoryType, tollFree });
  const { left, figures: f } = quotaLeft(state, deps, type);
  const free = countFree(deps.db, { cityCode: city.code, numberType: type });
  const limits = getLimits(deps.db);
  const most = Math.max(1, Math.min(left || limits.maxNumbersPerSearch, limits.maxNumbersPerSearch, free || 1));
  if (left === 0) ui.note(`The quota allows no more ${typeLabel(type)} numbers; the reservation will be refused until more licences are bought (step 1).`);
  const quantity =
    a.quantity !== undefined
      ? ui.given('Quantity:', a.quantity, String(a.quantity), '--quantity')
      : await ui.ask.number({
          message: `How many numbers? (${count(left)} more allowed, ${count(free)} free in ${city.name})`,
          default: previous?.quantity ?? Math.max(1, Math.min(type === 'User' ? f.licensedUsersWithoutNumber || 5 : 1, most)),
          min: 1,
          max: most,
        });
  let civicAddressId: string | undefined;
  if (city.country !== 'US') {
    ui.hint(`Numbers in ${city.countryName} come with an emergency address: pick a validated ${city.country} address.`);
    if (a.civicAddressId !== undefined) civicAddressId = ui.given('Emergency address:', a.civicAddressId, a.civicAddressId, '--civic-address-id');
    else {
      let addresses = listAddresses(deps.db, state.tenant.id, { country: city.country, validationStatus: 'Validated' }).rows;
      if (!addresses.length) {
        ui.note(`The tenant has no validated ${city.countryName} address yet.`);
        if (!(await ui.ask.confirm({ message: `Add a ${city.countryName} address now?`, default: true }))) return { state: s };
        const r = await addAddress(s, deps, { useFlags: false, country: city.country });
        s = r.state;
        if (!r.address) return { state: s };
        addresses = [{ ...r.address, voiceUsers: 0, telephoneNumbers: 0 }];
      }
      civicAddressId =
        addresses.length === 1
          ? ui.given('Emergency address:', addresses[0]!.civicAddressId, addressLabel(addresses[0]!), 'the only one')
          : await ui.ask.select<string>({
              message: 'Emergency address the numbers come with',
              choices: addresses.map((x) => ({
                name: safeText(addressLabel(x)),
                value: x.civicAddressId,
                description: x.description ? safeText(x.description) : x.civicAddressId,
              })),
              default: previous?.civicAddressId,
            });
    }
  }
  return { search: { inventoryType, tollFree, city, quantity, civicAddressId }, state: s };
}

/** Gives a reservation's numbers back (Ctrl+C or nothing picked); a hold that already ended needs nothing. */
function release(state: WizardState, deps: Deps, r: ReserveResult): void {
  try {
    clearReservation(deps.db, state.tenant, deps.clock(), { reservationId: r.reservationId!, whatIf: false });
  } catch {
    // Already acquired, cleared or expired: the numbers are not held any more either way.
  }
}

/** Which reserved numbers to acquire: --acquire (all, or a list), else a checkbox whose message counts the hold down. */
async function pickNumbers(state: WizardState, deps: Deps, r: ReserveResult, fromFlag: string[] | undefined): Promise<string[]> {
  const { ui } = state;
  if (fromFlag !== undefined) {
    if (isWord(fromFlag, 'all')) return ui.given('Acquire:', r.numbers, `all ${r.numbers.length}`, '--acquire');
    const digits = flagNumbers('--acquire', fromFlag);
    const held = digits.filter((d) => r.numbers.includes(d));
    digits.forEach((d) => held.includes(d) || ui.note(`--acquire: +${d} is not in this reservation; skipped.`));
    return ui.given('Acquire:', held, held.map((d) => `+${d}`).join(', ') || 'none', '--acquire');
  }
  const message = () => `Numbers to acquire — hold ${holdLeft(r, deps.clock())}`;
  return ui.ask.checkbox<string>({
    message: message(),
    live: message,
    choices: r.numbers.map((d) => ({ name: `+${d}`, value: d, checked: true })),
  });
}

/** Step 2: reserve and acquire numbers. */
export const numbersStep: WizardStep = async (state, deps) => {
  const { ui } = state;
  let s = state;
  let previous: Search | undefined;
  for (;;) {
    const asked = await askSearch(s, deps, previous);
    s = asked.state;
    const search = asked.search;
    if (!search) return s;
    const flags = previous ? undefined : state.answers.acquire;
    previous = search;
    let r: ReserveResult;
    try {
      r = reserve(deps.db, s.tenant, deps.clock(), {
        inventoryType: search.inventoryType,
        tollFree: search.tollFree,
        city: search.city.code,
        quantity: search.quantity,
        civicAddressId: search.civicAddressId,
        whatIf: false,
      });
    } catch (err) {
      ui.problem(err);
      if (await ui.ask.confirm({ message: 'Search again?', default: true })) continue;
      return s;
    }
    ui.ok(
      `Reserved ${plural(r.numbers.length, `${typeLabel(r.numberType)} number`)} in ${r.city.name} (${r.city.code}), held until ${r.expiresAt.slice(11, 19)} UTC — ${holdLeft(r, deps.clock())}.`,
    );
    let picked: string[];
    try {
      picked = await pickNumbers(s, deps, r, flags);
    } catch (err) {
      if (err instanceof CancelledError) {
        release(s, deps, r);
        throw new CancelledError(`Cancelled; the ${plural(r.numbers.length, 'reserved number')} went back to the pool.`);
      }
      throw err;
    }
    if (!picked.length) {
      release(s, deps, r);
      ui.hint(`Nothing acquired: the ${plural(r.numbers.length, 'reserved number')} went back to the pool.`);
      return s;
    }
    try {
      const all = picked.length === r.numbers.length;
      const done = acquire(deps.db, s.tenant, deps.clock(), { reservationId: r.reservationId!, numbers: all ? undefined : picked, all, whatIf: false });
      const list = done.acquired.map((n) => `+${n.number}`);
      ui.ok(`Acquired ${plural(list.length, 'number')}: ${list.slice(0, 6).join(', ')}${list.length > 6 ? ` and ${list.length - 6} more` : ''}.`);
      if (done.released) ui.hint(`${plural(done.released, 'other number')} went back to the pool.`);
      return changed(s, `acquired ${plural(list.length, `${typeLabel(r.numberType)} number`)} in ${r.city.name}`);
    } catch (err) {
      if (err instanceof OperationError && err.errorId === 'ReservationExpired') {
        ui.say(ui.problemText(err));
        ui.note(`The ${getLimits(deps.db).reservationMinutes}-minute hold ran out before the numbers were acquired, so they went back to the pool.`);
        if (await ui.confirm('Start a new search?')) continue;
        return s;
      }
      release(s, deps, r);
      ui.problem(err);
      return s;
    }
  }
};
