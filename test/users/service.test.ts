// The services behind the commands, called directly as the wizard will: createUsers, editUser, changeUserLicenses.
import { afterEach, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.js';
import { changeUnits } from '../../src/services/licensing.js';
import { changeUserLicenses, licenseResults } from '../../src/services/user-licenses.js';
import { createUsers, editUser } from '../../src/services/users.js';
import { userResultsPage } from '../../src/store/user-batch.js';
import { newStore, peek, testDeps } from '../helpers/store.js';

let deps: Deps | undefined;
afterEach(() => deps?.db.close());

const ids = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};

describe('services', () => {
  it('createUsers plans a batch with the injected id source and writes it in one transaction', async () => {
    const store = newStore();
    deps = await testDeps(store);
    await createUsers(
      deps.db,
      deps.tenant(),
      deps.clock,
      [
        { row: 2, fields: { upn: 'a@contoso.com', usageLocation: 'us' }, problems: [] },
        { row: 3, fields: { upn: 'b@contoso.com' }, problems: [] },
      ],
      { whatIf: false, continueOnError: false },
      ids(),
    );
    const v = userResultsPage(deps.db, 0, 10);
    expect(v.map((x) => [x.row, x.upn, x.objectId, x.result])).toEqual([
      [2, 'a@contoso.com', '00000000-0000-4000-8000-000000000001', 'Created'],
      [3, 'b@contoso.com', '00000000-0000-4000-8000-000000000002', 'Created'],
    ]);
    expect(peek(store, 'SELECT upn, usage_location FROM users ORDER BY id')).toEqual([
      { upn: 'a@contoso.com', usage_location: 'US' },
      { upn: 'b@contoso.com', usage_location: null },
    ]);
  });

  it('a problem found while reading a row (e.g. a ragged CSV line) fails that row without further checks', async () => {
    deps = await testDeps(newStore());
    await createUsers(
      deps.db,
      deps.tenant(),
      deps.clock,
      [{ row: 7, fields: {}, problems: [{ field: 'Row', errorId: 'InvalidRow', message: 'line 7 has 3 cells.' }] }],
      {
        whatIf: false,
        continueOnError: true,
      },
    );
    const [v] = userResultsPage(deps.db, 0, 1);
    expect(v).toMatchObject({ result: 'Failed', errorId: 'InvalidRow', message: 'line 7 has 3 cells.' });
  });

  it('editUser and changeUserLicenses work on the same store the commands use', async () => {
    const store = newStore();
    deps = await testDeps(store);
    const tenant = deps.tenant();
    await createUsers(deps.db, tenant, deps.clock, [{ row: 1, fields: { upn: 'ken@contoso.com' }, problems: [] }], { whatIf: false, continueOnError: false });
    expect(editUser(deps.db, tenant, deps.clock, { identity: 'ken@contoso.com', usageLocation: 'IE' }, false).result).toBe('Updated');
    changeUnits(deps.db, tenant, deps.clock, 'MCOEV', 1, 'buy', false);
    changeUnits(deps.db, tenant, deps.clock, 'MCOPSTN2', 1, 'buy', false);
    const summary = await changeUserLicenses(
      deps.db,
      tenant,
      deps.clock,
      [{ row: 1, identity: 'ken@contoso.com', add: ['MCOEV', 'MCOPSTN2'], remove: [], problems: [] }],
      {
        whatIf: false,
        continueOnError: false,
      },
    );
    expect(summary).toMatchObject({ total: 1, counts: { Updated: 1 }, applied: true });
    expect(licenseResults(deps.db, 0, 10)[0]).toMatchObject({ result: 'Updated', licenses: ['MCOEV', 'MCOPSTN2'] });
  });
});
