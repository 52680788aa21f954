import { createCore } from './electron/core';
import { activeConsentSql } from './electron/core/edukasi/consent';
const core = createCore({ dbPath: process.argv[2], log: { error() {}, info() {} } });
if (process.env.CACHE) core.db.pragma('cache_size = -' + process.env.CACHE);
const COUNTED = "('present', 'late', 'absent')";
const variants: Record<string, string> = {
  current: `SELECT c.id FROM children c WHERE c.left_on IS NULL AND (SELECT COUNT(*) FROM (SELECT t.status FROM attendance t WHERE t.person_id = c.person_id AND t.status IN ${COUNTED} ORDER BY t.on_date DESC, t.number_in_day DESC LIMIT @n) r WHERE r.status = 'absent') = @n AND ${activeConsentSql('c.person_id')}`,
  prefilter: `SELECT c.id FROM children c WHERE c.left_on IS NULL
    AND (SELECT t.status FROM attendance t WHERE t.person_id = c.person_id AND t.status IN ${COUNTED} ORDER BY t.on_date DESC, t.number_in_day DESC LIMIT 1) = 'absent'
    AND (SELECT COUNT(*) FROM (SELECT t.status FROM attendance t WHERE t.person_id = c.person_id AND t.status IN ${COUNTED} ORDER BY t.on_date DESC, t.number_in_day DESC LIMIT @n) r WHERE r.status = 'absent') = @n AND ${activeConsentSql('c.person_id')}`,
  latestOnly: `SELECT c.id FROM children c WHERE c.left_on IS NULL
    AND (SELECT t.status FROM attendance t WHERE t.person_id = c.person_id AND t.status IN ${COUNTED} ORDER BY t.on_date DESC, t.number_in_day DESC LIMIT 1) = 'absent'`,
  scanOnly: `SELECT count(*) FROM children c WHERE c.left_on IS NULL`,
  latestAny: `SELECT c.id FROM children c WHERE c.left_on IS NULL
    AND (SELECT t.status FROM attendance t WHERE t.person_id = c.person_id ORDER BY t.on_date DESC, t.number_in_day DESC LIMIT 1) = 'absent'`,
};
for (const [name, sql] of Object.entries(variants)) {
  const st = core.db.prepare(sql);
  const times: number[] = []; let n = 0;
  for (let i = 0; i < 8; i++) { const t = performance.now(); const r = st.all(sql.includes('@n') ? { n: 3 } : {}); n = r.length; times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log(name.padEnd(12), n, 'median', times[4].toFixed(1), 'min', times[0].toFixed(1));
}
