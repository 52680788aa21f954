import { describe, expect, it } from 'vitest';
import { conservativeStem, stemIndonesian } from '../../../electron/core/content/analysis/stem-id';
import { ROOT_SET_ID, ROOT_WORDS_ID } from '../../../electron/core/content/data/roots-id';

// word → root, covering every prefix and suffix family the stemmer handles.
const PAIRS: [string, string][] = [
  // The brief's examples.
  ['pemberangkatan', 'berangkat'],
  ['keberangkatan', 'berangkat'],
  ['diberangkatkan', 'berangkat'],
  ['memberangkatkan', 'berangkat'],
  ['mendaftar', 'daftar'],
  ['pendaftaran', 'daftar'],
  ['terdaftar', 'daftar'],
  ['mendaftarkan', 'daftar'],
  // meN- with the nasal assimilation.
  ['membayar', 'bayar'],
  ['memakai', 'pakai'],
  ['meminta', 'minta'],
  ['menulis', 'tulis'],
  ['menikah', 'nikah'],
  ['menyimpan', 'simpan'],
  ['mengirim', 'kirim'],
  ['mengadu', 'adu'],
  ['menghubungi', 'hubung'],
  ['mengecek', 'cek'],
  ['melapor', 'lapor'],
  ['merekrut', 'rekrut'],
  ['mewajibkan', 'wajib'],
  // peN- / per- / pe-
  ['penempatan', 'tempat'],
  ['penipuan', 'tipu'],
  ['pengaduan', 'adu'],
  ['penyimpanan', 'simpan'],
  ['pembayaran', 'bayar'],
  ['pemeriksaan', 'periksa'],
  ['pelatihan', 'latih'],
  ['perlindungan', 'lindung'],
  ['pelindungan', 'lindung'],
  ['perjanjian', 'janji'],
  ['perusahaan', 'usaha'],
  ['pekerja', 'kerja'],
  ['pekerjaan', 'kerja'],
  ['perekrutan', 'rekrut'],
  // ber- / be- / ter- / di- / ke- / se-
  ['bekerja', 'kerja'],
  ['berubah', 'ubah'],
  ['bersekolah', 'sekolah'],
  ['belajar', 'ajar'],
  ['tertutup', 'tutup'],
  ['ditinggal', 'tinggal'],
  ['dilindungi', 'lindung'],
  ['ditahan', 'tahan'],
  ['diperlukan', 'perlu'],
  ['dipekerjakan', 'kerja'],
  ['kewajiban', 'wajib'],
  ['kesehatan', 'sehat'],
  ['kelahiran', 'lahir'],
  ['kematian', 'mati'],
  ['seseorang', 'orang'],
  // Suffixes and particles.
  ['gajinya', 'gaji'],
  ['laporan', 'lapor'],
  ['bantuan', 'bantu'],
  ['tanyakan', 'tanya'],
  ['bukalah', 'buka'],
  ['masalahnya', 'masalah'],
  ['tindakan', 'tindak'],
  // Colloquial nasal forms and -in, accepted only with a known root.
  ['ngurus', 'urus'],
  ['ngadu', 'adu'],
  ['nyari', 'cari'],
  ['ndaftar', 'daftar'],
  ['daftarin', 'daftar'],
];

// Roots that look affixed must stay whole.
const KEPT = ['berangkat', 'keluarga', 'perempuan', 'pesan', 'sekolah', 'masalah', 'penjara', 'perlu', 'meninggal'];

describe('Indonesian stemmer', () => {
  it('has a table of at least 40 pairs', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(PAIRS)('%s → %s', (word, root) => {
    expect(stemIndonesian(word)).toBe(root);
  });

  it.each(KEPT)('keeps the root "%s" whole', (word) => {
    expect(stemIndonesian(word)).toBe(word);
  });

  it('leaves short words, codes and numbers alone', () => {
    for (const w of ['di', 'ke', 'pmi', 'p3mi', 'bp2mi', '0800', 'ak1']) expect(stemIndonesian(w)).toBe(w);
  });

  it('is idempotent on its own output', () => {
    for (const [word] of PAIRS) {
      const once = stemIndonesian(word);
      expect(stemIndonesian(once), word).toBe(once);
    }
  });

  it('reads "menjamin" as jamin, not jam + colloquial -in', () => {
    expect(stemIndonesian('menjamin')).toBe('jamin');
  });

  it('falls back to conservative stripping for words with no known root', () => {
    // Neither "kompres" nor "dansa" is in the root list.
    expect(ROOT_SET_ID.has('kompres')).toBe(false);
    expect(stemIndonesian('dikompresnya')).toBe('kompres');
    expect(stemIndonesian('berdansa')).toBe('dansa');
    // Confix suffixes are cut only together with a prefix.
    expect(conservativeStem('pendansaan')).toBe('dansa');
    expect(conservativeStem('dansaan')).toBe('dansaan');
  });

  it('does not cut names that only look prefixed, nor -si loanwords', () => {
    expect(conservativeStem('disnakerbaru')).toBe('disnakerbaru'); // di + two consonants
    expect(stemIndonesian('berkomunikasi')).toBe('komunikasi');
    expect(conservativeStem('berdiskusi')).toBe('diskusi');
  });

  it('never throws or returns an empty stem on odd input', () => {
    for (const w of ['', 'a', 'nya', 'kan', 'meng', 'penge', 'dikan', 'memper', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']) {
      const s = stemIndonesian(w);
      expect(typeof s).toBe('string');
      if (w.length > 0) expect(s.length).toBeGreaterThan(0);
    }
  });

  it('keeps the root list free of duplicates and affixed words it would cut', () => {
    expect(new Set(ROOT_WORDS_ID).size).toBe(ROOT_WORDS_ID.length);
    for (const root of ROOT_WORDS_ID) expect(stemIndonesian(root), root).toBe(root);
  });
});
