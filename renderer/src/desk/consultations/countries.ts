/**
 * Destination countries for the consultation form: where people from the village usually go
 * first, then every other country. Codes are ISO 3166-1 alpha-2 as the core accepts them
 * (electron/core/desk/country-codes.ts); names come from the browser in the screen's language.
 */
export const COMMON_DESTINATIONS = [
  'MY',
  'TW',
  'HK',
  'SG',
  'SA',
  'KR',
  'JP',
  'AE',
  'QA',
  'KW',
  'BN',
  'OM',
  'TR',
  'PL',
  'DE',
] as const;

const ALL_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU IE IL IM IN IO IQ IR IS IT JE JM JO ' +
  'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
  'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
  'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

const LOCALES: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

export function countryNamer(language: string): (code: string) => string {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([LOCALES[language] ?? 'id-ID'], { type: 'region' });
  } catch {
    names = null;
  }
  return (code) => names?.of(code) ?? code;
}

export interface CountryGroups {
  common: { value: string; label: string }[];
  others: { value: string; label: string }[];
}

/** The usual destinations in the order above, then the rest alphabetically by name. */
export function countryOptions(language: string): CountryGroups {
  const name = countryNamer(language);
  const common = COMMON_DESTINATIONS.map((code) => ({ value: code, label: name(code) }));
  const taken = new Set<string>(COMMON_DESTINATIONS);
  const collator = new Intl.Collator(LOCALES[language] ?? 'id-ID');
  const others = ALL_CODES.filter((code) => !taken.has(code))
    .map((code) => ({ value: code, label: name(code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return { common, others };
}
