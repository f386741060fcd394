// Reads the listing filters of get-address and get-location into a store filter.
import type { PlaceFilter } from '../store/addresses.js';
import type { Page, PagingNames } from './result-size.js';
import type { Options } from './types.js';

/** get-address and get-location page with -ResultSize and -NumberOfResultsToSkip. */
export const PLACE_PAGING: PagingNames = {
  size: { name: 'ResultSize', flag: 'result-size' },
  skip: { name: 'NumberOfResultsToSkip', flag: 'number-of-results-to-skip' },
};

/** The store filter for the options and page (readPage with PLACE_PAGING) of get-address / get-location; undefined when -ValidationStatus Invalid (matches none). */
export function placeFilter(o: Options, page: Page): PlaceFilter | undefined {
  const status = o.validationStatus as string | undefined;
  if (status === 'Invalid') return undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined);
  return {
    civicAddressId: text(o.civicAddressId),
    locationId: text(o.locationId),
    location: text(o.location),
    city: text(o.city),
    country: text(o.countryOrRegion),
    description: text(o.description),
    validationStatus: status === undefined ? undefined : status === 'NotValidated' ? 'NotValidated' : 'Validated',
    assigned: o.assignmentStatus === undefined ? undefined : o.assignmentStatus === 'Assigned',
    limit: page.limit,
    offset: page.offset,
  };
}
