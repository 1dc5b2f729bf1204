"""Read and validate rule packs (TOML, read-only with ``tomllib``).

A pack is refused whole, with a message naming the file, the rule and the key, when it has an
unknown key, a wrong type or a bad regular expression. The format is documented in
``resources/rules/README.md``.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from core.app.paths import resource_dir
from core.check.findings import Category, Severity
from core.check.rules.needles import Needles, joined_needles, load_needles, term_needles
from core.check.rules.safe_regex import SafePattern, UnsafePatternError, join_alternatives, word_bounded
from core.check.rules.shapes import BUILTIN, ShapeError, check_shape_syntax
from core.check.text import findall_chunked, fold_separators
from core.check.tomlcache import read_toml
from core.check.wordclass import WORD_CLASS_KEYS, WordClass, word_class
from core.errors import SaringError

_PACK_KEYS = {"id": str, "name": str, "version": str, "description": str, "source": str}
_PACK_REQUIRED = ("id", "name", "version")
_RULE_KEYS = {
    "id": str, "category": str, "severity": str, "message": str, "reference": str,
    "reason": str, "terms": list, "patterns": list, "suggestions": list, "swap": dict,
    "case_sensitive": bool, "near": list, "unless": list, "window": int,
    "shape": str, "scope": str, "act": bool, "contexts": list,
}
# A [[words]] table: a word class (core.check.wordclass, the same keys as a cue's), or a
# union of classes, or a named piece of shape.
_WORDS_KEYS = {"class": str, **WORD_CLASS_KEYS, "union": list, "shape": str}
_SCOPES = ("", "teks", "tagar")
_RULE_REQUIRED = ("id", "category", "severity", "message")
_TOP_KEYS = {"pack", "campaign", "rule", "words", "context"}
# A [[context]] table: a reading of the whole post in which the rules that list it (``contexts``)
# do not fire; ``shape`` must match in the post (scope "unggahan", the default) or in the
# finding's sentence ("kalimat"), and ``unless`` (a shape) nowhere in the post.
_CONTEXT_KEYS = {"id": str, "shape": str, "unless": str, "scope": str, "reason": str, "source": str}
_CONTEXT_SCOPES = ("unggahan", "kalimat")

# Limits on one pack file (issue 15: a 50 MB pack slowed every check; a TOML nested 100,000 deep
# ended in a RecursionError). With them, and every pattern on RE2, a pack at every limit adds at
# most the budget measured by bench/pack_budget.py (bench/README.md) to a check.
MAX_PACK_BYTES = 2_000_000  # the largest shipped pack (baku.toml) is 124 KB
MAX_RULES = 1_000  # [[rule]] tables; shipped: 310 at most
MAX_TERMS = 20_000  # terms, swap keys and word-class entries together; shipped: 1,079 at most
MAX_PATTERNS = 1_000  # patterns, near and unless entries together; shipped: 620 at most (netralitas.toml)
# patterns/near/unless lists: each is one RE2 program, some ms to compile; shipped: 59 at most
MAX_PATTERN_LISTS = 200
# RE2 instructions of all the pack's compiled patterns (terms included): RE2's time per character
# is bounded by a pattern's size, so this bounds what a pack adds to a check (bench.pack_budget).
# Shipped: 157,719 at most (penipuan.toml, split into it and penipuan2.toml in round 20 of
# issue 12 when it reached 248,032).
MAX_PROGRAM_SIZE = 250_000
MAX_PATTERN_CHARS = 2_000  # one regular expression; shipped: 472 at most


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
    matcher: SafePattern  # run on RE2 (core.check.rules.safe_regex): linear in the text
    suggestions: tuple[str, ...]
    swap: Mapping[str, str]  # term folded by fold_separators() -> its replacement
    near: SafePattern | None = None  # a match counts only with one of these nearby
    unless: SafePattern | None = None  # a match is dropped with one of these nearby
    window: int = 40  # how far "nearby" reaches, in characters each side of the match
    terms: tuple[str, ...] = ()  # as written in the pack (swap keys included), for display
    patterns: tuple[str, ...] = ()
    # First word (lowercase letters) of every term, when the rule has no patterns: a text
    # holding none of them cannot match, so the matcher need not run.
    anchors: frozenset[str] | None = None
    shape: str = ""  # a shape over word classes (core.check.rules.shapes) instead of terms/patterns
    scope: str = ""  # for a shape: "tagar" only in hashtags, "teks" only outside them
    # An explicit act (a call to vote, a salute): the severity holds on every day, not only
    # inside the campaign period.
    act: bool = False
    # Ids of [[context]] tables (of any pack in use): in a post read as one, the rule is silent.
    contexts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Context:
    """A reading of a post (a contest, not an election): ``shape`` matches in it (or in the
    finding's sentence) and ``unless`` nowhere in it. Rules that name it in ``contexts`` do
    not fire there."""

    id: str
    shape: str
    unless: str = ""
    scope: str = "unggahan"  # or "kalimat": shape must match in the finding's sentence
    reason: str = ""
    source: str = ""


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
    contexts: tuple[Context, ...] = ()  # the pack's [[context]] tables
    # Loaded with verify=True (not a shipped pack): its shapes are compiled when the checker is
    # made, to name a bad one at once (see core.check.rules.matcher.grammar_of).
    verified: bool = True


def load_packs(paths: Iterable[Path], *, verify: bool = True) -> list[RulePack]:
    return [load_pack(p, verify=verify) for p in paths]


def load_pack(path: Path, *, verify: bool = True) -> RulePack:
    """Read one pack; raise :class:`RuleFileError` if anything in it is wrong. ``verify=False``
    (the shipped packs, whose every pattern a test compiles) leaves the compiling of each
    pattern on RE2 to its first use; look-around and the limits are checked either way."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise RuleFileError(path, f"berkas tidak dapat dibaca ({exc.strerror or exc})") from exc
    if size > MAX_PACK_BYTES:
        raise RuleFileError(path, f"berkas {size:,} bita, lebih dari batas {MAX_PACK_BYTES:,} bita "
                                  "untuk satu paket aturan. Pecah menjadi beberapa paket.")
    try:
        data = read_toml(path)  # the build-time JSON copy when it is current (core.check.tomlcache)
    except OSError as exc:
        raise RuleFileError(path, f"berkas tidak dapat dibaca ({exc.strerror or exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        line = _line_of(str(exc))
        raise RuleFileError(path, f"bukan TOML yang sah: {exc}", line=line) from exc
    except UnicodeDecodeError as exc:
        raise RuleFileError(path, "berkas bukan teks UTF-8") from exc
    except RecursionError:  # tomllib parses nested arrays and tables recursively
        raise RuleFileError(path, "larik atau tabel bersarang terlalu dalam; paket aturan hanya "
                                  "memakai [[rule]] dan [[words]] dengan daftar teks.") from None
    try:
        _check_size(path, data)
        return _build_pack(path, data, verify)
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


def _check_size(path: Path, data: dict[str, Any]) -> None:
    """The count limits (before anything is compiled: a pack over them is refused at once)."""
    rules = data.get("rule", [])
    words = data.get("words", [])
    if not isinstance(rules, list) or not isinstance(words, list):
        return  # _build_pack names the wrong type
    if len(rules) > MAX_RULES:
        raise RuleFileError(path, f"{len(rules):,} aturan, lebih dari batas {MAX_RULES:,} per paket.",
                            key="rule")
    tables = [t for t in (*rules, *words) if isinstance(t, dict)]

    def count(*keys: str) -> int:
        return sum(len(t[k]) for t in tables for k in keys if isinstance(t.get(k), list | dict))

    terms = count("terms", "swap", "exact", "roots", "union")
    if terms > MAX_TERMS:
        raise RuleFileError(path, f"{terms:,} istilah, lebih dari batas {MAX_TERMS:,} per paket.",
                            key="terms")
    patterns = count("patterns", "near", "unless")
    if patterns > MAX_PATTERNS:
        raise RuleFileError(path, f"{patterns:,} pola, lebih dari batas {MAX_PATTERNS:,} per paket.",
                            key="patterns")
    lists = sum(1 for t in tables for k in ("patterns", "near", "unless") if t.get(k))
    if lists > MAX_PATTERN_LISTS:
        raise RuleFileError(path, f"{lists:,} daftar pola (patterns, near, unless), lebih dari batas "
                                  f"{MAX_PATTERN_LISTS:,} per paket.", key="patterns")


def _line_of(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def _build_pack(path: Path, data: dict[str, Any], verify: bool = True) -> RulePack:
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
    contexts = _build_contexts(path, data.get("context", []))
    if not isinstance(raw_rules, list) or not (raw_rules or words):
        raise RuleFileError(path, "paket harus memuat sedikitnya satu [[rule]] atau [[words]]",
                            key="rule")
    rules: list[Rule] = []
    seen: set[str] = set()
    for raw in raw_rules:
        rule = _build_rule(path, raw, verify)
        if rule.id in seen:
            raise RuleFileError(path, "id aturan dipakai dua kali", rule=rule.id, key="id")
        seen.add(rule.id)
        rules.append(rule)
    if verify:
        size = sum(p.program_size for r in rules for p in (r.matcher, r.near, r.unless) if p is not None)
        if size > MAX_PROGRAM_SIZE:
            raise RuleFileError(path, f"pola dan istilah paket ini terlalu rumit ({size:,} instruksi "
                                      f"RE2, batas {MAX_PROGRAM_SIZE:,}): setiap pemeriksaan akan "
                                      "melambat. Sederhanakan pola (misalnya \\w+ berulang "
                                      "{0,8}) atau pecah paketnya.")
    return RulePack(
        id=header["id"], name=header["name"], version=header["version"], path=path,
        rules=tuple(rules), campaign=campaign, description=header.get("description", ""),
        words=words, contexts=contexts, verified=verify,
    )


def _named_tables(path: Path, raw: object, section: str, name_key: str, keys: Mapping[str, type],
                  required: tuple[str, ...]) -> Iterator[tuple[dict[str, Any], str, str]]:
    """Each table of a ``[[section]]`` list with its name (``name_key``) and the label errors
    give it, its keys checked."""
    if not isinstance(raw, list):
        raise RuleFileError(path, f"[[{section}]] harus berupa daftar tabel", key=section)
    for table in raw:
        if not isinstance(table, dict):
            raise RuleFileError(path, f"[[{section}]] harus berupa tabel", key=section)
        name = table.get(name_key) if isinstance(table.get(name_key), str) else None
        label = f"{section} {name}" if name else section
        _check_keys(path, table, keys, required, rule=label)
        assert name is not None
        yield table, name, label


def _check_shape(path: Path, shape: str, label: str, key: str) -> None:
    try:
        check_shape_syntax(shape)
    except ShapeError as exc:
        raise RuleFileError(path, str(exc), rule=label, key=key) from None


def _build_words(path: Path, raw: object) -> tuple[WordClass, ...]:
    out: list[WordClass] = []
    for table, name, label in _named_tables(path, raw, "words", "class", _WORDS_KEYS, ("class", "reason")):
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
            _check_shape(path, table["shape"], label, "shape")
        out.append(word_class(name, table))
    return tuple(out)


def _build_contexts(path: Path, raw: object) -> tuple[Context, ...]:
    out: list[Context] = []
    required = ("id", "shape", "reason", "source")
    for table, name, label in _named_tables(path, raw, "context", "id", _CONTEXT_KEYS, required):
        if name in {c.id for c in out}:
            raise RuleFileError(path, "id konteks dipakai dua kali", rule=label, key="id")
        for key in ("shape", "unless"):
            if table.get(key):
                _check_shape(path, table[key], label, key)
        scope = table.get("scope", "unggahan")
        if scope not in _CONTEXT_SCOPES:
            raise RuleFileError(path, "harus \"unggahan\" atau \"kalimat\"", rule=label, key="scope")
        out.append(Context(id=name, shape=table["shape"], unless=table.get("unless", ""),
                           scope=scope, reason=table["reason"], source=table["source"]))
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


def _build_rule(path: Path, raw: object, verify: bool = True) -> Rule:
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
    for key in ("terms", "patterns", "suggestions", "near", "unless", "contexts"):
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
        _check_shape(path, shape, rule_id, "shape")
    scope = raw.get("scope", "")
    if scope not in _SCOPES:
        raise RuleFileError(path, "harus \"teks\" atau \"tagar\"", rule=rule_id, key="scope")
    ignore_case = not raw.get("case_sensitive", False)
    window = raw.get("window", 40)
    if isinstance(window, bool) or not 1 <= window <= 2000:
        raise RuleFileError(path, "harus bilangan bulat 1–2000 (karakter)", rule=rule_id, key="window")
    near = _context_regex(path, rule_id, "near", raw.get("near", []), verify)
    unless = _context_regex(path, rule_id, "unless", raw.get("unless", []), verify)
    matcher: SafePattern
    if shape:
        matcher = _NEVER
    else:
        matcher = _compile_joined(path, rule_id, "patterns", patterns, ignore_case, verify,
                                  terms=_terms_regex(terms) if terms else None,
                                  needles=partial(_needles, patterns, terms))
    return Rule(
        id=rule_id, category=category, severity=severity, message=raw["message"].strip(),
        reference=raw.get("reference", ""), reason=raw.get("reason", ""),
        matcher=matcher,
        suggestions=tuple(raw.get("suggestions", [])),
        swap={fold_separators(k): v for k, v in swap.items()},
        near=near, unless=unless, window=window, terms=tuple(terms), patterns=tuple(patterns),
        anchors=None if patterns else frozenset(_first_word(t) for t in terms),
        shape=shape, scope=scope, act=raw.get("act", False),
        contexts=tuple(raw.get("contexts", [])),
    )


def _context_regex(path: Path, rule_id: str, key: str, items: list[str],
                   verify: bool) -> SafePattern | None:
    """``near``/``unless`` entries: regular expressions, always case-insensitive."""
    return _compile_joined(path, rule_id, key, items, True, verify,
                           needles=partial(_needles, items, [])) if items else None


def _needles(patterns: list[str], terms: list[str]) -> tuple[Needles, ...] | None:
    """Strings one of which every match of the rule's terms and patterns holds (from the
    build-time copy, see core.check.rules.needles), or None."""
    if not patterns:  # terms alone: their words, as the text's words (Rule.anchors asks
        return joined_needles([term_needles(terms)])  # for the first word only)
    known = _shipped_needles()
    return joined_needles([known.get(p) for p in patterns] + ([term_needles(terms)] if terms else []))


@lru_cache(maxsize=1)
def _shipped_needles() -> dict[str, Needles]:
    return load_needles(resource_dir())


def _compile_joined(path: Path, rule_id: str, key: str, items: list[str], ignore_case: bool,
                    verify: bool = True, *, terms: tuple[str, str] | None = None,
                    needles: Callable[[], tuple[Needles, ...] | None] | None = None) -> SafePattern:
    """The rule's ``terms`` (the cheap and the exact pattern of :func:`_terms_regex`) and the
    regular expressions ``items`` as one pattern on RE2. An item RE2 cannot run (look-around, a
    back-reference, bad syntax, too large) is named with its line."""
    for item in items:
        if len(item) > MAX_PATTERN_CHARS:
            raise RuleFileError(path, f"pola {len(item):,} karakter, lebih dari batas "
                                f"{MAX_PATTERN_CHARS:,}.", rule=rule_id, key=key,
                                line=_line_of_item(path, rule_id, item))
    try:
        return SafePattern(join_alternatives([terms[0], *items] if terms else items),
                           ignore_case=ignore_case, check=verify,
                           exact=join_alternatives([terms[1], *items]) if terms else None,
                           needles=needles)
    except UnsafePatternError as joined_error:
        for item in items:
            try:
                SafePattern(join_alternatives([item]))
            except UnsafePatternError as exc:
                raise RuleFileError(path, f"pola {_excerpt(item)} ditolak: {exc}", rule=rule_id,
                                    key=key, line=_line_of_item(path, rule_id, item)) from None
        raise RuleFileError(path, f"pola ditolak: {joined_error}", rule=rule_id, key=key) from None


def _excerpt(item: str) -> str:
    return "“" + (item if len(item) <= 60 else item[:57] + "…") + "”"


def _line_of_item(path: Path, rule_id: str, item: str) -> int | None:
    """The line holding the start of ``item`` inside the rule (best effort: falls back on the
    rule's line, then on none)."""
    rule_line = _line_of_key(path, rule_id, None)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return rule_line
    needle = item[:40]
    for i in range((rule_line or 1) - 1, len(lines)):
        if needle in lines[i] or needle.replace("\\", "\\\\") in lines[i]:
            return i + 1
    return rule_line


def _terms_regex(terms: list[str]) -> tuple[str, str]:
    """All terms as one alternation, longest first, reported only where no word character
    stands before or after: the cheap pattern and the exact one of
    :func:`~core.check.rules.safe_regex.word_bounded` (RE2 has no look-around)."""
    bodies = [_term_body(t) for t in sorted(set(terms), key=len, reverse=True)]
    return word_bounded("|".join(bodies))


def _term_body(term: str) -> str:
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", term.strip())]
    return r"[\s\-]+".join(parts)


_WORD_RE = re.compile(r"[^\W\d_]+")
_NEVER = SafePattern(r"[^\x00-\x{10ffff}]")  # matches nothing (a shape rule has no matcher)


def _first_word(term: str) -> str:
    found = _WORD_RE.search(term.lower())
    return found.group() if found else ""


@lru_cache(maxsize=4)  # every pack of one check asks for the same text
def text_words(text: str) -> frozenset[str]:
    """The lowercase letter runs of ``text``, to test a rule's :attr:`Rule.anchors`."""
    return frozenset(findall_chunked(_WORD_RE, text.lower()))  # a letter run never spans a space


# -- shapes of imported packs --------------------------------------------------------------------

ANY_TOKEN_REPEAT = 12  # "<*>{0,12}" at most: an unbounded "<*>*" would try every split of a sentence
ALTERNATION_REPEAT = 8  # an alternation repeated more than this backtracks exponentially


def check_shapes_linear(pack: RulePack, others: Iterable[RulePack] = ()) -> None:
    """Shapes run on RE2 (core.check.rules.shapes: time linear in the text, and compiling
    refuses look-around RE2 cannot stand in for); their regex is still kept to one that could
    not backtrack without bound, so that what a shape means stays plain to read and review: no
    repetition inside a repetition (beyond ``?``), no alternation repeated more than
    :data:`ALTERNATION_REPEAT` times, no token of any class (``<*>``) repeated more than
    :data:`ANY_TOKEN_REPEAT` times. ``others``: the packs whose word classes the shapes also
    see when checking (the shipped ones). Every shipped shape keeps to this. Raises
    :class:`RuleFileError` naming the rule."""
    from core.check.rules.shapes import Grammar

    grammar = Grammar([*(w for other in others for w in other.words), *pack.words])
    named = [(r.id, "shape", r.shape) for r in pack.rules if r.shape]
    named += [(f"words {w.name}", "shape", w.shape) for w in pack.words if w.shape]
    for rule_id, key, shape in named:
        try:
            source = grammar.compile(shape).pattern
        except ShapeError as exc:
            raise RuleFileError(pack.path, str(exc), rule=rule_id, key=key) from None
        problem = _backtracking_risk(_parse_regex(source), grammar_any=_any_symbols(grammar))
        if problem:
            raise RuleFileError(pack.path, f"bentuk ini bisa membuat pemeriksaan lambat: {problem}.",
                                rule=rule_id, key=key,
                                line=_line_of_key(pack.path, rule_id if rule_id in
                                                  {r.id for r in pack.rules} else None, key))


def _parse_regex(source: str) -> Any:
    from re import _parser  # type: ignore[attr-defined]  # the parse tree of re itself

    return _parser.parse(source)


def _any_symbols(grammar: Any) -> str:
    return str(getattr(grammar, "_any", ""))


def _backtracking_risk(items: Any, *, grammar_any: str, outer: int = 0) -> str:
    """Why the parsed regex ``items`` could backtrack without bound, or "" (``outer``: the
    upper bound of the repetition around it, 0 for none)."""
    from re import _constants as c  # type: ignore[attr-defined]

    for op, av in items:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            _low, high, sub = av
            if high > 1 and outer > 1:
                return "pengulangan di dalam pengulangan"
            kinds = {o for o, _ in sub}
            if high > ANY_TOKEN_REPEAT and sub and _is_any(sub, grammar_any):
                return f"<*> diulang lebih dari {ANY_TOKEN_REPEAT} kali"
            if high > ALTERNATION_REPEAT and (c.BRANCH in kinds or _has_branch(sub)):
                return f"pilihan (|) diulang lebih dari {ALTERNATION_REPEAT} kali"
            found = _backtracking_risk(sub, grammar_any=grammar_any, outer=max(outer, high))
            if found:
                return found
        elif op == c.BRANCH:
            for branch in av[1]:
                found = _backtracking_risk(branch, grammar_any=grammar_any, outer=outer)
                if found:
                    return found
        elif op == c.SUBPATTERN:
            found = _backtracking_risk(av[-1], grammar_any=grammar_any, outer=outer)
            if found:
                return found
        elif op in (c.ASSERT, c.ASSERT_NOT):
            found = _backtracking_risk(av[1], grammar_any=grammar_any, outer=outer)
            if found:
                return found
    return ""


def _has_branch(items: Any) -> bool:
    from re import _constants as c  # type: ignore[attr-defined]

    for op, av in items:
        if op == c.BRANCH:
            return True
        if op == c.SUBPATTERN and _has_branch(av[-1]):
            return True
    return False


def _is_any(items: Any, grammar_any: str) -> bool:
    """Whether ``items`` is the any-token class of the grammar (``<*>``)."""
    from re import _constants as c  # type: ignore[attr-defined]

    return bool(grammar_any) and len(items) == 1 and items[0][0] in (c.IN, c.NOT_LITERAL, c.ANY) \
        and (items[0][0] != c.IN or any(o == c.NEGATE for o, _ in items[0][1]))
