from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest
from spylls.hunspell import Dictionary

from core.app.paths import resource_dir
from core.check.lexicon import LEXICON_FILE, Kind, Lexicon, LexiconError, RegionLevel, open_lexicon
from core.check.morphology import stem_root

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(resource_dir() / LEXICON_FILE)


def test_committed_lexicon_was_built_from_the_committed_sources() -> None:
    # scripts/build_lexicon.py records the SHA-256 of every input and of its output; a changed
    # source (a word added to accept.tsv, a new id_ID) without a rebuild fails here.
    manifest = json.loads((resource_dir() / "lexicon" / "lexicon.json").read_text(encoding="utf-8"))
    for name, digest in manifest["inputs"].items():
        assert hashlib.sha256((ROOT / name).read_bytes()).hexdigest() == digest, (
            f"{name} changed: run python scripts/build_lexicon.py")
    built = (resource_dir() / LEXICON_FILE).read_bytes()
    assert hashlib.sha256(built).hexdigest() == manifest["sha256"]


def test_hunspell_forms_are_what_hunspell_accepts(lexicon: Lexicon) -> None:
    dictionary = Dictionary.from_files(str(resource_dir() / "dictionaries" / "id_ID"))
    rng = random.Random(13)
    for prefix in ("ber", "di", "meng", "pe", "ke", "ter", "se"):
        forms = [key[2:] for key in lexicon._trie.keys("w:" + prefix)
                 if lexicon.entry(key[2:]).kind & Kind.HUNSPELL]
        for form in rng.sample(forms, 10):
            assert dictionary.lookup(form), form


@pytest.mark.parametrize("word", ["digelar", "diumumkan", "pertanggungjawaban", "menggunakan"])
def test_affixed_forms_are_compiled_in(lexicon: Lexicon, word: str) -> None:
    assert lexicon.lookup(word) is not None


def test_case_follows_hunspell(lexicon: Lexicon) -> None:
    assert lexicon.lookup("pemerintah") and lexicon.lookup("Pemerintah")
    assert lexicon.lookup("PEMERINTAH")
    assert lexicon.lookup("Maret") and lexicon.lookup("MARET")


def test_english_words_and_regions(lexicon: Lexicon) -> None:
    assert lexicon.is_english("workshop") and not lexicon.is_english("pemerintah")
    assert lexicon.region_word("sleman") == ("Sleman", RegionLevel.MAJOR | RegionLevel.DISTRICT)
    assert lexicon.region_word("banyumas")[0] == "Banyumas"
    names = dict(lexicon.region_names())
    assert "Daerah Istimewa Yogyakarta" in names and "Aceh Selatan" in names


def test_missing_file_names_the_build_script(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="build_lexicon"):
        Lexicon(tmp_path / "tidak-ada.marisa")


def test_word_frequencies_are_compiled_in(lexicon: Lexicon) -> None:
    # wordfreq's Indonesian Zipf values, for word forms the lexicon accepts only.
    assert lexicon.zipf("yang") > lexicon.zipf("pemerintah") > lexicon.zipf("pelestarian") > 3
    assert lexicon.zipf("pemerintahh") == 0.0  # no word
    assert lexicon.zipf("the") == 0.0  # an English word: no Indonesian form of the lexicon


def test_frequent_forms_carry_the_root_the_morphology_reads(lexicon: Lexicon) -> None:
    # The build stores stem_root of every frequent form so a check need not analyse it; the
    # stored root must be what stem_root reads now over the same lexicon's stems (a changed
    # morphology.py without a rebuild fails here and in the manifest test).
    def is_stem(word: str) -> bool:
        entry = lexicon.entry(word)
        return entry is not None and bool(entry.kind & Kind.STEM)

    forms = [form for form, _zipf in lexicon.frequent_words()]
    assert len(forms) > 10_000
    assert [lexicon.frequent_root(f) for f in forms] == [stem_root(f, is_stem) for f in forms]
    assert lexicon.frequent_root("memilih") == "pilih" and lexicon.frequent_root("rumah") == "rumah"
    assert lexicon.frequent_root("pemerintahh") is None  # no frequency: not stored


def test_open_lexicon_maps_a_file_once_and_again_when_it_is_rebuilt(tmp_path: Path) -> None:
    shipped = resource_dir() / LEXICON_FILE
    assert open_lexicon(shipped) is open_lexicon(shipped)
    copy = tmp_path / "lexicon.marisa"
    copy.write_bytes(shipped.read_bytes())
    first = open_lexicon(copy)
    assert first is not open_lexicon(shipped) and first.lookup("rumah") is not None
    copy.write_bytes(shipped.read_bytes() + b"\0" * 8)  # rebuilt in place: another size
    assert open_lexicon(copy) is not first
    with pytest.raises(LexiconError):
        open_lexicon(tmp_path / "missing.marisa")


def test_the_standard_forms_baku_toml_prescribes_are_words(lexicon: Lexicon) -> None:
    # A rule of the standard-word check names its KBBI lemma in its reference ("KBBI Daring:
    # tarawih"); the spelling check must not call that very word unknown (id_ID lacks
    # insyaallah, tarawih, uneg-uneg, voucer). Bound forms (pasca-) are written joined and
    # stay out.
    import re
    import tomllib

    from core.check.morphology import BOUND_FORMS

    rules = tomllib.loads((resource_dir() / "rules" / "baku.toml").read_text(encoding="utf-8"))
    lemmas = set()
    for rule in rules["rule"]:
        match = re.match(r"KBBI(?: Daring| V)?: ([^;]+)", rule.get("reference", ""))
        for part in re.split(r",|\bdan\b|\batau\b", match.group(1) if match else ""):
            word = part.strip().strip("'\"“”")
            if re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word) and word not in BOUND_FORMS:
                lemmas.add(word)
    assert {"insyaallah", "tarawih", "uneg-uneg", "voucer", "cenderamata"} <= lemmas
    assert [w for w in sorted(lemmas) if lexicon.lookup(w) is None] == []
    assert lexicon.lookup("pasca") is None  # a bound form: pascabencana, pasca-Idulfitri
