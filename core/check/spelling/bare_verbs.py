"""A transitive verb written bare where formal prose needs its meN- prefix.

*untuk promosikan produk*, *akan laksanakan Pilhut*, *Pemprov akan terus kirimkan bantuan*:
after a word of aim or aspect (*untuk, akan, terus, mulai …*) the active verb takes meN-
(*mempromosikan, melaksanakan, mengirimkan*). Only a derived verb is read this way: a form in
-kan or in per- (*salurkan, perkuat*) that the lexicon holds but not as a stem, so a root that
is a word of its own (*makan, tekan, gelar*) is never flagged. Left alone, because Indonesian
allows them: a pronoun before the aspect word (*kita akan salurkan*, *kami akan terus
tingkatkan*: spoken passive, which editors leave; not after *untuk*: *mereka datang untuk
promosikan* is still a slip), an agent between (*akan kami laksanakan*),
and an exhortation at a sentence or clause start (*Terus tingkatkan prestasi!*, *jika air naik,
segera amankan dokumen*; *segera* is no trigger: it mostly asks).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.check.findings import Category, Finding, Severity
from core.check.lexicon import Kind, Lexicon
from core.check.text import Token

RULE_ID = "spelling.tanpa-awalan"
# Words of aim or aspect after which the active verb is written with meN-.
TRIGGERS = frozenset({
    "untuk", "guna", "agar", "supaya", "akan", "hendak", "bakal", "terus", "mulai", "sedang",
    "telah", "sudah", "belum", "masih", "dapat", "bisa", "mampu", "harus", "wajib",
    "ingin", "berhasil",
})
# Words of aim: the verb after them is never the clause's own passive, whatever its subject.
AIMS = frozenset({"untuk", "guna"})
# Subjects before the aspect word that make the bare verb the spoken passive (kita akan
# salurkan = akan kita salurkan).
PRONOUNS = frozenset({
    "saya", "aku", "kami", "kita", "anda", "kamu", "engkau", "kalian", "dia", "ia", "mereka",
    "beliau",
})
# How far back (in words) a pronoun subject is looked for before the aspect words.
_PRONOUN_WINDOW = 3
# How common (wordfreq Zipf) the meN- form must be to be offered.
_MIN_ZIPF = 3.0
_MIN_LETTERS = 6
# The nasal of meN- before a root's first letter; a root in k, p, t or s loses that letter
# (kirim -> mengirim, salur -> menyalur), a loan often keeps it (promosi -> mempromosi).
_NASALS = ("me", "mem", "men", "meng", "menge")
_DROPPED = {"k": "meng", "p": "mem", "t": "men", "s": "meny"}


def me_forms(word: str) -> Iterator[str]:
    """Every spelling meN- + ``word`` could take (the lexicon decides which is a word)."""
    for nasal in _NASALS:
        yield nasal + word
    dropped = _DROPPED.get(word[0])
    if dropped is not None:
        yield dropped + word[1:]


def bare_verb_findings(text: str, tokens: list[Token], starts: frozenset[int],
                       lexicon: Lexicon) -> list[Finding]:
    """A finding for each derived verb written without meN- right after an aim or aspect
    word; ``tokens`` are the text's words in order."""
    findings: list[Finding] = []
    for i, token in enumerate(tokens):
        word = token.text
        if (len(word) < _MIN_LETTERS or not word.islower() or not word.isalpha()
                or not (word.endswith("kan") or word.startswith("per"))
                or i == 0 or tokens[i - 1].text.lower() not in TRIGGERS
                or text[tokens[i - 1].end:token.start] != " "):
            continue
        entry = lexicon.entry(word)
        if entry is None or entry.kind & Kind.STEM:
            continue  # not a word, or a root of its own (makan, tekan)
        first = i - 1  # the first of the aim and aspect words (akan terus kirimkan)
        while (first > 0 and tokens[first - 1].text.lower() in TRIGGERS
               and text[tokens[first - 1].end:tokens[first].start] == " "):
            first -= 1
        if tokens[first].start in starts or (
                first > 0 and tokens[first].text.lower() not in AIMS
                and any(m in text[tokens[first - 1].end:tokens[first].start] for m in ",:;")):
            continue  # Terus tingkatkan prestasi! Jika air naik, terus amankan dokumen.
        before = tokens[i - 1].text.lower()
        if before not in AIMS and _pronoun_subject(text, tokens, first):
            continue  # kita akan salurkan (but: mereka datang untuk promosikan)
        active = _commonest(me_forms(word), lexicon)
        if active is None:
            continue
        passive = "di" + word
        suggestions = (active, passive) if lexicon.zipf(passive) >= _MIN_ZIPF else (active,)
        findings.append(Finding(
            rule_id=RULE_ID, category=Category.SPELLING, severity=Severity.WARNING,
            start=token.start, end=token.end, actual=text[token.start:token.end],
            message=(f"“{word}” sesudah “{before}” kehilangan awalannya: dalam kalimat baku "
                     f"tulis “{active}” (aktif)"
                     + (f" atau “{passive}” (pasif)." if len(suggestions) > 1 else ".")),
            suggestions=suggestions, reference="Tata Bahasa Baku Bahasa Indonesia: verba "
                                               "aktif transitif berawalan meN-"))
    return findings


def _pronoun_subject(text: str, tokens: list[Token], first: int) -> bool:
    """Whether a personal pronoun stands among the few words before ``first`` in the same
    clause (no sentence mark or comma between)."""
    for j in range(first - 1, max(-1, first - 1 - _PRONOUN_WINDOW), -1):
        if any(mark in text[tokens[j].end:tokens[j + 1].start] for mark in ".,;:!?\n"):
            return False
        if tokens[j].text.lower() in PRONOUNS:
            return True
    return False


def _commonest(forms: Iterator[str], lexicon: Lexicon) -> str | None:
    best: tuple[float, str] | None = None
    for form in forms:
        zipf = lexicon.zipf(form)
        if zipf >= _MIN_ZIPF and lexicon.entry(form) is not None and (
                best is None or zipf > best[0]):
            best = (zipf, form)
    return best[1] if best else None
