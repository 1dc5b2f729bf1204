"""Read and validate rule packs (TOML, read-only with ``tomllib``).

A pack is refused whole, with a message naming the file, the rule and the key, when it has an
unknown key, a wrong type or a bad regular expression. The format is documented in
``resources/rules/README.md``.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.check.findings import Category, Severity
from core.check.rules.shapes import BUILTIN, ShapeError, check_shape_syntax
from core.check.text import CHUNK, LazyPattern, fold_separators
from core.check.tomlcache import read_toml
from core.check.wordclass import WORD_CLASS_KEYS, WordClass, word_class
from core.errors import SaringError

_PACK_KEYS = {"id": str, "name": str, "version": str, "description": str, "source": str}
_PACK_REQUIRED = ("id", "name", "version")
_RULE_KEYS = {
    "id": str, "category": str, "severity": str, "message": str, "reference": str,
    "reason": str, "terms": list, "patterns": list, "suggestions": list, "swap": dict,
    "case_sensitive": bool, "near": list, "unless": list, "window": int,
    "shape": str, "scope": str, "act": bool,
}
# A [[words]] table: a word class (core.check.wordclass, the same keys as a cue's), or a
# union of classes, or a named piece of shape.
_WORDS_KEYS = {"class": str, **WORD_CLASS_KEYS, "union": list, "shape": str}
_SCOPES = ("", "teks", "tagar")
_RULE_REQUIRED = ("id", "category", "severity", "message")
_TOP_KEYS = {"pack", "campaign", "rule", "words"}


class RuleFileError(SaringError, ValueError):
    """A rule pack that cannot be used. ``str()`` names the file, rule, key and line."""

    def __init__(self, path: Path | str, message: str, *, rule: str | None = None,
                 key: str | None = None, line: int | None = None) -> None:
        self.path = Path(path)
        self.rule = rule
        self.key = key
        self.line = line
        self.reason = message
        where = str(path) + (f":{line}" if line else "")
        if rule:
            where += f": aturan {rule!r}"
        if key:
            where += f", kunci {key!r}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True, slots=True)
class Campaign:
    start: dt.date
    end: dt.date

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: Category
    severity: Severity
    message: str
    reference: str
    reason: str
    matcher: re.Pattern[str] | LazyPattern
    suggestions: tuple[str, ...]
    swap: Mapping[str, str]  # term folded by fold_separators() -> its replacement
    near: re.Pattern[str] | None = None  # a match counts only with one of these nearby
    unless: re.Pattern[str] | None = None  # a match is dropped with one of these nearby
    window: int = 40  # how far "nearby" reaches, in characters each side of the match
    terms: tuple[str, ...] = ()  # as written in the pack (swap keys included), for display
    patterns: tuple[str, ...] = ()
    # First word (lowercase letters) of every term, when the rule has no patterns: a text
    # holding none of them cannot match, so the matcher need not run.
    anchors: frozenset[str] | None = None
    # Every term begins with a letter: a match can only start where a word among the anchors
    # starts, so the matcher is tried at those places instead of scanning the whole text.
    at_words: bool = False
    shape: str = ""  # a shape over word classes (core.check.rules.shapes) instead of terms/patterns
    scope: str = ""  # for a shape: "tagar" only in hashtags, "teks" only outside them
    # An explicit act (a call to vote, a salute): the severity holds on every day, not only
    # inside the campaign period.
    act: bool = False


@dataclass(frozen=True, slots=True)
class RulePack:
    id: str
    name: str
    version: str
    path: Path
    rules: tuple[Rule, ...]
    campaign: Campaign | None = None
    description: str = ""
    words: tuple[WordClass, ...] = ()  # the pack's [[words]] classes, for shapes


def load_packs(paths: Iterable[Path]) -> list[RulePack]:
    return [load_pack(p) for p in paths]


def load_pack(path: Path) -> RulePack:
    """Read one pack; raise :class:`RuleFileError` if anything in it is wrong."""
    try:
        data = read_toml(path)  # the build-time JSON copy when it is current (core.check.tomlcache)
    except OSError as exc:
        raise RuleFileError(path, f"berkas tidak dapat dibaca ({exc.strerror or exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        line = _line_of(str(exc))
        raise RuleFileError(path, f"bukan TOML yang sah: {exc}", line=line) from exc
    except UnicodeDecodeError as exc:
        raise RuleFileError(path, "berkas bukan teks UTF-8") from exc
    try:
        return _build_pack(path, data)
    except RuleFileError as exc:
        if exc.line is not None:
            raise
        line = _line_of_key(path, exc.rule, exc.key)
        raise RuleFileError(path, exc.reason,
                            rule=exc.rule, key=exc.key, line=line) from None


def _line_of_key(path: Path, rule: str | None, key: str | None) -> int | None:
    """The line of ``key`` inside the ``[[rule]]`` whose id is ``rule`` (best effort: tomllib
    gives no positions for values)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    start = 0
    if rule is not None:
        id_re = re.compile(r"^\s*id\s*=\s*[\"']" + re.escape(rule) + r"[\"']")
        found = next((i for i, line in enumerate(lines) if id_re.match(line)), None)
        if found is None:
            return None
        start = found
        while start > 0 and not lines[start].lstrip().startswith("[[rule]]"):
            start -= 1
    if key is None:
        return start + 1 if rule is not None else None
    key_re = re.compile(r"^\s*[\"']?" + re.escape(key) + r"[\"']?\s*=|^\s*\[+" + re.escape(key) + r"\]+")
    for i in range(start, len(lines)):
        if i > start and rule is not None and lines[i].lstrip().startswith("[[rule]]"):
            break
        if key_re.match(lines[i]):
            return i + 1
    return start + 1 if rule is not None else None


def _line_of(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def _build_pack(path: Path, data: dict[str, Any]) -> RulePack:
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise RuleFileError(path, "bagian tidak dikenal", key=sorted(unknown)[0])
    header = data.get("pack")
    if not isinstance(header, dict):
        raise RuleFileError(path, "tabel [pack] wajib ada", key="pack")
    _check_keys(path, header, _PACK_KEYS, _PACK_REQUIRED, rule=None)
    campaign = _build_campaign(path, data.get("campaign"))
    raw_rules = data.get("rule", [])
    words = _build_words(path, data.get("words", []))
    if not isinstance(raw_rules, list) or not (raw_rules or words):
        raise RuleFileError(path, "paket harus memuat sedikitnya satu [[rule]] atau [[words]]",
                            key="rule")
    rules: list[Rule] = []
    seen: set[str] = set()
    for raw in raw_rules:
        rule = _build_rule(path, raw)
        if rule.id in seen:
            raise RuleFileError(path, "id aturan dipakai dua kali", rule=rule.id, key="id")
        seen.add(rule.id)
        rules.append(rule)
    return RulePack(
        id=header["id"], name=header["name"], version=header["version"], path=path,
        rules=tuple(rules), campaign=campaign, description=header.get("description", ""),
        words=words,
    )


def _build_words(path: Path, raw: object) -> tuple[WordClass, ...]:
    if not isinstance(raw, list):
        raise RuleFileError(path, "[[words]] harus berupa daftar tabel", key="words")
    out: list[WordClass] = []
    for table in raw:
        if not isinstance(table, dict):
            raise RuleFileError(path, "[[words]] harus berupa tabel", key="words")
        name = table.get("class") if isinstance(table.get("class"), str) else None
        label = f"words {name}" if name else "words"
        _check_keys(path, table, _WORDS_KEYS, ("class", "reason"), rule=label)
        assert name is not None
        if name in BUILTIN or not re.fullmatch(r"[\w-]+", name):
            raise RuleFileError(path, "nama kelas harus huruf, angka atau '-', dan bukan kelas bawaan "
                                f"({', '.join(BUILTIN)})", rule=label, key="class")
        for key in ("terms", "exact", "roots", "prefixes", "union"):
            if not all(isinstance(v, str) and (v.strip() or key == "prefixes") for v in table.get(key, [])):
                raise RuleFileError(path, "setiap isian harus teks yang tidak kosong", rule=label, key=key)
        kinds = [k for k in ("union", "shape") if table.get(k)]
        if not kinds and not any(table.get(k) for k in ("terms", "exact", "roots")):
            raise RuleFileError(path, "kelas butuh 'terms', 'exact', 'roots', 'union' atau 'shape'",
                                rule=label, key="terms")
        if (kinds and any(table.get(k) for k in ("terms", "exact", "roots"))) or len(kinds) > 1:
            raise RuleFileError(path, "'union' atau 'shape' berdiri sendiri, tanpa kata",
                                rule=label, key=kinds[0])
        if table.get("shape"):
            try:
                check_shape_syntax(table["shape"])
            except ShapeError as exc:
                raise RuleFileError(path, str(exc), rule=label, key="shape") from None
        out.append(word_class(name, table))
    return tuple(out)


def _build_campaign(path: Path, raw: object) -> Campaign | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise RuleFileError(path, "[campaign] harus berupa tabel", key="campaign")
    unknown = set(raw) - {"start", "end"}
    if unknown:
        raise RuleFileError(path, "kunci tidak dikenal di [campaign]", key=sorted(unknown)[0])
    for key in ("start", "end"):
        value = raw.get(key)
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise RuleFileError(path, "harus berupa tanggal TOML, misalnya 2024-09-25", key=key)
    if raw["end"] < raw["start"]:
        raise RuleFileError(path, "tanggal akhir sebelum tanggal mulai", key="end")
    return Campaign(raw["start"], raw["end"])


def _check_keys(path: Path, table: dict[str, Any], allowed: Mapping[str, type],
                required: tuple[str, ...], *, rule: str | None) -> None:
    for key, value in table.items():
        expected = allowed.get(key)
        if expected is None:
            raise RuleFileError(path, "kunci tidak dikenal", rule=rule, key=key)
        if not isinstance(value, expected):
            raise RuleFileError(path, f"harus bertipe {expected.__name__}", rule=rule, key=key)
    for key in required:
        if key not in table or (isinstance(table[key], str) and not table[key].strip()):
            raise RuleFileError(path, "kunci wajib tidak ada atau kosong", rule=rule, key=key)


def _build_rule(path: Path, raw: object) -> Rule:
    if not isinstance(raw, dict):
        raise RuleFileError(path, "[[rule]] harus berupa tabel", key="rule")
    rule_id = raw.get("id") if isinstance(raw.get("id"), str) else None
    _check_keys(path, raw, _RULE_KEYS, _RULE_REQUIRED, rule=rule_id)
    assert rule_id is not None
    try:
        category = Category(raw["category"])
    except ValueError:
        choices = ", ".join(c.value for c in Category)
        raise RuleFileError(path, f"kategori tidak dikenal (pilihan: {choices})",
                            rule=rule_id, key="category") from None
    try:
        severity = Severity(raw["severity"])
    except ValueError:
        raise RuleFileError(path, "tingkat harus error, warning atau info",
                            rule=rule_id, key="severity") from None
    for key in ("terms", "patterns", "suggestions", "near", "unless"):
        if not all(isinstance(v, str) and v.strip() for v in raw.get(key, [])):
            raise RuleFileError(path, "setiap isian harus teks yang tidak kosong", rule=rule_id, key=key)
    swap = raw.get("swap", {})
    if not all(k.strip() and isinstance(v, str) and v.strip() for k, v in swap.items()):
        raise RuleFileError(path, "setiap pengganti harus teks yang tidak kosong", rule=rule_id, key="swap")
    terms = [*raw.get("terms", []), *swap]
    patterns = list(raw.get("patterns", []))
    shape = raw.get("shape", "")
    if not terms and not patterns and not shape:
        raise RuleFileError(path, "aturan butuh 'terms', 'swap', 'patterns' atau 'shape'",
                            rule=rule_id, key="terms")
    if shape and (terms or patterns):
        raise RuleFileError(path, "'shape' tidak digabung dengan 'terms' atau 'patterns' dalam satu aturan",
                            rule=rule_id, key="shape")
    if shape:
        try:
            check_shape_syntax(shape)
        except ShapeError as exc:
            raise RuleFileError(path, str(exc), rule=rule_id, key="shape") from None
    scope = raw.get("scope", "")
    if scope not in _SCOPES:
        raise RuleFileError(path, "harus \"teks\" atau \"tagar\"", rule=rule_id, key="scope")
    flags = 0 if raw.get("case_sensitive", False) else re.IGNORECASE
    window = raw.get("window", 40)
    if isinstance(window, bool) or not 1 <= window <= 2000:
        raise RuleFileError(path, "harus bilangan bulat 1–2000 (karakter)", rule=rule_id, key="window")
    near = _context_regex(path, rule_id, "near", raw.get("near", []))
    unless = _context_regex(path, rule_id, "unless", raw.get("unless", []))
    alternatives = [_terms_regex(terms)] if terms else []
    matcher: re.Pattern[str] | LazyPattern
    if shape:
        matcher = _NEVER
    elif patterns:
        matcher = _compile_joined(path, rule_id, "patterns", patterns, alternatives, flags)
    else:  # escaped terms only: compiled when a text first holds one of the rule's words
        matcher = LazyPattern(alternatives[0], flags)
    return Rule(
        id=rule_id, category=category, severity=severity, message=raw["message"].strip(),
        reference=raw.get("reference", ""), reason=raw.get("reason", ""),
        matcher=matcher,
        suggestions=tuple(raw.get("suggestions", [])),
        swap={fold_separators(k): v for k, v in swap.items()},
        near=near, unless=unless, window=window, terms=tuple(terms), patterns=tuple(patterns),
        anchors=None if patterns else frozenset(_first_word(t) for t in terms),
        at_words=bool(terms) and not patterns and not shape and all(
            t.strip()[:1].isalpha() for t in terms),
        shape=shape, scope=scope, act=raw.get("act", False),
    )


def _context_regex(path: Path, rule_id: str, key: str, items: list[str]) -> re.Pattern[str] | None:
    """``near``/``unless`` entries: regular expressions, always case-insensitive."""
    return _compile_joined(path, rule_id, key, items, [], re.IGNORECASE) if items else None


def _compile_joined(path: Path, rule_id: str, key: str, items: list[str], head: list[str],
                    flags: int) -> re.Pattern[str]:
    """``head`` and the regular expressions ``items`` as one pattern, compiled once (loading
    the packs is on the way to the first check). Only when that fails is each item compiled
    alone, to name the bad one; items that compile alone can still clash when joined ("(?i)"
    inside, a group name twice)."""
    try:
        return re.compile("|".join([*head, *(f"(?:{item})" for item in items)]), flags)
    except re.error as joined_error:
        for item in items:
            try:
                re.compile(item)
            except re.error as exc:
                raise RuleFileError(path, f"ekspresi reguler tidak sah: {exc}",
                                    rule=rule_id, key=key) from exc
        raise RuleFileError(path, f"ekspresi reguler tidak sah: {joined_error}",
                            rule=rule_id, key=key) from joined_error


def _terms_regex(terms: list[str]) -> str:
    """All terms as one alternation, longest first, with the word-boundary checks outside it
    and a look-ahead on the possible first characters, so that most positions fail at once."""
    bodies = [_term_body(t) for t in sorted(set(terms), key=len, reverse=True)]
    firsts = sorted({c for t in terms for c in (t.strip()[0].lower(), t.strip()[0].upper())})
    head = "(?=[" + "".join(re.escape(c) for c in firsts) + "])"
    return r"(?<![\w])" + head + "(?:" + "|".join(bodies) + r")(?![\w])"


def _term_body(term: str) -> str:
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", term.strip())]
    return r"[\s\-]+".join(parts)


_WORD_RE = re.compile(r"[^\W\d_]+")
_NEVER = re.compile(r"(?!)")


def _first_word(term: str) -> str:
    found = _WORD_RE.search(term.lower())
    return found.group() if found else ""


@lru_cache(maxsize=4)  # every pack of one check asks for the same text
def word_starts(text: str) -> dict[str, tuple[int, ...]]:
    """Where each letter run of ``text`` starts, by the run in lowercase: the places a rule
    whose terms begin with a letter (:attr:`Rule.at_words`) can match."""
    starts: dict[str, list[int]] = {}
    for match in _WORD_RE.finditer(text):
        starts.setdefault(match.group().lower(), []).append(match.start())
    return {word: tuple(found) for word, found in starts.items()}


@lru_cache(maxsize=4)  # every pack of one check asks for the same text
def text_words(text: str) -> frozenset[str]:
    """The lowercase letter runs of ``text``, to test a rule's :attr:`Rule.anchors`."""
    lowered, words = text.lower(), set()
    # In pieces cut after a space (a letter run never spans one): one findall over a 1 MB
    # paste held the GIL ~50 ms (see core.check.text.finditer_chunked).
    pos = 0
    while pos < len(lowered):
        cut = lowered.find(" ", pos + CHUNK)
        end = len(lowered) if cut == -1 else cut + 1
        words.update(_WORD_RE.findall(lowered, pos, end))
        pos = end
    return frozenset(words)
