// Reads the listing filters of get-address and get-location into a store filter.
import { use, type ValueOf } from '../../../params/define.js';
import {
  AssignmentStatus,
  City,
  Description,
  PopulateNumberOfTelephoneNumbers,
  PopulateNumberOfVoiceUsers,
  ValidationStatus,
} from '../../../params/addresses.js';
import { Force } from '../../../params/common.js';
import { NumberOfResultsToSkip, ResultSize } from '../../../params/paging.js';
import { CountryOrRegion } from '../../../params/places.js';
import type { PlaceFilter } from '../../../store/addresses.js';
import type { Page } from '../../shared/paging.js';

/** The filters and paging get-address and get-location share, after the ids each starts with. */
export const PLACE_FILTER_PARAMS = [
  use(City, { help: 'Only addresses in this city (any case).' }),
  use(CountryOrRegion, { help: 'Only addresses in this country or region (ISO code).' }),
  use(Description, { help: 'Only addresses whose description contains this text (any case).' }),
  ValidationStatus,
  AssignmentStatus,
  use(ResultSize, { help: 'At most N results (default: all; Unlimited for all); a notice on stderr says when more matched.' }),
  use(NumberOfResultsToSkip, { default: 0 }),
  PopulateNumberOfVoiceUsers,
  PopulateNumberOfTelephoneNumbers,
  Force,
] as const;

/** The filter options get-address and get-location share (each reads the ones it takes). */
export interface PlaceFilterOptions {
  readonly civicAddressId: string | undefined;
  readonly locationId: string | undefined;
  readonly location: string | undefined;
  readonly city: string | undefined;
  readonly countryOrRegion: string | undefined;
  readonly description: string | undefined;
  readonly validationStatus: ValueOf<typeof ValidationStatus> | undefined;
  readonly assignmentStatus: ValueOf<typeof AssignmentStatus> | undefined;
}

/** The store filter for the options and page of get-address / get-location; undefined when -ValidationStatus Invalid (matches none). */
export function placeFilter(o: PlaceFilterOptions, page: Page): PlaceFilter | undefined {
  const status = o.validationStatus;
  if (status === 'Invalid') return undefined;
  const text = (v: string | undefined) => v?.trim();
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
