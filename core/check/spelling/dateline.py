"""The dateline of a news release: the place and the site's name before the first dash or
colon (*KUNINGAN, fajarsatu – Bupati …*, *Inimedan.com-Medan | …*, *Prabumulih
-liputansumsel.com-- …*). The site's name is a brand, written as its owners write it (run
together, in lowercase, glued to its domain), so it is no word to spell."""

from __future__ import annotations

import re

# The dateline's end: a dash or a colon or a bar (spaced or not), within the first words of
# the text's first line. A hyphen inside a word (gotong-royong) ends nothing: a lone hyphen
# counts only with a space or a capital after it (Tasikplus.com-Menghadirkan, Nganjuk - Dalam).
_DATELINE_RE = re.compile(
    r"\A[ \t]*(?P<head>[^\n]{1,80}?)[ \t]*(?:[–—|]|-{2,}|:[ \t]|-(?=[ \t]|[A-Z]))")
# How many words the place and the site's name make at most (Koran SINAR PAGI, Ogan Ilir).
_MAX_HEAD_WORDS = 6
_HEAD_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def dateline_site_span(text: str) -> tuple[int, int] | None:
    """Start and end of the dateline (the place and the site's name) at the start of ``text``,
    or None when the text opens with no dateline: no dash or colon after its first few
    words."""
    match = _DATELINE_RE.match(text)
    if match is None:
        return None
    head = match.group("head")
    if len(_HEAD_WORD_RE.findall(head)) > _MAX_HEAD_WORDS:
        return None
    if not re.search(r"[A-Z]", head):
        return None  # a dateline names a place or a site with a capital somewhere
    return match.start("head"), match.end("head")


def site_name_here(word: str, start: int, span: tuple[int, int] | None) -> bool:
    """Whether the word token at ``start`` is the site's name in the dateline ``span``: a word
    of it in lowercase (fajarsatu, liputansumsel, com-Medan); a capitalised word there is the
    place (a name the speller reads as any other)."""
    return (span is not None and span[0] <= start < span[1] and word[:1].islower())
