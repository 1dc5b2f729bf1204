from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.check.findings import Category, Severity
from core.check.rules import RulePack, load_pack
from core.check.rules.matcher import check_pack, lexicon_words

DAY = dt.date(2024, 10, 1)


def _load(tmp_path: Path, rules: str, campaign: str = "") -> RulePack:
    path = tmp_path / "uji.toml"
    path.write_text('[pack]\nid = "uji"\nname = "Uji"\nversion = "1"\n' + campaign + rules,
                    encoding="utf-8")
    return load_pack(path)


IMBAU = '''
[[rule]]
id = "baku.imbau"
category = "standard"
severity = "error"
message = "“{text}” tidak baku; ganti “{text}”."
reference = "KBBI: imbau"
swap = { himbau = "imbau", menghimbau = "mengimbau", "salam-dua-jari" = "salam" }
suggestions = ["imbau"]
'''

SEBAR = '''
[[rule]]
id = "hoaks.sebar"
category = "hoax"
severity = "warning"
message = "Ajakan berantai."
terms = ["sebarkan ke semua"]
patterns = ["\\\\bviral\\\\w*"]
'''


def test_findings_with_offsets(tmp_path: Path) -> None:
    pack = _load(tmp_path, IMBAU + SEBAR)
    text = "😀 Warga dihimbau? Tidak. Kami MENGHIMBAU: sebarkan-ke  semua, viralkan!"
    findings = check_pack(pack, text, on_date=DAY)
    assert [(f.rule_id, f.actual) for f in findings] == [
        ("baku.imbau", "MENGHIMBAU"),
        ("hoaks.sebar", "sebarkan-ke  semua"),
        ("hoaks.sebar", "viralkan"),
    ]
    for f in findings:
        assert text[f.start:f.end] == f.actual
    assert findings[0].start == text.index("MENGHIMBAU")
    assert (findings[0].category, findings[0].reference) == (Category.STANDARD, "KBBI: imbau")
    assert (findings[1].category, findings[1].suggestions) == (Category.HOAX, ())


@pytest.mark.parametrize(("text", "suggestions"), [
    ("warga himbau", ("imbau",)),  # swap and suggestion are the same word: listed once
    ("Himbau warga", ("Imbau",)),
    ("HIMBAU WARGA", ("IMBAU",)),
    ("pemda menghimbau", ("mengimbau", "imbau")),
    ("Menghimbau", ("Mengimbau", "Imbau")),
    ("ayo Salam Dua-Jari", ("Salam", "Imbau")),
])
def test_swap_suggestions_cased_like_the_match(tmp_path: Path, text: str,
                                               suggestions: tuple[str, ...]) -> None:
    [finding] = check_pack(_load(tmp_path, IMBAU), text, on_date=DAY)
    assert finding.suggestions == suggestions


@pytest.mark.parametrize(("text", "message"), [
    ("Dihimbau? Tidak, kami Himbau.", "“Himbau” tidak baku; ganti “Himbau”."),
    ("MENGHIMBAU", "“MENGHIMBAU” tidak baku; ganti “MENGHIMBAU”."),
])
def test_text_placeholder(tmp_path: Path, text: str, message: str) -> None:
    [finding] = check_pack(_load(tmp_path, IMBAU), text, on_date=DAY)
    assert finding.message == message


def test_message_without_placeholder_is_kept(tmp_path: Path) -> None:
    [finding] = check_pack(_load(tmp_path, SEBAR), "viralkan", on_date=DAY)
    assert finding.message == "Ajakan berantai."


CAMPAIGN = "[campaign]\nstart = 2024-09-25\nend = 2024-11-23\n"


@pytest.mark.parametrize(("day", "imbau", "sebar"), [
    (dt.date(2024, 9, 25), Severity.ERROR, Severity.WARNING),  # first day
    (dt.date(2024, 11, 23), Severity.ERROR, Severity.WARNING),  # last day
    (dt.date(2024, 9, 24), Severity.WARNING, Severity.INFO),
    (dt.date(2025, 1, 1), Severity.WARNING, Severity.INFO),
])
def test_campaign_period(tmp_path: Path, day: dt.date, imbau: Severity, sebar: Severity) -> None:
    pack = _load(tmp_path, IMBAU + SEBAR, CAMPAIGN)
    findings = check_pack(pack, "himbau dan viralkan", on_date=day)
    assert [f.severity for f in findings] == [imbau, sebar]


def test_info_stays_info_outside_campaign(tmp_path: Path) -> None:
    pack = _load(tmp_path, SEBAR.replace('"warning"', '"info"'), CAMPAIGN)
    [finding] = check_pack(pack, "viralkan", on_date=dt.date(2030, 1, 1))
    assert finding.severity is Severity.INFO


def test_pack_without_campaign_keeps_severity_any_day(tmp_path: Path) -> None:
    pack = _load(tmp_path, IMBAU)
    for day in (dt.date(1999, 1, 1), dt.date(2099, 12, 31)):
        assert [f.severity for f in check_pack(pack, "himbau", on_date=day)] == [Severity.ERROR]


def test_empty_matches_are_skipped(tmp_path: Path) -> None:
    pack = _load(tmp_path, SEBAR.replace('\\\\bviral\\\\w*', "x*"))
    findings = check_pack(pack, "abc xx", on_date=DAY)
    assert [(f.start, f.end, f.actual) for f in findings] == [(4, 6, "xx")]


@pytest.mark.parametrize("text", ["", "Warga diimbau tetap tenang.", "memviralkannya"])
def test_no_match(tmp_path: Path, text: str) -> None:
    pack = _load(tmp_path, IMBAU + SEBAR.replace('\\\\bviral\\\\w*', "\\\\bviral\\\\b"))
    assert check_pack(pack, text, on_date=DAY) == []


RELAWAN = '''
[[rule]]
id = "uji.relawan"
category = "neutrality"
severity = "error"
message = "“{text}” dekat nama calon."
terms = ["relawan"]
near = ["paslon", "nomor\\\\s+\\\\d"]
unless = ["PMI"]
window = 20
'''


@pytest.mark.parametrize(("text", "found"), [
    ("Relawan paslon siap bergerak.", ["Relawan"]),
    ("Mereka adalah relawan nomor 2.", ["relawan"]),
    ("Nomor 2 banyak relawan.", ["relawan"]),  # before the match counts too
    ("Relawan membersihkan selokan di desa paslon.", []),  # too far away
    ("Relawan PMI dari paslon desa.", []),  # unless wins
    ("Relawan bencana siaga.", []),  # nothing near
])
def test_near_and_unless(tmp_path: Path, text: str, found: list[str]) -> None:
    pack = _load(tmp_path, RELAWAN)
    assert [f.actual for f in check_pack(pack, text, on_date=DAY)] == found


def test_settings_campaign_puts_a_day_inside(tmp_path: Path) -> None:
    from core.check.rules import Campaign

    pack = _load(tmp_path, RELAWAN, "[campaign]\nstart = 2024-09-25\nend = 2024-11-23\n")
    day = dt.date(2029, 10, 1)
    [outside] = check_pack(pack, "relawan paslon", on_date=day)
    assert outside.severity is Severity.WARNING
    [inside] = check_pack(pack, "relawan paslon", on_date=day,
                          campaign=Campaign(dt.date(2029, 9, 1), dt.date(2029, 11, 1)))
    assert inside.severity is Severity.ERROR
    [still] = check_pack(pack, "relawan paslon", on_date=DAY,
                         campaign=Campaign(dt.date(2029, 9, 1), dt.date(2029, 11, 1)))
    assert still.severity is Severity.ERROR  # the pack's own period still counts


def test_terms_match_as_the_look_around_regex_did(tmp_path) -> None:
    """Terms run on RE2 with their word boundaries matched outside the reported group (and
    non-ASCII neighbours settled by the exact pattern): the same matches as the look-around
    regex that Python's re ran before, overlapping terms included."""
    import datetime as dt
    import re

    from core.check.rules import load_pack
    from core.check.rules.matcher import check_pack

    pack_file = tmp_path / "uji.toml"
    pack_file.write_text(
        '[pack]\nid = "uji"\nname = "Uji"\nversion = "1"\n\n[[rule]]\nid = "uji.sebar"\n'
        'category = "hoax"\nseverity = "warning"\nmessage = "x"\nreason = "uji"\n'
        'terms = ["sebarkan", "sebarkan segera", "segera sebarkan", "Jum\'at", "pdi-p"]\n',
        encoding="utf-8")
    pack = load_pack(pack_file)
    text = ("Sebarkan segera sebarkan! sebarkan,sebarkan; xsebarkan _sebarkan éSebarkan sebarkanñ "
            "sebarkan· segera sebarkan segera. Jum'at PDI P dan pdi-p.")
    found = [(f.start, f.end) for f in check_pack(pack, text, on_date=dt.date(2025, 1, 1))]
    old = re.compile(r"(?<![\w])(?:sebarkan[\s\-]+segera|segera[\s\-]+sebarkan|sebarkan|Jum'at|"
                     r"pdi[\s\-]+p)(?![\w])", re.IGNORECASE)
    assert found == [m.span() for m in old.finditer(text)]
    assert len(found) >= 7


def test_lexicon_words_know_dictionary_words_regions_and_agency_abbreviations(tmp_path: Path) -> None:
    from core.app.paths import resource_dir

    is_word = lexicon_words(resource_dir())
    assert is_word is not None
    assert is_word("Lembah") and is_word("Palembang") and is_word("Dinkes") and is_word("Pemkab")
    assert not is_word("Haryono") and not is_word("Yusran")
    assert lexicon_words(tmp_path) is None  # no lexicon: no names, nothing breaks


def test_lexicon_places_are_words_of_provinces_regencies_and_cities(tmp_path: Path) -> None:
    from core.app.paths import resource_dir
    from core.check.rules.matcher import lexicon_places

    is_place = lexicon_places(resource_dir())
    assert is_place is not None
    assert is_place("serang") and is_place("bantul") and is_place("palembang")
    assert not is_place("pilih") and not is_place("dukung")
    assert not is_place("menang")  # only a kecamatan's name: too small to outweigh the verb
    assert lexicon_places(tmp_path) is None


# A [[context]] (issue 12 round 21): a rule that lists it is silent where its shape matches (in the
# finding's sentence with scope "kalimat", anywhere in the post otherwise) and its unless nowhere.
CONTEXT_PACK = '''
[[words]]
class = "pilih"
roots = ["pilih"]
reason = "uji"

[[words]]
class = "lomba-kata"
terms = ["lomba"]
reason = "uji"

[[words]]
class = "osis"
terms = ["osis"]
reason = "uji"

[[words]]
class = "pemilu"
terms = ["pilkada"]
reason = "uji"

[[context]]
id = "lomba"
scope = "kalimat"
shape = "<lomba-kata>"
unless = "<pemilu>"
reason = "uji"
source = "uji"

[[context]]
id = "osis"
shape = "<osis>"
unless = "<pemilu>"
reason = "uji"
source = "uji"

[[rule]]
id = "uji.ajakan"
category = "neutrality"
severity = "error"
message = "ajakan"
shape = "<pilih:perintah> <angka>"
contexts = ["lomba", "osis"]

[[rule]]
id = "uji.sorak"
category = "neutrality"
severity = "error"
message = "sorak"
patterns = ['\\bhore\\s+\\d\\b']
contexts = ["lomba"]
'''


@pytest.mark.parametrize(("text", "fired"), [
    ("Pilih 2 sekarang.", ["uji.ajakan"]),
    ("Di lomba ini pilih 2 sekarang.", []),  # the contest in the finding's sentence
    ("Lomba sudah selesai. Pilih 2 sekarang.", ["uji.ajakan"]),  # another sentence: a real call
    ("Lomba sudah selesai! Pilih 2 sekarang.", ["uji.ajakan"]),  # "!" ends a sentence too
    ("Di lomba ini pilih 2, juga di pilkada.", ["uji.ajakan"]),  # an electoral target in the post
    ("Pemilihan ketua OSIS. Besok pilih 2.", []),  # a post-wide context
    ("Pemilihan ketua OSIS. Besok pilih 2. Pilkada juga.", ["uji.ajakan"]),
    ("Di lomba ini hore 2!", []),  # a pattern rule consults the context too
    ("Lomba selesai. Hore 2!", ["uji.sorak"]),
])
def test_rules_are_silent_in_their_context(tmp_path: Path, text: str, fired: list[str]) -> None:
    assert [f.rule_id for f in check_pack(_load(tmp_path, CONTEXT_PACK), text, on_date=DAY)] == fired


def test_a_context_no_pack_defines_never_holds(tmp_path: Path) -> None:
    pack = _load(tmp_path, CONTEXT_PACK.replace('contexts = ["lomba", "osis"]', 'contexts = ["tidak-ada"]'))
    findings = check_pack(pack, "Di lomba ini pilih 2.", on_date=DAY)
    assert [f.rule_id for f in findings] == ["uji.ajakan"]
