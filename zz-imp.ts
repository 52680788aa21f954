import { createCore } from './electron/core';
async function main() {
  const core = createCore({ dbPath: ':memory:', log: { error: (m: string, e: unknown) => console.error(m, e), info() {} } });
  await core.dispatch('setup.complete', { village: { name: 'Bench', regionCode: '32.12.16.2004', address: 'Jl. Fiktif 1' }, admin: { username: 'admin.bench', displayName: 'Admin', password: 'Sawah-Hijau-Lebar-42' } });
  const token = ((await core.dispatch('auth.login', { username: 'admin.bench', password: 'Sawah-Hijau-Lebar-42' })) as any).value.token;
  await core.dispatch('groups.create', { name: 'Kelas Melati', audience: 'children' }, { token });
  const n = Number(process.env.ROWS ?? 10000);
  const lines = ['jenis,nama,tanggal_lahir,jenis_kelamin,kode_anak,nama_anak,hubungan,akta,kia,sekolah,persetujuan_oleh,cara_persetujuan,bukti_persetujuan,versi_persetujuan,kelompok'];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const word = (i: number) => Array.from({ length: 4 }, (_, k) => letters[Math.floor(i / 26 ** k) % 26]).join('');
  for (let i = 0; i < n; i++) {
    if (i % 5 === 4) lines.push(`pengasuh,Nenek ${word(i)} Fiktif,,P,K${i - 1},,nenek,,,,,tertulis,F-${i},2026-01,`);
    else lines.push(`anak,Anak ${word(i)} Fiktif,01/0${1 + (i % 9)}/2016,L,K${i},,,ya,ya,SD,wali,tertulis,F-${i},2026-01,Kelas Melati`);
  }
  const csv = lines.join('\n');
  const t = performance.now();
  const r = await core.dispatch('edukasi.import', { csv, mode: 'valid_rows' }, { token });
  console.log(n, 'rows', ((performance.now() - t) / 1000).toFixed(2), 's', r.ok ? (r.value as any).counts : r.error);
}
main();
