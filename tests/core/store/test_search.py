"""store.search: the command line's listing is streamed and formatted without building posts."""

from __future__ import annotations

import datetime as dt

from core.findings import Category, CheckReport, Finding, Severity
from core.publish.channels import Channel
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore
from core.text import first_line

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
        f"{p.n_errors} galat, {p.n_warnings} peringatan\t{p.title or first_line(p.body, 60)}"
        for p in store.posts.list()]
    assert text == "".join(line + "\n" for line in expected)
    assert "".join(store.search.listing(status=Status.READY)).startswith("2\tsiap\t-\t-\t0 galat")


def test_lines_whole_for_json(store: QueueStore) -> None:
    post_id = store.posts.add(PostDraft(body="  isi  ", sources="BPBD", channels=(Channel.FACEBOOK,)),
                              CheckReport("x", (WARN,))).id
    (line,) = store.search.lines(whole=True)
    assert (line.id, line.body, line.sources, line.channels, line.n_warnings) == (
        post_id, "  isi  ", "BPBD", "facebook", 1)
    assert list(store.search.lines(status=Status.ARCHIVED)) == []
