import type { MethodName } from '../../shared/contract';
import { NAMED_LIST_TITLES } from '../../shared/reports';
import type { MethodTable } from '../api/types';
import { requireRecentReauth } from '../auth/step-up';
import { jakartaDate } from '../clock';
import { staffUser } from '../desk/actor';
import { requireNamedList, requireReport } from './access';
import { dashboard } from './dashboard/dashboard';
import { cancelJob, downloadChunk, jobStatus, launchJob } from './exports/jobs';
import { exportReport } from './exports/report-export';
import { reportHeader } from './header';
import { boundsOf, resolvePeriod } from './periods';
import { dashboardInput, downloadInput, exportInput, jobInput, namedListInput, reportInput } from './schemas';
import { migrationServiceReport } from './standard/migration-service';
import { rumahEdukasiReport } from './standard/rumah-edukasi';

export type ReportMethodName = Extract<MethodName, `reports.${string}` | `exports.${string}`>;

const NAMED_LIST_ADDRESSEE = 'Penggunaan internal pemerintah desa (berisi data pribadi)';

/** Laporan (issue 6): aggregates for every staff role by part; named lists after a password step-up. */
export const reportMethods: MethodTable<ReportMethodName> = {
  'reports.dashboard': {
    description:
      'Dasbor: angka periode terpilih dan tren per bulan (bulan ini dibanding bulan-bulan sebelumnya), hanya bagian yang boleh dilihat peran Anda. Tanpa nama.',
    input: dashboardInput,
    handler: (input, call, deps) => {
      staffUser(call);
      return dashboard(input, call, deps);
    },
  },
  'reports.migrationService': {
    description:
      'Laporan Layanan Migrasi Desa (untuk Disnaker/KP2MI) untuk satu bulan, triwulan atau rentang tanggal. Hanya angka.',
    input: reportInput,
    handler: (input, call, deps) => {
      staffUser(call);
      requireReport(call.role, 'migrationService');
      return migrationServiceReport(input.period, call, deps);
    },
  },
  'reports.rumahEdukasi': {
    description: 'Laporan Rumah Edukasi dan Pengasuhan (untuk pemantauan KPAI) untuk satu periode. Hanya angka.',
    input: reportInput,
    handler: (input, call, deps) => {
      staffUser(call);
      requireReport(call.role, 'rumahEdukasi');
      return rumahEdukasiReport(input.period, call, deps);
    },
  },
  'reports.export': {
    description:
      'Mengunduh laporan angka sebagai XLSX (satu lembar per tabel, dengan lembar keterangan) atau CSV (satu tabel, UTF-8 dengan BOM). Dicatat di log audit.',
    input: exportInput,
    handler: (input, call, deps) => {
      staffUser(call);
      return exportReport(input, call, deps);
    },
  },
  'reports.exportNamedList': {
    description:
      'Memulai ekspor daftar bernama (konsultasi, anak, atau pengaduan) untuk peran yang mengelolanya, setelah kata sandi dimasukkan lagi. Dicatat di log audit.',
    input: namedListInput,
    handler: (input, call, deps) => {
      staffUser(call);
      requireNamedList(call.role, input.list);
      requireRecentReauth(call, deps);
      const period = resolvePeriod(input.period, jakartaDate(deps.clock.now()));
      const header = reportHeader(deps, call, NAMED_LIST_TITLES[input.list], NAMED_LIST_ADDRESSEE, period);
      return launchJob(deps, call, {
        list: input.list,
        format: input.format,
        delimiter: input.delimiter ?? ';',
        bounds: boundsOf(period),
        header,
      });
    },
  },
  'exports.status': {
    description: 'Kemajuan ekspor daftar bernama (0 sampai 1), dan apakah berkasnya sudah siap diunduh.',
    input: jobInput,
    handler: (input, call, deps) => jobStatus(deps, call, input.jobId),
  },
  'exports.download': {
    description: 'Mengambil sepotong berkas ekspor yang sudah selesai (base64), mulai dari posisi tertentu.',
    input: downloadInput,
    handler: (input, call, deps) => downloadChunk(deps, call, input),
  },
  'exports.cancel': {
    description: 'Membatalkan ekspor yang berjalan, atau menghapus berkas ekspor yang sudah selesai.',
    input: jobInput,
    handler: (input, call, deps) => cancelJob(deps, call, input.jobId),
  },
};
