import type { Journey, JourneyFields, JourneyScheme, JourneySector, JourneyStatus } from '../../../shared/desk';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { agencyRef } from '../refs';

export interface JourneyRow {
  id: string;
  person_id: string;
  person_name: string;
  status: JourneyStatus;
  destination: string | null;
  job: string | null;
  sector: JourneySector | null;
  scheme: JourneyScheme | null;
  agency_id: string | null;
  family_permission_acknowledged_on: string | null;
  departed_on: string | null;
  expected_return_on: string | null;
  returned_on: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export const JOURNEY_SELECT = `SELECT j.id, j.person_id, p.full_name AS person_name, j.status, j.destination, j.job,
  j.sector, j.scheme, j.agency_id, j.family_permission_acknowledged_on, j.departed_on, j.expected_return_on,
  j.returned_on, j.note, j.created_at, j.updated_at, j.version
  FROM journeys j JOIN people p ON p.id = j.person_id`;

export function fieldsOf(r: JourneyRow): JourneyFields {
  return {
    status: r.status,
    destination: r.destination,
    job: r.job,
    sector: r.sector,
    scheme: r.scheme,
    agencyId: r.agency_id,
    familyPermissionAcknowledgedOn: r.family_permission_acknowledged_on,
    departedOn: r.departed_on,
    expectedReturnOn: r.expected_return_on,
    returnedOn: r.returned_on,
    note: r.note,
  };
}

export function toJourney(db: Db, r: JourneyRow): Journey {
  return {
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    ...fieldsOf(r),
    agency: agencyRef(db, r.agency_id),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function findJourneyRow(db: Db, id: string): JourneyRow | undefined {
  return stmt(db, `${JOURNEY_SELECT} WHERE j.id = ?`).get(id) as JourneyRow | undefined;
}

export function journeysOfPerson(db: Db, personId: string): Journey[] {
  const rows = stmt(db, JOURNEY_SQL.byPerson).all(personId) as JourneyRow[];
  return rows.map((r) => toJourney(db, r));
}

const bind = (f: JourneyFields) => ({
  status: f.status,
  destination: f.destination,
  job: f.job,
  sector: f.sector,
  scheme: f.scheme,
  agencyId: f.agencyId,
  permission: f.familyPermissionAcknowledgedOn,
  departedOn: f.departedOn,
  expectedReturnOn: f.expectedReturnOn,
  returnedOn: f.returnedOn,
  note: f.note,
});

export function insertJourney(
  db: Db,
  row: { id: string; personId: string; consentId: string; now: string; userId: string },
  f: JourneyFields,
): void {
  stmt(
    db,
    `INSERT INTO journeys (id, person_id, status, destination, job, sector, scheme, agency_id,
       family_permission_acknowledged_on, departed_on, expected_return_on, returned_on, note, consent_id,
       created_at, created_by, updated_at, updated_by, version)
     VALUES (@id, @personId, @status, @destination, @job, @sector, @scheme, @agencyId, @permission, @departedOn,
       @expectedReturnOn, @returnedOn, @note, @consentId, @now, @userId, @now, @userId, 1)`,
  ).run({ ...bind(f), ...row });
}

export function updateJourney(db: Db, id: string, version: number, f: JourneyFields, now: string, userId: string) {
  return (
    stmt(
      db,
      `UPDATE journeys SET status = @status, destination = @destination, job = @job, sector = @sector,
         scheme = @scheme, agency_id = @agencyId, family_permission_acknowledged_on = @permission,
         departed_on = @departedOn, expected_return_on = @expectedReturnOn, returned_on = @returnedOn, note = @note,
         updated_at = @now, updated_by = @userId, version = version + 1
       WHERE id = @id AND version = @version`,
    ).run({ ...bind(f), id, version, now, userId }).changes === 1
  );
}

/** Each list is one index range (see migration 0050) and stops at LIST_MAX rows. */
export const LIST_MAX = 500;

/** The list queries, named so the query-plan test can check each one. */
export const JOURNEY_SQL = {
  byPerson: `${JOURNEY_SELECT} WHERE j.person_id = ? ORDER BY j.created_at DESC, j.id DESC`,
  departing: `${JOURNEY_SELECT} WHERE j.departed_on >= ? AND j.departed_on <= ?
    ORDER BY j.departed_on, j.id LIMIT ${LIST_MAX}`,
  returning: `${JOURNEY_SELECT} WHERE j.expected_return_on >= ? AND j.expected_return_on <= ? AND j.returned_on IS NULL
      AND +j.status <> 'returned'
    ORDER BY j.expected_return_on, j.id LIMIT ${LIST_MAX}`,
  nonProcedural: `${JOURNEY_SELECT} WHERE j.scheme = 'non_procedural_suspected' AND +j.status <> 'returned'
    ORDER BY j.updated_at DESC, j.id DESC LIMIT ${LIST_MAX}`,
};

export function departingBetween(db: Db, from: string, to: string): Journey[] {
  const rows = stmt(db, JOURNEY_SQL.departing).all(from, to) as JourneyRow[];
  return rows.map((r) => toJourney(db, r));
}

export function returningBetween(db: Db, from: string, to: string): Journey[] {
  const rows = stmt(db, JOURNEY_SQL.returning).all(from, to) as JourneyRow[];
  return rows.map((r) => toJourney(db, r));
}

export function nonProcedural(db: Db): Journey[] {
  const rows = stmt(db, JOURNEY_SQL.nonProcedural).all() as JourneyRow[];
  return rows.map((r) => toJourney(db, r));
}
