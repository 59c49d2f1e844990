"""Transliteration-aware keys for personal names, and the cheap "same person?" test.

Coverage spells one person many ways (Zelensky / Zelenskyy / Zelenskiy, Sergei / Sergey /
Serhiy Lavrov), so names are compared through keys: the surname is reduced to a phonetic
skeleton by the rewrite rules in ``store.lexicon.names`` and the given name to the canonical
member of its variant group. Everything here is pure and cached: the in-article coreference
calls ``same_person`` for every pair of name mentions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from store.lexicon.names import (
    APOSTROPHES,
    FOLD_LETTERS,
    GIVEN_NAME_VARIANTS,
    GIVEN_NAMES,
    HYPHENS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    PATRONYMIC_PARTICLES,
    SURNAME_FIRST,
    TRANSLIT_CONSONANTS,
    TRANSLIT_ENDINGS,
    TRANSLIT_VOWELS,
)
from store.tokens import register_cache

# Two different surname keys still match when their rapidfuzz ratio reaches this and both are
# at least FUZZY_MIN_LEN long. 85 admits one typo or one unruled spelling difference in a
# key of 7+ letters ("zelenksi" / "zelenski" = 87.5) but not two ("medinski" / "medvedev").
FUZZY_THRESHOLD = 85.0
FUZZY_MIN_LEN = 5

_PUNCT = str.maketrans({**dict.fromkeys(APOSTROPHES, ""), **dict.fromkeys(HYPHENS, "-"),
                        "\u00ad": ""})
_DASHES = str.maketrans(dict.fromkeys(HYPHENS, "-"))
_LETTERS = str.maketrans(FOLD_LETTERS)
_NOT_LETTER = re.compile(r"[^a-z]+")
_REPEAT = re.compile(r"(.)\1+")
_INITIAL = re.compile(r"(?:[A-Z]\.?-?){1,3}")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@dataclass(frozen=True, slots=True)
class GivenName:
    """The given-name part of a name, reduced to what comparison needs."""

    key: str  # canonical variant ("volodymyr"), a skeleton for unknown names, or an initial
    letters: frozenset[str]  # first letters of every variant: what an initial may stand for
    initial: bool  # written as an initial only ("V. Zelensky")
    known: bool  # a lexicon name, so a differing key means a different name (not a typo)
    more: frozenset[str] = frozenset()  # keys of further given names ("Recep Tayyip": tayyip)


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A personal name split into parts, with its comparison keys."""

    given: str | None  # given names as written ("Recep Tayyip"), None for a bare surname
    surname: str  # surname as written, with particles and suffix ("von der Leyen", "Trump Jr.")
    key: str  # surname key (see surname_key)
    given_name: GivenName | None


@lru_cache(maxsize=1 << 18)
def fold(s: str) -> str:
    """Lowercase ASCII-ish form: diacritics and apostrophes dropped, dashes made "-".

    Why: "Erdoğan", "ERDOGAN" and "Erdogan" must be one string before any lookup.
    """
    s = s.translate(_PUNCT).lower()
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c)).translate(_LETTERS)
    return " ".join(s.split())


def _rewrite(s: str, rules: tuple[tuple[str, str], ...]) -> str:
    """Apply ordered literal rewrites."""
    for old, new in rules:
        s = s.replace(old, new)
    return s


@lru_cache(maxsize=1 << 18)
def skeleton(word: str) -> str:
    """Phonetic skeleton of one name word: transliteration variants collapse to one string."""
    s = _NOT_LETTER.sub("", fold(word))
    s = _REPEAT.sub(r"\1", _rewrite(s, TRANSLIT_CONSONANTS))
    s = _REPEAT.sub(r"\1", _rewrite(s, TRANSLIT_VOWELS))
    for old, new in TRANSLIT_ENDINGS:
        if s.endswith(old):
            s = s[: -len(old)] + new
    return s


def _build_given_index() -> tuple[dict[str, tuple[str, frozenset[str]]], dict[str, str]]:
    """Variant -> (canonical, first letters), and skeleton -> canonical when unambiguous."""
    by_name: dict[str, tuple[str, frozenset[str]]] = {}
    by_skeleton: dict[str, str | None] = {}
    for group in GIVEN_NAME_VARIANTS:
        canonical = fold(group[0])
        letters = frozenset(fold(v)[0] for v in group)
        for variant in group:
            by_name[fold(variant)] = (canonical, letters)
            sk = skeleton(variant)
            if by_skeleton.get(sk, canonical) != canonical:
                by_skeleton[sk] = None  # two groups share a skeleton: trust neither
            elif sk not in by_skeleton:
                by_skeleton[sk] = canonical
    return by_name, {k: v for k, v in by_skeleton.items() if v is not None}


_GIVEN_BY_NAME, _GIVEN_BY_SKELETON = _build_given_index()


def _given_name(word: str) -> GivenName:
    """Key a single given-name word (the first word of the given part)."""
    if _INITIAL.fullmatch(word):
        letter = word[0].lower()
        return GivenName(letter, frozenset({letter}), initial=True, known=False)
    folded = fold(word)
    hit = _GIVEN_BY_NAME.get(folded)
    if hit is None and (canonical := _GIVEN_BY_SKELETON.get(skeleton(word))):
        hit = _GIVEN_BY_NAME[canonical]
    if hit is not None:
        return GivenName(hit[0], hit[1], initial=False, known=True)
    sk = skeleton(word) or folded
    return GivenName(sk, frozenset({folded[:1]}), initial=False, known=folded in GIVEN_NAMES)


def _tokens(name: str) -> list[str]:
    """Words of a name: "Surname, Given" reordered, possessives and stray commas dropped,
    particle prefixes split off ("al-Thani" -> "al", "Thani")."""
    name = name.translate(_DASHES)
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        if first and last and fold(first).strip(". ") not in NAME_SUFFIXES:
            name = f"{first} {last}"
    out: list[str] = []
    for raw in name.replace(",", " ").split():
        word = _POSSESSIVE.sub("", raw)
        head, sep, tail = word.partition("-")
        if sep and tail and fold(head) in NAME_PARTICLES:
            out.extend([head + sep, tail])  # "al-" keeps its hyphen for display
        elif word:
            out.append(word)
    return out


def _is_particle(tokens: list[str], i: int) -> bool:
    """A particle belongs to the surname; a capitalised first word that is also a given name
    ("Ben Wallace") is the given name instead."""
    word = tokens[i]
    if word.endswith("-"):
        return True
    if fold(word) not in NAME_PARTICLES:
        return False
    return i > 0 or word[:1].islower() or fold(word) not in GIVEN_NAMES


def _surname_start(tokens: list[str]) -> int:
    """Index where the surname begins: the last word plus the particles right before it."""
    start = len(tokens) - 1
    while start > 0 and _is_particle(tokens, start - 1):
        start -= 1
    return start


@lru_cache(maxsize=1 << 18)
def parse_name(name: str) -> ParsedName:
    """Split a personal name and compute its keys (cached: called for every comparison)."""
    tokens = _tokens(name)
    suffix = None
    while len(tokens) > 1 and fold(tokens[-1]).strip(".") in NAME_SUFFIXES:
        suffix = NAME_SUFFIXES[fold(tokens.pop()).strip(".")]
    if not tokens:
        return ParsedName(None, name.strip(), "", None)
    if 2 <= len(tokens) <= 3 and fold(tokens[0]) in SURNAME_FIRST and tokens[0][:1].isupper():
        given_words, surname_words, core = tokens[1:], tokens[:1], tokens[0]
    else:
        start = _surname_start(tokens)
        given_words, surname_words, core = tokens[:start], tokens[start:], tokens[-1]
    key = skeleton(core)
    if len(surname_words) > 1 and (patronym := PATRONYMIC_PARTICLES.get(fold(surname_words[-2]))):
        key = f"{patronym}:{key}"
    if suffix:
        key = f"{key}+{suffix}"
    surname = _join(surname_words + ([_suffix_text(name)] if suffix else []))
    given = _join(given_words) or None
    if not given_words:
        return ParsedName(given, surname, key, None)
    first = _given_name(given_words[0])
    more = frozenset(_given_name(w).key for w in given_words[1:] if not _INITIAL.fullmatch(w))
    if more:
        first = GivenName(first.key, first.letters, first.initial, first.known, more)
    return ParsedName(given, surname, key, first)


def _join(words: list[str]) -> str:
    """Words back into text; a split-off particle prefix ("al-") stays attached."""
    return " ".join(words).replace("- ", "-")


def _suffix_text(name: str) -> str:
    """The suffix word as written at the end of the name ("Jr.")."""
    return name.replace(",", " ").split()[-1]


def split_name(name: str) -> tuple[str | None, str]:
    """(given names or None, surname with its particles): "Ursula von der Leyen" ->
    ("Ursula", "von der Leyen"); "Xi Jinping" -> ("Jinping", "Xi")."""
    parsed = parse_name(name)
    return parsed.given, parsed.surname


def surname_key(name: str) -> str:
    """Transliteration-normalised key of the surname of `name`.

    Zelensky/Zelenskyy/Zelenskiy/Zelenskyi/Zelenskij all give "zelenski"; the feminine -a is
    kept (Zakharova != Zakharov). Patronymic particles and generational suffixes are part of
    the key ("bin:salman", "trump+jr") because they name a different person.
    """
    return parse_name(name).key


def given_key(name: str) -> str | None:
    """Canonical given-name key ("Vladimir Putin" -> "volodymyr"; "V. Zelensky" -> "v"),
    None when the name is a bare surname."""
    given = parse_name(name).given_name
    return given.key if given else None


def keys_close(a: str, b: str) -> bool:
    """Fuzzy match of two different keys: one typo or unruled spelling, never a gender or
    stem extension (Peskov/Pesko, Zakharov/Zakharova) and never a different initial letter."""
    if min(len(a), len(b)) < FUZZY_MIN_LEN or a[0] != b[0]:
        return False
    if (a[-1] == "a") != (b[-1] == "a") or a.startswith(b) or b.startswith(a):
        return False
    return fuzz.ratio(a, b) >= FUZZY_THRESHOLD


def surname_keys_match(a: str, b: str) -> bool:
    """Whether two surname keys denote the same surname."""
    return bool(a) and (a == b or keys_close(a, b))


def compatible_given(a: GivenName | None, b: GivenName | None) -> bool:
    """Given-name compatibility on parsed parts (see given_compatible)."""
    if a is None or b is None or a.key == b.key:
        return True
    if a.key in b.more or b.key in a.more:  # "Tayyip Erdogan" ~ "Recep Tayyip Erdogan"
        return True
    if a.initial or b.initial:
        initial, other = (a, b) if a.initial else (b, a)
        return not other.initial and initial.key in other.letters
    return not (a.known and b.known) and keys_close(skeleton(a.key), skeleton(b.key))


def given_compatible(a: str, b: str) -> bool:
    """True if either name lacks a given name, the given names are variants of one name
    (Sergei/Serhiy), or one is an initial that fits the other ("V." fits Volodymyr and
    Wladimir). Unknown given names may differ by one typo."""
    return compatible_given(parse_name(a).given_name, parse_name(b).given_name)


@lru_cache(maxsize=1 << 16)
def same_person(a: str, b: str) -> bool:
    """Whether two personal names can denote the same person: matching surname keys and
    compatible given names ("Zelensky" ~ "Volodymyr Zelenskyy"; "Vladimir Putin" !~
    "Vladimir Medinsky"; "Olena Zelenska" !~ "Zelensky"). Cached: an article compares every
    name it meets with every person found so far."""
    pa, pb = parse_name(a), parse_name(b)
    return surname_keys_match(pa.key, pb.key) and compatible_given(pa.given_name, pb.given_name)


register_cache(same_person.cache_clear)
