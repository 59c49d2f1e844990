"""A small tokenizer that keeps body offsets, shared by the rule-based extractors; and the
regex prefilter and caches that keep those extractors fast (see the section at the end)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Hashable, Iterable, Iterator
from functools import lru_cache
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, NamedTuple, TypeVar

from store.records import Sentence

F = TypeVar("F", bound=Callable[..., Any])

_TOKEN_RE = re.compile(
    r"(?P<abbr>(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Amb"
    r"|Pres|Prof|St|No|Jr|Sr)\.)"
    r"|(?P<initial>[A-Z]\.)"
    r"|(?P<poss>['’]s\b)"
    r"|(?P<word>[^\W\d_][\w\-]*(?:['’][A-Z][\w\-]*)?)"
    r"|(?P<num>\d[\d,.]*\d%?|\d%?)"
    r"|(?P<punct>\S)"
)


class Token(NamedTuple):
    """One token; `lower` and `is_cap` are computed once, as the actor rules read them often.
    A named tuple built by tuple.__new__: a sentence's tokens cost no Python call each."""

    text: str
    start: int  # body offsets
    end: int
    kind: str  # abbr | initial | poss | word | num | punct
    lower: str  # text.lower()
    is_cap: bool  # a capitalised word, abbreviation or initial


_CAPITALISED_KINDS = frozenset({"word", "abbr", "initial"})
_new_tuple = tuple.__new__


def tokenize(sentence: Sentence) -> list[Token]:
    """Tokens of a sentence with offsets into the article body."""
    base = sentence.start
    return [
        _new_tuple(Token, (text, base + m.start(), base + m.end(), kind, text.lower(),
                           kind in _CAPITALISED_KINDS and text[:1].isupper()))
        for m in _TOKEN_RE.finditer(sentence.text)
        for text, kind in ((m.group(), m.lastgroup or "punct"),)
    ]


_WORD = re.compile(r"[\w'’-]+")  # a word with its apostrophes and hyphens ("Kyiv's", "so-called")


def prev_words(text: str, pos: int, n: int = 1) -> list[str]:
    """The last `n` words before `pos` (within 120 characters), lower-cased."""
    if pos < 0:  # a slice counts from the end; findall's bounds do not
        return [w.lower() for w in _WORD.findall(text[max(0, pos - 120):pos])][-n:]
    # findall within bounds reads as on the slice: the pattern looks at nothing around it
    return [w.lower() for w in _WORD.findall(text, max(0, pos - 120), pos)[-n:]]


def next_words(text: str, pos: int, n: int = 1) -> list[str]:
    """The first `n` words from `pos` (within 120 characters), lower-cased."""
    if pos < 0:
        return [w.lower() for w in _WORD.findall(text[pos:pos + 120])][:n]
    if n == 1:  # the first of findall's words is the first match: no need for the others
        first = _WORD.search(text, pos, pos + 120)
        return [first.group().lower()] if first else []
    return [w.lower() for w in _WORD.findall(text, pos, pos + 120)[:n]]


def tokenize_text(text: str) -> list[str]:
    """Token texts of a lexicon phrase, so phrases match token sequences exactly."""
    return [m.group() for m in _TOKEN_RE.finditer(text)]


# --- speed: word alternations as prefix trees ---------------------------------------------------


def alternation(words: Iterable[str]) -> str:
    """Regex alternation of lexicon phrases, longest first, any whitespace between words.

    Written as a prefix tree ("s(?:a(?:ys?|id)|tated)") when that is the same pattern: Python's
    engine tries a flat alternation's phrases one by one at every position, a tree only the
    phrases sharing the text's first letters. The same because at one position only phrases of
    which one begins the other can match (lowercase, single-spaced phrases: a letter matches one
    letter, a space any whitespace), and the tree, like the flat list, tries the longer first.
    """
    phrases = sorted(set(words), key=len, reverse=True)
    if phrases and all(p == p.lower() and p == " ".join(p.split()) and all(map(_caseless, p))
                       for p in phrases):
        return _trie(phrases, 0)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)


def _caseless(c: str) -> bool:
    """An ASCII character, or one with no case at all ("’"): two different ones never match the
    same character of a text, even ignoring case (unlike "σ" and "ς", or "s" and "ſ")."""
    return c.isascii() or (not c.isalpha() and c.lower() == c == c.upper())


def _trie(phrases: list[str], depth: int) -> str:
    """Alternation of the phrases' endings from `depth` on (they share what comes before)."""
    children: dict[str, list[str]] = {}
    ends = False
    for p in phrases:
        if len(p) == depth:
            ends = True
        else:
            children.setdefault(p[depth], []).append(p)
    branches = [(r"\s+" if c == " " else re.escape(c)) + _trie(group, depth + 1)
                for c, group in sorted(children.items(), key=lambda kv: -len(kv[1][0]))]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


# --- speed: regex prefilters and caches of pure functions -----------------------------------------
#
# Most extractor patterns are long word alternations tried at every position of every sentence,
# and almost all of them find nothing. A prefilter answers "can this pattern match here at all?"
# from words the pattern cannot match without, so the regex engine only runs where it may succeed.

_PRODUCT_LIMIT = 64  # most strings two alternations in a row ("(?:a|b)\s+(?:c|d)") expand into
_MIN_NEEDLE = 3  # shorter required strings occur in nearly every sentence: no filter
_FEW_SUBSTRINGS = 3
# words so common that requiring one of them filters out almost nothing
_COMMON = frozenset({"the", "and", "that", "for", "with", "was", "has", "have", "this", "are",
                     "from", "not", "its", "his", "her", "but", "had", "who", "will", "which"})
# non-ASCII letters that match an ASCII letter case-insensitively (İ, ı, ſ and the Kelvin sign,
# checked against all of Unicode in tests/test_extract_cache.py): in a text with one of them,
# str.lower() may not show a word the pattern matches, so the prefilter steps aside
CASE_TRAPS = "\u0130\u0131\u017f\u212a"
DIGIT = "\\d"  # stands for "any decimal digit" among required strings
_DIGIT_RX = re.compile(r"\d")
_WORD_MARKS = "\x01\x02"  # around a needle that is a whole run of ASCII letters in the text
_ASCII_WORD = re.compile("[a-z]+")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_SPACES = re.compile(r"\s+")


def _exact(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    """Every string a parsed regex sequence can match, when that is a small finite set."""
    out = {""}
    for op, av in items:
        e = _exact_item(op, av)
        if e is None or _too_many(out, e):
            return None
        out = {a + b for a in out for b in e}
    return out


def _too_many(run: set[str], e: set[str]) -> bool:
    """Whether appending `e` to `run` multiplies two alternations into too many strings (a
    phrase tree only adds its phrases up: one of the two is a single string there)."""
    return len(run) > 1 and len(e) > 1 and len(run) * len(e) > _PRODUCT_LIMIT


def _char(code: int) -> str:
    """A literal as the folded text shows it: lowercase, any whitespace as one space."""
    return " " if chr(code).isspace() else chr(code).lower()


_SPACE_CLASS = [(_C.IN, [(_C.CATEGORY, _C.CATEGORY_SPACE)])]


def _exact_item(op: Any, av: Any) -> set[str] | None:
    if op is _C.LITERAL:
        return {_char(av)} if chr(av).isascii() else None
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and (
            av[2].data == _SPACE_CLASS and av[1] >= 1):
        return {" "} if av[0] >= 1 else {"", " "}  # \s+, \s*: one space in the folded text
    if op is _C.SUBPATTERN:
        return _exact(av[3].data)
    if op is _C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            e = _exact(branch.data)
            if e is None:
                return None
            out |= e
        return out
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return {""}  # zero-width: matches no characters
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[:2] in ((0, 1), (1, 1)):
        e = _exact(av[2].data)
        return None if e is None else (e | {""} if av[0] == 0 else e)
    if op is _C.IN and av == _SPACE_CLASS[0][1]:
        return {" "}
    if op is _C.IN and len(av) <= 4 and all(
            iop is _C.LITERAL and chr(iav).isascii() for iop, iav in av):
        return {_char(iav) for _, iav in av}
    return None


def _minimal(found: set[str] | None) -> frozenset[str] | None:
    """The needles without those implying another (finding the other is then implied too)."""
    if not found or "" in found:
        return None
    return frozenset(x for x in found if not any(y != x and y in x for y in found))


def _selectivity(needles: frozenset[str]) -> tuple[int, int, int]:
    """Higher for sets whose every needle is long and rare (a whole word more so than a
    substring; past six characters all are rare enough), then for sets with fewer substrings
    (each is a search, while words are one set look-up), then for smaller sets."""
    def score(n: str) -> int:
        if n == DIGIT:
            return 4
        word = n.strip(_WORD_MARKS)
        return min(6, len(word) - (2 if word.strip() in _COMMON else 0) + (n != word))
    substrings = sum(1 for n in needles if n != DIGIT and n[0] != _WORD_MARKS[0])
    return min(score(n) for n in needles), -substrings, -len(needles)


# --- where a literal must stand alone: what the pattern allows right before and after it
_OPEN, _BOUND, _UNKNOWN = 0, 1, 2  # transparent (may be empty), never an ASCII letter, unknown
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT)


def _non_letter_class(av: Any) -> bool:
    """A character class with no letter (so none that matches an ASCII letter, any case)."""
    for op, arg in av:
        if op is _C.LITERAL and not chr(arg).isalpha():
            continue
        if op is _C.RANGE and not any(chr(c).isalpha() for c in range(arg[0], arg[1] + 1)):
            continue
        if op is _C.CATEGORY and arg in (_C.CATEGORY_SPACE, _C.CATEGORY_DIGIT):
            continue
        return False
    return True


def _letter_class(items: Any) -> bool:
    """A one-character pattern matching every ASCII letter (`[\\w'-]`, `[A-Za-z]`)."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is _C.BRANCH:
        return any(_letter_class(b.data) for b in av[1])
    if op is not _C.IN:
        return False
    ranges = {arg for iop, arg in av if iop is _C.RANGE}
    return (_C.CATEGORY, _C.CATEGORY_WORD) in av or {(65, 90), (97, 122)} <= ranges


def _edge(op: Any, av: Any, after: bool) -> int:
    """What the character next to a literal is, seen from an item standing `after` it (its
    first character) or before it (its last)."""
    if op is _C.AT:
        if av is _C.AT_BOUNDARY:
            return _BOUND  # next to a letter, \\b means no word character
        ends = (_C.AT_END, _C.AT_END_STRING) if after else (_C.AT_BEGINNING,
                                                              _C.AT_BEGINNING_STRING)
        return _BOUND if av in ends else _UNKNOWN
    if op in (_C.ASSERT, _C.ASSERT_NOT):
        direction, sub = av
        looks_out = direction == (1 if after else -1)
        if op is _C.ASSERT_NOT and looks_out and _letter_class(sub.data):
            return _BOUND
        if op is _C.ASSERT and looks_out and _seq_edge(sub.data, after) == _BOUND:
            return _BOUND  # "(?=\s*[,.])": what the text must show there is no letter
        return _OPEN  # zero-width: says nothing about that character
    if op is _C.LITERAL:
        return _UNKNOWN if chr(av).isalpha() else _BOUND
    if op is _C.IN:
        return _BOUND if _non_letter_class(av) else _UNKNOWN
    if op is _C.SUBPATTERN:
        return _seq_edge(av[3].data, after)
    if op is _C.BRANCH:
        states = {_seq_edge(b.data, after) for b in av[1]}
        return _UNKNOWN if _UNKNOWN in states else (_OPEN if _OPEN in states else _BOUND)
    if op in _REPEATS:
        state = _seq_edge(av[2].data, after)
        return _UNKNOWN if state == _UNKNOWN else (state if av[0] >= 1 else _OPEN)
    return _UNKNOWN


def _seq_edge(items: Any, after: bool) -> int:
    """_edge of a sequence: its first (after) or last (before) item that says something."""
    for op, av in (items if after else reversed(items)):
        state = _edge(op, av, after)
        if state != _OPEN:
            return state
    return _OPEN


def _bounded(items: list[tuple[Any, Any]], k: int, after: bool, outer: bool) -> bool:
    """Whether the character before items[k] (or, `after`, at items[k]) is never an ASCII
    letter; `outer` answers for the edge of the sequence."""
    state = _seq_edge(items[k:] if after else items[:k], after)
    return outer if state == _OPEN else state == _BOUND


def _as_words(found: set[str], items: list[tuple[Any, Any]], first: int, last: int,
              left: bool, right: bool) -> set[str]:
    """The strings of items[first:last], each as a whole word it holds where it can be (so that
    a word set answers for it, not a substring search): a word between two spaces, or at the
    string's edge when nothing but a non-letter can stand next to the string there."""
    lead, tail = _bounded(items, first, False, left), _bounded(items, last, True, right)
    out = set()
    for s in found:
        parts = s.split(" ")
        words = [w for k, w in enumerate(parts) if w.isascii() and w.isalpha()
                 and (k > 0 or lead) and (k < len(parts) - 1 or tail)]
        out.add(_WORD_MARKS[0] + max(words, key=len) + _WORD_MARKS[1] if words else s)
    return out


def _required(items: Iterable[tuple[Any, Any]], left: bool = False,
              right: bool = False) -> frozenset[str] | None:
    """Needles one of which every match of a parsed sequence contains (lowercased), or None;
    `left`/`right`: no ASCII letter can stand just before/after the sequence's match."""
    items = list(items)
    found: list[frozenset[str]] = []
    run: set[str] = {""}
    first = last = -1  # items of the run that may consume characters: first, one past last

    def flush() -> None:
        if first >= 0:
            found.append(_minimal(_as_words(run, items, first, last, left, right)) or frozenset())

    for k, (op, av) in enumerate(items):
        # whitespace between words splits them into needles of their own here (inside an
        # alternation it stays part of a phrase)
        e = None if op in _REPEATS and av[2].data == _SPACE_CLASS else _exact_item(op, av)
        if e is not None:
            if _too_many(run, e):
                flush()
                run, first, last = set(e), -1, -1
            else:
                run = {a + b for a in run for b in e}
            if e != {""}:
                first, last = (k if first < 0 else first), k + 1
                if op in (_C.SUBPATTERN, _C.BRANCH) and (_asserts(op, av) or any(
                        o in (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
                        for o, _ in items[max(k - 1, 0):k] + items[k + 1:k + 2])):
                    # lookarounds inside it or right next to it may make whole words of its
                    # strings where the run it is part of goes on (not inside a prefix tree)
                    inner = _required_item(op, av, _bounded(items, k, False, left),
                                           _bounded(items, k + 1, True, right))
                    if inner and -_selectivity(inner)[1] <= _FEW_SUBSTRINGS:
                        found.append(inner)  # (not the pieces of words inside a tree)
            elif op is _C.ASSERT and av[0] == 1:  # what a lookahead requires is in the text
                found.append(_required(av[1].data, _bounded(items, k, False, left), False)
                             or frozenset())
            continue
        flush()
        run, first, last = {""}, -1, -1
        found.append(_required_item(op, av, _bounded(items, k, False, left),
                                    _bounded(items, k + 1, True, right)) or frozenset())
    flush()
    found = [f for f in found if f]
    return max(found, key=_selectivity) if found else None


def _asserts(op: Any, av: Any) -> bool:
    """Whether a parsed item holds a lookaround or an anchor (a prefix tree holds none)."""
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return True
    if op is _C.SUBPATTERN:
        return any(_asserts(o, a) for o, a in av[3].data)
    if op is _C.BRANCH:
        return any(_asserts(o, a) for branch in av[1] for o, a in branch.data)
    if op in _REPEATS:
        return any(_asserts(o, a) for o, a in av[2].data)
    return False


def _required_item(op: Any, av: Any, left: bool, right: bool) -> frozenset[str] | None:
    if op is _C.SUBPATTERN:
        return _required(av[3].data, left, right)
    if op is _C.ATOMIC_GROUP:
        return _required(av.data, left, right)
    if op is _C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            r = _required(branch.data, left, right)
            if r is None:
                return None
            out |= r
        return _minimal(out)
    if op in _REPEATS and av[0] >= 1:
        # one repetition stands next to another: only a single one keeps the outer edges
        single = av[:2] == (1, 1)
        return _required(av[2].data, left and single, right and single)
    if op is _C.IN and av == [(_C.CATEGORY, _C.CATEGORY_DIGIT)]:
        return frozenset({DIGIT})
    return None


def required_strings(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Lowercase ASCII needles one of which every match of `rx` holds: a substring of the
    lowercased text, a whole word when written between WORD marks, or DIGIT (any digit); None
    when no such set of needles of useful length exists."""
    needles = _required(_parser.parse(rx.pattern, rx.flags).data)
    if needles is None or _selectivity(needles)[0] < _MIN_NEEDLE:
        return None
    return needles


class _Folded(NamedTuple):
    low: str  # the text lowercased, each run of whitespace made one space
    words: frozenset[str]  # its runs of ASCII letters
    digit: bool  # whether it has a digit


@lru_cache(maxsize=4096)
def _folded(text: str) -> _Folded | None:
    """What prefilters read of a text; None when a case trap makes lowercasing unsafe. Cached:
    a hundred patterns ask about each sentence."""
    if not text.isascii() and any(c in text for c in CASE_TRAPS):
        return None
    low = text.lower()
    return _Folded(_SPACES.sub(" ", low), frozenset(_ASCII_WORD.findall(low)),
                   _DIGIT_RX.search(text) is not None)


def _cut_word(text: str, end: int) -> str | None:
    """The start (lowercased) of a run of ASCII letters that ends the text at `end` by cutting it
    short, or None when `end` does not fall inside such a run."""
    if not (0 < end < len(text) and text[end - 1] in _ASCII_LETTERS
            and text[end] in _ASCII_LETTERS):
        return None
    start = end - 1
    while start > 0 and text[start - 1] in _ASCII_LETTERS:
        start -= 1
    return text[start:end].lower()


def text_words(text: str, end: int | None = None) -> frozenset[str] | None:
    """The runs of ASCII letters of the lowercased text (of text[:end], which may cut its last
    run short), None when a case trap makes that unsafe: the prefilters' view of a text, for
    extractors that skip work the same way."""
    f = _folded(text)
    if f is None:
        return None
    cut = None if end is None else _cut_word(text, end)
    return f.words if cut is None else f.words | {cut}


def whole_words_or_digit(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The words one of which (as a whole run of ASCII letters) every match of `rx` without a
    digit holds; None unless `rx` has such needles only (a digit or those words)."""
    needles = required_strings(rx)
    if needles is None or DIGIT not in needles or not all(
            n == DIGIT or n[0] == _WORD_MARKS[0] for n in needles):
        return None
    return frozenset(n.strip(_WORD_MARKS) for n in needles if n != DIGIT)


class Prefiltered:
    """A compiled pattern behind a check that the text holds one of its needles.

    Behaves like the pattern for finditer/search/match/fullmatch/findall/sub/split: when the
    check fails no match is possible, so the result is what the pattern would have returned."""

    __slots__ = ("rx", "words", "strings", "digit", "others")

    def __init__(self, rx: re.Pattern[str], needles: frozenset[str]) -> None:
        self.rx = rx
        self.digit = DIGIT in needles
        self.words = frozenset(n.strip(_WORD_MARKS) for n in needles if n[0] == _WORD_MARKS[0])
        self.strings = tuple(sorted(n for n in needles
                                    if n != DIGIT and n[0] != _WORD_MARKS[0]))
        self.others = self.digit or bool(self.strings)  # needles other than words

    def may_match(self, text: str, bounds: tuple[int, ...] = ()) -> bool:
        """False only when no match is possible in text[pos:endpos] (`bounds`, as for finditer:
        a match consumes nothing outside them, so a required digit must lie inside)."""
        f = _folded(text)
        return f is None or not f.words.isdisjoint(self.words) or (
            (self.others or len(bounds) > 1) and self._others_in(f, text, bounds))

    def _others_in(self, f: _Folded, text: str, bounds: tuple[int, ...]) -> bool:
        """The needles besides the text's whole words: a digit, a substring, or a word that
        `endpos` cuts short (the pattern sees the text end there, so "attack|s" holds the
        word "attack" for it)."""
        if len(bounds) > 1 and _cut_word(text, bounds[1]) in self.words:
            return True
        if self.digit and f.digit and (not bounds or _DIGIT_RX.search(text, *bounds)):
            return True
        return any(map(f.low.__contains__, self.strings))

    @property
    def pattern(self) -> str:
        return self.rx.pattern

    @property
    def flags(self) -> int:
        return self.rx.flags

    # finditer and search, the most called, make the word test inline (a call less each)
    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match[str]]:
        f = _folded(text)
        if f is None or not f.words.isdisjoint(self.words) or (
                (self.others or len(bounds) > 1) and self._others_in(f, text, bounds)):
            return self.rx.finditer(text, *bounds)
        return _NO_MATCHES

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        f = _folded(text)
        if f is None or not f.words.isdisjoint(self.words) or (
                (self.others or len(bounds) > 1) and self._others_in(f, text, bounds)):
            return self.rx.search(text, *bounds)
        return None

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.rx.match(text, *bounds) if self.may_match(text, bounds) else None

    def fullmatch(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.rx.fullmatch(text, *bounds) if self.may_match(text, bounds) else None

    def findall(self, text: str, *bounds: int) -> list[Any]:
        return self.rx.findall(text, *bounds) if self.may_match(text, bounds) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self.rx.sub(repl, text, count) if self.may_match(text) else text

    def split(self, text: str, maxsplit: int = 0) -> list[Any]:
        return self.rx.split(text, maxsplit) if self.may_match(text) else [text]


def may_any(patterns: Iterable[re.Pattern[str]]) -> Callable[[str], bool]:
    """A test that is False only when none of `patterns` can match anywhere in a text: one
    test for a family of patterns that each would ask theirs (date finders, cue finders)."""
    filters = list(patterns)
    if not all(isinstance(p, Prefiltered) for p in filters):
        return lambda text: True
    words = frozenset().union(*(p.words for p in filters))  # type: ignore[union-attr]
    strings = tuple(sorted({s for p in filters for s in p.strings}))  # type: ignore[union-attr]
    digit = any(p.digit for p in filters)  # type: ignore[union-attr]

    def may(text: str) -> bool:
        f = _folded(text)
        return (f is None or not f.words.isdisjoint(words) or (digit and f.digit)
                or any(map(f.low.__contains__, strings)))
    return may


_NO_MATCHES: Iterator[Any] = iter(())  # exhausted for good: safe to hand out again


def prefiltered(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx`, behind a required-string check when it has one (see Prefiltered)."""
    needles = required_strings(rx)
    return rx if needles is None else Prefiltered(rx, needles)  # type: ignore[return-value]


def compile_filtered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile for a pattern scanned over whole sentences: prefiltered when possible."""
    return prefiltered(re.compile(pattern, flags))


_CACHES: list[Callable[[], None]] = [_folded.cache_clear]


def keyed_cache(key: Callable[..., Hashable], maxsize: int = 4096) -> Callable[[F], F]:
    """Memoise a pure function on `key(*args)` - for arguments that are not hashable themselves
    but whose relevant part is (a sentence's text and its mentions' offsets). Cached values are
    shared: the function must return immutable values (tuples of frozen records)."""
    def decorate(fn: F) -> F:
        cache: dict[Hashable, Any] = {}

        @functools.wraps(fn)
        def cached(*args: Any) -> Any:
            k = key(*args)
            try:
                return cache[k]
            except KeyError:
                pass
            value = fn(*args)
            if len(cache) >= maxsize:
                cache.clear()  # whole-sale: cheaper than LRU bookkeeping on every call
            cache[k] = value
            return value

        _CACHES.append(cache.clear)
        return cached  # type: ignore[return-value]
    return decorate


def register_cache(clear: Callable[[], None]) -> None:
    """Let clear_caches() reset a functools cache too."""
    _CACHES.append(clear)


def clear_caches() -> None:
    """Empty every extractor cache (benchmarks measure articles without cross-article reuse)."""
    for clear in _CACHES:
        clear()
