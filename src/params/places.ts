import { param } from './define.js';

export const RegionalGroup = param({
  name: 'RegionalGroup',
  flag: 'region',
  aliases: ['Region'],
  kind: 'string',
  valueName: 'CODE',
  help: 'Only this region (e.g. NOAM, EMEA).',
});

export const CountryOrRegion = param({
  name: 'CountryOrRegion',
  flag: 'country-or-region',
  aliases: ['Country', 'SubscriberCountry'],
  kind: 'string',
  valueName: 'CC',
  help: "Service address: country or region (ISO code or name); default: the numbers' country, which it must match.",
});

export const Area = param({ name: 'Area', flag: 'area', kind: 'string', valueName: 'CODE', help: 'Numbers: the state or region (WA, Washington).' });

export const CapitalOrMajorCity = param({
  name: 'CapitalOrMajorCity',
  flag: 'capital-or-major-city',
  aliases: ['CityCode'],
  kind: 'string',
  valueName: 'CITY',
  help: 'Numbers: the city code (NOAM-US-WA-RD; settles country and area too) or name.',
});

export const Level = param({
  name: 'Level',
  flag: 'level',
  kind: 'enum',
  values: ['Region', 'Country', 'Area', 'City'],
  valueName: 'LEVEL',
  help: 'Group the counts by region, country, area or city.',
});
