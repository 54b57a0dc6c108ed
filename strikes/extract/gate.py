"""A cheap test before an expensive pattern: the words one of which every match of it holds.

Python's `re` tries a case-insensitive alternation of many phrases at every position of a text,
so a search that finds nothing costs the most. Most of the long patterns can only match where one
of a few literal words ("said", "blamed", "visiting") occurs; `gated` reads those words out of the
compiled pattern itself, so that they cannot drift from it, and searches only a text that holds one.

A sentence meets a hundred gates, and is cut and masked into a few texts that meet them again: so
each text is scanned once for the words of every gate (`held`, an Aho-Corasick automaton of them),
and a gate asks only whether one of its own words is among those found. A match of many patterns
needs a word of more than one set ("bombed by ... aircraft": one of the verbs and one of the craft);
a gate asks for one of each set, so that a text with the verb alone is not searched.
"""
from __future__ import annotations

import functools
import operator
import re
import sys
import _sre
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from re import _compiler, _parser
from re import _constants as sre  # the parser's node kinds (a private module: tests/test_extract_gate.py pins what it yields)
from typing import Any, TypeVar

import ahocorasick

from strikes.extract.trace import current as current_trace

T = TypeVar("T")

# Under IGNORECASE a letter also matches these, which str.lower() leaves apart: fold them first.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_WORD_FOUND = operator.itemgetter(1)  # (the word of an automaton's find: its end, its word)
_MIN_WORD = 3  # shorter words ("in", "of") are in every text: no gate at all is cheaper


def folded(text: str) -> str:
    """The text as the gates read it: lower-cased, with the letters IGNORECASE equates folded alike
    (looked for first: translating every text costs more than the search it gates)."""
    odd = not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text)
    return text.translate(_FOLD).lower() if odd else text.lower()


def _weight(word: str) -> int:
    """How telling a word is: its length without spaces; a bracket or other sign alone is as telling as a word."""
    core = word.strip()
    return _MIN_WORD if core and not any(char.isalnum() for char in core) else len(core)


_known: set[str] = set()  # the words of every gate made so far


class _Scanner:
    """What words of a set a text holds, each text scanned once: an Aho-Corasick automaton of the
    words reads the folded text in one pass, each character met once rather than each word tried."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        self.automaton = ahocorasick.Automaton()
        for word in words:
            self.automaton.add_word(word, word)
        if words:
            self.automaton.make_automaton()
        self.held = functools.lru_cache(maxsize=512)(self._held)

    def _held(self, text: str) -> frozenset[str]:
        return frozenset(map(_WORD_FOUND, self.automaton.iter(folded(text)))) if self.words else frozenset()


_scanner = _Scanner(frozenset())  # for the words known when it was made


def _rescan(text: str) -> frozenset[str]:
    """`held` while gates have added words since the scanner was made: a scanner for the words known
    now, whose own remembering reader is `held` from then on (gates ask it some three thousand times an
    article, so no check of the words known stands between: `_learn` puts this back when they grow)."""
    global _scanner, held
    _scanner = _Scanner(frozenset(_known))
    held = _scanner.held
    return held(text)


# The gates' words that a text holds (as `folded` reads it): the current scanner's reader, or `_rescan`.
held: Callable[[str], frozenset[str]] = _rescan


def forget_texts() -> None:
    """Forget the texts scanned, and the answers remembered `per_article`: nothing in extraction remembers
    a sentence from one article to the next (bench/throughput.py repeats sentences, which an answer
    remembered would flatter)."""
    _scanner.held.cache_clear()
    for remembered in _per_article:
        remembered.cache_clear()


_per_article: list[functools._lru_cache_wrapper] = []


def per_article(function: Callable[..., T]) -> Callable[..., T]:
    """`function` with its answers remembered until the next article (`forget_texts`): an article's passes
    and clauses ask it of the same sentence again. Not while a trace is kept, which records each
    reading's rejections; a list is given as a copy, so that a caller that changes it changes its own."""
    remembered = functools.lru_cache(maxsize=1024)(function)
    _per_article.append(remembered)

    @functools.wraps(function)
    def answer(*args: Any, **kwargs: Any) -> T:
        found = function(*args, **kwargs) if current_trace() is not None else remembered(*args, **kwargs)
        return list(found) if isinstance(found, list) else found  # type: ignore[return-value]
    return answer


@dataclass(frozen=True)
class Gated:
    """A compiled pattern with the words (lower-cased) one of which every match holds; `words` is
    empty when the pattern has no such words, and then every text is searched. `also`: further sets
    of words, one of each of which every match holds too."""

    pattern: re.Pattern[str]
    words: tuple[str, ...]
    also: tuple[frozenset[str], ...] = ()
    # (the words as a set: a text's words are looked up in it, not each of a hundred words in the text's)
    word_set: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "word_set", frozenset(self.words))

    def opens(self, text: str) -> bool:
        """Whether the pattern can match somewhere in the text."""
        if not self.words:
            return True
        found = held(text)
        return not found.isdisjoint(self.word_set) and (not self.also or _one_of_each(found, self.also))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self.opens(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos) if self.opens(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos) if self.opens(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self.opens(text) else iter(())

    def sub(self, replacement: str, text: str) -> str:
        return self.pattern.sub(replacement, text) if self.opens(text) else text


@dataclass(frozen=True)
class GateIndex:
    """Which of many gates a text opens, from one look at the words it holds: the gates behind those
    words are gathered (with those that have no words), not each gate asked in turn, as a text holds
    the words of few of them."""

    ungated: frozenset[int]  # the places of the gates with no words, which every text opens
    by_word: dict[str, tuple[int, ...]]  # the places of the gates behind each word
    also: dict[int, tuple[frozenset[str], ...]] = field(default_factory=dict)  # the further word sets of the gates that have them
    # (all the words, to meet a text's in one look; and what a text that holds none of them opens, and one that
    # holds a single one: most texts, so made once)
    words: frozenset[str] = field(init=False, repr=False, compare=False)
    alone: tuple[int, ...] = field(init=False, repr=False, compare=False)
    with_word: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", frozenset(self.by_word))
        object.__setattr__(self, "alone", tuple(sorted(self.ungated)))
        object.__setattr__(self, "with_word", {word: tuple(sorted(self.ungated.union(places))) for word, places in self.by_word.items()})

    def opened(self, text: str) -> Sequence[int]:
        """The places of the gates the text opens, in order."""
        found = held(text)
        words = found & self.words
        if not words:
            return self.alone
        places = sorted(self.ungated.union(*[self.by_word[word] for word in words])) if len(words) > 1 else self.with_word[next(iter(words))]
        also = self.also
        return [i for i in places if i not in also or _one_of_each(found, also[i])] if also else places


def _one_of_each(found: frozenset[str], sets: Sequence[frozenset[str]]) -> bool:
    """Whether the words found in a text hold one word of each set."""
    for words in sets:
        if found.isdisjoint(words):
            return False
    return True


def gate_index(gates: Sequence[Gated]) -> GateIndex:
    """The index of gates by their words."""
    by_word: dict[str, list[int]] = {}
    for i, gate in enumerate(gates):
        for word in gate.words:
            by_word.setdefault(word, []).append(i)
    return GateIndex(frozenset(i for i, gate in enumerate(gates) if not gate.words), {word: tuple(places) for word, places in by_word.items()},
                     {i: gate.also for i, gate in enumerate(gates) if gate.also})


@dataclass(frozen=True)
class GatedBranches:
    """An alternation between a head and a tail, each branch behind the gate of its own words. A text
    is searched by the branches it holds words of (and those that have none), each compiled once on
    its own: a branch left out cannot match anywhere in the text, and the leftmost match of the
    branches searched, the first branch's at a tie, is the one the whole alternation finds (the head
    is a lookbehind or nothing, so it matches one way). Compiling the alternation of the branches a
    text holds would cost more than the searches: texts hold hundreds of different sets of them. A
    match holds only its own branch's groups, so a branch's groups are read by name."""

    head: str
    branches: tuple[str, ...]
    tail: str
    flags: int
    patterns: tuple[re.Pattern[str], ...] = field(repr=False, compare=False)  # each branch with the head and tail
    index: GateIndex = field(repr=False, compare=False)  # the branches' gates
    # the branches with no gate as one alternation, when there are two or more and none has a group: what `holds` searches
    # for them, in one pass over the text rather than one for each ("in", "at", "on")
    ungated: re.Pattern[str] | None = field(default=None, repr=False, compare=False)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return _leftmost([self.patterns[i].search(text, pos) for i in self.index.opened(text)])

    def holds(self, text: str) -> bool:
        """Whether the alternation matches somewhere in the text (a branch that does is enough: no
        other is searched for an earlier match, and the ungated ones are searched together)."""
        if self.ungated is None:
            return any(self.patterns[i].search(text) for i in self.index.opened(text))
        ungated = self.index.ungated
        return bool(self.ungated.search(text)) or any(self.patterns[i].search(text) for i in self.index.opened(text) if i not in ungated)

    def holds_whole(self, text: str) -> bool:
        """Whether the alternation matches the whole text (a branch that does is enough)."""
        return any(self.patterns[i].fullmatch(text) for i in self.index.opened(text))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Each match in turn; a branch is searched again only once the matches found have passed its
        next one (whose start lies at or after a later search's start, so that search finds it again:
        what a branch matches at a place does not hang on where the search began)."""
        following = [self.patterns[i].search(text) for i in self.index.opened(text)]
        while (match := _leftmost(following)) is not None:
            yield match
            pos = max(match.end(), match.start() + 1)
            following = [m if m is None or m.start() >= pos else m.re.search(text, pos) for m in following]


def _leftmost(matches: Sequence[re.Match[str] | None]) -> re.Match[str] | None:
    """The match that starts first, the earliest in the sequence at a tie."""
    first = None
    for match in matches:
        if match is not None and (first is None or match.start() < first.start()):
            first = match
    return first


def gated_branches(head: str, branches: Sequence[str], tail: str, flags: int) -> GatedBranches:
    """The pattern `head(?:branch|...)tail` with each branch behind the gate of the words every match through it needs."""
    patterns = tuple(first_char_checked(re.compile(f"{head}(?:{branch}){tail}", flags)) for branch in branches)
    index = gate_index([gated(pattern) for pattern in patterns])
    ungated = sorted(index.ungated)
    together = first_char_checked(re.compile(f"{head}(?:{'|'.join(branches[i] for i in ungated)}){tail}", flags)) \
        if len(ungated) > 1 and not any(patterns[i].groups for i in ungated) else None
    return GatedBranches(head, tuple(branches), tail, flags, patterns, index, together)


def gated_alternation(pattern: re.Pattern[str]) -> GatedBranches:
    """A pattern that is one alternation ("a|b|c") as GatedBranches, each branch behind its own gate."""
    branches = _top_level_branches(pattern.pattern)
    parsed = [node for node in _parser.parse(pattern.pattern, pattern.flags) if node[0] is sre.BRANCH]
    if len(parsed) != 1 or len(parsed[0][1][1]) != len(branches):  # (a common start the parser took out is still one BRANCH)
        raise ValueError(f"not one alternation of {len(branches)} branches: {pattern.pattern[:60]}")
    return gated_branches("", branches, "", pattern.flags)


def _top_level_branches(source: str) -> list[str]:
    """A pattern's source cut at each "|" outside a group and a character class."""
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 1  # (the escaped character is no bracket or bar)
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += source.startswith("^", i + 1)
            i += source.startswith("]", i + 1)  # ("[]" or "[^]": a bracket first in a class is in it)
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            branches.append(source[start:i])
            start = i + 1
        i += 1
    return branches + [source[start:]]


def _learn(*word_sets: Iterable[str]) -> None:
    """Add a gate's words to those the scanner must find: a new scanner reads the next text (`_rescan`)."""
    global held
    known = len(_known)
    _known.update(*word_sets)
    if len(_known) != known:
        held = _rescan


def gated(pattern: re.Pattern[str]) -> Gated:
    """The pattern behind a gate of the words every match of it needs (none found: no gate)."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    words = _needed(parsed)
    if not words or min(map(_weight, words)) < _MIN_WORD:
        return Gated(first_char_checked(pattern), ())
    # (the other sets as telling, but not one that each word of the first already holds a word of: "str" of "strike")
    also = tuple(dict.fromkeys(frozenset(other) for other in _word_sets(parsed) if min(map(_weight, other)) >= _MIN_WORD
                               and not all(any(part in word for part in other) for word in words)))
    _learn(words, *also)
    return Gated(first_char_checked(pattern), tuple(sorted(words)), also)


_CLASS_OF_CATEGORY = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_WORD: r"\w",
                      sre.CATEGORY_NOT_WORD: r"\W", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S"}


def first_char_checked(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern, tried only where a match can begin. Python's `re` skips ahead to a literal or a class a
    pattern opens with (its compiled program's start set) only when their case counts, so a case-blind
    pattern, or one that opens with a lookbehind or an alternation, is tried in full at every position of a
    text. Such a pattern is compiled again with the characters its matches can begin with as that start set
    (`_with_start_set`): the same source, groups and program, which `re` now enters only at those characters,
    skipping the others in one pass. Where they are a case-blind class with a letter past ASCII, whose every
    case `_start_set` does not write out, the pattern is put behind a lookahead for them instead, which turns
    the other positions away at one character. A pattern `re` already skips through, or whose first
    character cannot be told (it may match nothing, or open on any character), is left as it is."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if pattern.flags & re.VERBOSE or _compiler._get_literal_prefix(parsed, pattern.flags)[0] or _compiler._get_charset_prefix(parsed, pattern.flags):
        return pattern
    first = _first_chars(list(parsed), pattern.flags)
    if first is None or first[1]:
        return pattern
    start = _start_set(first[0])
    if start is None:
        return re.compile(f"(?=[{''.join(sorted({item for item, _ in first[0]}))}])(?:{pattern.pattern})", pattern.flags)
    return _with_start_set(pattern, parsed, start)


# Under IGNORECASE an ASCII character matches itself in either case, and these letters besides; a character past
# ASCII that has no case matches only itself (Python's `re`: tests/test_extract_gate.py reads every character to pin both)
_ALSO_CASE_BLIND = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _start_set(items: set[tuple[str, bool]]) -> list[tuple[Any, Any]] | None:
    """The first characters (items of a class as `_first_chars` writes them, each with whether its case is
    blind) as a class the parser reads, each case-blind character in every case `re` equates (a category,
    "\\d" or "\\w", matches the same characters either way); None where one is a letter past ASCII."""
    members = []
    for blind in (False, True):
        written = sorted(item for item, case_blind in items if case_blind is blind)
        if not written:
            continue
        (kind, parsed), = _parser.parse(f"[{''.join(written)}]")
        parsed = [(sre.LITERAL, parsed)] if kind is sre.LITERAL else parsed  # (a class of one character is read as that one)
        if not blind:
            members += parsed
            continue
        chars = [chr(code) for op, av in parsed for code in ([av] if op is sre.LITERAL else range(av[0], av[1] + 1) if op is sre.RANGE else [])]
        if any(not char.isascii() and _sre.unicode_iscased(ord(char)) for char in chars):
            return None
        cases = {case for char in chars for case in ((char.lower(), char.upper(), *_ALSO_CASE_BLIND.get(char.lower(), "")) if char.isascii() else char)}
        members += [(sre.LITERAL, ord(char)) for char in sorted(cases)] + [(op, av) for op, av in parsed if op is sre.CATEGORY]
    return members


def _with_start_set(pattern: re.Pattern[str], parsed: Any, start: list[tuple[Any, Any]]) -> re.Pattern[str]:
    """The pattern compiled as `re.compile` does, with `start` as the start set of its program: the information
    block `re` puts before a program (the least and most a match spans, and how a match begins) says that a
    match begins with a character of the set, and `re`'s search tries the program only at those."""
    code = _compiler._code(parsed, pattern.flags)
    if code[0] != sre.INFO or code[3] == 0:
        return pattern  # (no block, or one for a pattern that may match nothing: never so for one whose first character is told)
    info = [sre.INFO, 0, sre.SRE_INFO_CHARSET, *code[3:5]]
    _compiler._compile_charset(_compiler._optimize_charset(start)[0], pattern.flags, info)
    info[1] = len(info) - 1  # (the block's length after its opcode)
    names = [None] * parsed.state.groups
    for name, group in parsed.state.groupdict.items():
        names[group] = name
    return _sre.compile(pattern.pattern, pattern.flags, info + code[1 + code[1]:], parsed.state.groups - 1, parsed.state.groupdict, tuple(names))


def _first_chars(nodes, flags: int) -> tuple[set[tuple[str, bool]], bool] | None:
    """The characters (as items of a class, each with whether its case is blind where it stands: "(?-i:[A-Z])"
    in a case-blind pattern is a capital) a match of the parsed sequence can begin with, and whether it can
    match nothing; None when they cannot be told."""
    chars: set[tuple[str, bool]] = set()
    blind = bool(flags & re.IGNORECASE)
    for kind, value in nodes:
        if kind in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # (takes no character: the next node's is the first)
        if kind is sre.LITERAL:
            return chars | {(_in_class(value), blind)}, False
        if kind is sre.IN:
            items = [_class_item(op, av) for op, av in value]
            return None if None in items else (chars | {(item, blind) for item in items}, False)
        if kind is sre.SUBPATTERN and not value[1] & ~flags:
            inner = _first_chars(value[-1], flags & ~value[2])  # (with the flags it takes off, as "(?-i:...)")
        elif kind is sre.BRANCH:
            inner = _first_of_branches([_first_chars(branch, flags) for branch in value[1]])
        elif kind in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            inner = _first_chars(value[2], flags)
            inner = inner and (inner[0], inner[1] or value[0] == 0)
        elif kind is sre.ATOMIC_GROUP:
            inner = _first_chars(value, flags)
        else:
            return None
        if inner is None:
            return None
        chars |= inner[0]
        if not inner[1]:
            return chars, False
    return chars, True


def _first_of_branches(firsts: list[tuple[set[tuple[str, bool]], bool] | None]) -> tuple[set[tuple[str, bool]], bool] | None:
    """The first characters of an alternation, from those of its branches."""
    if None in firsts:
        return None
    return set().union(*(chars for chars, _ in firsts)), any(empty for _, empty in firsts)


def _class_item(op, av) -> str | None:
    """An item of a parsed class as written in one (None for a negated class)."""
    if op is sre.LITERAL:
        return _in_class(av)
    if op is sre.RANGE:
        return f"{_in_class(av[0])}-{_in_class(av[1])}"
    return _CLASS_OF_CATEGORY.get(av) if op is sre.CATEGORY else None


def _in_class(code: int) -> str:
    """A character as written in a class."""
    return re.escape(chr(code)) if chr(code).isascii() else chr(code)


def _needed(nodes) -> set[str] | None:
    """Words one of which every match of the parsed sequence holds, the most telling such set
    (the one whose least telling word is most so; the first of those as telling); None if there is none."""
    return max(_word_sets(nodes), key=lambda words: min(map(_weight, words)), default=None)


def _word_sets(nodes) -> list[set[str]]:
    """Sets of words, one word of each of which every match of the parsed sequence holds, in the
    order the sequence needs them. A word is a run of plain ASCII characters the sequence must match
    one after another; whatever may be absent (an optional part, a lookaround) breaks a run and offers
    no word; a group, or a part repeated at least once, offers the sets of its own sequence, and an
    alternation the words of its branches together (the most telling set of each), if each has one,
    and the run before it joined to the opening run of each branch ("s(?:its|at|itting)": `re` takes
    the start its branches share out of them, and "sits", "sat", "sitting" tell more than "s")."""
    sets: list[set[str]] = []
    run = ""
    for kind, value in list(nodes) + [(None, None)]:
        if kind is sre.LITERAL and value < 128:
            run += chr(value).lower()
            continue
        if run:
            sets.append({run})
        if kind is sre.SUBPATTERN:
            sets += _word_sets(value[-1])
        elif kind is sre.BRANCH:
            branches = [_needed(branch) for branch in value[1]]
            if all(branches):
                sets.append(set().union(*branches))
            if run:
                sets.append({run + _opening_run(branch) for branch in value[1]})
        elif kind in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
            sets += _word_sets(value[2])
        run = ""
    return sets


def _opening_run(nodes) -> str:
    """The plain ASCII characters a parsed sequence opens with, one after another (lower-cased)."""
    run = ""
    for kind, value in nodes:
        if kind is not sre.LITERAL or value >= 128:
            break
        run += chr(value).lower()
    return run
