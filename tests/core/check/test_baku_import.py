"""The IndoCollex section of resources/rules/baku-kamus.tsv and the filters of
scripts/import_baku_pairs.py that chose it (sentences written for these tests)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from core.app.paths import resource_dir
from core.check.findings import Category
from core.check.orthography import Orthography
from core.check.spelling import Speller

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def orthography() -> Orthography:
    return Orthography(speller=Speller.from_resources(resource_dir()))


@pytest.fixture(scope="module")
def importer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "import_baku_pairs", ROOT / "scripts" / "import_baku_pairs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("text", "actual", "right"), [
    ("Warga menjaga silaturrahmi antarkampung setiap bulan.", "silaturrahmi", "silaturahmi"),
    ("Mutu beras itu sudah sesuai standart gudang desa.", "standart", "standar"),
    ("Perajin itu masih memakai cara aseli dalam menenun.", "aseli", "asli"),
    ("Panitia lansung membagikan bibit kepada kelompok tani.", "lansung", "langsung"),
    # the root carries its affixes (istighfar -> beristigfar is built by the morphology)
    ("Jemaah diajak beristighfar setelah salat.", "beristighfar", "beristigfar"),
])
def test_imported_pairs_are_flagged(orthography: Orthography, text: str, actual: str,
                                    right: str) -> None:
    found = [f for f in orthography.check(text) if f.actual == actual]
    assert found and found[0].rule_id == "baku.kamus"
    assert found[0].suggestions[0] == right and found[0].category is Category.STANDARD


@pytest.mark.parametrize("text", [
    # pileg (pemilihan legislatif) is a word: the list's pileg -> pilek was filtered out
    "Tahapan pileg dimulai bulan depan di seluruh kecamatan.",
    # the list's formal side is not KBBI's (diubah -> dirubah): the pair went out
    "Jadwal pelayanan diubah mulai pekan ini.",
    # names and brands the judging took out
    "Rapat dipimpin Bapak Sholeh di aula kantor camat.",
])
def test_filtered_keys_are_not_flagged(orthography: Orthography, text: str) -> None:
    assert not [f for f in orthography.check(text) if f.rule_id == "baku.kamus"]


def test_filters_tell_register_from_spelling(importer: ModuleType) -> None:
    assert importer.spoken("ngabisin", "menghabiskan")
    assert importer.spoken("diliat", "dilihat")
    assert importer.spoken("pesenan", "pesanan")
    assert "dapet" in importer.colloquial_forms("dapat")
    assert "sampe" in importer.colloquial_forms("sampai")
    assert importer._chat("apaa", "apa") and importer._chat("telp", "telepon")
    assert not importer._chat("silaturrahmi", "silaturahmi")  # a doubled consonant is a spelling
    assert not importer.spoken("aseli", "asli") and not importer._chat("aseli", "asli")


def test_section_is_what_the_script_writes() -> None:
    """The section's pairs are sorted, lower case, one word each, and none is a key of the
    rest of the file (the script drops those as already listed)."""
    text = (resource_dir() / "rules" / "baku-kamus.tsv").read_text(encoding="utf-8")
    head, _, section = text.partition("# >>> indocollex")
    body = section.splitlines()[1:section.splitlines().index("# <<< indocollex")]
    pairs = [line.split("\t") for line in body]
    assert len(pairs) == 33 and pairs == sorted(pairs)
    keys_before = {line.split("\t")[0] for line in head.splitlines()
                   if line and not line.startswith("#")}
    assert all(k.isalpha() and k.islower() and v.isalpha() for k, v in pairs)
    assert not keys_before & {k for k, _ in pairs}
