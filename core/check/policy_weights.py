"""A compact copy of the policy model's weights, read at start-up instead of the JSON.

``resources/rules/model/policy-model.json`` (written by ``scripts/train_policy_model.py``) holds
some 55,000 weights as one JSON object per category: parsing it and building the dictionaries
took ~20 ms of the checker's start-up. The training script also writes this copy,
``policy-weights.bin``, from the same data:

* a first line ``saring-policy-weights 1``;
* a line of JSON: the SHA-256 of the JSON file's bytes it was made from, the model without its
  weights (format, provenance, each category's bias and threshold, in the file's order), each
  category's number of weights, and the byte length of the names;
* the feature names of every category, each once, UTF-8, joined by newlines;
* per category, in the header's order, its weights' name indexes (unsigned 32-bit) and then the
  weights (IEEE doubles: exactly the floats ``float()`` makes of the JSON's numbers), both
  little-endian, in the JSON's order.

:func:`read_compact` returns the same data as ``json.loads`` of the JSON file, or None when the
copy is missing, malformed, or was made from other bytes than the JSON file holds now (the
JSON is then read as before: a retrained model without a new copy is only slower to load).
"""

from __future__ import annotations

import hashlib
import json
import sys
from array import array
from pathlib import Path
from typing import Any

COMPACT_NAME = "policy-weights.bin"
_MAGIC = b"saring-policy-weights 1\n"


def compact_path(model_json: Path) -> Path:
    """Where the compact copy of the weights file ``model_json`` lives."""
    return model_json.with_name(COMPACT_NAME)


def dumps_compact(raw_json: bytes) -> bytes:
    """The compact copy of the weights file whose bytes are ``raw_json``."""
    data = json.loads(raw_json)
    names: dict[str, int] = {}
    header_cats = []
    for name, body in data["categories"].items():
        for feature in body["weights"]:
            names.setdefault(feature, len(names))
        header_cats.append([name, {k: v for k, v in body.items() if k != "weights"},
                            len(body["weights"])])
    if any("\n" in n for n in names):
        raise ValueError("a feature name holds a newline")
    blob = "\n".join(names).encode("utf-8")
    header = {"source_sha256": hashlib.sha256(raw_json).hexdigest(),
              "model": {k: v for k, v in data.items() if k != "categories"},
              "categories": header_cats, "names": len(names), "names_bytes": len(blob)}
    parts = [_MAGIC, json.dumps(header, ensure_ascii=True, sort_keys=True).encode() + b"\n", blob]
    for body in data["categories"].values():
        parts.append(_little(array("I", [names[f] for f in body["weights"]])).tobytes())
        parts.append(_little(array("d", [float(w) for w in body["weights"].values()])).tobytes())
    return b"".join(parts)


def read_compact(model_json: Path, raw_json: bytes) -> dict[str, Any] | None:
    """The model data of the JSON file ``model_json`` (whose bytes are ``raw_json``) from its
    compact copy, or None when there is no current, well-formed copy."""
    try:
        raw = compact_path(model_json).read_bytes()
    except OSError:
        return None
    try:
        return _parse(raw, hashlib.sha256(raw_json).hexdigest())
    except (ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError):
        return None


def _parse(raw: bytes, source_sha256: str) -> dict[str, Any] | None:
    if not raw.startswith(_MAGIC) or array("I").itemsize != 4 or array("d").itemsize != 8:
        return None
    end = raw.index(b"\n", len(_MAGIC))
    header = json.loads(raw[len(_MAGIC):end])
    if header["source_sha256"] != source_sha256:
        return None
    pos = end + 1
    names = raw[pos:pos + header["names_bytes"]].decode("utf-8").split("\n")
    if len(names) != header["names"]:
        return None
    pos += header["names_bytes"]
    categories: dict[str, Any] = {}
    for name, body, count in header["categories"]:
        indexes, pos = _read(raw, pos, "I", count)
        weights, pos = _read(raw, pos, "d", count)
        categories[name] = {**body, "weights": dict(zip(map(names.__getitem__, indexes),
                                                        weights, strict=True))}
    if pos != len(raw):
        return None
    return {**header["model"], "categories": categories}


def _read(raw: bytes, pos: int, code: str, count: int) -> tuple[array[Any], int]:
    values = array(code)
    end = pos + count * values.itemsize
    if end > len(raw):
        raise ValueError("truncated")
    values.frombytes(raw[pos:end])
    return _little(values), end


def _little(values: array[Any]) -> array[Any]:
    """``values`` in little-endian byte order (a no-op on the machines Saring runs on)."""
    if sys.byteorder != "little":
        values.byteswap()
    return values
