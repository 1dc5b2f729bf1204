from __future__ import annotations

import re
import unicodedata

import pytest

from core.check.text import (
    CHUNK,
    TokenKind,
    findall_chunked,
    finditer_chunked,
    fold_separators,
    is_abbreviation,
    line_col,
    match_case,
    search_chunked,
    sentence_starts,
    tokenize,
    words,
)

W, U, E, M, H, N = (TokenKind.WORD, TokenKind.URL, TokenKind.EMAIL, TokenKind.MENTION,
                    TokenKind.HASHTAG, TokenKind.NUMBER)


def _tokens(text: str) -> list[tuple[str, TokenKind]]:
    return [(t.text, t.kind) for t in tokenize(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Warga datang", [("Warga", W), ("datang", W)]),
    ("anak-anak bermain", [("anak-anak", W), ("bermain", W)]),
    ("ibu-ibu, bapak-bapak.", [("ibu-ibu", W), ("bapak-bapak", W)]),
    ("Jum'at dan Jum’at", [("Jum'at", W), ("dan", W), ("Jum’at", W)]),
    ("kata- kata", [("kata", W), ("kata", W)]),  # a dangling hyphen is not part of the word
    ("Lihat https://kominfo.go.id/berita?id=1.", [("Lihat", W), ("https://kominfo.go.id/berita?id=1", U)]),
    ("(www.jakarta.go.id)", [("www.jakarta.go.id", U)]),
    ("http://a.id, lalu", [("http://a.id", U), ("lalu", W)]),
    ("kirim ke humas@kab.go.id.", [("kirim", W), ("ke", W), ("humas@kab.go.id", E)]),
    ("@diskominfo_kab halo", [("@diskominfo_kab", M), ("halo", W)]),
    ("#SaringSebelumSharing #2024", [("#SaringSebelumSharing", H), ("#2024", H)]),
    ("a@b", [("a", W), ("b", W)]),  # neither an e-mail nor a mention
    ("Rp 10.000", [("Rp", W), ("10.000", N)]),
    ("Rp10.000", [("Rp", W), ("10.000", N)]),
    ("pukul 15.00 WIB", [("pukul", W), ("15.00", N), ("WIB", W)]),
    ("3,5 km", [("3,5", N), ("km", W)]),
    ("12/10/2024", [("12/10/2024", N)]),
    ("tahun 1990-an", [("tahun", W), ("1990-an", N)]),
    ("Rp10.000,50", [("Rp", W), ("10.000,50", N)]),
])
def test_tokenize_kinds(text: str, expected: list[tuple[str, TokenKind]]) -> None:
    assert _tokens(text) == expected


@pytest.mark.parametrize(("text", "number"), [
    ("Harga 10.000.", "10.000"),
    ("pukul 15.00, lalu", "15.00"),
    ("Tahun 2024: baik", "2024"),
    ("nomor 3.", "3"),
    ("tanggal 12/10/2024.", "12/10/2024"),
])
def test_number_excludes_trailing_punctuation(text: str, number: str) -> None:
    numbers = [t for t in tokenize(text) if t.kind is N]
    assert [t.text for t in numbers] == [number]
    assert text[numbers[0].start:numbers[0].end] == number


@pytest.mark.parametrize("prefix", ["😀 ", "😀😀😀 ", "𝐀𝐁 ", "👨‍👩‍👧 ", "東京 ", "\n\t "])
def test_offsets_are_code_points_after_emoji_and_non_bmp(prefix: str) -> None:
    text = prefix + "pemerintah kota"
    token = next(t for t in tokenize(text) if t.text == "pemerintah")
    assert (token.start, token.end) == (len(prefix), len(prefix) + len("pemerintah"))


@pytest.mark.parametrize("text", [
    "😀 Halo @warga, cek https://a.go.id/😀x atau tulis ke a.b@c.go.id #Info 10.000 anak-anak",
    "𝐀𝐁𝐂 Rp10.000,00 pukul 15.00. Jum’at\n\n#tagar_1 @x",
])
def test_every_token_slices_back_out_of_the_text(text: str) -> None:
    tokens = tokenize(text)
    assert tokens
    for t in tokens:
        assert text[t.start:t.end] == t.text
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)


def test_words_keeps_only_words() -> None:
    assert [t.text for t in words("Cek @a #b 10 https://x.id c@d.id kata")] == ["Cek", "kata"]


def test_non_bmp_letter_is_a_word() -> None:
    assert _tokens("𝐀 kata") == [("𝐀", W), ("kata", W)]


@pytest.mark.parametrize(("text", "starts"), [
    ("", set()),
    ("   ", set()),
    ("Satu. Dua! Tiga? Empat", {0, 6, 11, 17}),
    ("  Hai. Dia", {2, 7}),
    ("H. Ahmad datang. Dr. Budi pulang.", {0, 17}),
    ("Kab. Bogor dan Jl. Merdeka, dll. Semua", {0}),
    ("Harga 10.000. Besok naik", {0, 14}),
    ('Dia bilang "Ya." Lalu pergi', {0, 17}),
    ("Tunggu… Lalu", {0, 8}),
    ("Satu\nDua\n\n  Tiga", {0, 5, 12}),
    ("Akhir.", {0}),
    ("Akhir. ", {0}),
    ("Prof. Dr. Ir. H. Ahmad hadir", {0}),
])
def test_sentence_starts(text: str, starts: set[int]) -> None:
    assert sentence_starts(text) == starts


@pytest.mark.parametrize(("word", "expected"), [
    ("Dr", True), ("dll", True), ("KAB", True), ("s.d", True), ("dokter", False), ("Budi", False),
])
def test_is_abbreviation(word: str, expected: bool) -> None:
    assert is_abbreviation(word) is expected


@pytest.mark.parametrize(("text", "offset", "expected"), [
    ("abc", 0, (1, 1)),
    ("abc", 2, (1, 3)),
    ("ab\ncd", 2, (1, 3)),  # the newline itself is on line 1
    ("ab\ncd", 3, (2, 1)),
    ("ab\ncd\n\nef", 8, (4, 2)),
    ("😀\nx", 2, (2, 1)),
])
def test_line_col(text: str, offset: int, expected: tuple[int, int]) -> None:
    assert line_col(text, offset) == expected


@pytest.mark.parametrize(("candidate", "model", "expected"), [
    ("imbau", "himbau", "imbau"),
    ("imbau", "Himbau", "Imbau"),
    ("imbau", "HIMBAU", "IMBAU"),
    ("mengimbau", "MengHimbau", "Mengimbau"),
    ("daring", "A", "Daring"),  # one capital letter is capitalised, not all caps
    ("Jakarta", "jakarta", "Jakarta"),  # a capitalised candidate keeps its capital
    ("izin", "", "izin"),
])
def test_match_case(candidate: str, model: str, expected: str) -> None:
    assert match_case(candidate, model) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Salam-Dua  Jari", "salam dua jari"),
    ("salam dua jari", "salam dua jari"),
    ("  SEBARKAN -- ke\tsemua ", "sebarkan ke semua"),
    ("a - b", "a b"),
    ("sebarkan\nke semua", "sebarkan ke semua"),
])
def test_fold_separators(phrase: str, expected: str) -> None:
    assert fold_separators(phrase) == expected


def test_first_line_cuts_with_an_ellipsis() -> None:
    from core.check.text import first_line

    assert first_line("  Judul singkat\nisi panjang", 40) == "Judul singkat"
    assert first_line("a" * 10, 5) == "aaaa…"
    assert first_line("", 5) == ""


# -- scanning long texts in chunks (the GIL is handed back between chunks) ------------------

_LONG = ("Warga dihimbau datang ke kantor desa. Sumber: BPS\n" * 40
         + "x" * 300 + ". kalimat panjang tanpa titik " * 30 + "\nakhir #tagar https://a.go.id/x")


@pytest.mark.parametrize("pattern", [
    r"\w+",  # dense
    r"#\w+|https?://\S+",  # sparse, only near the end
    r"[^.!?\n]+(?:[.!?]+|\n|$)",  # long matches that cross chunk ends; "$" at a chunk's end
    r"x{50,}",  # one match longer than a chunk and its margin
    r"(?<=\S)[ ]{2,}(?=\S)|\bdesa\b",  # look-around and \b across chunk ends
])
def test_chunked_scan_finds_what_one_scan_finds(pattern: str) -> None:
    compiled = re.compile(pattern)
    whole = [m.span() for m in compiled.finditer(_LONG)]
    for chunk, margin in ((7, 60), (64, 80), (1000, 100)):  # margin: more than any attempt reads
        assert [m.span() for m in finditer_chunked(compiled, _LONG, chunk=chunk, margin=margin)] == whole


def test_findall_in_pieces_finds_what_one_findall_finds() -> None:
    """Word runs never span a space, so pieces cut after a space lose and split none, also
    where a piece boundary falls inside a long word or the text has no space for a while."""
    text = ("kirim dana ke rekening " * (CHUNK // 10) + "x" * (CHUNK + 5) + " akhir_kata 12ab "
            + "y" * 3)
    for pattern in (r"[0-9A-Za-z_]+", r"[^\W\d_]+"):
        compiled = re.compile(pattern)
        assert findall_chunked(compiled, text) == compiled.findall(text)
    assert findall_chunked(re.compile(r"\w+"), "") == []


def test_a_truncated_match_at_the_margin_is_matched_again_whole() -> None:
    text = "a" * 100 + "b"
    # In the window the run of a's ends at the margin, where "$" would match; the whole text says no.
    assert [m.span() for m in finditer_chunked(r"a+$", text, chunk=10, margin=20)] == []
    # ... and a run the window cut short comes out whole.
    assert [m.span() for m in finditer_chunked(r"a+", text, chunk=10, margin=20)] == [(0, 100)]


def test_search_chunked_is_the_first_match() -> None:
    assert search_chunked(r"Sumber: (\w+)", _LONG).group(1) == "BPS"
    assert search_chunked(r"tidak ada", _LONG) is None
    assert search_chunked(r"x*", "") is not None  # an empty text is scanned once


def test_link_spans_include_bare_domains_with_their_path() -> None:
    from core.check.text import link_spans

    text = ("Cek di cekbansos-kemensos.xyz, unduh s.id/formpkk atau https://x.go.id/a. "
            "Bukan tautan: dan itu.")
    assert [text[a:b] for a, b in link_spans(text)] == [
        "cekbansos-kemensos.xyz", "s.id/formpkk", "https://x.go.id/a"]


def test_a_dateline_domain_after_a_slash_is_a_link_but_a_path_part_is_not() -> None:
    from core.check.text import link_spans

    text = "SUKAMAJU/warta-desa.com – Warga membuka arsip/data.id hari ini."
    assert [text[a:b] for a, b in link_spans(text)] == ["warta-desa.com"]


def test_link_spans_remembered_for_the_text_just_read_are_what_a_fresh_read_gives() -> None:
    from core.check.text import _link_spans, forget_sentence_starts, link_spans

    forget_sentence_starts()
    texts = ["Cek di cekbansos-kemensos.xyz atau https://x.go.id/a.", "Tanpa tautan.",
             "Unduh s.id/formpkk, lalu cek bit.ly/abc."]
    for text in texts + texts[::-1]:
        first = link_spans(text)
        first.append((0, 0))  # a caller's change to its list stays its own
        assert link_spans(text) == link_spans(text) == _link_spans(text)
    edited = texts[0].replace("-kemensos", "")  # an edit is a new text: read afresh
    assert link_spans(edited) == _link_spans(edited) != _link_spans(texts[0])
    forget_sentence_starts()
    assert link_spans(texts[2]) == _link_spans(texts[2])


def test_tokens_are_normalised_with_offsets_into_the_original_text() -> None:
    text = "Peme\u00adrintah\u200b menyiapkan Jum\u2019at Kafe\u0301 baru."
    words = [t for t in tokenize(text) if t.kind.value == "word"]
    assert [w.norm() for w in words] == ["Pemerintah", "menyiapkan", "Jum'at", "Kafé", "baru"]
    for word in words:  # offsets still point into what the user wrote
        assert text[word.start:word.end] == word.text
        assert unicodedata.normalize("NFC", word.text.replace("\u00ad", "")
                                     ).replace("\u2019", "'") == word.norm()
    assert words[0].text == "Peme\u00adrintah"


def test_lazy_pattern_compiles_on_first_use_and_matches_like_re() -> None:
    from core.check.text import LazyPattern, finditer_chunked

    lazy = LazyPattern(r"(?<![\w])(?:kerja[\s\-]+sama)(?![\w])", re.IGNORECASE)
    assert lazy._compiled is None  # nothing compiled while loading
    text = "Kerja sama desa; kerjasama; kerja-sama."
    eager = re.compile(lazy.pattern, re.IGNORECASE)
    assert [m.span() for m in finditer_chunked(lazy, text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.search(text) is not None and lazy.fullmatch("kerja sama") is not None
    assert lazy.match(text, 17) is None


def test_a_run_of_marks_ends_a_sentence_once() -> None:
    text = "Tunggu……! Besok kita mulai." + "…" * 2000
    assert sentence_starts(text) == frozenset({0, text.index("Besok")})
