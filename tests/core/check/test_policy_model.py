"""The statistical layer of the policy checks: its features, its training, its findings."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from core.app.paths import resource_dir
from core.check.findings import Category, Finding, Severity
from core.check.overlap import Source, resolve
from core.check.policy_model import (
    CLEARED,
    MODEL_FILE,
    RAISED,
    CategoryModel,
    Featurizer,
    PolicyModel,
    PolicyModelCheck,
    PolicyModelError,
    grammar_classes,
    lexicon_featurizer,
    shipped_classes,
)

ROOT = Path(__file__).resolve().parents[3]
POLICY = (Category.NEUTRALITY, Category.SOURCE, Category.HOAX, Category.FRAUD, Category.PROVOCATION)


def _training_script():
    spec = importlib.util.spec_from_file_location("train_policy_model",
                                                  ROOT / "scripts" / "train_policy_model.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def featurizer() -> Featurizer:
    return lexicon_featurizer(resource_dir(), shipped_classes(resource_dir()))


@pytest.fixture(scope="module")
def layer() -> PolicyModelCheck:
    return PolicyModelCheck.from_resources(resource_dir(), shipped_classes(resource_dir()))


def test_roots_unify_the_forms_of_a_verb(featurizer: Featurizer) -> None:
    for form in ("pilih", "memilih", "dipilih", "pilihlah", "Pilihlah"):
        assert "r:pilih" in featurizer.features(form), form
    for form in ("dukung", "mendukung", "dukunglah", "didukung"):
        assert "r:dukung" in featurizer.features(form), form
    assert "r:menang" in featurizer.features("memenangkan")
    # the word itself stays a feature beside its root
    assert {"w:memilih", "r:pilih"} <= featurizer.features("memilih")


def test_number_shapes(featurizer: Featurizer) -> None:
    assert "<ANGKA>" in featurizer.features("nomor 2")
    assert "b:nomor_<ANGKA>" in featurizer.features("coblos nomor 2")
    assert {"w:nomor", "<ANGKA>", "b:nomor_<ANGKA>"} <= featurizer.features("no.2")
    assert "<NOMOR0>" in featurizer.features("paslon 01")
    assert "<ANGKA-KATA>" in featurizer.features("nomor dua")
    assert "<NOMOR>" in featurizer.features("coblos 2\ufe0f\u20e3")
    assert "<NOMOR>" in featurizer.features("salam \u270c")
    assert "<BILANGAN>" in featurizer.features("harga Rp12.500")


def test_hashtags_are_split_into_words(featurizer: Featurizer) -> None:
    found = featurizer.features("#PilihNomor1 #2026GantiBupati")
    assert {"<TAGAR>", "t:pilih", "r:nomor", "<ANGKA>", "b:pilih_nomor", "t:ganti",
            "r:bupati", "<BILANGAN>"} <= found


def test_caps_bang_and_contact_shapes(featurizer: Featurizer) -> None:
    found = featurizer.features("AWAS!!! BERAS PLASTIK BEREDAR")
    assert {"<KAPITAL>", "<KAPITAL3>", "<SERU2>"} <= found
    assert "<TAUTAN>" in featurizer.features("daftar di https://bit.ly/bansos-2026")
    assert "<TELEPON>" in featurizer.features("hubungi 0812-3456-7890 sekarang")
    assert "<REKENING>" in featurizer.features("transfer ke rekening 1234567890 a.n. Budi")


def test_the_packs_word_classes_are_features(featurizer: Featurizer) -> None:
    # a class holds every member and form a pack lists, each with the verb's form
    assert "c:coblos:perintah" in featurizer.features("Coblos nomor 2")
    assert "c:coblos:pasif" in featurizer.features("nomor 2 dicoblos")
    assert "c:partai" in featurizer.features("terima kasih Partai Golkar")
    assert "c:calon-nama" in featurizer.features("calon bupati Harun datang")
    # no class for an ordinary word, nor for the sentence ends between them ("harga" is one
    # since round 20: penipuan2.toml, suap-harga)
    assert not {f for f in featurizer.features("cabai rawit mahal") if f.startswith("c:")}
    # without a class reader the features have none
    assert not {f for f in lexicon_featurizer(resource_dir()).features("Coblos nomor 2")
                if f.startswith("c:")}


def test_a_class_belongs_to_the_sentence_it_starts_in(featurizer: Featurizer) -> None:
    text = "cabai rawit mahal. Dukung Partai Golkar!"
    first, second = featurizer.sentences(text)
    assert not [u for u in first.units if u.feature.startswith("c:")]
    [party] = [u for u in second.units if u.feature == "c:partai"]
    assert text[party.start:party.end] == "Partai Golkar"


def test_the_checker_gives_the_layer_its_packs_reading() -> None:
    from bench.policy_eval import policy_checker

    checker = policy_checker(campaign=None)
    packs = checker._packs
    text = "Dukung Partai Golkar!"
    reading = packs.reading(text)
    assert packs.reading(text) is reading  # read once for the packs and the layer
    read = grammar_classes(packs.grammar, packs.reading)
    assert any("partai" in names for _s, _e, names in read(text))


def test_counts_without_a_named_source_and_the_source_cue_are_features(
        featurizer: Featurizer) -> None:
    # round policymodel9: a count and its unit where the post names no source, the source
    # check's cue where it names one (core/check/sources.py)
    found = featurizer.features("Sebanyak 120 warga terserang diare di tiga desa.")
    assert {"<HITUNG>", "n:warga"} <= found and "<ATRIBUSI>" not in found
    text = "Menurut data BPS, 120 warga masih miskin."
    found = featurizer.features(text)
    assert "<ATRIBUSI>" in found and not {f for f in found if f.startswith("n:")} | (
        found & {"<HITUNG>"})
    [cue] = [u for s in featurizer.sentences(text) for u in s.units if u.feature == "<ATRIBUSI>"]
    assert text[cue.start:cue.end].lower().startswith("menurut")
    # a number before a shape is no count; a featurizer without the source reader has neither
    assert "<HITUNG>" not in featurizer.features("naik 20 %")
    assert not {"<HITUNG>", "<ATRIBUSI>"} & Featurizer().features("Sebanyak 120 warga sakit")


def test_sentences_keep_their_offsets(featurizer: Featurizer) -> None:
    text = "Jadwal posyandu hari Selasa. Ayo pilih nomor 2!"
    sentences = featurizer.sentences(text)
    assert len(sentences) == 2
    assert text[sentences[1].start:sentences[1].end].startswith("Ayo pilih nomor 2")


def test_training_is_deterministic_and_learns_a_tiny_set() -> None:
    train = _training_script()
    from bench.policy_eval import Example

    def post(fold: int, labels: set[Category], text: str):
        ex = Example("x.tsv", fold, frozenset(labels), text)
        return train.Post(fold, ex, Featurizer().features(text), frozenset(), frozenset())

    posts = [post(0, {Category.NEUTRALITY}, "ayo coblos nomor 2"),
             post(1, {Category.NEUTRALITY}, "coblos paslon nomor 1"),
             post(0, {Category.NEUTRALITY}, "ayo pilih paslon"),
             post(1, set(), "jadwal posyandu hari selasa"),
             post(1, set(), "harga cabai naik di pasar"),
             post(1, {Category.FRAUD}, "transfer biaya ke rekening 1234567890")]
    first, second = train.train(posts), train.train(posts)
    assert first == second
    bias, weights = first[Category.NEUTRALITY]
    assert weights["w:coblos"] > 0
    # "ayo" is in two posts of one writer's set only: it says nothing of the next writer
    assert train.MIN_SETS == 2 and "w:ayo" not in weights
    assert train.probability(bias, weights, Featurizer().features("coblos nomor 3")) > \
        train.probability(bias, weights, Featurizer().features("harga cabai"))


def _six_posts_in_three_folds(train):  # the training script, a module loaded by path
    """Two neutrality posts, one fraud post and three clean ones, each in folds 0, 1 and 2."""
    from bench.policy_eval import Example

    texts = [({Category.NEUTRALITY}, "ayo coblos nomor 2"), (set(), "jadwal posyandu hari selasa"),
             ({Category.NEUTRALITY}, "coblos paslon nomor 1"), (set(), "harga cabai naik di pasar"),
             ({Category.FRAUD}, "transfer biaya ke rekening 1234567890"), (set(), "rapat desa")]
    return [train.Post(fold, Example("x.tsv", n, frozenset(labels), text),
                       Featurizer().features(text), frozenset(), frozenset())
            for n, (labels, text) in enumerate(texts) for fold in (0, 1, 2)]


def test_a_target_may_have_its_own_l2_and_positive_weight(monkeypatch: pytest.MonkeyPatch) -> None:
    # the knobs the proxy tries with --set (round policymodel9); each target learns on its own
    train = _training_script()
    posts = _six_posts_in_three_folds(train)
    plain = train.train(posts)
    monkeypatch.setattr(train, "L2_CAT", {Category.NEUTRALITY.value: 0.1})
    shrunk = train.train(posts)
    assert shrunk[Category.FRAUD] == plain[Category.FRAUD]
    assert 0 < shrunk[Category.NEUTRALITY][1]["w:coblos"] < plain[Category.NEUTRALITY][1]["w:coblos"]
    monkeypatch.setattr(train, "L2_CAT", {})
    monkeypatch.setattr(train, "POS_WEIGHT", {Category.FRAUD.value: 3.0})
    weighted = train.train(posts)
    assert weighted[Category.NEUTRALITY] == plain[Category.NEUTRALITY]
    assert weighted[Category.FRAUD][1]["w:rekening"] > plain[Category.FRAUD][1]["w:rekening"]


def test_cross_validation_in_processes_gives_what_one_process_gives() -> None:
    train = _training_script()
    posts = _six_posts_in_three_folds(train)
    one = train.cross_validate(posts, workers=1)
    assert train.cross_validate(posts, workers=2) == one
    assert one[Category.NEUTRALITY][0] > one[Category.NEUTRALITY][3]


def test_the_weights_file_is_what_training_gives() -> None:
    """scripts/train_policy_model.py --check: the weights match the labelled sets and the
    features of today's code (retrain after changing either)."""
    assert _training_script().main(["--check"]) == 0


def test_the_weights_file_carries_its_provenance() -> None:
    data = json.loads((resource_dir() / MODEL_FILE).read_text(encoding="utf-8"))
    provenance = data["provenance"]
    assert provenance["command"] == "python scripts/train_policy_model.py"
    assert "bench/policy_blind/*.tsv (all lines)" in provenance["trained_on"]
    assert provenance["third_party_data"] == "none"
    assert set(data["categories"]) == {c.value for c in POLICY}
    # trained with the regularisation the script uses now (round 7 chose it for the next
    # writer: the weights of a file trained with another would fail --check as well)
    assert provenance["l2"] == _training_script().L2
    assert "bench/policy_open50/*.tsv (all lines)" in provenance["trained_on"]


def test_a_bad_weights_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "model.json"
    bad.write_text("{\"format\": 2, \"features\": [], \"categories\": {\"neutrality\": {}}}",
                   encoding="utf-8")
    with pytest.raises(PolicyModelError, match="rusak"):
        PolicyModel.load(bad)
    with pytest.raises(PolicyModelError, match="train_policy_model"):
        PolicyModel.load(tmp_path / "missing.json")
    old = tmp_path / "format1.json"  # format 1 repeated every name in every model
    old.write_text("{\"format\": 1, \"categories\": {}}", encoding="utf-8")
    with pytest.raises(PolicyModelError, match=r"format .* tidak dikenal .*train_policy_model"):
        PolicyModel.load(old)


def test_the_layer_errs_only_on_neutrality_and_only_where_it_warns_too(layer: PolicyModelCheck) -> None:
    from bench.policy_eval import load_examples

    found: list[Finding] = []
    for folder in ("bench/policy_blind3", "bench/policy_blind5", "bench/policy_open4"):
        for ex in load_examples(ROOT / folder):
            found += layer.check(ex.text)
    cleared = [f for f in found if f.rule_id.endswith(CLEARED)]
    lifted = [f for f in found if f.rule_id.endswith(RAISED)]
    found = [f for f in found if f not in cleared and f not in lifted]
    # the veto's markers (round 4, hoax since round 6): only in sources and hoax, info, on no words
    assert {(f.category, f.severity, f.start, f.end) for f in cleared} <= {
        (Category.SOURCE, Severity.INFO, 0, 0), (Category.HOAX, Severity.INFO, 0, 0)}
    # the lift's markers (round 6): only in neutrality, info, on no words
    assert {(f.category, f.severity, f.start, f.end) for f in lifted} <= {
        (Category.NEUTRALITY, Severity.INFO, 0, 0)}
    assert found  # it does speak on these sets
    assert {f.severity for f in found} == {Severity.WARNING, Severity.ERROR}
    assert {f.category for f in found if f.severity is Severity.ERROR} == {Category.NEUTRALITY}
    assert all(f.rule_id.endswith(".model") for f in found)
    vetoed = (Category.SOURCE, Category.HOAX)  # the shipped vetoes are on (rounds 4 and 6)
    assert all(layer.model.categories[c].veto > 0 for c in vetoed)
    assert all(cm.veto == 0 for c, cm in layer.model.categories.items() if c not in vetoed)
    neutrality = layer.model.categories[Category.NEUTRALITY]
    assert neutrality.error is not None
    assert neutrality.error.threshold >= neutrality.threshold  # an error is never less sure
    assert neutrality.threshold < neutrality.error.lift < 1.0  # round 6: the shipped lift is on


def _act_model(threshold: float = 0.8) -> PolicyModel:
    act = CategoryModel(bias=-2.0, threshold=threshold, weights={"r:coblos": 3.0, "b:nomor_<ANGKA>": 2.0})
    return PolicyModel({Category.NEUTRALITY: CategoryModel(
        bias=-1.0, threshold=0.5, weights={"r:coblos": 2.0, "b:nomor_<ANGKA>": 1.0, "w:lupa": 1.0},
        error=act)})


def test_an_explicit_act_both_models_are_sure_of_is_an_error() -> None:
    layer = PolicyModelCheck(_act_model(), Featurizer())
    text = "Posyandu buka hari ini. Jangan lupa coblos nomor 2 ya."
    [finding] = layer.check(text)  # one finding per category: the error, not also a warning
    assert finding.rule_id == "netralitas.model"
    assert finding.severity is Severity.ERROR
    assert finding.actual == "Jangan lupa coblos nomor 2 ya"
    assert "“coblos”" in finding.message and "“nomor 2”" in finding.message
    assert "hapus" in finding.message and "PP 94/2021" in finding.message  # what to do, and why
    assert "lupa" not in finding.message  # the act model's words, not the category model's


def test_the_neutrality_model_alone_does_not_make_an_error() -> None:
    # "lupa" and "coblos" lift the neutrality model above its threshold, but not the act model
    layer = PolicyModelCheck(_act_model(threshold=0.8), Featurizer())
    [finding] = layer.check("Jangan lupa coblos ya.")
    assert finding.severity is Severity.WARNING
    off = PolicyModelCheck(_act_model(threshold=1.0), Featurizer())  # the act switched off
    assert [f.severity for f in off.check("Jangan lupa coblos nomor 2 ya.")] == [Severity.WARNING]


def test_above_its_lift_the_layer_raises_the_rules_neutrality_warnings_to_an_error() -> None:
    text = "Posyandu buka hari ini. Jangan lupa coblos nomor 2 ya."
    model = _act_model(threshold=1.0)  # the act's own error off: only the lift
    lifted = PolicyModel({Category.NEUTRALITY: replace(
        model.categories[Category.NEUTRALITY],
        error=replace(model.categories[Category.NEUTRALITY].error, lift=0.9))})
    found = PolicyModelCheck(lifted, Featurizer()).check(text)
    marker = next(f for f in found if f.rule_id == "netralitas" + RAISED == "netralitas.model-naik")
    assert (marker.severity, marker.start, marker.end) == (Severity.INFO, 0, 0)
    assert "Dinaikkan menjadi galat" in marker.message and "“coblos”" in marker.message
    assert "PP 94/2021" in marker.message and "hapus" in marker.message
    warn = Finding("netralitas.nomor", Category.NEUTRALITY, Severity.WARNING, 43, 50,
                   "Nomor urut calon.", "nomor 2")
    src = Finding("sumber.klaim", Category.SOURCE, Severity.WARNING, 0, 8, "Sebutkan sumber.",
                  "Posyandu")
    merged = resolve({Source.PACKS: [warn, src], Source.MODEL: found}, text)
    assert marker not in merged  # the marker itself is never shown
    raised = next(f for f in merged if f.rule_id == "netralitas.nomor")
    assert raised.severity is Severity.ERROR
    assert raised.message.startswith("Nomor urut calon.") and "Dinaikkan" in raised.message
    assert src in merged  # other categories stay
    assert not [f for f in merged if f.rule_id == "netralitas.model"]  # no second flag
    # where the rules already give an error, or give nothing, the marker changes nothing
    err = replace(warn, rule_id="netralitas.ajakan", severity=Severity.ERROR, start=24, end=35,
                  actual="Jangan lupa")
    assert sorted(resolve({Source.PACKS: [warn, err], Source.MODEL: found}, text),
                  key=lambda f: f.start) == [err, warn]
    assert [f.rule_id for f in resolve({Source.PACKS: [], Source.MODEL: found}, text)] == [
        "netralitas.model"]  # the layer's own warning, as without a lift
    # below the lift, or with it off (the default), nothing is raised
    assert not [f for f in PolicyModelCheck(model, Featurizer()).check(text)
                if f.rule_id.endswith(RAISED)]


def test_the_act_model_is_read_from_the_weights_file(tmp_path: Path) -> None:
    body = {"bias": -1.0, "threshold": 0.5, "weights": [2.0, 0],
            "error": {"bias": -2.0, "threshold": 0.9, "weights": [3.0, 1.5]}}
    data = {"format": 2, "features": ["r:coblos", "w:nomor"], "categories": {"neutrality": body}}
    model = PolicyModel.from_json(data)
    neutrality = model.categories[Category.NEUTRALITY]
    assert neutrality.weights == {"r:coblos": 2.0}  # 0: no weight
    assert neutrality.error == CategoryModel(bias=-2.0, threshold=0.9,
                                             weights={"r:coblos": 3.0, "w:nomor": 1.5})
    assert neutrality.error.lift == 1.0  # no lift in the file: off
    body["error"]["lift"] = 0.95
    assert PolicyModel.from_json(data).categories[Category.NEUTRALITY].error.lift == 0.95
    body["error"] = {"bias": -2.0, "threshold": 0.9, "weights": [3.0]}  # one weight short
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PolicyModelError, match="rusak"):
        PolicyModel.load(bad)


def test_the_act_threshold_keeps_must_pass_posts_out_and_errors_precise() -> None:
    train = _training_script()
    from bench.policy_eval import Example

    n = Category.NEUTRALITY
    rows = [({n}, {n}), ({n}, {n}), ({n}, set()), (set(), set()), ({n}, {n})]
    posts = [train.Post(0, Example("x.tsv", i, frozenset(labels), "x", frozenset(errors)),
                        frozenset(), frozenset(), frozenset()) for i, (labels, errors) in enumerate(rows)]
    # scores from high to low: two acts, a mention labelled only 'neutrality', a must-pass post
    scores = {n: [0.99, 0.98, 0.97, 0.96, 0.5], train.ACT: [0.99, 0.98, 0.97, 0.96, 0.5]}
    choice = train.choose_act_threshold(posts, scores, [0, 1, 2, 3, 4])
    assert choice.threshold == pytest.approx(0.975)  # above the mention: 2 of 2 are acts
    assert (choice.given, choice.on_act, choice.must_pass) == (2, 2, 0)
    # the must-pass post ranks first: no threshold is allowed
    scores = {n: [0.9, 0.9, 0.9, 0.99, 0.5], train.ACT: [0.9, 0.9, 0.9, 0.99, 0.5]}
    assert train.choose_act_threshold(posts, scores, [0, 1, 2, 3, 4]).threshold == 1.0
    # both models must be sure: the act score is the lower of the two
    scores = {n: [0.99, 0.2, 0.1, 0.1, 0.1], train.ACT: [0.3, 0.99, 0.1, 0.1, 0.1]}
    assert train.act_score(scores, 0) == 0.3 and train.act_score(scores, 1) == 0.2


def test_the_act_threshold_allows_a_rare_must_pass_post_among_many_acts() -> None:
    train = _training_script()
    from bench.policy_eval import Example

    n = Category.NEUTRALITY

    def posts_of(rows: list[tuple[set[Category], set[Category]]]) -> list:
        return [train.Post(0, Example("x.tsv", i, frozenset(labels), "x", frozenset(errors)),
                           frozenset(), frozenset(), frozenset())
                for i, (labels, errors) in enumerate(rows)]

    def ranked(count: int) -> dict:
        values = [1.0 - (i + 1) / 100 for i in range(count)]
        return {n: values, train.ACT: values}

    act, must_pass = ({n}, {n}), (set(), set())
    # 33 acts, then one must-pass post (1 of 34 errors, under 3 %), then 4 acts: all 38 given
    posts = posts_of([act] * 33 + [must_pass] + [act] * 4)
    choice = train.choose_act_threshold(posts, ranked(38), list(range(38)))
    assert (choice.given, choice.on_act, choice.must_pass) == (38, 37, 1)
    # the same must-pass post after 10 acts (1 of 11, over 3 %) and 4 acts more: only the 10
    posts = posts_of([act] * 10 + [must_pass] + [act] * 4)
    choice = train.choose_act_threshold(posts, ranked(15), list(range(15)))
    assert (choice.given, choice.on_act, choice.must_pass) == (10, 10, 0)
    # the nested check chooses each set's threshold on the others: one set, nothing to choose on
    assert train.nested_act(posts, ranked(15), list(range(15))).given == 0


def test_the_act_threshold_allows_one_mention_in_ten_errors() -> None:
    """Round 8: at least 90 % of the layer's errors on acts (95 % before), which on the ten
    newest writers gave 8 more posts right for one more error off an act."""
    train = _training_script()
    from bench.policy_eval import Example

    n = Category.NEUTRALITY
    act, mention = ({n}, {n}), ({n}, set())  # a mention: labelled a neutrality warning only
    rows = [act] * 8 + [mention] + [act] + [mention] * 3
    posts = [train.Post(0, Example("x.tsv", i, frozenset(labels), "x", frozenset(errors)),
                        frozenset(), frozenset(), frozenset()) for i, (labels, errors) in enumerate(rows)]
    values = [1.0 - (i + 1) / 100 for i in range(len(rows))]
    choice = train.choose_act_threshold(posts, {n: values, train.ACT: values}, list(range(len(rows))))
    assert train.MIN_ACT_PRECISION == 0.90
    assert (choice.given, choice.on_act, choice.must_pass) == (10, 9, 0)  # 9 of 10 on acts


def test_a_finding_sits_on_the_highest_sentence_and_names_its_words() -> None:
    model = PolicyModel({Category.NEUTRALITY: CategoryModel(
        bias=-1.0, threshold=0.5, weights={"r:coblos": 2.0, "b:nomor_<ANGKA>": 1.0})})
    layer = PolicyModelCheck(model, Featurizer())
    text = "Posyandu buka hari ini. Jangan lupa coblos nomor 2 ya."
    [finding] = layer.check(text)
    assert finding.rule_id == "netralitas.model"
    assert finding.severity is Severity.WARNING
    assert finding.actual == text[finding.start:finding.end] == "Jangan lupa coblos nomor 2 ya"
    assert "“coblos”" in finding.message and "“nomor 2”" in finding.message
    assert "Periksa" in finding.message
    assert layer.check("Posyandu buka hari ini.") == []


def test_the_rules_finding_wins_over_the_layer() -> None:
    rule = Finding("netralitas.ajakan-memilih", Category.NEUTRALITY, Severity.ERROR, 0, 5, "x", "Coblos")
    info = Finding("kampanye.nomor-urut", Category.HOAX, Severity.INFO, 0, 5, "x", "Coblos")
    model_n = Finding("netralitas.model", Category.NEUTRALITY, Severity.WARNING, 0, 9, "m", "Coblos 02")
    model_h = Finding("hoaks.model", Category.HOAX, Severity.WARNING, 0, 9, "m", "Coblos 02")
    merged = resolve({Source.PACKS: [rule, info], Source.MODEL: [model_n, model_h]}, "Coblos 02")
    assert model_n not in merged  # the rules already say it
    assert model_h in merged       # an info of the rules does not count as a warning


def test_own_must_pass_posts_stay_clean() -> None:
    from bench.policy_eval import policy_checker

    checker = policy_checker(campaign=None)
    for text in (
        "Ayo datang ke TPS pada 27 November dan gunakan hak pilih Anda; bawa KTP dan undangan C6.",
        "Jadwal posyandu balita bulan ini: Selasa 9 Juli pukul 08.00 di balai desa. Bawa buku KIA.",
        "Dukung UMKM desa kita! Bazar produk lokal di alun-alun Sabtu ini, gratis masuk.",
    ):
        found = [f for f in checker.check(text, on_date=dt.date(2026, 6, 1)).findings
                 if f.category in POLICY and f.severity is not Severity.INFO]
        assert found == [], text


def test_the_layer_adds_the_act_the_rules_miss_as_an_error() -> None:
    from bench.policy_eval import policy_checker

    text = ("Pokoknya tanggal 27 nanti kita semua kompak ke TPS buat Bang Darman ya, "
            "biar desa kita makin maju!")
    day = dt.date(2026, 6, 1)
    rules = policy_checker(campaign=None, model=False).check(text, on_date=day).findings
    assert not [f for f in rules if f.category is Category.NEUTRALITY]
    found = [f for f in policy_checker(campaign=None).check(text, on_date=day).findings
             if f.category is Category.NEUTRALITY]
    # a vote call for a named person: both the neutrality and the act model are sure
    assert [(f.rule_id, f.severity) for f in found] == [("netralitas.model", Severity.ERROR)]
    assert "Akun instansi wajib netral" in found[0].message and "hapus" in found[0].message


def _source_veto_model(veto: float) -> PolicyModel:
    return PolicyModel({Category.SOURCE: CategoryModel(
        bias=-3.0, threshold=0.9, weights={"r:menurut": -4.0, "r:data": 1.0}, veto=veto)})


def test_below_its_veto_the_layer_clears_the_rules_source_warnings_to_info() -> None:
    layer = PolicyModelCheck(_source_veto_model(0.01), Featurizer())
    text = "Menurut kepala dinas, jalan desa selesai diperbaiki bulan ini."
    [marker] = layer.check(text)  # probability sigmoid(-7) < 0.01
    assert marker.rule_id == "sumber" + CLEARED == "sumber.model-lolos"
    assert (marker.severity, marker.start, marker.end) == (Severity.INFO, 0, 0)
    warn = Finding("sumber.klaim", Category.SOURCE, Severity.WARNING, 0, 7, "Sebutkan sumber.", "Menurut")
    err = Finding("sumber.angka", Category.SOURCE, Severity.ERROR, 8, 13, "Wajib sumber.", "kepal")
    hoax = Finding("hoaks.x", Category.HOAX, Severity.WARNING, 0, 7, "Periksa.", "Menurut")
    merged = resolve({Source.PACKS: [warn, err, hoax], Source.MODEL: [marker]}, text)
    assert marker not in merged  # the marker itself is never shown
    lowered = next(f for f in merged if f.rule_id == "sumber.klaim")
    assert lowered.severity is Severity.INFO
    assert lowered.message.startswith("Sebutkan sumber.") and "Diturunkan menjadi info" in lowered.message
    assert err in merged and hoax in merged  # an error and other categories stay
    # above the veto (or with it off) nothing is cleared
    assert PolicyModelCheck(_source_veto_model(0.0), Featurizer()).check(text) == []
    assert PolicyModelCheck(_source_veto_model(0.0001), Featurizer()).check("Data desa.") == []
    kept = resolve({Source.PACKS: [warn], Source.MODEL: []}, text)
    assert kept == [warn]


def test_the_veto_is_read_from_the_weights_file_and_off_when_absent() -> None:
    body = {"bias": -1.0, "threshold": 0.5, "weights": [2.0], "veto": 0.002}
    data = {"format": 2, "features": ["r:menurut"],
            "categories": {"source": body, "hoax": {"bias": 0.0, "threshold": 1.0, "weights": [0]}}}
    model = PolicyModel.from_json(data)
    assert model.categories[Category.SOURCE].veto == 0.002
    assert model.categories[Category.HOAX].veto == 0.0


def test_the_veto_clears_most_false_warnings_and_loses_few_right_ones() -> None:
    train = _training_script()
    from bench.policy_eval import Example

    s = Category.SOURCE
    # posts the rules warn on in sources (no error), by left-out score from low to high
    labels = [set(), set(), {s}, set(), set(), {s}, {s}, {s}] + [{s}] * 50
    posts = [train.Post(0, Example("x.tsv", i, frozenset(lab), "x"), frozenset(),
                        frozenset({s}), frozenset()) for i, lab in enumerate(labels)]
    scores = [0.001, 0.002, 0.003, 0.004, 0.005, 0.006, 0.007, 0.008] + [0.5] * 50
    # 58 right warnings: at most 1 may be lost; the best cut clears 4 false ones, loses 1
    assert train.choose_veto(posts, scores, s) == pytest.approx(0.0055)
    # an error of the rules in sources is never a candidate
    errs = [train.Post(p.fold, p.example, p.features, p.rules, frozenset({s})) for p in posts]
    assert train.choose_veto(errs, scores, s) == 0.0
    # where the right warnings come first no cut gains: the veto is off
    assert train.choose_veto(posts, sorted(scores, reverse=True), s) == 0.0


def test_below_its_veto_the_layer_clears_the_rules_hoax_warnings_to_info() -> None:
    layer = PolicyModelCheck(PolicyModel({Category.HOAX: CategoryModel(
        bias=-3.0, threshold=0.9, weights={"r:klarifikasi": -4.0}, veto=0.01)}), Featurizer())
    text = "Klarifikasi: kabar jembatan putus tidak benar."
    [marker] = layer.check(text)  # probability sigmoid(-7) < 0.01
    assert (marker.rule_id, marker.severity) == ("hoaks" + CLEARED, Severity.INFO)
    warn = Finding("hoaks.kabar", Category.HOAX, Severity.WARNING, 13, 36, "Periksa kabar.",
                   text[13:36])
    [lowered] = resolve({Source.PACKS: [warn], Source.MODEL: [marker]}, text)
    assert lowered.severity is Severity.INFO and "sumber resmi" in lowered.message


def test_the_kept_weight_rows_score_as_the_models_do(layer: PolicyModelCheck) -> None:
    # The check sums a post's weights from rows it keeps per feature across checks: the same
    # probabilities, to the last bit, as each model's own sum, and after edits the same findings
    # as a fresh layer (nothing of one text leaks into the next).
    from bench.policy_eval import load_examples

    texts = [ex.text for ex in load_examples(ROOT / "bench/policy_blind3")][:60]
    texts += [t + " Jangan lupa coblos nomor 2 ya." for t in texts[:10]]  # an edit
    texts += texts[:5]  # the same text again
    for text in texts:
        post = layer.featurizer.features(text)
        probability = layer._scorer(post)
        for cm in layer.model.categories.values():
            assert probability(cm) == cm.probability(post)
            if cm.error is not None:
                assert probability(cm.error) == cm.error.probability(post)
        fresh = PolicyModelCheck(layer.model, layer.featurizer)
        assert layer.check(text) == fresh.check(text)
    assert layer._rows  # kept for the next check
