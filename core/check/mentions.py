"""A partisan act quoted as an example is a mention, not an act.

Neutrality reminders and clarifications quote the very acts they warn against: *hindari foto
dengan spanduk bertuliskan "Coblos Nomor 2"*, *beredar ajakan "Coblos 01, Lanjutkan DAMAI!",
unggahan tersebut palsu*, *pasang stiker "dua periode" … netralitas berlaku setiap saat*. A
neutrality finding whose text reaches into double quotation marks is dropped when the post also
says that what it quotes is forbidden, a violation, fake or taken down (:data:`WARNS_AGAINST`).
A quote in a post with no such word stays an act (*Kata Pak Kades: "coblos nomor 2"*), and so
does an act outside the quotation marks of a reminder.

Double marks count (straight ``"``, curly ``“ ”``, guillemets), and curly single marks opened with
``‘`` (news style: *spanduk ‘Coblos Nomor 2’*); a straight ``'`` is also an apostrophe (*Ka'bah*,
*tabe'*) and does not count. A quotation does not run past the end of its paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.check.findings import Category, Finding

# Words by which a post says that what it quotes must not be done, or was not done by it: a
# prohibition, a violation and its sanction, advice to avoid it, a denial, a take-down, a report.
# Sources: the reminders of BKN, KemenPAN-RB (SE 18/2023) and Bawaslu quote poses, slogans and
# hashtags as examples (../shared/domain/neutrality.md §2, §8); issue 12 item 4 (what must pass).
WARNS_AGAINST = re.compile(
    r"\b(?:dilarang|larangan|terlarang|hindari(?:lah)?|menghindari|pelanggaran|melanggar|"
    r"tidak\s+(?:boleh|diperbolehkan|dibenarkan)|tak\s+boleh|jangan\s+ada|sanksi|hukuman|"
    r"dijatuhi|netralitas|palsu|hoaks|hoax|klarifikasi|tidak\s+benar|diturunkan|ditertibkan|"
    r"dicopot|dibongkar|laporkan|melaporkan|contoh\s+pelanggaran|waspadai|"
    # the label of a fact check (Kominfo/Mafindo style: *[SALAH] Video "…" yang beredar …*)
    r"cek\s*fakta|disinformasi|disunting)\b|\[\s*(?:salah|keliru|hoaks|disinformasi)\s*\]",
    re.IGNORECASE)

_OPEN_CLOSE = {'"': '"', "“": "”", "«": "»", "„": "“", "‘": "’"}
_QUOTE_RUN = re.compile(r'"[^"\n]{1,300}"|“[^”\n]{1,300}”|«[^»\n]{1,300}»|„[^“\n]{1,300}“|‘[^’\n]{1,300}’')


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans inside double quotation marks (marks excluded), paragraph by paragraph, at
    most 300 characters each: a stray mark does not swallow the rest of the post."""
    return [(m.start() + 1, m.end() - 1) for m in _QUOTE_RUN.finditer(text)]


def warns_against(text: str) -> bool:
    """Whether the post says that something it mentions is forbidden, a violation or fake."""
    return WARNS_AGAINST.search(text) is not None


def drop_quoted_acts(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """``findings`` without the neutrality findings that reach into a quotation of a post that
    warns against what it quotes (*spanduk "Pilih Nomor 4"*: the banner word stands outside)."""
    findings = list(findings)
    if not any(f.category is Category.NEUTRALITY for f in findings):
        return findings
    if not any(mark in text for mark in _OPEN_CLOSE) or not warns_against(text):
        return findings
    spans = quoted_spans(text)
    if not spans:
        return findings
    return [f for f in findings if not (
        f.category is Category.NEUTRALITY and f.end > f.start
        and any(f.start < hi and lo < f.end for lo, hi in spans))]
