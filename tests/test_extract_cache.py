"""The extractor's speed-ups must never change what it finds.

Regex prefilters skip a pattern when a text lacks every string the pattern cannot match without;
caches of pure functions hand back earlier answers. Both are checked here against the plain
computation on many generated texts (no timing: speed is measured by bench/extract_speed.py).
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re

import pytest

import store
from store.demands import find_cues
from store.demands.mentions import Placed
from store.military import quantities
from store.records import LocalActor
from store.tokens import CASE_TRAPS, Prefiltered, keyed_cache, may_any, prefiltered


def _prefiltered_patterns() -> list[tuple[str, Prefiltered]]:
    """Every prefiltered pattern of the extractor, once."""
    found: dict[int, tuple[str, Prefiltered]] = {}
    for info in pkgutil.walk_packages(store.__path__, "store."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            values = [value] if isinstance(value, Prefiltered) else []
            if isinstance(value, list | tuple):
                values += [x for item in value if isinstance(item, tuple) for x in item
                           if isinstance(x, Prefiltered)]
            for p in values:
                found.setdefault(id(p), (f"{info.name}.{name}", p))
    return sorted(found.values(), key=lambda item: item[0])


_PATTERNS = _prefiltered_patterns()
_NOISE = ["the", "a", "of", "and", "said", "on", "Sunday", "12", "1,000", "3.5", "-", ",", ";",
          ":", "'", "’", '"', "“", "(", ")", "%", "x", "é", "drones", "Russia", "s", "ed", "ing",
          *CASE_TRAPS]
_SEPARATORS = [" ", " ", " ", "", "-", ",", ", ", ". ", "'", "’", "\n", "  "]


def _text(rng: random.Random, words: list[str]) -> str:
    """Words of the pattern, noise and pieces of words, in any case, glued in any way."""
    parts = []
    for _ in range(rng.randint(1, 12)):
        w = rng.choice(words) if words and rng.random() < 0.5 else rng.choice(_NOISE)
        r = rng.random()
        if r < 0.15:
            w = w.upper()
        elif r < 0.3:
            w = w.capitalize()
        elif r < 0.35 and len(w) > 2:
            w = w[: rng.randint(1, len(w) - 1)]
        parts += [w, rng.choice(_SEPARATORS)]
    return "".join(parts)


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def test_case_traps_are_every_letter_that_folds_to_ascii() -> None:
    """A non-ASCII letter matching an ASCII one case-insensitively would hide a word from the
    lowercased text the prefilters read: every such letter must be a case trap."""
    traps = {chr(c) for c in range(0x80, 0x110000)
             if re.fullmatch("[a-z]", chr(c), re.IGNORECASE)
             or any(ch.isascii() for ch in chr(c).lower())}
    assert traps == set(CASE_TRAPS)


def test_the_extractor_has_prefiltered_patterns() -> None:
    assert len(_PATTERNS) > 40


@pytest.mark.parametrize("name,pattern", _PATTERNS, ids=[name for name, _ in _PATTERNS])
def test_prefiltered_pattern_finds_what_the_pattern_finds(name: str, pattern: Prefiltered
                                                          ) -> None:
    rng = random.Random(name)
    own = sorted(pattern.words | set(pattern.strings))
    raw = pattern.rx
    for _ in range(300):
        text = _text(rng, own)
        n = len(text)
        bounds = rng.choice([(), (rng.randint(0, n),),
                             tuple(sorted((rng.randint(0, n), rng.randint(0, n))))])
        assert _spans(pattern.finditer(text, *bounds)) == _spans(raw.finditer(text, *bounds))
        assert _span(pattern.search(text, *bounds)) == _span(raw.search(text, *bounds))
        assert _span(pattern.match(text, *bounds)) == _span(raw.match(text, *bounds))
        assert _span(pattern.fullmatch(text, *bounds)) == _span(raw.fullmatch(text, *bounds))


def test_a_word_cut_short_by_endpos_still_counts() -> None:
    """The pattern sees the text end at endpos: "attack|s" holds the word "attack" for it."""
    rx = prefiltered(re.compile(r"(?<![\w-])(?:attack|strike)(?![\w-])", re.IGNORECASE))
    assert isinstance(rx, Prefiltered)
    assert rx.search("the attacks began", 0, 10) is not None
    assert rx.search("the attacks began") is None


def test_may_any_is_false_only_when_no_pattern_matches() -> None:
    group = [p for _, p in _PATTERNS[:12]]
    may = may_any(group)
    rng = random.Random(7)
    words = sorted({w for p in group for w in p.words})
    for _ in range(2000):
        text = _text(rng, words)
        if not may(text):
            assert not any(p.rx.search(text) for p in group)


def test_quantities_tried_at_digits_find_what_a_scan_finds() -> None:
    """Where a text has no number word, _quantities tries its number-led patterns only where a
    digit starts; the result must equal a plain scan."""
    rng = random.Random(3)
    words = ["drones", "missiles", "killed", "wounded", "people", "of", "them", "percent", "%",
             "12", "1,200", "3.5", "40", "of which", "soldiers", "tanks", "km", "(25 miles)",
             "ten", "dozens", "hundreds", "one"]

    def plain(text: str, start: int, end: int) -> tuple[object, ...]:
        saved = quantities._NUMBER_WORDS_NEEDED
        quantities._NUMBER_WORDS_NEEDED = None  # scan everywhere
        try:
            return quantities._quantities.__wrapped__(text, start, end)
        finally:
            quantities._NUMBER_WORDS_NEEDED = saved

    for _ in range(1500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert quantities._quantities.__wrapped__(text, start, end) == plain(text, start, end)


def test_keyed_cache_answers_by_key_and_shares_immutable_values() -> None:
    calls: list[tuple[str, int]] = []

    @keyed_cache(lambda text, n: text, maxsize=2)
    def words(text: str, n: int) -> tuple[str, ...]:
        calls.append((text, n))
        return tuple(text.split())

    assert words("a b", 1) == ("a", "b")
    assert words("a b", 2) == ("a", "b")  # the key ignores n: answered from the cache
    assert calls == [("a b", 1)]
    words("c", 1)
    words("d", 1)  # over maxsize: the cache starts again
    assert words("a b", 3) == ("a", "b")
    assert calls[-1] == ("a b", 3)


def test_find_cues_reads_mentions_by_offset_only() -> None:
    """find_cues is cached by text and mention offsets, so it must answer the same whoever the
    mentions are, and hand out lists a caller may change."""
    text = "Russia demanded that Ukraine withdraw its troops, the Kremlin said."
    russia = LocalActor(0, "Russia", "state", "Russia")
    kremlin = LocalActor(1, "Kremlin", "organisation", "Russia")
    ukraine = LocalActor(2, "Ukraine", "state", "Ukraine")
    spans = [Placed(0, 6, russia), Placed(21, 28, ukraine)]
    other = [Placed(0, 6, kremlin), Placed(21, 28, russia)]
    first = find_cues(text, spans)
    assert first and find_cues(text, other) == first
    first.clear()
    assert find_cues(text, spans)
