// Releasing numbers back to the provider (Remove-CsOnlineTelephoneNumber): unassigned only, all-or-nothing.
import { iso } from '../clock.js';
import { UsageError } from '../errors.js';
import { parseNumberInput } from '../domain/phone.js';
import { writeAudit } from '../store/audit.js';
import { numberStates, returnToPool } from '../store/numbers.js';
import type { DB } from '../store/open.js';
import { writeTx } from '../store/sql.js';
import type { Tenant } from '../store/tenants.js';
import { userLabels } from '../store/user-labels.js';

/** The cmdlet's four result lists, plus why each number could not be deleted. */
export interface ReleaseResult {
  NumberIdsDeleted: string[];
  NumberIdsDeleteFailed: string[];
  NumberIdsNotOwnedByTenant: string[];
  NumberIdsManagedByServiceDesk: string[];
  reasons: string[];
  whatIf: boolean;
}

/** Releases the numbers if every one can go; otherwise releases none and says which cannot and why. */
export function releaseNumbers(db: DB, tenant: Tenant, now: Date, raw: readonly string[], whatIf: boolean): ReleaseResult {
  const digits = raw.map((n) => {
    const p = parseNumberInput(n);
    if (!p.ok) throw new UsageError('InvalidNumber', p.message);
    return p.digits;
  });
  const unique = [...new Set(digits)];
  return writeTx(db, () => {
    const states = numberStates(db, unique);
    const holders = userLabels(
      db,
      [...states.values()].map((s) => s.userId).filter((x): x is number => x !== null),
    );
    const out: ReleaseResult = {
      NumberIdsDeleted: [],
      NumberIdsDeleteFailed: [],
      NumberIdsNotOwnedByTenant: [],
      NumberIdsManagedByServiceDesk: [],
      reasons: [],
      whatIf,
    };
    const deletable: number[] = [];
    for (const d of unique) {
      const s = states.get(d);
      if (!s || s.tenantId !== tenant.id) {
        out.NumberIdsNotOwnedByTenant.push(d);
        out.reasons.push(`+${d} is not a number of this tenant`);
      } else if (s.sourceType === 'PortedIn') {
        out.NumberIdsManagedByServiceDesk.push(d);
        out.reasons.push(`+${d} was ported in; releasing it is done by the service desk`);
      } else if (s.userId !== null || s.targetType !== null) {
        out.NumberIdsDeleteFailed.push(d);
        out.reasons.push(
          `+${d} is assigned to ${s.userId !== null ? (holders.get(s.userId) ?? 'a user') : 'a conferencing bridge'}; remove it from them first (set-voice-user -TelephoneNumber $null)`,
        );
      } else {
        deletable.push(s.id);
      }
    }
    const allGood = out.reasons.length === 0;
    if (!allGood) {
      // All-or-nothing: one number that cannot go keeps every other one in the tenant.
      out.NumberIdsDeleteFailed.push(
        ...unique.filter(
          (d) =>
            states.get(d) && states.get(d)!.tenantId === tenant.id && !out.NumberIdsDeleteFailed.includes(d) && !out.NumberIdsManagedByServiceDesk.includes(d),
        ),
      );
      return out;
    }
    out.NumberIdsDeleted = unique;
    if (whatIf) return out;
    returnToPool(db, deletable);
    writeAudit(db, {
      tenantId: tenant.id,
      at: iso(now),
      operation: 'Remove-CsOnlineTelephoneNumber',
      target: unique.join(','),
      parameters: { telephoneNumber: raw },
      after: { deleted: unique },
      result: 'Deleted',
    });
    return out;
  });
}
