// Step 3 with a scripted prompter: the address form, a rejected address (reason + hint) corrected by editing, the
// corrections old -> new before saving, and named locations.
import { describe, expect, it } from 'vitest';
import { newStore, peek } from '../helpers/store.js';
import { runScripted } from './harness.js';
import { ask, type Scripted } from './scripted.js';

/** The form's questions in order, with answers (undefined keeps the default). */
const form = (a: {
  company?: string;
  country?: string;
  house?: string;
  street?: string;
  suffix?: string;
  city?: string;
  state?: string;
  postal?: string;
  description?: string;
}): Scripted[] => [
  ask.input('Company name', a.company),
  ask.select('Country or region', a.country),
  ask.input('House number', a.house),
  ask.input('Street name', a.street),
  ask.input('Street suffix', a.suffix),
  ask.input(/^City$/, a.city),
  ask.input('State or province', a.state),
  ask.input('Postal code', a.postal),
  ask.input('Description', a.description),
];

const addresses = (store: string) =>
  peek<{ street: string; city: string; state: string; status: string }>(
    store,
    'SELECT street_name AS street, city, state_or_province AS state, validation_status AS status FROM addresses ORDER BY id',
  );

describe('wizard step 3: addresses', () => {
  it('a rejected address shows the reason and hint; edited, it is accepted with changes shown old -> new, saved, and gets a location', async () => {
    const store = newStore();
    const run = await runScripted(
      store,
      [
        ...form({ house: '3910', street: '148', suffix: 'Ave', city: 'Redmund', state: 'Washington', postal: '98052', description: 'HQ' }),
        ask.select('The address was rejected. What now?', 'edit'),
        // Every field comes back with the last answer as its default; only the street changes.
        ...form({ street: '148th' }),
        ask.confirm('Save this address?', true),
        ask.input('Add a location', 'Building 64, Floor 1'),
        ask.input('Add a location', ''),
        ask.confirm('Add another address?', false),
      ],
      { flags: ['--step', '3'] },
    );
    expect(run.exitCode).toBe(0);
    const text = run.text;
    expect(text).toContain('Rejected\n  StreetNumberNeedsOrdinal');
    expect(text).toContain('Hint: write 148th (-StreetName 148th).');
    expect(text).toContain('Accepted with changes\nAddress was updated:');
    expect(text).toMatch(/StateOrProvince\s+Washington → WA/);
    expect(text).toMatch(/City\s+Redmund → Redmond/);
    expect(text).toContain('Address  3910 148th Ave, Redmond, WA 98052, US');
    expect(text).toContain("Location 'Building 64, Floor 1'");
    // The corrections come before the save question.
    expect(text.indexOf('Redmund → Redmond')).toBeLessThan(text.indexOf('? Save this address?'));
    expect(addresses(store)).toEqual([{ street: '148th', city: 'Redmond', state: 'WA', status: 'Validated' }]);
    expect(peek(store, 'SELECT location, is_default AS d FROM locations ORDER BY id')).toEqual([
      { location: '', d: 1 },
      { location: 'Building 64, Floor 1', d: 0 },
    ]);
    expect(
      peek<{ operation: string }>(store, "SELECT operation FROM audit_log WHERE operation LIKE 'New-CsOnlineLis%' ORDER BY id").map((r) => r.operation),
    ).toEqual(['New-CsOnlineLisCivicAddress', 'New-CsOnlineLisLocation']);
  });

  it('a rejected address is saved as not validated only when the admin asks for it', async () => {
    const store = newStore();
    const run = await runScripted(
      store,
      [
        ...form({ street: 'Main', city: 'Nowhereville', state: 'WA' }),
        ask.select('The address was rejected', 'unvalidated'),
        ask.confirm('Add another address?', false),
      ],
      { flags: ['--step', '3'] },
    );
    expect(run.text).toContain('UnknownCity');
    expect(run.text).toContain('PostalCodeRequired');
    expect(run.text).toContain('Saved as not validated');
    expect(addresses(store)).toEqual([{ street: 'Main', city: 'Nowhereville', state: 'WA', status: 'NotValidated' }]);
  });

  it('address flags answer the form (fields not given keep their defaults); --yes saves; --location adds locations (names may hold commas, ; separates them)', async () => {
    const store = newStore();
    const run = await runScripted(store, [], {
      flags: [
        '--step',
        '3',
        '--address-house-number',
        '1',
        '--address-street-name',
        'Microsoft Way',
        '--address-city',
        'redmond',
        '--address-state',
        'wa',
        '--address-postal-code',
        '98052',
        '--location',
        'Building 64, Floor 1;Cafe',
        '--yes',
      ],
    });
    expect(run.prompter.asked).toEqual([]);
    expect(run.text).toContain('Save this address? yes (--yes)');
    expect(run.text).toContain('Company name: Contoso (default)');
    expect(run.text).toContain('Street suffix (Street, Ave…): (empty) (default)');
    expect(run.text).toMatch(/City\s+redmond → Redmond/);
    expect(peek<{ location: string }>(store, 'SELECT location FROM locations WHERE is_default = 0 ORDER BY id').map((r) => r.location)).toEqual([
      'Building 64, Floor 1',
      'Cafe',
    ]);
  });
});
