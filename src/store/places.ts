// Catalog cities with their country and area names, dial code and area codes, for resolving what an admin typed.
import type { PlaceCity } from '../domain/places.js';
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** A city with everything reservation and inventory need. */
export interface Place extends PlaceCity {
  areaCodes: string[];
  dialCode: string;
  regionName: string;
}

/** Every catalog city as a Place. */
export function listPlaces(db: DB): Place[] {
  const rows = stmt(
    db,
    `SELECT ci.code, ci.name, ci.country, co.name AS countryName, ci.area, a.name AS areaName, co.region, r.name AS regionName,
            ci.area_codes AS areaCodes, co.dial_code AS dialCode
     FROM cities ci JOIN areas a ON a.country = ci.country AND a.code = ci.area
     JOIN countries co ON co.code = ci.country JOIN regions r ON r.code = co.region
     ORDER BY co.region, ci.country, ci.area, ci.name`,
  ).all() as (Omit<Place, 'areaCodes'> & { areaCodes: string })[];
  return rows.map((r) => ({ ...r, areaCodes: r.areaCodes.split(',') }));
}
