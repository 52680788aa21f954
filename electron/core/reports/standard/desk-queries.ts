import { CONSULTATION_TOPICS } from '../../../shared/desk';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import type { PeriodBounds } from '../periods';
import { ageSql, sqlList, visitorBandSql } from '../sql';

/**
 * The Meja Layanan figures of a period in six grouped queries. Each reads one index range:
 * consultations by rowid (seq is time × 1024), topics by their primary key (topic, seq), journeys,
 * cases, case events and follow-ups by their date indexes. JavaScript only adds the groups up.
 * Parameters: @fromSeq @toSeq (consultation keys), @fromIso @toIso (UTC instants), @from @to (days).
 */
export const DESK_SQL = {
  /** One pass over the period's consultations, grouped by everything the tables break down by. */
  consultations: `SELECT c.channel, c.relation, c.destination,
      CASE WHEN c.person_id IS NULL THEN 'anonymous' ELSE COALESCE(p.sex, 'unknown') END AS sex,
      CASE WHEN c.person_id IS NULL THEN 'anonymous'
        ELSE ${visitorBandSql(ageSql('p.birth_date', "date(c.at, '+7 hours')"))} END AS band,
      c.flag_non_procedural AS np, c.flag_trafficking AS tr, (c.referrals <> '[]') AS referred, COUNT(*) AS n
    FROM consultations c LEFT JOIN people p ON p.id = c.person_id
    WHERE c.seq >= @fromSeq AND c.seq < @toSeq
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
  /** Topics by primary key: one short range per topic code (the list is fixed by the schema). */
  topics: `SELECT topic, COUNT(*) AS n FROM consultation_topics
    WHERE topic IN (${sqlList(CONSULTATION_TOPICS)}) AND seq >= @fromSeq AND seq < @toSeq
    GROUP BY topic`,
  /** Referrals made in consultations of the period, and referrals recorded on cases in the period. */
  referrals: `SELECT 'consultation' AS source, json_extract(r.value, '$.to') AS target, COUNT(*) AS n
    FROM consultations c, json_each(c.referrals) r
    WHERE c.seq >= @fromSeq AND c.seq < @toSeq AND c.referrals <> '[]'
    GROUP BY target
    UNION ALL
    SELECT 'case', e.referral_to, COUNT(*) FROM case_events e
    WHERE e.referral_to IS NOT NULL AND e.at >= @fromIso AND e.at < @toIso
    GROUP BY e.referral_to`,
  /** The migrant register's events in the period: recorded, family permission, departed, returned. */
  journeys: ['recorded', 'permission', 'departed', 'returned']
    .map((event) => {
      const where = {
        recorded: 'j.created_at >= @fromIso AND j.created_at < @toIso',
        permission: 'j.family_permission_acknowledged_on BETWEEN @from AND @to',
        departed: 'j.departed_on BETWEEN @from AND @to',
        returned: 'j.returned_on BETWEEN @from AND @to',
      }[event];
      return `SELECT '${event}' AS event, j.destination, j.scheme, COALESCE(p.sex, 'unknown') AS sex, COUNT(*) AS n
        FROM journeys j JOIN people p ON p.id = j.person_id WHERE ${where} GROUP BY 2, 3, 4`;
    })
    .join(' UNION ALL '),
  /** Cases opened, resolved or closed in the period, by kind and by their status now. */
  cases: `SELECT kind, status,
      IFNULL(opened_at >= @fromIso AND opened_at < @toIso, 0) AS opened,
      IFNULL(resolved_at >= @fromIso AND resolved_at < @toIso, 0) AS resolved,
      IFNULL(closed_at >= @fromIso AND closed_at < @toIso, 0) AS closed,
      COUNT(*) AS n
    FROM cases
    WHERE (opened_at >= @fromIso AND opened_at < @toIso) OR (resolved_at >= @fromIso AND resolved_at < @toIso)
      OR (closed_at >= @fromIso AND closed_at < @toIso)
    GROUP BY 1, 2, 3, 4, 5`,
  followUps: `SELECT outcome, COUNT(*) AS n FROM follow_ups
    WHERE done_at >= @fromIso AND done_at < @toIso GROUP BY outcome`,
} as const;

export interface ConsultationGroup {
  channel: string;
  relation: string;
  destination: string | null;
  sex: string;
  band: string;
  np: number;
  tr: number;
  referred: number;
  n: number;
}
export interface ReferralGroup {
  source: 'consultation' | 'case';
  target: string | null;
  n: number;
}
export interface JourneyGroup {
  event: 'recorded' | 'permission' | 'departed' | 'returned';
  destination: string | null;
  scheme: string | null;
  sex: string;
  n: number;
}
export interface CaseGroup {
  kind: string;
  status: string;
  opened: number;
  resolved: number;
  closed: number;
  n: number;
}

export interface DeskRows {
  consultations: ConsultationGroup[];
  topics: { topic: string; n: number }[];
  referrals: ReferralGroup[];
  journeys: JourneyGroup[];
  cases: CaseGroup[];
  followUps: { outcome: string | null; n: number }[];
}

export const deskParams = (b: PeriodBounds) => ({
  fromSeq: b.fromSeq,
  toSeq: b.toSeq,
  fromIso: b.fromIso,
  toIso: b.toIso,
  from: b.from,
  to: b.to,
});

export function runDeskQueries(db: Db, b: PeriodBounds): DeskRows {
  const p = deskParams(b);
  return {
    consultations: stmt(db, DESK_SQL.consultations).all(p) as ConsultationGroup[],
    topics: stmt(db, DESK_SQL.topics).all(p) as { topic: string; n: number }[],
    referrals: stmt(db, DESK_SQL.referrals).all(p) as ReferralGroup[],
    journeys: stmt(db, DESK_SQL.journeys).all(p) as JourneyGroup[],
    cases: stmt(db, DESK_SQL.cases).all(p) as CaseGroup[],
    followUps: stmt(db, DESK_SQL.followUps).all(p) as { outcome: string | null; n: number }[],
  };
}
