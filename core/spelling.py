"""Indonesian spelling: hunspell id_ID read by spylls, plus Saring's own word lists.

The dictionary accepts or rejects a word form; Saring adds the words the dictionary lacks
(``resources/vocab/accept.tsv``), government abbreviations (``abbreviations.tsv``), clitics
(``-nya``, ``-lah``, ``-pun``, ...), and skips what is not a spelling matter: names inside a
sentence, all-caps acronyms, URLs, mentions, hashtags and numbers.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from pathlib import Path

from spylls.hunspell import Dictionary

from core.findings import Category, Finding, Severity
from core.morphology import possible_roots
from core.text import Token, TokenKind, is_abbreviation, match_case, sentence_starts, tokenize
from core.wordlists import WordListError, load_wordlist

RULE_ID = "spelling.unknown"
_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")  # written -nya after an abbreviation
_LETTERS = string.ascii_lowercase
_MAX_SUGGESTIONS = 5


class DictionaryLoadError(RuntimeError):
    """The hunspell dictionary or a word list could not be read."""


class Speller:
    """Spelling checker over one hunspell dictionary and Saring's word lists.

    Not thread-safe: use one instance from one worker thread at a time.
    """

    def __init__(self, dictionary_base: Path, *, accept: Iterable[str] = (),
                 abbreviations: Iterable[str] = ()) -> None:
        try:
            self._dictionary = Dictionary.from_files(str(dictionary_base))
        except (OSError, ValueError) as exc:
            raise DictionaryLoadError(f"kamus tidak dapat dibaca: {dictionary_base}: {exc}") from exc
        self._accept_lower = {w.lower() for w in accept}
        self._abbreviations = set(abbreviations)
        self._known: dict[str, bool] = {}
        self._suggestions: dict[str, tuple[str, ...]] = {}
        self._stems = self._read_stems(dictionary_base.with_suffix(".dic")) | self._accept_lower

    @classmethod
    def from_resources(cls, resources: Path) -> Speller:
        vocab = resources / "vocab"
        try:
            accept = load_wordlist(vocab / "accept.tsv")
            abbreviations = load_wordlist(vocab / "abbreviations.tsv")
        except (OSError, WordListError) as exc:
            raise DictionaryLoadError(f"daftar kata tidak dapat dibaca: {exc}") from exc
        return cls(resources / "dictionaries" / "id_ID", accept=accept, abbreviations=abbreviations)

    @staticmethod
    def _read_stems(dic_path: Path) -> set[str]:
        stems: set[str] = set()
        with dic_path.open(encoding="iso-8859-1") as dic:
            next(dic, None)  # the first line holds the entry count
            for line in dic:
                stems.add(line.split("/", 1)[0].strip().lower())
        return stems

    # -- single words ---------------------------------------------------------------------

    def is_known(self, word: str) -> bool:
        """Whether ``word`` (as written) is a correct Indonesian word form."""
        cached = self._known.get(word)
        if cached is None:
            cached = self._known[word] = self._is_known_uncached(word)
        return cached

    def _is_known_uncached(self, word: str) -> bool:
        if word in self._abbreviations or word.lower() in self._accept_lower:
            return True
        if self._dictionary.lookup(word):
            return True
        if "-" in word:
            head, _, clitic = word.rpartition("-")
            if clitic.lower() in _CLITICS and head in self._abbreviations:
                return True  # SIM-nya, KTP-mu
            parts = [p for p in word.split("-") if p]
            return bool(parts) and all(self.is_known(p) for p in parts)
        return any(root in self._stems and self._dictionary.lookup(root)
                   for root in possible_roots(word.lower()))

    def suggest(self, word: str) -> tuple[str, ...]:
        """Up to five corrections one edit away, cased like ``word``."""
        cached = self._suggestions.get(word)
        if cached is None:
            found = [(cost, c) for c, cost in _edits1(word.lower())
                     if self._plausible(c) and self.is_known(c)]
            # Same kind of slip: forms the dictionary itself lists before derived ones.
            found.sort(key=lambda pair: (pair[0], not self._dictionary.lookup(pair[1])))
            cached = self._suggestions[word] = tuple(
                match_case(c, word) for _, c in found[:_MAX_SUGGESTIONS]
            )
        return cached

    def _plausible(self, candidate: str) -> bool:
        """Cheap filter before the dictionary lookup: the candidate is a stem or an affixed
        form of one."""
        return candidate in self._stems or any(r in self._stems for r in possible_roots(candidate))

    # -- whole texts ----------------------------------------------------------------------

    def check(self, text: str) -> list[Finding]:
        starts = sentence_starts(text)
        findings: list[Finding] = []
        for token in tokenize(text):
            if token.kind is not TokenKind.WORD or self._skip(token, starts):
                continue
            if text[token.end:token.end + 1] == "." and is_abbreviation(token.text):
                continue  # Dr., Kab., dll.
            if not self.is_known(token.text):
                findings.append(Finding(
                    rule_id=RULE_ID,
                    category=Category.SPELLING,
                    severity=Severity.WARNING,
                    start=token.start,
                    end=token.end,
                    actual=token.text,
                    message=(f"“{token.text}” tidak ada di kamus bahasa Indonesia. Periksa "
                             "ejaannya; jika kata ini benar (nama, istilah), tambahkan ke kamus."),
                    suggestions=self.suggest(token.text),
                    reference="Kamus hunspell id_ID (LibreOffice)",
                ))
        return findings

    def _skip(self, token: Token, sentence_start_offsets: frozenset[int]) -> bool:
        word = token.text
        if len(word) < 2:
            return True
        letters = [c for c in word if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            return True  # acronyms: ASN, OPD, BPBD
        # A capitalised word inside a sentence is most likely a name.
        return word[0].isupper() and token.start not in sentence_start_offsets


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = {
    ch: {row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)}
    for row in _KEYBOARD_ROWS for i, ch in enumerate(row)
}


def _edits1(word: str) -> list[tuple[str, int]]:
    """Candidates one edit away with a cost for how unlikely the slip is: 1 for swapped,
    doubled or undoubled letters, 2 for keyboard neighbours, dropped and extra letters, 3 for
    any other substitution."""
    scored: dict[str, int] = {}

    def add(candidate: str, cost: int) -> None:
        if candidate and candidate != word and cost < scored.get(candidate, 99):
            scored[candidate] = cost

    for i in range(len(word)):
        left, char, right = word[:i], word[i], word[i + 1:]
        if right:
            add(left + right[0] + char + right[1:], 1)
        undoubled = (right[:1] == char) or (left[-1:] == char)
        add(left + right, 1 if undoubled else 2)
        for letter in _LETTERS:
            if letter != char:
                add(left + letter + right, 2 if letter in _NEIGHBOURS.get(char, ()) else 3)
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        for letter in _LETTERS:
            doubled = letter == right[:1] or letter == left[-1:]
            add(left + letter + right, 1 if doubled else 2)
    return sorted(scored.items(), key=lambda pair: pair[1])
