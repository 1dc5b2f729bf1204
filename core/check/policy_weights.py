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
weight list is a mapping of its non-zero weights by feature name (what the checker keeps of it:
a :class:`SparseWeights`, which reads a feature's weight from the arrays by bisection and makes
a dict only when asked for one as a mapping; building the six dicts of 223,660 weights was
~33 ms of every start), or None when the copy is missing or malformed, or when the JSON file is there and the
copy was made from other bytes than it holds now (the JSON is then read as before: a retrained
model without a new copy is only slower to load). Where the JSON file is absent, as in the
bundle, the copy is the model.
"""

from __future__ import annotations

import hashlib
import json
import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from itertools import accumulate, islice
from operator import lt
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


def _put_weights(node: Any, lists: list[Mapping[str, float]]) -> Any:
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
    shared = _Names(names)
    lists: list[Mapping[str, float]] = []
    for count, code in zip(header["nonzero"], header["positions"], strict=True):
        if code not in ("B", "I"):
            return None
        positions, pos = _read(raw, pos, code, count)
        numbers, pos = _read(raw, pos, header["index"], count)
        if code == "B" and count and not positions[1:].count(0) and max(numbers) < len(values):
            # ascending positions (no gap of 0 after the first): read lazily by bisection
            if sum(positions) >= len(names):
                raise IndexError("a position past the names")
            lists.append(SparseWeights(shared, positions, numbers, values))
            continue
        # an IndexError when a position is past the names or a number past the table
        at = accumulate(positions) if code == "B" else positions
        lists.append(dict(zip(map(names.__getitem__, at), map(values.__getitem__, numbers),
                              strict=True)))
    if pos != len(raw):
        return None
    return {**_put_weights(header["model"], lists), "features": names}


class _Names:
    """The feature names of one copy, shared by its models."""

    __slots__ = ("_sorted", "names")

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self._sorted: bool | None = None

    def ascending(self) -> bool:
        """Whether the names are strictly ascending (the training script sorts them), so that
        a name's position is found by bisection."""
        if self._sorted is None:
            names = self.names
            self._sorted = all(map(lt, names, islice(names, 1, None)))  # lt: C, no descriptor
        return self._sorted

    def position(self, name: str) -> int:
        """Where ``name`` stands among the (ascending) names; -1: not there."""
        names = self.names
        i = bisect_left(names, name)
        return i if i < len(names) and names[i] == name else -1


class SparseWeights(Mapping[str, float]):
    """One model's non-zero weights by feature name, read from the copy's arrays: what
    :func:`weight_rows` asks is looked up by bisection; used as a mapping, the dict that
    ``dict(zip(names, weights))`` would make is made once and answers."""

    __slots__ = ("_dict", "_gaps", "_names", "_numbers", "_positions", "_values")

    def __init__(self, names: _Names, gaps: array[int], numbers: array[int],
                 values: list[float]) -> None:
        self._names = names
        self._gaps = gaps  # ascending positions as the gaps between them
        self._positions: array[int] | None = None
        self._numbers = numbers
        self._values = values
        self._dict: dict[str, float] | None = None

    def as_dict(self) -> dict[str, float]:
        if self._dict is None:
            self._dict = dict(zip(map(self._names.names.__getitem__, accumulate(self._gaps)),
                                  map(self._values.__getitem__, self._numbers), strict=True))
        return self._dict

    def positions(self) -> array[int]:
        """The ascending positions of the weights among the names, and a sentinel past the
        last name (its number is never read)."""
        positions = self._positions
        if positions is None:
            positions = self._positions = array("I", accumulate(self._gaps))
            positions.append(len(self._names.names))
        return positions

    def __getitem__(self, name: str) -> float:
        return self.as_dict()[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.as_dict().get(name, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self.as_dict())

    def __len__(self) -> int:
        return len(self._numbers)

    def __contains__(self, name: object) -> bool:
        return name in self.as_dict()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SparseWeights):
            other = other.as_dict()
        return self.as_dict() == other if isinstance(other, Mapping) else NotImplemented

    __hash__ = None  # type: ignore[assignment]  # a mapping, as the dict it stands for

    def __repr__(self) -> str:
        return repr(self.as_dict())


def weight_rows(models: Sequence[Mapping[str, float]], features: Sequence[str]
                ) -> list[tuple[float, ...]]:
    """Per feature, its weight in each of ``models`` (0.0 where a model has none): the values
    of ``tuple(m.get(f, 0.0) for m in models)``. Where every model is a :class:`SparseWeights`
    of the same names and no dict has been made yet, up to 20,000 features (a post, a long
    text; not a pasted book) are looked up by bisection, without making the dicts."""
    first = models[0] if models else None
    if (len(features) <= _BISECT_LIMIT and isinstance(first, SparseWeights)
            and all(isinstance(m, SparseWeights) and m._names is first._names
                    and m._dict is None for m in models)
            and first._names.ascending()):
        return _bisected_rows(models, features)  # type: ignore[arg-type]
    dicts = [m.as_dict() if isinstance(m, SparseWeights) else m for m in models]
    return [tuple([d.get(f, 0.0) for d in dicts]) for f in features]


# Up to this many features, bisection (~4-5 µs a feature: 34-47 ms for text_5000's 7,439)
# costs less than making the six dicts and reading them (51-58 ms); past it (a pasted book)
# they are made, and answer every later look-up.
_BISECT_LIMIT = 20_000


def _bisected_rows(models: Sequence[SparseWeights], features: Sequence[str]
                   ) -> list[tuple[float, ...]]:
    names = models[0]._names.names
    count = len(names)
    columns = [(m.positions(), m._numbers, m._values) for m in models]
    zeros = (0.0,) * len(models)
    rows: list[tuple[float, ...]] = []
    for feature in features:
        i = bisect_left(names, feature)
        if i == count or names[i] != feature:
            rows.append(zeros)
            continue
        row = []
        for positions, numbers, values in columns:
            j = bisect_left(positions, i)  # a position past the last: the sentinel
            row.append(values[numbers[j]] if positions[j] == i else 0.0)
        rows.append(tuple(row))
    return rows


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
