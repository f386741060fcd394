// Read-only queries over the provider pool (numbers nobody holds).
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** Free numbers per city and number type. */
export interface PoolCount {
  cityCode: string;
  numberType: 'User' | 'Toll' | 'TollFree';
  available: number;
}

/** Counts free numbers per city and type (uses the partial "free" index). */
export function availableCounts(db: DB): PoolCount[] {
  return stmt(
    db,
    `SELECT city_code AS cityCode, number_type AS numberType, COUNT(*) AS available
     FROM numbers WHERE tenant_id IS NULL AND reservation_id IS NULL
     GROUP BY city_code, number_type`,
  ).all() as PoolCount[];
}
