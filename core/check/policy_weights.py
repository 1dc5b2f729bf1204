"""The compact copy of the policy model's weights: what the checker reads at start-up.

``resources/rules/model/policy-model.json`` (written by ``scripts/train_policy_model.py``, format
2) holds some 45,000 feature names and, per model (a category's, and its act model's), one weight
for each, most of them 0. It is the model's source in the repository; the bundle ships only this
copy, ``policy-weights.bin``, which the training script writes from the same data:

* a first line ``saring-policy-weights 4``;
* a line of JSON: the SHA-256 of the JSON file's bytes it was made from, the model without its
  feature names and weight lists (format, provenance, each model's bias and threshold; where a
  weight list was, its number in the order below), the number of names and models, the byte
  length of the names, how many distinct weights there are and, per model, how many of its
  weights are not 0 and how its positions are written;
* the feature names, UTF-8, joined by newlines;
* the distinct non-zero weights, in ascending order (IEEE doubles: exactly the floats ``float()``
  makes of the JSON's numbers);
* per model, the positions of its non-zero weights, either as the gaps between them (unsigned
  8-bit: the first is the first position; used when no gap exceeds 255, as in every model trained
  so far, whose largest gap is 59) or as themselves (unsigned 32-bit); then, for each, the number
  of its weight in the table of distinct weights (unsigned 16-bit, or 32-bit when there are more
  than 65,536 of them). All numbers little-endian.

A model of 223,660 non-zero weights, 13,204 of them distinct, takes 1.75 MB in this form instead
of the 3.66 MB of format 3 (a 32-bit position and a double for each), and reads as fast: the
table and the gaps are decoded by ``array`` and ``itertools.accumulate`` in C.

:func:`read_compact` returns the same data as ``json.loads`` of the JSON file, except that each
weight list is a mapping of its non-zero weights by feature name (what the checker keeps of it),
or None when the copy is missing or malformed, or when the JSON file is there and the
copy was made from other bytes than it holds now (the JSON is then read as before: a retrained
model without a new copy is only slower to load). Where the JSON file is absent, as in the
bundle, the copy is the model.
"""

from __future__ import annotations

import hashlib
import json
import sys
from array import array
from itertools import accumulate
from pathlib import Path
from typing import Any

COMPACT_NAME = "policy-weights.bin"
_MAGIC = b"saring-policy-weights 4\n"
_GAP_LIMIT = 255  # the largest gap between positions an unsigned byte holds


def compact_path(model_json: Path) -> Path:
    """Where the compact copy of the weights file ``model_json`` lives."""
    return model_json.with_name(COMPACT_NAME)


def dumps_compact(raw_json: bytes) -> bytes:
    """The compact copy of the weights file whose bytes are ``raw_json``."""
    data = json.loads(raw_json)
    names = data["features"]
    if any("\n" in n for n in names):
        raise ValueError("a feature name holds a newline")
    lists: list[list[float]] = []
    model = _take_weights({k: v for k, v in data.items() if k != "features"}, lists)
    if any(len(weights) != len(names) for weights in lists):
        raise ValueError("a model's weights are not as many as the features")
    blob = "\n".join(names).encode("utf-8")
    nonzero = [[i for i, w in enumerate(weights) if w] for weights in lists]
    values = sorted({float(weights[i]) for weights, positions in zip(lists, nonzero, strict=True)
                     for i in positions})
    number = {value: n for n, value in enumerate(values)}
    index_code = "H" if len(values) <= 1 << 16 else "I"
    coded = [(positions, _gaps(positions)) for positions in nonzero]
    header = {"source_sha256": hashlib.sha256(raw_json).hexdigest(), "model": model,
              "names": len(names), "names_bytes": len(blob), "models": len(lists),
              "nonzero": [len(positions) for positions in nonzero], "values": len(values),
              "index": index_code, "positions": ["I" if gaps is None else "B" for _, gaps in coded]}
    parts = [_MAGIC, json.dumps(header, ensure_ascii=True, sort_keys=True).encode() + b"\n", blob,
             _little(array("d", values)).tobytes()]
    for weights, (positions, gaps) in zip(lists, coded, strict=True):
        parts.append(_little(array("I", positions)).tobytes() if gaps is None else gaps.tobytes())
        parts.append(_little(array(index_code, (number[float(weights[i])]
                                                for i in positions))).tobytes())
    return b"".join(parts)


def _gaps(positions: list[int]) -> array[int] | None:
    """``positions`` as the gaps between them (the first from 0), or None when one is too wide
    for a byte."""
    gaps = [b - a for a, b in zip([0, *positions], positions, strict=False)]
    return array("B", gaps) if all(gap <= _GAP_LIMIT for gap in gaps) else None


def _take_weights(node: Any, lists: list[list[float]]) -> Any:
    """``node`` with every model's ``weights`` list moved to ``lists`` (its place holds the
    list's index there)."""
    if not isinstance(node, dict):
        return node
    out = {k: _take_weights(v, lists) for k, v in node.items()}
    if isinstance(node.get("weights"), list):
        lists.append(node["weights"])
        out["weights"] = len(lists) - 1
    return out


def _put_weights(node: Any, lists: list[dict[str, float]]) -> Any:
    """The inverse of :func:`_take_weights`."""
    if not isinstance(node, dict):
        return node
    out = {k: _put_weights(v, lists) for k, v in node.items()}
    if "weights" in node:
        out["weights"] = lists[node["weights"]]
    return out


def read_compact(model_json: Path, raw_json: bytes | None) -> dict[str, Any] | None:
    """The model data of the JSON file ``model_json`` (whose bytes are ``raw_json``; None when
    there is no such file) from its compact copy, or None when there is no current, well-formed
    copy."""
    try:
        raw = compact_path(model_json).read_bytes()
    except OSError:
        return None
    source = None if raw_json is None else hashlib.sha256(raw_json).hexdigest()
    try:
        return _parse(raw, source)
    except (ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError):
        return None


def _parse(raw: bytes, source_sha256: str | None) -> dict[str, Any] | None:
    if not raw.startswith(_MAGIC) or array("d").itemsize != 8 or array("I").itemsize != 4:
        return None
    end = raw.index(b"\n", len(_MAGIC))
    header = json.loads(raw[len(_MAGIC):end])
    if source_sha256 is not None and header["source_sha256"] != source_sha256:
        return None
    pos = end + 1
    names = raw[pos:pos + header["names_bytes"]].decode("utf-8").split("\n")
    if (len(names) != header["names"] or len(header["nonzero"]) != header["models"]
            or len(header["positions"]) != header["models"] or header["index"] not in ("H", "I")):
        return None
    pos += header["names_bytes"]
    table, pos = _read(raw, pos, "d", header["values"])
    values = table.tolist()
    lists: list[dict[str, float]] = []
    for count, code in zip(header["nonzero"], header["positions"], strict=True):
        if code not in ("B", "I"):
            return None
        positions, pos = _read(raw, pos, code, count)
        numbers, pos = _read(raw, pos, header["index"], count)
        # an IndexError when a position is past the names or a number past the table
        at = accumulate(positions) if code == "B" else positions
        lists.append(dict(zip(map(names.__getitem__, at), map(values.__getitem__, numbers),
                              strict=True)))
    if pos != len(raw):
        return None
    return {**_put_weights(header["model"], lists), "features": names}


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
