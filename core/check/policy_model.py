"""The statistical layer of the policy checks (issue 12): one linear model per policy category
over features that carry from one writer to the next, beside the hand-written rule packs.

The rules give the ``error`` of an explicit act, with its reason and source; they are phrase
and shape lists and miss what a new writer words differently. This layer scores a whole post
per category with a logistic model over:

* the post's words, lowercase (``w:pilih``), and their roots through the project's
  morphology and lexicon (``r:pilih`` for *pilih*, *memilih*, *dipilih*, *pilihlah*);
* bigrams of roots within a sentence (``b:coblos_nomor``, ``b:nomor_<ANGKA>``);
* the shapes of numbers (``<ANGKA>`` a small number, ``<NOMOR0>`` "01", ``<BILANGAN>`` a long
  one, ``<NOMOR>`` a keycap or finger emoji, number words), hashtags split into their words,
  ALL-CAPS words, "!!!", links, phone and account numbers;
* the word classes of the rule packs' grammar (core/check/rules/shapes.py) each token reads as
  (``c:coblos:perintah``, ``c:partai``, ``c:calon-nama``): a class holds every member a pack
  lists, so a party, a vote verb in any voice or a candidate's name the training posts never
  held weighs as its class does.

When a post scores above its category's threshold (chosen by leave-one-set-out
cross-validation, ``scripts/train_policy_model.py``) the layer gives one ``warning`` on the
sentence that scores highest, naming the words that weighed most; core/check/overlap.py drops
its finding when the rules already warn in that category.

Neutrality also has a second model, of the explicit act an agency account must never post (the
labels ``neutrality:error``): where both the neutrality model and the act model are sure, above a
threshold chosen on the left-out sets so that at least 90 % of the errors it gives are on posts
labelled ``neutrality:error`` and at most 3 % on must-pass posts, the one finding is an ``error`` that
says what to remove. Every other category only ever warns.

Sources also have a **veto** (round 4; hoax since round 6): the rules' source warnings are false
on 1.9 % of the left-out posts that need none, more than any other category's. Where the
category model's probability is below the category's ``veto`` (chosen on the left-out sets: the
most cleared false warnings minus lost right ones, losing at most 2 % of the right ones), the
layer gives a marker (:data:`CLEARED`, severity info, on no words) and core/check/overlap.py
lowers the rules' *warnings* of that category in that post to info, saying why; it never touches
an error. Neutrality has a **lift** the other way (round 6): where both its models are above the
act model's ``lift``, a marker (:data:`RAISED`) makes overlap.py raise the rules' neutrality
warnings of the post to an error.

The weights live in ``resources/rules/model/policy-model.json`` with their provenance (and, for a
quicker start, in the compact copy of core/check/policy_weights.py made from it).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, compress, pairwise, repeat
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, cast

from core.check.findings import Category, Finding, Severity
from core.check.lexicon import LEXICON_FILE, Kind, open_lexicon
from core.check.morphology import stem_root
from core.check.policy_weights import SparseWeights, compact_path, read_compact, weight_rows
from core.errors import SaringError

if TYPE_CHECKING:
    from core.check.rules.shapes import Grammar, Reading

MODEL_FILE = Path("rules") / "model" / "policy-model.json"
# Format 2: the feature names once ("features"), each model's weights a list in their order (0:
# no weight); format 1 repeated every name in every model, and parsing twice the bytes cost
# the checker's load more than the weights themselves.
FORMAT = 2
CATEGORIES = (Category.NEUTRALITY, Category.SOURCE, Category.HOAX, Category.FRAUD,
              Category.PROVOCATION)
# The rule id family of each category (the pack that holds its rules): netralitas.model, ...
FAMILY = {Category.NEUTRALITY: "netralitas", Category.SOURCE: "sumber", Category.HOAX: "hoaks",
          Category.FRAUD: "penipuan", Category.PROVOCATION: "provokasi"}

_URL = r"(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:ly|gl|id|com|me|co|net|org|xyz|info)(?:/\S*)?"
_TOKEN_RE = re.compile(
    rf"(?P<url>{_URL})"
    r"|(?P<phone>(?:\+62|\b62|\b0)8\d{1,3}(?:[\s.-]?\d{2,4}){2,3}\b)"
    r"|(?P<tag>#[^\W_]\w*)"
    r"|(?P<key>\d\ufe0f?\u20e3)"
    r"|(?P<finger>[\u261d\u270c\u270b\U0001f91f\U0001f918\U0001f590\U0001f446\U0001f447])"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<bang>!+)"
    r"|(?P<pct>%)"
    r"|(?P<end>[.?\u2026]+(?=\s|$)|\n)",
    re.IGNORECASE,
)
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|[^\W\d_]+")
_NUMBER_WORDS = frozenset({"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
                           "sembilan", "sepuluh", "kesatu", "kedua", "ketiga", "keempat",
                           "kelima", "siji", "loro", "telu", "papat", "limo", "hiji", "opat"})
_NOMOR_WORDS = frozenset({"no", "nmr", "nomor", "nomer"})
# The rule id's tail of the layer's veto marker (``sumber.model-lolos``): the rules' warnings in
# that category become info (core/check/overlap.py); the marker itself is never shown.
CLEARED = ".model-lolos"
# The rule id's tail of the layer's marker that raises the rules' neutrality *warnings* of a post
# to an error (``netralitas.model-naik``, core/check/overlap.py); never shown itself either.
RAISED = ".model-naik"
_MAX_WORD = 40  # letters of the longest word given to the morphology
_MAX_TEXT = 200_000  # characters scored (a longer paste is scored on its start)


class PolicyModelError(SaringError, ValueError):
    """The policy model's weights file is missing or malformed."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One feature of a sentence and the words of the text that gave it."""

    feature: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    units: tuple[Unit, ...]


def _shape_of_number(digits: str) -> str:
    plain = digits.replace(".", "").replace(",", "")
    if len(plain) == 2 and plain.startswith("0") and plain != "00":
        return "<NOMOR0>"
    if len(plain) <= 2:
        return "<ANGKA>"
    if len(plain) >= 9:
        return "<REKENING>"
    return "<BILANGAN>"


# Where a text names its source: the span of the first cue, or None (core/check/sources.py).
Attribution = Callable[[str], tuple[int, int] | None]
_COUNTS = frozenset({"<ANGKA>", "<BILANGAN>", "<PERSEN>"})
# Whether the featurizer reads the source check's cues and the counts of a post without one
# (round policymodel9): trained on every set but the eleven newest writers' and scored on them
# (scripts/policy_model_proxy.py), 4,661 -> 4,675 of 5,010 posts right, source recall
# 621 -> 642 of 711 for 39 -> 50 false source findings of 4,299; about 0.1 ms a 300-word post.
COUNT_FEATURES = True
# The word classes of a text: each token's span and the names of the classes it reads as.
ClassReader = Callable[[str], Sequence[tuple[int, int, tuple[str, ...]]]]
# Classes that say nothing of a word (any other word, a sentence end).
_NO_CLASS = frozenset({"kata", "|"})


@lru_cache(maxsize=4096)
def _class_features(names: tuple[str, ...]) -> tuple[str, ...]:
    """The ``c:`` features of a token's classes (a post repeats a few dozen class sets)."""
    return tuple("c:" + name for name in names if name not in _NO_CLASS)


# One token's features (all on the same span), its span, in the order they are counted.
_Piece = tuple[tuple[str, ...], int, int]
# What a word gives: its features, its root in the chain of the sentence, 1 when it is in capitals.
_WordFeatures = tuple[tuple[str, ...], str, int]
_CACHE_LIMIT = 50_000


@dataclass(slots=True)
class _Scanned:
    """One sentence as the scanner reads it: its tokens' features and the chain of roots."""

    start: int
    end: int
    pieces: list[_Piece]
    chain: list[tuple[str, int, int]]
    caps: int

    def bigrams(self) -> Iterator[tuple[str, int, int]]:
        for (a, s, _e), (b, _s, e) in pairwise(self.chain):
            yield f"b:{a}_{b}", s, e


class Featurizer:
    """Turns a text into sentences of features. ``root_of`` gives a word's root (lowercase);
    the default leaves words as they are (used where no lexicon is at hand). ``classes``
    reads the rule packs' word classes of a text (:func:`grammar_classes`); without it the
    features have no ``c:`` classes."""

    def __init__(self, root_of: Callable[[str], str] | None = None,
                 classes: ClassReader | None = None,
                 attribution: Attribution | None = None) -> None:
        self._root_of = root_of or (lambda word: word)
        self._classes = classes
        self._attribution = attribution
        self._cache: dict[str, str] = {}
        self._words: dict[tuple[str, bool], _WordFeatures] = {}

    def with_classes(self, classes: ClassReader | None) -> Featurizer:
        """The same featurizer reading the word classes with ``classes``."""
        return Featurizer(self._root_of, classes, self._attribution)

    def root(self, word: str) -> str:
        found = self._cache.get(word)
        if found is None:
            # no root for a short word, nor for a run of letters no word is as long as
            found = self._root_of(word) if 4 <= len(word) <= _MAX_WORD else word
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = found
        return found

    def sentences(self, text: str) -> list[Sentence]:
        """The sentences of ``text`` with every feature and the words that gave it."""
        out: list[Sentence] = []
        for sent in self._scan(text):
            units = [Unit(f, s, e) for feats, s, e in sent.pieces for f in feats]
            units.extend(Unit(f, s, e) for f, s, e in sent.bigrams())
            if sent.caps >= 3:
                units.append(Unit("<KAPITAL3>", sent.start, sent.end))
            out.append(Sentence(sent.start, sent.end, tuple(units)))
        return out

    def sentence_features(self, text: str) -> list[list[str]]:
        """The features of each sentence, in the order of :meth:`sentences`, without spans."""
        out: list[list[str]] = []
        for sent in self._scan(text):
            feats = [f for piece in sent.pieces for f in piece[0]]
            feats.extend(f"b:{a}_{b}" for (a, _s, _e), (b, _t, _f) in pairwise(sent.chain))
            if sent.caps >= 3:
                feats.append("<KAPITAL3>")
            out.append(feats)
        return out

    def _scan(self, text: str) -> list[_Scanned]:
        text = text[:_MAX_TEXT]
        out: list[_Scanned] = []
        pieces: list[_Piece] = []
        chain: list[tuple[str, int, int]] = []  # the roots and shapes of the sentence, in order
        caps = 0
        first = -1
        word_features = self._word_features
        for m in _TOKEN_RE.finditer(text):
            kind, s, e = m.lastgroup or "", m.start(), m.end()
            if kind == "end":
                if pieces:
                    out.append(_Scanned(first, s, pieces, chain, caps))
                pieces, chain, caps, first = [], [], 0, -1
                continue
            if first < 0:
                first = s
            if kind == "word":
                feats, root, cap = word_features(m.group(), False)
                pieces.append((feats, s, e))
                chain.append((root, s, e))
                caps += cap
            elif kind == "tag":
                pieces.append((("<TAGAR>",), s, e))
                for piece in _CAMEL.finditer(m.group()[1:]):
                    ps, pe = s + 1 + piece.start(), s + 1 + piece.end()
                    word = piece.group()
                    if word.isdigit():
                        shape = _shape_of_number(word)
                        pieces.append(((shape, "t:" + shape), ps, pe))
                        chain.append((shape, ps, pe))
                    else:
                        feats, root, _cap = word_features(word, True)
                        pieces.append((feats, ps, pe))
                        chain.append((root, ps, pe))
            elif kind == "num":
                shape = _shape_of_number(m.group())
                pieces.append(((shape,), s, e))
                chain.append((shape, s, e))
            elif kind in ("key", "finger"):
                pieces.append((("<NOMOR>",), s, e))
                chain.append(("<NOMOR>", s, e))
            elif kind == "url":
                pieces.append((("<TAUTAN>",), s, e))
                chain.append(("<TAUTAN>", s, e))
            elif kind == "phone":
                pieces.append((("<TELEPON>",), s, e))
                chain.append(("<TELEPON>", s, e))
            elif kind == "bang":
                pieces.append((("<SERU>" if e - s == 1 else "<SERU2>",), s, e))
            elif kind == "pct":
                pieces.append((("<PERSEN>",), s, e))
                chain.append(("<PERSEN>", s, e))
        if pieces:
            out.append(_Scanned(first, len(text), pieces, chain, caps))
        if self._classes is not None and out:
            self._add_classes(text, out, self._classes)
        if self._attribution is not None and out:
            self._add_counts(text, out, self._attribution)
        return out

    @staticmethod
    def _add_counts(text: str, sentences: list[_Scanned], attribution: Attribution) -> None:
        """Where the post names a source (core/check/sources.py's cues), ``<ATRIBUSI>`` on the
        cue; where it names none, each count before a word (a number and its unit: "120 ton",
        "43 warga") as ``<HITUNG>`` and ``n:`` + the unit's root (round policymodel9)."""
        cue = attribution(text)
        if cue is not None:
            starts = [sent.start for sent in sentences]
            sentences[max(0, bisect_right(starts, cue[0]) - 1)].pieces.append(
                (("<ATRIBUSI>",), cue[0], cue[1]))
            return
        for sent in sentences:
            for (a, s, _e), (b, _s, e) in pairwise(sent.chain):
                if a in _COUNTS and not b.startswith("<"):
                    sent.pieces.append((("<HITUNG>", "n:" + b), s, e))

    @staticmethod
    def _add_classes(text: str, sentences: list[_Scanned], classes: ClassReader) -> None:
        """Each token's classes as ``c:`` features of the sentence it starts in."""
        starts = [sent.start for sent in sentences]
        for s, e, names in classes(text):
            feats = _class_features(names)
            if feats:
                sentences[max(0, bisect_right(starts, s) - 1)].pieces.append((feats, s, e))

    def _word_features(self, word: str, tag: bool) -> _WordFeatures:
        key = (word, tag)
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = self._read_word(word, tag=tag)
            if len(self._words) > _CACHE_LIMIT:
                self._words.clear()
        return found

    def _read_word(self, word: str, *, tag: bool) -> _WordFeatures:
        low = word.lower()
        if low in _NOMOR_WORDS:
            low = "nomor"
        root = self.root(low)
        feats = ["w:" + low, "r:" + root]
        if tag:
            feats.append("t:" + root)
        if low in _NUMBER_WORDS:
            feats.append("<ANGKA-KATA>")
        caps = 0
        if len(word) >= 3 and word.isupper() and not tag:
            feats.append("<KAPITAL>")
            caps = 1
        return tuple(feats), root, caps

    def features(self, text: str) -> frozenset[str]:
        """The features of the whole post (what a post is scored and trained on)."""
        return frozenset(f for sent in self.sentence_features(text) for f in sent)


def grammar_classes(grammar: Grammar,
                    read: Callable[[str], Reading] | None = None) -> ClassReader:
    """A :data:`ClassReader` over ``grammar`` (the packs' merged word classes); ``read`` reads
    a text with it (default ``grammar.read``; the post checker passes the reading its packs
    already made). A class name carries the verb's form: ``coblos:perintah``."""
    names: dict[str, tuple[str, ...]] = {}
    reader = read or grammar.read

    def classes(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
        out = []
        for token in reader(text).tokens:
            found = names.get(token.symbol)
            if found is None:
                found = names[token.symbol] = tuple(grammar.describe(token.symbol).split("+"))
            out.append((token.start, token.end, found))
        return out

    return classes


def shipped_classes(resources: Path) -> ClassReader:
    """The word classes of the rule packs shipped in ``resources`` (training, tests and
    benches; the post checker uses the grammar of the packs it runs)."""
    from core.check.checker import default_pack_paths
    from core.check.rules.loader import load_pack
    from core.check.rules.matcher import grammar_of

    packs = [load_pack(path, verify=False) for path in default_pack_paths(resources)]
    return grammar_classes(grammar_of(packs))


@dataclass(frozen=True, slots=True)
class CategoryModel:
    """A logistic model: P(category) = sigmoid(bias + sum of the weights of the features).
    ``error``, when given, is the model of the category's explicit act: a post gets an error
    when both this model's and the act model's probability are above the act model's
    threshold. Below ``veto`` (0.0: never) the rules' warnings in the category become info.
    Where both probabilities are above the act model's ``lift`` (1.0: never), the rules'
    warnings in the category become an error (the act model's own threshold is for posts the
    rules leave silent, ``lift`` for posts they only warn on)."""

    bias: float
    threshold: float  # a post is flagged when its probability is above this (1.0: never)
    weights: Mapping[str, float] = field(default_factory=dict)
    error: CategoryModel | None = None
    veto: float = 0.0
    lift: float = 1.0

    def is_error(self, probability: float, score: Callable[[CategoryModel], float]) -> bool:
        """Whether a post whose probability in this category is ``probability`` gets an error
        (``score``: a model's probability of the same post, asked of the act model only when
        ``probability`` is above its threshold)."""
        act = self.error
        return (act is not None and act.threshold < 1.0 and probability > act.threshold
                and score(act) > act.threshold)

    def lifts(self, probability: float, score: Callable[[CategoryModel], float]) -> bool:
        """Whether the rules' warnings in this category become an error on this post
        (``score`` as in :meth:`is_error`)."""
        act = self.error
        return (act is not None and act.lift < 1.0 and probability > act.lift
                and score(act) > act.lift)

    def margin(self, features: frozenset[str] | set[str]) -> float:
        # map() over the dict's own get: the same values in the same order as a generator
        # of get(f, 0.0), so the same sum, at C speed (a long post has thousands of features)
        return self.bias + sum(map(_as_dict(self.weights).get, features, repeat(0.0)))

    def probability(self, features: frozenset[str] | set[str]) -> float:
        return _sigmoid(self.margin(features))


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


@dataclass(frozen=True, slots=True)
class PolicyModel:
    categories: Mapping[Category, CategoryModel]
    provenance: Mapping[str, object] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> PolicyModel:
        try:
            try:
                raw: bytes | None = path.read_bytes()
            except FileNotFoundError:
                raw = None  # the bundle ships only the compact copy
            data = read_compact(path, raw)  # the training script's copy of these bytes
            if data is None:
                if raw is None:
                    raise FileNotFoundError(f"{path.name} dan {compact_path(path).name} tidak ada")
                data = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError) as exc:
            raise PolicyModelError(f"model kebijakan tidak dapat dibaca: {path}: {exc} "
                                   "(buat dengan: python scripts/train_policy_model.py)") from exc
        return cls.from_json(data, where=str(path))

    @classmethod
    def from_json(cls, data: object, *, where: str = "model") -> PolicyModel:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise PolicyModelError(f"{where}: format model kebijakan tidak dikenal (harus {FORMAT}; "
                                   "buat ulang dengan: python scripts/train_policy_model.py)")
        cats: dict[Category, CategoryModel] = {}
        try:
            names = data["features"]
            if not isinstance(names, list):
                raise TypeError("features bukan daftar")
            for name, body in data["categories"].items():
                act = body.get("error")
                cats[Category(name)] = replace(
                    _category_model(body, names),
                    error=None if act is None else _category_model(act, names))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PolicyModelError(f"{where}: isi model kebijakan rusak: {exc}") from exc
        return cls(cats, dict(data.get("provenance", {})))


def _category_model(body: Mapping[str, object], names: list[str]) -> CategoryModel:
    """One model of a format-2 file: its weights are a list in the order of ``names`` (the
    JSON), or a mapping of the non-zero ones by name (the compact copy, already sparse)."""
    weights = body["weights"]
    sparse: Mapping[str, float]
    if isinstance(weights, SparseWeights):
        sparse = weights  # the compact copy's doubles (policy_weights._parse), read lazily
    elif isinstance(weights, dict):
        sum(weights.values())  # a TypeError when a weight is no number
        sparse = weights  # built for this model alone: kept, not copied
    elif isinstance(weights, list) and len(weights) == len(names):
        sum(weights)  # a TypeError when a weight is no number
        # compress keeps the non-zero ones at C speed
        sparse = dict(compress(zip(names, weights, strict=True), weights))
    else:
        raise ValueError("weights tidak sepanjang features")
    return CategoryModel(bias=float(body["bias"]),  # type: ignore[arg-type]
                         threshold=float(body["threshold"]),  # type: ignore[arg-type]
                         weights=sparse,
                         veto=float(body.get("veto", 0.0)),  # type: ignore[arg-type]
                         lift=float(body.get("lift", 1.0)))  # type: ignore[arg-type]


_MESSAGES = {
    Category.NEUTRALITY: (
        "Kalimat ini mirip ajakan memilih atau dukungan kepada calon atau partai (kata penentu: "
        "{words}). Periksa: akun instansi wajib netral setiap saat (PP 94/2021); hapus ajakan, "
        "dukungan, nomor urut, atau salam kampanye bila ada."),
    Category.SOURCE: (
        "Kalimat ini mirip klaim fakta tanpa sumber yang jelas (kata penentu: {words}). Periksa: "
        "sebutkan sumber resmi (instansi, dokumen, tanggal) atau isi kolom Sumber."),
    Category.HOAX: (
        "Kalimat ini mirip pesan berantai atau kabar yang belum pasti (kata penentu: {words}). "
        "Periksa kebenarannya pada sumber resmi sebelum diunggah; jangan meneruskan ajakan "
        "menyebarkan."),
    Category.FRAUD: (
        "Kalimat ini mirip modus penipuan (kata penentu: {words}). Periksa: instansi tidak "
        "meminta uang ke rekening pribadi, kode OTP/PIN, atau menjanjikan kelulusan dan hadiah."),
    Category.PROVOCATION: (
        "Kalimat ini mirip hasutan atau hinaan terhadap suatu kelompok (kata penentu: {words}). "
        "Periksa: hapus kata yang merendahkan atau mengajak bermusuhan (UU ITE Pasal 28 ayat 2)."),
}


# The error of an explicit act (only neutrality has an act model): what to do, and why.
_ERROR_MESSAGES = {
    Category.NEUTRALITY: (
        "Kalimat ini sangat mirip ajakan memilih atau dukungan kepada calon atau partai (kata "
        "penentu: {words}). Akun instansi wajib netral setiap saat (PP 94/2021, SKB 2022): "
        "hapus ajakan, dukungan, nomor urut, warna, atau salam kampanye itu sebelum "
        "mengunggah."),
}


# What a rules' warning raised to an error says after its own message ({words}: the words the
# act model weighed most).
_RAISED_MESSAGES = {
    Category.NEUTRALITY: (
        "(Dinaikkan menjadi galat: unggahan ini secara keseluruhan sangat mirip ajakan memilih "
        "atau dukungan kepada calon atau partai; kata penentu: {words}. Akun instansi wajib "
        "netral setiap saat (PP 94/2021, SKB 2022): hapus ajakan atau dukungan itu sebelum "
        "mengunggah.)"),
}


# What a rules' warning lowered by the veto says after its own message.
_CLEARED_MESSAGES = {
    Category.HOAX: (
        "(Diturunkan menjadi info: pada unggahan serupa dari penulis lain, peringatan hoaks "
        "seperti ini lebih sering keliru daripada benar. Tetap periksa kebenarannya pada sumber "
        "resmi bila unggahan ini meneruskan kabar atau pesan dari pihak lain.)"),
    Category.SOURCE: (
        "(Diturunkan menjadi info: pada unggahan serupa dari penulis lain, peringatan sumber "
        "seperti ini lebih sering keliru daripada benar. Tetap sebutkan sumber bila kalimat ini "
        "memuat angka atau klaim dari pihak lain.)"),
}


def _readable(text: str, unit: Unit) -> str:
    return " ".join(text[unit.start:unit.end].split())


def lexicon_featurizer(resources: Path, classes: ClassReader | None = None) -> Featurizer:
    """The featurizer with roots from the compiled lexicon of ``resources`` and the word
    classes of ``classes``."""
    lexicon = open_lexicon(resources / LEXICON_FILE)

    def is_stem(word: str) -> bool:
        entry = lexicon.entry(word)
        return entry is not None and bool(entry.kind & Kind.STEM)

    def root_of(word: str) -> str:
        # A common form's root is stored in the lexicon (its build read it with the same
        # stem_root); only the rarer forms are analysed here.
        found = lexicon.frequent_root(word)
        return stem_root(word, is_stem) if found is None else found

    attribution: Attribution | None = None
    if COUNT_FEATURES:
        from core.check.sources import attribution_cue  # here: sources imports overlap, which imports this

        attribution = attribution_cue
    return Featurizer(root_of, classes, attribution)


class PolicyModelCheck:
    """Scores a post per category and gives one warning per category above its threshold,
    on the sentence that scores highest. Reports on its own: core/check/overlap.py keeps its
    finding only where the rules gave no warning or error in that category."""

    def __init__(self, model: PolicyModel, featurizer: Featurizer) -> None:
        self.model = model
        self.featurizer = featurizer
        # Every model a check may score (each category's, then its act model), and per feature
        # its weights in these models (0.0 where a model has none), kept across checks: the
        # weights never change, and a post re-checked as the admin types has mostly the same
        # features. A post's sums then read one small table, not six large ones whose look-ups
        # miss the CPU cache (~7,400 features of a 5,000-word text: ~7 ms -> ~1 ms).
        scored: list[CategoryModel] = []
        for cat in CATEGORIES:
            cm = model.categories.get(cat)
            if cm is not None:
                scored += [cm] if cm.error is None else [cm, cm.error]
        self._scored = tuple(scored)
        self._column = {id(cm): itemgetter(k) for k, cm in enumerate(scored)}
        self._rows: dict[str, tuple[float, ...]] = {}

    @classmethod
    def from_resources(cls, resources: Path, classes: ClassReader | None = None) -> PolicyModelCheck:
        """The shipped model; ``classes`` reads the packs' word classes (the post checker
        gives its packs' reader, :meth:`with_classes`)."""
        return cls(PolicyModel.load(resources / MODEL_FILE), lexicon_featurizer(resources, classes))

    def with_classes(self, classes: ClassReader | None) -> PolicyModelCheck:
        """The same model reading the word classes with ``classes``."""
        return PolicyModelCheck(self.model, self.featurizer.with_classes(classes))

    def check(self, text: str) -> list[Finding]:
        # The post is scored on its features alone; the sentences with the words that gave
        # each feature are read only when a category passes its threshold.
        per_sentence = self.featurizer.sentence_features(text)
        if not per_sentence:
            return []
        post = frozenset(chain.from_iterable(per_sentence))  # the same order as a nested loop
        probability = self._scorer(post)
        found: list[Finding] = []
        sentences: list[Sentence] | None = None
        for cat in CATEGORIES:
            cm = self.model.categories.get(cat)
            if cm is None:
                continue
            p = probability(cm)
            if p < cm.veto and cat in _CLEARED_MESSAGES:
                found.append(Finding(rule_id=FAMILY[cat] + CLEARED, category=cat,
                                     severity=Severity.INFO, start=0, end=0,
                                     message=_CLEARED_MESSAGES[cat]))
                continue
            if cat in _RAISED_MESSAGES and cm.lifts(p, probability):
                if sentences is None:
                    sentences = self.featurizer.sentences(text)
                assert cm.error is not None  # lifts() says so
                mark = self._finding(text, cat, cm.error, sentences, Severity.INFO,
                                     _RAISED_MESSAGES)
                found.append(replace(mark, rule_id=FAMILY[cat] + RAISED, start=0, end=0,
                                     actual=""))
            if cm.error is not None and cm.is_error(p, probability):
                # the act model's weights choose the sentence and name the words
                weighed, severity = cm.error, Severity.ERROR
            elif cm.threshold < 1.0 and p > cm.threshold:
                weighed, severity = cm, Severity.WARNING
            else:
                continue
            if sentences is None:
                sentences = self.featurizer.sentences(text)
            found.append(self._finding(text, cat, weighed, sentences, severity))
        return found

    def _scorer(self, post: frozenset[str]) -> Callable[[CategoryModel], float]:
        """:meth:`CategoryModel.probability` of ``post`` for the models of this check: each
        model's weights summed in the order ``post`` is iterated, as ``margin`` sums them (the
        same floats in the same order: the same sum)."""
        rows = self._rows
        found = list(map(rows.get, post))
        if None in found:
            models = self._scored
            if len(rows) > _CACHE_LIMIT:
                rows.clear()
            missing = [k for k, row in enumerate(found) if row is None]
            features = list(post)
            new = weight_rows([cm.weights for cm in models], [features[k] for k in missing])
            for k, row in zip(missing, new, strict=True):
                found[k] = rows[features[k]] = row

        weights = cast(list[tuple[float, ...]], found)  # every row filled in

        def probability(cm: CategoryModel) -> float:
            return _sigmoid(cm.bias + sum(map(self._column[id(cm)], weights)))

        return probability

    def _finding(self, text: str, cat: Category, cm: CategoryModel,
                 sentences: list[Sentence], severity: Severity = Severity.WARNING,
                 messages: Mapping[Category, str] | None = None) -> Finding:
        weights = _as_dict(cm.weights)

        def score(s: Sentence) -> float:
            return sum(weights.get(f, 0.0) for f in {u.feature for u in s.units})

        best = max(sentences, key=score)  # the first of equals
        words: dict[str, float] = {}
        for unit in _heaviest(best, cm):
            words.setdefault(_readable(text, unit), 0.0)
            if len(words) == 3:
                break
        shown = ", ".join(f"“{w}”" for w in words) or "susunan kalimat"
        start, end = best.start, best.end
        while end > start and text[end - 1].isspace():
            end -= 1
        if messages is None:
            messages = _ERROR_MESSAGES if severity is Severity.ERROR else _MESSAGES
        return Finding(rule_id=f"{FAMILY[cat]}.model", category=cat, severity=severity,
                       start=start, end=end, message=messages[cat].format(words=shown),
                       actual=text[start:end])


# Shapes that name no words a writer could change (a "!" or a whole sentence in capitals).
_UNNAMED = frozenset({"<SERU>", "<SERU2>", "<KAPITAL3>", "c:!", "c:,"})


def _heaviest(sentence: Sentence, cm: CategoryModel) -> Iterator[Unit]:
    """The sentence's units with a positive weight, heaviest first (a feature counted once)."""
    seen: dict[str, Unit] = {}
    weights = _as_dict(cm.weights)
    for unit in sentence.units:
        if (unit.feature not in seen and unit.feature not in _UNNAMED
                and weights.get(unit.feature, 0.0) > 0):
            seen[unit.feature] = unit
    yield from sorted(seen.values(), key=lambda u: (-weights[u.feature], u.start))


def _as_dict(weights: Mapping[str, float]) -> Mapping[str, float]:
    """``weights`` as a dict where the compact copy's lazy mapping stands for one (its look-ups
    at C speed)."""
    return weights.as_dict() if isinstance(weights, SparseWeights) else weights
