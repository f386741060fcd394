// A user as a record with Get-CsOnlineUser's property names, and get-user's default columns.
import type { User } from '../../../store/users.js';
import type { OutputRecord } from '../../types.js';

/** Default columns of get-user. */
export const USER_COLUMNS = ['UserPrincipalName', 'DisplayName', 'UsageLocation', 'Licenses', 'LineURI'];

/** The user record every user command prints: Identity is the ObjectId, LineURI the tel: form of the number. */
export function userRecord(u: User, licenses: readonly string[], number: string | null | undefined): OutputRecord {
  return {
    Identity: u.objectId,
    UserPrincipalName: u.upn,
    DisplayName: u.displayName,
    SipAddress: u.sipAddress,
    UsageLocation: u.usageLocation,
    Email: u.email,
    Licenses: [...licenses],
    EnterpriseVoiceEnabled: u.enterpriseVoice,
    LineURI: number ? `tel:+${number}` : null,
    TelephoneNumber: number ? `+${number}` : null,
  };
}
