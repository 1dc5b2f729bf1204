"""Claims that need a source, and whether the post gives one.

A claim is a statistic or percentage, an amount of money or aid, a count of people, a date or
deadline of a benefit, a health claim, or a quotation. A post that names its source anywhere in
the text ("Sumber: …", "menurut <lembaga/jabatan/nama>", "berdasarkan data …", "dikutip dari",
"melansir", "(Foto: …)", a .go.id link, a numbered regulation, a quotation with "ujar/kata/jelas"
and a named speaker) or in its Sumber field is sourced; otherwise each claim gets a finding that
points at it. Vague attribution in the text ("menurut survei terbaru", "kata netizen") is the
``sumber`` rule pack's job; a vague Sumber field is reported here. Design: shared/domain/sources.md.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from core.check.findings import Category, Finding, Severity
from core.check.mentions import quoted_spans
from core.check.overlap import Coverage, Span
from core.check.text import LazyPattern, finditer_chunked, search_chunked
from core.check.warned_quotes import warned_about

RULE_ID = "sumber.klaim-tanpa-sumber"
VAGUE_FIELD_RULE_ID = "sumber.kolom-samar"
REFERENCE = "Kode Etik Jurnalistik Pasal 2 (jelas sumbernya); Pedoman Pemberitaan Media Siber 2012"


class ClaimKind(StrEnum):
    PERCENT = "persentase"
    MONEY = "jumlah uang"
    PEOPLE = "jumlah orang"
    DEADLINE = "tanggal/batas waktu bantuan"
    HEALTH = "klaim kesehatan"
    QUOTE = "kutipan"
    STATISTIC = "angka statistik"


@dataclass(frozen=True, slots=True)
class Claim:
    kind: ClaimKind
    start: int
    end: int
    text: str


_MONTHS = (r"(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|"
           r"Desember|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Sep|Okt|Nov|Des)")
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_BIG_COUNT = r"(?:\d{1,3}(?:\.\d{3})+|\d{3,})(?:,\d+)?|\d+(?:,\d+)?\s+(?:ribu|juta|rb)"
_PEOPLE_NOUNS = (r"orang|org|jiwa|warga|penduduk|penerima|KPM|keluarga|kepala\s+keluarga|KK|pasien|kasus|"
                 r"korban|balita|bayi|anak|siswa|pelajar|mahasiswa|peserta|pelamar|pengungsi|lansia|"
                 r"pekerja|buruh|petani|nelayan|pelaku\s+usaha|UMKM|pengangguran|pemilih|ASN|PNS|"
                 r"guru|tenaga\s+kesehatan|nakes|kepala\s+desa|kades|pegawai|nasabah")
# Who else is counted among the victims of an accident, an outbreak or a crime: "120 penumpang
# hilang", "25 dokter positif", "200 murid sudah kena" (round 19: blind12, open5, open6, open8).
_VICTIM_NOUNS = r"penumpang|murid|santri|jemaah|jamaah|dokter|perawat|penonton|pengunjung|wisatawan|awak"
# Places, buildings and masses a figure counts ("40 SD", "43 titik", "120 ton"): round 26b.
_COUNTED_THINGS = (r"desa|kelurahan|kampung|dusun|lembang|ohoi|nagari|gampong|jorong|banjar|distrik|"
                   r"kecamatan|sekolah|SD|SMP|SMA|SMK|MI|MTs|madrasah|puskesmas|pustu|posyandu|jembatan|rumah|unit|titik|"
                   r"gedung|ruang\s+kelas|hektare|hektar|ha|ton|kuintal")
# Who a ratio counts ("1 dari 8 perempuan", "1 guru utk 15 murid"): people by sex, age, role.
_RATIO_NOUNS = (rf"{_PEOPLE_NOUNS}|{_VICTIM_NOUNS}|perempuan|laki-laki|wanita|pria|ibu|ibu\s+hamil|"
                r"remaja|pemuda|pemudi|perokok|dokter|bidan|murid|santri|penumpang|rumah\s+tangga")
_BENEFIT = (r"bansos|bantuan|BLT|PKH|BPNT|subsidi|insentif|beasiswa|pencairan|dicairkan|tunjangan|"
            r"gaji\s+ke-?13|THR|santunan|hibah|KIP|KIS|Prakerja|BSU|sembako|"
            r"pemutihan|keringanan|diskon\s+pajak|pembebasan\s+denda|"
            # "berhak dapat Rp300 rb per bulan": an entitlement is an amount to be paid out (round 10).
            r"berhak\s+(?:dapat|mendapat(?:kan)?|menerima|memperoleh)")
# Round 28a (issue 12): the grammar of a count of victims. A count in digits (also "50an", "about
# fifty"), in words, or a rough one; who is counted in other registers (Javanese "wong", Madurese
# "oreng"; riders, foreign workers); the aspect particles of the regions' Malay and Javanese
# before the verb (Papua/NTT "su", Manado/Maluku "so", Javanese "wis", Palembang/Minang "lah");
# and what befalls people (illness, hospital, arrest, death, flood). Houses that burnt or were
# swept away are left out: "sudah 5 rumah terbakar" in a hoax is where writers split on source
# (audit s18 B1, test_round_26b_no_count_claim). Words that turn the clause ("yang", "dan",
# "tapi", "karena") end the gap, so "2 anak yang dilatih … dan 3 sakit" joins no two clauses.
_COUNT_WORD = (r"\d+(?:an)?|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|"
               r"ratusan|ribuan")
_FOLK_NOUNS = r"wong|oreng|joki|tenaga\s+kerja|TKA|ABK|bocah|murid|ibu\s+hamil|pemudik|penambang"
_ASPECT = r"su|so|sudah|sdh|udah|telah|wis|lah|la|pun"
# Round 30a: the words that state a count as the level it stands at: the aspect particles of the
# regions' Malay and Javanese, and "masih" / "tinggal" (still, down to).
_STATE_WORD = r"so|su|sdh|udah|wis|wes|masih|tinggal"
_CLAUSE_TURN = r"yang|yg|dan|tapi|namun|karena|karna|sedangkan|sementara|untuk|agar|supaya|jika|kalau"
_BEFELL = (r"sakit|masuk\s+(?:RSUD|RS|rumah\s+sakit|puskesmas|UGD|IGD)|mlebu|kritis|hanyut|ditangkap|"
           r"diamankan|terserang|terjangkit|cedera|luka-luka|luka|mengungsi|dirawat|dilarikan|dievakuasi|meninggal|"
           r"tewas|mati|keracunan|kena|terendam|roboh|terbakar|ambruk|tenggelam|hilang|diare|muntah|pingsan|"
           r"lumpuh|positif|terinfeksi|tertimbun|terseret|tertabrak|digigit|diserang|menjadi\s+korban|jadi\s+korban")
_BEFELL_TAIL = (rf"(?:\s+(?!(?:{_CLAUSE_TURN})\b)[\w'-]+){{0,3}}?\s+(?:(?:{_ASPECT})\s+)?(?:{_BEFELL})\b")
# Round 28a (issue 12): the verbs of a figure that moves or reaches a level, in Indonesian and
# Javanese (munggah, mudhun, mundhak), and what links them to the new level ("naik dari Rp450 ribu
# jadi Rp700 ribu", "turun ke Rp12.500/kg", "tembus Rp400 ribu").
_PRICE_MOVE = (r"naik|turun|jatuh|anjlok|melonjak|meroket|merosot|melambung|tembus|menembus|capai|mencapai|"
               r"munggah|mudhun|mundhak")
_MOVE_TO = r"(?:jadi|menjadi|ke|hingga|sampai|dadi|di\s+angka)"
_BIG_MEASURE = r"ton|kuintal|hektare|hektar|ha|kilometer|km|meter\s+kubik|m3|barel|rumah"
# Round 35a (issue 12): the units goods of aid are counted in, and whom or what they are counted per.
_AID_UNIT = (r"kg|kilo(?:gram)?|liter|ltr|ekor|paket|sak|karung|lembar|pasang|unit|butir|batang|bibit|"
             r"buah|helai|set|ton|kuintal")
_AID_PER = (r"KK|KPM|orang|jiwa|keluarga|kepala\s+keluarga|rumah\s+tangga|petani|petambak|peternak|nelayan|"
            r"pembudidaya|anggota|kelompok|poktan|penerima|lansia|siswa|murid|rumah|perahu|desa|hektare|hektar|ha")
# Round 35c (issue 12): the superlatives of a measure (not "terbaik", a contest's or a praise's
# word), the ordinals of a rank, and the regions a ranking is made against: the provinces by their
# names and abbreviations (Kemendagri), the islands, the north coast, the country and the world.
_MEASURE_SUPERLATIVE = (r"tertinggi|terendah|terbanyak|tersedikit|terbesar|terkecil|terparah|terburuk|"
                        r"termiskin|terkaya|termahal|termurah|terluas|terpanjang|terpadat|terdalam|teraman|terbersih|"
                        r"paling\s+(?:tinggi|rendah|banyak|sedikit|besar|kecil|parah|buruk|miskin|mahal|murah|luas|"
                        r"padat|aman|bersih|sehat|maju)")
_RANK_ORDINAL = r"kedua|ketiga|keempat|kelima|ke-?\s?\d+|nomor\s+(?:\d+|satu|dua|tiga)"
_REGION = (r"Aceh|Sumut|Sumbar|Sumsel|Riau|Kepri|Jambi|Babel|Bengkulu|Lampung|Banten|DKI|Jakarta|Jabar|"
           r"Jateng|DIY|Yogyakarta|Jatim|Bali|NTB|NTT|Kalbar|Kalteng|Kalsel|Kaltim|Kaltara|Sulut|Gorontalo|Sulteng|Sulbar|"
           r"Sulsel|Sultra|Maluku|Malut|Papua|Sumatera|Sumatra|Jawa|Kalimantan|Sulawesi|Nusa\s+Tenggara|"
           r"Bangka\s+Belitung|Kepulauan\s+Riau|pantura|pantai\s+utara|Nusantara|Indonesia|Asia|dunia|nasional|"
           r"provinsi|pulau\s+(?-i:[A-Z])\w+")
# Round 35c (issue 12): the settlements (and fire or flood points) a count of places in a state
# counts, the count itself (no leading zero: "TPS 04 Desa …" is a number, not a count), and who
# the agency is when it reports its own round ("sudah 9 desa kami datangi").
_SETTLEMENTS = (r"desa|kelurahan|kampung|dusun|huta|lembang|nagari|gampong|jorong|pekon|ohoi|kecamatan|"
                r"distrik|titik")
_SETTLEMENT_COUNT = (r"[1-9]\d*|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|"
                     r"ratusan")
_FIRST_PERSON = r"kami|kita|saya|sy|sa|aku|beta|ulun|kulo"
# Round 35c (issue 12): what a gauge reads (water level or flow; the air quality index), the words
# between it and the reading (place and hour; not a word that turns the clause, a condition or an
# interval), and the words of the level reached or the change.
_WATER_GAUGE = r"tinggi\s+muka\s+air|ketinggian\s+(?:muka\s+)?air|TMA|debit(?:\s+(?:mata\s+)?air)?"
_AIR_GAUGE = r"ISPU|indeks\s+(?:standar\s+pencemar|kualitas)\s+udara|PM\s?2[.,]5|PM\s?10"
_GAUGE_GAP = (r"(?:\s+(?!(?:yang|yg|dan|tapi|namun|karena|jika|kalau|bila|setiap|tiap|per)\b)"
              r"[^\s,.!?;:()]+){0,8}?")
_GAUGE_FRAME = (r"(?:\s+(?:sudah|sdh|su|so|telah|kini|sekarang|masih|mencapai|capai|tembus|menembus|"
                r"di\s+angka|naik|turun|sekitar|hampir|lebih\s+dari))*")
_DATE = rf"\b\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?\b|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b"

_CLAIM_RES: tuple[tuple[ClaimKind, LazyPattern], ...] = (
    (ClaimKind.PERCENT, LazyPattern(rf"(?<![\w.,])(?:{_NUMBER})\s?(?:%|persen\b)", re.IGNORECASE)),
    (ClaimKind.MONEY, LazyPattern(
        rf"\bRp\.?\s?(?:{_NUMBER})(?:\s?(?:ribu|juta|miliar|triliun|rb|jt|M|T)\b)?"
        rf"|(?<![\w.,])(?:{_NUMBER})\s+(?:ribu|juta|miliar|triliun)\s+rupiah\b"
        # "anggaran desa kita 2 miliar lebih": a budget stated without "Rp" (issue 12 round 6).
        rf"|\b(?:anggaran|APBDes|APBD|pagu)\s+(?:(?-i:[a-z]+)\s+){{0,3}}?(?:\d+(?:,\d+)?)\s+"
        rf"(?:miliar|triliun)\b(?!\s+rupiah)"
        # "modal 5 juta untung 1,5 juta", "terima 2 juta dalam 10 hari": a return promised.
        rf"|\b(?:untung|keuntungan|profit|laba|balik|cuan|terima|menerima)\s+(?:sebesar\s+)?"
        rf"(?:\d+(?:,\d+)?)\s*(?:ribu|juta|rb|jt)\b"
        # Round 28a (issue 12): a price that moved, written without "Rp" ("tiket mau naik jadi 7
        # ribu", "bakal tembus 16 ribu per kilo"); a measure after the amount (ton, jiwa) is no price.
        rf"|\b(?:{_PRICE_MOVE})\s+(?:(?:dari\s+)?(?:\d+(?:[.,]\d+)?)\s*(?:ribu|rb)\s+)?(?:{_MOVE_TO}\s+)?"
        rf"(?:\d+(?:,\d+)?)\s*(?:ribu|rb)\b(?!\s+(?:ton|kg|kilogram|hektare|hektar|ha|jiwa|orang|liter|"
        rf"unit|ekor|rumah|kasus|{_PEOPLE_NOUNS})\b)",
        re.IGNORECASE)),
    (ClaimKind.PEOPLE, LazyPattern(
        # Round 30a (issue 12): a year written before who it concerns ("Calon bintara 2027 warga
        # Sindurejo") is no count of people: four digits from 1950 to 2049 with no thousands
        # separator (DERIVE blind26; no open writer writes a count of people that way).
        rf"(?<![\w.,/:])(?!(?:19[5-9]\d|20[0-4]\d)\s)(?:{_BIG_COUNT})\s+(?:{_PEOPLE_NOUNS})\b"
        # A small count stated as a fact: "sebanyak 15 kepala desa", "sudah 5 anak hilang",
        # "puluhan warga" (issue 12 round 4).
        rf"|\b(?:sebanyak|sudah|telah|ada|tercatat)\s+(?:\d+|puluhan|ratusan|ribuan)\s+(?:{_PEOPLE_NOUNS})\b"
        # Round 30a (issue 12): the same count after the state words of a level ("masih 3 kasus",
        # "tinggal 87 KPM") and the regions' aspect particles ("so 64 kasus", "su 30 orang", "wis
        # 12 warga", "sdh 23 org"), honorer among who is counted. Not a quota's seats left ("Kuota
        # tinggal 5 orang!"): a scam's urgency, which no writer labels source (blind2, blind16,
        # blind17, open57). DERIVE blind25 (three posts) and the same shape in eight older sets.
        rf"|(?<!kuota\s)(?<!sisa\s)(?<!slot\s)(?<!tempat\s)(?<!formasi\s)\b(?:{_STATE_WORD})\s+"
        rf"(?:\d+|belasan|puluhan|ratusan|ribuan)\s+(?:{_PEOPLE_NOUNS}|honorer)\b"
        rf"|\b(?:sudah|sdh|telah)\s+(?:puluhan|ratusan|ribuan)\s+(?:yang|orang|org)\b"
        # "5 anak hilang", "tiga nelayan meninggal", "keracunan 5 orang": a count of victims told
        # as fact (round 10).
        rf"|(?<![\w.,/:])(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|puluhan|ratusan)\s+"
        rf"(?:{_PEOPLE_NOUNS}|{_VICTIM_NOUNS})\s+(?:\w+\s+)?(?:hilang|meninggal|tewas|keracunan|diculik|terinfeksi|"
        rf"dirawat|terluka|lumpuh|sembuh|tenggelam|pingsan|positif|kena)\b"
        # "korban puluhan orang": the count after the word for victims (round 19).
        rf"|\bkorban\s+(?:sebanyak\s+)?(?:\d+|belasan|puluhan|ratusan|ribuan)\s+(?:{_PEOPLE_NOUNS})\b"
        # "sudah terbukti ribuan orang", "dibuktikan 100 orang": a testimonial count.
        rf"|\b(?:terbukti|dibuktikan|membuktikan)\s+(?:oleh\s+|pada\s+)?(?:\d+|puluhan|ratusan|ribuan|jutaan)\s+"
        rf"(?:{_PEOPLE_NOUNS})\b"
        rf"|\b(?:keracunan|meninggal|tewas|terinfeksi|sembuh)\s+(?:sebanyak\s+)?\d+\s+(?:{_PEOPLE_NOUNS})\b"
        # Round 28a (issue 12): a count of people, then what befell them, told as fact,
        # with a place, an adjective or an aspect particle between ("3 orang di Warloi su
        # meninggal", "wis 7 wong mlebu rumah sakit", "Ratusan warga Lingkungan VI terserang
        # diare", "50an warga diare"). DERIVE blind21/22, blind19/20, open51-54.
        rf"|(?<![\w.,/:])(?:{_COUNT_WORD})\s+(?:{_PEOPLE_NOUNS}|{_VICTIM_NOUNS}|{_FOLK_NOUNS})\b{_BEFELL_TAIL}"
        # Round 29a (issue 12): the same count in the other places of the clause. After a frame
        # that states it ("Sudah 40 jemaah berangkat", "ada 15 wong"), for everyone the victim
        # nouns and the regions' words count, not only the census nouns; as the object of what
        # struck them ("sudah makan 2 orang", "menewaskan tiga warga"); animals with what befell
        # them ("Sudah 7 ekor buaya ditangkap"); and a find at a number of places ("wes
        # ditemokno nang 3 pasar", "ditemukan di 5 toko"). DERIVE blind23/24: four posts
        # labelled source by both writers (README: "a count presented as data", "di 3 pasar").
        rf"|\b(?:sebanyak|sudah|sdh|telah|wis|wes|su|so|tercatat)\s+(?:\d+|belasan|puluhan|ratusan|ribuan)\s+"
        rf"(?:{_VICTIM_NOUNS}|{_FOLK_NOUNS})\b(?!{_BEFELL_TAIL})"
        rf"|\b(?:makan|memakan|menelan|menewaskan|melukai|menyerang|menggigit|menculik|merenggut|menimpa|"
        rf"mencelakai|membunuh|memangsa)\s+(?:korban\s+)?(?:{_COUNT_WORD})\s+(?:{_PEOPLE_NOUNS}|{_VICTIM_NOUNS}|"
        rf"{_FOLK_NOUNS})\b"
        rf"|(?<![\w.,/:])(?:{_COUNT_WORD})\s+ekor\s+[^\W\d_]+{_BEFELL_TAIL}"
        rf"|\b(?:ditemukan|ditemukno|ditemokno|ditemokake|ditemokne|beredar|dijual|terjadi)\s+(?:di|nang|ning|ke|neng)\s+"
        rf"(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|ratusan)\s+"
        rf"(?:pasar|toko|warung|kios|desa|kelurahan|kecamatan|kota|kabupaten|sekolah|titik|lokasi|tempat|"
        rf"rumah\s+sakit|puskesmas|apotek|minimarket)\b",
        re.IGNORECASE)),
    (ClaimKind.HEALTH, LazyPattern(
        r"\b(?:menyembuhkan|mengobati|berkhasiat|ampuh|manjur|terbukti\s+(?:efektif|ampuh|mampu|bisa)"
        r"|membunuh\s+(?:virus|bakteri|sel\s+kanker)|menurunkan\s+(?:kadar|tekanan)\s+\w+"
        r"|mencegah\s+(?:kanker|diabetes|stroke|covid|serangan\s+jantung)"
        r"|(?:sembuh|hilang|lenyap|tuntas)\s+(?:\w+\s+){0,2}?(?:dalam|dlm)\s+(?:waktu\s+)?\d+\s+(?:menit|jam|hari|minggu))\b",
        re.IGNORECASE)),
    # Quotation marks are paired left to right: the text between a closing mark and the next
    # opening one is no quotation (its length is checked in find_claims, round 11).
    (ClaimKind.QUOTE, LazyPattern(r"[“\"]([^”\"\n]{0,401})[”\"]")),
    # A measured quantity stated as fact: "mencapai 600 ribu ton", "sebanyak 1.250 rumah",
    # "naik dua kali lipat", "lebih dari separuh warga", "naik menjadi 71,3" (issue 12).
    (ClaimKind.STATISTIC, LazyPattern(
        # Round 28a (issue 12): a large measured quantity told as fact, whatever frames it ("15
        # ribu ton jagung diekspor", "ngairi 30 ribu hektare", "merendam 1.460 rumah", "so capai 3
        # juta ton"): thousands of tonnes, hectares, kilometres or houses are a count someone made.
        # DERIVE blind19, blind20, blind22, open52.
        # Round 28a (issue 12): a part of a counted whole ("Dari 112 TPS di Kecamatan X, 30 di
        # antaranya rawan banjir", "Dari 10 anak di lembang ini, 3 tidak lanjut ke SMP"): a ratio
        # said in two clauses (blind21, open54).
        rf"\bdari\s+\d[\d.]*\s+(?!(?:{_MONTHS})\b)[^\W\d_]+(?:\s+[\w'-]+){{0,5}}?\s*,\s*"
        rf"(?:(?:baru|hanya|cuma|tinggal|sudah|masih)\s+)?(?:\d+|sebagian|separuh|setengah)\s+"
        rf"(?:di\s+antaranya|diantaranya|yang|yg|(?:tidak|tak|belum|sudah|masih)\b)|"
        # An interval ("ganti oli setiap 5.000 km") is advice, not a count.
        rf"(?<![\w.,/:])(?<!setiap\s)(?<!tiap\s)(?<!per\s)(?:\d{{1,3}}(?:\.\d{{3}})+|\d+(?:,\d+)?\s+"
        rf"(?:ribu|juta|rb))(?:,\d+)?\s+(?:{_BIG_MEASURE})\b|"
        rf"\b(?:sebanyak|sekitar|mencapai|capai|tembus|menembus|lebih\s+dari|kurang\s+dari|hampir|tercatat|"
        rf"sudah|sdh|telah|ada|"
        rf"(?:naik|turun|meningkat|menurun|bertambah|berkurang)\s+(?:menjadi|jadi|sebesar|hingga))"
        rf"\s+(?:{_BIG_COUNT}|\d+(?:,\d+)?\s+(?:miliar|triliun))\s+(?!(?:menit|jam|detik|hari|"
        rf"minggu|pekan|bulan|tahun|kali\b(?!\s+lipat)|km|kilometer|meter|m|cm|{_PEOPLE_NOUNS})\b)"
        rf"[^\W\d_]+"
        rf"|\b(?:naik|turun|meningkat|menurun|bertambah|melonjak|anjlok)\s+(?:\w+\s+)?"
        rf"(?:\d+|dua|tiga|empat|lima)\s+kali\s+lipat\b"
        rf"|\b(?:naik|turun|meningkat|menurun)\s+menjadi\s+\d+(?:,\d+)?(?!,?\d)(?=\s*(?:[—–-]|[.;!]|,\s|$))"
        # Round 26b (issue 12): a count of places, buildings or tonnage after a quantity frame,
        # however small ("Sebanyak 40 SD …", "Ada 43 titik longsor", "produksi kopi tembus 120
        # ton", "ada 57 unit"): the frame states the figure as fact, as "sebanyak 1.250 rumah" does
        # above. Not after "sudah/telah": "sudah 5 rumah terbakar" in a hoax is where writers split
        # on source (audit s18 B1). DERIVE blind19, open51-54.
        rf"|\b(?:sebanyak|tercatat|mencapai|tembus|menembus|lebih\s+dari|hampir|ada|ado)\s+\d+(?:[.,]\d+)*\s+"
        rf"(?:{_COUNTED_THINGS})\b"
        # Round 26b (issue 12): a ratio or fraction stated as fact, whatever its verb or noun. A
        # multiple ("wis 3 kali lipat normal", "dua kali lipat dari harga resmi", Javanese "munggah
        # 3 kali lipat"), not a promised return ("modal 10 juta balik 3 kali lipat": fraud's shape,
        # where writers split on source, audit s18 B1); a fraction with "dari" or "lebih"
        # ("Setengah dari puskesmas …", "Separuh lebih pemudik …"); a ratio of people to people
        # ("1 dari 8 perempuan", "1 guru utk 15 murid"). Session-18 audit class 4; DERIVE blind19,
        # open51-54; no open writer labels such a sentence must-pass without a source.
        rf"|(?<!balik\s)(?<!untung\s)(?<!kembali\s)(?<!laba\s)\b(?:\d+(?:,\d+)?|dua|tiga|empat|lima|enam|"
        rf"tujuh|delapan|sembilan|sepuluh|puluhan|ratusan)\s+kali\s+lipat\b"
        # Round 32a (issue 12): a multiple of a limit, told as fact ("tiga kali di atas ambang batas
        # aman", "300 kali ambang batas", "lima kali melebihi baku mutu"): a measurement someone
        # made. Only against a limit: "dua kali lebih cepat" is a slogan's boast (blind23). Eight
        # posts labelled source of eight writers (blind, blind5, blind29, open31, open32, open56,
        # open62, open64), no other post in the open sets.
        rf"|\b(?:\d+(?:,\d+)?|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|puluhan|ratusan)\s+kali\s+"
        rf"(?:lipat\s+)?(?:di\s+atas\s+|melebihi\s+|dari\s+)?(?:ambang|batas\s+(?:aman|normal|maksimal|wajar)|"
        rf"baku\s+mutu|standar\s+(?:aman|WHO|kesehatan|nasional))\b"
        rf"|\b(?:setengah|separuh|separo|sepertiga|seperempat|dua\s+pertiga|tiga\s+perempat)\s+"
        rf"(?:dari|lebih)\s+[^\W\d_]+"
        rf"|(?<!nomor\s)(?<!urutan\s)(?<!peringkat\s)(?<!ke-)(?<!salah\s)\b(?:\d+|satu|dua|tiga|empat|lima)\s+"
        rf"(?:dari|per|untuk|utk)\s+(?:setiap\s+|tiap\s+)?(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
        rf"sepuluh)\s+(?:{_RATIO_NOUNS})\b"
        rf"|\b\d+\s+(?:{_RATIO_NOUNS})\s+(?:untuk|utk|per|bagi)\s+(?:setiap\s+|tiap\s+)?\d+\s+(?:{_RATIO_NOUNS})\b"
        # "terendah se-Sumatra", "tertinggi se-provinsi": a ranking stated as fact; "ribuan ton":
        # a rough quantity (issue 12 round 4).
        rf"|\b(?:tertinggi|terendah|terbanyak|tersedikit|terbesar|terkecil|tercepat|terparah|terburuk|"
        rf"termiskin|terkaya|termahal|termurah)"
        rf"\s+se-?\s?(?:[^\W\d_]+)"
        rf"|\bpaling\s+(?:tinggi|rendah|banyak|sedikit|besar|kecil|parah|buruk|miskin|mahal|kencang|cepat|"
        rf"lambat|murah|tua|luas|padat|lengkap)\s+"
        rf"(?:di|se-?)\s?(?:kabupaten|kota|provinsi|kecamatan|indonesia|dunia|nasional|[A-Z][^\W\d_]+)\b"
        rf"|\b(?:separuh|separo|sepertiga|seperempat|dua\s+pertiga)\s+(?:dana|anggaran|warga|penduduk|jalan|"
        rf"siswa|pelajar|rumah|desa|pegawai|ASN|petani|nelayan|keluarga|balita|anak)\b"
        rf"|\b(?:ribuan|ratusan|puluhan|jutaan)\s+(?:ton|hektare|hektar|ha|kilogram|kg|liter|kilometer|km)\b"
        # Round 29a (issue 12): a physical measure told as fact, whoever measured it: a dimension
        # noun and a length, a depth or a height ("ketinggian air 60 cm", "buaya sepanjang 8
        # meter", Javanese "duwure 2 meter"), a level reached ("genangan mencapai 60 cm"), a
        # quake's magnitude ("gempa 8,7 SR"); a record against the years before ("terparah dalam
        # 10 tahun terakhir"); a fraction as the size of a change ("turun hampir separuh",
        # "dipotong setengah"). DERIVE blind23/24 (four posts labelled source, three writers'
        # rules name a measured quantity and a statistic as claims); open55-62 read for near-misses.
        rf"|\b(?:tinggi|ketinggian|kedalaman|panjang|sepanjang|setinggi|sedalam|selebar|duwure|dhuwure|"
        rf"dhuwur|jerone|jeroné|lebar)\s+(?:(?-i:[a-z]+)\s+){{0,2}}?(?:(?:mencapai|capai|sekitar|hingga|sampai|"
        rf"kurang\s+lebih|lebih\s+dari|hampir)\s+)?\d+(?:,\d+)?\s*(?:cm|sentimeter|meter|m|mm)\b"
        rf"|\b(?:mencapai|capai|setinggi|sedalam|tembus)\s+\d+(?:,\d+)?\s*(?:cm|sentimeter|meter)\b"
        rf"|(?<![\w.,])\d+(?:,\d+)?\s*(?:SR\b|skala\s+richter\b)|\bmagnitudo\s+\d"
        # Round 31a (issue 12): how many places an event struck, told as fact ("sudah terjadi di
        # tiga huta", "akan merendam 5 desa", "melanda 12 kampung"): settlements only, houses
        # are where writers split (audit s18 B1). DERIVE blind27; blind19 the same shape.
        rf"|\b(?:terjadi|melanda|menimpa|merendam|menyerang|meluas|menyebar|terdampak)\s+(?:(?:di|ke)\s+)?"
        rf"(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|ratusan)\s+"
        rf"(?:desa|kelurahan|kampung|huta|dusun|lembang|ohoi|nagari|gampong|jorong|banjar|pekon|negeri|"
        rf"kecamatan|distrik|RT|RW|kota|kabupaten)\b"
        # Round 35c (issue 12): how many settlements (or fire or flood points) stand in a state,
        # told as fact: a count after a frame that gives it as the tally so far or a floor ("Sudah
        # 15 desa di X yang krisis air", "sedikitnya 15 desa … kebanjiran", "sudah 87 titik per
        # hari ini"), or a count heading its clause before "sudah/belum/masih" ("Sampai hari ini,
        # 67 desa sudah bebas BABS", "… bahwa 40 desa belum cairkan dana"). Not the agency's own
        # round ("sudah 9 desa kami datangi"), nor a polling station's number ("TPS 04 Desa …
        # sudah dilantik": a count has no leading zero). Houses are left out (audit s18 B1, above).
        # shared/domain/sources.md §4 (statistics); DERIVE blind19, blind31, blind33, open19,
        # open61, open73.
        rf"|\b(?:sudah|sdh|telah|su|so|wis|wes|udah|sedikitnya|setidaknya|sekurang-kurangnya|minimal|"
        rf"paling\s+(?:tidak|sedikit))\s+(?:{_SETTLEMENT_COUNT})\s+(?:{_SETTLEMENTS})\b"
        rf"(?!(?:\s+(?!(?:{_CLAUSE_TURN})\b)[\w-]+){{0,2}}?(?:\s+(?:yang|yg))?\s+(?:{_FIRST_PERSON})\b)"
        rf"|(?:^|(?<=\n)|(?<=[,:;.!?]\s)|(?<=\bbahwa\s))(?:(?:sekitar|hampir|lebih\s+dari)\s+)?"
        rf"(?:{_SETTLEMENT_COUNT})\s+(?:{_SETTLEMENTS})\b(?:\s+(?!(?:{_CLAUSE_TURN}|dengan)\b)[\w-]+){{0,3}}?"
        rf"\s+(?:(?:yang|yg)\s+)?(?:sudah|sdh|telah|belum|blm|masih|su|so)\s+(?!(?:{_FIRST_PERSON})\b)[^\W\d_]+"
        # Round 35c (issue 12): a reading of a gauge told as fact: what the gauge measures (the water
        # level or a river's flow; the air quality index or its particulates), the place and the hour
        # it was read at (up to eight words that do not turn the clause), a word of the level reached
        # or of the change, then the reading: in a length or a flow for water ("Tinggi muka air
        # Sungai X di dermaga Y sudah 6,4 meter", "Debit air Kali X tadi pagi naik 1,2 meter"), a
        # bare index for air ("ISPU tembus 280.", "ISPU di X pagi ini sudah 287,"). Not a threshold
        # in a condition ("Kalau ISPU di atas 200, …"), nor how often it is read ("dipantau setiap 3
        # jam"). The round-29a branch above reads only two lowercase words between. A gauge belongs
        # to an office (BPBD, BWS, DLH), which the must-pass posts name. shared/domain/sources.md §4
        # (statistics); DERIVE open10, open19, open59, open65, open71, open79.
        rf"|(?<!kalau\s)(?<!jika\s)(?<!bila\s)\b(?:{_WATER_GAUGE}){_GAUGE_GAP}{_GAUGE_FRAME}\s+\d+(?:,\d+)?\s*"
        rf"(?:meter|m|cm|mm|m3/detik|m³/detik|liter\s+per\s+detik)\b"
        rf"|(?<!kalau\s)(?<!jika\s)(?<!bila\s)\b(?:{_AIR_GAUGE}){_GAUGE_GAP}{_GAUGE_FRAME}\s+\d+(?:,\d+)?"
        rf"(?=\s*(?:[,.;!?(]|$|kategori\b))"
        # Round 35c (issue 12): a ranking against a province, an island or a coast, told as fact
        # ("inflasi terendah di Sulbar", "kasus TBC tertinggi ketiga di Sulteng", "UHC tertinggi di
        # pantura", "peringkat ketiga kabupaten paling aman di Indonesia"): a superlative of a
        # measure, an ordinal, "di" or "se-", then a region (_REGION: the provinces by their names
        # and abbreviations, the islands, the coast). The branches above read only "se-" and the
        # islands. Not "terbaik": a contest's or a praise's word (a contest's category "terbaik
        # se-Kecamatan", a candidate's "terbaik" is neutrality's). shared/domain/sources.md §4
        # (statistics); DERIVE open54, open61, open82, open84.
        rf"|\b(?:{_MEASURE_SUPERLATIVE})\s+(?:(?:{_RANK_ORDINAL})\s+)?(?:di|se-?)\s?(?:{_REGION})\b"
        rf"|\b(?:peringkat|ranking|rangking|urutan|posisi)\s+(?:{_RANK_ORDINAL}|pertama|satu|dua|tiga|\d+)\s+"
        rf"(?:[^\W\d_]+\s+){{0,4}}?(?:{_MEASURE_SUPERLATIVE})\s+(?:di|se-?)\s?(?:{_REGION})\b"
        # Round 31a (issue 12): a measured level or change told as fact: a concentration ("kadar
        # oksigen di bawah 2 mg/liter", "PM2,5 180 µg/m3", "5 ppm"), a length a level moved against an
        # earlier period ("turun 40 cm dibanding tahun lalu"), and a record with an occasion between
        # ("tertinggi menjelang Natal dalam lima tahun"). DERIVE blind27 (three posts labelled
        # source); the writers' rules name a measured quantity and a statistic as claims.
        rf"|(?<![\w.,])\d+(?:,\d+)?\s*(?:mg|mikrogram|µg|ug|gram|g)\s*/\s*(?:liter|l|m3|m³|kg)\b"
        rf"|(?<![\w.,])\d+(?:,\d+)?\s*(?:ppm|ppb|NTU)\b"
        rf"|\b(?:naik|turun|surut|berkurang|bertambah|menyusut|ambles|amblas|mundur|maju)\s+(?:sekitar\s+|hampir\s+|sampai\s+|hingga\s+)?"
        rf"\d+(?:,\d+)?\s*(?:cm|sentimeter|meter|m|mm|km|kilometer|derajat)\s+(?:dibanding(?:kan)?|dari)\s+"
        rf"(?:(?:tahun|bulan|minggu|pekan|musim)\s+(?:lalu|kemarin|sebelumnya)|periode\s+yang\s+sama)\b"
        rf"|\b(?:tertinggi|terendah|terparah|terbesar|terburuk|terbanyak|terdalam|terlama|terpanas|terkering|"
        rf"termahal|termurah)\s+(?:[^\W\d_]+\s+){{1,3}}?(?:dalam|selama)\s+(?:\d+|dua|tiga|empat|lima|sepuluh|"
        rf"belasan|puluhan|beberapa)\s+(?:tahun|dekade|dasawarsa)\b(?:\s+(?:terakhir|belakangan)\b)?"
        rf"|\b(?:tertinggi|terendah|terparah|terbesar|terburuk|terbanyak|terdalam|terlama|terpanas|terkering)"
        rf"\s+(?:dalam|selama|sejak)\s+(?:\d+|dua|tiga|empat|lima|sepuluh|belasan|puluhan|beberapa)\s+"
        rf"(?:tahun|dekade|dasawarsa)\b"
        rf"|\b(?:naik|turun|dipotong|dikurangi|berkurang|bertambah|menyusut|susut|anjlok|merosot|dipangkas|"
        rf"hilang|lenyap|ambles|munggah|mudhun|dikurangin)\s+(?:hampir\s+|sekitar\s+|lebih\s+dari\s+|nyaris\s+|"
        rf"sampai\s+|hingga\s+|kurang\s+lebih\s+)?(?:setengah|separuh|separo|sepertiga|seperempat|dua\s+pertiga)\b"
        # "1 dari 3 anak", "satu dari lima warga": a ratio of people (issue 12 round 4).
        rf"|(?<!nomor\s)(?<!urutan\s)(?<!peringkat\s)\b(?:\d+|satu|dua|tiga|empat|lima)\s+dari\s+(?:setiap\s+)?(?:\d+|dua|tiga|empat|lima|sepuluh)\s+"
        rf"(?:{_PEOPLE_NOUNS})\b"
        # "8 dari 10 galon", "9 dari 10 rumah": a ratio of anything; "nomor 38 dari 200 peserta"
        # is a rank (round 10).
        rf"|(?<!nomor\s)(?<!urutan\s)(?<!peringkat\s)(?<!ke-)\b(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+dari\s+"
        rf"(?:setiap\s+)?(?:10|100|1\.000|sepuluh|seratus)\s+[^\W\d_]+"
        # Round 31a (issue 12): a part of a counted whole of places ("9 dari 12 desa", "3 dari 7
        # kecamatan", "dua dari lima puskesmas") with any denominator: how far a programme has
        # reached, told as fact (DERIVE blind27; the people branch above reads who is counted); a
        # rank ("nomor 3 dari 12 desa", "juara 2 dari 9 desa") is none.
        rf"|(?<!nomor\s)(?<!urutan\s)(?<!peringkat\s)(?<!juara\s)(?<!ke-)\b(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+dari\s+"
        rf"(?:total\s+|seluruh\s+)?(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan)\s+(?:{_COUNTED_THINGS})\b"
        # "danau terdalam ketiga di Indonesia": a ranking against the country or the world.
        rf"|\b(?:tertinggi|terendah|terbanyak|terbesar|terkecil|terdalam|terluas|terpanjang|tertua|"
        rf"terpadat|terkaya|termiskin|terbaik|terburuk|terparah|tercepat)\s+(?:(?:kedua|ketiga|keempat|"
        rf"kelima|ke-\d+|nomor\s+(?:\d+|satu|dua|tiga))\s+)?(?:di|se-?)\s?(?:Indonesia|dunia|Asia|nasional|"
        rf"Nusantara|Sumatera|Sumatra|Jawa|Kalimantan|Sulawesi|Papua|Bali|Maluku|Nusa\s+Tenggara)\b"
        # Round 34a (issue 12): a count of animals after a frame that states it ("Sudah 12 ekor
        # buaya muara terlihat", "Sudah 8 ekor kambing dimangsa harimau", "tercatat 3.420 ekor"),
        # whatever is said of them (what befell them is the people branch's reading). DERIVE blind23,
        # blind28, open65, open68, open76, open81.
        rf"|\b(?:sudah|sdh|telah|tercatat|sebanyak|su|so|wis)\s+(?:\d{{1,3}}(?:\.\d{{3}})+|\d+|belasan|puluhan|"
        rf"ratusan|ribuan)\s+ekor\b(?!\s+[^\W\d_]+{_BEFELL_TAIL})"
        rf"|\b(?:lebih\s+dari|hampir|kurang\s+dari|sekitar)\s+(?:separuh|setengah|separo|sepertiga|"
        rf"seperempat|dua\s+pertiga)\s+\w+"
        rf"|\b(?:rata-rata|rata2|rerata)\b[^!?\n]{{0,60}}?\b\d+,\d+\s+\w+"
        # Round 34a (issue 12): an average is a figure someone computed (after the decimal branch
        # above, which reads the unit too), whatever the words
        # between "rata-rata" and it ("Rata-rata 40 truk batubara per jam", "Rata-rata kemacetan
        # di simpang X sekarang 40 menit", "Tiap tahun rata-rata 25 siswa putus sekolah", "Usia
        # rata-rata perempuan menikah di desa-desa pesisir masih 16 tahun"); the old branches
        # read it only after "cuma/hanya/baru/mencapai/sekitar" or before "sehari/per hari". A
        # year is no figure ("rata-rata pengguna pada November 2026"). Over the DERIVE sets 35
        # posts labelled source of 19 writers say an average so; the 14 must-pass ones name
        # their source (BPS, "menurut Dinas …", "Sumber: …"), which covers the post.
        rf"|\b(?:rata-rata|rata2|rerata)\b[^!?\n.]{{0,60}}?(?<![\w.,])(?!(?:19[5-9]\d|20[0-4]\d)\b)\d+"
        # "hanya 20 kg per kapita per tahun": a consumption or output per head (round 7).
        rf"|\b\d+(?:,\d+)?\s*(?:kg|kilogram|liter|gram|ton|kkal|kalori|butir)\s+per\s+kapita\b"
        # "produksi padi naik 2 ton per hektare": a measured change stated as fact (round 6).
        rf"|\b(?:naik|turun|meningkat|menurun|bertambah|berkurang)\s+(?:sebesar\s+)?\d+(?:,\d+)?\s+"
        rf"(?:ton|kuintal|kw|kg|kilogram|hektare|hektar|ha|liter|poin)\b"
        rf"|\b(?:naik|turun|meningkat|menurun)\s+(?:tajam|drastis|signifikan|pesat)\b|\b(?:melonjak|anjlok|meroket)\b"
        # An amount of aid to be handed out: "akan menerima bantuan BBM 200 liter per bulan".
        rf"|\b(?:menerima|terima(?!\s+kasih)|(?:men)?dapat(?:kan)?|dapet|memperoleh|diberi(?:kan)?|dibagikan|disalurkan|dibagi)\s+"
        # A single thing ("mendapat hadiah 1 unit sepeda motor") is an object, not a count (round 29a).
        rf"(?:[^\W\d_]+\s+){{0,4}}?(?!1\s*(?:unit|paket|ekor|buah|lembar)\b)\d+(?:[.,]\d+)*\s*(?:liter|kg|kilogram|ton|paket|karung|ekor|"
        rf"lembar|unit|sak|butir|bibit|batang|ribu|juta)\b",
        re.IGNORECASE)),
    # Round 30a (issue 12): a figure whose subject names what was counted or measured, at the
    # head of its clause ("Jumlah kasus DBD di Kecamatan X so 64 kasus", "Angka kematian ibu …
    # masih 3 kasus tahun ini", "Indeks Pembangunan Manusia X tahun ini 68,4", "Produksi padi
    # desa kami musim ini 6,5 ton"): the noun of a count, an index or an output, then within
    # six words the period the figure covers or a word of state, then the figure. A
    # statistic told as fact by its own grammar (issue 12: "statistics with a named
    # source" pass); a year is no figure; the claim found is the figure alone (find_claims).
    # DERIVE blind25 (three posts), blind26, open52.
    # Its own pattern: inside the statistic's alternation it would hide a reading of the same
    # figure that starts later ("Produksi nikel … so capai 3 juta ton"); find_claims keeps the
    # figure alone as the claim, so that reading, starting before it, wins.
    (ClaimKind.STATISTIC, LazyPattern(
        rf"(?:^|(?<=[.!?\n])|(?<=[.!?\n:]\s))\s*(?:jumlah|angka|indeks|produksi|prevalensi|tingkat|persentase|"
        rf"rasio|cakupan|capaian|realisasi)\s+(?:[^\W\d_]+\s+){{0,6}}?(?:(?:tahun|musim|bulan|minggu|pekan|"
        rf"semester|triwulan)\s+(?:ini|lalu|kemarin)\s+|(?:{_STATE_WORD}|sudah|baru|hanya|cuma|sebesar|"
        rf"mencapai|capai|sekitar)\s+)(?!(?:19|20)\d\d\b)(?P<fig>\d+(?:[.,]\d+)?)\b(?!\s*(?:%|persen))",
        re.IGNORECASE)),
    # Round 35a (issue 12): an amount of aid in kind per recipient ("Bantuan beras 10 kg per KK cair
    # minggu depan", "bantuan pupuk gratis 50 kg per petani", "Bantuan benih bandeng 5.000 ekor per
    # petambak", "pupuk organik cair 20 liter per anggota poktan", "beras 10 kg per bulan untuk
    # lansia"): a word of aid or of handing it out, up to five words that do not turn the clause,
    # then a quantity in a unit of goods and whom or what period it is counted per. The same claim
    # as an aid amount in rupiah (shared/domain/sources.md §4: aid amounts and eligibility); the
    # claim found is the quantity. DERIVE blind25, blind32, open6, open49, open53, open64 and
    # fraud posts of open62, open68, open76 labelled source; the must-pass posts that state such
    # an amount name Bapanas, Bulog, Dinsos or a letter, or give the office as the notice's
    # contact (find_claims: _CONTACT_OFFICE_RE).
    (ClaimKind.MONEY, LazyPattern(
        rf"\b(?:bantuan|bansos|jatah|santunan|hibah|subsidi|sembako|dibagikan|dibagi|disalurkan|diberikan|"
        rf"dibagikeun)\b(?:\s+(?!(?:{_CLAUSE_TURN})\b)[\w'-]+){{0,5}}?\s+"
        rf"(?P<aid>\d+(?:[.,]\d+)?\s*(?:{_AID_UNIT})\s+(?:(?:per|tiap|setiap|untuk\s+(?:setiap|tiap|masing-masing)|"
        rf"buat\s+(?:setiap|tiap))\s+(?:{_AID_PER})|per\s+(?:bulan|minggu|musim|tahun)(?:\s+untuk\s+"
        rf"(?:setiap\s+|tiap\s+)?(?:{_AID_PER}))?)\b)",
        re.IGNORECASE)),
)
_BENEFIT_RE = LazyPattern(rf"\b(?:{_BENEFIT})\b", re.IGNORECASE)
_DEADLINE_RE = LazyPattern(
    rf"\b(?:paling\s+lambat|batas\s+(?:akhir|waktu)|deadline|hingga|sampai(?:\s+dengan)?|s\.d\.?|"
    rf"mulai|dibuka|ditutup|cair|dicairkan|berakhir|sebelum|tanggal|tgl\.?)\s+(?:tanggal\s+)?"
    rf"(?:{_DATE})", re.IGNORECASE)
# "Dukung 100 persen", "siap 100%": commitment, not a statistic.
_FIGURATIVE_RE = LazyPattern(
    # Round 32a: agreement as a stance, and its hyperbole ("Setuju 100%!", "Tiang dukung 1000%!",
    # "Nyong setuju 1000%"): five neutrality posts of DERIVE (open69, open74, open78, open79) and
    # three older ones, no post labelled source.
    r"\b(?:setuju|sepakat)\s+(?:100|1\.?000+)\s?(?:%|persen)$"
    r"|\b(?:dukung|mendukung|siap|yakin|percaya)\s+1\.?000+\s?(?:%|persen)$"
    r"|\b(?:dukung|mendukung|siap|yakin|komitmen|berkomitmen|percaya|"
    # "DIJAMIN LULUS 100%": a guarantee, not a statistic (round 10).
    r"lulus|lolos|jadi|diterima|dijamin|pasti|aman|halal|asli|ori|original|garansi|"
    # Round 28a: every form of "jamin" (terjamin, menjamin), and a guaranteed verb after it
    # ("Dijamin tembus 100%", "Terjamin 100%"): blind19, open52.
    r"(?:di|ter|men)?jamin(?:\s+(?:tembus|cair|berhasil|sukses|masuk|lulus|lolos|diterima))?)\s+100\s?(?:%|persen)$"
    # Round 28a: "bunga 0%", "bunga 0,5%": a loan's zero or near-zero rate is the offer's own term,
    # like a discount (blind19, blind20, blind21, open52: fraud posts no writer labels source).
    r"|\b(?:bunga|suku\s+bunga)\s+(?:hanya\s+|cuma\s+)?0(?:,\d+)?\s?(?:%|persen)$"
    # Round 29a: a target or a threshold ("memenangkan … minimal 70 persen", "target 80 persen",
    # "kehadiran minimum 75%") is what someone aims at or requires, not a figure measured (blind23).
    r"|\b(?:minimal|minimum|min\.|target|targetnya|ditargetkan|menargetkan|targetkan)\s+\d+(?:,\d+)?\s?(?:%|persen)$",
    re.IGNORECASE)
# "diskon sampai 50%", "potongan hingga 30 persen": a price offer, not a statistic (issue 12).
_OFFER_BEFORE_RE = LazyPattern(
    r"\b(?:diskon|potongan(?:\s+harga)?|promo|cashback|hemat|off|sale|DP|uang\s+muka)\s+(?:hingga\s+|sampai\s+|s\.d\.?\s*|"
    r"up\s+to\s+)?$", re.IGNORECASE)
# "biaya admin Rp50 ribu", "setor Rp5 juta ke rek", "kontribusi Rp60 juta", "kirim pulsa Rp50.000":
# an amount the reader is asked to pay is a demand (fraud's business), not a figure that needs a
# source; an amount to be paid out ("bantuan Rp2,4 juta cair") still is one (round 10).
_DEMAND_BEFORE_RE = LazyPattern(
    r"\b(?:biaya|bayar|membayar|bayarkan|setor|menyetor|setoran|disetor|transfer|ditransfer|"
    r"mentransfer|kirim|mengirim|kirimkan|kontribusi|infak|sumbangan|mahar|pulsa|admin|administrasi|"
    r"uang\s+(?:terima\s+kasih|pelicin|rokok|jasa|muka|tanda\s+jadi|pendaftaran)|pajak\s+hadiah|"
    r"dana\s+pendamping|tanda\s+jadi|modal|cicil\w*|titip\w*|tebus|menebus|ganti\s+ongkos|ongkir|"
    # "Siapkan saja Rp15 juta", "DP Rp2 juta", "dana koordinasi Rp10 juta" (round 11).
    r"siapkan|siapin|sediakan|DP|dana\s+koordinasi|uang\s+koordinasi|"
    # Round 29a: a deposit, a stamp duty or an activation fee asked first (blind24).
    r"deposit|deposito\s+awal|materai|meterai|aktivasi|pendaftaran)"
    r"\b(?:\s+[^\s\d]+){0,3}?\s*:?\s*$", re.IGNORECASE)
# "uang seragam Rp2.500.000 ditransfer ke DANA …": the amount is followed by where to pay it.
_DEMAND_AFTER_RE = LazyPattern(
    r"\s*(?:harus\s+|wajib\s+|langsung\s+|harap\s+|mohon\s+|segera\s+|agar\s+|supaya\s+|bisa\s+|dapat\s+)?"
    r"(?:di)?(?:transfer|setor|bayar|kirim)\w*\s+(?:dulu\s+)?(?:ke|kepada|lewat|via|melalui)\b",
    re.IGNORECASE)
# Round 29a (issue 12): the amount followed straight by where it goes, "Rp 350rb ke rekening HRD",
# "Rp50.000 via DANA 0896…": a payment the reader is to make, unless it releases aid (blind23/24
# READMEs: fees demanded from the victim carry no source label; three fraud posts of DERIVE).
_PAID_TO_AFTER_RE = LazyPattern(
    r"\s*(?:ke|via|lewat|melalui)\s+(?:no\.?\s+|nomor\s+|nomer\s+)?(?:rekening|rek\b|norek|DANA|OVO|GoPay|ShopeePay|"
    r"LinkAja|BRI|BCA|BNI|BSI|Mandiri|e-wallet|dompet\s+digital)\b",
    re.IGNORECASE)
# "Rp8 juta aja, DM gue", "Rp25 juta sajo, lansuang SK", "Rp150 juta so pasti masuk": the price
# of a guaranteed place, said as an offer (round 11, open2-4).
_PRICE_ASKED_AFTER_RE = LazyPattern(
    r"\s*,?\s*(?:aja|saja|sajo|doang|so\s+pasti|pasti\s+(?:masuk|lulus|lolos|diterima|jadi)|"
    r"langsung\s+(?:SK|kerja|masuk|lulus)|lansuang"
    # Round 32a (issue 12): the payment terms of an offer ("Rp60 juta nego", "Rp250 juta, bisa
    # dicicil setengah dulu", "Rp40 juta, boleh cicil", "Rp75 juta, DP 50%"): a price the reader
    # is asked to pay, which no writer labels source (READMEs blind23-29, open74, open78, open79:
    # fees and bribes asked of the victim add no source). 23 fraud posts of 17 writers end an
    # amount so; a house for sale "harga Rp320 juta nego" is a price either way.
    r"|nego|(?:bisa|boleh|dapat)\s+(?:di)?(?:cicil|nyicil|angsur|nego)\w*|cicil\w*|DP)\b", re.IGNORECASE)
# Round 32a (issue 12): the price of a head or a seat before the amount ("Satu orang Rp10 juta,
# lulus pasti", "per kursi Rp50 juta"): a bribe's tariff (blind29; open writers' fraud posts).
_PER_HEAD_BEFORE_RE = LazyPattern(
    r"\b(?:satu|se|1|per|tiap)\s*(?:orang|org|kepala|kursi|formasi|slot)\s*(?:cukup|hanya|cuma)?\s*:?\s*$",
    re.IGNORECASE)
_AID_BEFORE_RE = LazyPattern(r"\b(?:bantuan|bansos|hibah|subsidi|insentif|beasiswa|pinjaman|kredit)\s+$",
                             re.IGNORECASE)
# "akan mendapat modal usaha Rp5 juta": an amount the reader receives.
_PAYOUT_BEFORE_RE = LazyPattern(
    r"\b(?:mendapat(?:kan)?|menerima|dapat(?:kan)?|diberi(?:kan)?|dibayar|digaji|memperoleh|berupa|senilai)\b(?:\s+[^\s\d]+){0,3}?\s*$",
    re.IGNORECASE)
# "transfer biaya administrasi Rp250.000 agar bantuan cair": a fee that releases aid announces
# the aid, an amount to be paid out.
_RELEASES_AID_RE = LazyPattern(
    r"\b(?:agar|supaya|biar|baru)\s+(?:\w+\s+){0,3}?(?:cair|dicairkan|tersalur|disalurkan)\b"
    r"|\b(?:cair|dicairkan|disalurkan)\s+(?:kalau|jika|asal|asalkan|setelah)\b"
    r"|\bsebelum\s+(?:pencairan|penyaluran|(?:bantuan|dana)\s+(?:cair|dicairkan|disalurkan))\b",
    re.IGNORECASE)
# "Penilaian juri 70%, like 30%", "Juri tetap menentukan 70 persen nilai", "Polling bernilai 20
# persen": the weight of a part of a contest's score is the organiser's own rule, not a statistic
# (round 19: blind11, open6, open10 label these must-pass; no writer labels one source).
_SCORE_WEIGHT_RE = LazyPattern(r"\b(?:juri|penilaian|bobot|bernilai)\b", re.IGNORECASE)
# Round 32a (issue 12): a share of votes pledged to a ticket's number ("harus 100 persen par 01",
# "100% suaranya ke 02", "Target 80 persen suara untuk nomor 3"): a campaign's aim, not a measured
# figure (open39, open78, open79: neutrality posts, none labelled source). Not a change between two
# figures ("naik dari 61% ke 74%").
_PLEDGE_AFTER_RE = LazyPattern(
    r"\s+(?:suara(?:nya)?\s+)?(?:ke|par|untuk|buat|utk)\s+(?:nomor\s+|nomer\s+|no\.?\s*|paslon\s+)?0?\d{1,2}\b"
    r"(?!\s*(?:%|persen|[.,]\d|\w))", re.IGNORECASE)
# "100% gratis", "100% tanpa biaya": a promise about a service, not a statistic.
_PROMISE_AFTER_RE = LazyPattern(
    r"\s*(?:gratis|tanpa\s+(?:biaya|pungutan|dipungut)|free|jadi|lulus|lolos|diterima|aman|halal|asli|dijamin|pasti|"
    r"uang\s+kembali|berhasil|"
    # Round 29a: the nature of a product ("100% alami", "100% herbal"), marketing, not a statistic
    # (blind23 README: marketing "100%" carries no source label).
    r"alami|alamiah|murni|herbal|organik|natural|tanpa\s+efek\s+samping|tanpa\s+bahan\s+kimia)\b",
    re.IGNORECASE)
# A quotation that is a title, a theme or the wording of a message being warned about
# ('bertema "…"', 'SMS "Selamat Anda menang …"') is not a statement that needs a source.
_NAMED_WORDING_RE = LazyPattern(
    r"\b(?:bertema|bertajuk|berjudul|tema|tajuk|judul|slogan|semboyan|moto|motto|tagline|"
    r"sms|pesan|chat|wa|whatsapp|tulisan|bertuliskan|berbunyi|kalimat|istilah|spanduk|"
    r"baliho|poster|status|unggahan|postingan|webinar|seminar|lokakarya|workshop|pelatihan|"
    r"festival|lomba|gerakan|program|kegiatan|acara|lagu|film|buku|pameran|talkshow|"
    r"gelar\s+wicara|podcast|kelas|modus|isu|klaim|narasi|kabar|hoaks|hoax|iming-iming|kata-kata|"
    r"diawali|diakhiri|bertuliskan|seperti|video|foto|gambar|rekaman|konten|diklaim|dijuluki|disebut|"
    r"menjanjikan|dijanjikan|menawarkan|ditawarkan|doa|yel-yel|meneriakkan|teriakan|seruan|pepatah|peribahasa)(?:\s+(?:berantai|singkat|palsu|penipuan|bertema|bertajuk|heboh|provokatif|bombastis|menyesatkan|clickbait|sensasional|viral|seram|mengerikan|bohong|hoaks))?"
    r"\s*:?\s*$", re.IGNORECASE)
# '[Pesan WA] "…"', 'Rekaman VN dari grup guru: "…"', 'Screenshot status WA Kabid beredar: "…"',
# 'almarhum bapak yang dulu bilang: "…"': a message, recording or family saying shown as it
# was sent or said. The quotation itself asserts nothing for the post; the claims inside it
# (a sum, a cure) are still claims (round 10).
_SHOWN_MESSAGE_RE = LazyPattern(
    r"(?:\b(?:rekaman|transkrip|vn|voice\s*note|screenshot|tangkapan\s+layar|ss|pesan|chat|status|"
    r"sms|dm|inbox|story|caption|komentar|balasan|tulisan|cuitan|twit|tweet|broadcast)\b"
    r"|\b(?:almarhum|almarhumah|nenek|kakek|ayah|bapak\s+saya|ibu\s+saya|mama|papa|ortu|orang\s+tua\s+saya|"
    r"guru\s+ngaji|leluhur|orang\s+tua\s+dulu)\b)"
    r"[^\"“”\n]{0,60}?[:\]]\s*$", re.IGNORECASE)
# A quotation in title case ('"Literasi Politik untuk Pemilih Muda"') is a name, not a statement.
_TITLE_WORD_RE = LazyPattern(r"[^\W\d_][\w'-]*")


def _is_title(quoted: str) -> bool:
    """Most words capitalised and no sentence inside: the name of an event, a book, a theme."""
    words = _TITLE_WORD_RE.findall(quoted)
    if len(words) < 2 or re.search(r"[.!?]\s", quoted):
        return False
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)
# A health claim the sentence denies or warns about ('Tidak ada ramuan yang dijamin
# menyembuhkan …', 'Waspada hoaks …') is the opposite of a claim.
_DENIED_RE = LazyPattern(
    r"\b(?:tidak\s+ada|tidak\s+benar|bukan|hoaks|hoax|waspada|jangan\s+(?:mudah\s+)?percaya|"
    r"belum\s+terbukti|tidak\s+terbukti|klaim\s+palsu)\b"
    # "Rebusan daun pepaya tidak menyembuhkan DBD": the verb itself negated (round 7).
    r"|\b(?:tidak|tak|belum)\s+(?:bisa\s+|dapat\s+|mampu\s+|terbukti\s+)?$", re.IGNORECASE)
_MIRACLE_RE = LazyPattern(
    r"\b(?:dijamin|pasti|garansi)\b|\b100\s?(?:%|persen)"
    r"|\bdalam\s+(?:waktu\s+)?(?:\d+|satu|dua|tiga|empat|lima|tujuh|hitungan)\s+(?:menit|jam|hari|minggu|pekan|bulan)\b"
    r"|\bdalam\s+(?:sehari|semalam|seminggu|sepekan|sebulan|sekejap)\b"
    r"|\b(?:segala|semua|berbagai)\s+(?:macam\s+)?(?:jenis\s+)?penyakit\b"
    r"|\btanpa\s+(?:perlu\s+)?(?:operasi|obat|dokter|kemoterapi|kemo|cuci\s+darah|ke\s+dokter|ke\s+rumah\s+sakit)\b"
    r"|\b(?:tidak|gak|nggak|ga|tak|seng|nyanda)\s+perlu\s+(?:lagi\s+)?(?:obat|dokter|suntik|insulin|operasi|opname|ke\s+dokter|ke\s+rumah\s+sakit)\b",
    re.IGNORECASE)
_CLARIFIED_RE = LazyPattern(
    r"(?<!bukan\s)\b(?:hoaks|hoax|disinformasi)\b|\b(?:adalah|itu)\s+(?:palsu|bohong|tidak\s+benar)\b",
    re.IGNORECASE)
# The sentence after the claim may call it false as well: 'pesan mengatasnamakan Dinas Sosial:
# "Bantuan Rp2,4 juta …". Pesan itu palsu.', 'benar harus bayar Rp250 ribu? … Tidak benar bu.',
# 'Jangan percaya calo yang minta Rp3 juta' (round 16: blind9, open2, open3).
_CLARIFIED_NEXT_RE = LazyPattern(
    r"(?<!bukan\s)\b(?:hoaks|hoax|disinformasi)\b"
    r"|\b(?:adalah|itu|ini)\s+(?:(?:modus\s+)?penipuan|palsu|bohong|tipu|tidak\s+benar|modus)\b"
    r"|^\W*(?:[\w ]{1,30}:\s*)?(?:tidak|indak|nda|ndak|tra)\s+(?:benar|batua|batul|betul)\b"
    r"(?!\s+(?:kalau|kalo|jika|bila|bahwa))"
    r"|\bjangan\s+(?:mudah\s+)?percaya\b"
    # 'Klarifikasi: tidak ada pajak parabola Rp500 ribu.' (round 24, open12).
    r"|^\W*klarifikasi\b",
    re.IGNORECASE)


@lru_cache(maxsize=4)
def _quotes_of(text: str) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
    """The text's quotations (mentions.quoted_spans) and their starts, read once per text:
    a long paste with thousands of sums asks for them once per sum."""
    spans = tuple(quoted_spans(text))
    return tuple(lo for lo, _ in spans), spans


def _in_warned_quote(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside a quotation the post warns about (warned_quotes)."""
    if '"' not in text and "“" not in text:
        return False
    starts, spans = _quotes_of(text)
    i = bisect_right(starts, start) - 1  # the quotations do not overlap: only this one can hold it
    if i < 0:
        return False
    lo, hi = spans[i]
    return end <= hi and warned_about(text, lo - 1, hi + 1)


# Round 30a (issue 12): the same wording between single quotation marks, straight or curly
# ("Hati-hati tawaran 'investasi kebun tebu untung 10% per bulan'. Itu ciri investasi bodong.",
# "undangan palsu … yang menjanjikan 'insentif Rp4.500.000'"). A mark counts only where it opens
# after a space, a bracket or a colon and closes before a space or a punctuation mark, so an
# apostrophe inside a word (Ka'bah, tabe') opens nothing. DERIVE blind26 (two must-pass posts);
# over the open sets one more (open58) and no source-labelled post of this shape.
_SINGLE_QUOTE_RE = LazyPattern(r"(?:^|(?<=[\s(\[:]))['‘][^'‘’\n]{3,200}['’](?=[\s.,;:!?)\]]|$)")


def _in_single_quoted_warning(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside a single-quoted wording the post warns about."""
    if "'" not in text and "‘" not in text:
        return False
    line_lo = text.rfind("\n", 0, start) + 1
    line_hi = text.find("\n", end)
    for quote in _SINGLE_QUOTE_RE.finditer(text, max(line_lo, start - 210),
                                            line_hi if line_hi >= 0 else len(text)):
        if quote.start() < start and end < quote.end():
            return warned_about(text, quote.start(), quote.end()) or bool(_PROMISED_WORDING_RE.search(
                text, max(0, quote.start() - 40), quote.start()))
    return False


# What a scam or a rumour promises or claims, named as such before its wording ("undangan palsu
# yang menjanjikan '…'", "iming-iming '…'", "klaim '…'"): the words of _NAMED_WORDING_RE that say
# the wording is someone else's promise, not the poster's.
_PROMISED_WORDING_RE = LazyPattern(
    r"\b(?:menjanjikan|dijanjikan|janji|menawarkan|ditawarkan|iming-iming|modus|klaim|diklaim|narasi|isu|"
    r"kabar|hoaks|hoax)\s*:?\s*$", re.IGNORECASE)


def _after_miracle(text: str, start: int, end: int) -> bool:
    """Whether the sentence before the health claim at ``start:end`` promises a miracle cure,
    and the claim itself is a bare testimony ("terbukti ampuh", "manjur")."""
    lo, _ = _sentence_of(text, start, end)
    if lo == 0 or not _BARE_TESTIMONY_RE.fullmatch(text, start, end):
        return False
    prev_lo, _ = _sentence_of(text, max(0, lo - 2), max(0, lo - 1))
    return bool(_MIRACLE_RE.search(text, prev_lo, lo))


_BARE_TESTIMONY_RE = LazyPattern(r"(?:terbukti\s+)?(?:ampuh|manjur|berkhasiat|efektif|mampu|bisa)",
                                 re.IGNORECASE)


def _clarified(text: str, start: int, end: int) -> bool:
    """Whether the claim's sentence, or the one after it, calls the claim false."""
    lo, hi = _sentence_of(text, start, end)
    if _CLARIFIED_RE.search(text, lo, hi) or _CLARIFIED_NEXT_RE.search(text[lo:hi]):
        return True
    if hi >= len(text):
        return False
    nxt = hi + 1
    while nxt < len(text) and text[nxt] in " \t\n.!?":
        nxt += 1
    if nxt >= len(text):
        return False
    return bool(_CLARIFIED_NEXT_RE.search(text[nxt:_sentence_of(text, nxt, nxt)[1]]))


_SENTENCE_RE = LazyPattern(r"[^.!?\n]+(?:[.!?]+|\n|$)")

# Named source: a capitalised word, an acronym or a title after the attribution verb. Words
# that only sound like a source ("survei", "netizen") do not count.
_VAGUE_WORD = (r"(?:survei|survey|penelitian|riset|ahli|pakar|para|sumber|netizen|warganet|"
               r"orang|teman|grup|info|kabar|berita|media|internet|google|medsos|katanya|"
               r"data\s+terbaru|terbaru|banyak|beberapa|seorang|salah)\b")
_NAMED = rf"(?!{_VAGUE_WORD})(?-i:[A-Z0-9])"
# Round 32a (issue 12): an office holder given by the title of the office alone, with no name and
# no place after it ("Kata Pak Kadis waktu ngobrol di warung", "Kata Pak Lurah sebelah", "kata pak
# desa", "Kata amang Kepala Dinas tadi di rapat", "jare pak RT"): who said it cannot be checked,
# so the capital of "Pak" names nobody. Over the open sets 13 posts labelled source of 12 writers
# (DERIVE blind26, blind27, open66-68, open79) say it so; a name or a place after the title
# ("kata Pak Lurah Sukamaju", "kata Pak Camat Hendra") still names the speaker.
_TITLE_ONLY = (r"(?:si\s+)?(?:pak|bu|bapak|ibu|amang|inang)\.?\s+(?:kadis|lurah|camat|kades|rw|rt|desa|"
               r"kepala\s+(?:dinas|desa|kantor|sekolah|gudang|dusun)|sekdes|kadus|mantri|keuchik|keucik|kabid|kasi)\b"
               r"(?!\s*(?-i:[A-Z0-9])|\s+(?:(?-i:[a-z]+)\s+)?(?-i:[A-Z]))")
# The nouns of a report, a count or a statement that name where a figure comes from.
_REPORT_NOUN = (r"data|hasil|laporan|rilis|keterangan|catatan|survei|sensus|pendataan|rekap|rekapitulasi|"
                r"ubinan|surat|keputusan|peraturan|pengumuman|informasi|situs|laman|akun|penjelasan|pernyataan|"
                r"registrasi|pemeriksaan|pemantauan|penghitungan|perhitungan|uji|pengujian|verifikasi|imbauan|"
                r"siaran\s+pers|temuan|kajian|analisis|evaluasi|penelitian|pengukuran|monitoring|pantauan")
_CUE_RES: tuple[LazyPattern, ...] = (
    LazyPattern(r"\bsumber\s*:\s*(?!(?:internet|google|wa|whatsapp|medsos|grup|group|"
               r"media\s+sosial|sebelah|teman|netizen|warganet)\b)\S", re.IGNORECASE),
    LazyPattern(r"\((?:foto|dok|dokumentasi|sumber|ilustrasi|grafis)\s*:", re.IGNORECASE),
    # Round 28a (issue 12): up to two nouns of a report before the named body ("berdasarkan hasil
    # pendataan Dinas Sosial", "berdasarkan data registrasi Pordasi"), and "sesuai" with a noun of
    # a statement or report ("sesuai penjelasan Bank Indonesia"): blind20, blind21, blind22.
    LazyPattern(rf"\b(?:menurut|berdasarkan|merujuk|mengacu\s+(?:pada|kepada))\s+"
               rf"(?:(?:{_REPORT_NOUN})\s+(?:resmi\s+)?){{0,2}}(?:dari\s+)?{_NAMED}", re.IGNORECASE),
    LazyPattern(rf"\bsesuai\s+(?:dengan\s+)?(?:(?:{_REPORT_NOUN})\s+(?:resmi\s+)?){{1,2}}(?:dari\s+)?{_NAMED}",
                re.IGNORECASE),
    LazyPattern(rf"\b(?:dikutip\s+dari|mengutip(?:\s+dari)?|melansir(?:\s+dari)?|dilansir"
               rf"(?:\s+dari)?|bersumber\s+dari|seperti\s+dikutip\s+dari|dirilis\s+oleh)\s+"
               rf"(?:(?:laman|situs|akun|kanal|data|rilis)\s+(?:resmi\s+)?)?{_NAMED}", re.IGNORECASE),
    # A host name's labels are at most 63 characters, 127 of them (RFC 1035): bounded, the
    # pattern reads at most a host name from each place ("ab-ab-…" was quadratic).
    LazyPattern(r"\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,126}\.go\.id\b", re.IGNORECASE),
    # "Survei … oleh Bagian Organisasi", "data … oleh BPS": the named producer (issue 12 round 4).
    LazyPattern(r"\b(?:survei|data|laporan|hasil|rilis|pendataan|sensus|penelitian|kajian)\b[^.\n]{0,60}?"
               r"\boleh\s+(?-i:[A-Z])", re.IGNORECASE),
    # Round 35c (issue 12): the gauge an office reads, named with the office ("menurut pos duga air
    # BWS Kalimantan II", "berdasarkan alat pantau DLH X", "data stasiun pemantau BMKG Y"): the
    # reading of class 35c-B is sourced by it (DERIVE open36, a must-pass post).
    LazyPattern(r"\b(?:menurut|berdasarkan|sesuai|data)\s+(?:data\s+)?(?:pos\s+(?:duga\s+air|pantau|pemantau|"
               r"pengamatan)|stasiun\s+(?:pemantau|pengamatan|klimatologi|meteorologi|geofisika)|alat\s+(?:pantau|"
               r"pemantau|ukur))(?:\s+(?-i:[a-z]+)){0,2}\s+(?-i:[A-Z])", re.IGNORECASE),
    # "data Dinsos" names a source; "isi data NIK dan KK" asks for personal data.
    LazyPattern(r"\bdata\s+(?:resmi\s+)?(?:dari\s+)?(?!(?-i:NIK|KK|KTP|NPWP|BPJS|Anda|Diri)\b)(?-i:[A-Z])",
               re.IGNORECASE),
    LazyPattern(r"(?-i:[A-Z][\w.]*),?\s+(?:mengatakan|menjelaskan|menyampaikan|menegaskan|menuturkan|"
               r"mengungkapkan|menyebutkan|menerangkan|menyebut|menyatakan|memaparkan|melaporkan|mencatat)\b"),
    # "Laporan Pusdalops BPBD per 2 Desember:", "catatan Dinas Pertanian": a named report (round 10).
    LazyPattern(r"\b(?:laporan|catatan|rekapitulasi|rekap)\s+(?:(?-i:[a-z]+)\s+)?(?-i:[A-Z][A-Za-z]+)",
               re.IGNORECASE),
    # "menurut lurah setempat", "menurut panitia pemilihan": an office whose holder is known (round 10).
    LazyPattern(r"\bmenurut\s+(?:(?:catatan|keterangan|data|rekap|rekapitulasi|pengumuman|daftar\s+hadir)\s+)?(?:lurah|camat|kades|kepala\s+(?:desa|sekolah|dusun|"
               r"puskesmas|dinas|bidang|seksi|kantor)|panitia|ketua\s+panitia|sekretaris\s+desa|sekdes|"
               r"bidan\s+desa|petugas\s+(?:puskesmas|posyandu|desa|kelurahan|kecamatan|dinas))\b",
               re.IGNORECASE),
    # "kato panitia dari Disperindagkop", "sesuai pengumuman resmi panitia", "menurut rekap panitia
    # pemilihan": the committee of the event, whose holder is known, or its tally (round 16:
    # blind9, blind10, open3).
    LazyPattern(r"\b(?:kata|kato|kecek|ujar|jelas|menurut|sesuai)\s+(?:(?:pengumuman|keputusan|rekap|rekapitulasi)\s+"
               r"(?:resmi\s+)?)?(?:ketua\s+)?panitia\b(?!\s+(?:bilang|katanya))", re.IGNORECASE),
    LazyPattern(r"\b(?:kata|ujar|jelas|ungkap|tutur|tegas|terang|papar|sebut|mengatakan|menjelaskan|"
               r"menegaskan|menyampaikan)\s+(?!" + _VAGUE_WORD + r")(?!" + _TITLE_ONLY + r")(?-i:[A-Z])",
               re.IGNORECASE),
    # "kata dr. Rina", "ujar Ir. Hasan": a titled speaker (round 7).
    LazyPattern(r"\b(?:kata|ujar|jelas|ungkap|tutur|tegas|terang|papar|sebut|mengatakan|menjelaskan|"
               r"menegaskan|menyampaikan)\s+(?!" + _TITLE_ONLY + r")"
               r"(?:dr|drg|Ir|Prof|Drs|Dra|H|Hj|Kak|Bapak|Ibu|Pak|Bu)\.?\s+(?-i:[A-Z])", re.IGNORECASE),
    # A source named after the figure, as the writers of round 19 name it: "Data: Puskesmas
    # Sebadu Hulu.", "(berita acara panitia)", "(Dinas Pariwisata)", "disampaikan Direktur
    # BUMDes", "kata petugas Puskeswan Ronggojati", "sesuai ketetapan BAZNAS" (blind9-12, open5-11).
    LazyPattern(r"\b(?:data|sumber\s+data)\s*:\s*(?-i:[A-Z])", re.IGNORECASE),
    # A document of a named kind in brackets after the figure: "(Perda Pajak Daerah Kalijaran)",
    # "(Permentan tentang HET pupuk bersubsidi)", "(SK Dinas Perhubungan 2026)", "(APBD 2026)":
    # the regulation, decree or budget the figure comes from is its source, with or without a
    # number (round 26b: over every open set 96 must-pass posts and no source-labelled one).
    LazyPattern(r"\((?:sesuai\s+|berdasarkan\s+|dasar\s*:?\s*)?(?-i:Perda|Perbup|Perwal|Perwali|Pergub|Permen\w*|"
                r"Kepmen\w*|PP|UU|SK|SE|Perpres|Inpres|Perdes|Perkades|Keputusan|Peraturan|Surat\s+Edaran|Qanun|"
                r"Juknis|DIPA|DPA|APBD|APBDes)\b[^()\n]{0,80}\)"),
    LazyPattern(r"\((?:berita\s+acara|laporan|rekap\w*|catatan|notulen|keterangan|panitia\s+\w+|data\s+(?-i:[A-Z])|"
               r"(?-i:Dinas|Badan|Kantor|Dinkes|Dinsos|Disdik|BPS|BPBD|KPU|Bawaslu|Puskesmas|Pemkab|Pemkot|"
               r"Pemprov|Pemdes|Diskominfo|Kecamatan|Kelurahan))\b[^()\n]{0,80}\)", re.IGNORECASE),
    LazyPattern(r"\b(?:disampaikan|dijelaskan|diungkapkan|dilaporkan|dicatat|disebutkan|dirilis|ditetapkan|"
               r"diumumkan)\s+(?:oleh\s+)?(?!(?-i:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Januari|Februari|"
               r"Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\b)(?-i:[A-Z])",
               re.IGNORECASE),
    LazyPattern(r"\b(?:kata|ujar|jelas|tutur|menurut)\s+(?:petugas|kepala|ketua|pengurus|staf|bidan|dokter|perawat|"
               r"penyuluh|pengelola|koordinator|sekretaris|bendahara|direktur|manajer|pendamping)\s+"
               r"(?:(?-i:[a-z]+)\s+)?(?-i:[A-Z])", re.IGNORECASE),
    LazyPattern(r"\bsesuai\s+(?:ketetapan|keputusan|ketentuan|edaran|arahan|rekomendasi|data|jadwal)\s+"
               r"(?-i:[A-Z])", re.IGNORECASE),
    # "sesuai Perbup", "sesuai rekapitulasi panitia": the rule or the count it follows (round 6).
    LazyPattern(r"\bsesuai\s+(?:(?-i:Perbup|Perwal|Perwali|Perda|Perdes|Perkades|Pergub|Perpres|Permen\w*|PP|UU|SK|SE|Juknis|"
               r"DTKS|APBDes|APBD|DPA|RKPDes|RAPBDes|Musdes)\b|(?:hasil\s+)?rekapitulasi\s+(?:suara\s+)?(?:panitia|KPU|PPK|PPS|Bawaslu)\b)",
               re.IGNORECASE),
    # Round 32a (issue 12): a document named by its kind after a word of accordance ("sesuai
    # berita acara musyawarah warga", "sesuai Petunjuk Teknis …", "sesuai pagu indikatif dari
    # DPMD", "sesuai APBKam 2026", "menurut papan harga pabrik", "(papan harga pabrik, Senin
    # 7/12)", "sebagaimana diumumkan di laman resmi kampus"): the minutes, technical rules, budget
    # ceiling, notice board or official page a figure is read from is a document anyone can check
    # (blind29 README: must-pass statistics are attributed, an SK number or a page will do). Over
    # the open sets 43 posts, every one must-pass; DERIVE blind25, open67-69, open71, open76.
    LazyPattern(r"\b(?:sesuai|sebagaimana|menurut|berdasarkan|mengacu\s+pada|merujuk)\s+(?:dengan\s+|pada\s+)?"
                r"(?:berita\s+acara|notulen|petunjuk\s+(?:teknis|pelaksanaan)|juknis|juklak|pagu|APB[A-Za-z]*|"
                r"DIPA|DPA|RAB|RKP\w*|papan\s+(?:harga|informasi|pengumuman)|daftar\s+harga|"
                r"(?:diumumkan\s+di\s+)?(?:laman|situs|akun|website)\s+resmi)\b"
                r"|\((?:papan\s+(?:harga|informasi|pengumuman)|daftar\s+harga)\b", re.IGNORECASE),
    LazyPattern(r"\b(?:PP|Perpres|Permen\w*|Perda|Perbup|Perwal|Perwali|Pergub|SE|SK|UU|Inpres|Perdes|Perkades|"
               r"Perkada|Kepdes|Kepbup|Kepmen\w*|SKB|Qanun|"
               r"Keputusan|Peraturan|Surat\s+Edaran|Instruksi)\b[^.\n]{0,60}?"
               r"(?:No(?:mor)?\.?\s*)?\d+[^.\n]{0,20}?(?:Tahun\s+|/)\d{4}", re.IGNORECASE),
)
_SPEECH = (r"(?:ujar|kata|jelas|ungkap|tutur|tegas|sebut|imbuh|terang|papar|ucap|pesan|"
           r"mengingatkan|mengimbau|menyatakan|meminta|mengajak|menekankan|berharap|"
           r"katanya|jelasnya|ujarnya|ungkapnya|tuturnya|tegasnya|imbuhnya|terangnya|paparnya|"
           r"menyampaikan|mengatakan|menegaskan|menjelaskan|menuturkan|mengungkapkan|berkata|"
           r"berpesan|menyebutkan|menerangkan)")
# '"…," pesan komisioner KPU, Fitri.': a role before the name; '"…" — Ketua KPU, Ridwan.'
_SPEAKER_AFTER_RE = LazyPattern(
    rf"^[,.\s]*{_SPEECH}\s+(?:(?-i:[a-z]+),?\s+){{0,3}}(?:(?:dr|drg|ir|prof|drs|dra|h|hj)\.?\s+)?(?-i:[A-Z])"
    rf"|^\s*[—–-]{{1,2}}\s*(?-i:[A-Z])",
    re.IGNORECASE)
_PRONOUN_SPEECH_RE = LazyPattern(
    r"^[,.\s]*(?:katanya|jelasnya|ujarnya|ungkapnya|tuturnya|tegasnya|imbuhnya|terangnya|"
    r"paparnya|pesannya|ucapnya|sebutnya)\b", re.IGNORECASE)
# 'Pejabat kita pernah berkata, "…"': a role or pronoun that opens the sentence is no name (round 10).
_UNNAMED_SPEAKER = (r"(?:Pejabat|Orang|Warga|Teman|Kawan|Seorang|Salah|Ahli|Pakar|Dokter|Sumber|Netizen|"
                    r"Warganet|Beliau|Mereka|Dia|Ia|Kami|Kita|Saya|Aku|Ada|Katanya|Konon|Petugas|Pegawai)\b")
_SPEAKER_BEFORE_RE = LazyPattern(
    rf"(?<![\w.])(?!{_UNNAMED_SPEAKER})(?-i:[A-Z])[\w.]*[^.!?\n]{{0,80}}\b{_SPEECH}\s*[,:]?\s*$",
    re.IGNORECASE)

# An institution or office holder as the actor of the claim's sentence is its source ("KPU
# menetapkan DPT sebanyak 480.215 pemilih", "Dinas Sosial menyalurkan Rp300.000").
_ACTOR_RE = LazyPattern(
    r"\b(?:Dinas|Badan|Kantor|Kementerian|Kemen[A-Z]\w*|Pemkab|Pemkot|Pemprov|Pemdes|"
    r"Pemerintah\s+(?:Kabupaten|Kota|Provinsi|Daerah|Desa|Pusat)|KPU|Bawaslu|BPS|BPBD|BPJS|"
    r"Dinkes|Dinsos|Disdik|Disdukcapil|Dukcapil|Bapenda|Bappeda|Puskesmas|RSUD|Polres|Polda|"
    r"Kodim|Bupati|Wakil\s+Bupati|Wali\s*[Kk]ota|Gubernur|Camat|Lurah|Sekda|Kepala\s+[A-Z]\w+|"
    r"Satgas|Kemenkes|Kemensos|BKN|OJK|BMKG|BNN|Bank\s+Indonesia|DPRD|Kejaksaan|Pengadilan|"
    r"Bulog|PLN|PDAM|Samsat|Inspektorat|Sekretariat|"
    # local offices by their usual acronyms (round 7)
    r"Diskominfo|Dinkominfo|Kominfo|Disperindag|Dispora|Disnaker|Disnakertrans|DPMD|Disparbud|Dispar|"
    r"Dishub|DLH|Disperkim|Dispertan|Disdukcapil|DPMPTSP|BKPSDM|BKD|Satpol\s+PP|Kesbangpol)\b")
# Round 35a (issue 12): an office given as a notice's contact, where readers are to ask or complain
# ("Pengaduan: Dinsos 0717-…", "Informasi: Dinas Sosial 0361-…", "Informasi resmi hubungi Dinas
# Sosial …"): the office that issues the notice. Read for the aid-in-kind claims only (DERIVE
# open42, open48: must-pass distribution notices).
_CONTACT_OFFICE_RE = LazyPattern(
    r"\b(?i:informasi|info|pengaduan|narahubung|kontak|hubungi)\b(?i:\s+resmi)?\s*:?\s*(?i:(?:hubungi|ke|di)\s+)?"
    r"(?=" + _ACTOR_RE.pattern + r")")
# An institution named as whose staff, pay or service it is ("tunjangan ASN Pemkab", "layanan
# Dukcapil") is not the actor of the sentence (issue 12 round 4).
# "di wilayah kerja Puskesmas Sukarami" names a place, not who reports the figure (round 7).
_OWNED_BY_RE = LazyPattern(
    r"\b(?:ASN|PNS|pegawai|karyawan|staf|gaji|tunjangan|layanan|pelayanan|punya|memiliki|kartu|"
    r"peserta|iuran|wilayah(?:\s+kerja)?|"
    # "Sahabat Dinkes, kasus DBD melonjak 250 persen": a greeting to the followers; "surat berkop
    # Pemkab", "mengatasnamakan Dinas": a letterhead or a name used, not the actor (round 10).
    r"sahabat|yth\.?|halo|hai|berkop|kop|mengatasnamakan|catut|mencatut|mengaku(?:\s+dari)?|"
    # "Undangan pelatihan Dinkes", "Koperasi binaan Pemkab": whose event or protégé it is.
    r"undangan|pelatihan|bimtek|binaan|mitra|"
    # Round 31a (issue 12): the office whose work a figure judges ("64 persen warga puas dengan
    # kinerja Bupati", "kepuasan terhadap kebijakan Pemkab") is its subject, not its reporter
    # (DERIVE blind27: a satisfaction survey with no name, the shape of a campaign's poll).
    r"kinerja|kepemimpinan|kebijakan|kepuasan\s+(?:terhadap|atas|pada)|puas\s+(?:dengan|terhadap|atas|pada)|"
    # Round 34a (issue 12): an office named as what a figure measures, not as who reports it:
    # its supply ("Air PDAM X cuma mengalir ke 35 persen rumah"), its officials ("70 persen
    # pejabat Pemkab belum lapor LHKPN"), its customers or patients, a scheme one is enrolled in
    # ("9.000 siswa belum terdaftar BPJS Kesehatan"). DERIVE blind30, blind31, open64, open79.
    r"air|pejabat|pelanggan|pasien|terdaftar)\s+$",
    re.IGNORECASE)
# A count of people at the office's own event ("diikuti 150 peserta") is a report, not a statistic.
# Round 31a (issue 12): a member of a scheme ("peserta BPJS Kesehatan", "peserta JKN", "peserta
# PKH") attends nothing: "3.400 warga belum terdaftar sebagai peserta BPJS" is a coverage figure
# (DERIVE blind27; BPJS's own word for its members).
_ATTENDANCE_RE = LazyPattern(
    r"\b(?:mengikuti|diikuti|menghadiri|dihadiri|hadir|berpartisipasi|ikut\s+serta|memadati|di\s+hadapan|"
    r"pelatihan|sosialisasi|lomba|apel|upacara|senam|jalan\s+sehat|"
    r"peserta(?!\s+(?:(?:program\s+)?(?:BPJS|JKN|KIS|PKH|BPNT|Prakerja|asuransi|jaminan\s+sosial|"
    r"Jamsostek|Taspen|Asabri)\b)))\b", re.IGNORECASE)

# "sudah kami salurkan ke 120 KK": the poster reports its own hand-out, it is the source of the
# count (issue 12 round 6), as an institution acting in the sentence is.
_OWN_HANDOUT_RE = LazyPattern(
    r"\bkami\s+(?:salurkan|bagikan|serahkan|berikan|antarkan|kirimkan|distribusikan)\b", re.IGNORECASE)

# An ordinary price ("harga cabai Rp40.000 per kilogram", "tiket masuk Rp10.000") is market or
# service information, not a claim about money or aid that needs a source (issue 12).
_PER_GOODS = (r"kg|kilo(?:gram)?|gram|gr|ons|liter|ltr|l|ekor|buah|ikat|butir|bungkus|karung|sak|tabung|"
              r"lembar|porsi|botol|kaleng|meter|m2|tiket|malam|jam|lusin|kodi|papan|kotak|"
              r"gelas|cangkir|mangkuk|piring|potong|paket|pasang")
_PER_PERIOD = r"hari|bulan|tahun|orang|peserta|rumah|KK"
# "iuran kebersihan Rp10.000 per bulan": a dues rate the post sets, not a claim (round 7).
_PRICE_WORDS = (
    r"\b(?:harga|tarif|tiket|HET|ongkos|biaya\s+(?:parkir|masuk|tiket|sewa|langganan)|retribusi|PNBP|iuran)\b")
_PRICE_TAIL = (
    # A price list ("beras 5 kg Rp60.000"), a cheap market, or a contest's prize (round 7).
    r"|\d+(?:,\d+)?\s*(?:kg|kilo|gram|gr|ons|liter|ltr|l|ikat|butir|bungkus|sak|tabung|botol|pcs|buah)\s+Rp"
    # "satu ekor Rp25 ribu", "Rp5 ribu satu ikat", "Rp15.000 saliter": a unit price said with the
    # quantity word before or after the amount (round 16: blind9, open1).
    r"|\b(?:satu|se|sa|dua|tiga|\d+)\s*(?:ekor|ikat|liter|kilo|kg|butir|bungkus|buah|porsi|botol|ons)\s*,?\s+Rp"
    r"|\bRp\.?\s?[\d.,]+(?:\s*(?:ribu|rb))?\s+(?:satu\s+|se|sa)(?:ekor|ikat|liter|kilo|kg|butir|bungkus|buah|porsi|botol|ons|lusin|"
    r"gelas|cangkir|mangkuk|piring|potong|paket)\b"
    # A seller's own offer: "Jual rumah … Rp185 juta", "Sewa tenda … Rp1,2 juta", "thrift sale
    # mulai Rp15.000", "Paket 100 kursi Rp1,2 juta", "kain 2 meter Rp185.000", "tickets
    # Rp10.000": the poster names the price it asks, it is the source (round 23: blind13,
    # blind14, open5, open6).
    r"|\b(?:jual|dijual|menjual|sewa|disewakan|menyewakan|thrift|sale|promo|diskon|tickets?|ticket\s+price)\b|\bpaket\s+\d"
    r"|\bmulai\s+(?:dari\s+)?Rp"
    r"|\d+(?:,\d+)?\s*(?:meter|m|lembar|paket|set|pasang)\s+Rp"
    # "umroh murah Rp9 juta", "Rp150 jt sudah termasuk SK": a package price (round 10).
    r"|\bmurah\b|\b(?:sudah\s+)?termasuk\b"
    r"|\b(?:pasar\s+murah|operasi\s+pasar|bazar|lomba|turnamen|kompetisi|sayembara|kejuaraan|"
    r"juara\s+(?:pertama|kedua|ketiga|harapan|umum|I{1,3}|[1-3]))\b")
_PRICE_RE = LazyPattern(_PRICE_WORDS + rf"|(?:per|/)\s*(?:{_PER_GOODS}|{_PER_PERIOD})\b" + _PRICE_TAIL,
                        re.IGNORECASE)

# "akan menerima Rp600.000 per bulan", "digaji Rp400 ribu per bulan", "pendapatan … Rp1,8 juta per
# bulan": an amount someone receives or earns over a period is a claim, not a price; only a price
# of goods counts then (round 23: blind12, open5, open9, open10).
_EARNING_RE = LazyPattern(
    r"\b(?:menerima|mendapat(?:kan)?|memperoleh|digaji|bergaji|pendapatan|penghasilan|upah|honorarium|"
    # Round 30a: the bare forms of receiving ("Dapat Rp2.400.000 per tahun", "terima Rp600 ribu
    # per bulan"), as the regions and chat write them (DERIVE blind25).
    r"dapat|dapet|terima(?!\s+kasih)|nerima|"
    # Round 29a: an allowance, a salary or a balance paid per period ("uang saku Rp2.500.000 per bulan").
    r"gaji|uang\s+saku|insentif|tunjangan|honor|saldo|keuntungan|untung|profit)\b",
    re.IGNORECASE)
_GOODS_PRICE_RE = LazyPattern(_PRICE_WORDS + rf"|(?:per|/)\s*(?:{_PER_GOODS})\b" + _PRICE_TAIL, re.IGNORECASE)

# A sale or a rental named by its verb is a price even beside an aid word (round 23, blind14).
_SALE_RE = LazyPattern(r"\b(?:jual|dijual|menjual|sewa|disewakan|menyewakan)\b", re.IGNORECASE)

_VAGUE_FIELD_RE = LazyPattern(
    r"^\s*(?:internet|google|wa|whatsapp|grup(?:\s+\w+)*|group(?:\s+\w+)*|medsos|media\s+sosial|"
    r"sebelah|info\s+\w+(?:\s+\w+)?|katanya|netizen|warganet|teman|viral|-+|\.+|\?+|tidak\s+ada|"
    r"ada|x|n/?a)\s*$", re.IGNORECASE)

_MESSAGES = {
    ClaimKind.PERCENT: "angka persentase",
    ClaimKind.MONEY: "jumlah uang atau bantuan",
    ClaimKind.PEOPLE: "jumlah orang",
    ClaimKind.DEADLINE: "tanggal atau batas waktu bantuan",
    ClaimKind.HEALTH: "klaim kesehatan",
    ClaimKind.QUOTE: "kutipan",
    ClaimKind.STATISTIC: "angka statistik",
}


def find_claims(text: str) -> list[Claim]:
    """Every claim in ``text`` that needs a source, in text order (a quotation whose speaker
    is named beside it is not listed: it is already attributed)."""
    claims: list[Claim] = []
    named: list[tuple[int, int]] = []  # quoted titles and quoted messages: nothing inside is a claim
    contact: bool | None = None  # an office given as the notice's contact (_CONTACT_OFFICE_RE)
    for kind, pattern in _CLAIM_RES:
        for match in finditer_chunked(pattern, text):
            if kind is ClaimKind.QUOTE and not 25 <= len(match.group(1)) <= 400:
                continue
            if kind is ClaimKind.QUOTE and (_is_title(match.group(1)) or _NAMED_WORDING_RE.search(
                    text[max(0, match.start() - 40):match.start()])):
                named.append(match.span())
                continue
            # '"Dua periode, kenapa tidak?"': a quoted question asserts nothing (round 6).
            if kind is ClaimKind.QUOTE and match.group(1).rstrip().endswith("?"):
                continue
            if kind is ClaimKind.QUOTE and _speaker_named(text, match.start(), match.end()):
                named.append(match.span())  # what a named speaker says is attributed to him
                continue
            # 'Jang percaya pesan yang bilang "…"', '… "Selamat! Anda menang …" — itu scam',
            # 'Bu guru bilang: "Anak-anak, pilih satu gambar …"', 'orator berteriak "bakar …"': the
            # wording of a scam or hoax warned about, and words addressed to someone (a request,
            # a call, an order) assert no fact that needs a source (round 11, open1-4). Claims
            # inside it (a sum, a cure) are still claims.
            if kind is ClaimKind.QUOTE and (_is_address(match.group(1))
                                            or warned_about(text, match.start(), match.end())):
                continue
            if kind is ClaimKind.QUOTE and _SHOWN_MESSAGE_RE.search(
                    text, max(0, match.start() - 80), match.start()):
                continue
            if kind is ClaimKind.PERCENT and _SCORE_WEIGHT_RE.search(
                    text, *_sentence_of(text, match.start(), match.end())):
                continue
            if kind is ClaimKind.PERCENT and (_FIGURATIVE_RE.search(
                    text[max(0, match.start() - 25):match.end()])
                    or _PLEDGE_AFTER_RE.match(text, match.end())
                    or _OFFER_BEFORE_RE.search(text[max(0, match.start() - 30):match.start()])
                    or _PROMISE_AFTER_RE.match(text, match.end())):
                continue
            if kind in (ClaimKind.MONEY, ClaimKind.PERCENT) and _is_demand(text, match.start(), match.end()):
                continue
            # 'WASPADA PENIPUAN … mengatasnamakan Dinas: "… berhak menerima bantuan Rp5.000.000 …"',
            # 'ngaku wong dinas, "iso nguruske mutasi Rp15 juta". Iku penipuan': a sum inside the
            # scam's wording a warning quotes is the scam's, not a claim of the post (round 24:
            # blind13, open6; no DERIVE writer labels such a post source).
            if kind in (ClaimKind.MONEY, ClaimKind.PERCENT) and (_in_warned_quote(
                    text, match.start(), match.end()) or _in_single_quoted_warning(
                    text, match.start(), match.end())):
                continue
            # "HOAKS! Akun yang menawarkan bantuan Rp5 juta adalah palsu": a claim the sentence
            # itself calls false is the clarification's subject, not a claim (round 10).
            if kind is not ClaimKind.QUOTE and _clarified(text, match.start(), match.end()):
                continue
            if kind is ClaimKind.HEALTH and _DENIED_RE.search(
                    text, _clause_start(text, match.start()), match.start()):
                continue
            # "dijamin menyembuhkan kanker dalam 3 hari", "menyembuhkan segala penyakit": a cure
            # promised in a set time, guaranteed, or for every illness is a hoax's shape
            # (hoaks.kesembuhan-kilat), not a claim a source could back: the post is to be taken
            # down, not sourced (round 16; blind 9-10 and open 1-4 label these hoax only).
            if kind is ClaimKind.HEALTH and _MIRACLE_RE.search(
                    text, *_sentence_of(text, match.start(), match.end())):
                continue
            # "… diabetes sembuh total dalam 10 hari tanpa obat dokter. Terbukti ampuh, …": a
            # bare "terbukti ampuh" right after the miracle's sentence is the same promise
            # (round 29a; blind23 README: a bare "terbukti" carries no source label).
            if kind is ClaimKind.HEALTH and _after_miracle(text, match.start(), match.end()):
                continue
            if "aid" in match.re.groupindex:
                # an aid amount in kind (round 35a) in a notice that gives an office as whom to ask
                # or complain to ("Pengaduan: Dinsos 0717-…", "Informasi: Dinas Sosial …"): the
                # office issues the notice
                if contact is None:  # looked for once per text, not once per amount
                    contact = search_chunked(_CONTACT_OFFICE_RE, text) is not None
                if not contact:
                    claims.append(Claim(kind, *match.span("aid"), match.group("aid")))
                continue
            if "fig" in match.re.groupindex:
                # the counted subject only frames the figure (round 30a): the claim is the figure,
                # so a reading of it that starts before it ("so capai 3 juta ton") keeps its span
                claims.append(Claim(kind, *match.span("fig"), match.group("fig")))
                continue
            claims.append(Claim(kind, match.start(), match.end(), match.group()))
    for sentence in _SENTENCE_RE.finditer(text):
        lo, hi = sentence.span()
        if not _BENEFIT_RE.search(text, lo, hi):
            continue
        for match in _DEADLINE_RE.finditer(text, lo, hi):
            claims.append(Claim(ClaimKind.DEADLINE, match.start(), match.end(), match.group()))
    claims.sort(key=lambda c: (c.start, c.end))
    kept: list[Claim] = []
    inside_named = Coverage(Span(lo, hi) for lo, hi in named)
    for claim in claims:  # drop claims nested in an earlier one (a sum inside a quotation)
        if kept and claim.start < kept[-1].end:
            continue
        if inside_named(claim.start, claim.end):
            continue
        kept.append(claim)
    return kept


# A quotation that opens by addressing someone ("Anak-anak, …", "Ibu-ibu, …", "Nak, …") or
# whose clause opens with a request or a call ("Pilihlah …", "jangan lupa coblos …", "…, jadi
# pilih …", "bakar kantor ini").
_ADDRESS_RE = LazyPattern(
    r"^\W*(?:anak-anak|ibu-ibu|bapak-bapak|bapak/ibu|bapak\s+ibu|kawan-kawan|teman-teman|"
    r"saudara-saudara|dunsanak|nak|yah|ayah|bunda|ma|pa|dek|adik-adik|guys|gaes|sodara-sodara)\b[^,.!?]{0,25},"
    r"|\bjangan\s+lupa\b"
    r"|(?:^\W*|[,;.!]\s+|\b(?:jadi|tapi|maka|ayo|mari|yuk|tolong|mohon|silakan|pastikan)\s+)"
    r"(?:jangan|pilih(?:lah)?|coblos(?:lah)?|contreng(?:lah)?|dukung(?:lah)?|menangkan|tolak(?:lah)?|"
    r"bawa(?:lah)?|kumpulkan|usir|bakar|serang|hajar|boikot|sebarkan|bagikan|laporkan)\b",
    re.IGNORECASE)
def _is_address(quoted: str) -> bool:
    return bool(_ADDRESS_RE.search(quoted))


def _is_demand(text: str, start: int, end: int) -> bool:
    """Whether the amount at ``start:end`` is a fee the reader is asked to pay (and not one
    that releases aid, nor an amount the reader is to receive)."""
    lo = max(_clause_start(text, start), start - 45)
    if _DEMAND_AFTER_RE.match(text, end):
        return True
    # "Rp 350rb ke rekening HRD" (unless it releases aid), "Rp8 juta aja, DM gue": asked, not
    # paid out to the reader
    paid_to = _PAID_TO_AFTER_RE.match(text, end)
    if (paid_to or _PRICE_ASKED_AFTER_RE.match(text, end)
            or _PER_HEAD_BEFORE_RE.search(text, lo, start)) and not _PAYOUT_BEFORE_RE.search(
            text, lo, start) and not _BENEFIT_RE.search(text, lo, start):
        return not _releases_aid(text, start, end) if paid_to else True
    demand = _DEMAND_BEFORE_RE.search(text, lo, start)
    if not demand or _PAYOUT_BEFORE_RE.search(text, lo, start):
        return False
    # "bantuan modal UMKM Rp2,4 juta", "hibah modal usaha Rp10 juta": the capital is the aid
    # paid out, not a fee (round 29a: blind24).
    if _AID_BEFORE_RE.search(text, max(0, demand.start() - 20), demand.start()):
        return False
    return not _releases_aid(text, start, end)


def _releases_aid(text: str, start: int, end: int) -> bool:
    """Whether the line around the fee at ``start:end`` says the fee releases aid."""
    line_lo = text.rfind("\n", 0, start) + 1
    line_hi = text.find("\n", end)
    return bool(_RELEASES_AID_RE.search(text, max(line_lo, start - 160),
                                        min(line_hi if line_hi >= 0 else len(text), end + 160)))


def _speaker_named(text: str, start: int, end: int) -> bool:
    if (_SPEAKER_AFTER_RE.search(text[end:end + 40])
            or _SPEAKER_BEFORE_RE.search(text[max(0, start - 120):start])):
        return True
    # 'Sekda Kab. Bone: "…"', 'Kepala Dinas X, Drs. Nama, mengingatkan: "…"', 'Pesan Bupati
    # dalam upacara …: "…"': an office or office holder introduces the quote with a colon.
    lead = text[_clause_start(text, start):start]
    if _COLON_LEAD_RE.search(lead) and (_TITLED_NAME_RE.search(lead)
                                        or _institution_acts(lead, 0, len(lead))):
        return True
    # '"…," tuturnya.': the speaker is the office or office holder of the sentences before
    return bool(_PRONOUN_SPEECH_RE.search(text[end:end + 20])
                and (_ACTOR_RE.search(text, max(0, start - 300), start)
                     or _TITLED_NAME_RE.search(text, max(0, start - 300), start)))


_COLON_LEAD_RE = LazyPattern(r":\s*$")
_TITLED_NAME_RE = LazyPattern(r"\b(?:Pak|Bu|Bapak|Ibu|Drs?|Ir|Prof|H|Hj)\.?\s+(?-i:[A-Z])\w+")
# A period after these is not a sentence end (Kab. Bone, Drs. Asep).
_ABBREV_BEFORE_DOT = frozenset({"kab", "kec", "kel", "ds", "drs", "dr", "ir", "prof", "h", "hj", "st",
                                "no", "jl", "s", "m", "sos", "pd", "kom", "ak", "se", "mm", "mh"})


def _clause_start(text: str, pos: int, reach: int = 160) -> int:
    """Where the sentence holding ``pos`` starts, looking back at most ``reach`` characters;
    an abbreviation's period (Kab., Drs.) or one inside a number does not end a sentence."""
    lo = max(0, pos - reach)
    start = lo
    for m in re.finditer(r"[!?\n]|\.(?=\s)", text[lo:pos]):
        if m.group() == ".":
            word = re.search(r"(\w+)$", text[lo:lo + m.start()])
            if word and word.group(1).lower() in _ABBREV_BEFORE_DOT:
                continue
        start = lo + m.end()
    return start


def has_attribution(text: str) -> bool:
    """Whether ``text`` names a source somewhere (see the module docstring)."""
    return attribution_cue(text) is not None


def attribution_cue(text: str) -> tuple[int, int] | None:
    """The span of the first source cue of ``text`` (in the order of the cues), or None."""
    for pattern in _CUE_RES:
        found = search_chunked(pattern, text)
        if found is not None:
            return found.span()
    return None


def is_vague_source_field(sources: str) -> bool:
    return bool(sources.strip()) and bool(_VAGUE_FIELD_RE.match(sources))


def check_sources(text: str, *, sources: str = "") -> list[Finding]:
    """Findings for claims without a source, and for a Sumber field that names none."""
    field_given = bool(sources.strip()) and not is_vague_source_field(sources)
    findings: list[Finding] = []
    if sources.strip() and not field_given:
        findings.append(Finding(
            rule_id=VAGUE_FIELD_RULE_ID, category=Category.SOURCE, severity=Severity.WARNING,
            start=0, end=0,
            message=(f"Kolom Sumber (“{sources.strip()}”) tidak menyebut sumber yang bisa dicek. "
                     "Tulis lembaga, dokumen, pejabat atau alamat situs resminya."),
            reference=REFERENCE))
    if field_given or has_attribution(text):
        return findings
    for claim in find_claims(text):
        if _sourced_in_sentence(text, claim):
            continue
        what = _MESSAGES[claim.kind]
        severity = Severity.WARNING
        if claim.kind is ClaimKind.QUOTE and not _unnamed_speaker(text, claim):
            severity = Severity.INFO
        findings.append(Finding(
            rule_id=RULE_ID, category=Category.SOURCE, severity=severity,
            start=claim.start, end=claim.end, actual=claim.text,
            message=(f"“{_short(claim.text)}” adalah {what} tanpa sumber. Sebut sumbernya di teks "
                     "(misalnya “menurut data Dinas Sosial”, “Sumber: BPS”, nama dan jabatan "
                     "pembicara) atau isi kolom Sumber."),
            reference=REFERENCE))
    return findings


# A quotation asks for a look (a warning) when its speaker is left unnamed: an official, an
# expert, a resident or "he" with no name ("kata seorang pejabat", "Pejabat kita pernah berkata",
# "begitu janji pemerintah", "katanya"), or a text said to circulate ("Foto surat berkop Pemkab
# beredar: …"). A quotation an office or a named role introduces, a relative's saying in a
# campaign post, a sample answer or a prayer is shown as information only: across the 23 open
# writers' sets the quotation branch fired right 21 times and falsely 41 times (20 on must-pass
# posts, 13 writers); its right firings are nearly all of the unnamed-speaker class (issue 12,
# precision pass by rule).
_UNNAMED_NOUN = (r"(?:pejabat|pakar|ahli|anggota(?:\s+dewan)?|pemerintah|warga|orang\s+dalam|orang|"
                 r"sumber|narasumber|tokoh|pengamat|petugas|pegawai)")
_UNNAMED_LEAD_RE = LazyPattern(
    rf"\b{_UNNAMED_NOUN}\b(?:\s+(?-i:[a-z]\w*)){{0,3}}\s*[,:]?\s*$"
    r"|\b(?:beredar|viral|tersebar|berantai)\s*[,:]?\s*$", re.IGNORECASE)
_UNNAMED_TAIL_RE = LazyPattern(
    rf"^[^.!?\n\w]*(?:(?:begitu\s+)?(?:(?-i:[a-z]\w*)\s+){{1,2}}?(?:seorang\s+|salah\s+(?:satu|seorang)\s+|para\s+)?"
    rf"{_UNNAMED_NOUN}\b(?!\s+(?-i:[A-Z]))"
    r"|(?:katanya|ujarnya|jelasnya|ungkapnya|tuturnya|tegasnya|sebutnya|ucapnya)\b)", re.IGNORECASE)


def _unnamed_speaker(text: str, claim: Claim) -> bool:
    """Whether the quotation ``claim`` is said by someone the post leaves unnamed."""
    lo = _clause_start(text, claim.start)
    return bool(_UNNAMED_LEAD_RE.search(text[lo:claim.start])
                or _UNNAMED_TAIL_RE.search(text[claim.end:claim.end + 60]))


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start:end``; a period inside a number (Rp10.000) ends none."""
    before = [m.end() for m in _SENTENCE_END_RE.finditer(text, max(0, start - _REACH), start)]
    after = _SENTENCE_END_RE.search(text, end, end + _REACH)
    return (before[-1] if before else max(0, start - _REACH) if start > _REACH else 0,
            after.start() if after else min(len(text), end + _REACH))


# How far a claim's sentence reaches on either side: a text with no sentence end (a pasted
# table, 1 MB of amounts) must not make every claim read the rest of the text.
_REACH = 400


_SENTENCE_END_RE = LazyPattern(r"[!?\n]|\.(?!\d)")


def _institution_acts(text: str, lo: int, hi: int) -> bool:
    """Whether an institution or office holder in ``text[lo:hi]`` is named as an actor, not as
    whose staff, letterhead or greeting it is (_OWNED_BY_RE)."""
    return any(not _OWNED_BY_RE.search(text, max(lo, m.start() - 20), m.start())
               and not _GIVER_BEFORE_RE.search(text, max(lo, m.start() - 60), m.start())
               and not _PLACE_BEFORE_RE.search(text, max(lo, m.start() - 12), m.start())
               and not _NOT_REPORTER_BEFORE_RE.search(text, max(lo, m.start() - 60), m.start())
               for m in _ACTOR_RE.finditer(text, lo, hi))


# Round 29a (issue 12): an institution named in a role other than who reports the figure. The
# one that pays an amount out ("saldo DANA kaget Rp1.000.000 dari Pemkot", "hadiah Rp5 juta dari
# Bank X"), the one a venture claims oversees or licenses it ("sudah diawasi OJK", "terdaftar di
# OJK", "bekerja sama dengan Dinas …"), and the owner of a course or an opening a few words
# after it ("Pelatihan kerja gratis Disnaker", "lowongan kerja PLN"): the claim stays the
# poster's own. The shape of a scam's borrowed authority (Siberkreasi; OJK's waspada investasi
# notes); DERIVE blind23/24: three fraud posts labelled source whose figure an institution
# in these roles was taken to source.
_NOT_REPORTER_BEFORE_RE = LazyPattern(
    r"(?:\bRp\.?\s?[\d.,]+(?:\s*(?:ribu|rb|juta|jt|miliar))?|\b(?:saldo|hadiah|uang|dana|gaji|insentif|"
    r"hibah|santunan)\b)[^.!?\n]{0,40}?\bdari\s+$"
    r"|\b(?:diawasi|diawasin|terdaftar\s+(?:di|pada|resmi\s+di)|berizin|izin\s+resmi|resmi\s+dari|diakui|"
    r"dijamin|bekerja\s*sama\s+dengan|kerja\s*sama\s+dengan|bermitra\s+dengan|mitra\s+resmi|"
    r"didukung|disponsori|direstui|dibekingi|bekingan|di\s+bawah\s+naungan)\s+(?:oleh\s+)?$"
    r"|\b(?:pelatihan|bimtek|lowongan|loker|rekrutmen|seleksi|penerimaan|magang)\s+(?:(?-i:[a-z]+)\s+){1,2}$",
    re.IGNORECASE)


# "Kunjungan ke Puskesmas Pokko' Ulu naik 40 persen", "antrean di RSUD": an office after "ke" or
# "di" is where something happens, not who reports the figure (round 26b: open54).
_PLACE_BEFORE_RE = LazyPattern(r"\b(?:ke|di|menuju|sampai\s+ke)\s+$", re.IGNORECASE)


# "bantuan UMKM Rp2.400.000 dari Dinas Koperasi", "bansos tunai Rp600.000 dari Pemkot",
# "beasiswa Pemkab X Rp6 juta": the institution named as the giver of the aid, not as who
# reports the figure (round 16: blind9, open1, open4).
_GIVER_BEFORE_RE = LazyPattern(
    r"\b(?:bantuan|bansos|beasiswa|hibah|santunan|insentif|subsidi)\b[^.!?\n]{0,45}?\bdari\s+$"
    r"|\b(?:bantuan|bansos|beasiswa|hibah|santunan|insentif|subsidi)(?:\s+(?:tunai|modal|usaha|UMKM|sosial|pendidikan))?\s+$",
    re.IGNORECASE)


def _sourced_in_sentence(text: str, claim: Claim) -> bool:
    """An institution acting in the claim's sentence, a head count at one's own event or
    hand-out, or an ordinary price."""
    lo, hi = _sentence_of(text, claim.start, claim.end)
    if claim.kind is not ClaimKind.QUOTE and _may_start(text, _ACTOR_RE, lo, hi) \
            and _institution_acts(text, lo, hi):
        return True
    if claim.kind is ClaimKind.MONEY and _may_start(text, _PRICE_RE, lo, hi) \
            and not _MOVED_TO_RE.search(text, max(lo, claim.start - 45), claim.start) \
            and not _MOVE_START_RE.match(claim.text) \
            and (_GOODS_PRICE_RE if _EARNING_RE.search(text, lo, hi) else _PRICE_RE).search(text, lo, hi) \
            and (not _BENEFIT_RE.search(text, lo, hi) or _SALE_RE.search(text, lo, hi)):
        return True  # a price, not an amount of aid ("jual rumah subsidi": a sale all the same)
    if claim.kind is ClaimKind.PEOPLE and _OWN_HANDOUT_RE.search(text[lo:hi]):
        return True
    return claim.kind is ClaimKind.PEOPLE and _may_start(text, _ATTENDANCE_RE, lo, hi) \
        and bool(_ATTENDANCE_RE.search(text, lo, hi)) \
        and not _ESTIMATE_BEFORE_RE.search(text, max(lo, claim.start - 30), claim.start)


# "Harga beras sudah turun jadi Rp12.500/kg", "ongkos naik dari Rp450 ribu jadi Rp700 ribu",
# "harga madu tembus Rp400 ribu per botol": a price that moved or reached a level is a change
# someone measured, not the poster's own price list, so the price words do not cover it (round
# 28a: blind21, blind22, blind20, open51, open53; 'harga … Rp118.000 per kilo' stays a price).
_MOVED_TO_RE = LazyPattern(
    rf"\b(?:{_PRICE_MOVE})\s+(?:dari\s+(?:Rp\.?\s?)?[\d.,]+\s*(?:ribu|rb|juta|jt)?\s+)?(?:{_MOVE_TO}\s+)?$",
    re.IGNORECASE)

_MOVE_START_RE = LazyPattern(rf"(?:{_PRICE_MOVE})\b", re.IGNORECASE)


# "Diperkirakan 5.000 orang hadir", "ditaksir 2.500 jamaah akan hadir": an estimate of a crowd is
# a figure someone made, not the poster's own head count at its event, so the attendance words do
# not cover it (round 26b: open51, open53; over every open set three such posts, two labelled
# source and one must-pass whose report names Dinas Perhubungan).
_ESTIMATE_BEFORE_RE = LazyPattern(
    r"\b(?:diperkirakan|diprediksi|diprakirakan|ditaksir|diestimasi|diproyeksikan|kira-kira|kurang\s+lebih)"
    r"(?:\s+(?:sebanyak|mencapai|sekitar|lebih\s+dari|hampir))?\s*$", re.IGNORECASE)


# Where each of these cues could start in a text, found once per text: a window with no such
# place cannot hold the cue, so its search is skipped (on 1 MB of amounts with no sentence end,
# ~91,000 claims each searched 800 characters three times). The look-ahead holds each pattern
# without its trailing \b, which the window's end could satisfy where the text's next
# character does not: every place a search in a window can start at is in the list.
_STARTS_RES = {cue: LazyPattern("(?=" + cue.pattern.replace(r")\b|", ")|").removesuffix(r"\b") + ")",
                               cue.flags)
               for cue in (_ACTOR_RE, _PRICE_RE, _ATTENDANCE_RE)}
_last_starts: dict[LazyPattern, tuple[str, list[int]]] = {}


def _may_start(text: str, cue: LazyPattern, lo: int, hi: int) -> bool:
    """Whether ``cue`` could start a match somewhere in ``text[lo:hi]``."""
    known = _last_starts.get(cue)
    if known is None or (known[0] is not text and known[0] != text):
        known = (text, [m.start() for m in finditer_chunked(_STARTS_RES[cue], text)])
        _last_starts[cue] = known
    k = bisect_left(known[1], lo)
    return k < len(known[1]) and known[1][k] < hi


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"
