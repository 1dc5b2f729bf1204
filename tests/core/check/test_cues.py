"""Cues: terms word by word, roots through morphology, shapes by regular expression."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.check.cues import CueFileError, Words, build_cue, cue_list, read_checked
from core.check.text import LazyPattern

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
    assert [c.id for c in cue_list(read_checked(good)[0], "cue", good)] == ["a"]
    bad = tmp_path / "bad.toml"
    bad.write_text("[[cue]\n", encoding="utf-8")
    with pytest.raises(CueFileError, match="bukan TOML"):
        read_checked(bad)
    with pytest.raises(CueFileError, match="tidak dapat dibaca"):
        read_checked(tmp_path / "missing.toml")


def test_shipped_cue_files_are_read_from_the_build_copy_and_every_pattern_compiles() -> None:
    """The checker compiles the patterns of a cue file the build checked when first used;
    this is the check that makes that safe (scripts/compile_rules.py runs it too)."""
    import importlib.util

    from core.app.paths import resource_dir

    spec = importlib.util.spec_from_file_location(
        "compile_rules", resource_dir().parent / "scripts" / "compile_rules.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    folder = resource_dir() / "rules" / "informasi"
    assert sorted(script.CUE_FILES) == sorted(p.name for p in folder.glob("*.toml"))
    assert script.check_cue_files(resource_dir()) == []
    for name in script.CUE_FILES:
        assert read_checked(folder / name)[1], f"{name}: run python scripts/compile_rules.py"


def test_a_bad_pattern_in_an_edited_cue_file_is_named_while_loading(tmp_path: Path) -> None:
    """A file no longer matching the build copy is not trusted: its patterns compile at once."""
    import shutil

    from core.app.paths import resource_dir
    from core.check.informativeness import AnnouncementRules
    from core.check.tomlcache import COMPILED_NAME

    resources = tmp_path / "resources"
    folder = resources / "rules" / "informasi"
    folder.mkdir(parents=True)
    shutil.copy(resource_dir() / COMPILED_NAME, resources / COMPILED_NAME)
    source = (resource_dir() / "rules" / "informasi" / "pengumuman.toml").read_text(encoding="utf-8")
    path = folder / "pengumuman.toml"
    path.write_text(source, encoding="utf-8")
    rules = AnnouncementRules.load(path)  # unchanged: read from the copy, compiled lazily
    assert read_checked(path)[1]
    lazy = [c.shapes for c in rules.openers + rules.past + rules.genres if c.shapes is not None]
    assert lazy and all(isinstance(s, LazyPattern) for s in lazy)
    strict = AnnouncementRules.load(path, strict=True)
    compiled = [c.shapes for c in strict.openers + strict.past + strict.genres if c.shapes is not None]
    assert len(compiled) == len(lazy) and all(isinstance(s, re.Pattern) for s in compiled)
    marker = "patterns = ['"
    assert marker in source
    path.write_text(source.replace(marker, marker + "(?P<x", 1), encoding="utf-8")
    assert not read_checked(path)[1]
    with pytest.raises(CueFileError, match="ekspresi reguler tidak sah"):
        AnnouncementRules.load(path)
