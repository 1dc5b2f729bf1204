"""How long a post may be, everywhere a post enters Saring: the command line (``check``,
``queue add``), the store (a new or edited post), a review bundle (each post) and the window.

100,000 characters: no social platform takes more (Facebook's limit, the longest, is 63,206
characters; X 280, Instagram 2,200, TikTok 2,200/4,000, YouTube descriptions 5,000), and a
website release of that length is already ~15,000 words. Checking is linear in the text
(tests/attacks/test_hostile_text_time.py reaches 1 MB), so the limit is not there to save the
checker: it keeps a check in the window within seconds on any text, and a pasted document or
a runaway file out of the queue and the CSV files.
"""

from __future__ import annotations

from core.errors import SaringError

MAX_POST_CHARS = 100_000


class PostTooLongError(SaringError, ValueError):
    """A post's text is longer than :data:`MAX_POST_CHARS`."""

    def __init__(self, length: int, *, what: str = "Teks unggahan") -> None:
        self.length = length
        super().__init__(too_long_message(length, what=what))


def too_long_message(length: int, *, what: str = "Teks unggahan") -> str:
    """The sentence that says so, in Indonesian."""
    return (f"{what} terlalu panjang: {thousands(length)} karakter, batasnya "
            f"{thousands(MAX_POST_CHARS)} karakter (media sosial mana pun menerima paling "
            f"banyak {thousands(63_206)} karakter). Bagi teksnya menjadi beberapa unggahan.")


def check_post_size(text: str, *, what: str = "Teks unggahan") -> None:
    """Raise :class:`PostTooLongError` when ``text`` is longer than the limit."""
    if len(text) > MAX_POST_CHARS:
        raise PostTooLongError(len(text), what=what)


def thousands(n: int) -> str:
    """100000 -> "100.000", as Indonesian writes it."""
    return f"{n:,}".replace(",", ".")
