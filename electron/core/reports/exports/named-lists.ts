import { REFERRAL_LABELS, TOPIC_LABELS } from '../../../shared/desk';
import { CARE_RELATION_LABELS, DOCUMENT_STATUS_LABELS, SCHOOL_LEVEL_LABELS } from '../../../shared/edukasi';
import {
  CASE_KIND_LABELS,
  CASE_PERSON_ROLE_LABELS,
  CASE_RISK_LABELS,
  type CellValue,
  CHANNEL_LABELS,
  CONSULTATION_STATUS_LABELS,
  type NamedList,
  PARENTS_ABROAD_LABELS,
  SEX_LABELS,
  VISITOR_RELATION_LABELS,
} from '../../../shared/reports';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { activeConsentSql } from '../../edukasi/consent';
import { ageOn } from '../../people/birth-date';
import { countryLabel } from '../format';
import type { PeriodBounds } from '../periods';
import { abroadOnSql } from '../sql';
import { ratio } from '../table';
import type { SheetColumn } from './xlsx-writer';

/**
 * The three named lists (issue 6): who came, which child, which case. Each is read in keyset
 * batches (never one long-open cursor: better-sqlite3 refuses every write on the connection while
 * an iterator is open, and the desk must keep saving during an export). Rows added or moved while
 * an export runs may or may not be in the file; the count at the start drives the progress bar.
 */
export interface NamedListReader {
  columns: SheetColumn[];
  total: number;
  /** The next rows (at most `limit`), already as cells; empty when done. */
  next(limit: number): CellValue[][];
}

const label = <K extends string>(labels: Record<K, string>, code: string | null) =>
  code === null ? null : (labels[code as K] ?? code);
const yes = (flag: number | boolean) => (flag ? 'Ya' : 'Tidak');
const parseList = <T>(json: string | null): T[] => {
  try {
    const v = JSON.parse(json ?? '[]');
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
};

// ---------------------------------------------------------------------------------------------
// Consultations: the period's rows by list key (a rowid range).

interface ConsultationRow {
  seq: number;
  at: string;
  channel: string;
  full_name: string | null;
  anonymous_label: string | null;
  relation: string;
  topics: string;
  destination: string | null;
  flag_non_procedural: number;
  flag_trafficking: number;
  referrals: string;
  status: string;
  officer: string | null;
  summary: string;
}

export const CONSULTATION_LIST_SQL = `SELECT c.seq, c.at, c.channel, p.full_name, c.anonymous_label, c.relation, c.topics,
    c.destination, c.flag_non_procedural, c.flag_trafficking, c.referrals, c.status, u.display_name AS officer, c.summary
  FROM consultations c LEFT JOIN people p ON p.id = c.person_id LEFT JOIN users u ON u.id = c.officer_id
  WHERE c.seq > @after AND c.seq < @toSeq ORDER BY c.seq LIMIT @limit`;

function consultations(db: Db, b: PeriodBounds): NamedListReader {
  const { n } = stmt(db, 'SELECT COUNT(*) AS n FROM consultations WHERE seq >= ? AND seq < ?').get(
    b.fromSeq,
    b.toSeq,
  ) as {
    n: number;
  };
  let after = b.fromSeq - 1;
  return {
    total: n,
    columns: [
      { title: 'Waktu (WIB)', type: 'datetime' },
      { title: 'Cara layanan', type: 'text', width: 16 },
      { title: 'Pengunjung', type: 'text', width: 28 },
      { title: 'Tercatat dengan nama', type: 'text', width: 12 },
      { title: 'Hubungan dengan PMI', type: 'text', width: 16 },
      { title: 'Topik', type: 'text', width: 36 },
      { title: 'Negara tujuan', type: 'text', width: 16 },
      { title: 'Dugaan non-prosedural', type: 'text', width: 12 },
      { title: 'Dugaan TPPO', type: 'text', width: 12 },
      { title: 'Rujukan', type: 'text', width: 24 },
      { title: 'Status', type: 'text', width: 12 },
      { title: 'Petugas', type: 'text', width: 20 },
      { title: 'Ringkasan', type: 'text', width: 60 },
    ],
    next(limit) {
      const rows = stmt(db, CONSULTATION_LIST_SQL).all({ after, toSeq: b.toSeq, limit }) as ConsultationRow[];
      if (rows.length > 0) after = rows[rows.length - 1].seq;
      return rows.map((r) => [
        r.at,
        label(CHANNEL_LABELS, r.channel),
        r.full_name ?? r.anonymous_label,
        yes(r.full_name !== null),
        label(VISITOR_RELATION_LABELS, r.relation),
        parseList<string>(r.topics)
          .map((t) => label(TOPIC_LABELS, t))
          .join('; '),
        r.destination ? countryLabel(r.destination) : null,
        yes(r.flag_non_procedural),
        yes(r.flag_trafficking),
        parseList<{ to: string }>(r.referrals)
          .map((x) => label(REFERRAL_LABELS, x.to))
          .join('; ') || null,
        label(CONSULTATION_STATUS_LABELS, r.status),
        r.officer,
        r.summary || null,
      ]);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Cases opened in the period, by (opened_at, id).

interface CaseRow {
  id: string;
  reference_code: string;
  opened_at: string;
  kind: string;
  status: string;
  risk: string;
  agency: string | null;
  summary: string;
  resolved_at: string | null;
  closed_at: string | null;
  people: string | null;
}

export const CASE_LIST_SQL = `SELECT c.id, c.reference_code, c.opened_at, c.kind, c.status, c.risk, a.name AS agency,
    c.summary, c.resolved_at, c.closed_at,
    (SELECT json_group_array(json_object('name', p.full_name, 'role', cp.role))
       FROM case_people cp JOIN people p ON p.id = cp.person_id WHERE cp.case_id = c.id) AS people
  FROM cases c LEFT JOIN agencies a ON a.id = c.agency_id
  WHERE (c.opened_at, c.id) > (@afterAt, @afterId) AND c.opened_at < @toIso
  ORDER BY c.opened_at, c.id LIMIT @limit`;

const STATUS_LABELS: Record<string, string> = {
  open: 'Dibuka',
  referred: 'Dirujuk',
  resolved: 'Selesai',
  closed: 'Ditutup',
};

function cases(db: Db, b: PeriodBounds): NamedListReader {
  const { n } = stmt(db, 'SELECT COUNT(*) AS n FROM cases WHERE opened_at >= ? AND opened_at < ?').get(
    b.fromIso,
    b.toIso,
  ) as { n: number };
  let afterAt = b.fromIso;
  let afterId = '';
  return {
    total: n,
    columns: [
      { title: 'Kode pengaduan', type: 'text', width: 16 },
      { title: 'Dibuka (WIB)', type: 'datetime' },
      { title: 'Jenis', type: 'text', width: 28 },
      { title: 'Risiko', type: 'text', width: 10 },
      { title: 'Status', type: 'text', width: 10 },
      { title: 'P3MI', type: 'text', width: 28 },
      { title: 'Orang dalam pengaduan', type: 'text', width: 40 },
      { title: 'Ringkasan', type: 'text', width: 60 },
      { title: 'Selesai (WIB)', type: 'datetime' },
      { title: 'Ditutup (WIB)', type: 'datetime' },
    ],
    next(limit) {
      const rows = stmt(db, CASE_LIST_SQL).all({ afterAt, afterId, toIso: b.toIso, limit }) as CaseRow[];
      if (rows.length > 0) ({ opened_at: afterAt, id: afterId } = rows[rows.length - 1]);
      return rows.map((r) => [
        r.reference_code,
        r.opened_at,
        label(CASE_KIND_LABELS, r.kind),
        label(CASE_RISK_LABELS, r.risk),
        STATUS_LABELS[r.status] ?? r.status,
        r.agency,
        parseList<{ name: string; role: string }>(r.people)
          .map((p) => `${p.name} (${label(CASE_PERSON_ROLE_LABELS, p.role)})`)
          .join('; ') || null,
        r.summary,
        r.resolved_at,
        r.closed_at,
      ]);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Children enrolled on some day of the period (with an active Rumah Edukasi consent), by rowid.

interface ChildRow {
  rid: number;
  full_name: string;
  sex: string | null;
  birth_date: string | null;
  enrolled_on: string;
  left_on: string | null;
  birth_certificate: string;
  kia: string;
  born_abroad: number;
  school_level: string;
  abroad: string | null;
  carer: string | null;
  attendance: string;
}

const CHILDREN_WHERE = `c.enrolled_on <= @to AND (c.left_on IS NULL OR c.left_on > @from)
  AND ${activeConsentSql('c.person_id')}`;

export const CHILD_LIST_SQL = `SELECT c.rowid AS rid, p.full_name, p.sex, p.birth_date, c.enrolled_on, c.left_on,
    c.birth_certificate, c.kia, c.born_abroad, c.school_level,
    (SELECT group_concat(DISTINCT cpa.role) FROM child_parents_abroad cpa JOIN journeys j ON j.id = cpa.journey_id
      WHERE cpa.child_id = c.id AND ${abroadOnSql('j', '@to')}) AS abroad,
    (SELECT json_object('name', gp.full_name, 'relation', a.relation, 'trainedOn', g.parenting_training_on)
      FROM care_arrangements a JOIN caregivers g ON g.id = a.caregiver_id JOIN people gp ON gp.id = g.person_id
      WHERE a.child_id = c.id AND a.from_date <= @to AND (a.to_date IS NULL OR a.to_date > @to)
      ORDER BY a.is_primary DESC, a.from_date DESC LIMIT 1) AS carer,
    (SELECT COUNT(*) || '|' || IFNULL(SUM(t.status IN ('present', 'late')), 0) FROM attendance t
      WHERE t.person_id = c.person_id AND t.on_date BETWEEN @from AND @to) AS attendance
  FROM children c JOIN people p ON p.id = c.person_id
  WHERE c.rowid > @after AND ${CHILDREN_WHERE}
  ORDER BY c.rowid LIMIT @limit`;

function children(db: Db, b: PeriodBounds): NamedListReader {
  const { n } = stmt(db, `SELECT COUNT(*) AS n FROM children c WHERE ${CHILDREN_WHERE}`).get({
    from: b.from,
    to: b.to,
  }) as {
    n: number;
  };
  let after = 0;
  return {
    total: n,
    columns: [
      { title: 'Nama anak', type: 'text', width: 28 },
      { title: 'Jenis kelamin', type: 'text', width: 12 },
      { title: 'Tanggal lahir', type: 'date' },
      { title: 'Umur (tahun)', type: 'count', width: 8 },
      { title: 'Terdaftar sejak', type: 'date' },
      { title: 'Keluar mulai', type: 'date' },
      { title: 'Akta kelahiran', type: 'text', width: 12 },
      { title: 'KIA', type: 'text', width: 12 },
      { title: 'Lahir di luar negeri', type: 'text', width: 10 },
      { title: 'Jenjang sekolah', type: 'text', width: 18 },
      { title: 'Orang tua di luar negeri', type: 'text', width: 28 },
      { title: 'Pengasuh utama', type: 'text', width: 28 },
      { title: 'Hubungan pengasuh', type: 'text', width: 14 },
      { title: 'Pengasuh sudah dilatih', type: 'text', width: 10 },
      { title: 'Kegiatan diabsen', type: 'count' },
      { title: 'Hadir atau terlambat', type: 'count' },
      { title: 'Persentase kehadiran', type: 'percent' },
    ],
    next(limit) {
      const rows = stmt(db, CHILD_LIST_SQL).all({ after, from: b.from, to: b.to, limit }) as ChildRow[];
      if (rows.length > 0) after = rows[rows.length - 1].rid;
      return rows.map((r) => {
        const father = r.abroad?.includes('father') ?? false;
        const mother = r.abroad?.includes('mother') ?? false;
        const parents = father && mother ? 'both' : father ? 'father' : mother ? 'mother' : 'none';
        const carer = r.carer
          ? (JSON.parse(r.carer) as { name: string; relation: string; trainedOn: string | null })
          : null;
        const [marks, present] = r.attendance.split('|').map(Number);
        return [
          r.full_name,
          r.sex ? label(SEX_LABELS, r.sex) : null,
          r.birth_date,
          r.birth_date && r.birth_date <= b.to ? ageOn(r.birth_date, b.to) : null,
          r.enrolled_on,
          r.left_on,
          label(DOCUMENT_STATUS_LABELS, r.birth_certificate),
          label(DOCUMENT_STATUS_LABELS, r.kia),
          yes(r.born_abroad),
          label(SCHOOL_LEVEL_LABELS, r.school_level),
          PARENTS_ABROAD_LABELS[parents],
          carer?.name ?? null,
          carer ? label(CARE_RELATION_LABELS, carer.relation) : null,
          carer ? yes(carer.trainedOn !== null && carer.trainedOn <= b.to) : null,
          marks,
          present,
          ratio(present, marks),
        ];
      });
    },
  };
}

export const NAMED_LIST_READERS: Record<NamedList, (db: Db, b: PeriodBounds) => NamedListReader> = {
  consultations,
  cases,
  children,
};
