<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about_dialog.py" line="26" />
        <source>Tentang Saring</source>
        <translation>About Saring</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="27" />
        <source>Saring sebelum sharing: pemeriksa unggahan media sosial instansi pemerintah daerah. Bekerja tanpa internet.</source>
        <translation>Check before you share: a post checker for the social media of regional government agencies. Works without the internet.</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="32" />
        <source>Lisensi</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="35" />
        <source>Saring (kode program)</source>
        <translation>Saring (program code)</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="37" />
        <source>Pustaka antarmuka jendela; dapat diganti dengan versi lain oleh pengguna.</source>
        <translation>Window toolkit; users may replace it with another version.</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="38" />
        <source>Kamus hunspell id_ID</source>
        <translation>hunspell id_ID dictionary</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="39" />
        <source>Dari kamus LibreOffice (paket Debian hunspell-id); teks lisensinya ada di resources/dictionaries/.</source>
        <translation>From LibreOffice's dictionaries (Debian package hunspell-id); its licence texts are in resources/dictionaries/.</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="41" />
        <source>Pembaca kamus hunspell dalam Python.</source>
        <translation>Reads hunspell dictionaries in Python.</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="42" />
        <source>Penyimpanan antrean.</source>
        <translation>Stores the queue.</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="43" />
        <source>Letak folder data pengguna.</source>
        <translation>Finds the user's data folder.</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="44" />
        <source>Daftar kata dan paket aturan Saring</source>
        <translation>Saring's word lists and rule packs</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="45" />
        <source>Ditulis tim Saring; setiap entri mencantumkan alasan dan sumbernya.</source>
        <translation>Written by the Saring team; every entry gives its reason and source.</translation>
    </message>
</context>
<context>
    <name>ChannelPreview</name>
    <message>
        <location filename="../ui/channel_preview.py" line="45" />
        <source>{0}: {1} karakter, {2} tagar</source>
        <translation>{0}: {1} characters, {2} hashtags</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="134" />
        <source>Pratinjau per kanal</source>
        <translation>Preview per channel</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="141" />
        <source>Pilih kanal di formulir untuk melihat pratinjaunya.</source>
        <translation>Choose channels in the form to see their previews.</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="168" />
        <source>Pratinjau {0}</source>
        <translation>{0} preview</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="177" />
        <source> — terlalu panjang</source>
        <translation> — too long</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="182" />
        <source>… (pratinjau hanya menampilkan awal teks)</source>
        <translation>… (the preview shows only the beginning of the text)</translation>
    </message>
</context>
<context>
    <name>ComposeForm</name>
    <message>
        <location filename="../ui/compose.py" line="41" />
        <source>Judul singkat untuk antrean</source>
        <translation>Short title for the queue</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="42" />
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="56" />
        <source>Jadwalkan pada</source>
        <translation>Schedule for</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="57" />
        <source>Jadwalkan</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="61" />
        <source>Rencana tanggal dan jam terbit</source>
        <translation>Planned publishing date and time</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="71" />
        <source>Dari mana informasinya? Misalnya: Dinas Kesehatan, rilis 12 November; https://….go.id</source>
        <translation>Where does the information come from? For example: Health Office, release of 12 November; https://….go.id</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="73" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="77" />
        <location filename="../ui/compose.py" line="135" />
        <source>Simpan ke antrean</source>
        <translation>Save to queue</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="80" />
        <source>Unggahan baru</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="89" />
        <source>&amp;Judul</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="90" />
        <source>&amp;Isi</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="92" />
        <source>Kanal</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="93" />
        <source>Rencana terbit</source>
        <translation>Publishing plan</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="94" />
        <source>&amp;Sumber</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="135" />
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="136" />
        <source>Menyunting unggahan #{0}</source>
        <translation>Editing post #{0}</translation>
    </message>
</context>
<context>
    <name>CounterLine</name>
    <message>
        <location filename="../ui/channel_preview.py" line="113" />
        <source>Panjang per kanal</source>
        <translation>Length per channel</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="120" />
        <source>Pilih kanal untuk melihat batas panjangnya.</source>
        <translation>Choose channels to see their length limits.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export_dialog.py" line="35" />
        <source>Ekspor antrean ke CSV</source>
        <translation>Export the queue to CSV</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="37" />
        <source>Status yang diekspor</source>
        <translation>Status to export</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="38" />
        <source>Semua unggahan</source>
        <translation>All posts</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="43" />
        <location filename="../ui/export_dialog.py" line="60" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="44" />
        <source>Umum — semua kolom (CSV UTF-8)</source>
        <translation>Generic — all columns (CSV UTF-8)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="46" />
        <source>Berkas tujuan</source>
        <translation>Target file</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="47" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="54" />
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="55" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="59" />
        <source>Unggahan</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="61" />
        <source>Simpan ke</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="71" />
        <source>Simpan CSV</source>
        <translation>Save CSV</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="72" />
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../ui/findings_panel.py" line="35" />
        <source>Ejaan</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="36" />
        <source>Kata baku</source>
        <translation>Standard words</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="37" />
        <source>EYD</source>
        <translation>Orthography (EYD)</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="38" />
        <source>Tata bahasa</source>
        <translation>Grammar</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="39" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="40" />
        <source>Netralitas</source>
        <translation>Neutrality</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="41" />
        <source>Hoaks/Penipuan/Provokasi</source>
        <translation>Hoax/Fraud/Provocation</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="42" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="65" />
        <source>Tulis isi unggahan untuk mulai memeriksa.</source>
        <translation>Write the post to start checking.</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="67" />
        <source>{0} hal harus diperbaiki</source>
        <translation>{0} things must be fixed</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="69" />
        <source>, {0} perlu diperiksa</source>
        <translation>, {0} to review</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="72" />
        <source>{0} hal perlu diperiksa sebelum diunggah</source>
        <translation>{0} things to review before posting</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="74" />
        <source>Siap diunggah</source>
        <translation>Ready to post</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="86" />
        <source>Belum diperiksa.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="88" />
        <source>Ringkasan pemeriksaan</source>
        <translation>Check summary</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="94" />
        <source>Tampilkan kategori</source>
        <translation>Show category</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="96" />
        <source>&amp;Tampilkan:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="99" />
        <source>Daftar temuan</source>
        <translation>Findings list</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="182" />
        <source>Semua kategori ({0})</source>
        <translation>All categories ({0})</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="221" />
        <source>… dan {0} temuan lain. Perbaiki yang di atas dulu.</source>
        <translation>… and {0} more findings. Fix the ones above first.</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="232" />
        <source>seluruh unggahan</source>
        <translation>the whole post</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="244" />
        <source>Dasar: {0}</source>
        <translation>Basis: {0}</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="247" />
        <source>Perbaiki → “{0}”</source>
        <translation>Fix → “{0}”</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="251" />
        <source>(saran lain: {0})</source>
        <translation>(other suggestions: {0})</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../ui/guide_dialog.py" line="21" />
        <source>Panduan Saring</source>
        <translation>Saring guide</translation>
    </message>
    <message>
        <location filename="../ui/guide_dialog.py" line="24" />
        <source>Panduan</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../ui/guide_dialog.py" line="31" />
        <source>Panduan tidak ditemukan di {0}.</source>
        <translation>The guide was not found at {0}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="43" />
        <source>Saring — saring sebelum sharing</source>
        <translation>Saring — check before you share</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="59" />
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="60" />
        <source>Pratinjau kanal</source>
        <translation>Channel preview</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="73" />
        <source>Tulis</source>
        <translation>Write</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="74" />
        <source>Antrean</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="79" />
        <source>Kesiapan unggahan</source>
        <translation>Post readiness</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="91" />
        <source>Memuat kamus…</source>
        <translation>Loading the dictionary…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="92" />
        <source>Memuat kamus dan paket aturan…</source>
        <translation>Loading the dictionary and rule packs…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="101" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="102" />
        <source>Unggahan &amp;baru</source>
        <translation>&amp;New post</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="103" />
        <source>&amp;Simpan ke antrean</source>
        <translation>&amp;Save to queue</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="104" />
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="106" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="108" />
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="109" />
        <source>&amp;Periksa sekarang</source>
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="110" />
        <source>&amp;Temuan berikutnya</source>
        <translation>&amp;Next finding</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="111" />
        <source>Temuan se&amp;belumnya</source>
        <translation>&amp;Previous finding</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="112" />
        <source>P&amp;erbaiki temuan ini</source>
        <translation>&amp;Fix this finding</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="114" />
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="115" />
        <source>&amp;Tulis</source>
        <translation>&amp;Write</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="116" />
        <source>&amp;Antrean</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="117" />
        <source>&amp;Daftar temuan</source>
        <translation>&amp;Findings list</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="119" />
        <source>&amp;Alat</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="120" />
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="122" />
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="123" />
        <source>&amp;Panduan</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="124" />
        <source>&amp;Tentang Saring</source>
        <translation>&amp;About Saring</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="147" />
        <source>Siap. Paket aturan: {0}</source>
        <translation>Ready. Rule packs: {0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="151" />
        <source>Pemeriksa tidak dapat dimuat: {0}</source>
        <translation>The checker could not be loaded: {0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="152" />
        <source>Pemeriksa tidak dapat dimuat</source>
        <translation>The checker could not be loaded</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="187" />
        <source>Pemeriksaan gagal: {0}</source>
        <translation>The check failed: {0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="197" />
        <source>Teks berubah; tunggu pemeriksaan selesai.</source>
        <translation>The text changed; wait for the check to finish.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="208" />
        <source>Tidak ada temuan.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="244" />
        <source>Tidak ada saran untuk diterapkan di sini.</source>
        <translation>No suggestion to apply here.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="256" />
        <source>“{0}” diganti dengan “{1}”. Ctrl+Z membatalkan.</source>
        <translation>“{0}” replaced with “{1}”. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="275" />
        <source>Belum ada isi</source>
        <translation>Nothing written yet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="276" />
        <source>Isi unggahan masih kosong; tulis dulu isinya.</source>
        <translation>The post is empty; write its text first.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="279" />
        <source>Kamus masih dimuat; coba lagi sebentar.</source>
        <translation>The dictionary is still loading; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="293" />
        <source>Unggahan tidak tersimpan; teksnya tetap di editor.

{0}</source>
        <translation>The post was not saved; its text stays in the editor.

{0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="294" />
        <source>Tidak tersimpan</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="301" />
        <source>Tersimpan di antrean sebagai #{0} ({1} harus diperbaiki, {2} perlu diperiksa).</source>
        <translation>Saved to the queue as #{0} ({1} must be fixed, {2} to review).</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="308" />
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="309" />
        <source>Unggahan yang sedang ditulis belum disimpan. Buang perubahannya?</source>
        <translation>The post you are writing is not saved. Discard the changes?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="332" />
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="333" />
        <source>Unggahan #{0} sudah tidak ada.</source>
        <translation>Post #{0} no longer exists.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="353" />
        <source>Mengekspor {0} unggahan…</source>
        <translation>Exporting {0} posts…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="358" />
        <source>{0} unggahan diekspor ke {1}</source>
        <translation>{0} posts exported to {1}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="363" />
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="364" />
        <source>Berkas tidak ditulis dan antrean tidak berubah.

{0}</source>
        <translation>No file was written and the queue is unchanged.

{0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="383" />
        <source>Pengaturan tidak tersimpan</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="385" />
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="387" />
        <source>Bahasa baru berlaku setelah Saring dibuka ulang.</source>
        <translation>The new language applies after Saring is restarted.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="397" />
        <source>Kamus dan paket aturan</source>
        <translation>Dictionaries and rule packs</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="398" />
        <source>Kamus: hunspell id_ID dan daftar kata Saring.
Paket aturan yang dipakai:
{0}</source>
        <translation>Dictionary: hunspell id_ID and Saring's word lists.
Rule packs in use:
{0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="412" />
        <source>Contoh: imbauan banjir</source>
        <translation>Sample: flood advisory</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../ui/editor.py" line="27" />
        <source>Isi unggahan</source>
        <translation>Post text</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="28" />
        <source>Tulis isi unggahan di sini…</source>
        <translation>Write the post here…</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="70" />
        <source>Ganti dengan “{0}”</source>
        <translation>Replace with “{0}”</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="88" />
        <source>Dasar: {0}</source>
        <translation>Basis: {0}</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="91" />
        <source>Saran: {0} (Ctrl+. menerapkan yang pertama)</source>
        <translation>Suggestions: {0} (Ctrl+. applies the first)</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../ui/queue_view.py" line="89" />
        <source>Daftar antrean</source>
        <translation>Queue list</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="101" />
        <source>Saring menurut status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="102" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="107" />
        <source>Buka di editor</source>
        <translation>Open in editor</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="110" />
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="116" />
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="118" />
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="123" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="141" />
        <source>{0} unggahan</source>
        <translation>{0} posts</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="163" />
        <source>Status tidak diubah</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="171" />
        <source>Hapus unggahan #{0} “{1}” dari antrean? Tindakan ini tidak bisa dibatalkan.</source>
        <translation>Delete post #{0} “{1}” from the queue? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="177" />
        <source>Unggahan tidak dihapus</source>
        <translation>Post not deleted</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="181" />
        <source>Hapus unggahan</source>
        <translation>Delete post</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="42" />
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="43" />
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="44" />
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="45" />
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="46" />
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="47" />
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="48" />
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="59" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="62" />
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="63" />
        <source>Kanal dan target</source>
        <translation>Channels and targets</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="64" />
        <source>Jam unggah</source>
        <translation>Posting times</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="65" />
        <source>Pemeriksaan</source>
        <translation>Checking</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68" />
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="74" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="75" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="89" />
        <source>Nama Anda</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="91" />
        <source>Nama OPD</source>
        <translation>Agency (OPD) name</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="92" />
        <source>Misalnya: Dinas Komunikasi dan Informatika</source>
        <translation>For example: Dinas Komunikasi dan Informatika</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="94" />
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98" />
        <source>Bahasa baru berlaku setelah Saring dibuka ulang.</source>
        <translation>The new language applies after Saring is restarted.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103" />
        <source> cadangan</source>
        <translation> backups</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="104" />
        <source>Jumlah cadangan yang disimpan</source>
        <translation>Number of backups kept</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="106" />
        <source>&amp;Nama Anda</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="107" />
        <source>Nama &amp;OPD</source>
        <translation>&amp;Agency (OPD) name</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="108" />
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="110" />
        <source>Simpan &amp;cadangan</source>
        <translation>Keep &amp;backups</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="116" />
        <source>&lt;b&gt;Kanal yang dipakai&lt;/b&gt;</source>
        <translation>&lt;b&gt;Channels in use&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="117" />
        <source>&lt;b&gt;Target unggahan per hari&lt;/b&gt;</source>
        <translation>&lt;b&gt;Posts per day target&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="126" />
        <source>tanpa target</source>
        <translation>no target</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="127" />
        <source>Target per hari untuk {0}</source>
        <translation>Daily target for {0}</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="140" />
        <source>Jam unggah mingguan</source>
        <translation>Weekly posting times</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="144" />
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="145" />
        <source>Setiap hari</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="150" />
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="151" />
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="153" />
        <source>&amp;Hapus yang dipilih</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="163" />
        <source>Jam-jam tetap untuk mengisi antrean setiap minggu.</source>
        <translation>Fixed times that fill the queue every week.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="170" />
        <source>Ada masa &amp;kampanye</source>
        <translation>There is a &amp;campaign period</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="173" />
        <source>Mulai kampanye</source>
        <translation>Campaign start</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="174" />
        <source>Akhir kampanye</source>
        <translation>Campaign end</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="185" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="189" />
        <source>Alamat server LanguageTool</source>
        <translation>LanguageTool server address</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="190" />
        <source>Kosongkan agar Saring tidak pernah membuka koneksi jaringan. Isi hanya dengan server LanguageTool di PC ini atau di kantor.</source>
        <translation>Leave empty so that Saring never opens a network connection. Fill in only a LanguageTool server on this PC or in the office.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="193" />
        <source>Kamus dan paket &amp;aturan…</source>
        <translation>Dictionaries and rule &amp;packs…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="197" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="198" />
        <source>Server &amp;LanguageTool</source>
        <translation>&amp;LanguageTool server</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="229" />
        <source>Pilih paling sedikit satu kanal.</source>
        <translation>Choose at least one channel.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="231" />
        <source>Akhir masa kampanye harus sesudah awalnya.</source>
        <translation>The campaign must end after it starts.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="234" />
        <source>Alamat server LanguageTool harus berbentuk http://nama-server:8081</source>
        <translation>The LanguageTool server address must look like http://server-name:8081</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/welcome_dialog.py" line="32" />
        <source>Selamat datang di Saring</source>
        <translation>Welcome to Saring</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="35" />
        <source>&lt;h2&gt;Selamat datang di Saring&lt;/h2&gt;&lt;p&gt;Saring memeriksa unggahan sebelum dibagikan: ejaan dan kata baku, sumber informasi, netralitas ASN, tanda hoaks atau penipuan, dan batas panjang tiap kanal. Semua pemeriksaan berjalan di PC ini, tanpa internet.&lt;/p&gt;&lt;p&gt;Isi dua hal di bawah; semuanya bisa diubah nanti di &lt;b&gt;Alat → Pengaturan&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Saring&lt;/h2&gt;&lt;p&gt;Saring checks posts before they are shared: spelling and standard words, sources, civil-servant neutrality, signs of hoaxes or fraud, and each channel's length limit. Every check runs on this PC, without the internet.&lt;/p&gt;&lt;p&gt;Fill in the two items below; you can change everything later in &lt;b&gt;Tools → Settings&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="42" />
        <source>Misalnya: Dinas Komunikasi dan Informatika</source>
        <translation>For example: Dinas Komunikasi dan Informatika</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="43" />
        <source>Nama OPD</source>
        <translation>Agency (OPD) name</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="45" />
        <source>Nama Anda</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="54" />
        <source>Nama &amp;OPD</source>
        <translation>&amp;Agency (OPD) name</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="55" />
        <source>&amp;Nama Anda (boleh kosong)</source>
        <translation>Your &amp;name (optional)</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="56" />
        <source>Kanal yang dipakai</source>
        <translation>Channels in use</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="57" />
        <source>Sesudah ini Saring membuka contoh unggahan berisi beberapa kesalahan. Tekan &lt;b&gt;F7&lt;/b&gt; untuk pindah ke temuan berikutnya dan &lt;b&gt;Perbaiki&lt;/b&gt; untuk menerapkan sarannya.</source>
        <translation>Next, Saring opens a sample post with a few mistakes. Press &lt;b&gt;F7&lt;/b&gt; to go to the next finding and &lt;b&gt;Fix&lt;/b&gt; to apply its suggestion.</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="63" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="83" />
        <source>Tulis nama OPD Anda dulu.</source>
        <translation>Write your agency's (OPD) name first.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../ui/labels.py" line="14" />
        <source>Ejaan</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="15" />
        <source>Kata baku</source>
        <translation>Standard words</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="16" />
        <source>EYD</source>
        <translation>Orthography (EYD)</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="17" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="18" />
        <source>Netralitas</source>
        <translation>Neutrality</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="19" />
        <source>Hoaks</source>
        <translation>Hoax</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="20" />
        <source>Penipuan</source>
        <translation>Fraud</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="21" />
        <source>Provokasi</source>
        <translation>Provocation</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="22" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="23" />
        <source>Tata bahasa</source>
        <translation>Grammar</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="29" />
        <source>Harus diperbaiki</source>
        <translation>Must fix</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="30" />
        <source>Periksa</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="31" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="37" />
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="38" />
        <source>Perlu revisi</source>
        <translation>Needs revision</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="39" />
        <source>Siap</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="40" />
        <source>Diekspor</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="41" />
        <source>Terbit</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="42" />
        <source>Arsip</source>
        <translation>Archived</translation>
    </message>
</context>
</TS>