"""Word look-ups and word sets that every step of the statements extractor reads.

Quote attribution, clause cuts and every reported-speech frame keep asking what the words of a
stretch are, whether a speech verb opens it (after auxiliaries: "has repeatedly said") and
whether a role names a speaker ("the Ukrainian president"), so those helpers and the word sets
used by more than one step are built once here from store.lexicon.speech and store.lexicon.roles.
"""

from __future__ import annotations

import re

from store.lexicon.roles import TITLE_HEADS, TITLE_MODIFIERS
from store.lexicon.speech import (
    INFINITIVE_SPEECH_VERBS,
    NOT_VERBS,
    SPEAKER_ROLE_NOUNS,
    SPEECH_AUXILIARIES,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
)

TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS
_WORD = re.compile(r"[\w’'-]+")

# every form that can open an attribution
_SAYING = SPEECH_VERBS | SPEECH_PARTICIPLES | INFINITIVE_SPEECH_VERBS

_AUX = SPEECH_AUXILIARIES
_ROLE_NOUN = re.compile(
    r"\b(?:the|a)\s+(?:(?P<dem>[A-Z][\w.]*)\s+)?(?P<role>"
    + "|".join(sorted(SPEAKER_ROLE_NOUNS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)

_TELL = frozenset({"told", "tells", "tell", "telling"})

_NOT_VERBS = NOT_VERBS
_LEAD_WORD = re.compile(r"\s*([a-z]+)\b")
_APPOSITION = re.compile(r"\s*,[^,]{1,80},\s*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _verb_follows(text: str, verbs: frozenset[str] = SPEECH_VERBS) -> bool:
    """Text right after a speaker starts with a speech verb ("said", "has repeatedly said")."""
    words = [w.lower() for w in _words(text)[:4]]
    while words and words[0] in _AUX:
        words.pop(0)
    return bool(words) and words[0] in verbs


def _skip_apposition(text: str) -> str:
    """Drop ", an aide to the president," between a speaker and the verb."""
    m = _APPOSITION.match(text)
    return text[m.end():] if m else text


def _speech_verb(text: str, verbs: frozenset[str], comma: bool = False) -> tuple[str, int] | None:
    """The speech verb opening `text` after up to two auxiliaries ("has repeatedly said"):
    (verb, offset just past it), or None."""
    at = 0
    if comma:
        at = len(text) - len(text.lstrip(" ,"))
    for _ in range(3):
        m = _LEAD_WORD.match(text, at)
        if m is None:
            return None
        if m.group(1) in verbs:
            return m.group(1), m.end()
        if m.group(1) not in _AUX:
            return None
        at = m.end()
    return None
