/**
 * Indonesian stemmer: a compact confix stripper in the style of ECS (Enhanced Confix Stripping,
 * Arifin et al. 2009, itself built on Nazief–Adriani), with a root-word check.
 *
 * Why this design:
 * - Indonesian morphology is mostly affixes around an unchanged root, but the nasal prefixes
 *   (meN-, peN-) change the root's first letter: "menulis" ← tulis, "memakai" ← pakai,
 *   "menyimpan" ← simpan, "mengirim" ← kirim. A pure rule stripper must guess (is "menanti" from
 *   "nanti" or "tanti"?); checking candidates against a list of roots makes the right choice in
 *   the common cases and refuses to cut words that only look affixed ("berangkat", "keluarga").
 * - The root list is compact (see data/roots-id.ts). When no candidate is a known root we fall
 *   back to a CONSERVATIVE stripper (only unambiguous affixes, leaving at least four letters), so
 *   unknown words still meet their inflected forms in most cases and are never mangled badly.
 * - Villagers type colloquial Javanese/Betawi-influenced forms ("ngurus", "nyari", "mbayar",
 *   "daftarin"); those nasal prefixes and the -in suffix are tried too, but only accepted when
 *   they lead to a known root.
 * Index and query use the same function, so a wrong-but-consistent stem still matches.
 */
import { ROOT_SET_ID } from '../data/roots-id';

const VOWEL = /^[aiueo]/;
const CONSONANT = /^[b-df-hj-np-tv-z]/;
const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];

/** Affixed forms ECS refuses as confixes (e.g. di-…-an is not Indonesian morphology). */
const DISALLOWED_CONFIX: Record<string, readonly string[]> = {
  be: ['i'],
  di: ['an'],
  ke: ['i', 'kan'],
  me: ['an'],
  se: ['i', 'kan'],
  te: ['an'],
};

interface SuffixVariant {
  stem: string;
  /** The derivational suffix removed ('kan' | 'an' | 'i' | 'in' | ''), for the confix check. */
  suffix: string;
}

function stripEnding(word: string, endings: readonly string[], minRest: number): string | null {
  for (const e of endings) {
    if (word.endsWith(e) && word.length - e.length >= minRest) return word.slice(0, -e.length);
  }
  return null;
}

/** Suffix-stripped variants, most stripped first (ECS: strip suffixes, then prefixes; back off). */
function suffixVariants(word: string): SuffixVariant[] {
  const out: SuffixVariant[] = [];
  const seen = new Set<string>();
  const add = (stem: string, suffix: string) => {
    const key = `${stem}|${suffix}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ stem, suffix });
    }
  };
  const inflected: string[] = [];
  const noParticle = stripEnding(word, PARTICLES, 3);
  const base = noParticle ?? word;
  const noPossessive = stripEnding(base, POSSESSIVES, 3);
  if (noPossessive) inflected.push(noPossessive);
  if (noParticle) inflected.push(noParticle);
  inflected.push(word);
  for (const w of inflected) {
    // "-kan" is tried before "-an" (a root may end in k: "tindakan" ← tindak).
    for (const s of ['kan', 'an', 'i']) {
      if (w.endsWith(s) && w.length - s.length >= 2) add(w.slice(0, -s.length), s);
    }
    add(w, '');
  }
  // Colloquial "-in" ("daftarin") last, so "menjamin" is read as jamin before jam + -in.
  for (const w of inflected) if (w.endsWith('in') && w.length > 4) add(w.slice(0, -2), 'in');
  return out;
}

/** One-step prefix removals of `word`, as [remainder, prefix kind] in order of preference. */
function prefixOptions(word: string, colloquial: boolean): [string, string][] {
  const out: [string, string][] = [];
  const rest = (n: number) => word.slice(n);
  const at = rest;
  if (word.startsWith('di')) out.push([rest(2), 'di']);
  if (word.startsWith('ke')) out.push([rest(2), 'ke']);
  if (word.startsWith('se')) out.push([rest(2), 'se']);

  if (word.startsWith('ber')) {
    out.push([rest(3), 'be']);
    if (VOWEL.test(at(3))) out.push([rest(2), 'be']); // be-rV: "beragam"? root "ragam"
  } else if (word.startsWith('belajar')) {
    out.push([rest(3), 'be']);
  } else if (word.startsWith('be') && CONSONANT.test(at(2)) && at(3).startsWith('er')) {
    out.push([rest(2), 'be']); // "bekerja" ← kerja
  }

  if (word.startsWith('ter')) {
    out.push([rest(3), 'te']);
    if (VOWEL.test(at(3))) out.push([rest(2), 'te']);
  } else if (word.startsWith('te') && CONSONANT.test(at(2)) && at(3).startsWith('er')) {
    out.push([rest(2), 'te']);
  }

  // meN- and peN- share the nasal assimilation rules.
  for (const p of ['me', 'pe']) {
    if (!word.startsWith(p)) continue;
    const n = word.slice(2);
    if (n.startsWith('ng')) {
      const r = n.slice(2);
      if (r.startsWith('e') && CONSONANT.test(r.slice(1))) out.push([r.slice(1), p]); // menge-: "mengecek"
      if (VOWEL.test(r))
        out.push([r, p], [`k${r}`, p]); // "mengadu" ← adu, "mengirim" ← kirim
      else out.push([r, p]); // "menghubungi" ← hubung
    } else if (n.startsWith('ny') && VOWEL.test(n.slice(2))) {
      out.push([`s${n.slice(2)}`, p], [`c${n.slice(2)}`, p], [n, p]); // "menyimpan" ← simpan
    } else if (n.startsWith('m')) {
      const r = n.slice(1);
      if (/^[bfv]/.test(r))
        out.push([r, p]); // "membayar" ← bayar
      else if (r.startsWith('p'))
        out.push([r, p]); // "memperoleh" ← peroleh
      else if (VOWEL.test(r)) out.push([`p${r}`, p], [n, p]); // "memakai" ← pakai, "meminta" ← minta
    } else if (n.startsWith('n')) {
      const r = n.slice(1);
      if (/^[cdjsz]/.test(r))
        out.push([r, p]); // "mendaftar" ← daftar
      else if (VOWEL.test(r)) out.push([`t${r}`, p], [n, p]); // "menulis" ← tulis, "menikah" ← nikah
    } else if (/^[lrwy]/.test(n) && VOWEL.test(n.slice(1))) {
      out.push([n, p]); // "melapor" ← lapor
    }
    if (p === 'pe') {
      if (n.startsWith('r')) {
        out.push([n.slice(1), 'per']); // "perjalanan" ← jalan
        if (VOWEL.test(n.slice(1))) out.push([n, 'pe']); // "perawat" ← rawat
      }
      if (n.startsWith('lajar')) out.push([n.slice(1), 'pe']);
      if (CONSONANT.test(n) && !/^[mnry]/.test(n)) out.push([n, 'pe']); // "pekerja" ← kerja
    }
  }

  if (colloquial) {
    // Spoken forms without me-: "ngurus", "ngirim", "nyari", "mbayar", "ndaftar", "nulis".
    if (word.startsWith('ng')) {
      const r = word.slice(2);
      if (VOWEL.test(r)) out.push([r, 'N'], [`k${r}`, 'N']);
      else out.push([r, 'N']);
    } else if (word.startsWith('ny') && VOWEL.test(word.slice(2))) {
      out.push([`s${word.slice(2)}`, 'N'], [`c${word.slice(2)}`, 'N']);
    } else if (word.startsWith('mb') || word.startsWith('nd')) {
      out.push([word.slice(1), 'N']);
    } else if (word.startsWith('n') && VOWEL.test(word.slice(1))) {
      out.push([`t${word.slice(1)}`, 'N']);
    }
  }
  return out.filter(([r]) => r.length >= 2);
}

function searchPrefixes(word: string, suffix: string, depth: number, roots: ReadonlySet<string>): string | null {
  if (depth >= 3) return null;
  for (const [rest, kind] of prefixOptions(word, depth === 0)) {
    if (depth === 0 && suffix && DISALLOWED_CONFIX[kind]?.includes(suffix)) continue;
    if (roots.has(rest)) return rest;
    const deeper = searchPrefixes(rest, suffix, depth + 1, roots);
    if (deeper) return deeper;
  }
  return null;
}

/**
 * The fallback for words with no known root: strip only what is unambiguous and leave at least
 * four letters. Nasal prefixes take their most frequent reading.
 */
export function conservativeStem(word: string): string {
  let w = word;
  const cut = (ending: string) => {
    if (w.endsWith(ending) && w.length - ending.length >= 4) {
      w = w.slice(0, -ending.length);
      return true;
    }
    return false;
  };
  // Only "-pun" among the particles: "-lah" ends many roots ("sekolah", "istilah", "masalah").
  cut('pun');
  cut('nya');
  let prefixed = false;
  const PREFIX_RULES: [RegExp, string][] = [
    // Not before two consonants: roots rarely start so, names do ("disnaker", "diskusi").
    [/^(?:di|ter|ber)(?![b-df-hj-np-tv-z]{2})(?=[a-z]{4})/, ''],
    [/^(?:mem|pem)(?=[bfv])/, ''],
    [/^(?:mem|pem)(?=[aiueo])/, 'p'],
    [/^(?:men|pen)(?=[cdjz])/, ''],
    [/^(?:men|pen)(?=[aiueo])/, 't'],
    [/^(?:meng|peng)(?=[ghk])/, ''],
    [/^(?:meng|peng)(?=[aiueo])/, ''],
    [/^(?:meny|peny)(?=[aiueo])/, 's'],
    [/^(?:me|pe)(?=[lrwy][aiueo])/, ''],
    [/^per(?=[b-df-hj-np-tv-z])/, ''],
  ];
  for (const [re, replacement] of PREFIX_RULES) {
    const m = re.exec(w);
    if (m && w.length - m[0].length + replacement.length >= 4) {
      w = replacement + w.slice(m[0].length);
      prefixed = true;
      break;
    }
  }
  if (prefixed || word.startsWith('ke')) {
    if (!prefixed && /^ke[a-z]{4,}an$/.test(w)) {
      w = w.slice(2);
      prefixed = true;
    }
    // A derivational suffix is only cut as part of a confix ("pendaftaran", "dilindungi").
    // Not "-i" after s: loanwords end in "-si" ("komunikasi", "konsultasi").
    if (prefixed && !cut('kan') && !cut('an') && !/si$/.test(w)) cut('i');
  }
  return w;
}

/** Stems one folded word. Words with digits, or of three letters or fewer, are left as they are. */
export function stemIndonesian(word: string, roots: ReadonlySet<string> = ROOT_SET_ID): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (roots.has(word)) return word;
  for (const v of suffixVariants(word)) {
    if (roots.has(v.stem)) return v.stem;
    const found = searchPrefixes(v.stem, v.suffix, 0, roots);
    if (found) return found;
  }
  return conservativeStem(word);
}
