"""The labelled examples in tests/policy_examples/ meet the issue's targets with the default packs."""

from __future__ import annotations

import datetime as dt

import pytest

from bench.policy_eval import DAY, POLICY, Score, evaluate, load_examples, policy_checker
from core.check.findings import Category, Severity


@pytest.fixture(scope="module")
def scores() -> dict[Category, Score]:
    result, _ = evaluate(policy_checker(), load_examples())
    return {s.category: s for s in result}


def test_every_category_has_positive_and_negative_examples() -> None:
    examples = load_examples()
    for cat in POLICY:
        assert sum(cat in e.labels for e in examples) >= 10, cat
        assert sum(cat not in e.labels for e in examples) >= 50, cat


@pytest.mark.parametrize("category", POLICY, ids=str)
def test_recall_and_false_alarms(scores: dict[Category, Score], category: Category) -> None:
    score = scores[category]
    assert score.recall >= 0.95, score
    assert score.false_alarm_rate <= 0.02, score


def test_partisan_examples_are_errors_inside_the_campaign(scores: dict[Category, Score]) -> None:
    score = scores[Category.NEUTRALITY]
    assert score.errors_on_positives >= 0.95 * (score.tp + score.fn)


def test_partisan_examples_are_flagged_outside_any_campaign() -> None:
    """ASN neutrality holds at all times (PP 94/2021 Pasal 5 huruf n): with no campaign period
    set, every partisan example is still flagged, and an explicit act (a call to vote, a salute,
    a slogan, praise of a party) stays an error; only mentions drop a level."""
    from core.check.checker import Checker

    checker = Checker(speller=None, packs=policy_checker().packs)  # no campaign in settings
    day = dt.date(2026, 6, 1)
    errors = 0
    positives = [ex for ex in load_examples() if Category.NEUTRALITY in ex.labels]
    for ex in positives:
        found = [f for f in checker.check(ex.text, on_date=day).findings
                 if f.category is Category.NEUTRALITY and f.severity is not Severity.INFO]
        assert found, ex
        errors += any(f.severity is Severity.ERROR for f in found)
        # mentions (a team, a ballot number without a call) are softened outside the campaign
        assert all(f.severity is Severity.WARNING for f in found if f.rule_id in _MENTIONS), ex
    assert errors >= 0.8 * len(positives)
    assert day != DAY


_MENTIONS = ("kampanye.nomor-urut", "kampanye.tim-pemenangan", "kampanye.alat-peraga")


def test_set_option_reads_error_labels_and_counts_posts_right(tmp_path, capsys) -> None:
    """``--set DIR``: ':error' labels, no campaign period, today's date, posts right."""
    from bench.policy_eval import main

    (tmp_path / "uji.tsv").write_text(
        "# uji\n"
        "neutrality:error\tDukung paslon nomor 2! Coblos nomor 2 #2026GantiBupati\n"
        "neutrality:error\tTimses paslon 02 menggelar konsolidasi.\n"  # a mention: a warning only
        "-\tGunakan hak pilih Anda pada 27 November di TPS terdekat.\n", encoding="utf-8")
    assert main(["--set", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "tanpa masa kampanye" in out
    assert "label ':error' tercapai: 1/2 (50.0%)" in out
    assert "unggahan benar: 2/3 (66.7%)" in out


def test_set_option_refuses_unknown_labels(tmp_path) -> None:
    (tmp_path / "uji.tsv").write_text("neutrality:warning\tx\n", encoding="utf-8")
    with pytest.raises(ValueError, match="error"):
        load_examples(tmp_path)


def test_development_set_stays_right_as_a_new_user_checks_it() -> None:
    """tests/policy_dev was written for issue 12 and tuned on (not a blind measure): a guard
    that later rule changes do not lose what it covers."""
    from pathlib import Path

    from bench.policy_eval import SetResult

    result: list[SetResult] = []
    folder = Path(__file__).parent / "policy_dev"
    evaluate(policy_checker(campaign=None), load_examples(folder), day=dt.date.today(), result=result)
    assert result[0].right >= 0.95 * result[0].posts
    assert result[0].errors_reached >= 0.95 * result[0].error_labels


@pytest.mark.parametrize("name", ["ronde-2.tsv", "ronde-3.tsv", "ronde-4.tsv", "ronde-6.tsv",
                                  "ronde-7.tsv", "ronde-8.tsv", "ronde-9.tsv",
                                  "ronde-10.tsv", "ronde-11.tsv", "ronde-12.tsv",
                                  "ronde-13.tsv", "ronde-14.tsv", "ronde-15.tsv",
                                  "ronde-16.tsv", "ronde-17.tsv", "ronde-18.tsv",
                                  "ronde-19.tsv", "ronde-20.tsv", "ronde-21.tsv",
                                  "ronde-22.tsv", "ronde-23.tsv", "ronde-24.tsv",
                                  "ronde-25.tsv", "ronde-26a.tsv", "ronde-26b.tsv",
                                  "ronde-27.tsv", "ronde-28a.tsv", "ronde-28b.tsv",
                                  "ronde-28c.tsv", "ronde-29a.tsv", "ronde-29b.tsv",
                                  "ronde-29c.tsv", "ronde-30a.tsv", "ronde-30b.tsv",
                                  "ronde-30c.tsv", "ronde-31a.tsv", "ronde-31b.tsv",
                                  "ronde-31c.tsv", "ronde-32a.tsv", "ronde-32b.tsv",
                                  "ronde-32c.tsv", "ronde-33b.tsv", "ronde-34a.tsv",
                                  "ronde-34b.tsv", "ronde-35a.tsv", "ronde-35b.tsv",
                                  "ronde-35c.tsv"])
def test_round_classes_are_all_right(name: str) -> None:
    """tests/policy_dev/ronde-N.tsv holds the team's own variants of every class fixed in
    issue 12 round N (round 2: after reading the misses on bench/policy_blind; round 3: on the
    even lines of bench/policy_blind2; round 4: on the even lines of blind 1-3, plus probes
    written from the category definitions; round 6: on the even lines of blind 5; round 7: the
    neutrality classes named from the misses of blind 1-4 and blind 5's even lines, with
    near-misses of the team's own; round 8: targets nobody listed, unlisted names, tickets'
    acronyms and names the post binds to a candidacy, half of them must-pass; round 10: the source,
    hoax, fraud and provocation classes named from the misses of blind 6-8, with must-pass twins):
    every post must be right."""
    from pathlib import Path

    from bench.policy_eval import post_is_right

    checker = policy_checker(campaign=None)
    examples = [ex for ex in load_examples(Path(__file__).parent / "policy_dev")
                if ex.file == name]
    wrong = [f"{ex.line}: {ex.text}" for ex in examples
             if not post_is_right(ex, checker.check(ex.text, on_date=dt.date.today()).findings)]
    assert examples and wrong == KNOWN_WRONG.get(name, [])


# Posts of the round files the shipped checker gets wrong, said here rather than edited away: the
# test fails when one of them comes right (take it off the list) as when another goes wrong.
KNOWN_WRONG: dict[str, list[str]] = {
    # Lines the 109-set layer of session 23 got wrong (all three right with the 104-set one), and
    # the 116-set layer of session 24 still does.
    # ronde-4:308 and ronde-7:492: the source check's claim (a voucher of Rp1 juta paid out;
    # a tsunami's height "dari grup pengajian") is no longer vetoed on a fraud or hoax post;
    # the newer writers label such figures `source` about as often as not. ronde-8:59: a
    # hashtag "#PPKMLanjut" after a programme's extension reads to the layer as a slogan.
    "ronde-4.tsv": ["308: Anda mendapat voucher belanja Rp1 juta dari Pemkab! Klaim sebelum jam "
                    "12 malam di https://voucher-pemkab.com lalu masukkan kode OTP."],
    "ronde-7.tsv": ["492: Dapat kabar dari grup pengajian: Jumat malam pukul 02.00 tsunami "
                    "setinggi 10 meter akan menerjang pantai Muara. Siapkan barang berharga."],
    "ronde-8.tsv": ["59: PPKM diperpanjang. #PPKMLanjut"],
    # (Session 24's 116-set layer read ronde-14:22, a must-pass post quoting a slur on women to
    # reject it, as the slur; the 124-set layer of session 25 gets it right again.)
    # Session 25's 124-set layer: ronde-28a:18, "Sesuai hasil pemantauan terakhir, 14 titik …",
    # whose monitoring names nobody: the rules read "sesuai hasil pemantauan" as a document named
    # by its kind (round 32a) and give nothing; the 116-set layer found the claim, this one does not.
    "ronde-28a.tsv": ["18: Sesuai hasil pemantauan terakhir, 14 titik sungai di kota tercemar "
                      "sampah plastik."],
    # Round 30a's own line 28, wrong on the round's branch already (its file was not in this
    # test's list until the merge): a savings scheme "untung 15% sebulan" is also a
    # guaranteed-profit shape (penipuan.untung-pasti), which the line does not label. (Its line
    # 14, a quota named earlier in the clause, comes right with session 25's 124-set layer.)
    "ronde-30a.tsv": ["28: Kabar gembira, tabungan emas koperasi kita untung 15% sebulan, banyak "
                      "warga sudah ikut."],
    # (Session 22: ronde-14's line 22 and ronde-4's line 308 came right with the 104-set layer
    # and left this list. Session 23: ronde-28a's line 18, a count of polluted river points
    # after an unnamed report, came right with the 109-set layer and left it.)
}


def test_round_24_split_keeps_the_check_writers_apart() -> None:
    """bench.policy_split: CHECK is the ten writers round 24 scored as totals only and the five
    session 26 scores so (blind34, open87-90), DERIVE every other open set; together they are
    what bench.policy_rules counts, and no set is in both."""
    from bench.policy_rules import SETS
    from bench.policy_split import CHECK, DERIVE

    assert sorted(p.name for p in CHECK) == sorted(
        ["policy_blind15", "policy_blind16", "policy_blind34"]
        + [f"policy_open{i}" for i in [*range(21, 29), *range(87, 91)]])
    assert not set(CHECK) & set(DERIVE) and sorted(CHECK + DERIVE) == sorted(SETS)
    assert all(p.is_dir() for p in SETS)
