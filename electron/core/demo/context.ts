import { jakartaDate } from '../clock';
import type { Db } from '../db/open';
import { nameKey } from '../people/name-key';
import { FEMALE, FICTION_MARK, MALE, SECOND } from './names';
import type { Rng } from './random';

export const DAY_MS = 86_400_000;
const WIB_MS = 7 * 3600_000;

/** What every part of the generator shares: the connection, the dice, the calendar, the staff. */
export interface DemoContext {
  db: Db;
  rng: Rng;
  /** "Now" of the demo and the first moment of its history. */
  nowMs: number;
  startMs: number;
  today: string;
  regionCode: string;
  officers: string[];
  educators: string[];
}

export const iso = (ms: number) => new Date(ms).toISOString();
export const dayOf = (ms: number) => jakartaDate(ms);
export const addDaysTo = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
/** Earliest and latest of `YYYY-MM-DD` (or ISO) strings: they sort like the calendar. */
export const earliest = (...dates: string[]) => [...dates].sort()[0];
export const latest = (...dates: string[]) => [...dates].sort()[dates.length - 1];
export const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** A moment during office hours (08:00–15:00 WIB, Monday–Saturday) on a day between `fromMs` and `toMs`. */
export function officeMoment(ctx: DemoContext, fromMs: number, toMs: number): number {
  const span = Math.max(1, Math.floor((toMs - fromMs) / DAY_MS));
  let date = dayOf(fromMs + ctx.rng.int(0, span - 1) * DAY_MS);
  if (weekday(date) === 0) date = addDaysTo(date, 1);
  const ms = Date.parse(`${date}T00:00:00Z`) - WIB_MS + (8 * 60 + ctx.rng.int(0, 7 * 60 - 1)) * 60_000;
  return Math.min(ms + ctx.rng.int(0, 59_999), ctx.nowMs - 60_000);
}

/** A birth date for someone `minAge`–`maxAge` years old on `on`. */
export function birthDate(ctx: DemoContext, on: string, minAge: number, maxAge: number): string {
  const year = Number(on.slice(0, 4)) - ctx.rng.int(minAge, maxAge);
  const month = ctx.rng.int(1, 12);
  const day = ctx.rng.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface PersonSpec {
  sex: 'L' | 'P';
  birthDate: string | null;
  createdMs: number;
  dusun?: string;
}

/** Inserts people with the fiction mark in their names; returns their ids and names. */
export function peopleWriter(ctx: DemoContext) {
  const insert = ctx.db.prepare(
    `INSERT INTO people (id, full_name, name_key, sex, birth_date, region_code, dusun, rt, rw, created_at, created_by,
       updated_at, updated_by, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  return (p: PersonSpec, by: string): { id: string; name: string } => {
    const id = ctx.rng.idAt(p.createdMs);
    const first = p.sex === 'P' ? ctx.rng.pick(FEMALE) : ctx.rng.pick(MALE);
    const name = `${first} ${ctx.rng.pick(SECOND)}${FICTION_MARK}`;
    const at = iso(p.createdMs);
    insert.run(
      id,
      name,
      nameKey(name),
      p.sex,
      p.birthDate,
      ctx.regionCode,
      p.dusun ?? null,
      String(ctx.rng.int(1, 9)).padStart(3, '0'),
      String(ctx.rng.int(1, 5)).padStart(3, '0'),
      at,
      by,
      at,
      by,
    );
    return { id, name };
  };
}

/** Inserts a consent (written, text version 2026-01) for the purposes given; returns its id. */
export function consentWriter(ctx: DemoContext) {
  const insert = ctx.db.prepare(
    `INSERT INTO consents (id, subject_person_id, given_by_name, relation, purposes, method, evidence_ref,
       text_version, given_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01', ?, ?)`,
  );
  return (
    subject: string,
    purposes: string[],
    atMs: number,
    by: string,
    giver: { relation: string; name: string | null; method: string } = {
      relation: 'self',
      name: null,
      method: 'written',
    },
  ): string => {
    const id = ctx.rng.idAt(atMs);
    insert.run(
      id,
      subject,
      giver.name,
      giver.relation,
      JSON.stringify(purposes),
      giver.method,
      `FORM-CONTOH-${id.slice(-6).toUpperCase()}`,
      iso(atMs),
      by,
    );
    return id;
  };
}
