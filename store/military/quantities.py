"""Numbers and units: what an event counts ("41 bombers", "34%", "12 killed").

A number counts only when it is tied to a unit noun, a percentage or a casualty word, so dates,
"30-day", decree numbers, distances and bracketed conversions never pass for a count, and "73
of them" takes the unit counted just before. Both event detection (does the clause count
anything?) and the event's numbers read it, so it stands alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from store.demands import phrase_alt
from store.lexicon import military as lex
from store.military.words import _WORD, _lower
from store.tokens import compile_filtered, register_cache, text_words, whole_words_or_digit

_DISTANCE_RX = re.compile(
    rf"(?:{phrase_alt(lex.DISTANCE_UNITS)})(?:\s*\([^()]*\))?"
    rf"\s+(?:{phrase_alt(lex.DISTANCE_RELATIONS)})\b",
    re.IGNORECASE)
_NUM_WORD = phrase_alt(lex.NUMBER_WORDS)
_MAG = phrase_alt(lex.MAGNITUDES)
_NUM = (
    rf"(?:(?<![\w.,/:-])(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)"
    rf"|(?<![\w'’-])(?:{_NUM_WORD})(?:[\s-]+(?:{_NUM_WORD}))?)"
    rf"(?:\s+(?:{_MAG}))?(?![\w/:]|[.,]\d|-\w)"
)
_GAP = (rf"(?:\s+(?!(?:{phrase_alt(lex.NUMBER_GAP_STOPS)})\b)"
        rf"(?!(?:{phrase_alt(lex.UNITS)})(?![\w-]))"  # "27 Shahed-type drones": not a unit
        rf"[A-Za-z][\w'’-]*){{0,{lex.MAX_UNIT_GAP}}}?")
_UNIT = rf"(?:{phrase_alt(lex.UNITS)})(?![\w-])"
_PERSON = rf"(?:{phrase_alt(lex.PERSON_UNITS)})(?![\w-])"
_CASUALTY = rf"(?:{phrase_alt(lex.CASUALTY_WORDS)})(?![\w-])"
_AGE_LIST = (rf"(?:,?\s+(?:{phrase_alt(lex.AGE_WORDS)})\s+{_NUM}"
             rf"(?:(?:,\s*|\s+and\s+|\s+to\s+){_NUM})*,?)?")
_ONE_PERSON = (rf"(?<![\w'’-])(?:{phrase_alt(lex.ONE_WORDS)})\s+(?:[\w'’-]+\s+){{0,3}}?"
               rf"(?:{phrase_alt(lex.PERSON_SINGULAR)})(?![\w-])")
_QUANTITY_RXS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # people counted with what happened to them: "Four people were killed" -> "Four killed"
    ("person_casualty", compile_filtered(
        rf"(?P<num>{_NUM}){_GAP}\s+{_PERSON}{_AGE_LIST}"
        rf"(?:\s+(?:{phrase_alt(lex.CASUALTY_AUX)}))?(?:\s+(?:{phrase_alt(lex.AMONG_PHRASES)}))?"
        rf"\s+(?P<unit>{_CASUALTY})", re.IGNORECASE)),
    ("one_casualty", compile_filtered(
        rf"(?P<num>{_ONE_PERSON})\s+(?:{phrase_alt(lex.SINGULAR_AUX)})\s+(?P<unit>{_CASUALTY})",
        re.IGNORECASE)),
    ("casualty_after", compile_filtered(
        rf"\b(?P<unit>{phrase_alt(lex.CASUALTY_VERBS_ING)})\s+"
        rf"(?:(?:{phrase_alt(lex.APPROXIMATORS)})\s+)?(?:(?P<one>{_ONE_PERSON})|(?P<num>{_NUM})"
        rf"(?:{_GAP}\s+{_PERSON}|(?!{_GAP}\s+{_UNIT})))",
        re.IGNORECASE)),
    ("percent", compile_filtered(
        rf"(?P<num>{_NUM})(?:\s*%|\s+(?:{phrase_alt(lex.PERCENT_WORDS)})\b)", re.IGNORECASE)),
    # "40 of 55 drones": both counts are of drones
    ("partitive", compile_filtered(
        rf"(?P<num>{_NUM})\s+of(?=\s+(?:the\s+)?{_NUM}{_GAP}\s+(?P<unit>{_UNIT}))",
        re.IGNORECASE)),
    ("unit", compile_filtered(
        rf"(?P<num>{_NUM})(?:\s+of(?:\s+(?:{phrase_alt(lex.PARTITIVE_WORDS)}))?)?{_GAP}"
        rf"\s+(?:{_UNIT}\s+)?(?P<unit>{_UNIT})", re.IGNORECASE)),
    ("vague", compile_filtered(
        rf"(?<![\w-])(?P<num>{phrase_alt(lex.VAGUE_COUNTS)})\s+of{_GAP}\s+(?P<unit>{_UNIT})",
        re.IGNORECASE)),
    ("casualty", compile_filtered(
        rf"(?P<num>{_NUM})\s+(?:(?:{phrase_alt(lex.CASUALTY_AUX)})\s+)?"
        rf"(?P<unit>{phrase_alt(lex.CASUALTY_WORDS)})\b", re.IGNORECASE)),
)
_ING_TO_ED = lex.CASUALTY_ING_TO_ED
_BLOCKERS = _lower(lex.NUMBER_BLOCKERS)


@dataclass(frozen=True, slots=True)
class _Quantity:
    start: int
    end: int
    text: str


def _quantity_text(kind: str, m: re.Match[str]) -> str:
    if kind == "one_casualty" or m.groupdict().get("one"):
        num = "1"  # "a woman was killed": one person
    else:
        num = " ".join(m.group("num").split())
    if kind == "percent":
        return " ".join(m.group().split())
    unit = " ".join(m.group("unit").split())
    if kind == "vague":
        return f"{num} of {unit}"
    if kind in ("casualty_after", "person_casualty", "one_casualty"):
        return f"{num} {_ING_TO_ED.get(unit.lower(), unit.lower())}"
    return f"{num} {unit}"


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """Military quantities in `text[start:end]`, as written minus adjectives ("41 bombers")."""
    return [q.text for q in _quantities(text, start, len(text) if end is None else end)]


_BRACKET_RX = re.compile(r"\([^()]*\)")
# the patterns that open with a number (_NUM): where the text has no number word, their matches
# can only start where _NUM's digits do, so only those places need trying
_NUM_LED = frozenset({"person_casualty", "percent", "partitive", "unit", "casualty"})
_NUMBER_WORDS_NEEDED = whole_words_or_digit(re.compile(_NUM, re.IGNORECASE))
# _NUM's digit branch up to its first digit, written digit first so the engine skips to digits
_DIGITS_START_RX = re.compile(r"\d(?<![\w.,/:-]\d)")


def _digit_led(rx: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """rx.finditer(text, start, end) for a pattern opening with _NUM, in a text with no number
    word: the same matches, tried only where a number can start."""
    pos = start
    while (at := _DIGITS_START_RX.search(text, pos, end)) is not None:
        m = rx.match(text, at.start(), end)
        if m is None:
            pos = at.start() + 1
        else:
            yield m
            pos = m.end()  # _NUM is never empty: the next match starts after this one


@lru_cache(maxsize=4096)
def _quantities(text: str, start: int, end: int) -> tuple[_Quantity, ...]:
    """Cached: a sentence's event detection, clauses and numbers each ask for its quantities."""
    found: list[_Quantity] = []
    brackets = [(b.start(), b.end()) for b in _BRACKET_RX.finditer(text, start, end)]
    words = text_words(text, end)
    digits_only = (_NUMBER_WORDS_NEEDED is not None and words is not None
                   and words.isdisjoint(_NUMBER_WORDS_NEEDED))
    for kind, rx in _QUANTITY_RXS:
        matches = (_digit_led(rx, text, start, end) if digits_only and kind in _NUM_LED
                   else rx.finditer(text, start, end))
        for m in matches:
            num = "num" if m.group("num") is not None else "one"
            s = m.start(num)
            prev = [w.lower() for w in _WORD.findall(text[max(0, s - 20):s])][-1:]
            if prev and prev[0].rstrip(".") in _BLOCKERS | {"no"}:
                continue
            if any(q.start < m.end() and m.start() < q.end for q in found):
                continue
            if any(a <= s < b for a, b in brackets):
                continue  # "4,000km (2,500 miles)": a conversion, not a second quantity
            if kind != "percent" and _DISTANCE_RX.match(text, m.start("unit")):
                continue  # "bases thousands of kilometres from the front": where, not how much
            if m.group(num).lower() == "one" and text.startswith(" of", m.end(num)):
                continue  # "one of the most daring attacks" counts nothing
            found.append(_Quantity(m.start(), m.end(), _quantity_text(kind, m)))
    found.extend(_of_them(text, start, end, found))
    return tuple(sorted(found, key=lambda q: q.start))


register_cache(_quantities.cache_clear)


_OF_THEM_RX = compile_filtered(
    r"(?<![\w,.])(?P<num>\d[\d,]*)\s+of\s+(?:them|which)\b"
    r"|\bof\s+which\s+(?P<after>\d[\d,]*)(?![\w,])", re.IGNORECASE)


def _of_them(text: str, start: int, end: int, found: list[_Quantity]) -> list[_Quantity]:
    """ "launched 112 drones ... 73 of them were shot down", "110 drones, of which 65 were
    downed": "them" and "which" take the unit counted just before in the sentence."""
    out = []
    for m in _OF_THEM_RX.finditer(text, start, end):
        num = "num" if m.group("num") is not None else "after"
        if any(q.start <= m.start(num) < q.end for q in found):
            continue  # "of which 266 drones": counted with its own unit
        before = [q for q in (found if start == 0 else _quantities(text, 0, m.start()))
                  if q.end <= m.start() and " " in q.text]
        if before:
            unit = before[-1].text.split(" ", 1)[1]
            out.append(_Quantity(m.start(), m.end(), f"{m.group(num)} {unit}"))
    return out
