/**
 * Synonyms, old names and spelling variants, applied to BOTH article text (at index time) and
 * queries, so "TKI" in a query finds "PMI" in an article and the other way round.
 *
 * Each rule rewrites the folded words in `from` (one word, or a phrase of up to three) into the
 * canonical index terms in `to`: space-separated terms are a sequence ("ln" → "luar negeri"),
 * `|` separates alternatives for one position ("bojo" → "suami|istri"). Every term in `to` must
 * already be its own stem (a unit test checks this), so the stemmer never moves it again.
 * `note` says who types the word and why the rule exists. `lang` limits a rule to one analyser;
 * rules without it apply to Indonesian and English articles and queries alike.
 *
 * Editing this file changes the analyser version, so the index is rebuilt on the next start.
 */
export interface SynonymRule {
  from: string;
  to: string;
  note: string;
  lang?: 'id' | 'en';
}

export const SYNONYM_RULES: readonly SynonymRule[] = [
  // Old names of the worker, renamed by UU 18/2017.
  { from: 'tki', to: 'pmi', note: 'Tenaga Kerja Indonesia: the name before UU 18/2017; still the most typed word.' },
  { from: 'tkw', to: 'pmi', note: 'Tenaga Kerja Wanita: old name for women migrant workers.' },
  { from: 'tkiw', to: 'pmi', note: 'Seen as a merged typo of "TKI/TKW".' },
  { from: 'bmi', to: 'pmi', note: 'Buruh Migran Indonesia: used by unions and NGOs, common in Hong Kong.' },
  { from: 'ctki', to: 'cpmi', note: 'Calon TKI: old name of a prospective migrant worker.' },

  // Old names of the placement company and of the agencies.
  { from: 'pjtki', to: 'p3mi', note: 'Perusahaan Jasa TKI: old name of the placement company (P3MI).' },
  { from: 'pptkis', to: 'p3mi', note: 'Pelaksana Penempatan TKI Swasta: old legal name of P3MI.' },
  { from: 'pptki', to: 'p3mi', note: 'Short form of PPTKIS that villagers type.' },
  { from: 'pjtkis', to: 'p3mi', note: 'Mix of PJTKI and PPTKIS.' },
  { from: 'bnp2tki', to: 'kp2mi', note: 'BNP2TKI: the agency until 2017, then BP2MI, now the ministry KP2MI.' },
  { from: 'bp2mi', to: 'kp2mi', note: 'BP2MI: the agency 2017–2024, raised to the ministry KP2MI in 2024.' },
  { from: 'kemenp2mi', to: 'kp2mi', note: 'Kementerian P2MI written as one word.' },
  { from: 'bp3tki', to: 'bp3mi', note: 'Old name of the provincial service office (now BP3MI).' },
  { from: 'lp3tki', to: 'bp3mi', note: 'Older name of the regional service office.' },
  { from: 'disnakertrans', to: 'disnaker', note: 'Dinas Tenaga Kerja dan Transmigrasi: the same office.' },
  { from: 'dinaker', to: 'disnaker', note: 'Frequent misspelling of Disnaker.' },
  { from: 'disdukcapil', to: 'dukcapil', note: 'The civil registry office, long and short names.' },
  { from: 'capil', to: 'dukcapil', note: 'Catatan sipil: what older villagers call the civil registry.' },
  { from: 'jamsostek', to: 'bpjs', note: 'Jamsostek: old name of BPJS Ketenagakerjaan.' },
  { from: 'bpjstk', to: 'bpjs', note: 'BPJS TK: short name of BPJS Ketenagakerjaan.' },
  { from: 'bpjamsostek', to: 'bpjs', note: 'Brand name used in BPJS Ketenagakerjaan campaigns.' },
  { from: 'kades', to: 'kuwu', note: 'Kepala desa; in Indramayu the village head is called Kuwu.' },

  // Brokers.
  {
    from: 'sponsor',
    to: 'calo',
    note: 'Village recruiters call themselves "sponsor"; the law calls them illegal brokers.',
  },
  { from: 'tekong', to: 'calo', note: 'Tekong: broker who smuggles workers, common on the Malaysia route.' },
  { from: 'makelar', to: 'calo', note: 'Makelar: middleman; villagers use it for job brokers.' },
  { from: 'bodong', to: 'ilegal', note: '"PT bodong": a fake or unlicensed company.' },
  { from: 'unprosedural', to: 'ilegal', note: 'Official word for placement outside the legal procedure.' },
  { from: 'nonprosedural', to: 'ilegal', note: 'Same as unprosedural, written as one word.' },
  { from: 'non prosedural', to: 'ilegal', note: 'Same as unprosedural, written as two words.' },
  { from: 'trafficking', to: 'tppo', note: 'English word used in the news for TPPO (perdagangan orang).' },
  { from: 'trafiking', to: 'tppo', note: 'Indonesian spelling of "trafficking".' },

  // Abroad.
  { from: 'negri', to: 'negeri', note: 'Everyday spelling: "luar negri".' },
  { from: 'ln', to: 'luar negeri', note: '"LN": short for luar negeri in chats and forms.' },
  { from: 'manca negara', to: 'luar negeri', note: 'Formal word for abroad.' },
  { from: 'mancanegara', to: 'luar negeri', note: 'Formal word for abroad, written as one word.' },
  { from: 'korsel', to: 'korea selatan', note: 'Korea Selatan, short form.' },
  { from: 'hk', to: 'hongkong', note: 'Hong Kong, short form used by workers.' },
  { from: 'hong kong', to: 'hongkong', note: 'Hong Kong written as two words.' },
  { from: 'singapur', to: 'singapura', note: 'Singapore, short spelling.' },
  { from: 'arab saudi', to: 'saudi', note: 'Saudi Arabia, both word orders.' },
  { from: 'saudi arabia', to: 'saudi', note: 'Saudi Arabia in English word order.' },

  // Placement schemes.
  { from: 'g to g', to: 'gtog', note: 'Government to Government scheme (e.g. Korea EPS).' },
  { from: 'g2g', to: 'gtog', note: 'G to G written with a 2.' },
  { from: 'p to p', to: 'ptop', note: 'Private to Private scheme (through a P3MI).' },
  { from: 'p2p', to: 'ptop', note: 'P to P written with a 2.' },
  { from: 'g to p', to: 'gtop', note: 'Government to Private scheme.' },
  { from: 'g2p', to: 'gtop', note: 'G to P written with a 2.' },

  // Documents.
  { from: 'pasport', to: 'paspor', note: 'Passport: the most frequent misspelling.' },
  { from: 'passport', to: 'paspor', note: 'English spelling typed in Indonesian queries.', lang: 'id' },
  { from: 'pasfor', to: 'paspor', note: 'Spelling with f, as pronounced in Sundanese/Javanese.' },
  { from: 'paspot', to: 'paspor', note: 'Spelling that drops the final r.' },
  { from: 'pespor', to: 'paspor', note: 'Spelling heard as "pespor".' },
  { from: 'fisa', to: 'visa', note: 'Visa spelled with f.' },
  { from: 'viza', to: 'visa', note: 'Visa spelled with z.' },
  { from: 'akte', to: 'akta', note: 'Akte kelahiran: older Dutch-based spelling of akta.' },
  { from: 'ijin', to: 'izin', note: 'Very common misspelling of izin (permission, licence).' },
  { from: 'ijasah', to: 'ijazah', note: 'Common misspelling of ijazah (school certificate).' },
  { from: 'sertipikat', to: 'sertifikat', note: 'Spelling with p.' },
  { from: 'materai', to: 'meterai', note: 'Materai is the common spelling; meterai is the official one.' },
  { from: 'setempel', to: 'stempel', note: 'Spelling as pronounced.' },
  { from: 'ektp', to: 'ktp', note: 'e-KTP written as one word.' },
  { from: 'kwitansi', to: 'kuitansi', note: 'Receipt: common spelling.' },
  { from: 'wa', to: 'whatsapp', note: 'WA: how everyone writes WhatsApp, where most job offers arrive.' },
  { from: 'hp', to: 'handphone', note: 'HP: mobile phone.' },

  // Money and work.
  { from: 'upah', to: 'gaji', note: 'Upah (wage) and gaji (salary) mean the same thing to a visitor.' },
  { from: 'gajih', to: 'gaji', note: 'Javanese/Sundanese spelling of gaji.' },
  { from: 'salary', to: 'gaji', note: 'English word seen in job offers.', lang: 'id' },
  { from: 'duwit', to: 'uang', note: 'Javanese (Dermayon) for money.' },
  { from: 'duit', to: 'uang', note: 'Everyday word for money.' },
  { from: 'ongkos', to: 'biaya', note: 'Ongkos: everyday word for cost.' },
  { from: 'hutang', to: 'utang', note: 'Both spellings of debt are common.' },
  { from: 'loker', to: 'lowong', note: 'Loker = lowongan kerja (job vacancy); lowong is the stem of lowongan.' },
  { from: 'kawin', to: 'nikah', note: 'Kawin and nikah both mean marriage in the documents.' },
  { from: 'usia', to: 'umur', note: 'Usia (formal) and umur (everyday) both mean age.' },
  { from: 'umroh', to: 'umrah', note: 'Umroh: the everyday spelling of umrah (visa umrah is a broker trick).' },

  // Javanese (Dermayon) words villagers type.
  { from: 'nyambut gawe', to: 'kerja', note: 'Javanese: to work.' },
  { from: 'gawe', to: 'kerja', note: 'Javanese: work; "gawean" (job) stems to gawe first.' },
  { from: 'budal', to: 'berangkat', note: 'Javanese: to set off, to depart.' },
  { from: 'mangkat', to: 'berangkat', note: 'Javanese: to depart.' },
  { from: 'mbayar', to: 'bayar', note: 'Javanese: to pay.' },
  { from: 'mulih', to: 'pulang', note: 'Javanese: to go home.' },
  { from: 'bocah', to: 'anak', note: 'Javanese: child.' },
  { from: 'rabi', to: 'nikah', note: 'Javanese: to marry (also wife).' },
  { from: 'bojo', to: 'suami|istri', note: 'Javanese: husband or wife.' },
  { from: 'bojone', to: 'suami|istri', note: 'Javanese: his/her spouse.' },
  { from: 'golet', to: 'cari', note: 'Dermayon: to look for ("golet gawe" = look for work).' },
  { from: 'nggolet', to: 'cari', note: 'Dermayon: to look for.' },
  { from: 'bini', to: 'istri', note: 'Informal: wife.' },
  { from: 'ortu', to: 'orang tua', note: 'Orang tua (parents), chat short form.' },
];
