"""Indonesian spelling over the compiled lexicon (core/check/lexicon.py).

The lexicon holds every form hunspell id_ID accepts (its affixes expanded at build time), the
forms Saring's morphology builds from its stems, Saring's word lists and the nationwide region
names; a check looks words up there and expands no affixes. At run time Saring adds
government abbreviations (``abbreviations.tsv``, a wrong case gets the listed form), region
names (accepted with their capital, even at a sentence start), clitics
(``-nya``, ``-lah``, ``-pun``, ...), and skips what is not a spelling matter: names inside a
sentence, all-caps acronyms, URLs, mentions, hashtags and numbers.

The package: ``lookup`` (is a word a correct form), ``suggestions`` (corrections),
``speller`` (a whole text), ``names`` (names and non-words), ``latin``, ``loans``,
``variants`` (the slip grammar), ``foreign_affix`` (Indonesian affixes on English words).
"""

from core.check.spelling.lookup import DictionaryLoadError, WordLookup, region_words
from core.check.spelling.speller import RULE_ID, Speller
from core.check.spelling.suggestions import Suggestions

__all__ = ["RULE_ID", "DictionaryLoadError", "Speller", "Suggestions", "WordLookup", "region_words"]
