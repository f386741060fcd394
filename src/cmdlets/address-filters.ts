// Reads the listing filters of get-address and get-location into a store filter.
import { UsageError } from '../errors.js';
import type { PlaceFilter } from '../store/addresses.js';
import type { Options } from './types.js';

/** The store filter for the options of get-address / get-location; undefined when -ValidationStatus Invalid (matches none). */
export function placeFilter(o: Options): PlaceFilter | undefined {
  const size = o.resultSize as number | undefined;
  const skip = (o.numberOfResultsToSkip as number | undefined) ?? 0;
  if (size !== undefined && size < 0) throw new UsageError('InvalidValue', `-ResultSize must be 0 or more, not ${size}.`);
  if (skip < 0) throw new UsageError('InvalidValue', `-NumberOfResultsToSkip must be 0 or more, not ${skip}.`);
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
    limit: size,
    offset: skip,
  };
}

/** "showing 25 of 80 …" when a page holds fewer than matched. */
export function pageNotice(shown: number, skipped: number, total: number, what: string): string[] {
  return skipped + shown < total
    ? [`showing ${shown} of ${total} ${what}${skipped ? ` (after skipping ${skipped})` : ''}; use -ResultSize and -NumberOfResultsToSkip for more.`]
    : [];
}
