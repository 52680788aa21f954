/**
 * Indonesian root words (kata dasar) for the stemmer's root check.
 *
 * Why a compact hand-made list and not a full KBBI list (~28,000 words): the KBBI list is not
 * freely licensed, and the kiosk only needs the roots of words that occur in migration, family
 * and village-service texts plus everyday words villagers type. The stemmer accepts an affix
 * split only when the remainder is in this list; words whose root is missing fall back to the
 * conservative stripper (see stem-id.ts), so a gap here costs a little recall, never a crash.
 *
 * Rules for adding: only true roots (no affixed forms, or "pekerjaan" would stop at itself);
 * include a word that merely LOOKS affixed ("berangkat", "keluarga", "perempuan", "pesan") so the
 * stemmer does not cut it. Grouped by theme; order inside a group does not matter.
 */
const GROUPS: readonly string[] = [
  // General vocabulary
  `ada adu agar ahli ajak ajar akan akhir akal akrab aku akui alam alamat alih alir alur aman amat
   ambil ancam anak angka angkat angkut antar antre antri anggap anggota anjur apa arah arti asal
   asli asuh atur awal awas awasi ayah ayo bagi bahas bahasa bahaya baik bakat balas balik bangun
   bantu banyak bapak baru batal batas bawa bawah bayar bayi beban beda bekal belah beli belum benar
   berangkat berani berat beri berita berkas bersih besar betul biasa biaya bicara bijak bilang bina
   bingung bisa bocor bohong boleh bolos buat budaya buka bukti buku bulan bunuh buruh buruk butuh
   cabut cacat cair calon campur cantum capai cari catat cegah celaka cepat cerai cerita cetak cicil
   cinta cocok coba contoh cuci cukup cuma curang curiga cuti daftar dagang damping dampak dapat
   darurat dasar datang debat dekat denda dengar deportasi desak diam didik diri dokter dorong duduk
   dukung dulu dunia duga edar eja ekspor eksploitasi emas empat enak gadai gagal gaji ganti ganggu
   garansi gelap gerak gizi gratis guna guru habis hadap hadir hak halal hamil hangat hapus harap
   harga hari harus hasil hati hemat henti hibur hidup hilang hina hitung hormat hubung hukum hutang
   ibu ijazah ikat ikut ilmu imbal ingat ingin inap isi istirahat istri izin jabat jadi jadwal jaga
   jalan jalur jamin janji jarak jasa jawab jebak jelas jemput jenguk jerat jual juang jujur jumlah
   kabar kabur kaji kalah kandung kantor karya kasih kata kawin kejam kelas keluar keluarga kembali
   kenal kena kendali kerja kirim klaim kontrak korban kuasa kuat kumpul kurang kursus kutip laku
   lahir lain lalu lama lamar lambat landas langgar langkah lapor laksana lanjut latih layak layan
   lebih lengkap lepas lewat libat libur lihat lindung lingkung lolos luar lulus lunas lupa maaf
   madya maju makan maksud malu mampu mana mandiri manfaat mangsa masa masalah masuk mati mau minta
   mimpi milik mina minggu mirip miskin mohon mudah mula mulai muat muda nafkah naik nama nanti
   nasihat negara negeri nikah nilai nyata nyawa obat olah ongkos orang paham pajak pakai paksa palsu
   panggil panjang pantau pasang pasti patuh pecat pegang pelihara peluk penjara perempuan peran
   periksa perintah perlu pesan peserta pidana pikir pilih pimpin pindah pinjam pintar pisah potong
   praktik proses pukul pulang punya pusat putus rahasia ramah rampas rantau rawat rekam rekrut
   remaja rencana resmi ringan risiko rugi ruang rumah rusak sabar sah sakit saksi salah salin sampai
   sangka santun saran sarat satu sedia segera sehat sekap sekolah selamat selesai semua sengaja
   senang sepakat serah serta sesuai setuju siap siksa simpan sita sulit suruh susah syarat tagih
   tahan tahu tampung tanda tandatangan tanggung tangkap tanya tarik tawar tegas teliti telepon temu
   tempat tenaga tentu terampil terang terbang terima terus tetap tiba tindak tinggal tipu tolak
   tolong tuduh tugas tuju tulis tunda tunggu tunjuk tuntut turun tutup uang ubah uji ujian ukur umum
   umur undang untung upah urus usaha usul utama utang wajib waktu wali warga waris wawancara agama
   badan bebas bentuk daya duta giat jahat kelola larang pasar penting rasa sama sebut selenggara
   seni serikat terbit wakil padu walau taat tua rinci urut tambah singkat rujuk lampir aju waspada
   ikan percaya istilah`,
  // Family and life events
  `adik bocah cucu kakak kakek mbah nenek paman saudara suami tante yatim piatu balita`,
  // Documents, administration, law
  `akta akte administrasi data dokumen formulir foto identitas kartu nomor paspor pasal program
   rekomendasi sertifikat setempel stempel surat visa meterai materai status aturan sanksi jenderal
   direktur menteri dinas informasi organisasi sosialisasi orientasi transportasi konsultasi
   komunikasi asosiasi registrasi verifikasi kualifikasi sertifikasi dokumentasi pemerintah disnaker
   dukcapil disdukcapil`,
  // Work and migration
  `agen calo devisa imigrasi majikan migran migrasi moratorium pabrik sopir sektor skema sponsor
   tekong mandor lowong tabung keras budak remitansi purna asuransi iuran pensiun modal koperasi laut
   kapal nelayan tani sawah ternak bengkel toko warung`,
  // Health and safety
  `cedera darah medis klinik psikologi jiwa jasmani rohani tes meninggal`,
  // Crime and harm
  `aniaya bodong culik ilegal perkosa trafficking curi`,
  // Places, directions, time
  `asing atas daerah dalam desa dusun jauh kampung kota pulau tengah timur barat utara selatan balai
   pagi siang sore malam tahun tanggal jam`,
  // Common verbs and adjectives villagers type
  `cek pergi mulih mangkat budal gawe rabi bojo ngaji sangu`,
  // Education and children
  `baca bimbing edukasi ekstrakurikuler les main imunisasi`,
  // Words that look affixed but are roots: keep them whole
  `beranda beres kemarin kemudian keluh kenanga kepala keranjang kereta kertas ketua pelan pelangi
   peluang peristiwa permisi pernah persen pertama pinggir sebab sedang sekarang selalu sendiri
   sering setiap siapa tentang tetangga tertib teman`,
];

export const ROOT_WORDS_ID: readonly string[] = GROUPS.flatMap((g) => g.split(/\s+/)).filter((w) => w.length > 0);

export const ROOT_SET_ID: ReadonlySet<string> = new Set(ROOT_WORDS_ID);
