"""The shipped data: every rule pack and word list in resources/ loads and is documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.app.paths import resource_dir
from core.check.rules import load_pack
from core.check.text import fold_separators
from core.check.wordlists import load_wordlist

PACKS = sorted((resource_dir() / "rules").glob("*.toml"))
WORDLISTS = sorted((resource_dir() / "vocab").glob("*.tsv"))


def test_there_is_shipped_data() -> None:
    assert len(PACKS) >= 2
    assert {p.name for p in WORDLISTS} >= {"accept.tsv", "abbreviations.tsv"}


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.name)
def test_pack_loads_and_every_rule_is_explained(path: Path) -> None:
    pack = load_pack(path)
    # a pack too big for one file goes on in <id>2.toml under the same id (penipuan2.toml)
    assert pack.id == path.stem or f"{pack.id}2" == path.stem
    assert pack.rules
    for rule in pack.rules:
        assert rule.message.strip(), rule.id
        assert rule.reference.strip(), rule.id
        assert rule.reason.strip(), rule.id
        for term, replacement in rule.swap.items():
            # a term must match itself, and its replacement must not be flagged again
            assert rule.matcher.fullmatch(term), (rule.id, term)
            assert not rule.matcher.search(replacement), (rule.id, replacement)


def test_rule_ids_are_unique_across_packs() -> None:
    ids = [rule.id for path in PACKS for rule in load_pack(path).rules]
    assert len(ids) == len(set(ids))


def test_pack_ids_are_unique() -> None:
    """One file per pack id, except a second part (<id>2.toml) right after its first."""
    ids = [load_pack(path).id for path in PACKS]
    firsts = [i for i, path in zip(ids, PACKS, strict=True) if i == path.stem]
    assert len(firsts) == len(set(firsts))
    for i, path in zip(ids, PACKS, strict=True):
        assert i == path.stem or (path.stem == f"{i}2" and i in firsts), path.name


@pytest.mark.parametrize("path", WORDLISTS, ids=lambda p: p.name)
def test_wordlist_loads(path: Path) -> None:
    entries = load_wordlist(path)
    assert entries
    for word, reason in entries.items():
        assert reason.strip() and word == word.strip(), word
        if path.name != "regions.tsv":  # region names have several words (Ogan Ilir)
            assert " " not in word, word


def test_region_names_are_written_with_capitals() -> None:
    entries = load_wordlist(resource_dir() / "vocab" / "regions.tsv")
    assert len(entries) >= 200
    assert [n for n in entries if not all(w[:1].isupper() for w in n.replace("-", " ").split())] == []


def test_accept_list_is_lowercase() -> None:
    """accept.tsv is matched in any case; an entry with capitals would only hide that."""
    entries = load_wordlist(resource_dir() / "vocab" / "accept.tsv")
    assert [w for w in entries if w != w.lower()] == []


def test_swap_keys_are_folded() -> None:
    for path in PACKS:
        for rule in load_pack(path).rules:
            assert all(key == fold_separators(key) for key in rule.swap), rule.id


@pytest.mark.parametrize("path", sorted((resource_dir() / "rules" / "contoh").glob("*.toml")),
                         ids=lambda p: p.name)
def test_example_packs_load_and_are_not_default(path: Path) -> None:
    pack = load_pack(path)
    assert pack.rules and all(r.reason for r in pack.rules)
    assert path not in PACKS


def test_every_word_class_is_explained_and_every_shape_names_known_classes() -> None:
    """A class a shape names but no shipped pack defines would silently match nothing."""
    import re

    from core.check.rules.matcher import grammar_of
    from core.check.rules.shapes import BUILTIN, SENTENCE_END

    packs = [load_pack(path) for path in PACKS]
    defined = set(BUILTIN) | {"*", SENTENCE_END} | {w.name for p in packs for w in p.words}
    for pack in packs:
        for words in pack.words:
            assert words.reason.strip(), (pack.id, words.name)
            if words.terms or words.exact or words.roots:
                assert words.source.strip(), (pack.id, words.name)
        shapes = ([r.shape for r in pack.rules if r.shape] + [w.shape for w in pack.words if w.shape]
                  + [s for c in pack.contexts for s in (c.shape, c.unless) if s])
        for shape in shapes:
            for tag in re.findall(r"<([^<>\s]+)>", shape):
                for name in tag.partition(":")[0].split("|"):
                    assert name in defined, (pack.id, name)
        assert all(r.act is False or r.severity.value == "error" for r in pack.rules), pack.id
    grammar = grammar_of(packs)  # every shape compiles
    for pack in packs:
        for context in pack.contexts:
            for shape in (context.shape, context.unless):
                if shape:
                    grammar.compile(shape)


def test_every_context_a_rule_names_is_defined_and_explained() -> None:
    """A context no shipped pack defines would never hold: the rule would fire as before."""
    packs = [load_pack(path) for path in PACKS]
    defined = {c.id for p in packs for c in p.contexts}
    assert all(c.reason.strip() and c.source.strip() for p in packs for c in p.contexts)
    named = {name for p in packs for r in p.rules for name in r.contexts}
    assert named and named <= defined, named - defined


def test_split_fraud_pack_keeps_its_rule_order() -> None:
    """penipuan2.toml holds the later rules of the fraud pack split in round 20 of issue 12: it
    must load right after penipuan.toml, so that when two fraud rules mark the very same words
    the one kept (the first, core.check.overlap.drop_covered) is the one kept before the split."""
    names = [p.name for p in PACKS]
    assert names.index("penipuan2.toml") == names.index("penipuan.toml") + 1
    first, second = (load_pack(resource_dir() / "rules" / n) for n in ("penipuan.toml", "penipuan2.toml"))
    assert {r.id.partition(".")[0] for r in (*first.rules, *second.rules)} == {"penipuan"}
    assert first.id == second.id == "penipuan"  # one pack to the user (core.check.packs)
