import type { ReportHeader, ResolvedPeriod } from '../../shared/reports';
import { AppError } from '../api/app-error';
import type { CallContext, Deps } from '../api/types';
import { iso } from '../clock';
import { getSetting, getVillage } from '../settings/repository';
import { wibTimestampLabel } from './format';

/** Settings key set by the demo generator: every screen shows "DATA CONTOH". */
export const DEMO_SETTING = 'demo';

export const isDemo = (deps: Pick<Deps, 'db'>) => getSetting<unknown>(deps.db, DEMO_SETTING, false) === true;

/** The block every report and export carries: village, kode wilayah, period, who and when. */
export function reportHeader(
  deps: Deps,
  call: CallContext,
  title: string,
  addressedTo: string,
  period: ResolvedPeriod,
): ReportHeader {
  const village = getVillage(deps.db);
  if (!village) throw new AppError('CONFLICT', 'Profil desa belum diisi. Selesaikan penyiapan awal dulu.');
  const now = deps.clock.now();
  return {
    title,
    addressedTo,
    villageName: village.name,
    regionCode: village.regionCode,
    period,
    generatedBy: call.user?.displayName ?? 'Sistem',
    generatedAt: iso(now),
    generatedAtLabel: wibTimestampLabel(now),
    demo: isDemo(deps),
  };
}
