// Emergency addresses and locations as numbers and voice users need them: country, validation, default location.
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** A location with the address facts the assignment rules check. */
export interface LocationFacts {
  id: number;
  locationId: string;
  location: string;
  isDefault: boolean;
  addressId: number;
  civicAddressId: string;
  country: string;
  stateOrProvince: string;
  city: string;
  validationStatus: 'Validated' | 'NotValidated';
}

const SELECT = `
  SELECT l.id, l.location_id AS locationId, l.location, l.is_default AS isDefault, a.id AS addressId,
         a.civic_address_id AS civicAddressId, a.country, a.state_or_province AS stateOrProvince, a.city,
         a.validation_status AS validationStatus
  FROM locations l JOIN addresses a ON a.id = l.address_id`;

type Raw = Omit<LocationFacts, 'isDefault'> & { isDefault: number };
const fix = (r: Raw | undefined): LocationFacts | undefined => r && { ...r, isDefault: r.isDefault === 1 };

/** A tenant's location by LocationId (GUID, any case). */
export function locationFacts(db: DB, tenantId: number, locationId: string): LocationFacts | undefined {
  return fix(stmt(db, `${SELECT} WHERE l.tenant_id = ? AND l.location_id = ?`).get(tenantId, locationId.trim().toLowerCase()) as Raw | undefined);
}

/** The default location of a tenant's civic address by CivicAddressId. */
export function defaultLocationOfAddress(db: DB, tenantId: number, civicAddressId: string): LocationFacts | undefined {
  return fix(
    stmt(db, `${SELECT} WHERE a.tenant_id = ? AND a.civic_address_id = ? AND l.is_default = 1`).get(tenantId, civicAddressId.trim().toLowerCase()) as Raw | undefined,
  );
}

/** A location by its row id (for display). */
export function locationFactsById(db: DB, id: number): LocationFacts | undefined {
  return fix(stmt(db, `${SELECT} WHERE l.id = ?`).get(id) as Raw | undefined);
}

/** A location with its whole address, as get-number -ExpandLocation and get-voice-user -ExpandLocation show it. */
export function locationDetails(db: DB, tenantId: number, locationId: string): Record<string, unknown> | undefined {
  return stmt(
    db,
    `SELECT l.location_id AS LocationId, l.location AS Location, a.civic_address_id AS CivicAddressId, a.company_name AS CompanyName,
            a.house_number AS HouseNumber, a.house_number_suffix AS HouseNumberSuffix, a.pre_directional AS PreDirectional,
            a.street_name AS StreetName, a.street_suffix AS StreetSuffix, a.post_directional AS PostDirectional, a.city AS City,
            a.state_or_province AS StateOrProvince, a.postal_code AS PostalCode, a.country AS CountryOrRegion,
            a.description AS Description, a.validation_status AS ValidationStatus
     FROM locations l JOIN addresses a ON a.id = l.address_id WHERE l.tenant_id = ? AND l.location_id = ?`,
  ).get(tenantId, locationId) as Record<string, unknown> | undefined;
}
