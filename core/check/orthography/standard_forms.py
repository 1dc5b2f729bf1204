"""Non-standard forms by class, not one word at a time (category ``standard``): a KBBI
alternation the writer applied to a word no list names.

- *-ir* verbs from Dutch/English (akomodir, lokalisir, sterilisir): KBBI's standard base
  ends in *-asi* (akomodasi), with every affix kept (diakomodir -> diakomodasi,
  mengakomodirnya -> mengakomodasinya). Only when the *-asi* form is a word and the *-ir*
  form is none.
- *optimis*/*pesimis* as adjectives: KBBI's *optimis* is the person (seorang optimis), the
  adjective *optimistis* (kami optimistis target tercapai).
Sources: KBBI Daring (lema akomodasi, lokalisasi, optimistis, pesimistis); Pedoman Umum
Pembentukan Istilah (serapan -ation -> -asi).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.check.findings import Category
from core.check.orthography.context import Context, Hit
from core.check.text import match_case

_IR_RE = re.compile(r"^(.{4,}?)ir(nya|lah|kan)?$")
_UNMERGED_NASAL = re.compile(r"^(me|pe)(ng|m|n)([kpst])([aeiou].+)$")
_MERGED = {"k": "ng", "p": "m", "s": "ny", "t": "n"}
# Adjectives KBBI writes -istis; the bare -is form is the person.
_ISTIS = {"optimis": "optimistis", "pesimis": "pesimistis"}
_PERSON_BEFORE = frozenset({"seorang", "kaum", "para", "sang", "si", "orang", "golongan"})


def _merged(word: str) -> str:
    """meN-/peN- with k, p, s, t merged, as KBBI writes it (mengkoordinasi -> mengoordinasi)."""
    match = _UNMERGED_NASAL.match(word)
    if match is None:
        return word
    head, _, consonant, rest = match.groups()
    return head + _MERGED[consonant] + rest


def ir_verbs(ctx: Context) -> Iterator[Hit]:
    speller, standard = ctx.vocab.speller, ctx.vocab.standard
    for token in ctx.words:
        word = token.text
        lower = word.lower()
        if (not lower.endswith(("ir", "irnya", "irlah", "irkan")) or not word.isalpha()
                or not (word.islower() or word.istitle()) or lower in standard):
            continue  # (the baku pack's own pairs answer for themselves)
        match = _IR_RE.match(lower)
        if match is None or speller.is_known(lower):
            continue
        stem, tail = match.group(1), match.group(2) or ""
        right = _merged(stem + "asi" + tail)
        if not speller.is_known(right):
            continue
        right = match_case(right, word)
        yield Hit("serapan-asi", token.start, token.end, right,
                  f"“{word}” tidak baku: kata serapan bentuk -ir ditulis dengan bentuk bakunya "
                  f"yang berakhiran -asi: “{right}” (KBBI).", category=Category.STANDARD)


def istis_adjectives(ctx: Context) -> Iterator[Hit]:
    words = ctx.words
    for i, token in enumerate(words):
        standard = _ISTIS.get(token.text.lower())
        if standard is None or (i > 0 and words[i - 1].text.lower() in _PERSON_BEFORE):
            continue
        right = match_case(standard, token.text)
        yield Hit("sifat-istis", token.start, token.end, right,
                  f"“{token.text}” sebagai kata sifat tidak baku; KBBI: “{right}” "
                  f"(“{token.text.lower()}” adalah orangnya).", category=Category.STANDARD)
