/**
 * Bahasa Indonesia for the two standard reports, their document header, the file exports and
 * the named lists (spread into id.ts). The Laporan menu, period picker and dashboard are in
 * reports.id.ts.
 */
export const reportDocsId = {
  reportDocs: {
    titles: {
      migrationService: 'Laporan Layanan Migrasi Desa',
      rumahEdukasi: 'Laporan Rumah Edukasi dan Pengasuhan',
      dashboard: 'Dasbor Balai Migran',
    },
    intro: {
      migrationService:
        'Jumlah konsultasi, pengunjung, rujukan, keberangkatan, kepulangan dan pengaduan dalam satu periode, untuk Disnaker Kabupaten dan KP2MI. Hanya jumlah, tanpa nama.',
      rumahEdukasi:
        'Jumlah anak, pengasuh, kegiatan dan kehadiran Rumah Edukasi dalam satu periode, untuk pengawasan KPAI dan Disnaker Kabupaten. Hanya jumlah, tanpa nama anak.',
    },
    header: {
      label: 'Keterangan laporan',
      addressedTo: 'Ditujukan kepada',
      village: 'Desa/Kelurahan',
      regionCode: 'Kode wilayah',
      period: 'Periode',
      partial: 'Sebagian: periode ini masih berjalan, angka dihitung sampai {{date}}.',
      generatedBy: 'Dibuat oleh',
      generatedAt: 'Dibuat pada',
      demo: 'DATA CONTOH — semua nama dan angka dalam laporan ini rekaan, bukan data warga.',
    },
    page: {
      loading: 'Menghitung…',
      loadingLong: 'Menghitung laporan untuk periode yang dipilih…',
      empty:
        'Tidak ada yang tercatat pada periode {{period}}. Tabel di bawah tetap ditampilkan dengan angka nol, dan berkas yang diunduh juga berisi angka nol.',
      emptyTitle: 'Periode kosong',
      reportLabel: 'Isi laporan',
    },
    exports: {
      heading: 'Unduh dan cetak',
      xlsx: 'Unduh Excel (XLSX)',
      csv: 'Unduh CSV',
      csvLegend: 'Berkas CSV (satu tabel)',
      csvTable: 'Tabel',
      csvDelimiter: 'Pemisah',
      delimiters: {
        semicolon: '; (Excel Indonesia)',
        comma: ', (Excel Inggris)',
      },
      pdf: 'Cetak / simpan PDF',
      preparing: 'Menyiapkan berkas…',
      printing: 'Membuka dialog cetak…',
      saved: 'Berkas {{fileName}} sudah diunduh.',
      savedEmpty: 'Berkas {{fileName}} sudah diunduh. Periode ini kosong, jadi berkas hanya berisi angka nol.',
      failed: 'Berkas tidak dapat dibuat: {{message}}',
      offline: 'Berkas tidak dapat dibuat karena aplikasi tidak menjawab. Coba sekali lagi.',
      pdfSaved: 'PDF {{fileName}} tersimpan.',
      pdfCancelled: 'PDF tidak disimpan: jendela simpan ditutup.',
      pdfPrinted:
        'Dialog cetak sudah ditutup. Bila Anda memilih «Simpan sebagai PDF», berkasnya ada di folder yang Anda pilih.',
      pdfFailed: 'PDF tidak dapat dibuat: {{message}}',
    },
    named: {
      heading: 'Daftar dengan nama',
      summary: 'Daftar dengan nama (data pribadi)',
      jump: 'Daftar dengan nama',
      privacy:
        'Berkas ini memuat nama dan data pribadi warga (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi). Buat hanya bila benar-benar diperlukan untuk tugas Anda, simpan di tempat aman, jangan dibagikan, dan hapus setelah tidak dipakai.',
      audited: 'Anda akan diminta memasukkan kata sandi lagi. Setiap unduhan dicatat dalam log audit.',
      list: 'Daftar',
      lists: {
        consultations: 'Daftar Konsultasi (dengan nama)',
        cases: 'Daftar Pengaduan (dengan nama)',
        children: 'Daftar Anak Rumah Edukasi (dengan nama)',
      },
      format: 'Format berkas',
      formats: {
        xlsx: 'Excel (XLSX)',
        csv: 'CSV',
      },
      delimiter: 'Pemisah kolom CSV',
      start: 'Buat dan unduh daftar',
      starting: 'Memulai…',
      stepUpCancelled: 'Daftar tidak dibuat: kata sandi tidak dimasukkan.',
      progressLabel: 'Kemajuan pembuatan daftar',
      counting: 'Menyiapkan daftar…',
      rows: 'Baris {{rows}} dari {{total}} ({{percent}})',
      noRows: 'Tidak ada baris pada periode ini; berkas tetap dibuat dengan judul kolom.',
      downloading: 'Mengunduh berkas: {{received}} dari {{total}} ({{percent}})',
      cancel: 'Batalkan',
      cancelling: 'Membatalkan…',
      cancelled: 'Pembuatan daftar dibatalkan. Tidak ada berkas yang disimpan.',
      failed: 'Daftar tidak dapat dibuat: {{message}}',
      done: 'Daftar {{fileName}} sudah diunduh. Hapus berkas setelah tidak dipakai.',
      doneEmpty:
        'Daftar {{fileName}} sudah diunduh. Tidak ada baris pada periode ini, jadi berkas hanya berisi judul kolom.',
      offline: 'Aplikasi tidak menjawab. Periksa lalu mulai lagi.',
    },
  },
};
