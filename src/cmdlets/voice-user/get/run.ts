// get-voice-user: the cmdlet's properties (Name, Id, SipDomain, TenantId, PstnConnectivity, UsageLocation,
// EnterpriseVoiceEnabled, Number, Location) for each voice user.
import type { Deps } from '../../../deps.js';
import { OperationError } from '../../../errors.js';
import { requireUser } from '../../../services/users.js';
import { queryVoiceUsers } from '../../../store/voice-users.js';
import { readPage } from '../../shared/paging.js';
import { locationExpander } from '../../address/shared/display.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs get-voice-user. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const identity = o.identity;
  const user = identity ? requireUser(deps.db, tenant, identity) : undefined;
  const page = readPage(o.resultSize, o.skip);
  const ev = o.enterpriseVoiceStatus;
  const pstn = o.pstnConnectivity;
  const { rows, total } = queryVoiceUsers(deps.db, {
    tenantId: tenant.id,
    userId: user?.id,
    numberAssigned: o.numberAssigned === true,
    numberNotAssigned: o.numberNotAssigned === true,
    locationId: o.locationId,
    civicAddressId: o.civicAddressId,
    enterpriseVoice: ev === 'All' ? undefined : ev === 'Enabled',
    connectivity: pstn === 'All' ? undefined : pstn,
    limit: page.limit,
    offset: page.offset,
  });
  if (identity && rows.length === 0) {
    throw new OperationError('UserNotLicensed', `${identity} is not a voice user: it has no Phone System licence (MCOEV or Office 365 E5).`);
  }
  const expand = o.expandLocation === true ? locationExpander(deps.db, tenant.id) : undefined;
  const records = rows.map((r) => ({
    Name: r.displayName,
    Id: r.objectId,
    UserPrincipalName: r.upn,
    SipDomain: r.sipAddress.replace(/^sip:/i, '').split('@')[1] ?? '',
    TenantId: tenant.tenantId,
    PstnConnectivity: r.callingPlan ? 'Online' : 'OnPremises',
    UsageLocation: r.usageLocation,
    EnterpriseVoiceEnabled: r.enterpriseVoice === 1,
    Number: r.number,
    TelephoneNumber: r.number ? `+${r.number}` : null,
    Location: expand && r.locationId ? expand(r.locationId) : r.locationId,
    CivicAddressId: r.civicAddressId,
  }));
  return {
    records,
    columns: ['Name', 'UserPrincipalName', 'PstnConnectivity', 'UsageLocation', 'EnterpriseVoiceEnabled', 'Number', 'Location'],
    notices: page.notice(rows.length, total, 'voice users'),
  };
}
