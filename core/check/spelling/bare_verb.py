"""A -kan or -i verb with its meN- dropped after the name of who acts (news-headline style).

*Pemerintah Kabupaten Sukamaju laksanakan apel pagi*, *Kepala Dinas Rina Lestari sampaikan
bahwa …*, *Polsek Kota, lakukan patroli*: the subject is a name (a capitalised word, a body or
a person), so the verb after it is active and takes meN- (*melaksanakan, menyampaikan,
melakukan*); a bare -kan form is the imperative or the passive with a pronoun for agent
(*kami laksanakan*), never the predicate of a named subject in standard prose (KBBI: the
active verb is *me-…-kan*). With *oleh* after it, the verb is passive: *di-…-kan*. The same
holds for -i verbs (*Camat Budi Santoso hadiri upacara*: *menghadiri*) whose meN- form writers
use more than the bare one (not *mulai*, a word of its own).

Left alone: the bare form after a pronoun or a form of address (*yang kami sampaikan*, *apa
yang Bapak katakan*: a relative clause with *yang*, *apa*, *seperti*, *sebagaimana* before it),
at a sentence start or after an exhortation (*mari*, *silakan*: imperatives), after *di*
(another check's *di laksanakan*), and every -kan word that is a stem of id_ID of its own
(*bukan, makan, pekan*) or whose meN- form id_ID does not have.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from core.check.text import Token

# me- before these first letters takes no nasal (melaksanakan, merapikan, meyakinkan).
_NO_NASAL = frozenset("lmnrwy")
# What a bare -kan verb may follow as its agent or in a relative clause: pronouns and forms of
# address (kami laksanakan, yang Bapak sampaikan).
_AGENTS = frozenset({"saya", "aku", "kami", "kita", "kamu", "engkau", "anda", "mereka", "dia",
                     "ia", "beliau", "kalian", "bapak", "ibu", "pak", "bu", "saudara", "sdr"})
# -kan words that are conjunctions, no verbs.
_CONJUNCTIONS = frozenset({"sedangkan", "bukankah", "apakah"})
# Words that open a clause in which the bare form is passive with an agent, or an imperative.
_CLAUSE_OPENERS = frozenset({"yang", "apa", "seperti", "sebagaimana", "mari", "ayo", "ayolah",
                             "silakan", "silahkan", "tolong", "mohon", "harap", "jangan",
                             "hendaknya", "segera", "agar", "supaya", "untuk", "di"})
# How many words back a clause opener still governs the bare verb (yang Bapak Bupati Sukamaju
# sampaikan).
_CLAUSE_REACH = 6
_SENTENCE_END = re.compile(r"[.!?:;\"“”‘’'()\n]")


def men_forms(lower: str) -> list[str]:
    """The meN- spellings of a verb written without its prefix (KBBI's meN- rules): me- before
    l, m, n, r, w, y; meng- before a vowel, g, h and k (k drops: kejar -> mengejar; kept in
    loans: mengkaji); mem- before b, f, v and p (p drops); men- before c, d, j, z and t (t
    drops); meny- for a dropped s. (``with_nasal`` reads a bare me-/pe- *slip*, where a g may
    stand for a k that dropped: *megelar* there is *mengelar*; a verb written bare keeps its g:
    *gelar* -> *menggelar*.)"""
    first, rest = lower[:1], lower[1:]
    if first in _NO_NASAL:
        return ["me" + lower]
    if first in "aeiouhg":
        return ["meng" + lower]
    if first == "k":
        return ["meng" + rest, "mengk" + rest]
    if first in "bfv":
        return ["mem" + lower]
    if first == "p":
        return ["mem" + rest, "memp" + rest]
    if first in "cdjz":
        return ["men" + lower]
    if first == "t":
        return ["men" + rest, "ment" + rest]
    if first == "s":
        return ["meny" + rest, "mens" + rest]
    return []


def active_form(word: str, in_dictionary: Callable[[str], bool]) -> str | None:
    """The meN- form of a bare verb that id_ID has (laksanakan -> melaksanakan,
    sampaikan -> menyampaikan, gelar -> menggelar), else None."""
    return next((form for form in men_forms(word.lower()) if in_dictionary(form)), None)


def bare_kan_spans(tokens: Sequence[Token], text: str, in_dictionary: Callable[[str], bool],
                   is_known: Callable[[str], bool], is_stem: Callable[[str], bool],
                   starts: frozenset[int] | set[int],
                   zipf: Callable[[str], float] | None = None,
                   verb_like: dict[str, bool] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, the right form) of every bare -kan verb right after a capitalised word
    (the name of who acts), optionally with a comma between them. ``in_dictionary``: id_ID
    itself (the meN- form must be there); ``is_known``: with Saring's morphology (the bare
    form, bersihkan). With ``zipf`` (wordfreq), bare -i verbs too (*hadiri*): see
    :func:`_bare_i_verb`. ``verb_like``: the answers of the dictionary test (is the word a
    root + -kan or a bare -i verb) per lowercase word, kept by the caller across texts for
    the same ``in_dictionary`` and ``zipf`` (a long text asks it of ~4,000 tokens)."""
    found = []
    for i, (before, word) in enumerate(pairwise(tokens), start=1):
        written = word.text
        lower = written.lower()
        if not written.isalpha() or not written.islower() or lower in _CONJUNCTIONS:
            continue  # Satukan Negeri: a capitalised one is a title's
        verb = None if verb_like is None else verb_like.get(lower)
        if verb is None:
            verb = (len(lower) >= 7 and lower.endswith("kan") and in_dictionary(lower[:-3])) or (
                zipf is not None and _bare_i_verb(lower, in_dictionary, zipf))
            if verb_like is not None:
                verb_like[lower] = verb
        if not verb:
            continue  # pasokan: paso is no root, the word is pasok-an
        gap = text[before.end:word.start]
        if gap not in (" ", ", "):
            continue
        head = before.text
        if not head[:1].isupper() or before.start in starts:
            continue  # Selanjutnya laksanakan: a sentence's first word may be no name
        if not (head.isupper() and len(head) >= 2) and not (
                i >= 2 and tokens[i - 2].text[:1].isupper()
                and text[tokens[i - 2].end:before.start] in (" ", ". ")):
            continue  # Bupati tegaskan: a title alone may stand for the speaker; a name of
            # two words (Kabupaten Pati, Rina Lestari) or an acronym (DPRD) is the subject
        if head.lower() in _AGENTS or not is_known(lower) or is_stem(lower):
            continue
        if _opened_clause(tokens, i, text):
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is None or text[word.end:after.start] != " ":
            continue  # lakukan. / sampaikan, …: the verb ends its clause; an object follows
            # an active verb
        active = active_form(lower, in_dictionary)
        if active is None:
            continue
        if after.text.lower() == "oleh":
            right = "di" + lower
            if not in_dictionary(right):
                continue
        else:
            right = active
        found.append((word.start, word.end, right))
    return found


def _bare_i_verb(lower: str, in_dictionary: Callable[[str], bool],
                 zipf: Callable[[str], float]) -> bool:
    """Whether ``lower`` is a bare -i verb (*hadiri*, *tinjau* + -i): a root of id_ID + -i
    whose meN- form id_ID has and writers use more than the bare form (*menghadiri* against
    *hadiri*). A form more common bare than with meN- is a word of its own (*mulai*, not
    *memulai*)."""
    if len(lower) < 5 or not lower.endswith("i") or not in_dictionary(lower[:-1]):
        return False
    active = active_form(lower, in_dictionary)
    return active is not None and zipf(active) > zipf(lower)


def _opened_clause(tokens: Sequence[Token], i: int, text: str) -> bool:
    """Whether a pronoun, a form of address or a clause opener stands among the few words
    before ``tokens[i]`` in the same sentence."""
    for k in range(i - 1, max(-1, i - 1 - _CLAUSE_REACH), -1):
        if _SENTENCE_END.search(text, tokens[k].end, tokens[k + 1].start):
            return False
        if tokens[k].text.lower() in _AGENTS or tokens[k].text.lower() in _CLAUSE_OPENERS:
            return True
    return False
