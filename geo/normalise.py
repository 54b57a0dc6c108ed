"""One key for every English spelling of a place name.

War reporting spells the same village many ways (Jisr al-Shughour, Jisr ash-Shughur);
the gazetteer stores each name under a folded key and queries are folded the same way,
so variants meet in an exact, indexed lookup instead of a slow fuzzy scan. The rules
are data (``transliteration.yaml``); this module only applies them.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from geo.rulefiles import read_rules


@dataclass(frozen=True)
class _Rules:
    replaced: dict[int, str | None]  # marks deleted, letters respelt
    articles: frozenset[str]
    rewrites: tuple[tuple[re.Pattern[str] | str, str | Callable[[re.Match[str]], str]], ...]  # a plain string is replaced as it stands
    synonyms: dict[str, str]
    ascii_marks: str  # the ASCII characters ``replaced`` deletes or respells: all an ASCII name may need


@cache
def _rules() -> _Rules:
    data = read_rules("transliteration.yaml")
    return _Rules(
        replaced={**{ord(c): None for c in data["deleted_marks"]},
                 **{ord(c): spelt for c, spelt in data["letters"].items()}},
        articles=frozenset(data["articles"]),
        rewrites=tuple((_pattern(pattern, repl), _replacement(repl)) for pattern, repl in data["rewrites"]),
        synonyms=dict(data["synonyms"]),
        ascii_marks="".join(c for c in data["deleted_marks"] + "".join(data["letters"]) if c.isascii()),
    )


def _pattern(pattern: str, repl: str) -> re.Pattern[str] | str:
    """A rewrite's pattern, compiled unless the rule is letters for letters: most are ("q", "k"),
    and ``str.replace`` does those ten times quicker than ``re.sub``, with the same result."""
    return pattern if pattern.isalpha() and repl.isalpha() else re.compile(pattern)


_GROUP_ONLY = re.compile(r"\\(\d)")


def _replacement(repl: str) -> str | Callable[[re.Match[str]], str]:
    """A rewrite's replacement; one that is a single group (``\\1``: a doubled letter becomes one)
    is that group's getter, since ``re.sub`` expands a template in Python code at every match (three
    times as slow, and it is the costliest rule). The rules' groups always take part in a match."""
    group = _GROUP_ONLY.fullmatch(repl)
    return operator.itemgetter(int(group[1])) if group else repl


_NON_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=1 << 18)
def _fold_word(word: str) -> str:
    """Cached: names share few distinct words ("khel", "kala", "deir"), and the index
    build folds over a million names."""
    rules = _rules()
    for pattern, repl in rules.rewrites:
        word = word.replace(pattern, repl) if isinstance(pattern, str) else pattern.sub(repl, word)
    return rules.synonyms.get(word, word)


@lru_cache(maxsize=1 << 19)
def normalise_name(name: str) -> str:
    """The lookup key of a place name: transliteration variants give the same key.

    Cached because extraction asks for the same spans, and the gazetteer build for the
    same names (a place's, then its regions' and country's seats'), over and over.
    """
    return " ".join(_fold_word(w) for w in _words(name))


def _words(name: str) -> list[str]:
    """The words a name's key is folded from: case, marks and accents gone, the article dropped."""
    rules = _rules()
    text = name.casefold()
    if not text.isascii() or any(c in text for c in rules.ascii_marks):  # most names need no translation
        text = text.translate(rules.replaced)
    if not text.isascii():  # plain ASCII has no accents to strip (most names; a seventh of folding time)
        text = unicodedata.normalize("NFKD", text).translate(_COMBINING_MARKS)
    if text.isascii() and text.replace(" ", "").isalnum():  # ASCII words split by spaces: most names
        words = text.split()
    else:
        words = _NON_WORD.sub(" ", text).split()
    return [w for w in words if w not in rules.articles] or words


class _CombiningMarks(dict[int, "int | None"]):
    """Code point to None for a combining mark, which ``str.translate`` then deletes (the accents of
    a decomposed name, in one call: a third of the time of testing each character in Python), and to
    itself for any other character. Filled as names bring characters: a table of every mark in
    Unicode takes 8 ms to make, what a hundred first lookups of names take."""

    def __missing__(self, code_point: int) -> int | None:
        self[code_point] = kept = None if unicodedata.combining(chr(code_point)) else code_point
        return kept


_COMBINING_MARKS = _CombiningMarks()


def index_key(name: str) -> str | None:
    """The key the index stores a name under, or None for a name it does not keep: keys
    with no Latin letters are dropped, since articles are in English and the index stays
    small."""
    if name.isascii():
        key = normalise_name(name)
    else:
        words = _words(name)
        if not "".join(words).isascii():
            # Another script's: no rewrite makes a letter ASCII, so its key would not be kept. Not
            # folding it spares the build two fifths of GeoNames' names, listed in every language.
            return None
        key = " ".join(_fold_word(w) for w in words)  # normalise_name's key, its words split once
    return key if key and key.isascii() and any(c.isalpha() for c in key) else None


def name_keys(names: Iterable[str]) -> dict[str, int]:
    """Index keys of a place's names; 1 marks the place's own name: the first, or, where that is in
    another script (Who's On First names thousands of Ukrainian villages in Cyrillic only), the first
    the index keys, which is how English writes it; else a namesake whose own name is in Latin
    letters would outrank it as an "own name" match."""
    keys: dict[str, int] = {}
    for name in names:
        if key := index_key(name):
            keys[key] = max(keys.get(key, 0), int(not keys))
    return keys


@lru_cache(maxsize=65_536)
def plain_spelling(name: str) -> str:
    """A name as spelt, without accents, case, marks and the Arabic article: stricter than
    the lookup key, which also merges vowels and doubled letters."""
    text = name.casefold()
    if not text.isascii():  # ASCII has no accents to strip (most names: most of this function's time)
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = re.findall(r"[a-z]+", text.replace("'", "").replace("’", ""))
    return "".join(w for w in words if w not in _SPELT_ARTICLES) or "".join(words)


_SPELT_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "ez", "es", "en", "the"})
