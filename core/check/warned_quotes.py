"""A scam's or hoax's wording quoted in a warning is the warning's subject, not a scam.

Anti-fraud and anti-hoax posts quote the very message they warn about: *jangan percaya kalau ada
yang bilang "ngana menang undian motor, transfer dulu biaya kirim"*, *kalau dapet DM "Selamat!
Anda memenangkan undian …" — itu scam*, *ngaku orang BKD nawarin "amplop 20 juta dijamin SK
turun". Itu tipu-tipu!* (issue 12 item 4: anti-fraud warnings and hoax clarifications must pass;
seen in all four open sets of round 11). A fraud or hoax finding that lies inside such a
quotation is dropped; one outside it (a real fee asked in the same post) stays, and so does a
quotation with no warning beside it.

The warning is looked for in the quotation's clause before it and in the words after it;
:func:`warned_about` is also what keeps a warned-about wording from being a claim that needs a
source (core/check/sources.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.check.findings import Category, Finding
from core.check.mentions import drop_quoted_acts, quoted_spans

# Before the quotation, in its clause: "jangan percaya", "hati-hati", "ada penipuan yang bilang",
# "ngaku … nawarin", "kalau dapet DM", "meluruskan info", "jangan termakan judul"
# ("beredar" alone is how a chain message is shown).
_WARNING_BEFORE_RE = re.compile(
    r"\b(?:jangan\s+(?:mudah\s+)?percaya|jang\s+percaya|hati-hati|ati-ati|waspada|awas|penipuan|penipu|"
    r"tipu|scam|hoaks|hoax|modus|mengaku|ngaku|mengatasnamakan|tawaran|nawarin|menawarkan|"
    r"kalau\s+(?:ada\s+yang|dapat|dapet)|kalo\s+(?:ada\s+yang|dapat|dapet)|"
    # a clarification that names the rumour it corrects (round 29c): "Meluruskan info "…"",
    # "Pemkab membantah kabar "…"", "menepis isu "…""
    r"(?:me)?luruskan|klarifikasi|mengklarifikasi|membantah|dibantah|menepis|"
    r"jangan\s+(?:mudah\s+)?(?:termakan|terpancing|tertipu))\b"
    # "[SALAH] "…"", "[HOAKS] "…"": a fact-check's verdict label.
    r"|\[\s*(?:salah|keliru|disinformasi)\s*\]",
    re.IGNORECASE)
# After it, on its line: "— itu scam", ". Itu tipu-tipu!", ". Surat tersebut PALSU", "bukan
# kegiatan Pemkab", "itu pesan berantai lama".
_WARNING_AFTER_RE = re.compile(
    r"^[^\n]{0,80}?\b(?:tipu|tipu-tipu|penipuan|scam|hoaks|hoax|palsu|bohong|tidak\s+benar|"
    r"indak\s+batua|bukan\s+(?:kegiatan|program|dari)|pesan\s+berantai|tidak\s+ada\s+bukti)\b",
    re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"[!?\n]|\.(?=\s)")
# Findings of these categories inside a warned-about quotation are dropped.
_QUOTED_SCAM_CATEGORIES = frozenset({Category.FRAUD, Category.HOAX})


def warned_about(text: str, start: int, end: int) -> bool:
    """Whether the quotation at ``start:end`` (marks included) is a wording the post warns
    about."""
    lo = max(0, start - 160)
    ends = [m.end() for m in _CLAUSE_END_RE.finditer(text, lo, start)]
    return bool(_WARNING_BEFORE_RE.search(text, ends[-1] if ends else lo, start)
                or _WARNING_AFTER_RE.search(text[end:end + 120]))


def drop_warned_scams(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """``findings`` without the fraud and hoax findings inside a quotation the post warns
    about."""
    findings = list(findings)
    if not any(f.category in _QUOTED_SCAM_CATEGORIES for f in findings):
        return findings
    warned = [(lo, hi) for lo, hi in quoted_spans(text) if warned_about(text, lo - 1, hi + 1)]
    if not warned:
        return findings
    return [f for f in findings if not (
        f.category in _QUOTED_SCAM_CATEGORIES and f.end > f.start
        and any(lo <= f.start and f.end <= hi for lo, hi in warned))]


def drop_warned_quotes(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """``findings`` without what a post only quotes to warn about it: partisan acts quoted in a
    reminder (core/check/mentions.py) and a scam's or hoax's wording quoted in a warning. The
    rule packs and the statistical layer both pass their findings through it."""
    return drop_warned_scams(text, drop_quoted_acts(text, findings))
