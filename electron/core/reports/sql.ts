/**
 * SQL fragments shared by the report queries. Ages are whole years on a day given as a bound
 * parameter; dates are compared as `YYYY-MM-DD` text, which sorts like the calendar.
 */

/** Whole years between `birth` (a column) and `on` (an SQL date expression), or NULL. */
export const ageSql = (birth: string, on: string) =>
  `(CASE WHEN ${birth} IS NULL OR ${birth} > ${on} THEN NULL ELSE
     CAST(substr(${on}, 1, 4) AS INTEGER) - CAST(substr(${birth}, 1, 4) AS INTEGER)
     - (substr(${on}, 6, 5) < substr(${birth}, 6, 5)) END)`;

/** VISITOR_AGE_BANDS code of an age expression. */
export const visitorBandSql = (age: string) =>
  `(CASE WHEN ${age} IS NULL THEN 'unknown' WHEN ${age} < 18 THEN 'u18' WHEN ${age} < 25 THEN '18_24'
     WHEN ${age} < 35 THEN '25_34' WHEN ${age} < 45 THEN '35_44' WHEN ${age} < 55 THEN '45_54' ELSE '55p' END)`;

/** CHILD_AGE_BANDS code of an age expression. */
export const childBandSql = (age: string) =>
  `(CASE WHEN ${age} IS NULL THEN 'unknown' WHEN ${age} < 6 THEN '0_5' WHEN ${age} < 13 THEN '6_12'
     WHEN ${age} < 16 THEN '13_15' ELSE '16_17' END)`;

/**
 * Whether the journey `j` had the person abroad on day `on`. With dates: departed on or before,
 * and not yet back (a journey marked returned without a date counts as back). Without a departure
 * date the stored status decides.
 */
export const abroadOnSql = (j: string, on: string) =>
  `((${j}.departed_on IS NOT NULL AND ${j}.departed_on <= ${on}
      AND (${j}.returned_on > ${on} OR (${j}.returned_on IS NULL AND ${j}.status <> 'returned')))
    OR (${j}.departed_on IS NULL AND ${j}.status IN ('departed', 'working_abroad', 'in_trouble')))`;

/** A quoted SQL list of fixed codes (never user input): `'a', 'b'`. */
export const sqlList = (codes: readonly string[]) => codes.map((c) => `'${c.replace(/'/g, "''")}'`).join(', ');
