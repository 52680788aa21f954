// Writes resources/regions/codes.json: every kabupaten/kota and kecamatan code of Indonesia (digits
// only), for structural NIK checks (digits 1–6 are the kecamatan where the NIK was first issued).
// Source: npm idn-area-data (data under ODbL 1.0; Kepmendagri 300.2.2-2138 Tahun 2025).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dir = path.dirname(require.resolve('idn-area-data/package.json'));
const version = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
const codes = (file) =>
  readFileSync(path.join(dir, 'data', file), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(',')[0].replaceAll('.', ''));
const out = {
  source: `idn-area-data ${version} (ODbL 1.0; Kepmendagri 300.2.2-2138 Tahun 2025)`,
  provinces: codes('provinces.csv'),
  regencies: codes('regencies.csv'),
  districts: codes('districts.csv'),
};
writeFileSync('resources/regions/codes.json', `${JSON.stringify(out)}\n`);
console.log(
  `codes.json: ${out.provinces.length} provinsi, ${out.regencies.length} kab/kota, ${out.districts.length} kecamatan`,
);
