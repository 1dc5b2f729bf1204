from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.check.findings import Category, CheckReport, Finding, Severity
from core.publish.channels import Channel
from core.store.bundle import BundleError, export_bundle, import_bundle
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore
from tests.pictures import png

ERR = Finding("platform.length.x", Category.PLATFORM, Severity.ERROR, 0, 5, "Terlalu panjang", "Warga")
WARN = Finding("baku.imbau", Category.STANDARD, Severity.WARNING, 6, 16, "tidak baku", "menghimbau",
               ("mengimbau",), "KBBI")


@pytest.fixture
def opd(tmp_path: Path) -> Iterator[QueueStore]:
    s = QueueStore(tmp_path / "opd._db")
    yield s
    s.close()


@pytest.fixture
def kominfo(tmp_path: Path) -> Iterator[QueueStore]:
    s = QueueStore(tmp_path / "kominfo._db")
    yield s
    s.close()


def test_round_trip_without_duplicates_and_decisions_travel_back(
        opd: QueueStore, kominfo: QueueStore, tmp_path: Path) -> None:
    image = tmp_path / "foto.png"
    image.write_bytes(png(b"foto"))
    a = opd.posts.add(PostDraft(body="Warga menghimbau", title="Imbauan", channels=(Channel.X,),
                          scheduled_at=dt.datetime(2030, 6, 3, 8, 0),
                          bidang=("Bidang Kesehatan Masyarakat", "UPTD Puskesmas")),
                      CheckReport("x", (ERR, WARN))).id
    b = opd.posts.add(PostDraft(body="Lomba kebersihan"), CheckReport("y")).id
    opd.media.add(a, image, media_dir=tmp_path / "opd-media", alt_text="Foto warga").media[0]
    sent = export_bundle(opd, [a, b], tmp_path / "kirim.saring", sender="Rina", office="Dinkes")
    assert (sent.posts, sent.images) == (2, 1)

    first = import_bundle(kominfo, sent.path, media_dir=tmp_path / "kominfo-media")
    again = import_bundle(kominfo, sent.path, media_dir=tmp_path / "kominfo-media")
    assert len(first.added) == 2 and again.added == () and again.updated == ()
    assert kominfo.posts.count() == 2
    got = kominfo.posts.get(first.added[0])
    assert got.findings == (ERR, WARN) and got.draft == opd.posts.get(a).draft
    assert got.draft.bidang == ("Bidang Kesehatan Masyarakat", "UPTD Puskesmas")
    (media,) = kominfo.media.of(got.id)
    assert media.alt_text == "Foto warga" and Path(media.path).read_bytes() == image.read_bytes()

    # The reviewer decides: one Siap (with a reason, it has an error), one back for revision.
    kominfo.posts.set_status(got.id, Status.READY, who="Kominfo: Sari", reason="Akan dipecah jadi utas")
    kominfo.posts.set_status(first.added[1], Status.NEEDS_REVISION, who="Kominfo: Sari",
                       reason="Tambahkan sumber")
    back = export_bundle(kominfo, list(first.added), tmp_path / "balik.saring", sender="Sari")
    result = import_bundle(opd, back.path, media_dir=tmp_path / "opd-media")
    assert result.added == () and sorted(result.decisions) == [a, b]
    assert opd.posts.get(a).status is Status.READY and opd.posts.get(b).status is Status.NEEDS_REVISION
    last = opd.posts.history(a)[-1]
    assert (last.who, last.reason) == ("Kominfo: Sari", "Akan dipecah jadi utas")
    assert opd.posts.count() == 2 and len(opd.media.of(a)) == 1
    # Importing the decisions twice changes nothing more.
    assert import_bundle(opd, back.path, media_dir=tmp_path / "opd-media").decisions == ()
    assert len(opd.posts.history(a)) == 1


def test_edits_by_the_sender_update_the_reviewers_copy(opd: QueueStore, kominfo: QueueStore,
                                                       tmp_path: Path) -> None:
    a = opd.posts.add(PostDraft(body="Versi satu"), CheckReport("x")).id
    import_bundle(kominfo, export_bundle(opd, [a], tmp_path / "1.saring").path,
                  media_dir=tmp_path / "m")
    opd.posts.update(a, PostDraft(body="Versi dua"), CheckReport("x"))
    result = import_bundle(kominfo, export_bundle(opd, [a], tmp_path / "2.saring").path,
                           media_dir=tmp_path / "m")
    assert len(result.updated) == 1 and kominfo.posts.count() == 1
    assert kominfo.posts.get(result.updated[0]).body == "Versi dua"


def test_bad_files_are_refused_and_change_nothing(kominfo: QueueStore, tmp_path: Path) -> None:
    text = tmp_path / "bukan.saring"
    text.write_text("bukan zip")
    with pytest.raises(BundleError, match="bukan berkas tinjauan"):
        import_bundle(kominfo, text, media_dir=tmp_path / "m")
    other = tmp_path / "lain.saring"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("bundle.json", '{"format": "lain"}')
    with pytest.raises(BundleError):
        import_bundle(kominfo, other, media_dir=tmp_path / "m")
    assert kominfo.posts.count() == 0
    with pytest.raises(BundleError, match="tidak dapat ditulis"):
        export_bundle(kominfo, [], tmp_path / "tidak-ada" / "x.saring")


def test_reviewer_receives_the_senders_history_once(opd: QueueStore, kominfo: QueueStore,
                                                    tmp_path: Path) -> None:
    a = opd.posts.add(PostDraft(body="Lomba kebersihan"), CheckReport("y")).id
    opd.posts.set_status(a, Status.NEEDS_REVISION, who="Rina", reason="Tambah sumber")
    opd.posts.set_status(a, Status.READY, who="Rina")
    sent = export_bundle(opd, [a], tmp_path / "kirim.saring", sender="Rina")
    first = import_bundle(kominfo, sent.path, media_dir=tmp_path / "m")
    (copy,) = first.added
    # A post new here arrives as Draf whatever its status there; its history comes along.
    assert kominfo.posts.get(copy).status is Status.DRAFT and "Siap" in first.notes[0]
    assert kominfo.posts.history(copy) == [
        dataclasses.replace(h, post_id=copy) for h in opd.posts.history(a)]
    import_bundle(kominfo, sent.path, media_dir=tmp_path / "m")  # again: no duplicate rows
    assert len(kominfo.posts.history(copy)) == 2
    # The reviewer sends it back: the sender's rows are not added twice, the decision once.
    kominfo.posts.set_status(copy, Status.NEEDS_REVISION, who="Sari", reason="Foto kurang jelas")
    back = export_bundle(kominfo, [copy], tmp_path / "balik.saring", sender="Sari")
    for _ in range(2):
        import_bundle(opd, back.path, media_dir=tmp_path / "m2")
    assert [(h.who, h.to_status) for h in opd.posts.history(a)] == [
        ("Rina", Status.NEEDS_REVISION), ("Rina", Status.READY), ("Sari", Status.NEEDS_REVISION)]
    assert opd.posts.get(a).status is Status.NEEDS_REVISION


def test_old_bundle_without_history_still_imports(kominfo: QueueStore, tmp_path: Path) -> None:
    old = tmp_path / "lama.saring"
    with zipfile.ZipFile(old, "w") as archive:
        archive.writestr("bundle.json", json.dumps({
            "format": "saring-review-bundle", "version": 1, "posts": [{
                "uid": "abc", "body": "Isi lama", "status": "siap", "findings": [],
                "images": []}]}))
    result = import_bundle(kominfo, old, media_dir=tmp_path / "m")
    (post_id,) = result.added
    assert kominfo.posts.get(post_id).body == "Isi lama" and kominfo.posts.history(post_id) == []


def test_decision_the_workflow_refuses_is_reported_not_applied(opd: QueueStore, kominfo: QueueStore,
                                                               tmp_path: Path) -> None:
    a = opd.posts.add(PostDraft(body="Isi"), CheckReport("x")).id
    (copy,) = import_bundle(kominfo, export_bundle(opd, [a], tmp_path / "1.saring").path,
                            media_dir=tmp_path / "m").added
    kominfo.posts.set_status(copy, Status.READY, who="Sari")
    back = export_bundle(kominfo, [copy], tmp_path / "2.saring")
    opd.posts.set_status(a, Status.ARCHIVED, who="Rina")  # meanwhile, before the reviewer's answer
    opd._db.execute("UPDATE status_history SET at = '2000-01-01T00:00:00'")  # older than Sari's
    result = import_bundle(opd, back.path, media_dir=tmp_path / "m2")
    assert result.decisions == () and opd.posts.get(a).status is Status.ARCHIVED
    assert len(result.notes) == 1 and "Arsip" in result.notes[0] and f"#{a}" in result.notes[0]
    assert [h.who for h in opd.posts.history(a)] == ["Rina"]  # the refused decision is not in the history


def test_an_edit_made_here_after_sending_is_not_overwritten(opd: QueueStore, kominfo: QueueStore,
                                                            tmp_path: Path) -> None:
    """Issue 15 (no lost update): the reviewer sends back the copy they received; the sender
    edited the post meanwhile. The sender's edit stays, the reviewer's decision still arrives,
    and the note says why the text was not taken."""
    a = opd.posts.add(PostDraft(body="Versi satu"), CheckReport("x")).id
    (copy,) = import_bundle(kominfo, export_bundle(opd, [a], tmp_path / "1.saring").path,
                            media_dir=tmp_path / "m").added
    kominfo.posts.set_status(copy, Status.NEEDS_REVISION, who="Sari", reason="Tambah sumber")
    back = export_bundle(kominfo, [copy], tmp_path / "2.saring")
    opd.posts.update(a, PostDraft(body="Versi dua, diperbaiki di sini"), CheckReport("x"))
    result = import_bundle(opd, back.path, media_dir=tmp_path / "m2")
    assert opd.posts.get(a).body == "Versi dua, diperbaiki di sini" and result.updated == ()
    assert opd.posts.get(a).status is Status.NEEDS_REVISION and result.decisions == (a,)
    assert any("dipertahankan" in n for n in result.notes)


def test_the_reviewers_edit_arrives_when_nothing_changed_here(opd: QueueStore, kominfo: QueueStore,
                                                              tmp_path: Path) -> None:
    a = opd.posts.add(PostDraft(body="Versi satu"), CheckReport("x")).id
    (copy,) = import_bundle(kominfo, export_bundle(opd, [a], tmp_path / "1.saring").path,
                            media_dir=tmp_path / "m").added
    kominfo.posts.update(copy, PostDraft(body="Versi satu, dirapikan peninjau"), CheckReport("x"))
    result = import_bundle(opd, export_bundle(kominfo, [copy], tmp_path / "2.saring").path,
                           media_dir=tmp_path / "m2")
    assert result.updated == (a,) and opd.posts.get(a).body == "Versi satu, dirapikan peninjau"
    # and the next round trip knows the versions again: a later edit there arrives too
    import_bundle(kominfo, export_bundle(opd, [a], tmp_path / "3.saring").path,
                  media_dir=tmp_path / "m")
    kominfo.posts.update(copy, PostDraft(body="Versi tiga"), CheckReport("x"))
    result = import_bundle(opd, export_bundle(kominfo, [copy], tmp_path / "4.saring").path,
                           media_dir=tmp_path / "m2")
    assert opd.posts.get(a).body == "Versi tiga" and result.updated == (a,)


def test_bidang_travel_and_a_retag_arrives(opd: QueueStore, kominfo: QueueStore,
                                           tmp_path: Path) -> None:
    post = opd.posts.add(PostDraft(body="Jadwal posyandu", bidang=("Sekretariat",)),
                         CheckReport("Jadwal posyandu")).id
    sent = export_bundle(opd, [post], tmp_path / "a.saring")
    (got,) = import_bundle(kominfo, sent.path, media_dir=tmp_path / "m").added
    assert kominfo.posts.get(got).draft.bidang == ("Sekretariat",)
    retagged = dataclasses.replace(opd.posts.get(post).draft, bidang=("UPTD Puskesmas",))
    opd.posts.update(post, retagged, CheckReport(retagged.body))
    again = export_bundle(opd, [post], tmp_path / "b.saring")
    assert import_bundle(kominfo, again.path, media_dir=tmp_path / "m").updated == (got,)
    assert kominfo.posts.get(got).draft.bidang == ("UPTD Puskesmas",)


def test_bidang_in_a_bundle_are_checked(kominfo: QueueStore, tmp_path: Path) -> None:
    def bundle(bidang: object) -> Path:
        path = tmp_path / "x.saring"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("bundle.json", json.dumps({
                "format": "saring-review-bundle", "version": 1,
                "posts": [{"uid": "a1", "body": "Isi", "bidang": bidang}]}))
        return path
    for bad, why in (("Sekretariat", "daftar"), ([1], "teks"), (["x" * 121], "batas"),
                     ([f"B{i}" for i in range(51)], "batas"), (["=HYPERLINK(1)"], "diawali"),
                     (["A||B"], r"\|\|")):
        with pytest.raises(BundleError, match=why):
            import_bundle(kominfo, bundle(bad), media_dir=tmp_path / "m")
    assert kominfo.posts.count() == 0
    (got,) = import_bundle(kominfo, bundle([" Sekretariat", "Sekretariat", ""]),
                           media_dir=tmp_path / "m").added
    assert kominfo.posts.get(got).draft.bidang == ("Sekretariat",)
