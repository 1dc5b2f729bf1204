"""The compact copy of the policy model's weights: the same model as the JSON, or none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.app.paths import resource_dir
from core.check.findings import Category
from core.check.policy_model import MODEL_FILE, PolicyModel, PolicyModelError
from core.check.policy_weights import (
    SparseWeights,
    compact_path,
    dumps_compact,
    read_compact,
    weight_rows,
)

FEATURES = ["w:coblos", "b:nomor_<ANGKA>", "r:pilih", "w:transfer", "c:uang ganda"]
MODEL = {
    "format": 2,
    "provenance": {"command": "uji", "seed": 3},
    "features": FEATURES,
    "categories": {
        "neutrality": {"bias": -2.5, "threshold": 0.9, "weights": [1.25, 0.1, -0.0003, 0, 0],
                       "error": {"bias": -3.0, "threshold": 0.95,
                                 "weights": [2.0, 0.5, 0, 0, 0]}},
        "fraud": {"bias": -4.3407, "threshold": 1.0, "weights": [-0.1994, 0, 0, 0.7, 2]},
    },
}


def _sparse(node: object, names: list[str]) -> object:
    """The JSON's data as the compact copy gives it: each weight list a mapping of its non-zero
    weights by feature name."""
    if not isinstance(node, dict):
        return node
    out = {k: _sparse(v, names) for k, v in node.items()}
    if isinstance(node.get("weights"), list):
        out["weights"] = {n: w for n, w in zip(names, node["weights"], strict=True) if w}
    return out


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "policy-model.json"
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    compact_path(path).write_bytes(dumps_compact(path.read_bytes()))
    return path


def test_the_copy_reads_as_the_json_reads(tmp_path: Path) -> None:
    path = _write(tmp_path, MODEL)
    raw = path.read_bytes()
    data = read_compact(path, raw)
    assert data == _sparse(json.loads(raw), FEATURES)
    assert data["categories"]["fraud"]["weights"] == {"w:coblos": -0.1994, "w:transfer": 0.7,
                                                      "c:uang ganda": 2.0}
    assert data["categories"]["neutrality"]["error"]["weights"]["w:coblos"] == 2.0
    assert PolicyModel.load(path) == PolicyModel.from_json(json.loads(raw))
    assert PolicyModel.load(path).categories[Category.FRAUD].weights["w:coblos"] == -0.1994


def test_a_copy_of_other_bytes_is_not_used(tmp_path: Path) -> None:
    path = _write(tmp_path, MODEL)
    retrained = json.loads(json.dumps(MODEL))
    retrained["categories"]["fraud"]["weights"][3] = 0.8
    path.write_text(json.dumps(retrained, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    assert read_compact(path, path.read_bytes()) is None
    model = PolicyModel.load(path)  # the JSON, as before the copy existed
    assert model.categories[Category.FRAUD].weights["w:transfer"] == 0.8


def test_a_missing_or_broken_copy_is_not_used(tmp_path: Path) -> None:
    path = _write(tmp_path, MODEL)
    raw, copy = path.read_bytes(), compact_path(path).read_bytes()
    old_format = copy.replace(b"saring-policy-weights 4", b"saring-policy-weights 3", 1)
    for broken in (copy[:-3], copy + b"\0", b"saring-policy-weights 4\n{", b"", copy[:40], old_format):
        compact_path(path).write_bytes(broken)
        assert read_compact(path, raw) is None
        assert PolicyModel.load(path) == PolicyModel.from_json(json.loads(raw))
    compact_path(path).unlink()
    assert read_compact(path, raw) is None


def test_without_the_json_the_copy_is_the_model(tmp_path: Path) -> None:
    """The bundle ships the compact copy only (build.spec leaves the JSON out)."""
    path = _write(tmp_path, MODEL)
    expected = PolicyModel.from_json(json.loads(path.read_bytes()))
    path.unlink()
    assert read_compact(path, None) == _sparse(MODEL, FEATURES)
    assert PolicyModel.load(path) == expected
    compact_path(path).unlink()
    with pytest.raises(PolicyModelError, match=r"policy-weights\.bin"):
        PolicyModel.load(path)


def test_only_non_zero_weights_take_room(tmp_path: Path) -> None:
    sparse = compact_path(_write(tmp_path, MODEL)).stat().st_size
    dense = json.loads(json.dumps(MODEL))
    dense["categories"]["fraud"]["weights"] = [-0.1994, 0.3, 0.4, 0.7, 2]
    grown = compact_path(_write(tmp_path, dense)).stat().st_size - sparse
    # two more non-zero weights: a gap byte and a 16-bit number each, and the two new values
    assert grown == 2 * (1 + 2) + 2 * 8
    same = json.loads(json.dumps(MODEL))
    same["categories"]["fraud"]["weights"] = [-0.1994, 0.7, 2, 0.7, 2]
    grown = compact_path(_write(tmp_path, same)).stat().st_size - sparse
    assert grown == 2 * (1 + 2)  # a weight already in the table takes no more room


def _wide_model(names: list[str], weights: list[float]) -> dict:
    return {"format": 2, "provenance": {}, "features": names,
            "categories": {"hoax": {"bias": 0.5, "threshold": 0.7, "weights": weights},
                           "source": {"bias": -1.0, "threshold": 0.2, "weights": [0] * len(names)}}}


def test_wide_gaps_and_many_distinct_weights_read_back(tmp_path: Path) -> None:
    """A gap over 255 between two non-zero weights and more distinct weights than 16 bits
    number are written wide; a model with no non-zero weight is written empty."""
    names = [f"w:kata{i}" for i in range(70_000)] + ["w:hoaks-ñ", "c:berita bohong"]
    weights = [round(i * 1e-5 + 0.00001, 6) for i in range(70_000)] + [0, 3.5]
    weights[100:400] = [0] * 300  # a gap of 301
    path = _write(tmp_path, _wide_model(names, weights))
    header = json.loads(compact_path(path).read_bytes().split(b"\n")[1])
    assert header["positions"] == ["I", "B"] and header["index"] == "I"
    assert header["nonzero"] == [69_701, 0]
    raw = path.read_bytes()
    assert read_compact(path, raw) == _sparse(json.loads(raw), names)


def test_narrow_forms_are_used_when_they_fit(tmp_path: Path) -> None:
    names = [f"r:akar{i}" for i in range(600)]
    weights = [0.25 if i % 200 == 7 else 0 for i in range(600)]  # gaps 7, 200, 200
    path = _write(tmp_path, _wide_model(names, weights))
    header = json.loads(compact_path(path).read_bytes().split(b"\n")[1])
    assert header["positions"] == ["B", "B"] and header["index"] == "H" and header["values"] == 1
    raw = path.read_bytes()
    assert read_compact(path, raw) == _sparse(json.loads(raw), names)


def test_the_shipped_copy_is_current_and_equal_to_the_json() -> None:
    """scripts/train_policy_model.py writes both (its --check compares them too)."""
    path = resource_dir() / MODEL_FILE
    raw = path.read_bytes()
    data = read_compact(path, raw)
    assert data is not None, "run python scripts/train_policy_model.py"
    stored = json.loads(raw)
    assert data == _sparse(stored, stored["features"])


def _models(data: dict) -> list:
    out = []
    for body in data["categories"].values():
        out.append(body["weights"])
        if "error" in body:
            out.append(body["error"]["weights"])
    return out


def test_rows_read_by_bisection_are_the_dicts_rows() -> None:
    """A post's features are looked up in the copy's arrays without making the dicts; the
    rows are those the dicts give (a long text's many features make the dicts instead)."""
    path = resource_dir() / MODEL_FILE
    data = read_compact(path, path.read_bytes())
    assert data is not None
    models = _models(data)
    assert all(isinstance(m, SparseWeights) for m in models)
    names = data["features"]
    features = [*names[::97], names[0], names[-1], "w:tidak-ada", "", "~", "<", names[5] + "x"]
    rows = weight_rows(models, features)
    assert all(m._dict is None for m in models)  # nothing made
    assert rows == [tuple(m.as_dict().get(f, 0.0) for m in models) for f in features]
    many = names[::3]
    assert len(many) > 20_000
    fresh = _models(read_compact(path, path.read_bytes()))
    assert weight_rows(fresh, many) == [tuple(m.get(f, 0.0) for m in models) for f in many]


def test_names_out_of_order_are_read_through_the_dicts(tmp_path: Path) -> None:
    path = _write(tmp_path, MODEL)  # FEATURES are not in ascending order
    data = read_compact(path, path.read_bytes())
    models = _models(data)
    expected = _models(_sparse(json.loads(path.read_bytes()), FEATURES))
    features = [*FEATURES, "w:lain"]
    assert weight_rows(models, features) == [tuple(m.get(f, 0.0) for m in expected)
                                             for f in features]


def test_a_position_past_the_names_is_a_broken_copy(tmp_path: Path) -> None:
    names = sorted(f"w:kata{i}" for i in range(10))
    path = _write(tmp_path, _wide_model(names, [0.5] * 10))
    raw, copy = path.read_bytes(), compact_path(path).read_bytes()
    assert read_compact(path, raw) is not None
    header_end = copy.index(b"\n", copy.index(b"\n") + 1) + 1
    gaps = header_end + len("\n".join(names).encode()) + 8  # one distinct value
    broken = bytearray(copy)
    broken[gaps + 9] = 5  # the last of ten gaps of 1: the position 14 of 10 names
    compact_path(path).write_bytes(bytes(broken))
    assert read_compact(path, raw) is None
