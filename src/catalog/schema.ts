// The provider catalog's shape (zod): countries, cities, number pools, SKUs, limits, gazetteer.
import { z } from 'zod';

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number such as +14255550100');
const iso2 = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as US');

/** A block of consecutive numbers: first, first+1, … (count numbers, same length). */
export const poolRangeSchema = z.strictObject({
  first: e164,
  count: z.number().int().positive().max(1_000_000),
});
export type PoolRange = z.infer<typeof poolRangeSchema>;

export const citySchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{4}-[A-Z]{2}-[A-Z0-9]{1,4}-[A-Z0-9]{1,6}$/, 'must look like NOAM-US-WA-RD'),
  name: z.string().min(1),
  areaCodes: z.array(z.string().regex(/^\d{1,5}$/)).min(1),
  pools: z.strictObject({
    subscriber: z.array(poolRangeSchema).default([]),
    toll: z.array(poolRangeSchema).default([]),
    tollFree: z.array(poolRangeSchema).default([]),
  }),
});
export type CatalogCity = z.infer<typeof citySchema>;

export const areaSchema = z.strictObject({
  code: z.string().regex(/^[A-Z0-9]{1,4}$/),
  name: z.string().min(1),
  cities: z.array(citySchema).min(1),
});

export const countrySchema = z.strictObject({
  code: iso2,
  name: z.string().min(1),
  areas: z.array(areaSchema).min(1),
});

export const regionSchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{4}$/, 'must be a four-letter region code such as NOAM'),
  name: z.string().min(1),
  countries: z.array(countrySchema).min(1),
});

/** What a licence gives a user or a tenant. */
export const grantSchema = z.enum(['PhoneSystem', 'CallingPlan', 'AudioConferencing', 'CommunicationsCredits']);
export type Grant = z.infer<typeof grantSchema>;

export const skuSchema = z.strictObject({
  skuPartNumber: z.string().regex(/^[A-Z0-9_]+$/),
  name: z.string().min(1),
  grants: z.array(grantSchema).min(1),
});
export type CatalogSku = z.infer<typeof skuSchema>;

export const serviceTierSchema = z.strictObject({
  minUnits: z.number().int().positive(),
  numbers: z.number().int().nonnegative(),
});

export const limitsSchema = z.strictObject({
  reservationMinutes: z.number().positive().default(10),
  maxNumbersPerSearch: z.number().int().positive().default(500),
  maxActiveReservations: z.number().int().positive().default(10),
  maxReservedNumbers: z.number().int().positive().default(200),
  userNumberFactor: z.number().positive().default(1.1),
  userNumberBase: z.number().int().nonnegative().default(10),
  serviceNumberTiers: z
    .array(serviceTierSchema)
    .min(1)
    .refine((t) => t.every((x, i) => i === 0 || x.minUnits > t[i - 1]!.minUnits), 'tiers must be in increasing minUnits order'),
  portOrder: z.strictObject({
    maxNumbers: z.number().int().positive().default(999),
    processingHours: z.number().positive(),
    contactingCarrierHours: z.number().positive(),
    pendingHoursBeforeTransfer: z.number().positive().default(24),
    minLeadDays: z.number().nonnegative(),
  }),
});
export type CatalogLimits = z.infer<typeof limitsSchema>;

/** Gazetteer rows are compact arrays to keep the file small. */
export const gazCountrySchema = z.strictObject({
  code: iso2,
  name: z.string().min(1),
  englishSpeaking: z.boolean(),
  postalCode: z.strictObject({ pattern: z.string().min(1), example: z.string().min(1) }),
  states: z.array(z.strictObject({ code: z.string().min(1), name: z.string().min(1), aliases: z.array(z.string()).optional() })).min(1),
  /** [stateCode, cityName, latitude, longitude] */
  cities: z.array(z.tuple([z.string(), z.string().min(1), z.number(), z.number()])),
  /** [postalCode, stateCode, cityName, latitude, longitude] */
  postalCodes: z.array(z.tuple([z.string(), z.string(), z.string(), z.number(), z.number()])).default([]),
});
export type GazCountry = z.infer<typeof gazCountrySchema>;

export const gazetteerSchema = z.strictObject({
  source: z.string().optional(),
  countries: z.array(gazCountrySchema).min(1),
});
export type Gazetteer = z.infer<typeof gazetteerSchema>;

export const catalogSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1),
  limits: limitsSchema,
  skus: z.array(skuSchema).min(1),
  regions: z.array(regionSchema).min(1),
  /** Number prefixes (E.164 with +) that cannot be ported in. */
  nonPortablePrefixes: z.array(z.string().regex(/^\+\d{1,14}$/)).default([]),
  /** A path relative to the catalog file, or the gazetteer itself. */
  gazetteer: z.union([z.string().min(1), gazetteerSchema]),
});
export type Catalog = z.infer<typeof catalogSchema>;
