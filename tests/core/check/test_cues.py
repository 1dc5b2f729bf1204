"""Cues: terms word by word, roots through morphology, shapes by regular expression."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.check.cues import CueFileError, Words, build_cue, cue_list, read_toml

HERE = Path("cues.toml")


def cue(**entry: object):
    return build_cue({"id": "t", "reason": "uji", **entry}, HERE, "[[t]]")


def test_terms_match_whole_words_in_any_case_and_across_hyphens() -> None:
    c = cue(terms=["KTP-el", "jemput bola"])
    text = "Layanan JEMPUT  BOLA perekaman ktp el; bukan ktpel."
    words = Words(text)
    assert [text[h.start:h.end] for h in c.find_all(text, words)] == ["JEMPUT  BOLA", "ktp el"]
    assert not cue(terms=["bola"]).occurs("bolak-balik", Words("bolak-balik"))


def test_roots_match_every_affixed_form() -> None:
    c = cue(roots=["daftar"])
    text = "Pendaftaran dibuka; segera mendaftar atau daftarkan anak Anda."
    words = Words(text)
    assert [text[h.start:h.end] for h in c.find_all(text, words)] == [
        "Pendaftaran", "mendaftar", "daftarkan"]


def test_prefixes_and_objects_limit_a_root() -> None:
    bring = cue(roots=["bawa"], prefixes=["me", ""])
    assert bring.occurs("Wajib membawa KTP.", Words("Wajib membawa KTP."))
    assert not bring.occurs("Pembawa acara hadir.", Words("Pembawa acara hadir."))
    receive = cue(roots=["terima"], objects=["kunjungan", "audiensi"])
    assert receive.occurs("Bupati menerima kunjungan tim.", Words("Bupati menerima kunjungan tim."))
    assert not receive.occurs("Warga menerima bantuan.", Words("Warga menerima bantuan."))


def test_after_words_place_a_term() -> None:
    place = cue(terms=["balai desa", "puskesmas"], after=["di", "ke"], reach=2)
    assert place.occurs("Datang ke Puskesmas Martapura.", Words("Datang ke Puskesmas Martapura."))
    assert place.occurs("di halaman balai desa", Words("di halaman balai desa"))
    assert not place.occurs("Kader puskesmas melayani.", Words("Kader puskesmas melayani."))


def test_shapes_and_at() -> None:
    c = cue(patterns=[r"\bpukul\s+\d{1,2}[.:]\d{2}"], terms=["besok"])
    text = "Besok pukul 08.00 WIB"
    words = Words(text)
    assert [(h.start, h.end) for h in c.find_all(text, words)] == [(0, 5), (6, 17)]
    assert c.at(text, words, 0) and c.at(text, words, 1) and not c.at(text, words, 2)


def test_exact_terms_match_in_their_case_only() -> None:
    c = cue(exact=["BPJS Kesehatan"])
    text = "Kartu BPJS Kesehatan, bukan bpjs kesehatan"
    words = Words(text)
    assert [(h.start, h.end) for h in c.find_all(text, words)] == [(6, 20)]
    assert c.at(text, words, 1) and not c.at(text, words, 4)


def test_roots_with_prefixes_and_suffix() -> None:
    c = cue(roots=["daftar"], prefixes=["me"], suffix="kan")
    text = "Mendaftarkan anak; pendaftaran dibuka; mendaftar sendiri"
    words = Words(text)
    assert [text[h.start:h.end] for h in c.find_all(text, words)] == ["Mendaftarkan"]


@pytest.mark.parametrize("entry, message", [
    ({"id": "x", "reason": "r"}, "perlu 'terms'"),
    ({"id": "x", "terms": ["a"]}, "'reason' wajib"),
    ({"id": "x", "reason": "r", "terms": "a"}, "harus bertipe list"),
    ({"id": "x", "reason": "r", "kata": ["a"]}, "kunci tidak dikenal"),
    ({"id": "x", "reason": "r", "patterns": ["(a"]}, "ekspresi reguler tidak sah"),
    ({"id": "x", "reason": "r", "terms": ["a"], "case_sensitive": True}, "'terms' selalu"),
])
def test_bad_entries_are_refused_with_a_message(entry: dict, message: str) -> None:
    with pytest.raises(CueFileError, match=message):
        build_cue(entry, HERE, "[[t]] #1")


def test_files_are_read_or_refused(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text('[[cue]]\nid = "a"\nreason = "r"\nterms = ["besok"]\n', encoding="utf-8")
    assert [c.id for c in cue_list(read_toml(good), "cue", good)] == ["a"]
    bad = tmp_path / "bad.toml"
    bad.write_text("[[cue]\n", encoding="utf-8")
    with pytest.raises(CueFileError, match="bukan TOML"):
        read_toml(bad)
    with pytest.raises(CueFileError, match="tidak dapat dibaca"):
        read_toml(tmp_path / "missing.toml")
