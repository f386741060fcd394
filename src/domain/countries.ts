// ISO 3166-1 alpha-2 country codes: every officially assigned code may be a user's usage location (not only catalog countries).
import { safeText } from '../text/sanitize.js';

// Hard-coded rather than read from Intl, which also accepts non-ISO codes such as UK, EU and XK.
const ISO_ALPHA2 = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
    'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
    'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
    'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
    'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

// Codes admins often type that are not ISO 3166-1 alpha-2, with the code they mean.
const LOOKALIKES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR', USA: 'US', GBR: 'GB', CAN: 'CA', DEU: 'DE', FRA: 'FR' };

let names: Intl.DisplayNames | undefined;

/** The English name of a country code (GB -> United Kingdom); the code itself when unknown. */
export function countryName(code: string): string {
  names ??= new Intl.DisplayNames(['en'], { type: 'region' });
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "GB (United Kingdom)" for messages. */
export function countryLabel(code: string): string {
  const name = countryName(code);
  return name === code ? code : `${code} (${name})`;
}

/** Reads a usage location: an ISO 3166-1 alpha-2 code in any case -> { code } or { message } saying what to type instead. */
export function parseCountryCode(raw: string, field = 'UsageLocation'): { code: string } | { message: string } {
  const up = raw.trim().toUpperCase();
  if (ISO_ALPHA2.has(up)) return { code: up };
  const meant = LOOKALIKES[up];
  const hint = meant ? ` (for ${countryName(meant)} use ${meant})` : '';
  return { message: `${field} must be an ISO 3166-1 alpha-2 country code such as US or GB, not '${safeText(raw)}'${hint}.` };
}
