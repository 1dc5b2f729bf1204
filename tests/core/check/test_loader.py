from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.check.findings import Category, Severity
from core.check.rules import Campaign, RuleFileError, load_pack, load_packs

HEADER = '[pack]\nid = "uji"\nname = "Paket uji"\nversion = "1.0"\n'
RULE = '''
[[rule]]
id = "uji.aturan"
category = "hoax"
severity = "warning"
message = "“{text}” ajakan berantai."
'''


def _pack(tmp_path: Path, text: str, name: str = "uji.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _error(tmp_path: Path, text: str) -> RuleFileError:
    path = _pack(tmp_path, text)
    with pytest.raises(RuleFileError) as info:
        load_pack(path)
    assert str(path) in str(info.value)
    assert info.value.path == path
    return info.value


def test_valid_pack(tmp_path: Path) -> None:
    path = _pack(tmp_path, HEADER + 'description = "Uji"\nsource = "Tim"\n'
                 "[campaign]\nstart = 2024-09-25\nend = 2024-11-23\n" + RULE
                 + 'reference = "Mafindo"\nreason = "Rumus berantai"\nterms = ["sebarkan segera"]\n'
                 'suggestions = ["hapus ajakan"]\nswap = { viralkan = "bagikan" }\n')
    pack = load_pack(path)
    assert (pack.id, pack.name, pack.version, pack.path, pack.description) == (
        "uji", "Paket uji", "1.0", path, "Uji")
    assert pack.campaign == Campaign(dt.date(2024, 9, 25), dt.date(2024, 11, 23))
    [rule] = pack.rules
    assert (rule.id, rule.category, rule.severity) == ("uji.aturan", Category.HOAX, Severity.WARNING)
    assert (rule.reference, rule.reason, rule.suggestions) == ("Mafindo", "Rumus berantai", ("hapus ajakan",))
    assert rule.message == "“{text}” ajakan berantai."
    assert dict(rule.swap) == {"viralkan": "bagikan"}
    assert rule.matcher.search("Tolong VIRALKAN ini")  # swap keys are terms too


def test_optional_parts_default(tmp_path: Path) -> None:
    pack = load_pack(_pack(tmp_path, HEADER + RULE + 'patterns = ["\\\\bsebar\\\\w*"]\n'))
    assert pack.campaign is None and pack.description == ""
    assert (pack.rules[0].reference, pack.rules[0].reason, pack.rules[0].suggestions) == ("", "", ())


@pytest.mark.parametrize(("term", "text", "found"), [
    ("salam dua jari", "Salam-Dua-Jari!", "Salam-Dua-Jari"),
    ("salam-dua-jari", "ayo salam  dua\njari", "salam  dua\njari"),
    ("sebarkan ke semua", "SEBARKAN KE SEMUA grup", "SEBARKAN KE SEMUA"),
    ("viralkan", "(Viralkan)", "Viralkan"),
])
def test_terms_tolerate_hyphen_space_and_case(tmp_path: Path, term: str, text: str, found: str) -> None:
    pack = load_pack(_pack(tmp_path, HEADER + RULE + f'terms = ["{term}"]\n'))
    match = pack.rules[0].matcher.search(text)
    assert match is not None and match.group() == found


@pytest.mark.parametrize("text", ["memviralkan", "viralkannya", "viralkan_", "2viralkan"])
def test_terms_match_whole_words_only(tmp_path: Path, text: str) -> None:
    pack = load_pack(_pack(tmp_path, HEADER + RULE + 'terms = ["viralkan"]\n'))
    assert pack.rules[0].matcher.search(text) is None


def test_case_sensitive_rule(tmp_path: Path) -> None:
    pack = load_pack(_pack(tmp_path, HEADER + RULE + 'terms = ["KPU"]\ncase_sensitive = true\n'))
    assert pack.rules[0].matcher.search("oleh KPU") and not pack.rules[0].matcher.search("oleh kpu")


def test_longer_term_wins(tmp_path: Path) -> None:
    pack = load_pack(_pack(tmp_path, HEADER + RULE + 'terms = ["sebarkan", "sebarkan ke semua"]\n'))
    assert pack.rules[0].matcher.search("sebarkan ke semua").group() == "sebarkan ke semua"


@pytest.mark.parametrize(("extra", "rule", "key"), [
    ('terms = ["a"]\nwarna = "merah"\n', "uji.aturan", "warna"),  # unknown rule key
    ('terms = "sebarkan"\n', "uji.aturan", "terms"),  # wrong type
    ("terms = [1]\n", "uji.aturan", "terms"),
    ('terms = ["  "]\n', "uji.aturan", "terms"),
    ('terms = ["a"]\ncase_sensitive = "ya"\n', "uji.aturan", "case_sensitive"),
    ('patterns = ["(sebar"]\n', "uji.aturan", "patterns"),  # bad regex
    ('patterns = ["a", "(?<!x)b"]\n', "uji.aturan", "patterns"),  # look-around: not on RE2
    ('patterns = ["(a)\\\\1"]\n', "uji.aturan", "patterns"),  # a back-reference
    ('terms = ["a"]\nnear = ["b(?=c)"]\n', "uji.aturan", "near"),
    ('terms = ["a"]\nunless = ["(?<=x)b"]\n', "uji.aturan", "unless"),
    ('swap = { hoax = "" }\n', "uji.aturan", "swap"),
    ('swap = { " " = "hoaks" }\n', "uji.aturan", "swap"),
    ("", "uji.aturan", "terms"),  # neither terms, swap nor patterns
])
def test_bad_rule(tmp_path: Path, extra: str, rule: str, key: str) -> None:
    error = _error(tmp_path, HEADER + RULE + extra)
    assert (error.rule, error.key) == (rule, key)
    assert f"aturan '{rule}'" in str(error) and f"kunci '{key}'" in str(error)


@pytest.mark.parametrize(("field", "value"), [
    ("category", '"gosip"'), ("severity", '"fatal"'), ("severity", '"ERROR"'),
])
def test_bad_category_or_severity(tmp_path: Path, field: str, value: str) -> None:
    rule = RULE.replace(f'{field} = "', f'{field} = {value}\n# "')
    error = _error(tmp_path, HEADER + rule + 'terms = ["a"]\n')
    assert (error.rule, error.key) == ("uji.aturan", field)
    assert "uji.aturan" in str(error) and field in str(error)


@pytest.mark.parametrize("missing", ["category", "severity", "message"])
def test_missing_required_rule_key(tmp_path: Path, missing: str) -> None:
    rule = "\n".join(line for line in RULE.splitlines() if not line.startswith(missing))
    error = _error(tmp_path, HEADER + rule + '\nterms = ["a"]\n')
    assert (error.rule, error.key) == ("uji.aturan", missing)


def test_empty_message(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + RULE.replace("“{text}” ajakan berantai.", "  ") + 'terms = ["a"]\n')
    assert error.key == "message"


def test_duplicate_rule_id(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + RULE + 'terms = ["a"]\n' + RULE + 'terms = ["b"]\n')
    assert (error.rule, error.key) == ("uji.aturan", "id")


def test_unknown_top_level_key(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + "[lain]\nx = 1\n" + RULE + 'terms = ["a"]\n')
    assert error.key == "lain" and "'lain'" in str(error)


@pytest.mark.parametrize(("header", "key"), [
    ("", "pack"),  # no [pack] at all
    ('[pack]\nid = "uji"\nname = "Uji"\n', "version"),
    ('[pack]\nid = "uji"\nname = "Uji"\nversion = 1\n', "version"),
    ('[pack]\nid = "uji"\nname = "Uji"\nversion = "1"\npenulis = "x"\n', "penulis"),
])
def test_bad_pack_header(tmp_path: Path, header: str, key: str) -> None:
    error = _error(tmp_path, header + RULE + 'terms = ["a"]\n')
    assert error.key == key and f"kunci '{key}'" in str(error)


def test_pack_without_rules(tmp_path: Path) -> None:
    assert _error(tmp_path, HEADER).key == "rule"


@pytest.mark.parametrize(("campaign", "key"), [
    ("start = 2024-11-23\nend = 2024-09-25\n", "end"),  # end before start
    ('start = "2024-09-25"\nend = 2024-11-23\n', "start"),  # a string, not a date
    ("start = 2024-09-25T08:00:00\nend = 2024-11-23\n", "start"),  # a datetime
    ("start = 2024-09-25\n", "end"),
    ("start = 2024-09-25\nend = 2024-11-23\nzona = 1\n", "zona"),
])
def test_bad_campaign(tmp_path: Path, campaign: str, key: str) -> None:
    error = _error(tmp_path, HEADER + "[campaign]\n" + campaign + RULE + 'terms = ["a"]\n')
    assert error.key == key and f"kunci '{key}'" in str(error)


def test_one_day_campaign(tmp_path: Path) -> None:
    pack = load_pack(_pack(tmp_path, HEADER + "[campaign]\nstart = 2024-11-27\nend = 2024-11-27\n"
                           + RULE + 'terms = ["a"]\n'))
    assert pack.campaign is not None and pack.campaign.contains(dt.date(2024, 11, 27))


def test_invalid_toml_names_the_line(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + RULE + 'terms = ["a"]\nini bukan toml\n')
    assert error.line == 12
    assert f"uji.toml:{error.line}:" in str(error)


@pytest.mark.parametrize("content", [b"\xff\xfe[pack]\n", b'[pack]\nid = "\xe9"\n'])
def test_not_utf8(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "uji.toml"
    path.write_bytes(content)
    with pytest.raises(RuleFileError, match=r"uji\.toml"):
        load_pack(path)


@pytest.mark.parametrize("name", ["tidak-ada.toml", "folder"])
def test_unreadable_path(tmp_path: Path, name: str) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(RuleFileError, match=name):
        load_pack(tmp_path / name)


def test_load_packs_keeps_order(tmp_path: Path) -> None:
    paths = [_pack(tmp_path, HEADER.replace('"uji"', f'"{n}"') + RULE + 'terms = ["a"]\n', f"{n}.toml")
             for n in ("b", "a")]
    assert [p.id for p in load_packs(paths)] == ["b", "a"]


@pytest.mark.parametrize(("start", "end", "day", "inside"), [
    (dt.date(2024, 9, 25), dt.date(2024, 11, 23), dt.date(2024, 9, 25), True),
    (dt.date(2024, 9, 25), dt.date(2024, 11, 23), dt.date(2024, 11, 23), True),
    (dt.date(2024, 9, 25), dt.date(2024, 11, 23), dt.date(2024, 9, 24), False),
    (dt.date(2024, 9, 25), dt.date(2024, 11, 23), dt.date(2024, 11, 24), False),
])
def test_campaign_contains(start: dt.date, end: dt.date, day: dt.date, inside: bool) -> None:
    assert Campaign(start, end).contains(day) is inside


@pytest.mark.parametrize(("extra", "key"), [
    ('terms = ["a"]\nnear = "nomor"\n', "near"),
    ('terms = ["a"]\nunless = [1]\n', "unless"),
    ('terms = ["a"]\nnear = ["(nomor"]\n', "near"),
    ('terms = ["a"]\nunless = ["[x"]\n', "unless"),
    ('terms = ["a"]\nwindow = 0\n', "window"),
    ('terms = ["a"]\nwindow = "40"\n', "window"),
    ('terms = ["a"]\nwindow = true\n', "window"),
    ('terms = ["a"]\nnearby = ["x"]\n', "nearby"),
])
def test_bad_context_keys_name_rule_key_and_line(tmp_path: Path, extra: str, key: str) -> None:
    error = _error(tmp_path, HEADER + RULE + extra)
    assert (error.rule, error.key) == ("uji.aturan", key)
    lines = (HEADER + RULE + extra).splitlines()
    assert error.line is not None and lines[error.line - 1].startswith(key)
    assert f":{error.line}: aturan 'uji.aturan', kunci '{key}'" in str(error)


def test_near_and_unless_compile(tmp_path: Path) -> None:
    pack = load_pack(_pack(tmp_path, HEADER + RULE + 'terms = ["relawan"]\nnear = ["paslon"]\n'
                           'unless = ["PMI"]\nwindow = 12\n'))
    [rule] = pack.rules
    assert rule.window == 12
    assert rule.near is not None and rule.near.search("PASLON")
    assert rule.unless is not None and rule.unless.search("pmi")


def test_context_keys_default(tmp_path: Path) -> None:
    [rule] = load_pack(_pack(tmp_path, HEADER + RULE + 'terms = ["a"]\n')).rules
    assert (rule.near, rule.unless, rule.window) == (None, None, 40)


def test_many_terms_still_match_each_one(tmp_path: Path) -> None:
    terms = ["PDI-P", "Gerindra", "partai buruh", "#tagar", "a b c"]
    [rule] = load_pack(_pack(tmp_path, HEADER + RULE + "terms = " + str(terms).replace("'", '"')
                             + "\n")).rules
    for term, text in zip(terms, ["pdi p", "GERINDRA", "Partai-Buruh", "#tagar", "a-b c"], strict=True):
        assert rule.matcher.fullmatch(text), term
    assert not rule.matcher.search("Gerindraku") and not rule.matcher.search("x#tagarku")


def test_anchors_are_first_words_of_terms_and_none_with_patterns(tmp_path: Path) -> None:
    pack_file = tmp_path / "p.toml"
    pack_file.write_text(
        '[pack]\nid = "p"\nname = "P"\nversion = "1"\n'
        '[[rule]]\nid = "a"\ncategory = "standard"\nseverity = "info"\nmessage = "m"\n'
        'swap = { "Olah raga" = "olahraga", "do\'a" = "doa" }\n'
        '[[rule]]\nid = "b"\ncategory = "standard"\nseverity = "info"\nmessage = "m"\n'
        'terms = ["x"]\npatterns = ["y+"]\n', encoding="utf-8")
    first, second = load_pack(pack_file).rules
    assert first.anchors == frozenset({"olah", "do"})
    assert second.anchors is None


_CONTEXT_HEAD = ('[pack]\nid = "uji"\nname = "Uji"\nversion = "1"\n'
                 '[[words]]\nclass = "k"\nterms = ["lomba"]\nreason = "uji"\n')


def test_context_is_read_with_its_scope(tmp_path: Path) -> None:
    pack = load_pack(_pack(tmp_path, _CONTEXT_HEAD + '[[context]]\nid = "lomba"\nscope = "kalimat"\n'
                                      'shape = "<k>"\nunless = "<k> <k>"\nreason = "r"\nsource = "s"\n'))
    [context] = pack.contexts
    assert (context.id, context.shape, context.unless) == ("lomba", "<k>", "<k> <k>")
    assert context.scope == "kalimat"


@pytest.mark.parametrize(("body", "key"), [
    ('id = "a"\nshape = "<k>"\nreason = "r"\n', "source"),  # a context says where it comes from
    ('id = "a"\nshape = "<k>"\nscope = "paragraf"\nreason = "r"\nsource = "s"\n', "scope"),
    ('id = "a"\nshape = "<k"\nreason = "r"\nsource = "s"\n', "shape"),
    ('id = "a"\nshape = "<k>"\nwindow = 3\nreason = "r"\nsource = "s"\n', "window"),
])
def test_bad_context_is_named(tmp_path: Path, body: str, key: str) -> None:
    with pytest.raises(RuleFileError, match=key):
        load_pack(_pack(tmp_path, _CONTEXT_HEAD + "[[context]]\n" + body))
