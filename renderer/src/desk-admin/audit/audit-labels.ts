import type { TFunction } from 'i18next';
import {
  CASE_KINDS,
  CASE_RISKS,
  CASE_STATUSES,
  JOURNEY_LIST_KINDS,
  JOURNEY_SCHEMES,
  JOURNEY_STATUSES,
  REFERRAL_TARGETS,
} from '../../../../electron/shared/desk';
import { STAFF_ROLES } from '../../../../electron/shared/domain';
import { CONSENT_METHODS, CONSENT_PURPOSES, CONSENT_RELATIONS } from '../../../../electron/shared/people';
import { label } from '../shared/labels';

/** Actions the core writes (electron/core/audit/audit-log.ts, AuditAction). */
export const AUDIT_ACTIONS = [
  'view',
  'create',
  'update',
  'delete',
  'export',
  'anonymise',
  'consent_withdraw',
  'login',
  'login_failed',
  'login_throttled',
  'logout',
  'logout_all',
  'setup',
  'account_disable',
  'account_enable',
  'password_change',
  'password_reset',
  'reauth',
  'reauth_failed',
] as const;
export type KnownAuditAction = (typeof AUDIT_ACTIONS)[number];

/** Kinds of data the log names (`entity`); a later feature's own kind shows as written. */
export const AUDIT_ENTITIES = [
  'person',
  'consent',
  'consultations',
  'follow_ups',
  'cases',
  'journeys',
  'queue_tickets',
  'user',
  'auth',
  'settings',
  'agencies',
  'children',
  'households',
  'caregivers',
  'care_arrangements',
  'parent_contacts',
  'groups',
  'activities',
  'attendance',
  'edukasi_import',
] as const;
export type KnownAuditEntity = (typeof AUDIT_ENTITIES)[number];

const isAction = (a: string): a is KnownAuditAction => (AUDIT_ACTIONS as readonly string[]).includes(a);
const isEntity = (e: string): e is KnownAuditEntity => (AUDIT_ENTITIES as readonly string[]).includes(e);

export function actionLabel(t: TFunction, action: string): string {
  return isAction(action) ? t(`deskadmin.audit.action.${action}`) : action;
}

export function entityLabel(t: TFunction, entity: string): string {
  return isEntity(entity) ? t(`deskadmin.audit.entity.${entity}`) : entity;
}

/** Detail keys worth a word; the rest are shown as the core wrote them. */
const DETAIL_KEYS = [
  'fields',
  'purposes',
  'purpose',
  'references',
  'kind',
  'risk',
  'referenceCode',
  'sessionsEnded',
  'otherSessionsEnded',
  'via',
  'list',
  'results',
  'statusTo',
  'referralTo',
  'role',
  'events',
  'people',
  'status',
  'scheme',
  'givenBy',
  'method',
] as const;

/** Field names the core lists in `fields` when something changed. */
const FIELD_NAMES = [
  'fullName',
  'nik',
  'sex',
  'birthDate',
  'phone',
  'regionCode',
  'dusun',
  'rt',
  'rw',
  'note',
  'status',
  'kind',
  'risk',
  'summary',
  'agencyId',
  'destination',
  'job',
  'sector',
  'scheme',
  'familyPermissionAcknowledgedOn',
  'departedOn',
  'expectedReturnOn',
  'returnedOn',
] as const;

/** Coded values the log holds (`via: search_name`, `purpose: step_up`…). */
const CODED_VALUES = [
  'search_name',
  'search_nik',
  'search_phone',
  'duplicate_check',
  'person',
  'trail',
  'import',
  'step_up',
  'password_change',
] as const;

const has = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

export interface DetailWords {
  keys: Record<string, string>;
  fields: Record<string, string>;
  /** Turns one coded value into words, or returns null to show it as written. */
  value: (key: string, value: string) => string | null;
}

/** Everything formatDetails needs, built once per language. */
export function detailWords(t: TFunction): DetailWords {
  const keys = Object.fromEntries(DETAIL_KEYS.map((k) => [k, t(`deskadmin.audit.detail.${k}`)]));
  const fields = Object.fromEntries(FIELD_NAMES.map((f) => [f, t(`deskadmin.audit.field.${f}`)]));
  const coded = Object.fromEntries(CODED_VALUES.map((v) => [v, t(`deskadmin.audit.value.${v}`)]));
  const list = (v: string, one: (x: string) => string) =>
    v
      .split(',')
      .map((x) => one(x.trim()))
      .join(', ');
  const value = (key: string, v: string): string | null => {
    switch (key) {
      case 'fields':
        return list(v, (x) => fields[x] ?? x);
      case 'purposes':
        return list(v, (x) => (has(CONSENT_PURPOSES, x) ? label.consentPurpose(t, x) : x));
      case 'givenBy':
        return has(CONSENT_RELATIONS, v) ? label.consentRelation(t, v) : null;
      case 'method':
        return has(CONSENT_METHODS, v) ? label.consentMethod(t, v) : null;
      case 'kind':
        return has(CASE_KINDS, v) ? label.caseKind(t, v) : (coded[v] ?? null);
      case 'risk':
        return has(CASE_RISKS, v) ? label.caseRisk(t, v) : null;
      case 'statusTo':
        return has(CASE_STATUSES, v) ? label.caseStatus(t, v) : null;
      case 'status':
        if (has(JOURNEY_STATUSES, v)) return label.journeyStatus(t, v);
        return has(CASE_STATUSES, v) ? label.caseStatus(t, v) : null;
      case 'referralTo':
        return has(REFERRAL_TARGETS, v) ? label.referral(t, v) : null;
      case 'scheme':
        return has(JOURNEY_SCHEMES, v) ? label.journeyScheme(t, v) : null;
      case 'role':
        return has(STAFF_ROLES, v) ? label.role(t, v) : null;
      case 'list':
        return has(JOURNEY_LIST_KINDS, v) ? t(`deskadmin.journeys.kind.${v}`) : (coded[v] ?? null);
      default:
        return coded[v] ?? null;
    }
  };
  return { keys, fields, value };
}

/**
 * `{ referenceCode: 'KNG-2611-7QK', kind: 'fraud' }` → "kode: KNG-2611-7QK · jenis: Penipuan".
 * Empty values and the bare `event` marker are left out; unknown keys and values show as written.
 */
export function formatDetails(details: Record<string, string | number | boolean | null>, words: DetailWords): string {
  return Object.entries(details)
    .filter(([k, v]) => v !== null && v !== '' && v !== false && k !== 'event')
    .map(([k, v]) => {
      const text = typeof v === 'string' ? (words.value(k, v) ?? v) : v === true ? '✓' : String(v);
      return `${words.keys[k] ?? k}: ${text}`;
    })
    .join(' · ');
}
