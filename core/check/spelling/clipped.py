"""A very frequent function word with its last letter cut off (*cegah da deteksi* for *dan*,
*barokah dar Allah* for *dari*).

id_ID lists some such clipped forms as words of their own (*da*, *dar*, *suda*: rare
interjections, particles and borrowings), so the speller accepts them; but in running
Indonesian prose, between two Indonesian words, a form that is a function word a thousand
times more frequent minus its last letter is that function word mistyped (KBBI: *dan*,
*dari*, *sudah*). The pairs are built from the frequency list, not listed: a clipped form
that is an English word (*in*, *pad*, *jug*) or itself common is left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from core.check.text import Token

# The function words whose clipped form is looked for: prepositions, conjunctions and
# auxiliaries that a sentence of government prose is made of.
FUNCTION_WORDS = ("dan", "dari", "dengan", "yang", "untuk", "ini", "itu", "pada", "dalam",
                  "akan", "tidak", "juga", "sudah", "serta", "oleh", "bagi", "para", "telah",
                  "sebagai", "karena", "bahwa", "kepada", "tersebut", "atau", "agar")
# How much more frequent (Zipf) the whole function word must be than its clipped form, and
# how frequent it must be at all.
_GAP = 2.0
_MIN_ZIPF = 6.0


def clipped_forms(zipf: Callable[[str], float], is_known: Callable[[str], bool],
                  is_english: Callable[[str], bool],
                  heads: Iterable[str] = FUNCTION_WORDS) -> dict[str, str]:
    """clipped form -> the function word it cuts off (da -> dan), for every function word
    whose clipped form the speller accepts, is no English word and is far rarer."""
    forms: dict[str, str] = {}
    for head in heads:
        clipped = head[:-1]
        if (len(clipped) >= 2 and is_known(clipped) and not is_english(clipped)
                and zipf(head) >= _MIN_ZIPF and zipf(clipped) <= zipf(head) - _GAP):
            forms[clipped] = head
    return forms


def clipped_spans(tokens: Sequence[Token], text: str, forms: dict[str, str],
                  is_known: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """(start, end, the function word) of every clipped form written in lowercase between two
    known words of the same sentence (a space before it, or a comma; a space after it)."""
    found = []
    for i in range(1, len(tokens) - 1):
        word = tokens[i]
        right = forms.get(word.text)
        if right is None:
            continue
        before, after = tokens[i - 1], tokens[i + 1]
        if text[before.end:word.start] not in (" ", ", ") or text[word.end:after.start] != " ":
            continue
        if not (before.text.isalpha() and after.text.isalpha()):
            continue
        if not (is_known(before.text.lower()) and is_known(after.text.lower())):
            continue  # a sentence in another language around it (a Minang "da", uda)
        found.append((word.start, word.end, right))
    return found
