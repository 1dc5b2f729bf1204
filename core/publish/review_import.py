"""The head of office's decisions from a review copy (.xlsx) applied through the status
workflow, post by post, with a report of what could not be applied.

What each decision does (what a head of office expects from the word):

- **Setuju** → Siap: the post may be published. A post that still has findings that must be
  fixed needs a reason (the workflow's rule): the reviewer's note is that reason; without one
  the decision is not applied and the report asks for it. A post already Siap, Diekspor or
  Terbit stays as it is (approving does not pull it back).
- **Revisi** → Perlu revisi, with the reviewer's note as the reason in the history. A post
  already Terbit cannot go back (the report says to correct it on the platform).
- **Tolak** → Arsip: the post is not published, but kept with its history (the note is the
  reason); an archived post can come back as Draf. A post already Terbit is not archived by a
  rejection (it is public: the report says to take it down on the platform first); a Diekspor
  post is archived and the report reminds that its copy in the posting tool must be removed.

A decision is not applied when the post no longer exists, when its text, title, sources,
channels or images changed after the copy was made (the reviewer judged another text), or when
the cell holds something other than Setuju / Revisi / Tolak. Empty rows are skipped. All
applied decisions are written in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from core.publish.review_sheet import Decision, ReviewLine, ReviewSheet, fingerprint, read_review_copy
from core.store.changes import Changes
from core.store.errors import PostNotFoundError
from core.store.models import Status, check_transition
from core.store.queue import QueueStore

TARGETS = {Decision.APPROVE: Status.READY, Decision.REVISE: Status.NEEDS_REVISION,
           Decision.REJECT: Status.ARCHIVED}
_ALREADY_APPROVED = frozenset({Status.READY, Status.EXPORTED, Status.PUBLISHED})


@dataclass(frozen=True, slots=True)
class Outcome:
    """One row's result: ``applied`` True when the status changed, else ``message`` says why
    not (or, applied, what to do next)."""

    row: int
    post_id: int | None
    decision: str
    applied: bool
    message: str
    status: Status | None = None  # the post's status after the import
    title: str = ""  # the post's title here, for the report


@dataclass(frozen=True, slots=True)
class ReviewImport:
    outcomes: tuple[Outcome, ...]
    empty: int  # rows with a post but no decision
    changes: Changes = field(default_factory=Changes)

    @property
    def applied(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.applied)

    @property
    def not_applied(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if not o.applied)

    def lines(self) -> list[str]:
        """The report, post by post, in Indonesian: ``#3 “Judul”: Revisi → Perlu revisi`` or
        ``#4 “Judul”: Setuju TIDAK diterapkan: why``."""
        out = []
        for o in self.outcomes:
            who = f"#{o.post_id}" if o.post_id else f"baris {o.row}"
            if o.title:
                who += f" “{o.title[:60]}”"
            said = o.decision or "(kosong)"
            if o.applied and o.status is not None:
                line = f"{who}: {said} → {o.status.label}"
            else:
                line = f"{who}: {said} TIDAK diterapkan"
            out.append(line + (f": {o.message}" if o.message else ""))
        return out

    def summary(self) -> str:
        return (f"{len(self.applied)} keputusan diterapkan, {len(self.not_applied)} tidak "
                f"diterapkan, {self.empty} baris tanpa keputusan.")


def import_review_copy(store: QueueStore, path: Path, *, who: str = "") -> ReviewImport:
    """Read ``path`` and apply its decisions (see the module's docstring). Raises
    :class:`~core.publish.review_sheet.ReviewCopyError` when the file is not a review copy
    (nothing changed), ``StoreError`` when the database cannot be written (nothing changed)."""
    return apply_review_sheet(store, read_review_copy(path), source=path.name, who=who)


def apply_review_sheet(store: QueueStore, sheet: ReviewSheet, *, source: str,
                       who: str = "") -> ReviewImport:
    """Apply the decisions of a review copy already read (``read_review_copy``: any thread; this
    one on the store's thread), in one transaction. ``source``: the file's name, for the history."""
    store.check_writable()
    by = f"{who} (salinan tinjauan {source})" if who else f"salinan tinjauan {source}"
    outcomes: list[Outcome] = []
    empty = 0
    changes = Changes()
    with store.transaction():
        for line in sheet.lines:
            if line.decision is None and not line.raw:
                empty += 1
                continue
            outcome, changed = _apply(store, line, by)
            outcomes.append(outcome)
            changes = changes | changed
    return ReviewImport(tuple(outcomes), empty, changes)


def _apply(store: QueueStore, line: ReviewLine, who: str) -> tuple[Outcome, Changes]:
    title = ""

    def refuse(message: str, status: Status | None = None) -> tuple[Outcome, Changes]:
        return Outcome(line.row, line.post_id, line.raw, False, message, status, title), Changes()

    if line.post_id is None:
        return refuse("kolom No tidak berisi nomor unggahan; baris ini tidak dapat dicocokkan.")
    try:
        post = store.posts.get(line.post_id)
    except PostNotFoundError:
        return refuse("unggahan ini sudah tidak ada di antrean (dihapus setelah salinan dibuat).")
    title = post.title
    if line.decision is None:
        return refuse(f"“{line.raw[:40]}” bukan pilihan Keputusan; pilih Setuju, Revisi, atau Tolak.",
                      post.status)
    if not line.fingerprint:
        return refuse("unggahan ini tidak ada di salinan aslinya (baris ditambahkan atau nomor "
                      "diubah di lembar kerja).", post.status)
    if line.fingerprint != fingerprint(post, store.media.of(post.id)):
        return refuse("unggahan ini sudah diubah (teks, judul, sumber, kanal, atau gambar) setelah "
                      "salinan tinjauan dibuat; pimpinan menilai versi lama. Kirim salinan baru.",
                      post.status)
    decision, target, note = line.decision, TARGETS[line.decision], line.note
    if decision is Decision.APPROVE and post.status in _ALREADY_APPROVED:
        return refuse(f"sudah {post.status.label}; tidak ada yang diubah.", post.status)
    if post.status is target:
        return refuse(f"sudah {target.label}; tidak ada yang diubah.", post.status)
    if post.status is Status.PUBLISHED:
        how = "perbaiki di platformnya" if decision is Decision.REVISE else \
            "turunkan dari platformnya lebih dulu, lalu arsipkan di sini"
        return refuse(f"sudah Terbit; keputusan {decision.value} tidak mengubah unggahan yang sudah "
                      f"terbit ({how}).", post.status)
    if decision is Decision.APPROVE and post.n_errors and not note:
        return refuse(f"masih ada {post.n_errors} temuan yang harus diperbaiki; Setuju tanpa "
                      "catatan tidak diterapkan. Tulis alasannya di Catatan peninjau, atau "
                      "perbaiki temuannya lebih dulu.", post.status)
    try:
        check_transition(post.id, post.status, target)
    except ValueError as exc:
        return refuse(str(exc), post.status)
    reason = {Decision.APPROVE: "Disetujui pimpinan", Decision.REVISE: "Revisi diminta pimpinan",
              Decision.REJECT: "Ditolak pimpinan"}[decision] + (f": {note}" if note else "")
    changed = store.posts.set_status(post.id, target, reason=reason, who=who)
    after = ""
    if decision is Decision.REJECT and post.status is Status.EXPORTED:
        after = "sudah diekspor ke alat unggah: hapus jadwalnya di alat itu juga."
    elif decision is Decision.REVISE and not note:
        after = "tanpa catatan; tanyakan kepada pimpinan apa yang perlu diubah."
    return Outcome(line.row, line.post_id, line.raw, True, after, target, title), changed
