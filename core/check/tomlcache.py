"""TOML files of ``resources/`` read through a build-time copy in JSON.

Parsing the shipped rule packs with ``tomllib`` took ~60 ms of the checker's ~110 ms start-up;
``json`` reads the same data in ~3 ms. ``scripts/compile_rules.py`` writes
``resources/rules-compiled.json``: for each TOML file under ``resources/rules/`` its SHA-256
and its parsed content (dates tagged, since JSON has none). :func:`read_toml` uses that copy
only when the file's bytes still have that hash, and otherwise parses the file itself: a pack
edited without recompiling is read correctly, only slower. Nothing is written at run time.

:func:`read_toml_checked` also says whether the build-time copy was used: the file is then byte
for byte the one the build script read and checked, so a loader may leave checks it made
(compiling the cue files' regular expressions) to first use; a file edited since is checked at
once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

COMPILED_NAME = "rules-compiled.json"
_DATE_TAGS = {"$date": dt.date.fromisoformat, "$datetime": dt.datetime.fromisoformat,
              "$time": dt.time.fromisoformat}


def read_toml(path: Path) -> dict[str, Any]:
    """The parsed content of ``path``, like ``tomllib.load``; raises what it raises (and
    ``OSError`` when the file cannot be read)."""
    return read_toml_checked(path)[0]


def read_toml_checked(path: Path) -> tuple[dict[str, Any], bool]:
    """:func:`read_toml`, and whether the content came from the build-time copy (the file is
    unchanged since ``scripts/compile_rules.py`` read and checked it)."""
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    compiled = _compiled(path.resolve().parent)
    entry = compiled.get(path.name)
    if entry is not None and entry.get("sha256") == digest:
        data: dict[str, Any] = entry["data"]
        return data, True
    return tomllib.loads(raw.decode("utf-8")), False


@lru_cache(maxsize=8)
def _compiled(folder: Path) -> dict[str, dict[str, Any]]:
    """The compiled entries for the TOML files of ``folder`` (by file name), or none."""
    for base in (folder, *folder.parents[:2]):
        candidate = base / COMPILED_NAME
        if candidate.is_file():
            everything = _compiled_file(candidate)
            prefix = folder.relative_to(base).as_posix()
            return {name.rpartition("/")[2]: entry for name, entry in everything.items()
                    if name.rpartition("/")[0] == ("" if prefix == "." else prefix)}
        if base.name == "resources":
            break
    return {}


@lru_cache(maxsize=2)
def _compiled_file(candidate: Path) -> dict[str, dict[str, Any]]:
    """The whole compiled copy, read once for all its folders (the packs' and the cue files')."""
    try:
        everything: dict[str, dict[str, Any]] = json.loads(candidate.read_text(encoding="utf-8"),
                                                           object_hook=_untag)
    except (OSError, ValueError):
        return {}
    return everything


def compile_folder(resources: Path) -> dict[str, dict[str, Any]]:
    """Every ``*.toml`` under ``resources/rules`` parsed, by its path relative to
    ``resources`` (what ``scripts/compile_rules.py`` writes)."""
    entries: dict[str, dict[str, Any]] = {}
    for path in sorted((resources / "rules").rglob("*.toml")):
        raw = path.read_bytes()
        entries[path.relative_to(resources).as_posix()] = {
            "sha256": hashlib.sha256(raw).hexdigest(), "data": tomllib.loads(raw.decode("utf-8"))}
    return entries


def dumps(entries: dict[str, dict[str, Any]]) -> str:
    return json.dumps(entries, ensure_ascii=False, sort_keys=True, default=_tag,
                      separators=(",", ":")) + "\n"


def _tag(value: object) -> dict[str, str]:
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$time": value.isoformat()}
    raise TypeError(f"not TOML data: {value!r}")


def _untag(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        key, value = next(iter(obj.items()))
        parse = _DATE_TAGS.get(key)
        if parse is not None and isinstance(value, str):
            return parse(value)
    return obj
