"""store.search: the command line's listing is streamed and formatted without building posts."""

from __future__ import annotations

import datetime as dt

import pytest

from core.check.findings import Category, CheckReport, Finding, Severity
from core.check.text import first_line
from core.publish.channels import Channel
from core.store.models import PostDraft, QueueQuery, Status
from core.store.queue import QueueStore
from tests.core.store.samples import draft as _draft

WARN = Finding("baku.x", Category.STANDARD, Severity.WARNING, 0, 1, "tidak baku", "a")


def test_listing_matches_the_posts(store: QueueStore) -> None:
    long_first = "  \n\t Banjir " + "air naik " * 30 + "\nbaris dua"
    store.posts.add(PostDraft(body=long_first, channels=(Channel.X, Channel.INSTAGRAM),
                              scheduled_at=dt.datetime(2030, 1, 2, 8, 5)), CheckReport("a", (WARN,)))
    store.posts.add(PostDraft(body="isi", title="Judul"), CheckReport("b"), status=Status.READY)
    store.posts.add(PostDraft(body="baris satu\r\nbaris dua"), CheckReport("c"))
    text = "".join(store.search.listing())
    expected = [
        f"{p.id}\t{p.status.value}\t"
        f"{p.draft.scheduled_at.strftime('%Y-%m-%d %H:%M') if p.draft.scheduled_at else '-'}\t"
        f"{','.join(c.value for c in p.draft.channels) or '-'}\t"
        f"{p.n_errors} harus diperbaiki, {p.n_warnings} perlu diperiksa\t{p.title or first_line(p.body, 60)}"
        for p in store.posts.list()]
    assert text == "".join(line + "\n" for line in expected)
    assert "".join(store.search.listing(status=Status.READY)).startswith("2\tsiap\t-\t-\t0 harus diperbaiki")


def test_lines_whole_for_json(store: QueueStore) -> None:
    post_id = store.posts.add(PostDraft(body="  isi  ", sources="BPBD", channels=(Channel.FACEBOOK,)),
                              CheckReport("x", (WARN,))).id
    (line,) = store.search.lines(whole=True)
    assert (line.id, line.body, line.sources, line.channels, line.n_warnings) == (
        post_id, "  isi  ", "BPBD", "facebook", 1)
    assert list(store.search.lines(status=Status.ARCHIVED)) == []


# -- moved from test_queue.py ------------------------------------------------------------

def test_search_and_filters(store: QueueStore) -> None:
    fb = store.posts.add(_draft("Vaksinasi gratis di puskesmas", channels=(Channel.FACEBOOK,),
                          when="2025-03-01 08:00"), CheckReport("x")).id
    ig = store.posts.add(_draft("Jadwal vaksinasi anak", channels=(Channel.INSTAGRAM,),
                          when="2025-03-02 08:00"), CheckReport("x"), status=Status.READY).id
    store.posts.add(_draft("Lomba kebersihan kampung"), CheckReport("x"))
    assert {r.id for r in store.search.rows(QueueQuery(text="vaksin"))} == {fb, ig}
    assert [r.id for r in store.search.rows(QueueQuery(text="vaksinasi puskesmas"))] == [fb]
    assert [r.id for r in store.search.rows(QueueQuery(text="vaksin", status=Status.READY))] == [ig]
    assert [r.id for r in store.search.rows(QueueQuery(channel=Channel.FACEBOOK))] == [fb]
    day = dt.date(2025, 3, 2)
    assert [r.id for r in store.search.rows(QueueQuery(date_from=day, date_to=day))] == [ig]
    assert store.search.count_matching(QueueQuery(text='"=kutip')) == 0  # odd input is no SQL error
    assert store.search.count_matching(QueueQuery()) == 3
    store.posts.update(fb, _draft("Pengumuman lomba", channels=(Channel.FACEBOOK,)), CheckReport("x"))
    assert store.search.count_matching(QueueQuery(text="vaksinasi")) == 1  # the index follows updates


def test_wide_search_walks_the_queue_order_with_the_same_result(
        store: QueueStore, monkeypatch: pytest.MonkeyPatch) -> None:
    import core.store.search

    for n in range(30):
        when = None if n % 4 == 0 else f"2025-03-{1 + n % 28:02d} {8 + n % 9:02d}:00"
        store.posts.add(_draft(f"vaksinasi {'anak' if n % 2 else 'lansia'} {n}", when=when),
                  CheckReport("x"), status=Status.READY if n % 3 else Status.DRAFT)
    queries = [QueueQuery(text="vaksin"), QueueQuery(text="anak", status=Status.READY)]
    narrow = [[r.id for r in store.search.rows(q, offset=3, limit=7)] for q in queries]
    monkeypatch.setattr(core.store.search, "_WIDE_MATCH", 0)
    wide = [[r.id for r in store.search.rows(q, offset=3, limit=7)] for q in queries]
    assert wide == narrow and all(len(ids) == 7 for ids in wide)
    assert store.search.count_matching(queries[0]) == 30


def test_bidang_filter_counts_and_rows(store: QueueStore) -> None:
    Query = QueueQuery

    def add(*bidang: str) -> int:
        return store.posts.add(PostDraft(body="Isi", bidang=bidang), CheckReport("Isi")).id
    a = add("Sekretariat", "Bidang \"Kutip\" % _")
    b = add("Sekretariat")
    c = add()
    assert store.search.ids_matching(Query(bidang="Sekretariat")) == [a, b]
    assert store.search.ids_matching(Query(bidang="Bidang \"Kutip\" % _")) == [a]
    assert store.search.ids_matching(Query(bidang="Bidang")) == []  # whole names only
    assert store.search.ids_matching(Query(untagged=True)) == [c]
    assert store.search.count_matching(Query(bidang="Sekretariat")) == 2
    assert [r.bidang for r in store.search.rows(Query())] == [
        ("Sekretariat", "Bidang \"Kutip\" % _"), ("Sekretariat",), ()]
    assert store.search.bidang_in_use() == {"Bidang \"Kutip\" % _": 1, "Sekretariat": 2}


def test_bidang_counts_over_any_span(store: QueueStore) -> None:
    def add(when: str, *bidang: str, status: Status = Status.DRAFT) -> None:
        store.posts.add(PostDraft(body="Isi", bidang=bidang, scheduled_at=dt.datetime.fromisoformat(when)),
                        CheckReport("Isi"), status=status)
    add("2026-02-28 23:59", "A")  # the day before
    add("2026-03-01 00:00", "A", "B")
    add("2026-03-31 23:00", "B")
    add("2026-03-15 08:00")
    add("2026-03-16 08:00", "A", status=Status.ARCHIVED)
    add("2026-04-01 00:00", "A")  # the day after
    march = store.search.bidang_counts(dt.date(2026, 3, 1), dt.date(2026, 4, 1))
    assert march == {"A": 1, "B": 2, "": 1}
