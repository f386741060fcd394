// Records (the cmdlets' property names) and human text for addresses, locations and validation verdicts.
import { addressProperties, type AddressChange, type AddressFields, type AddressVerdict } from '../../../domain/address/fields.js';
import { render } from '../../../output/render.js';
import { safeText } from '../../../text/sanitize.js';
import type { Style } from '../../../output/style.js';
import { findLocation, type StoredAddress, type StoredLocation, type Usage } from '../../../store/addresses.js';
import type { DB } from '../../../store/open.js';
import type { OutputRecord } from '../../types.js';

/** Default table columns of get-address. */
export const ADDRESS_COLUMNS = [
  'CivicAddressId',
  'Description',
  'HouseNumber',
  'StreetName',
  'StreetSuffix',
  'City',
  'StateOrProvince',
  'PostalCode',
  'CountryOrRegion',
  'ValidationStatus',
  'NumberOfVoiceUsers',
  'NumberOfTelephoneNumbers',
];

/** Default table columns of get-location. */
export const LOCATION_COLUMNS = [
  'LocationId',
  'Location',
  'IsDefault',
  'CivicAddressId',
  'City',
  'CountryOrRegion',
  'ValidationStatus',
  'NumberOfVoiceUsers',
  'NumberOfTelephoneNumbers',
];

/** The address fields as cmdlet properties, in the cmdlets' order (HouseNumber … Elin). */
export function addressFieldsRecord(a: AddressFields): OutputRecord {
  return addressProperties(a);
}

/** A stored address as Get-CsOnlineLisCivicAddress shows it. */
export function addressRecord(a: StoredAddress, usage: Usage = { voiceUsers: 0, telephoneNumbers: 0 }): OutputRecord {
  return {
    CivicAddressId: a.civicAddressId,
    ...addressFieldsRecord(a),
    DefaultLocationId: a.defaultLocationId,
    ValidationStatus: a.validationStatus,
    NumberOfVoiceUsers: usage.voiceUsers,
    NumberOfTelephoneNumbers: usage.telephoneNumbers,
  };
}

/** A stored location as Get-CsOnlineLisLocation shows it: the location, then its address. */
export function locationRecord(l: StoredLocation, usage: Usage = { voiceUsers: 0, telephoneNumbers: 0 }): OutputRecord {
  const { Elin: _addressElin, ...address } = addressFieldsRecord(l.address);
  return {
    LocationId: l.locationId,
    CivicAddressId: l.address.civicAddressId,
    Location: l.location,
    Elin: l.elin,
    IsDefault: l.isDefault,
    ...address,
    ValidationStatus: l.address.validationStatus,
    NumberOfVoiceUsers: usage.voiceUsers,
    NumberOfTelephoneNumbers: usage.telephoneNumbers,
  };
}

/** A location with its whole address, as get-number and get-voice-user -ExpandLocation show it. */
export function expandedLocationRecord(l: StoredLocation): OutputRecord {
  const a = l.address;
  return {
    LocationId: l.locationId,
    Location: l.location,
    CivicAddressId: a.civicAddressId,
    CompanyName: a.companyName,
    HouseNumber: a.houseNumber,
    HouseNumberSuffix: a.houseNumberSuffix,
    PreDirectional: a.preDirectional,
    StreetName: a.streetName,
    StreetSuffix: a.streetSuffix,
    PostDirectional: a.postDirectional,
    City: a.city,
    StateOrProvince: a.stateOrProvince,
    PostalCode: a.postalCode,
    CountryOrRegion: a.countryOrRegion,
    Description: a.description,
    ValidationStatus: a.validationStatus,
  };
}

/** -ExpandLocation: a tenant's location (by LocationId) with its whole address; the id itself when there is no such location. */
function expandLocation(db: DB, tenantId: number, locationId: string): OutputRecord | string {
  const l = findLocation(db, tenantId, locationId);
  return l ? expandedLocationRecord(l) : locationId;
}

/** expandLocation for a listing: each LocationId is looked up once (a tenant has few locations, a listing many rows). */
export function locationExpander(db: DB, tenantId: number): (locationId: string) => OutputRecord | string {
  const seen = new Map<string, OutputRecord | string>();
  return (id) => {
    let r = seen.get(id);
    if (r === undefined) seen.set(id, (r = expandLocation(db, tenantId, id)));
    return r;
  };
}

/** Changes as records ({Field, Old, New}). */
export function changeRecords(changes: readonly AddressChange[]): OutputRecord[] {
  return changes.map((c) => ({ Field: c.field, Old: c.old, New: c.new }));
}

/** The verdict's own properties: ValidationResult, Reason, Message, Hint, Changes. */
export function verdictProperties(v: AddressVerdict): OutputRecord {
  return {
    ValidationResult: v.result,
    ...(v.result === 'Rejected' ? { ErrorId: v.errorId, Reason: v.reason, Message: v.message, Hint: v.hint ?? '' } : {}),
    Changes: changeRecords(v.changes),
  };
}

const RESULT_TEXT = { AcceptedAsIs: 'Accepted as is', AcceptedWithChanges: 'Accepted with changes', Rejected: 'Rejected' } as const;

/** "Address was updated" with each change old -> new, in green on a terminal; '' when nothing changed. */
export function changesText(changes: readonly AddressChange[], style: Style): string {
  if (!changes.length) return '';
  const w = Math.max(...changes.map((c) => c.field.length));
  const lines = changes.map((c) => `  ${c.field.padEnd(w)}  ${safeText(c.old) || '(empty)'} → ${style.ok(safeText(c.new) || '(empty)')}`);
  return `${style.ok('Address was updated:')}\n${lines.join('\n')}\n\n`;
}

/** The verdict for a person: the result, the changes or the reasons and hints. */
export function verdictText(v: AddressVerdict, style: Style): string {
  if (v.result !== 'Rejected') return `${style.bold(RESULT_TEXT[v.result])}\n${changesText(v.changes, style)}`;
  const reasons = v.rejections.map((r) => `  ${style.bad(r.reason)} ${safeText(r.message)}${r.hint ? `\n    ${style.dim(`Hint: ${safeText(r.hint)}`)}` : ''}`);
  return `${style.bad('Rejected')}\n${reasons.join('\n')}\n`;
}

/** One record as a list (property : value), for commands that show a single object. */
export function listText(record: OutputRecord, style: Style, columns?: readonly string[]): string {
  return render([record], { format: 'list', style, columns: columns ?? Object.keys(record).filter((k) => k !== 'Changes') });
}
