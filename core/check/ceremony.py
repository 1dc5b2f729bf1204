"""Leadership ceremony: whether a post's subject is a leader's protocol activity.

A post is ceremony when, at the start of its headline or of its first sentence, a leader (the
regent, a head of office, a camat …) is the subject and the first verb after the leader's name
is a protocol act (menghadiri, membuka, meninjau, menerima kunjungan, melantik, memimpin apel
…), or when it opens with a protocol event named with a leader (Pisah sambut Kepala Dinas …).
A leader whose first verb informs or asks the public (mengimbau, mengajak, mengumumkan …) is a
messenger of public information, not ceremony; staff, citizens or an office as the subject are
not ceremony either. The rules are data: ``resources/rules/informasi/seremoni.toml``.

This is no finding: :func:`classify_ceremony` is the plain API the weekly share and the monthly
report use (issue 17); the editor does not flag ceremony posts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

from core.app.paths import resource_dir
from core.check.cues import Cue, CueFileError, Words, cue_list, read_checked

# Words looked at after the leader's title before giving up on finding its verb.
_SCAN = 24
# A headline is a first line of at most this many words that does not end a sentence.
_HEADLINE_WORDS = 18
# How much of a line counts as its opening (the first sentence, roughly).
_OPENING_CHARS = 320
_QUOTE_OR_COLON = re.compile(r"[:“”\"]")
_LINE_RE = re.compile(r"[^\n]*\S[^\n]*")


@dataclass(frozen=True, slots=True)
class CeremonyRules:
    leaders: tuple[Cue, ...]
    honorifics: tuple[Cue, ...]
    protocol: tuple[Cue, ...]
    message: tuple[Cue, ...]
    events: tuple[Cue, ...]
    companions: frozenset[str]
    skip: frozenset[str]
    openings: tuple[Cue, ...]
    reference: str

    @classmethod
    def load(cls, path: Path, *, strict: bool = False) -> CeremonyRules:
        """Read ``seremoni.toml``; raise :class:`~core.check.cues.CueFileError` when it is
        wrong. ``strict`` as in :meth:`core.check.informativeness.AnnouncementRules.load`."""
        data, checked = read_checked(path)
        checked = checked and not strict
        meta = data.get("meta", {})
        if not isinstance(meta, dict) or not str(meta.get("reference", "")).strip():
            raise CueFileError(path, "[meta] perlu 'reference'")
        words = {key: frozenset(w.lower() for c in data.get(key, []) for w in c.get("terms", []))
                 for key in ("companion", "skip")}
        cue_list(data, "companion", path, checked=checked)  # validated like the others
        cue_list(data, "skip", path, checked=checked)
        return cls(leaders=cue_list(data, "leader", path, checked=checked),
                   honorifics=cue_list(data, "honorific", path, checked=checked),
                   protocol=cue_list(data, "protocol", path, checked=checked),
                   message=cue_list(data, "message", path, checked=checked),
                   events=cue_list(data, "event", path, checked=checked),
                   companions=words["companion"], skip=words["skip"],
                   openings=cue_list(data, "opening", path, checked=checked),
                   reference=str(meta["reference"]))


@dataclass(frozen=True, slots=True)
class CeremonyCall:
    """The classification of one post. ``leader`` and ``act`` are the words that decided it
    (empty when it is not ceremony); ``start`` is the leader's offset in the text."""

    is_ceremony: bool
    leader: str = ""
    act: str = ""
    start: int = 0


NOT_CEREMONY = CeremonyCall(False)


@lru_cache(maxsize=4)
def ceremony_rules(resources: Path | None = None) -> CeremonyRules:
    return CeremonyRules.load((resources or resource_dir()) / "rules" / "informasi" / "seremoni.toml")


def classify_ceremony(text: str, rules: CeremonyRules | None = None) -> CeremonyCall:
    """Whether ``text`` is a post about a leader's protocol activity (see the module doc)."""
    rules = rules or ceremony_rules()
    for start, clause in openings(text):
        call = _clause_call(clause, rules)
        if call.is_ceremony:
            return CeremonyCall(True, call.leader, call.act, start + call.start)
    return NOT_CEREMONY


def is_ceremony(text: str) -> bool:
    return classify_ceremony(text).is_ceremony


def ceremony_share(texts: list[str]) -> float:
    """The share (0–1) of ``texts`` that are ceremony; 0 for no texts."""
    return sum(map(is_ceremony, texts)) / len(texts) if texts else 0.0


def openings(text: str) -> list[tuple[int, str]]:
    """(offset, text) of the post's first line (its first 320 characters) and, when that line
    is a headline (at most 18 words, not ending a sentence), of the next line too."""
    lines = [(m.start(), m.group()) for m in islice(_LINE_RE.finditer(text), 2)]
    if not lines:
        return []
    first_at, first = lines[0]
    found = [(first_at, first[:_OPENING_CHARS])]
    headline = len(first.split()) <= _HEADLINE_WORDS and not first.rstrip().endswith((".", ","))
    if headline and len(lines) > 1:
        found.append((lines[1][0], lines[1][1][:_OPENING_CHARS]))
    return found


def _strip_opening(clause: str, rules: CeremonyRules) -> int:
    """Offset of the clause's subject: after leading marks, datelines and time phrases."""
    pos = 0
    for _ in range(4):
        before = pos
        lead = re.compile(r"(?:[^\w]+|#\w+\s*|\[[^\]\n]{0,30}\]\s*)+").match(clause, pos)
        if lead:
            pos = lead.end()
        for cue in rules.openings + rules.honorifics:
            match = cue.pattern.match(clause, pos) if cue.pattern else None
            if match and match.end() > pos:
                pos = match.end()
        if pos == before:
            break
    return pos


def _leader_at(clause: str, pos: int, rules: CeremonyRules) -> re.Match[str] | None:
    for cue in rules.leaders:
        match = cue.pattern.match(clause, pos) if cue.pattern else None
        if match:
            return match
    return None


def _clause_call(clause: str, rules: CeremonyRules) -> CeremonyCall:
    pos = _strip_opening(clause, rules)
    leader = _leader_at(clause, pos, rules)
    if leader is None:
        return _event_call(clause, pos, rules)
    words = Words(clause)
    first = next((i for i, a in enumerate(words.starts) if a >= leader.end()), None)
    if first is None:
        return NOT_CEREMONY
    act = _first_act(clause, words, first, rules)
    if act is None:
        return NOT_CEREMONY
    return CeremonyCall(True, leader.group(), act, leader.start())


def _first_act(clause: str, words: Words, first: int, rules: CeremonyRules) -> str | None:
    """The protocol act that is the first verb from word ``first`` on, or None when the first
    verb is something else (a message to the public, any other verb) or a quote begins."""
    companion = False
    previous_end = words.starts[first]
    for i in range(first, min(len(words), first + _SCAN)):
        word, original = words.lower[i], words.original[i]
        if _QUOTE_OR_COLON.search(clause, previous_end, words.starts[i]):
            return None  # "Bupati: …" or a quotation: someone speaks, nothing is done
        previous_end = words.ends[i]
        if any(c.at(clause, words, i) for c in rules.protocol):
            return original
        if any(c.at(clause, words, i) for c in rules.message):
            return None
        if word in rules.companions:
            companion = True
            continue
        if companion or word in rules.skip or original[:1].isupper():
            continue  # a name, a title, an office, the people beside the leader
        return None
    return None


def _event_call(clause: str, pos: int, rules: CeremonyRules) -> CeremonyCall:
    """A protocol event opening the clause and named with a leader within its first words."""
    for cue in rules.events:
        match = cue.pattern.match(clause, pos) if cue.pattern else None
        if match is None:
            continue
        tail = clause[match.end():match.end() + _EVENT_REACH]
        for leader_cue in rules.leaders:
            for found in leader_cue.pattern.finditer(tail) if leader_cue.pattern else ():
                if not _PLACE_BEFORE.search(tail, 0, found.start()):
                    return CeremonyCall(True, found.group(), match.group(),
                                        match.end() + found.start())
    return NOT_CEREMONY


# How far after an event's name its leader may stand (Pisah sambut Kepala Dinas …).
_EVENT_REACH = 140
# "halaman Kantor Bupati" names a place, not the leader of the event.
_PLACE_BEFORE = re.compile(r"\b(?:kantor|rumah|dinas|pendopo|rujab|halaman|gedung|aula|ruang|"
                           r"guest\s+house|lapangan|kediaman)\s+$", re.IGNORECASE)
