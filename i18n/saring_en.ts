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
        <location filename="../ui/about_dialog.py" line="32"/>
        <source>Saring adalah perangkat lunak bebas: Anda boleh menyebarkan dan mengubahnya menurut GNU General Public License versi 3 atau (sesuai pilihan Anda) versi sesudahnya (GPL-3.0-or-later). Saring diberikan TANPA JAMINAN APA PUN.</source>
        <translation>Saring is free software: you may redistribute and modify it under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). Saring comes with ABSOLUTELY NO WARRANTY.</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="35"/>
        <source>Di bawah ini: lisensi setiap komponen pihak ketiga yang ikut dipasang, lalu teks lengkap lisensi Saring. Keduanya juga ada di folder program: {0} dan {1}.</source>
        <translation>Below: the licence of every third-party component installed with Saring, then the full text of Saring&apos;s licence. Both are also in the program folder: {0} and {1}.</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="42"/>
        <source>Lisensi</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="53"/>
        <source>Berkas lisensi tidak dapat dibaca: {0}. Lisensi Saring: GPL-3.0-or-later.</source>
        <translation>The licence files cannot be read: {0}. Saring&apos;s licence: GPL-3.0-or-later.</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <location filename="../ui/autosave.py" line="100"/>
        <source>perubahan unggahan #{0}</source>
        <translation>changes to post #{0}</translation>
    </message>
    <message>
        <location filename="../ui/autosave.py" line="101"/>
        <source>unggahan baru</source>
        <translation>new post</translation>
    </message>
    <message>
        <location filename="../ui/autosave.py" line="103"/>
        <source>Saring tertutup sebelum teks terakhir disimpan ({0}, disimpan otomatis {1}).

Awal teks: “{2}”

Kembalikan teks itu ke editor? Jika tidak, teks itu dibuang.</source>
        <translation>Saring closed before the latest text was saved ({0}, autosaved {1}).

Text begins: “{2}”

Restore that text to the editor? If not, it will be discarded.</translation>
    </message>
    <message>
        <location filename="../ui/autosave.py" line="106"/>
        <source>Teks belum disimpan</source>
        <translation>Unsaved text</translation>
    </message>
    <message>
        <location filename="../ui/autosave.py" line="119"/>
        <source>Teks yang belum disimpan sudah dikembalikan.</source>
        <translation>The unsaved text has been restored.</translation>
    </message>
</context>
<context>
    <name>BidangPage</name>
    <message>
        <location filename="../ui/bidang_page.py" line="43"/>
        <source>Daftar bidang kantor</source>
        <translation>The office&apos;s divisions</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="44"/>
        <source>Bidang, sekretariat atau UPT/UPTD</source>
        <translation>Division, secretariat or technical unit (UPT/UPTD)</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="45"/>
        <source>Target unggahan per minggu</source>
        <translation>Posts per week (target)</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="59"/>
        <source>Jenis OPD</source>
        <translation>Agency type</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="60"/>
        <source>Jenis lain (hanya Sekretariat)</source>
        <translation>Other type (Secretariat only)</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="67"/>
        <source>Pakai daftar &amp;bawaan jenis ini</source>
        <translation>Use this type’s &amp;default list</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="73"/>
        <source>&amp;Tambah bidang</source>
        <translation>&amp;Add division</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="75"/>
        <source>Hapus yang &amp;dipilih</source>
        <translation>Remove &amp;selected</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="77"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="77"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="84"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="85"/>
        <source>Ingatkan bila bidang tidak diunggah selama</source>
        <translation>Remind when a division has had no post for</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="88"/>
        <source>Setiap bidang kantor perlu diunggah, bukan hanya kegiatan pimpinan. Tandai setiap unggahan dengan bidangnya; antrean dan kalender lalu menunjukkan bidang yang lama tidak diunggah. Sesuaikan nama dengan Perbup susunan organisasi kantor Anda.</source>
        <translation>Every division of the office should be posted about, not only the leaders’ activities. Tag each post with its divisions; the queue and the calendar then show which divisions have had no post for a long time. Match the names to your office’s organisation regulation (Perbup).</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="93"/>
        <source>Jenis OPD:</source>
        <translation>Agency type:</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="101"/>
        <source>Ingatkan bila satu bidang tidak diunggah selama</source>
        <translation>Remind when a division has had no post for</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="119"/>
        <source>Dasar: {0}. {1}</source>
        <translation>Basis: {0}. {1}</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="120"/>
        <source>Untuk jenis lain, tambahkan bidang kantor Anda satu per satu.</source>
        <translation>For another type, add your office’s divisions one by one.</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="139"/>
        <source>tanpa target</source>
        <translation>no target</translation>
    </message>
    <message>
        <location filename="../ui/bidang_page.py" line="140"/>
        <location filename="../ui/bidang_page.py" line="150"/>
        <source>Target per minggu: {0}</source>
        <translation>Weekly target: {0}</translation>
    </message>
</context>
<context>
    <name>BidangPicker</name>
    <message>
        <location filename="../ui/bidang_picker.py" line="64"/>
        <source>Belum ada bidang: isi di Pengaturan → Bidang</source>
        <translation>No divisions yet: add them in Settings → Divisions</translation>
    </message>
    <message>
        <location filename="../ui/bidang_picker.py" line="70"/>
        <source>{0} (tidak ada lagi di Pengaturan)</source>
        <translation>{0} (no longer in Settings)</translation>
    </message>
    <message>
        <location filename="../ui/bidang_picker.py" line="79"/>
        <source>Pilih bidang…</source>
        <translation>Choose divisions…</translation>
    </message>
    <message>
        <location filename="../ui/bidang_picker.py" line="79"/>
        <source>Belum ada bidang</source>
        <translation>No divisions yet</translation>
    </message>
    <message>
        <location filename="../ui/bidang_picker.py" line="83"/>
        <source>{0} dan {1} lainnya</source>
        <translation>{0} and {1} more</translation>
    </message>
    <message>
        <location filename="../ui/bidang_picker.py" line="85"/>
        <source>Bidang yang dibahas unggahan ini; bisa lebih dari satu.</source>
        <translation>The divisions this post is about; more than one is fine.</translation>
    </message>
    <message>
        <location filename="../ui/bidang_picker.py" line="87"/>
        <source>Bidang</source>
        <translation>Divisions</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../ui/calendar_view.py" line="269"/>
        <source>Tampilan kalender</source>
        <translation>Calendar view</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="271"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="272"/>
        <source>◀ Sebelumnya</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="273"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="274"/>
        <source>Berikutnya ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="268"/>
        <source>&amp;Tampilan:</source>
        <translation>&amp;View:</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="270"/>
        <source>Pekan</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="277"/>
        <source>{0} = di bawah target, {1} = target terpenuhi (hari yang sudah lewat tidak diwarnai).</source>
        <translation>{0} = below target, {1} = target met (past days are not coloured).</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="278"/>
        <source>merah</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="279"/>
        <source>hijau</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="283"/>
        <source>Kalender unggahan</source>
        <translation>Post calendar</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="285"/>
        <source>Belum dijadwalkan</source>
        <translation>Not scheduled yet</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="286"/>
        <source>Kekurangan 7 hari ke depan</source>
        <translation>Shortfall over the next 7 days</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="287"/>
        <source>&lt;b&gt;Kekurangan 7 hari ke depan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Shortfall over the next 7 days&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="288"/>
        <source>Bidang yang lama tidak diunggah</source>
        <translation>Divisions without a recent post</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="379"/>
        <source>kurang {0}</source>
        <translation>{0} short</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="381"/>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="384"/>
        <source>{0}: kurang {1}</source>
        <translation>{0}: {1} short</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="395"/>
        <source>{0} {1}: {2} unggahan</source>
        <translation>{0} {1}: {2} posts</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="408"/>
        <source>Belum dijadwalkan ({0})</source>
        <translation>Not scheduled ({0})</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="410"/>
        <source>Unggahan tanpa waktu terbit. Beri waktu di formulir, atau pakai “Jadwalkan otomatis” di tab Antrean.</source>
        <translation>Posts without a publishing time. Give them a time in the form, or use “Auto-schedule” in the Queue tab.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="415"/>
        <source>… dan {0} lagi (lihat tab Antrean)</source>
        <translation>… and {0} more (see the Queue tab)</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="418"/>
        <source>Semua unggahan sudah punya waktu terbit.</source>
        <translation>Every post has a publishing time.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="425"/>
        <source>Belum ada target harian. Atur target per kanal dan slot waktu di Pengaturan.</source>
        <translation>No daily targets yet. Set targets per channel and time slot in Settings.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="429"/>
        <source>tidak ada slot tersisa</source>
        <translation>no slots left</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="430"/>
        <source>{0} {1}: {2} kurang {3} (ada {4} dari {5})
    slot kosong: {6}</source>
        <translation>{0} {1}: {2} short by {3} ({4} of {5})
    empty slots: {6}</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="435"/>
        <source>Tidak ada kekurangan: semua target 7 hari ke depan terpenuhi.</source>
        <translation>No shortfall: all targets for the next 7 days are met.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="440"/>
        <source>&lt;b&gt;Bidang tanpa unggahan {0} hari terakhir&lt;/b&gt;</source>
        <translation>&lt;b&gt;Divisions without a post in the last {0} days&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="444"/>
        <source>Belum ada daftar bidang. Isi di Pengaturan → Bidang.</source>
        <translation>No list of divisions yet. Add it in Settings → Divisions.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_view.py" line="451"/>
        <source>Tidak ada: setiap bidang punya unggahan.</source>
        <translation>None: every division has a post.</translation>
    </message>
</context>
<context>
    <name>ChannelPreview</name>
    <message>
        <location filename="../ui/channel_preview.py" line="60"/>
        <source>{0}: {1} karakter, {2}</source>
        <translation>{0}: {1} characters, {2}</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="237"/>
        <source>Pratinjau per kanal</source>
        <translation>Preview per channel</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="238"/>
        <source>Pilih kanal di formulir untuk melihat pratinjaunya.</source>
        <translation>Choose channels in the form to see their previews.</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="240"/>
        <location filename="../ui/channel_preview.py" line="284"/>
        <source>Pratinjau {0}</source>
        <translation>{0} preview</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="292"/>
        <source> — terlalu panjang</source>
        <translation> — too long</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="296"/>
        <source>… (pratinjau hanya menampilkan awal teks)</source>
        <translation>… (the preview shows only the beginning of the text)</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="319"/>
        <source>Akun instansi Anda</source>
        <translation>Your office account</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="324"/>
        <source>Baru saja</source>
        <translation>Just now</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="362"/>
        <source>+{0} gambar</source>
        <translation>+{0} images</translation>
    </message>
</context>
<context>
    <name>CheckController</name>
    <message numerus="yes">
        <location filename="../ui/check_controller.py" line="91"/>
        <source>Siap: kamus dan %n paket aturan dimuat.</source>
        <translation>
            <numerusform>Ready: dictionary and %n rule pack loaded.</numerusform>
            <numerusform>Ready: dictionary and %n rule packs loaded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="99"/>
        <source>Pemeriksa tidak dapat dimuat: {0}</source>
        <translation>The checker could not be loaded: {0}</translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="100"/>
        <source>Pemeriksa tidak dapat dimuat</source>
        <translation>The checker could not be loaded</translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="107"/>
        <source>Memuat ulang paket aturan…</source>
        <translation>Reloading rule packs…</translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="172"/>
        <source>LanguageTool sedang dijalankan; temuan bahasa Inggris menyusul.</source>
        <translation>LanguageTool is starting; the English findings will follow.</translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="210"/>
        <source>Unggahan terlalu panjang: {0} karakter, batasnya {1} karakter (media sosial mana pun menerima paling banyak 63.206 karakter). Teks ini tidak diperiksa dan tidak dapat disimpan ke antrean; bagi menjadi beberapa unggahan.</source>
        <translation>The post is too long: {0} characters, the limit is {1} (no social platform accepts more than 63,206). This text is not checked and cannot be saved to the queue; split it into several posts.</translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="232"/>
        <source>Unggahan terlalu panjang untuk diperiksa.</source>
        <translation>The post is too long to check.</translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="236"/>
        <source>Pemeriksaan gagal: {0}</source>
        <translation>The check failed: {0}</translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="245"/>
        <source>“{0}” ditambahkan ke kamus.</source>
        <translation>“{0}” added to the dictionary.</translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="247"/>
        <source>Kamus tidak diubah</source>
        <translation>Dictionary not changed</translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="266"/>
        <source>Diabaikan. Periksa → Batalkan abaikan ({0}) menampilkannya lagi.</source>
        <translation>Ignored. Check → Undo ignore ({0}) shows it again.</translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="220"/>
        <location filename="../ui/check_controller.py" line="270"/>
        <source>Tidak tersimpan</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="275"/>
        <source>Tidak ada abaikan yang bisa dibatalkan. Semua yang diabaikan ada di Alat → Kamus dan abaikan.</source>
        <translation>There is no ignore to undo. Everything ignored is listed in Tools → Dictionary and ignored.</translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="284"/>
        <source>Abaikan dibatalkan; temuannya tampil lagi.</source>
        <translation>Ignore undone; the finding shows again.</translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="296"/>
        <source>Teks berubah; tunggu pemeriksaan selesai.</source>
        <translation>The text changed; wait for the check to finish.</translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="307"/>
        <source>Tidak ada temuan.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="341"/>
        <source>Tidak ada saran untuk diterapkan di sini.</source>
        <translation>No suggestion to apply here.</translation>
    </message>
    <message>
        <location filename="../ui/check_controller.py" line="353"/>
        <source>“{0}” diganti dengan “{1}”. Ctrl+Z membatalkan.</source>
        <translation>“{0}” replaced with “{1}”. Ctrl+Z undoes it.</translation>
    </message>
</context>
<context>
    <name>ComposeForm</name>
    <message>
        <location filename="../ui/compose.py" line="118"/>
        <source>Judul singkat untuk antrean</source>
        <translation>Short title for the queue</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="119"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="122"/>
        <source>Jadwalkan pada</source>
        <translation>Schedule for</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="123"/>
        <source>Jadwalkan</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="124"/>
        <source>Rencana tanggal dan jam terbit</source>
        <translation>Planned publishing date and time</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="125"/>
        <source>Dari mana informasinya? Misalnya: Dinas Kesehatan, rilis 12 November; https://….go.id</source>
        <translation>Where does the information come from? For example: Health Office, release of 12 November; https://….go.id</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="127"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="131"/>
        <source>Gambar</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="131"/>
        <source>Bi&amp;dang</source>
        <translation>&amp;Divisions</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="183"/>
        <source>Simpan ke antrean</source>
        <translation>Save to queue</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="128"/>
        <source>Unggahan baru</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="129"/>
        <source>&amp;Judul</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="129"/>
        <source>&amp;Isi</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="129"/>
        <source>Kanal</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="130"/>
        <source>Rencana terbit</source>
        <translation>Publishing plan</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="130"/>
        <source>&amp;Sumber</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="183"/>
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../ui/compose.py" line="184"/>
        <source>Menyunting unggahan #{0}</source>
        <translation>Editing post #{0}</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="85"/>
        <source>%n tagar</source>
        <translation>
            <numerusform>%n hashtag</numerusform>
            <numerusform>%n hashtags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="88"/>
        <source>%n hal harus diperbaiki</source>
        <translation>
            <numerusform>%n thing must be fixed</numerusform>
            <numerusform>%n things must be fixed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="91"/>
        <source>, %n perlu diperiksa</source>
        <translation>
            <numerusform>, %n to review</numerusform>
            <numerusform>, %n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="94"/>
        <source>Tidak ada masalah; %n info</source>
        <translation>
            <numerusform>No problems; %n info</numerusform>
            <numerusform>No problems; %n info</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="97"/>
        <source>, %n info</source>
        <translation>
            <numerusform>, %n info</numerusform>
            <numerusform>, %n info</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="100"/>
        <source>%n hal perlu diperiksa sebelum diunggah</source>
        <translation>
            <numerusform>%n thing to review before posting</numerusform>
            <numerusform>%n things to review before posting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="103"/>
        <source>%n unggahan</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="106"/>
        <source>%n gambar</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="109"/>
        <source>%n berkas</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="112"/>
        <source>%n unggahan diekspor ke {0}</source>
        <translation>
            <numerusform>%n post exported to {0}</numerusform>
            <numerusform>%n posts exported to {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="118"/>
        <source> dan </source>
        <translation> and </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="121"/>
        <source>%n unggahan diekspor ke {0} berkas di {1}</source>
        <translation>
            <numerusform>%n post exported to {0} files in {1}</numerusform>
            <numerusform>%n posts exported to {0} files in {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterLine</name>
    <message>
        <location filename="../ui/channel_preview.py" line="130"/>
        <location filename="../ui/channel_preview.py" line="135"/>
        <source>Panjang per kanal</source>
        <translation>Length per channel</translation>
    </message>
    <message>
        <location filename="../ui/channel_preview.py" line="142"/>
        <source>Pilih kanal untuk melihat batas panjangnya.</source>
        <translation>Choose channels to see their length limits.</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <location filename="../ui/coverage_text.py" line="18"/>
        <source>Belum ada daftar bidang. Isi di Pengaturan → Bidang agar terlihat bidang mana yang lama tidak diunggah.</source>
        <translation>No list of divisions yet. Add it in Settings → Divisions to see which divisions have had no post for a long time.</translation>
    </message>
    <message>
        <location filename="../ui/coverage_text.py" line="23"/>
        <source>Semua bidang punya unggahan dalam {0} hari terakhir.</source>
        <translation>Every division has a post in the last {0} days.</translation>
    </message>
    <message>
        <location filename="../ui/coverage_text.py" line="25"/>
        <source>Bidang tanpa unggahan {0} hari terakhir: {1}.</source>
        <translation>Divisions without a post in the last {0} days: {1}.</translation>
    </message>
    <message>
        <location filename="../ui/coverage_text.py" line="33"/>
        <source>terakhir {0}</source>
        <translation>last {0}</translation>
    </message>
    <message>
        <location filename="../ui/coverage_text.py" line="36"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../ui/coverage_text.py" line="39"/>
        <source>; berikutnya {0}</source>
        <translation>; next {0}</translation>
    </message>
    <message>
        <location filename="../ui/coverage_text.py" line="51"/>
        <source>Minggu ini masih di bawah target mingguan: {0}.</source>
        <translation>Still under the weekly target this week: {0}.</translation>
    </message>
    <message>
        <location filename="../ui/coverage_text.py" line="58"/>
        <source>Belum ada unggahan terjadwal untuk dihitung porsi seremoninya.</source>
        <translation>No scheduled posts yet to count the share of ceremony in.</translation>
    </message>
    <message>
        <location filename="../ui/coverage_text.py" line="60"/>
        <source>{0}: {1} dari {2} ({3}%)</source>
        <translation>{0}: {1} of {2} ({3}%)</translation>
    </message>
    <message>
        <location filename="../ui/coverage_text.py" line="62"/>
        <source>Porsi unggahan seremoni pimpinan per minggu (mulai Senin): {0}.</source>
        <translation>Share of leadership-ceremony posts per week (from Monday): {0}.</translation>
    </message>
    <message>
        <location filename="../ui/coverage_text.py" line="69"/>
        <source>Minggu {0}: {1} dari {2} unggahan berisi kegiatan pimpinan (menghadiri, membuka, meninjau, melantik). Itu boleh, tetapi warga lebih terbantu oleh informasi yang bisa langsung mereka pakai: layanan (jam buka, syarat, biaya), bantuan (siapa berhak dan cara mendaftar), jadwal kegiatan untuk warga, dan rencana pembangunan di wilayahnya. Coba ganti atau tambah satu-dua unggahan seperti itu.</source>
        <translation>Week of {0}: {1} of {2} posts are about the leaders’ activities (attending, opening, inspecting, inaugurating). That is fine, but people are helped more by information they can use straight away: services (opening hours, requirements, costs), aid (who is eligible and how to register), schedules of activities for the public, and development plans for their area. Try replacing or adding one or two posts like that.</translation>
    </message>
</context>
<context>
    <name>DecisionsReport</name>
    <message>
        <location filename="../ui/review_actions.py" line="200"/>
        <source>Laporan keputusan pimpinan</source>
        <translation>Head of office&apos;s decisions: report</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="207"/>
        <source>Tidak diterapkan:</source>
        <translation>Not applied:</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="210"/>
        <source>Diterapkan:</source>
        <translation>Applied:</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="211"/>
        <source>Tidak ada keputusan di berkas ini.</source>
        <translation>This file holds no decisions.</translation>
    </message>
</context>
<context>
    <name>DictionaryPage</name>
    <message>
        <location filename="../ui/dictionary_page.py" line="125"/>
        <source>Perubahan di halaman ini langsung berlaku, juga bila pengaturan ditutup dengan Batal.</source>
        <translation>Changes on this page take effect at once, even when the settings are closed with Cancel.</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="127"/>
        <source>Kamus pribadi</source>
        <translation>Personal dictionary</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="128"/>
        <source>Kata di kamus pribadi</source>
        <translation>Words in the personal dictionary</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="129"/>
        <source>Kata baru</source>
        <translation>New word</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="130"/>
        <source>Kata baru untuk kamus pribadi</source>
        <translation>New word for the personal dictionary</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="131"/>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="132"/>
        <source>Hapus kata &amp;pribadi</source>
        <translation>Remove &amp;personal word</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="133"/>
        <source>Kamus kantor</source>
        <translation>Office dictionary</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="134"/>
        <source>Kata di kamus kantor</source>
        <translation>Words in the office dictionary</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="135"/>
        <source>&amp;Impor…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="136"/>
        <source>Tambahkan kata dari berkas teks UTF-8, satu kata per baris</source>
        <translation>Add words from a UTF-8 text file, one word per line</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="137"/>
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="138"/>
        <source>Simpan kamus kantor sebagai berkas teks untuk OPD lain</source>
        <translation>Save the office dictionary as a text file for other offices</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="139"/>
        <source>Hapus kata &amp;kantor</source>
        <translation>Remove &amp;office word</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="140"/>
        <source>Diabaikan</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="141"/>
        <source>Temuan dan kata yang diabaikan</source>
        <translation>Ignored findings and words</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="142"/>
        <source>Hapus &amp;abaikan (tampilkan lagi)</source>
        <translation>Stop ign&amp;oring (show again)</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="180"/>
        <source>Belum ada yang diabaikan.</source>
        <translation>Nothing ignored yet.</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="185"/>
        <source>unggahan #{0}</source>
        <translation>post #{0}</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="186"/>
        <source>unggahan yang sedang ditulis</source>
        <translation>the post being written</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="188"/>
        <source>“{0}”: semua temuan di {1}</source>
        <translation>“{0}”: every finding in {1}</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="189"/>
        <source>“{0}”: satu temuan ({1}) di {2}</source>
        <translation>“{0}”: one finding ({1}) in {2}</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="213"/>
        <source>Tulis dulu kata yang akan ditambahkan.</source>
        <translation>First type the word to add.</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="218"/>
        <source>Kata tidak ditambahkan: {0}</source>
        <translation>Word not added: {0}</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="224"/>
        <source>“{0}” ditambahkan ke kamus pribadi.</source>
        <translation>“{0}” added to the personal dictionary.</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="238"/>
        <source>Dihapus dari kamus: {0}</source>
        <translation>Removed from the dictionary: {0}</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="250"/>
        <source>Impor kamus kantor</source>
        <translation>Import office dictionary</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="251"/>
        <source>Daftar kata (*.txt *.dic *.lst);;Semua berkas (*)</source>
        <translation>Word lists (*.txt *.dic *.lst);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="256"/>
        <location filename="../ui/dictionary_page.py" line="261"/>
        <source>Membaca {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="260"/>
        <source>Kamus tidak diimpor</source>
        <translation>Dictionary not imported</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="266"/>
        <source>Kamus tidak diimpor: {0} tidak berisi satu kata pun per baris. Tidak ada yang berubah.</source>
        <translation>Dictionary not imported: {0} holds no line with a single word. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="272"/>
        <source>Kamus tidak diimpor: {0}</source>
        <translation>Dictionary not imported: {0}</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="277"/>
        <source>{0} kata dari {1} masuk ke kamus kantor.</source>
        <translation>{0} words from {1} added to the office dictionary.</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="282"/>
        <source> dan {0} lagi</source>
        <translation> and {0} more</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="283"/>
        <source>Baris yang bukan satu kata dilewati: {0}.</source>
        <translation>Lines that are not one word were skipped: {0}.</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="290"/>
        <source>Ekspor kamus kantor</source>
        <translation>Export office dictionary</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="291"/>
        <source>Daftar kata (*.txt)</source>
        <translation>Word lists (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="298"/>
        <source>Kamus tidak diekspor: {0}</source>
        <translation>Dictionary not exported: {0}</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="303"/>
        <source>Kamus tidak diekspor</source>
        <translation>Dictionary not exported</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="307"/>
        <source>{0} kata kamus kantor ditulis ke {1}.</source>
        <translation>{0} office dictionary words written to {1}.</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="312"/>
        <source>{0}: {1}. Tidak ada yang berubah.</source>
        <translation>{0}: {1}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../ui/dictionary_page.py" line="333"/>
        <source>{0} abaikan dihapus; temuannya tampil lagi.</source>
        <translation>{0} ignore(s) removed; the findings show again.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../ui/export_actions.py" line="60"/>
        <source>Mengekspor {0} unggahan…</source>
        <translation>Exporting {0} posts…</translation>
    </message>
    <message>
        <location filename="../ui/export_actions.py" line="65"/>
        <source>Status tidak diubah</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <location filename="../ui/export_actions.py" line="69"/>
        <source>Tidak ada yang diekspor; tidak ada berkas yang ditulis.</source>
        <translation>Nothing was exported; no file was written.</translation>
    </message>
    <message>
        <location filename="../ui/export_actions.py" line="78"/>
        <source>Ekspor dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../ui/export_actions.py" line="82"/>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../ui/export_actions.py" line="83"/>
        <source>Berkas tidak ditulis dan antrean tidak berubah.

{0}</source>
        <translation>No file was written and the queue is unchanged.

{0}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export_dialog.py" line="49"/>
        <source>Ekspor antrean</source>
        <translation>Export the queue</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="51"/>
        <source>Status yang diekspor</source>
        <translation>Status to export</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="52"/>
        <source>Semua unggahan</source>
        <translation>All posts</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="57"/>
        <source>Ekspor ulang kiriman sebelumnya</source>
        <translation>Re-export an earlier batch</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="58"/>
        <source>— ekspor baru —</source>
        <translation>— new export —</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="60"/>
        <source>Kiriman #{0}: {1}, {2} unggahan, {3}</source>
        <translation>Batch #{0}: {1}, {2} posts, {3}</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="65"/>
        <source>Kanal yang diekspor</source>
        <translation>Exported channel</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="66"/>
        <source>Semua kanal</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="70"/>
        <location filename="../ui/export_dialog.py" line="100"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="75"/>
        <location filename="../ui/export_dialog.py" line="101"/>
        <source>Urutan tanggal</source>
        <translation>Date order</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="83"/>
        <source>Berkas tujuan</source>
        <translation>Target file</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="84"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="91"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="92"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="96"/>
        <source>Unggahan</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="98"/>
        <source>Ekspor ulang</source>
        <translation>Re-export</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="99"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="103"/>
        <source>Simpan ke</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="132"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="133"/>
        <source>Simpan ekspor</source>
        <translation>Save export</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="132"/>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message>
        <location filename="../ui/export_dialog.py" line="143"/>
        <source>Laporan ekspor</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="146"/>
        <source>{0} diekspor ke {1}.</source>
        <translation>{0} exported to {1}.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="149"/>
        <source>Tidak ada yang diekspor: setiap unggahan yang dipilih ditolak (alasannya di bawah), jadi tidak ada berkas yang ditulis.</source>
        <translation>Nothing was exported: every chosen post was refused (the reasons are below), so no file was written.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="152"/>
        <source>Tidak ada yang diekspor: tidak ada unggahan yang cocok dengan pilihan ini, jadi tidak ada berkas yang ditulis.</source>
        <translation>Nothing was exported: no post matches this choice, so no file was written.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="155"/>
        <source>Disesuaikan: {0}, ditolak: {1}, peringatan: {2}.</source>
        <translation>Adjusted: {0}, refused: {1}, warnings: {2}.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.py" line="161"/>
        <source>Berkas yang ditulis:</source>
        <translation>Files written:</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../ui/findings_panel.py" line="46"/>
        <source>Ejaan</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="47"/>
        <source>Kata baku</source>
        <translation>Standard words</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="48"/>
        <source>EYD</source>
        <translation>Orthography (EYD)</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="49"/>
        <source>Tata bahasa</source>
        <translation>Grammar</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="50"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="51"/>
        <source>Netralitas</source>
        <translation>Neutrality</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="52"/>
        <source>Hoaks/Penipuan/Provokasi</source>
        <translation>Hoax/Fraud/Provocation</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="53"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="54"/>
        <source>Kelengkapan informasi</source>
        <translation>Announcement details</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="102"/>
        <source>Tulis isi unggahan untuk mulai memeriksa.</source>
        <translation>Write the post to start checking.</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="117"/>
        <source>Tidak ada masalah ditemukan</source>
        <translation>No problems found</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="133"/>
        <location filename="../ui/findings_panel.py" line="178"/>
        <source>Belum diperiksa.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="171"/>
        <source>Ringkasan pemeriksaan</source>
        <translation>Check summary</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="172"/>
        <source>Tampilkan kategori</source>
        <translation>Show category</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="173"/>
        <source>&amp;Tampilkan:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="174"/>
        <source>Daftar temuan</source>
        <translation>Findings list</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="275"/>
        <source>Semua kategori ({0})</source>
        <translation>All categories ({0})</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="315"/>
        <source>… dan {0} temuan lain. Perbaiki yang di atas dulu.</source>
        <translation>… and {0} more findings. Fix the ones above first.</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="326"/>
        <source>Perbaiki: “{0}” → “{1}”</source>
        <translation>Fix: “{0}” → “{1}”</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="328"/>
        <source>Terapkan saran pertama (Ctrl+.). Ctrl+Z membatalkan.</source>
        <translation>Apply the first suggestion (Ctrl+.). Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="330"/>
        <location filename="../ui/findings_panel.py" line="333"/>
        <source>Perbaiki</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="331"/>
        <source>Pilih temuan yang punya saran (klik di daftar, atau F7) untuk memperbaikinya.</source>
        <translation>Choose a finding that has a suggestion (click it in the list, or F7) to fix it.</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="346"/>
        <location filename="../ui/findings_panel.py" line="369"/>
        <source>seluruh unggahan</source>
        <translation>the whole post</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="349"/>
        <source>{0} · {1} hal di sini</source>
        <translation>{0} · {1} things here</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="389"/>
        <source>Dasar: {0}</source>
        <translation>Basis: {0}</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="392"/>
        <source>Perbaiki → “{0}”</source>
        <translation>Fix → “{0}”</translation>
    </message>
    <message>
        <location filename="../ui/findings_panel.py" line="400"/>
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
    <name>ImageCard</name>
    <message>
        <location filename="../ui/image_strip.py" line="103"/>
        <source>tidak
terbaca</source>
        <translation>not
readable</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.py" line="104"/>
        <source>Teks alternatif: apa isi gambar?</source>
        <translation>Alt text: what does the image show?</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.py" line="105"/>
        <source>Teks alternatif gambar {0}</source>
        <translation>Alt text of image {0}</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.py" line="106"/>
        <source>Gambarkan isi gambar untuk pembaca tunanetra, misalnya “Bupati meninjau posko banjir di Martapura”.</source>
        <translation>Describe the image for blind readers, for example “The regent visits the flood post in Martapura”.</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.py" line="108"/>
        <source>Lepaskan gambar ini dari unggahan</source>
        <translation>Remove this image from the post</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.py" line="109"/>
        <source>Lepaskan gambar {0}</source>
        <translation>Remove image {0}</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.py" line="110"/>
        <source>Belum ada teks alternatif</source>
        <translation>No alt text yet</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <location filename="../ui/image_strip.py" line="173"/>
        <source>Tambah gambar…</source>
        <translation>Add image…</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.py" line="174"/>
        <source>Pilih gambar; gambar disalin ke folder media Saring.</source>
        <translation>Choose images; they are copied into Saring&apos;s media folder.</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.py" line="218"/>
        <source>Pilih gambar</source>
        <translation>Choose images</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.py" line="219"/>
        <source>Gambar ({0})</source>
        <translation>Images ({0})</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.py" line="229"/>
        <source>{0}: bukan gambar yang didukung ({1}).</source>
        <translation>{0}: not a supported image ({1}).</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.py" line="232"/>
        <source>{0}: berkas tidak ditemukan.</source>
        <translation>{0}: file not found.</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.py" line="236"/>
        <source>{0}: gambar tidak dapat dibaca (rusak?).</source>
        <translation>{0}: the image cannot be read (damaged?).</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.py" line="241"/>
        <source>Sebagian gambar tidak ditambahkan</source>
        <translation>Some images were not added</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.py" line="269"/>
        <source>Belum ada gambar.</source>
        <translation>No images yet.</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.py" line="271"/>
        <source>{0}, {1} belum punya teks alternatif.</source>
        <translation>{0}, {1} without alternative text.</translation>
    </message>
    <message>
        <location filename="../ui/image_strip.py" line="274"/>
        <source>{0}, semuanya punya teks alternatif.</source>
        <translation>{0}, all with alternative text.</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../ui/manual_posting.py" line="81"/>
        <source>tanpa jadwal</source>
        <translation>not scheduled</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="82"/>
        <source>{0} — TERLAMBAT</source>
        <translation>{0} — LATE</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="88"/>
        <source>Salin teks</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="89"/>
        <source>Salin teks untuk {0}, lalu tempel di kolom teks unggahan.</source>
        <translation>Copy the text for {0}, then paste it into the post&apos;s text field.</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="91"/>
        <source>Buka gambar ({0})</source>
        <translation>Open images ({0})</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="92"/>
        <source>Buka folder berisi gambar unggahan ini, bernomor sesuai urutan unggah.</source>
        <translation>Open the folder with this post&apos;s images, numbered in posting order.</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="94"/>
        <source>Salin teks alternatif</source>
        <translation>Copy alt texts</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="95"/>
        <source>Teks #{0} untuk {1}</source>
        <translation>Text of #{0} for {1}</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="101"/>
        <source>Sudah terbit di {0}: {1}</source>
        <translation>Published on {0}: {1}</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="103"/>
        <source>Ubah tautan…</source>
        <translation>Change link…</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="105"/>
        <source>Belum ditandai terbit di {0}.</source>
        <translation>Not yet marked published on {0}.</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="106"/>
        <source>Tandai terbit…</source>
        <translation>Mark published…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/version_conflict.py" line="51"/>
        <source>Versi tersimpan unggahan #{0} dimuat ke editor.</source>
        <translation>The stored version of post #{0} is now in the editor.</translation>
    </message>
    <message>
        <location filename="../ui/version_conflict.py" line="24"/>
        <source>Unggahan diubah di tempat lain</source>
        <translation>Post changed elsewhere</translation>
    </message>
    <message>
        <location filename="../ui/version_conflict.py" line="26"/>
        <source>Simpan versi saya</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <location filename="../ui/version_conflict.py" line="27"/>
        <source>Ambil versi tersimpan</source>
        <translation>Take the stored version</translation>
    </message>
    <message>
        <location filename="../ui/version_conflict.py" line="30"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="207"/>
        <source>Saring — saring sebelum sharing</source>
        <translation>Saring — check before you share</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="208"/>
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="208"/>
        <source>Pratinjau kanal</source>
        <translation>Channel preview</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="209"/>
        <source>Tulis</source>
        <translation>Write</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="209"/>
        <source>Antrean</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="209"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="213"/>
        <source>Kesiapan unggahan</source>
        <translation>Post readiness</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="109"/>
        <source>Memuat kamus…</source>
        <translation>Loading the dictionary…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="110"/>
        <source>Memuat kamus dan paket aturan…</source>
        <translation>Loading the dictionary and rule packs…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="192"/>
        <source>Hanya-baca: tidak dapat menyimpan.</source>
        <translation>Read-only: cannot save.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="199"/>
        <source>Hanya-baca: basis data ini dipakai Saring lain, jadi tidak ada yang disimpan. Salin teks Anda bila perlu, tutup Saring yang lain, lalu buka Saring lagi.</source>
        <translation>Read-only: this database is in use by another Saring, so nothing is saved. Copy your text if needed, close the other Saring, then open Saring again.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="206"/>
        <source>Saring — HANYA-BACA (basis data dipakai Saring lain)</source>
        <translation>Saring — READ-ONLY (the database is in use by another Saring)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="210"/>
        <source>Siap diunggah</source>
        <translation>Ready to post</translation>
    </message>
    <message>
        <location filename="../ui/post_saving.py" line="28"/>
        <source>Belum ada isi</source>
        <translation>Nothing written yet</translation>
    </message>
    <message>
        <location filename="../ui/post_saving.py" line="29"/>
        <source>Isi unggahan masih kosong; tulis dulu isinya.</source>
        <translation>The post is empty; write its text first.</translation>
    </message>
    <message>
        <location filename="../ui/post_saving.py" line="35"/>
        <source>Kamus masih dimuat; coba lagi sebentar.</source>
        <translation>The dictionary is still loading; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../ui/post_saving.py" line="69"/>
        <source>Unggahan tidak tersimpan; teksnya tetap di editor.

{0}</source>
        <translation>The post was not saved; its text stays in the editor.

{0}</translation>
    </message>
    <message>
        <location filename="../ui/post_saving.py" line="51"/>
        <source>Gambar belum tersimpan</source>
        <translation>Images not saved yet</translation>
    </message>
    <message>
        <location filename="../ui/post_saving.py" line="51"/>
        <source>Teks unggahan tersimpan, tetapi gambarnya belum; gambar tetap di formulir. Periksa gambarnya lalu simpan lagi.

{0}</source>
        <translation>The text of the post is saved, but its images are not; they stay in the form. Check the images and save again.

{0}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="342"/>
        <source>Kembalikan teks</source>
        <translation>Restore text</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="343"/>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../ui/post_saving.py" line="70"/>
        <source>Tidak tersimpan</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../ui/post_saving.py" line="60"/>
        <source>Tersimpan di antrean sebagai #{0} ({1} harus diperbaiki, {2} perlu diperiksa).</source>
        <translation>Saved to the queue as #{0} ({1} must be fixed, {2} to review).</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="254"/>
        <source>Nama bidang di unggahan tidak diubah</source>
        <translation>Division names on the posts not changed</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="258"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="259"/>
        <source>Unggahan yang sedang ditulis belum disimpan. Buang perubahannya?</source>
        <translation>The post you are writing is not saved. Discard the changes?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="280"/>
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="281"/>
        <source>Unggahan #{0} sudah tidak ada.</source>
        <translation>Post #{0} no longer exists.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="294"/>
        <source>Contoh: imbauan banjir</source>
        <translation>Sample: flood advisory</translation>
    </message>
</context>
<context>
    <name>ManualPostingView</name>
    <message>
        <location filename="../ui/manual_posting.py" line="179"/>
        <source>Siap diunggah hari ini — {0}</source>
        <translation>Ready to post today — {0}</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="184"/>
        <source>Tidak ada unggahan untuk diunggah hari ini. Unggahan berstatus Siap atau Diekspor masuk ke sini bila dijadwalkan hari ini atau sebelumnya, atau belum dijadwalkan.</source>
        <translation>Nothing to post today. Ready or Exported posts appear here when they are scheduled for today or earlier, or not scheduled.</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="189"/>
        <source>{0} dari {1} unggahan per kanal belum ditandai terbit.</source>
        <translation>{0} of {1} posts per channel not yet marked published.</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="208"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="210"/>
        <source>Untuk mengunggah manual (Meta Business Suite, atau alat tanpa impor CSV): salin teks, lampirkan gambar sesuai urutan beserta teks alternatifnya, terbitkan, lalu tempel tautan unggahannya di “Tandai terbit”. Unggahan menjadi Terbit setelah semua kanalnya ditandai.</source>
        <translation>To post by hand (Meta Business Suite, or a tool without CSV import): copy the text, attach the images in order with their alt texts, publish, then paste the post&apos;s link in “Mark published”. A post becomes Published once all its channels are marked.</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="223"/>
        <source>Teks #{0} untuk {1} disalin; tempel di kolom teks unggahan.</source>
        <translation>Text of #{0} for {1} copied; paste it into the post&apos;s text field.</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="227"/>
        <source>(belum ada teks alternatif)</source>
        <translation>(no alt text yet)</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="230"/>
        <source>Teks alternatif {0} gambar disalin, bernomor sesuai urutan gambar.</source>
        <translation>Alt texts of {0} images copied, numbered in image order.</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="237"/>
        <source>Gambar tidak dapat disiapkan</source>
        <translation>Images could not be prepared</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="238"/>
        <source>Folder gambar tidak dapat dibuat: {0}</source>
        <translation>The image folder could not be made: {0}</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="240"/>
        <source>Gambar #{0} ada di {1} (bernomor sesuai urutan; teks alternatifnya di teks-alternatif.txt).</source>
        <translation>The images of #{0} are in {1} (numbered in order; their alt texts are in teks-alternatif.txt).</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="243"/>
        <source>Buka gambar</source>
        <translation>Open images</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="244"/>
        <source>Folder tidak dapat dibuka otomatis. Buka sendiri: {0}</source>
        <translation>The folder could not be opened automatically. Open it yourself: {0}</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="254"/>
        <source>Tautan tidak sah</source>
        <translation>Invalid link</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="256"/>
        <source>Periksa tautan</source>
        <translation>Check the link</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="257"/>
        <source>{0}

Tetap simpan tautan ini?</source>
        <translation>{0}

Save this link anyway?</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="267"/>
        <source>#{0} ditandai terbit di {1}; status sekarang {2}.</source>
        <translation>#{0} marked published on {1}; status now {2}.</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="273"/>
        <source>Tidak ditandai terbit</source>
        <translation>Not marked published</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="278"/>
        <source>Tandai terbit</source>
        <translation>Mark published</translation>
    </message>
    <message>
        <location filename="../ui/manual_posting.py" line="279"/>
        <source>Tempel tautan unggahan #{0} di {1} (di platformnya: Bagikan → Salin tautan):</source>
        <translation>Paste the link of post #{0} on {1} (on the platform: Share → Copy link):</translation>
    </message>
</context>
<context>
    <name>OfficeListDialog</name>
    <message>
        <location filename="../ui/packs_dialog.py" line="335"/>
        <source>Daftar kantor: calon pilkada setempat</source>
        <translation>Office list: local election candidates</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="340"/>
        <source>Id paket</source>
        <translation>Pack ID</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="342"/>
        <source>Misalnya: Calon Pilkada OKU Timur 2024</source>
        <translation>For example: OKU Timur 2024 Regional Election Candidates</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="344"/>
        <source>Satu nama per baris, misalnya:
Lanosin
Fery Antoni</source>
        <translation>One name per line, for example:
Lanosin
Fery Antoni</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="346"/>
        <source>Satu per baris, misalnya:
Enos-Yudha
HDCU</source>
        <translation>One per line, for example:
Enos-Yudha
HDCU</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="348"/>
        <source>Satu per baris, misalnya:
#OKUTHebat01</source>
        <translation>One per line, for example:
#OKUTHebat01</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="350"/>
        <source>Nama calon</source>
        <translation>Candidate names</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="351"/>
        <source>Singkatan pasangan</source>
        <translation>Candidate pair abbreviations</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="352"/>
        <source>Tagar kampanye</source>
        <translation>Campaign hashtags</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="355"/>
        <source>Masa kampanye</source>
        <translation>Campaign period</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="366"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="370"/>
        <source>Misalnya: Keputusan KPU Kabupaten tentang penetapan paslon</source>
        <translation>For example: District KPU decree on the candidate pairs</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="373"/>
        <source>Tulis satu isian per baris. Setiap isian ditandai netralitas, harus diperbaiki, di dalam masa kampanye. “Simpan berkas” membuat berkas .toml yang bisa diimpor OPD lain.</source>
        <translation>Write one entry per line. All entries are flagged as neutrality errors during the campaign period. “Save file” creates a .toml file that other agencies (OPD) can import.</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="378"/>
        <source>&amp;Id paket</source>
        <translation>Pack &amp;ID</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="379"/>
        <source>&amp;Nama paket</source>
        <translation>Pack &amp;name</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="380"/>
        <source>Nama &amp;calon</source>
        <translation>&amp;Candidate names</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="381"/>
        <source>&amp;Singkatan pasangan</source>
        <translation>Candidate &amp;pair abbreviations</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="382"/>
        <source>&amp;Tagar kampanye</source>
        <translation>Campaign &amp;hashtags</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="384"/>
        <source>Su&amp;mber data</source>
        <translation>Data sou&amp;rce</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="386"/>
        <source>&amp;Buka…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="388"/>
        <source>Simpan &amp;berkas…</source>
        <translation>Save &amp;file…</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="389"/>
        <source>Simpan sebagai berkas .toml untuk dibagikan ke OPD lain</source>
        <translation>Save as a .toml file to share with other agencies (OPD)</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="391"/>
        <source>Simpan &amp;&amp; &amp;pasang</source>
        <translation>Save &amp;&amp; &amp;install</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="394"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="435"/>
        <source>Buka daftar kantor</source>
        <translation>Open office list</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="436"/>
        <location filename="../ui/packs_dialog.py" line="449"/>
        <source>Paket aturan (*.toml)</source>
        <translation>Rule packs (*.toml)</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="442"/>
        <source>Berkas tidak dapat dibuka</source>
        <translation>File could not be opened</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="448"/>
        <source>Simpan daftar kantor</source>
        <translation>Save office list</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="456"/>
        <source>Daftar tidak tersimpan</source>
        <translation>List not saved</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="468"/>
        <source>Paket tidak dapat dipasang</source>
        <translation>Pack could not be installed</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../ui/operations.py" line="320"/>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../ui/operations.py" line="330"/>
        <source>Menulis berkas tinjauan…</source>
        <translation>Writing the review file…</translation>
    </message>
    <message>
        <location filename="../ui/operations.py" line="342"/>
        <source>Membaca berkas tinjauan…</source>
        <translation>Reading the review file…</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <location filename="../ui/packs_dialog.py" line="316"/>
        <source>Kelola paket aturan</source>
        <translation>Manage rule packs</translation>
    </message>
</context>
<context>
    <name>PacksPanel</name>
    <message>
        <location filename="../ui/packs_dialog.py" line="74"/>
        <source>Paket aturan berisi istilah yang diperiksa Saring. Matikan centang untuk menonaktifkan paket; impor paket dari kantor lain, atau buat daftar calon setempat.</source>
        <translation>Rule packs contain the terms Saring checks. Untick a pack to disable it; import packs from other offices, or create a local candidate list.</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="80"/>
        <source>Aktif</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="80"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="80"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="80"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="80"/>
        <source>Asal</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="81"/>
        <source>Aturan</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="81"/>
        <source>Masa kampanye paket</source>
        <translation>Pack campaign period</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="86"/>
        <source>Daftar paket aturan</source>
        <translation>Rule pack list</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="95"/>
        <source>Isi paket</source>
        <translation>Pack contents</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="96"/>
        <source>Pilih paket untuk melihat aturan dan istilahnya.</source>
        <translation>Select a pack to see its rules and terms.</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="104"/>
        <source>Masa kampanye berlaku (pengaturan):</source>
        <translation>Campaign period in effect (settings):</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="107"/>
        <source>Mulai masa kampanye</source>
        <translation>Campaign start</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="108"/>
        <source>Akhir masa kampanye</source>
        <translation>Campaign end</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="126"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="130"/>
        <source>Di dalam masa kampanye (paket atau pengaturan), aturan netralitas berlaku penuh; di luar itu turun satu tingkat.</source>
        <translation>During the campaign period (from the pack or settings), neutrality rules apply in full; outside it they drop one level.</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="135"/>
        <source>&amp;Impor paket…</source>
        <translation>&amp;Import pack…</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="137"/>
        <source>&amp;Hapus paket</source>
        <translation>&amp;Remove pack</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="139"/>
        <source>&amp;Daftar kantor…</source>
        <translation>&amp;Office list…</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="140"/>
        <source>Nama calon, singkatan pasangan dan tagar kampanye setempat, disimpan sebagai paket yang bisa dibagikan</source>
        <translation>Local candidate names, pair abbreviations and campaign hashtags, saved as a shareable pack</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="179"/>
        <source>aktif</source>
        <translation>enabled</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="179"/>
        <source>nonaktif</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="183"/>
        <source>bawaan</source>
        <translation>built-in</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="183"/>
        <source>terpasang</source>
        <translation>installed</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="212"/>
        <location filename="../ui/packs_dialog.py" line="299"/>
        <source>Pengaturan tidak tersimpan</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="228"/>
        <source>{0} ({1}, versi {2})</source>
        <translation>{0} ({1}, version {2})</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="234"/>
        <source>Istilah: {0}</source>
        <translation>Terms: {0}</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="236"/>
        <source>Pola: {0}</source>
        <translation>Patterns: {0}</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="238"/>
        <source>Rujukan: {0}</source>
        <translation>Reference: {0}</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="247"/>
        <source>Impor paket aturan</source>
        <translation>Import rule pack</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="248"/>
        <source>Paket aturan (*.toml)</source>
        <translation>Rule packs (*.toml)</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="254"/>
        <source>Paket tidak dapat diimpor</source>
        <translation>Pack could not be imported</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="266"/>
        <source>Hapus paket</source>
        <translation>Remove pack</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="267"/>
        <source>Hapus paket “{0}” dari aplikasi?</source>
        <translation>Remove pack “{0}” from the app?</translation>
    </message>
    <message>
        <location filename="../ui/packs_dialog.py" line="272"/>
        <source>Paket tidak dapat dihapus</source>
        <translation>Pack could not be removed</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../ui/editor.py" line="40"/>
        <source>Isi unggahan</source>
        <translation>Post text</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="41"/>
        <source>Tulis isi unggahan di sini…</source>
        <translation>Write the post here…</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="146"/>
        <source>Ganti dengan “{0}”</source>
        <translation>Replace with “{0}”</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="153"/>
        <source>Tambahkan “{0}” ke kamus</source>
        <translation>Add “{0}” to the dictionary</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="155"/>
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="156"/>
        <source>Abaikan semua “{0}” di pos ini</source>
        <translation>Ignore all “{0}” in this post</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="176"/>
        <source>Dasar: {0}</source>
        <translation>Basis: {0}</translation>
    </message>
    <message>
        <location filename="../ui/editor.py" line="179"/>
        <source>Saran: {0} (Ctrl+. menerapkan yang pertama)</source>
        <translation>Suggestions: {0} (Ctrl+. applies the first)</translation>
    </message>
</context>
<context>
    <name>PostList</name>
    <message>
        <location filename="../ui/calendar_view.py" line="146"/>
        <source>Klik untuk membuka unggahan ini.</source>
        <translation>Click to open this post.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../ui/tasks.py" line="57"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="58"/>
        <source>Hentikan pekerjaan ini; tidak ada yang ditulis setengah jalan.</source>
        <translation>Stop this work; nothing is left half-written.</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="60"/>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="80"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>QueueSummary</name>
    <message>
        <location filename="../ui/queue_summary.py" line="86"/>
        <source>Saran:</source>
        <translation>Suggestion:</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../ui/queue_model.py" line="56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/queue_model.py" line="56"/>
        <source>Rencana terbit</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../ui/queue_model.py" line="56"/>
        <source>Kanal</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../ui/queue_model.py" line="56"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../ui/queue_model.py" line="57"/>
        <source>Harus diperbaiki</source>
        <translation>Must fix</translation>
    </message>
    <message>
        <location filename="../ui/queue_model.py" line="57"/>
        <source>Perlu diperiksa</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../ui/queue_model.py" line="57"/>
        <source>Bidang</source>
        <translation>Divisions</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../ui/queue_view.py" line="211"/>
        <source>Daftar antrean</source>
        <translation>Queue list</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="212"/>
        <source>Cari kata dalam judul, isi, atau sumber…</source>
        <translation>Search title, body or source…</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="213"/>
        <source>Cari unggahan</source>
        <translation>Search posts</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="214"/>
        <source>Saring menurut status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="215"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="218"/>
        <source>Saring menurut kanal</source>
        <translation>Filter by channel</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="219"/>
        <source>Semua kanal</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="222"/>
        <source>Saring menurut tanggal terbit</source>
        <translation>Filter by publish date</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="223"/>
        <source>Saring menurut bidang</source>
        <translation>Filter by division</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="224"/>
        <location filename="../ui/queue_view.py" line="303"/>
        <source>Semua bidang</source>
        <translation>All divisions</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="225"/>
        <location filename="../ui/queue_view.py" line="304"/>
        <source>Tanpa bidang</source>
        <translation>No division</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="226"/>
        <source>Ringkasan bidang dan porsi seremoni</source>
        <translation>Summary of divisions and the share of ceremony</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="228"/>
        <source>Semua tanggal</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="228"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="228"/>
        <source>7 hari ke depan</source>
        <translation>Next 7 days</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="229"/>
        <source>30 hari ke depan</source>
        <translation>Next 30 days</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="229"/>
        <source>Sudah lewat</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="231"/>
        <source>Buka di editor</source>
        <translation>Open in editor</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="232"/>
        <location filename="../ui/queue_view.py" line="429"/>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="235"/>
        <source>Jadwalkan otomatis</source>
        <translation>Auto-schedule</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="237"/>
        <source>Taruh unggahan terpilih di slot kosong berikutnya untuk setiap kanalnya (target harian dan slot waktu dari Pengaturan).</source>
        <translation>Place the selected posts in the next empty slot for each of their channels (daily targets and time slots from Settings).</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="239"/>
        <source>Gambar…</source>
        <translation>Images…</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="240"/>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="241"/>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="243"/>
        <source>Riwayat status</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="244"/>
        <source>&lt;b&gt;Riwayat status&lt;/b&gt; (siapa, kapan, dari → ke, alasan)</source>
        <translation>&lt;b&gt;Status history&lt;/b&gt; (who, when, from → to, reason)</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="365"/>
        <source>Pilih satu unggahan untuk melihat riwayat status dan gambarnya.</source>
        <translation>Select one post to see its status history and images.</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="374"/>
        <source>Belum ada perubahan status.</source>
        <translation>No status changes yet.</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="382"/>
        <source>(tanpa teks alternatif)</source>
        <translation>(no alt text)</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="386"/>
        <source>Tanpa
gambar</source>
        <translation>No
image</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="398"/>
        <source>Ubah status {0} unggahan terpilih menjadi {1}?</source>
        <translation>Change the status of the {0} selected posts to {1}?</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="424"/>
        <source>{0} dari {1} unggahan diubah menjadi {2}. Yang tidak berubah:

{3}</source>
        <translation>{0} of {1} posts changed to {2}. Not changed:

{3}</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="432"/>
        <source>Status tidak diubah</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="441"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="454"/>
        <source>Belum dijadwalkan</source>
        <translation>Not scheduled yet</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="459"/>
        <source>#{0} dijadwalkan {1} {2}.</source>
        <translation>#{0} scheduled for {1} {2}.</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="467"/>
        <source>Pilih gambar</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="468"/>
        <source>Gambar (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="472"/>
        <source>Teks alternatif</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="473"/>
        <source>Gambarkan isi gambar untuk pembaca tunanetra (teks alternatif):</source>
        <translation>Describe the image for blind readers (alt text):</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="482"/>
        <source>Gambar tidak ditambahkan</source>
        <translation>Image not added</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="529"/>
        <source>Hanya-baca: basis data ini sedang dipakai Saring lain.</source>
        <translation>Read-only: this database is in use by another Saring.</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="383"/>
        <source>{0}. Teks alternatif: {1}</source>
        <translation>{0}. Alternative text: {1}</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="406"/>
        <source>Unggahan #{0} masih punya {1} temuan yang harus diperbaiki. Tulis alasan mengapa unggahan ini tetap siap terbit; alasan disimpan di riwayat.</source>
        <translation>Post #{0} still has {1} errors (findings that must be fixed). Write a reason why this post is ready to publish anyway; the reason is saved in the history.</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="411"/>
        <source>{0} unggahan masih punya temuan yang harus diperbaiki: {1}. Tulis alasan mengapa unggahan itu tetap siap terbit; alasan yang sama disimpan di riwayat setiap unggahan.</source>
        <translation>{0} posts still have errors (findings that must be fixed): {1}. Write why these posts are ready to publish anyway; the same reason is kept in the history of each post.</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="491"/>
        <source>Hapus unggahan #{0} “{1}” dari antrean? Tindakan ini tidak bisa dibatalkan.</source>
        <translation>Delete post #{0} “{1}” from the queue? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="494"/>
        <source>Hapus {0} unggahan terpilih dari antrean, beserta riwayat dan gambarnya? Tindakan ini tidak bisa dibatalkan.</source>
        <translation>Delete the {0} selected posts from the queue, with their history and images? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="502"/>
        <source>Unggahan tidak dihapus</source>
        <translation>Post not deleted</translation>
    </message>
    <message>
        <location filename="../ui/queue_view.py" line="505"/>
        <source>Hapus unggahan</source>
        <translation>Delete post</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../ui/read_only.py" line="21"/>
        <source>Pemberitahuan hanya-baca</source>
        <translation>Read-only notice</translation>
    </message>
    <message>
        <location filename="../ui/read_only.py" line="23"/>
        <source>&lt;b&gt;Hanya-baca.&lt;/b&gt; Basis data ini sedang dipakai Saring lain yang tidak menjawab (mungkin macet, atau dibuka pengguna lain). Di jendela ini Anda bisa membaca antrean dan memeriksa teks, tetapi &lt;b&gt;menyimpan, mengekspor, mengubah status dan menyimpan otomatis dimatikan&lt;/b&gt;: teks yang Anda tulis di sini tidak disimpan. Tutup Saring yang lain (atau mulai ulang PC), lalu buka Saring lagi untuk bekerja seperti biasa.</source>
        <translation>&lt;b&gt;Read-only.&lt;/b&gt; This database is in use by another Saring that does not answer (it may be hung, or opened by another user). In this window you can read the queue and check text, but &lt;b&gt;saving, exporting, changing status and autosave are turned off&lt;/b&gt;: text you write here is not saved. Close the other Saring (or restart the PC), then open Saring again to work as usual.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../ui/report_dialog.py" line="47"/>
        <source>Laporan bulanan</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="57"/>
        <source>Bulan laporan</source>
        <translation>Report month</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="63"/>
        <source>Gabungkan laporan OPD…</source>
        <translation>Merge office reports…</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="65"/>
        <source>Untuk Diskominfo: pilih berkas laporan .xlsx atau .csv dari beberapa OPD untuk bulan yang sama; hasilnya satu laporan kabupaten.</source>
        <translation>For Diskominfo: choose .xlsx or .csv report files of several offices (OPD) for the same month; the result is one regency report.</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="69"/>
        <source>&amp;Bulan:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="87"/>
        <source>Pratinjau laporan</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="89"/>
        <source>Simpan &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="90"/>
        <source>Simpan &amp;Excel (.xlsx)…</source>
        <translation>Save &amp;Excel (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="91"/>
        <source>Simpan &amp;CSV…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="92"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="119"/>
        <source>Menyiapkan laporan %1…</source>
        <translation>Preparing the report for %1…</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="124"/>
        <source>Gabungkan laporan OPD</source>
        <translation>Merge office reports</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="125"/>
        <source>Laporan Saring (*.xlsx *.csv)</source>
        <translation>Saring reports (*.xlsx *.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report_dialog.py" line="130"/>
        <source>Menggabungkan %n laporan…</source>
        <translation>
            <numerusform>Merging %n report…</numerusform>
            <numerusform>Merging %n reports…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="164"/>
        <source>Laporan gabungan %1 OPD, %2: %3 unggahan direncanakan.</source>
        <translation>Merged report of %1 offices, %2: %3 posts planned.</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="169"/>
        <source>%1: %2 unggahan direncanakan, %3 terbit, %4 halaman.</source>
        <translation>%1: %2 posts planned, %3 published, %4 pages.</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="181"/>
        <source>Penyusunan laporan dibatalkan. Pilih bulan untuk menyusunnya lagi.</source>
        <translation>Building the report was cancelled. Pick a month to build it again.</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="186"/>
        <source>Laporan tidak dapat dibuat: %1</source>
        <translation>The report could not be made: %1</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="207"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="207"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="208"/>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="209"/>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="220"/>
        <source>Menyimpan %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="228"/>
        <source>Laporan disimpan: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="233"/>
        <source>Penyimpanan dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Saving was cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../ui/report_dialog.py" line="235"/>
        <source>Laporan tidak disimpan: %1</source>
        <translation>Report not saved: %1</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../ui/review_actions.py" line="61"/>
        <source>Tinjauan</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="62"/>
        <source>Kirim untuk ditinjau…</source>
        <translation>Send for review…</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="63"/>
        <source>Terima berkas tinjauan…</source>
        <translation>Receive review file…</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="64"/>
        <source>Terima keputusan pimpinan (.xlsx)…</source>
        <translation>Receive the head of office&apos;s decisions (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="65"/>
        <source>Buat salinan tinjauan pimpinan (.xlsx)…</source>
        <translation>Make the head of office&apos;s review copy (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="67"/>
        <source>Kirim unggahan terpilih (dengan temuan dan gambarnya) dalam satu berkas untuk ditinjau di PC lain, terima berkas tinjauan beserta keputusan peninjau, buat salinan tinjauan Excel untuk pimpinan, atau terapkan keputusan pimpinan dari salinan itu.</source>
        <translation>Send the selected posts (with their findings and images) in one file for review on another PC, receive a review file with the reviewer&apos;s decisions, make the Excel review copy for the head of office, or apply the head of office&apos;s decisions from that copy.</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="76"/>
        <source>Kirim untuk ditinjau</source>
        <translation>Send for review</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="77"/>
        <source>Pilih dulu unggahan yang akan ditinjau.</source>
        <translation>Select the posts to review first.</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="80"/>
        <source>Simpan berkas tinjauan</source>
        <translation>Save review file</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="81"/>
        <location filename="../ui/review_actions.py" line="115"/>
        <source>Berkas tinjauan Saring (*.saring)</source>
        <translation>Saring review files (*.saring)</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="88"/>
        <source>Menulis berkas tinjauan ke {0}…</source>
        <translation>Writing the review file to {0}…</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="95"/>
        <source>{0} dan {1} ditulis ke {2}. Kirim berkas itu ke peninjau (surel, flashdisk).</source>
        <translation>{0} and {1} written to {2}. Send that file to the reviewer (e-mail, USB stick).</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="106"/>
        <source>Pengiriman dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Sending cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="108"/>
        <source>Berkas tinjauan tidak ditulis</source>
        <translation>Review file not written</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="109"/>
        <source>Berkas tidak ditulis; antrean tidak berubah.

{0}</source>
        <translation>The file was not written; the queue is unchanged.

{0}</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="114"/>
        <source>Buka berkas tinjauan</source>
        <translation>Open review file</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="122"/>
        <source>Membaca berkas tinjauan {0}…</source>
        <translation>Reading the review file {0}…</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="128"/>
        <source>{0} unggahan baru, {1} diperbarui, {2} keputusan status diterapkan.</source>
        <translation>{0} new posts, {1} updated, {2} status decisions applied.</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="138"/>
        <source>Catatan berkas tinjauan</source>
        <translation>Review file notes</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="143"/>
        <source>Berkas tinjauan tidak dibaca.</source>
        <translation>The review file was not read.</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="146"/>
        <source>Penerimaan dibatalkan; antrean tidak berubah.</source>
        <translation>Receiving cancelled; the queue is unchanged.</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="148"/>
        <source>Berkas tinjauan tidak dibaca</source>
        <translation>Review file not read</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="153"/>
        <source>Buka salinan tinjauan pimpinan</source>
        <translation>Open the head of office&apos;s review copy</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="154"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="161"/>
        <source>Membaca keputusan pimpinan dari {0}…</source>
        <translation>Reading the head of office&apos;s decisions from {0}…</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="167"/>
        <source>Keputusan pimpinan: {0} diterapkan, {1} tidak diterapkan, {2} baris tanpa keputusan.</source>
        <translation>Head of office&apos;s decisions: {0} applied, {1} not applied, {2} rows without a decision.</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="177"/>
        <source>Keputusan pimpinan tidak dibaca.</source>
        <translation>The head of office&apos;s decisions were not read.</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="179"/>
        <source>Keputusan pimpinan tidak dibaca</source>
        <translation>Head of office&apos;s decisions not read</translation>
    </message>
    <message>
        <location filename="../ui/review_actions.py" line="180"/>
        <source>Antrean tidak berubah.

{0}</source>
        <translation>The queue has not changed.

{0}</translation>
    </message>
</context>
<context>
    <name>SaringApp</name>
    <message>
        <location filename="../ui/app.py" line="177"/>
        <source> ({0})</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="178"/>
        <source>Saring sudah terbuka</source>
        <translation>Saring is already open</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="178"/>
        <source>Basis data {0} sedang dipakai Saring lain{1}, tetapi Saring itu tidak menjawab: mungkin macet, atau dibuka oleh pengguna lain di PC ini.

Anda bisa membukanya hanya-baca: antrean bisa dibaca dan teks bisa diperiksa, tetapi tidak ada yang disimpan atau diekspor. Untuk bekerja seperti biasa, tutup Saring yang lain (atau mulai ulang PC), lalu buka Saring lagi.</source>
        <translation>The database {0} is in use by another Saring{1}, but that Saring does not answer: it may be hung, or opened by another user on this PC.

You can open it read-only: the queue can be read and text can be checked, but nothing is saved or exported. To work as usual, close the other Saring (or restart the PC), then open Saring again.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="185"/>
        <source>Buka hanya-baca</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="187"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <location filename="../ui/settings_actions.py" line="85"/>
        <source>Pengaturan tidak tersimpan</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <location filename="../ui/settings_actions.py" line="88"/>
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../ui/settings_actions.py" line="90"/>
        <source>Terjemahan untuk bahasa itu tidak ditemukan; tampilan tetap berbahasa Indonesia.</source>
        <translation>The translation for that language was not found; the window stays in Indonesian.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="52"/>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="53"/>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="54"/>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="55"/>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="56"/>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="57"/>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="58"/>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="72"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="75"/>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="76"/>
        <source>Kanal dan target</source>
        <translation>Channels and targets</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="78"/>
        <source>Bidang</source>
        <translation>Divisions</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="79"/>
        <source>Jam unggah</source>
        <translation>Posting times</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="80"/>
        <source>Pemeriksaan</source>
        <translation>Checking</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="85"/>
        <source>Kamus</source>
        <translation>Dictionary</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="88"/>
        <source>Paket aturan</source>
        <translation>Rule packs</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="91"/>
        <source>Kamus dan paket aturan tidak dapat diubah di jendela hanya-baca.</source>
        <translation>The dictionaries and rule packs cannot be changed in a read-only window.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="95"/>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="101"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="102"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="116"/>
        <source>Nama Anda</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="118"/>
        <source>Nama OPD</source>
        <translation>Agency (OPD) name</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="119"/>
        <source>Misalnya: Dinas Komunikasi dan Informatika</source>
        <translation>For example: Dinas Komunikasi dan Informatika</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="121"/>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="125"/>
        <source>Bahasa tampilan berganti begitu pengaturan disimpan.</source>
        <translation>The display language changes as soon as the settings are saved.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="130"/>
        <source> cadangan</source>
        <translation> backups</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="131"/>
        <source>Jumlah cadangan yang disimpan</source>
        <translation>Number of backups kept</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="133"/>
        <source>&amp;Nama Anda</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="134"/>
        <source>Nama &amp;OPD</source>
        <translation>&amp;Agency (OPD) name</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="135"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="137"/>
        <source>Simpan &amp;cadangan</source>
        <translation>Keep &amp;backups</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="140"/>
        <source>Alamat publik folder media</source>
        <translation>Public address of the media folder</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="142"/>
        <source>Buffer dan Publer mengambil gambar dari alamat web. Bila kantor mengunggah folder gambar hasil ekspor ke situsnya, tulis alamat folder itu di sini; kolom gambar di berkas ekspor lalu berisi alamat itu ditambah nama berkas. Kosongkan bila tidak.</source>
        <translation>Buffer and Publer fetch images from a web address. If the office uploads the exported image folder to its website, enter that folder&apos;s address here; the image column of the export then holds that address plus the file name. Leave empty otherwise.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="146"/>
        <source>Alamat publik folder &amp;media</source>
        <translation>Public address of the &amp;media folder</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="153"/>
        <source>&lt;b&gt;Kanal yang dipakai&lt;/b&gt;</source>
        <translation>&lt;b&gt;Channels in use&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="154"/>
        <source>&lt;b&gt;Target unggahan per hari&lt;/b&gt;</source>
        <translation>&lt;b&gt;Posts per day target&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="163"/>
        <source>tanpa target</source>
        <translation>no target</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="164"/>
        <source>Target per hari untuk {0}</source>
        <translation>Daily target for {0}</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="177"/>
        <source>Jam unggah mingguan</source>
        <translation>Weekly posting times</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="181"/>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="182"/>
        <source>Setiap hari</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="187"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="188"/>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="190"/>
        <source>&amp;Hapus yang dipilih</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="202"/>
        <source>Jam-jam tetap untuk mengisi antrean setiap minggu.</source>
        <translation>Fixed times that fill the queue every week.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="211"/>
        <source>Zona waktu kantor</source>
        <translation>Office time zone</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="212"/>
        <source>Zona waktu di alat unggah</source>
        <translation>Time zone in the posting tool</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="213"/>
        <source>Ikuti PC ini: {0}</source>
        <translation>Follow this PC: {0}</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="214"/>
        <source>Sama dengan zona kantor</source>
        <translation>Same as the office&apos;s zone</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="222"/>
        <source>Jadwal di Saring memakai jam kantor. Hootsuite, Buffer, Publer dan Sprout membaca jam di berkas impor menurut zona waktu profil di alat itu; ekspor menulis jam dalam zona yang dipilih di sini dan laporannya menyebut zona itu.</source>
        <translation>Saring&apos;s schedule uses the office&apos;s clock. Hootsuite, Buffer, Publer and Sprout read the times in an import file in the time zone of the profile in that tool; exports write times in the zone chosen here, and their report names it.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="227"/>
        <source>&amp;Zona waktu kantor</source>
        <translation>Office &amp;time zone</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="228"/>
        <source>Zona waktu di &amp;alat unggah</source>
        <translation>Time zone in the posting &amp;tool</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="236"/>
        <source>Ada masa &amp;kampanye</source>
        <translation>There is a &amp;campaign period</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="274"/>
        <source>Beri juga saran &amp;ragam bahasa: kata asing dan padanannya, “tapi”, spasi ganda</source>
        <translation>Also give &amp;register advice: foreign words and their equivalents, “tapi”, double spaces</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="276"/>
        <source>EYD V tidak menganggapnya salah; tanpa centang Saring hanya menandai kesalahan.</source>
        <translation>EYD V does not count them as wrong; unticked, Saring marks only errors.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="239"/>
        <source>Mulai kampanye</source>
        <translation>Campaign start</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="240"/>
        <source>Akhir kampanye</source>
        <translation>Campaign end</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="251"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="256"/>
        <source>Alamat server LanguageTool</source>
        <translation>LanguageTool server address</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="257"/>
        <source>Kosongkan agar Saring tidak pernah membuka koneksi jaringan. Isi hanya dengan server LanguageTool di PC ini atau di kantor.</source>
        <translation>Leave empty so that Saring never opens a network connection. Fill in only a LanguageTool server on this PC or in the office.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="261"/>
        <source>mis. C:\LanguageTool-6.6</source>
        <translation>e.g. C:\LanguageTool-6.6</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="262"/>
        <source>Folder LanguageTool</source>
        <translation>LanguageTool folder</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="263"/>
        <source>Pi&amp;lih…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="268"/>
        <source>Atau pilih folder hasil ekstrak LanguageTool (berisi languagetool-server.jar). Saring menjalankannya sendiri di PC ini dengan Java, hanya untuk paragraf berbahasa Inggris, tanpa mengunduh apa pun.</source>
        <translation>Or choose the folder of an unzipped LanguageTool (holding languagetool-server.jar). Saring runs it itself on this PC with Java, only for paragraphs in English, without downloading anything.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="279"/>
        <source>Kamus dan paket &amp;aturan…</source>
        <translation>Dictionaries and rule &amp;packs…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="294"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="295"/>
        <source>Server &amp;LanguageTool</source>
        <translation>&amp;LanguageTool server</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="298"/>
        <source>&amp;Folder LanguageTool</source>
        <translation>LanguageTool &amp;folder</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="333"/>
        <source>Pilih folder LanguageTool</source>
        <translation>Choose the LanguageTool folder</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="364"/>
        <source>Pilih paling sedikit satu kanal.</source>
        <translation>Choose at least one channel.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="368"/>
        <source>Akhir masa kampanye harus sesudah awalnya.</source>
        <translation>The campaign must end after it starts.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="371"/>
        <source>Alamat server LanguageTool harus berbentuk http://nama-server:8081</source>
        <translation>The LanguageTool server address must look like http://server-name:8081</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="373"/>
        <source>Alamat publik folder media harus berupa alamat web lengkap, misalnya https://diskominfo.okutimurkab.go.id/media/</source>
        <translation>The public address of the media folder must be a full web address, for example https://diskominfo.okutimurkab.go.id/media/</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="380"/>
        <source>Folder LanguageTool harus berisi languagetool-server.jar (folder hasil ekstrak LanguageTool).</source>
        <translation>The LanguageTool folder must hold languagetool-server.jar (the folder of an unzipped LanguageTool).</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/welcome_dialog.py" line="34"/>
        <source>Selamat datang di Saring</source>
        <translation>Welcome to Saring</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="37"/>
        <source>&lt;h2&gt;Selamat datang di Saring&lt;/h2&gt;&lt;p&gt;Saring memeriksa unggahan sebelum dibagikan: ejaan dan kata baku, sumber informasi, netralitas ASN, tanda hoaks atau penipuan, dan batas panjang tiap kanal. Semua pemeriksaan berjalan di PC ini, tanpa internet.&lt;/p&gt;&lt;p&gt;Isi data di bawah; semuanya bisa diubah nanti di &lt;b&gt;Alat → Pengaturan&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Saring&lt;/h2&gt;&lt;p&gt;Saring checks posts before they are shared: spelling and standard words, sources, civil-servant neutrality, signs of hoaxes or fraud, and each channel&apos;s length limit. Every check runs on this PC, without the internet.&lt;/p&gt;&lt;p&gt;Fill in the details below; you can change everything later in &lt;b&gt;Tools → Settings&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="44"/>
        <source>Misalnya: Dinas Komunikasi dan Informatika</source>
        <translation>For example: Dinas Komunikasi dan Informatika</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="45"/>
        <source>Nama OPD</source>
        <translation>Agency (OPD) name</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="47"/>
        <source>Nama Anda</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="56"/>
        <source>Nama &amp;OPD</source>
        <translation>&amp;Agency (OPD) name</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="57"/>
        <source>&amp;Nama Anda (boleh kosong)</source>
        <translation>Your &amp;name (optional)</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="58"/>
        <source>Kanal yang dipakai</source>
        <translation>Channels in use</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="59"/>
        <source>Sesudah ini Saring membuka contoh unggahan berisi beberapa kesalahan. Tekan &lt;b&gt;F7&lt;/b&gt; untuk pindah ke temuan berikutnya dan &lt;b&gt;Perbaiki&lt;/b&gt; untuk menerapkan sarannya.</source>
        <translation>Next, Saring opens a sample post with a few mistakes. Press &lt;b&gt;F7&lt;/b&gt; to go to the next finding and &lt;b&gt;Fix&lt;/b&gt; to apply its suggestion.</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="65"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/welcome_dialog.py" line="88"/>
        <source>Tulis nama OPD Anda dulu.</source>
        <translation>Write your agency&apos;s (OPD) name first.</translation>
    </message>
</context>
<context>
    <name>WindowMenu</name>
    <message>
        <location filename="../ui/window_menu.py" line="52"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="53"/>
        <source>Unggahan &amp;baru</source>
        <translation>&amp;New post</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="54"/>
        <source>&amp;Simpan ke antrean</source>
        <translation>&amp;Save to queue</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="55"/>
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="57"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="59"/>
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="60"/>
        <source>&amp;Periksa sekarang</source>
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="61"/>
        <source>&amp;Temuan berikutnya</source>
        <translation>&amp;Next finding</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="62"/>
        <source>Temuan se&amp;belumnya</source>
        <translation>&amp;Previous finding</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="63"/>
        <source>P&amp;erbaiki temuan ini</source>
        <translation>&amp;Fix this finding</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="64"/>
        <source>&amp;Batalkan abaikan</source>
        <translation>&amp;Undo ignore</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="66"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="67"/>
        <source>&amp;Tulis</source>
        <translation>&amp;Write</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="68"/>
        <source>&amp;Antrean</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="69"/>
        <source>&amp;Kalender</source>
        <translation>&amp;Calendar</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="70"/>
        <source>&amp;Siap diunggah hari ini</source>
        <translation>&amp;Ready to post today</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="71"/>
        <source>&amp;Daftar temuan</source>
        <translation>&amp;Findings list</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="73"/>
        <source>&amp;Alat</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="74"/>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="75"/>
        <source>&amp;Kamus dan abaikan…</source>
        <translation>&amp;Dictionary and ignored…</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="77"/>
        <source>Kelola &amp;paket aturan…</source>
        <translation>Manage rule &amp;packs…</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="79"/>
        <source>&amp;Laporan bulanan…</source>
        <translation>Monthly &amp;report…</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="81"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="82"/>
        <source>&amp;Panduan</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../ui/window_menu.py" line="84"/>
        <source>&amp;Tentang Saring</source>
        <translation>&amp;About Saring</translation>
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
        <location filename="../ui/labels.py" line="19"/>
        <source>Ejaan</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="20"/>
        <source>Kata baku</source>
        <translation>Standard words</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="21"/>
        <source>EYD</source>
        <translation>Orthography (EYD)</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="22"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="23"/>
        <source>Netralitas</source>
        <translation>Neutrality</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="24"/>
        <source>Hoaks</source>
        <translation>Hoax</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="25"/>
        <source>Penipuan</source>
        <translation>Fraud</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="26"/>
        <source>Provokasi</source>
        <translation>Provocation</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="27"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="28"/>
        <source>Tata bahasa</source>
        <translation>Grammar</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="29"/>
        <source>Kelengkapan informasi</source>
        <translation>Announcement details</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="37"/>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="43"/>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="43"/>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="44"/>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="44"/>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="45"/>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="45"/>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="46"/>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="51"/>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="51"/>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="52"/>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="52"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="53"/>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="53"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="54"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="54"/>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="55"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="56"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="57"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="58"/>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="63"/>
        <source>Harus diperbaiki</source>
        <translation>Must fix</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="64"/>
        <source>Periksa</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="65"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="71"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="72"/>
        <source>Perlu revisi</source>
        <translation>Needs revision</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="73"/>
        <source>Siap</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="74"/>
        <source>Diekspor</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="75"/>
        <source>Terbit</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="76"/>
        <source>Arsip</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="170"/>
        <source>Tanpa baris judul kolom; satu berkas per kanal, paling banyak 350 baris; jam dibulatkan ke kelipatan 5 menit. Pilih profil dan urutan tanggal yang sama saat mengunggah.</source>
        <translation>No header row; one file per channel, at most 350 rows; times rounded to 5-minute marks. Pick the same profile and date order when uploading.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="174"/>
        <source>Kolom Text, Image URL, Tags, Posting Time; satu berkas per kanal. Paket gratis menerima 10 unggahan per kanal sekali unggah, paket berbayar 100.</source>
        <translation>Columns Text, Image URL, Tags, Posting Time; one file per channel. The free plan takes 10 posts per channel per upload, paid plans 100.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="177"/>
        <source>Dua belas kolom persis seperti templat Publer; tanggal kosong = dijadwalkan otomatis oleh Publer.</source>
        <translation>Twelve columns exactly as in Publer&apos;s template; an empty date = scheduled automatically by Publer.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="180"/>
        <source>Kolom date, time_24hr, message_text; paling banyak 350 baris; jarak antarunggahan minimal 10 menit.</source>
        <translation>Columns date, time_24hr, message_text; at most 350 rows; posts at least 10 minutes apart.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="183"/>
        <source>Umum — semua kolom</source>
        <translation>General — all columns</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="184"/>
        <source>Semua kolom unggahan, untuk alat lain.</source>
        <translation>Every column of the post, for other tools.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="185"/>
        <source>Salinan tinjauan Excel (pimpinan)</source>
        <translation>Head of office&apos;s review copy (Excel)</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="186"/>
        <source>Buku kerja Excel (.xlsx) untuk pimpinan: satu baris per unggahan dengan temuannya, kolom Keputusan (Setuju / Revisi / Tolak) dan Catatan peninjau. Impor kembali berkas itu lewat Tinjauan → Terima keputusan pimpinan. Status unggahan tidak berubah saat ekspor.</source>
        <translation>An Excel workbook (.xlsx) for the head of office: one row per post with its findings, a Keputusan column (Setuju / Revisi / Tolak) and a reviewer&apos;s note. Bring the file back through Review → Receive the head of office&apos;s decisions. Exporting does not change the posts&apos; status.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="197"/>
        <source>bulan/tanggal/tahun (mm/dd/yyyy)</source>
        <translation>month/day/year (mm/dd/yyyy)</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="198"/>
        <source>tanggal/bulan/tahun (dd/mm/yyyy)</source>
        <translation>day/month/year (dd/mm/yyyy)</translation>
    </message>
</context>
</TS>
