// Extracts one regency (default Kabupaten Indramayu, 32.12) from the npm package idn-area-data
// (data under ODbL, codes per Kepmendagri 300.2.2-2138/2025) into resources/regions/<code>.json.
// Run once when the package is updated: `node scripts/gen-regions.mjs [32.12]`. Output is committed
// so the app needs no network and no CSV parsing at run time.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const regency = process.argv[2] ?? '32.12';
const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve('idn-area-data/package.json'));
const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const rows = (file) =>
  readFileSync(path.join(pkgDir, 'data', file), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      // Names may be quoted when they contain commas.
      const m = line.match(/^([^,]+),([^,]+),(?:"(.*)"|(.*))$/);
      if (!m) throw new Error(`bad line: ${line}`);
      return { code: m[1], parent: m[2], name: m[3] ?? m[4] };
    });
const reg = rows('regencies.csv').find((r) => r.code === regency);
if (!reg) throw new Error(`regency ${regency} not found`);
const districts = rows('districts.csv').filter((d) => d.parent === regency);
const districtName = new Map(districts.map((d) => [d.code, d.name]));
const villages = rows('villages.csv')
  .filter((v) => districtName.has(v.parent))
  .map((v) => ({ code: v.code, name: v.name, districtCode: v.parent, districtName: districtName.get(v.parent) }));
const out = {
  source: `idn-area-data ${pkg.version} (ODbL; Kepmendagri 300.2.2-2138 Tahun 2025)`,
  regency: { code: reg.code, name: reg.name },
  districts: districts.map((d) => ({ code: d.code, name: d.name })),
  villages,
};
mkdirSync('resources/regions', { recursive: true });
writeFileSync(`resources/regions/${regency}.json`, `${JSON.stringify(out, null, 1)}\n`);
console.log(`resources/regions/${regency}.json: ${districts.length} kecamatan, ${villages.length} desa/kelurahan`);
