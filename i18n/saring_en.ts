<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about_dialog.py" line="28"/>
        <source>Tentang Saring</source>
        <translation>About Saring</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="29"/>
        <source>Saring sebelum sharing: pemeriksa unggahan media sosial instansi pemerintah daerah. Bekerja tanpa internet.</source>
        <translation>Check before you share: a post checker for the social media of regional government agencies. Works without the internet.</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="34"/>
        <source>Lisensi</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="37"/>
        <source>Saring (kode program)</source>
        <translation>Saring (program code)</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="39"/>
        <source>Pustaka antarmuka jendela; dapat diganti dengan versi lain oleh pengguna.</source>
        <translation>Window toolkit; users may replace it with another version.</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="40"/>
        <source>Kamus hunspell id_ID</source>
        <translation>hunspell id_ID dictionary</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="41"/>
        <source>Dari kamus LibreOffice (paket Debian hunspell-id); teks lisensinya ada di resources/dictionaries/.</source>
        <translation>From LibreOffice&apos;s dictionaries (Debian package hunspell-id); its licence texts are in resources/dictionaries/.</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="43"/>
        <source>Pembaca kamus hunspell dalam Python.</source>
        <translation>Reads hunspell dictionaries in Python.</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="44"/>
        <source>Penyimpanan antrean.</source>
        <translation>Stores the queue.</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="45"/>
        <source>Letak folder data pengguna.</source>
        <translation>Finds the user&apos;s data folder.</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="46"/>
        <source>Daftar kata dan paket aturan Saring</source>
        <translation>Saring&apos;s word lists and rule packs</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="47"/>
        <source>Ditulis tim Saring; setiap entri mencantumkan alasan dan sumbernya.</source>
        <translation>Written by the Saring team; every entry gives its reason and source.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../ui/calendar_view.py" line="53"/>
        <source>Tampilan kalender</source>
        <translation>Calendar view</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="54"/>
        <source>Minggu</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="55"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="57"/>
        <source>◀ Sebelumnya</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="59"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="61"/>
        <source>Berikutnya ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="69"/>
        <source>&lt;span style=&apos;background:#fde2e1&apos;&gt;&amp;nbsp;merah&amp;nbsp;&lt;/span&gt; = di bawah target, &lt;span style=&apos;background:#e3f2e5&apos;&gt;&amp;nbsp;hijau&amp;nbsp;&lt;/span&gt; = target terpenuhi (hari yang sudah lewat tidak diwarnai)</source>
        <translation>&lt;span style=&apos;background:#fde2e1&apos;&gt;&amp;nbsp;red&amp;nbsp;&lt;/span&gt; = below target, &lt;span style=&apos;background:#e3f2e5&apos;&gt;&amp;nbsp;green&amp;nbsp;&lt;/span&gt; = target met (past days are not coloured)</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="74"/>
        <source>Kalender unggahan</source>
        <translation>Post calendar</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="86"/>
        <source>Kekurangan 7 hari ke depan</source>
        <translation>Shortfall over the next 7 days</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="90"/>
        <source>&lt;b&gt;Kekurangan 7 hari ke depan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Shortfall over the next 7 days&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="198"/>
        <source>Belum ada target harian. Atur target per kanal dan slot waktu di Pengaturan.</source>
        <translation>No daily targets yet. Set targets per channel and time slot in Settings.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="202"/>
        <source>tidak ada slot tersisa</source>
        <translation>no slots left</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="203"/>
        <source>{0} {1}: {2} kurang {3} (ada {4} dari {5})
    slot kosong: {6}</source>
        <translation>{0} {1}: {2} short by {3} ({4} of {5})
    empty slots: {6}</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="208"/>
        <source>Tidak ada kekurangan: semua target 7 hari ke depan terpenuhi.</source>
        <translation>No shortfall: all targets for the next 7 days are met.</translation>
    </message>
</context>
<context>
    <name>ChannelPreview</name>
    <message>
        <location filename="../ui/channel_preview.py" line="46"/>
        <source>{0}: {1} karakter, {2} tagar</source>
        <translation>{0}: {1} characters, {2} hashtags</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="135"/>
        <source>Pratinjau per kanal</source>
        <translation>Preview per channel</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="142"/>
        <source>Pilih kanal di formulir untuk melihat pratinjaunya.</source>
        <translation>Choose channels in the form to see their previews.</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="169"/>
        <source>Pratinjau {0}</source>
        <translation>{0} preview</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="178"/>
        <source> — terlalu panjang</source>
        <translation> — too long</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="183"/>
        <source>… (pratinjau hanya menampilkan awal teks)</source>
        <translation>… (the preview shows only the beginning of the text)</translation>
    </message>
</context>
<context>
    <name>ComposeForm</name>
    <message>
        <location filename="../ui/compose.py" line="41"/>
        <source>Judul singkat untuk antrean</source>
        <translation>Short title for the queue</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="42"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="56"/>
        <source>Jadwalkan pada</source>
        <translation>Schedule for</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="57"/>
        <source>Jadwalkan</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="61"/>
        <source>Rencana tanggal dan jam terbit</source>
        <translation>Planned publishing date and time</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="71"/>
        <source>Dari mana informasinya? Misalnya: Dinas Kesehatan, rilis 12 November; https://….go.id</source>
        <translation>Where does the information come from? For example: Health Office, release of 12 November; https://….go.id</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="73"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="77"/>
        <location filename="../ui/compose.py" line="135"/>
        <source>Simpan ke antrean</source>
        <translation>Save to queue</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="80"/>
        <source>Unggahan baru</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="89"/>
        <source>&amp;Judul</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="90"/>
        <source>&amp;Isi</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="92"/>
        <source>Kanal</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="93"/>
        <source>Rencana terbit</source>
        <translation>Publishing plan</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="94"/>
        <source>&amp;Sumber</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="135"/>
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="136"/>
        <source>Menyunting unggahan #{0}</source>
        <translation>Editing post #{0}</translation>
    </message>
</context>
<context>
    <name>CounterLine</name>
    <message>
        <location filename="../ui/channel_preview.py" line="114"/>
        <source>Panjang per kanal</source>
        <translation>Length per channel</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="121"/>
        <source>Pilih kanal untuk melihat batas panjangnya.</source>
        <translation>Choose channels to see their length limits.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export_dialog.py" line="63"/>
        <source>Ekspor antrean ke CSV</source>
        <translation>Export the queue to CSV</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="65"/>
        <source>Status yang diekspor</source>
        <translation>Status to export</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="66"/>
        <source>Semua unggahan</source>
        <translation>All posts</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="71"/>
        <source>Ekspor ulang kiriman sebelumnya</source>
        <translation>Re-export an earlier batch</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="72"/>
        <source>— ekspor baru —</source>
        <translation>— new export —</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="74"/>
        <source>Kiriman #{0}: {1}, {2} unggahan, {3}</source>
        <translation>Batch #{0}: {1}, {2} posts, {3}</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="79"/>
        <source>Kanal yang diekspor</source>
        <translation>Exported channel</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="80"/>
        <source>Semua kanal</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="84"/>
        <location filename="../ui/export_dialog.py" line="115"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="89"/>
        <location filename="../ui/export_dialog.py" line="116"/>
        <source>Urutan tanggal</source>
        <translation>Date order</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="98"/>
        <source>Berkas tujuan</source>
        <translation>Target file</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="99"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="106"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="107"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="111"/>
        <source>Unggahan</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="113"/>
        <source>Ekspor ulang</source>
        <translation>Re-export</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="114"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="118"/>
        <source>Simpan ke</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="143"/>
        <source>Simpan CSV</source>
        <translation>Save CSV</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="144"/>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message>
        <location filename="../ui/export_dialog.py" line="154"/>
        <source>Laporan ekspor</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="157"/>
        <source>{0} unggahan diekspor ke {1} berkas. Disesuaikan: {2}, ditolak: {3}, peringatan: {4}.</source>
        <translation>{0} posts exported to {1} files. Adjusted: {2}, rejected: {3}, warnings: {4}.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="163"/>
        <source>Berkas:</source>
        <translation>Files:</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../ui/findings_panel.py" line="35"/>
        <source>Ejaan</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="36"/>
        <source>Kata baku</source>
        <translation>Standard words</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="37"/>
        <source>EYD</source>
        <translation>Orthography (EYD)</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="38"/>
        <source>Tata bahasa</source>
        <translation>Grammar</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="39"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="40"/>
        <source>Netralitas</source>
        <translation>Neutrality</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="41"/>
        <source>Hoaks/Penipuan/Provokasi</source>
        <translation>Hoax/Fraud/Provocation</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="42"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="65"/>
        <source>Tulis isi unggahan untuk mulai memeriksa.</source>
        <translation>Write the post to start checking.</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="67"/>
        <source>{0} hal harus diperbaiki</source>
        <translation>{0} things must be fixed</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="69"/>
        <source>, {0} perlu diperiksa</source>
        <translation>, {0} to review</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="72"/>
        <source>{0} hal perlu diperiksa sebelum diunggah</source>
        <translation>{0} things to review before posting</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="74"/>
        <source>Siap diunggah</source>
        <translation>Ready to post</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="87"/>
        <source>Belum diperiksa.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="89"/>
        <source>Ringkasan pemeriksaan</source>
        <translation>Check summary</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="95"/>
        <source>Tampilkan kategori</source>
        <translation>Show category</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="97"/>
        <source>&amp;Tampilkan:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="100"/>
        <source>Daftar temuan</source>
        <translation>Findings list</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="179"/>
        <source>Semua kategori ({0})</source>
        <translation>All categories ({0})</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="218"/>
        <source>… dan {0} temuan lain. Perbaiki yang di atas dulu.</source>
        <translation>… and {0} more findings. Fix the ones above first.</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="229"/>
        <source>seluruh unggahan</source>
        <translation>the whole post</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="241"/>
        <source>Dasar: {0}</source>
        <translation>Basis: {0}</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="244"/>
        <source>Perbaiki → “{0}”</source>
        <translation>Fix → “{0}”</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="248"/>
        <source>(saran lain: {0})</source>
        <translation>(other suggestions: {0})</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../ui/guide_dialog.py" line="22"/>
        <source>Panduan Saring</source>
        <translation>Saring guide</translation>
    </message>
    <message>
        <location filename="../ui/guide_dialog.py" line="25"/>
        <source>Panduan</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../ui/guide_dialog.py" line="32"/>
        <source>Panduan tidak ditemukan di {0}.</source>
        <translation>The guide was not found at {0}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="50"/>
        <source>Saring — saring sebelum sharing</source>
        <translation>Saring — check before you share</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="68"/>
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="69"/>
        <source>Pratinjau kanal</source>
        <translation>Channel preview</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="83"/>
        <source>Tulis</source>
        <translation>Write</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="84"/>
        <source>Antrean</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="86"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="94"/>
        <source>Kesiapan unggahan</source>
        <translation>Post readiness</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="110"/>
        <source>Memuat kamus…</source>
        <translation>Loading the dictionary…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="111"/>
        <source>Memuat kamus dan paket aturan…</source>
        <translation>Loading the dictionary and rule packs…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="132"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="133"/>
        <source>Unggahan &amp;baru</source>
        <translation>&amp;New post</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="134"/>
        <source>&amp;Simpan ke antrean</source>
        <translation>&amp;Save to queue</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="135"/>
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="137"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="139"/>
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="140"/>
        <source>&amp;Periksa sekarang</source>
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="141"/>
        <source>&amp;Temuan berikutnya</source>
        <translation>&amp;Next finding</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="142"/>
        <source>Temuan se&amp;belumnya</source>
        <translation>&amp;Previous finding</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="143"/>
        <source>P&amp;erbaiki temuan ini</source>
        <translation>&amp;Fix this finding</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="145"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="146"/>
        <source>&amp;Tulis</source>
        <translation>&amp;Write</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="147"/>
        <source>&amp;Antrean</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="148"/>
        <source>&amp;Kalender</source>
        <translation>&amp;Calendar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="149"/>
        <source>&amp;Daftar temuan</source>
        <translation>&amp;Findings list</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="151"/>
        <source>&amp;Alat</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="152"/>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="153"/>
        <source>Kelola &amp;paket aturan…</source>
        <translation>Manage rule &amp;packs…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="155"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="156"/>
        <source>&amp;Panduan</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="157"/>
        <source>&amp;Tentang Saring</source>
        <translation>&amp;About Saring</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="187"/>
        <source>Siap. Paket aturan: {0}</source>
        <translation>Ready. Rule packs: {0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="193"/>
        <source>Pemeriksa tidak dapat dimuat: {0}</source>
        <translation>The checker could not be loaded: {0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="194"/>
        <source>Pemeriksa tidak dapat dimuat</source>
        <translation>The checker could not be loaded</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="238"/>
        <source>Pemeriksaan gagal: {0}</source>
        <translation>The check failed: {0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="254"/>
        <source>Memuat ulang paket aturan…</source>
        <translation>Reloading rule packs…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="266"/>
        <source>Kamus tidak diubah</source>
        <translation>Dictionary not changed</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="271"/>
        <source>“{0}” ditambahkan ke kamus.</source>
        <translation>“{0}” added to the dictionary.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="302"/>
        <source>Teks berubah; tunggu pemeriksaan selesai.</source>
        <translation>The text changed; wait for the check to finish.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="313"/>
        <source>Tidak ada temuan.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="349"/>
        <source>Tidak ada saran untuk diterapkan di sini.</source>
        <translation>No suggestion to apply here.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="361"/>
        <source>“{0}” diganti dengan “{1}”. Ctrl+Z membatalkan.</source>
        <translation>“{0}” replaced with “{1}”. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="380"/>
        <source>Belum ada isi</source>
        <translation>Nothing written yet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="381"/>
        <source>Isi unggahan masih kosong; tulis dulu isinya.</source>
        <translation>The post is empty; write its text first.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="384"/>
        <source>Kamus masih dimuat; coba lagi sebentar.</source>
        <translation>The dictionary is still loading; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="401"/>
        <source>Unggahan tidak tersimpan; teksnya tetap di editor.

{0}</source>
        <translation>The post was not saved; its text stays in the editor.

{0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="631"/>
        <source>perubahan unggahan #{0}</source>
        <translation>changes to post #{0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="632"/>
        <source>unggahan baru</source>
        <translation>new post</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="634"/>
        <source>Saring tertutup sebelum teks terakhir disimpan ({0}, disimpan otomatis {1}).

Awal teks: “{2}”

Kembalikan teks itu ke editor? Jika tidak, teks itu dibuang.</source>
        <translation>Saring closed before the latest text was saved ({0}, autosaved {1}).

Text begins: “{2}”

Restore that text to the editor? If not, it will be discarded.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="637"/>
        <source>Teks belum disimpan</source>
        <translation>Unsaved text</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="646"/>
        <source>Teks yang belum disimpan sudah dikembalikan.</source>
        <translation>The unsaved text has been restored.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="652"/>
        <source>Kembalikan teks</source>
        <translation>Restore text</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="653"/>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="290"/>
        <location filename="../ui/main_window.py" line="402"/>
        <source>Tidak tersimpan</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="410"/>
        <source>Tersimpan di antrean sebagai #{0} ({1} harus diperbaiki, {2} perlu diperiksa).</source>
        <translation>Saved to the queue as #{0} ({1} must be fixed, {2} to review).</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="417"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="418"/>
        <source>Unggahan yang sedang ditulis belum disimpan. Buang perubahannya?</source>
        <translation>The post you are writing is not saved. Discard the changes?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="441"/>
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="442"/>
        <source>Unggahan #{0} sudah tidak ada.</source>
        <translation>Post #{0} no longer exists.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="471"/>
        <source>Mengekspor {0} unggahan…</source>
        <translation>Exporting {0} posts…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="484"/>
        <source>Status tidak diubah</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="488"/>
        <source>{0} unggahan diekspor ke {1}</source>
        <translation>{0} posts exported to {1}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="496"/>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="497"/>
        <source>Berkas tidak ditulis dan antrean tidak berubah.

{0}</source>
        <translation>No file was written and the queue is unchanged.

{0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="518"/>
        <source>Pengaturan tidak tersimpan</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="520"/>
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="522"/>
        <source>Bahasa baru berlaku setelah Saring dibuka ulang.</source>
        <translation>The new language applies after Saring is restarted.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="534"/>
        <source>Kamus dan paket aturan</source>
        <translation>Dictionaries and rule packs</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="535"/>
        <source>Kamus: hunspell id_ID dan daftar kata Saring.
Paket aturan yang dipakai:
{0}</source>
        <translation>Dictionary: hunspell id_ID and Saring&apos;s word lists.
Rule packs in use:
{0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="549"/>
        <source>Contoh: imbauan banjir</source>
        <translation>Sample: flood advisory</translation>
    </message>
</context>
<context>
    <name>OfficeListDialog</name>
    <message>
        <location filename="../ui/packs_dialog.py" line="298"/>
        <source>Daftar kantor: calon pilkada setempat</source>
        <translation>Office list: local election candidates</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="303"/>
        <source>Id paket</source>
        <translation>Pack ID</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="305"/>
        <source>Misalnya: Calon Pilkada OKU Timur 2024</source>
        <translation>For example: OKU Timur 2024 Regional Election Candidates</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="307"/>
        <source>Satu nama per baris, misalnya:
Lanosin
Fery Antoni</source>
        <translation>One name per line, for example:
Lanosin
Fery Antoni</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="309"/>
        <source>Satu per baris, misalnya:
Enos-Yudha
HDCU</source>
        <translation>One per line, for example:
Enos-Yudha
HDCU</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="311"/>
        <source>Satu per baris, misalnya:
#OKUTHebat01</source>
        <translation>One per line, for example:
#OKUTHebat01</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="316"/>
        <source>Masa kampanye</source>
        <translation>Campaign period</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="327"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="331"/>
        <source>Misalnya: Keputusan KPU Kabupaten tentang penetapan paslon</source>
        <translation>For example: District KPU decree on the candidate pairs</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="334"/>
        <source>Tulis satu isian per baris. Semua isian ditandai sebagai galat netralitas di dalam masa kampanye. “Simpan berkas” membuat berkas .toml yang bisa diimpor OPD lain.</source>
        <translation>Write one entry per line. All entries are flagged as neutrality errors during the campaign period. “Save file” creates a .toml file that other agencies (OPD) can import.</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="339"/>
        <source>&amp;Id paket</source>
        <translation>Pack &amp;ID</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="340"/>
        <source>&amp;Nama paket</source>
        <translation>Pack &amp;name</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="341"/>
        <source>Nama &amp;calon</source>
        <translation>&amp;Candidate names</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="342"/>
        <source>&amp;Singkatan pasangan</source>
        <translation>Candidate &amp;pair abbreviations</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="343"/>
        <source>&amp;Tagar kampanye</source>
        <translation>Campaign &amp;hashtags</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="345"/>
        <source>Su&amp;mber data</source>
        <translation>Data sou&amp;rce</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="347"/>
        <source>&amp;Buka…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="349"/>
        <source>Simpan &amp;berkas…</source>
        <translation>Save &amp;file…</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="350"/>
        <source>Simpan sebagai berkas .toml untuk dibagikan ke OPD lain</source>
        <translation>Save as a .toml file to share with other agencies (OPD)</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="352"/>
        <source>Simpan &amp;&amp; &amp;pasang</source>
        <translation>Save &amp;&amp; &amp;install</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="355"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="396"/>
        <source>Buka daftar kantor</source>
        <translation>Open office list</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="397"/>
        <location filename="../ui/packs_dialog.py" line="410"/>
        <source>Paket aturan (*.toml)</source>
        <translation>Rule packs (*.toml)</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="403"/>
        <source>Berkas tidak dapat dibuka</source>
        <translation>File could not be opened</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="409"/>
        <source>Simpan daftar kantor</source>
        <translation>Save office list</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="417"/>
        <source>Daftar tidak tersimpan</source>
        <translation>List not saved</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="429"/>
        <source>Paket tidak dapat dipasang</source>
        <translation>Pack could not be installed</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <location filename="../ui/packs_dialog.py" line="64"/>
        <source>Kelola paket aturan</source>
        <translation>Manage rule packs</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="71"/>
        <source>Paket aturan berisi istilah yang diperiksa Saring. Matikan centang untuk menonaktifkan paket; impor paket dari kantor lain, atau buat daftar calon setempat.</source>
        <translation>Rule packs contain the terms Saring checks. Untick a pack to disable it; import packs from other offices, or create a local candidate list.</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="87"/>
        <source>Isi paket</source>
        <translation>Pack contents</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="88"/>
        <source>Pilih paket untuk melihat aturan dan istilahnya.</source>
        <translation>Select a pack to see its rules and terms.</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="96"/>
        <source>Masa kampanye berlaku (pengaturan):</source>
        <translation>Campaign period in effect (settings):</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="116"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="120"/>
        <source>Di dalam masa kampanye (paket atau pengaturan), aturan netralitas berlaku penuh; di luar itu turun satu tingkat.</source>
        <translation>During the campaign period (from the pack or settings), neutrality rules apply in full; outside it they drop one level.</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="125"/>
        <source>&amp;Impor paket…</source>
        <translation>&amp;Import pack…</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="127"/>
        <source>&amp;Hapus paket</source>
        <translation>&amp;Remove pack</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="129"/>
        <source>&amp;Daftar kantor…</source>
        <translation>&amp;Office list…</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="130"/>
        <source>Nama calon, singkatan pasangan dan tagar kampanye setempat, disimpan sebagai paket yang bisa dibagikan</source>
        <translation>Local candidate names, pair abbreviations and campaign hashtags, saved as a shareable pack</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="162"/>
        <source>aktif</source>
        <translation>enabled</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="162"/>
        <source>nonaktif</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="166"/>
        <source>bawaan</source>
        <translation>built-in</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="166"/>
        <source>terpasang</source>
        <translation>installed</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="195"/>
        <location filename="../ui/packs_dialog.py" line="283"/>
        <source>Pengaturan tidak tersimpan</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="230"/>
        <source>Impor paket aturan</source>
        <translation>Import rule pack</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="231"/>
        <source>Paket aturan (*.toml)</source>
        <translation>Rule packs (*.toml)</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="237"/>
        <source>Paket tidak dapat diimpor</source>
        <translation>Pack could not be imported</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="249"/>
        <source>Hapus paket</source>
        <translation>Remove pack</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="250"/>
        <source>Hapus paket “{0}” dari aplikasi?</source>
        <translation>Remove pack “{0}” from the app?</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="256"/>
        <source>Paket tidak dapat dihapus</source>
        <translation>Pack could not be removed</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../ui/editor.py" line="30"/>
        <source>Isi unggahan</source>
        <translation>Post text</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="31"/>
        <source>Tulis isi unggahan di sini…</source>
        <translation>Write the post here…</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="89"/>
        <source>Ganti dengan “{0}”</source>
        <translation>Replace with “{0}”</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="96"/>
        <source>Tambahkan “{0}” ke kamus</source>
        <translation>Add “{0}” to the dictionary</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="98"/>
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="99"/>
        <source>Abaikan semua “{0}” di pos ini</source>
        <translation>Ignore all “{0}” in this post</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="114"/>
        <source>Dasar: {0}</source>
        <translation>Basis: {0}</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="117"/>
        <source>Saran: {0} (Ctrl+. menerapkan yang pertama)</source>
        <translation>Suggestions: {0} (Ctrl+. applies the first)</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../ui/queue_view.py" line="103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="103"/>
        <source>Rencana terbit</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="103"/>
        <source>Kanal</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="103"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="104"/>
        <source>Harus diperbaiki</source>
        <translation>Must fix</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="104"/>
        <source>Perlu diperiksa</source>
        <translation>To review</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../ui/queue_view.py" line="172"/>
        <source>Daftar antrean</source>
        <translation>Queue list</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="189"/>
        <source>Cari kata dalam judul, isi, atau sumber…</source>
        <translation>Search title, body or source…</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="190"/>
        <source>Cari unggahan</source>
        <translation>Search posts</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="197"/>
        <source>Saring menurut status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="198"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="203"/>
        <source>Saring menurut kanal</source>
        <translation>Filter by channel</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="204"/>
        <source>Semua kanal</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="209"/>
        <source>Saring menurut tanggal terbit</source>
        <translation>Filter by publish date</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="214"/>
        <source>Buka di editor</source>
        <translation>Open in editor</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="217"/>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="223"/>
        <source>Jadwalkan otomatis</source>
        <translation>Auto-schedule</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="225"/>
        <source>Taruh unggahan terpilih di slot kosong berikutnya untuk setiap kanalnya (target harian dan slot waktu dari Pengaturan).</source>
        <translation>Place the selected posts in the next empty slot for each of their channels (daily targets and time slots from Settings).</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="228"/>
        <source>Gambar…</source>
        <translation>Images…</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="230"/>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="232"/>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="235"/>
        <source>Tinjauan</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="238"/>
        <source>Kirim untuk ditinjau…</source>
        <translation>Send for review…</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="239"/>
        <source>Terima berkas tinjauan…</source>
        <translation>Receive review file…</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="242"/>
        <source>Kirim unggahan terpilih (dengan temuan dan gambarnya) dalam satu berkas untuk ditinjau di PC lain, atau terima berkas tinjauan beserta keputusan peninjau.</source>
        <translation>Send the selected posts (with their findings and images) in one file for review on another PC, or receive a review file with the reviewer’s decisions.</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="259"/>
        <source>Riwayat status</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="269"/>
        <source>&lt;b&gt;Riwayat status&lt;/b&gt; (siapa, kapan, dari → ke, alasan)</source>
        <translation>&lt;b&gt;Status history&lt;/b&gt; (who, when, from → to, reason)</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="322"/>
        <source>{0} unggahan</source>
        <translation>{0} posts</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="363"/>
        <source>Belum ada perubahan status.</source>
        <translation>No status changes yet.</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="371"/>
        <source>(tanpa teks alternatif)</source>
        <translation>(no alt text)</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="372"/>
        <source>{0} gambar. Teks alternatif: {1}</source>
        <translation>{0} images. Alt text: {1}</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="374"/>
        <source>Tanpa
gambar</source>
        <translation>No
image</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="386"/>
        <source>Unggahan #{0} masih punya {1} galat (temuan yang harus diperbaiki). Tulis alasan mengapa unggahan ini tetap siap terbit; alasan disimpan di riwayat.</source>
        <translation>Post #{0} still has {1} errors (findings that must be fixed). Write a reason why this post is ready to publish anyway; the reason is saved in the history.</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="395"/>
        <source>Status tidak diubah</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="400"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="410"/>
        <location filename="../ui/queue_view.py" line="413"/>
        <source>Belum dijadwalkan</source>
        <translation>Not scheduled yet</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="421"/>
        <source>Pilih gambar</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="422"/>
        <source>Gambar (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="426"/>
        <source>Teks alternatif</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="427"/>
        <source>Gambarkan isi gambar untuk pembaca tunanetra (teks alternatif):</source>
        <translation>Describe the image for blind readers (alt text):</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="434"/>
        <source>Gambar tidak ditambahkan</source>
        <translation>Image not added</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="439"/>
        <source>Kirim untuk ditinjau</source>
        <translation>Send for review</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="440"/>
        <source>Pilih dulu unggahan yang akan ditinjau.</source>
        <translation>Select the posts to review first.</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="443"/>
        <source>Simpan berkas tinjauan</source>
        <translation>Save review file</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="444"/>
        <location filename="../ui/queue_view.py" line="462"/>
        <source>Berkas tinjauan Saring (*.saring)</source>
        <translation>Saring review files (*.saring)</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="454"/>
        <source>Berkas tinjauan tidak ditulis</source>
        <translation>Review file not written</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="456"/>
        <source>{0} unggahan dan {1} gambar ditulis ke {2}. Kirim berkas itu ke peninjau (surel, flashdisk).</source>
        <translation>{0} posts and {1} images written to {2}. Send that file to the reviewer (email, USB drive).</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="461"/>
        <source>Buka berkas tinjauan</source>
        <translation>Open review file</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="470"/>
        <source>Berkas tinjauan tidak dibaca</source>
        <translation>Review file not read</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="474"/>
        <source>{0} unggahan baru, {1} diperbarui, {2} keputusan status diterapkan.</source>
        <translation>{0} new posts, {1} updated, {2} status decisions applied.</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="485"/>
        <source>Hapus unggahan #{0} “{1}” dari antrean? Tindakan ini tidak bisa dibatalkan.</source>
        <translation>Delete post #{0} “{1}” from the queue? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="491"/>
        <source>Unggahan tidak dihapus</source>
        <translation>Post not deleted</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="496"/>
        <source>Hapus unggahan</source>
        <translation>Delete post</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="45"/>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="46"/>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="47"/>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="48"/>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="49"/>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="50"/>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="51"/>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="62"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="65"/>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="66"/>
        <source>Kanal dan target</source>
        <translation>Channels and targets</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="67"/>
        <source>Jam unggah</source>
        <translation>Posting times</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68"/>
        <source>Pemeriksaan</source>
        <translation>Checking</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="71"/>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="78"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="92"/>
        <source>Nama Anda</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="94"/>
        <source>Nama OPD</source>
        <translation>Agency (OPD) name</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="95"/>
        <source>Misalnya: Dinas Komunikasi dan Informatika</source>
        <translation>For example: Dinas Komunikasi dan Informatika</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="97"/>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="101"/>
        <source>Bahasa baru berlaku setelah Saring dibuka ulang.</source>
        <translation>The new language applies after Saring is restarted.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="106"/>
        <source> cadangan</source>
        <translation> backups</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="107"/>
        <source>Jumlah cadangan yang disimpan</source>
        <translation>Number of backups kept</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="109"/>
        <source>&amp;Nama Anda</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="110"/>
        <source>Nama &amp;OPD</source>
        <translation>&amp;Agency (OPD) name</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="111"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="113"/>
        <source>Simpan &amp;cadangan</source>
        <translation>Keep &amp;backups</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="119"/>
        <source>&lt;b&gt;Kanal yang dipakai&lt;/b&gt;</source>
        <translation>&lt;b&gt;Channels in use&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="120"/>
        <source>&lt;b&gt;Target unggahan per hari&lt;/b&gt;</source>
        <translation>&lt;b&gt;Posts per day target&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>tanpa target</source>
        <translation>no target</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="130"/>
        <source>Target per hari untuk {0}</source>
        <translation>Daily target for {0}</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="143"/>
        <source>Jam unggah mingguan</source>
        <translation>Weekly posting times</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="147"/>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="148"/>
        <source>Setiap hari</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="153"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="154"/>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="156"/>
        <source>&amp;Hapus yang dipilih</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="166"/>
        <source>Jam-jam tetap untuk mengisi antrean setiap minggu.</source>
        <translation>Fixed times that fill the queue every week.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="173"/>
        <source>Ada masa &amp;kampanye</source>
        <translation>There is a &amp;campaign period</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="176"/>
        <source>Mulai kampanye</source>
        <translation>Campaign start</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="177"/>
        <source>Akhir kampanye</source>
        <translation>Campaign end</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="188"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="193"/>
        <source>Alamat server LanguageTool</source>
        <translation>LanguageTool server address</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="194"/>
        <source>Kosongkan agar Saring tidak pernah membuka koneksi jaringan. Isi hanya dengan server LanguageTool di PC ini atau di kantor.</source>
        <translation>Leave empty so that Saring never opens a network connection. Fill in only a LanguageTool server on this PC or in the office.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="198"/>
        <source>mis. C:\LanguageTool-6.6</source>
        <translation>e.g. C:\LanguageTool-6.6</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="199"/>
        <source>Folder LanguageTool</source>
        <translation>LanguageTool folder</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="200"/>
        <source>Pi&amp;lih…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="205"/>
        <source>Atau pilih folder hasil ekstrak LanguageTool (berisi languagetool-server.jar). Saring menjalankannya sendiri di PC ini dengan Java, hanya untuk paragraf berbahasa Inggris, tanpa mengunduh apa pun.</source>
        <translation>Or choose the folder of an unzipped LanguageTool (holding languagetool-server.jar). Saring runs it itself on this PC with Java, only for paragraphs in English, without downloading anything.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="210"/>
        <source>Kamus dan paket &amp;aturan…</source>
        <translation>Dictionaries and rule &amp;packs…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="214"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="215"/>
        <source>Server &amp;LanguageTool</source>
        <translation>&amp;LanguageTool server</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="217"/>
        <source>&amp;Folder LanguageTool</source>
        <translation>LanguageTool &amp;folder</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="225"/>
        <source>Pilih folder LanguageTool</source>
        <translation>Choose the LanguageTool folder</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="256"/>
        <source>Pilih paling sedikit satu kanal.</source>
        <translation>Choose at least one channel.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="258"/>
        <source>Akhir masa kampanye harus sesudah awalnya.</source>
        <translation>The campaign must end after it starts.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="261"/>
        <source>Alamat server LanguageTool harus berbentuk http://nama-server:8081</source>
        <translation>The LanguageTool server address must look like http://server-name:8081</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="267"/>
        <source>Folder LanguageTool harus berisi languagetool-server.jar (folder hasil ekstrak LanguageTool).</source>
        <translation>The LanguageTool folder must hold languagetool-server.jar (the folder of an unzipped LanguageTool).</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/welcome_dialog.py" line="32"/>
        <source>Selamat datang di Saring</source>
        <translation>Welcome to Saring</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="35"/>
        <source>&lt;h2&gt;Selamat datang di Saring&lt;/h2&gt;&lt;p&gt;Saring memeriksa unggahan sebelum dibagikan: ejaan dan kata baku, sumber informasi, netralitas ASN, tanda hoaks atau penipuan, dan batas panjang tiap kanal. Semua pemeriksaan berjalan di PC ini, tanpa internet.&lt;/p&gt;&lt;p&gt;Isi dua hal di bawah; semuanya bisa diubah nanti di &lt;b&gt;Alat → Pengaturan&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Saring&lt;/h2&gt;&lt;p&gt;Saring checks posts before they are shared: spelling and standard words, sources, civil-servant neutrality, signs of hoaxes or fraud, and each channel&apos;s length limit. Every check runs on this PC, without the internet.&lt;/p&gt;&lt;p&gt;Fill in the two items below; you can change everything later in &lt;b&gt;Tools → Settings&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="42"/>
        <source>Misalnya: Dinas Komunikasi dan Informatika</source>
        <translation>For example: Dinas Komunikasi dan Informatika</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="43"/>
        <source>Nama OPD</source>
        <translation>Agency (OPD) name</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="45"/>
        <source>Nama Anda</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="54"/>
        <source>Nama &amp;OPD</source>
        <translation>&amp;Agency (OPD) name</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="55"/>
        <source>&amp;Nama Anda (boleh kosong)</source>
        <translation>Your &amp;name (optional)</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="56"/>
        <source>Kanal yang dipakai</source>
        <translation>Channels in use</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="57"/>
        <source>Sesudah ini Saring membuka contoh unggahan berisi beberapa kesalahan. Tekan &lt;b&gt;F7&lt;/b&gt; untuk pindah ke temuan berikutnya dan &lt;b&gt;Perbaiki&lt;/b&gt; untuk menerapkan sarannya.</source>
        <translation>Next, Saring opens a sample post with a few mistakes. Press &lt;b&gt;F7&lt;/b&gt; to go to the next finding and &lt;b&gt;Fix&lt;/b&gt; to apply its suggestion.</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="63"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="83"/>
        <source>Tulis nama OPD Anda dulu.</source>
        <translation>Write your agency&apos;s (OPD) name first.</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <location filename="../ui/buttons.py" line="17"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/buttons.py" line="26"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../ui/buttons.py" line="27"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../ui/labels.py" line="14"/>
        <source>Ejaan</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="15"/>
        <source>Kata baku</source>
        <translation>Standard words</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="16"/>
        <source>EYD</source>
        <translation>Orthography (EYD)</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="17"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="18"/>
        <source>Netralitas</source>
        <translation>Neutrality</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="19"/>
        <source>Hoaks</source>
        <translation>Hoax</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="20"/>
        <source>Penipuan</source>
        <translation>Fraud</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="21"/>
        <source>Provokasi</source>
        <translation>Provocation</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="22"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="23"/>
        <source>Tata bahasa</source>
        <translation>Grammar</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="29"/>
        <source>Harus diperbaiki</source>
        <translation>Must fix</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="30"/>
        <source>Periksa</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="31"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="37"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="38"/>
        <source>Perlu revisi</source>
        <translation>Needs revision</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="39"/>
        <source>Siap</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="40"/>
        <source>Diekspor</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="41"/>
        <source>Terbit</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="42"/>
        <source>Arsip</source>
        <translation>Archived</translation>
    </message>
</context>
</TS>
