// The gazetteer tables (gaz_*) as address validation reads them: countries, states, places and postal codes.
import type { GazCountryFacts, GazPlace, GazPostalRow, GazStateFacts, GazetteerReader } from '../domain/address/gazetteer.js';
import type { DB } from './open.js';
import { stmt } from './sql.js';

interface CountryRow {
  code: string;
  name: string;
  english: number;
  postal_pattern: string;
  postal_example: string;
  has_postal: number;
}

/** Places of gaz_cities first, then postal-code places (US ZIP primary cities) not already listed in the same state. */
function mergePlaces(cities: GazPlace[], postal: GazPlace[]): GazPlace[] {
  const seen = new Set(cities.map((p) => `${p.state}\u0000${p.name.toLowerCase()}`));
  return cities.concat(postal.filter((p) => !seen.has(`${p.state}\u0000${p.name.toLowerCase()}`)));
}

const PLACE_COLUMNS = 'state, name, latitude, longitude';
// One row per postal place: SQLite takes the bare columns from the row with the lowest code.
const POSTAL_PLACE = 'SELECT state, city AS name, MIN(code) AS code, latitude, longitude FROM gaz_postal';

/** A GazetteerReader over the store (every query is indexed: gaz_cities(country, state), gaz_postal's key, gaz_postal_place). */
export function gazetteerReader(db: DB): GazetteerReader {
  return {
    countries: () => stmt(db, 'SELECT code, name FROM gaz_countries ORDER BY code').all() as { code: string; name: string }[],
    country(code: string): GazCountryFacts | undefined {
      const r = stmt(
        db,
        `SELECT code, name, english, postal_pattern, postal_example,
                EXISTS (SELECT 1 FROM gaz_postal p WHERE p.country = c.code) AS has_postal
         FROM gaz_countries c WHERE code = ?`,
      ).get(code) as CountryRow | undefined;
      return (
        r && {
          code: r.code,
          name: r.name,
          english: r.english === 1,
          postalPattern: r.postal_pattern,
          postalExample: r.postal_example,
          hasPostalData: r.has_postal === 1,
        }
      );
    },
    states(country: string): GazStateFacts[] {
      const rows = stmt(db, 'SELECT code, name, aliases FROM gaz_states WHERE country = ? ORDER BY code').all(country) as {
        code: string;
        name: string;
        aliases: string;
      }[];
      return rows.map((r) => ({ code: r.code, name: r.name, aliases: r.aliases ? r.aliases.split('|') : [] }));
    },
    places(country: string, state?: string): GazPlace[] {
      if (state === undefined) {
        // Country-wide (only to infer a missing state): the cities, not the ~30,000 postal-only US places.
        return stmt(db, `SELECT ${PLACE_COLUMNS} FROM gaz_cities WHERE country = ? ORDER BY state, name`).all(country) as GazPlace[];
      }
      const cities = stmt(db, `SELECT ${PLACE_COLUMNS} FROM gaz_cities WHERE country = ? AND state = ? ORDER BY name`).all(country, state) as GazPlace[];
      const postal = stmt(db, `${POSTAL_PLACE} WHERE country = ? AND state = ? GROUP BY city ORDER BY city`).all(country, state) as GazPlace[];
      return mergePlaces(cities, postal);
    },
    postal: (country: string, code: string) =>
      stmt(db, 'SELECT code, state, city, latitude, longitude FROM gaz_postal WHERE country = ? AND code = ? ORDER BY state, city').all(
        country,
        code,
      ) as GazPostalRow[],
    postalCodesOf: (country: string, state: string, city: string, limit: number) =>
      (
        stmt(db, 'SELECT code FROM gaz_postal WHERE country = ? AND state = ? AND city = ? ORDER BY code LIMIT ?').all(country, state, city, limit) as {
          code: string;
        }[]
      ).map((r) => r.code),
  };
}
