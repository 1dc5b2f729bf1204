"""Word judgements of core/check/spelling/lookup.py that the whole-text tests do not reach:
a form only the morphology builds, one dropped letter from a common word."""

from __future__ import annotations

import pytest

from core.app.paths import resource_dir
from core.check.spelling import Speller


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.from_resources(resource_dir())


@pytest.mark.parametrize(("text", "word", "right"), [
    ("Petugas mengamil sampel air dari sumur warga.", "mengamil", "mengambil"),
    ("Acara penyeraan hadiah lomba digelar sore ini.", "penyeraan", "penyerahan"),
    ("Kami tidak ingin ada peusahaan yang curang.", "peusahaan", "perusahaan"),
])
def test_morphology_form_with_a_letter_dropped_is_a_slip(speller: Speller, text: str,
                                                          word: str, right: str) -> None:
    [finding] = [f for f in speller.check(text) if f.actual == word]
    assert finding.suggestions[0] == right


@pytest.mark.parametrize("text", [
    "Semangat gotong royong digaungkan kembali oleh para pemuda.",  # gaung takes meN-
    "Petugas kebersihan melakukan pemilahan sampah organik.",        # pilah takes meN-
    "Kegiatan ini mempererat persaudaraan warga.",
])
def test_licensed_or_common_forms_stay_correct(speller: Speller, text: str) -> None:
    assert speller.check(text) == []


def test_dropped_letter_needs_a_rare_unlicensed_root(speller: Speller) -> None:
    assert speller.dropped_letter_of("mengamil") == "mengambil"
    assert speller.dropped_letter_of("digaungkan") is None  # gaung: B0M0n0
    assert speller.dropped_letter_of("mengambil") is None   # a word people write
    assert speller.dropped_letter_of("pemili") is None      # too short to judge


@pytest.mark.parametrize(("text", "word", "right"), [
    ("Warga diajak mengoda semangat anak muda untuk berkarya.", "mengoda", "menggoda"),
    ("Siswa kelas dua ikut lomba mengambar pemandangan desa.", "mengambar", "menggambar"),
    ("Relawan siap menganti petugas yang sakit.", "menganti", "mengganti"),  # also a district
    ("Tim akan mengali potensi wisata di kampung nelayan.", "mengali", "menggali"),
    ("Para kader menjadi pengerak kegiatan posyandu.", "pengerak", "penggerak"),
])
def test_meng_with_the_g_of_the_root_dropped_is_a_slip(speller: Speller, text: str,
                                                       word: str, right: str) -> None:
    [finding] = [f for f in speller.check(text) if f.actual == word]
    assert finding.rule_id == "spelling.unknown"
    assert finding.suggestions[0] == right


@pytest.mark.parametrize(("text", "word", "right"), [
    ("Jembatan baru itu mengubungkan dua dusun di seberang sungai.", "mengubungkan",
     "menghubungkan"),
    ("Penyuluhan ini ingin mengilangkan kebiasaan membakar sampah.", "mengilangkan",
     "menghilangkan"),
    ("Batang pohon tumbang menjadi pengalang arus di parit itu.", "pengalang", "penghalang"),
])
def test_meng_with_the_h_of_the_root_dropped_is_a_slip(speller: Speller, text: str,
                                                       word: str, right: str) -> None:
    # meN-/peN- keep a root's h (menghubungkan); id_ID builds the h-less forms from rare roots
    [finding] = [f for f in speller.check(text) if f.actual == word]
    assert finding.rule_id == "spelling.unknown"
    assert finding.suggestions[0] == right


@pytest.mark.parametrize("text", [
    "Camat mengimbau warga agar tidak mengisap rokok di ruang tunggu.",  # KBBI: imbau, isap
    "Angin laut mengembuskan udara sejuk ke pantai.",                    # KBBI: embus
    "Petugas mengantar bantuan dan mengajak warga mengurus surat.",
])
def test_h_less_kbbi_forms_stay_correct(speller: Speller, text: str) -> None:
    assert speller.check(text) == []


@pytest.mark.parametrize("text", [
    "Guru matematika mengajarkan pengalian dua bilangan.",        # kali: multiplying
    "Koperasi mengemaskan keripik singkong untuk dijual.",        # kemas: to pack
    "Pengajian rutin digelar setiap Jumat malam.",                # not penggajian
    "Petugas menggali saluran dan mengajar warga memilah sampah.",
])
def test_forms_of_roots_without_g_stay_correct(speller: Speller, text: str) -> None:
    assert speller.check(text) == []


@pytest.mark.parametrize("text", [
    "Setiap individu berhak mendapat layanan yang sama.",
    "Kami menjaga akuntabilitas penggunaan dana desa.",
])
def test_words_only_apertium_holds_are_correct(speller: Speller, text: str) -> None:
    assert speller.check(text) == []


@pytest.mark.parametrize(("text", "word"), [
    ("Silakan tulis nomer rekening Anda di formulir.", "nomer"),       # nomor one edit away
    ("Harga komoditi pangan naik menjelang hari raya.", "komoditi"),   # komoditas, standard
])
def test_apertium_forms_near_a_dictionary_word_stay_flagged(speller: Speller, text: str,
                                                            word: str) -> None:
    assert [f.actual for f in speller.check(text)] == [word]


def test_apertium_forms_are_lowercase_words_only(speller: Speller) -> None:
    assert speller.is_known("individu")
    assert not speller._lexicon.is_open_form("Individu")  # its names are not taken
    assert not speller._lexicon.is_open_form("makan")      # id_ID's own words keep their key


@pytest.mark.parametrize(("text", "word", "right"), [
    ("Rombongan menempuh perjalan dua jam ke lokasi.", "perjalan", "perjalanan"),
    ("Petugas mempercepat penangan korban banjir.", "penangan", "penanganan"),
    ("Kepala desa memantau pemanfaatnya setiap bulan.", "pemanfaatnya", "pemanfaatannya"),
])
def test_pen_noun_without_its_an_is_a_slip(speller: Speller, text: str, word: str,
                                           right: str) -> None:
    [finding] = [f for f in speller.check(text) if f.actual == word]
    assert finding.suggestions[0] == right


@pytest.mark.parametrize("text", [
    "Pembangun jembatan itu warga desa sendiri.",          # an agent noun id_ID lists
    "Pemantau pemilu hadir di setiap TPS.",
    "Benih padi dibagikan melalui PT Pertani kepada petani.",  # a capitalised name
])
def test_listed_agent_nouns_and_names_stay_correct(speller: Speller, text: str) -> None:
    assert [f.actual for f in speller.check(text)] == []


@pytest.mark.parametrize("word", ["bebatuan", "bebijian", "sesayuran", "bebukitan"])
def test_partial_reduplication_of_a_common_noun_is_a_word(speller: Speller, word: str) -> None:
    assert speller.is_known(word)
    assert speller.check(f"Di lereng itu tampak {word} yang rapat.") == []


@pytest.mark.parametrize("word", ["pepanasan", "jejalanan"])
def test_partial_reduplication_of_an_adjective_or_verb_root_is_not(speller: Speller,
                                                                   word: str) -> None:
    # panas and jalan take ke-...-an or ter-: no collective noun of this shape
    assert not speller.is_known(word)


@pytest.mark.parametrize(("text", "word", "right"), [
    # forms the lexicon accepts (ke-kahat-an, the stem bekat) that nobody writes, one typing
    # slip from a common word
    ("Warga diminta waspada terhadap tindak kekahatan di malam hari.", "kekahatan", "kejahatan"),
    ("Panen tahun ini melimpah bekat kerja keras para petani.", "bekat", "berkat"),
    ("Pasar itu akan dibuka lago setelah renovasi selesai.", "lago", "lagi"),
])
def test_rare_reading_of_a_slip_is_flagged(speller: Speller, text: str, word: str,
                                           right: str) -> None:
    [finding] = [f for f in speller.check(text) if f.actual == word]
    assert finding.suggestions[0] == right


@pytest.mark.parametrize("text", [
    "Ia menerima uluran tangan dari tetangga.",        # ulur: a living root
    "Semangat ini cerminkan kerja sama warga.",        # cermin
    "Musik itu menjadi pemacu semangat peserta.",      # pacu
    "Utang itu ditanggung secara tanggung renteng.",   # near word not common enough
    "Kekahatan pangan dibahas di rapat desa.",         # a capital: left to the name rules
    "Kata bekat di sini, bekat di sana: istilah kami.",  # the text repeats it
])
def test_rare_reading_spares_living_roots_capitals_and_repeats(speller: Speller,
                                                               text: str) -> None:
    assert [f.actual for f in speller.check(text)
            if f.actual.lower() in {"uluran", "cerminkan", "pemacu", "renteng",
                                    "kekahatan", "bekat"}] == []


@pytest.mark.parametrize(("text", "word", "right"), [
    # forms only the morphology builds, on a root nobody writes (tamam, atar, terbuk), one
    # edit from a written derived word of a common root
    ("Kelompok tani itu mulai menamam jagung di lahan bekas tambang.", "menamam", "menanam"),
    ("Dinas itu menjunjung keterbukan data anggaran kepada warga.", "keterbukan",
     "keterbukaan"),
    ("Panitia mengatur pengataran logistik ke pulau-pulau terluar.", "pengataran",
     "pengantaran"),
])
def test_derivation_of_a_dead_root_beside_a_written_word_is_flagged(
        speller: Speller, text: str, word: str, right: str) -> None:
    [finding] = [f for f in speller.check(text) if f.actual == word]
    assert finding.suggestions[0] == right


@pytest.mark.parametrize(("text", "word"), [
    ("Petani memakai kalungan bunga saat panen raya.", "kalungan"),   # kalung: living root
    ("Alat pemanen padi itu dipinjamkan ke kelompok tani.", "pemanen"),  # panen
    ("Sampah dipilah sebelum diangkut ke tempat pembuangan.", "dipilah"),  # pilah: M0T0
])
def test_derivation_of_a_living_root_is_spared(speller: Speller, text: str, word: str) -> None:
    assert word not in [f.actual for f in speller.check(text)]


@pytest.mark.parametrize("text", [
    "Pemerintah desa ingin membentuk pemuda yang berkarakter dan mandiri.",
    "Banyak lulusan baru memilih berwirausaha di kampung halaman.",
    "Mari kita kedepankan musyawarah dalam setiap persoalan.",
    "Guru itu dikenal dari karakternya yang sabar.",
])
def test_productive_derivations_of_known_roots_are_words(speller: Speller, text: str) -> None:
    # ber-/-nya on a root only apertium-ind holds; a bare -kan form whose meN- form id_ID lists
    assert [f.actual for f in speller.check(text) if f.rule_id == "spelling.unknown"] == []


@pytest.mark.parametrize(("text", "word"), [
    ("Mohon sampikan salam kami kepada keluarga.", "sampikan"),
    ("Ia sering berkarkter keras di depan umum.", "berkarkter"),
])
def test_productive_derivation_still_flags_slips(speller: Speller, text: str, word: str) -> None:
    assert word in [f.actual for f in speller.check(text)]


@pytest.mark.parametrize("text", [
    "Dewan membentuk pansus untuk membahas dua raperda usulan eksekutif.",
    "Rapat banggar menyepakati anggaran sesuai tupoksi tiap dinas.",
    "Petani menerima bantuan alsintan melalui gapoktan di desanya.",
    "Seluruh krama desa adat diminta menaati awig-awig dan pararem.",
])
def test_government_acronym_words_and_adat_terms_are_words(speller: Speller, text: str) -> None:
    assert [f.actual for f in speller.check(text) if f.rule_id == "spelling.unknown"] == []


def test_short_guessed_loan_one_slip_from_a_common_word_is_a_slip(speller: Speller) -> None:
    """A loan form no list holds, read only by the guessing (reali + -as), is a typo of the
    common word one slip away from six letters on, not only from eight."""
    findings = [f for f in speller.check("Tim menilai realias anggaran desa tahun ini.")
                if f.actual == "realias"]
    assert findings and findings[0].suggestions[0] == "realitas"


@pytest.mark.parametrize("text", [
    "Mentalitas dan totalitas aparatur terus dibina.",
    "Sekuritas data warga dijaga ketat oleh dinas.",
    "Kami menjaga kualitasnya dan mengecek fasilitasnya setiap pekan.",
])
def test_listed_loans_and_their_clitics_stay_words(speller: Speller, text: str) -> None:
    assert [f.actual for f in speller.check(text) if f.rule_id == "spelling.unknown"] == []
