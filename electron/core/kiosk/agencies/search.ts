import type { AgencyHit, AgencySearchResult, AgencyStatus, KioskLang } from '../../../shared/kiosk';
import type { Db } from '../../db/open';
import { normalizeAgencyName, normalizeLicence, replaceControls } from './normalize';
import { type AgencyRow, registryStats, searchByLicence, searchByName } from './repository';

const STATUS_LABELS: Record<KioskLang, Record<AgencyStatus, string>> = {
  id: {
    active: 'Izin aktif',
    suspended: 'Izin dibekukan',
    revoked: 'Izin dicabut',
    expired: 'Izin kedaluwarsa',
  },
  en: {
    active: 'Licence active',
    suspended: 'Licence suspended',
    revoked: 'Licence revoked',
    expired: 'Licence expired',
  },
};

/**
 * The licence status the kiosk must show on `today`: an "active" licence past its last valid
 * day is expired, whatever the imported list said. (A stale list is the biggest trust risk:
 * anchors.md lesson 1.)
 */
export function effectiveStatus(status: AgencyStatus, validUntil: string | null, today: string): AgencyStatus {
  return status === 'active' && validUntil !== null && validUntil < today ? 'expired' : status;
}

/** Wording rules: never an endorsement, always "confirm at SISKOP2MI or Disnaker", and check the job too. */
function notice(lang: KioskLang, total: number, dataAsOf: string | null, query: string, found: number): string {
  if (lang === 'en') {
    if (total === 0) {
      return 'The P3MI list has not been filled in on this computer yet. Check at siskop2mi.go.id or ask the officer or Disnaker.';
    }
    if (query !== '' && found === 0) {
      return `Not found in the list dated ${dataAsOf}. The name may be written differently, or the company may have no licence. Ask the officer and check at siskop2mi.go.id before paying anything.`;
    }
    return `This is only a copy of the official list dated ${dataAsOf}, not a recommendation. A licence can change: confirm at siskop2mi.go.id or Disnaker, and check the job offer too, not only the company.`;
  }
  if (total === 0) {
    return 'Data P3MI belum diisi di komputer ini. Periksa langsung di siskop2mi.go.id atau tanyakan ke petugas atau Disnaker.';
  }
  if (query !== '' && found === 0) {
    return `Tidak ditemukan dalam data per ${dataAsOf}. Mungkin namanya ditulis berbeda, atau perusahaan itu tidak berizin. Tanyakan ke petugas dan periksa di siskop2mi.go.id sebelum membayar apa pun.`;
  }
  return `Ini hanya salinan data resmi per ${dataAsOf}, bukan rekomendasi. Status izin bisa berubah: pastikan di siskop2mi.go.id atau Disnaker, dan periksa juga lowongannya, bukan hanya perusahaannya.`;
}

/** Removes control characters and caps the length: a kiosk search never fails on what was typed. */
export function cleanQuery(q: string): string {
  return replaceControls(q.normalize('NFC').slice(0, 240)).replace(/\s+/g, ' ').trim().slice(0, 120).trim();
}

export function searchAgencies(
  db: Db,
  input: { q: string; limit?: number; lang?: KioskLang },
  today: string,
): AgencySearchResult {
  const lang = input.lang ?? 'id';
  const limit = input.limit ?? 20;
  const registry = registryStats(db);
  const q = cleanQuery(input.q);
  const hits: AgencyHit[] = [];
  if (q !== '' && registry.total > 0) {
    const seen = new Set<string>();
    const add = (rows: AgencyRow[], matchedBy: AgencyHit['matchedBy']) => {
      for (const r of rows) {
        if (hits.length >= limit || seen.has(r.id)) continue;
        seen.add(r.id);
        hits.push(toHit(r, matchedBy, lang, today));
      }
    };
    const byLicence = searchByLicence(db, normalizeLicence(q), limit);
    // Exact licence first; then names, so a name that happens to begin a licence number still
    // ranks its company first; licence prefixes last (someone still typing a number).
    add(byLicence.exact, 'licence');
    add(searchByName(db, normalizeAgencyName(q), limit), 'name');
    add(byLicence.prefix, 'licence');
  }
  return { results: hits, registry, notice: notice(lang, registry.total, registry.dataAsOf, q, hits.length) };
}

function toHit(r: AgencyRow, matchedBy: AgencyHit['matchedBy'], lang: KioskLang, today: string): AgencyHit {
  const status = effectiveStatus(r.status, r.valid_until, today);
  return {
    id: r.id,
    name: r.name,
    licenceNumber: r.licence_number,
    status,
    recordedStatus: r.status,
    statusLabel: STATUS_LABELS[lang][status],
    validUntil: r.valid_until,
    address: r.address,
    dataAsOf: r.data_as_of,
    source: r.source,
    matchedBy,
  };
}
