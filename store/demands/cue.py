"""The Cue record and the checks on its content that several kinds of cue share.

A cue says where it is and where the content it governs starts; whether a that-clause is content
or a relative clause, whether an infinitive asks for something, and whether content names
something negotiated are asked by verb, noun, condition and duty cues alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.demands.clauses import _clause_end
from store.demands.words import _DETERMINERS, _REJECTION_RX, _names_topic, _next_words, whole_words
from store.lexicon import demands as lex


@dataclass(frozen=True, slots=True)
class Cue:
    """A demand cue in a sentence; offsets are sentence-relative."""

    label: str  # what is stored as Demand.cue ("demand", "only ... if", "proposal")
    kind: str  # verb | noun | condition | must | document | passive | obligation | relative
    start: int  # the cue word(s)
    end: int
    content: int  # where the demanded content starts (== len(text) for an empty list intro)
    limit: int | None = None  # where it must end, when known ("the truce [proposed by X]")


_WEAK_HEADS = frozenset(lex.WEAK_OBJECT_HEADS)

_NOT_INFINITIVE_RX = re.compile(whole_words(lex.NOT_DEMANDED_INFINITIVES), re.IGNORECASE)


def _that_content(text: str, pos: int, min_words: int = 1) -> int | None:
    """`pos` when the that-clause from there is demanded content, not a relative clause."""
    words = _next_words(text, pos, 6)
    if not words or words[0] in lex.RELATIVE_STARTS or len(_next_words(text, pos, 3)) < min_words:
        return None
    if _REJECTION_RX.search(" ".join(words)):
        return None  # "terms that Kyiv has rejected"
    return pos


def _demanding_infinitive(text: str, pos: int) -> bool:
    """Whether the infinitive at `pos` asks for something ("to withdraw"), not for a belief, a
    carrying on or a hostile aim ("want us to believe", "seeks to derail talks"), and is a verb
    at all ("stories offered to subscribers")."""
    nxt = _next_words(text, pos)
    if not nxt or (nxt[0].endswith("s") and not nxt[0].endswith(("ss", "us"))) or (
            nxt[0] in _DETERMINERS):
        return False  # "a response to the memorandum": a preposition, not an infinitive
    return not _NOT_INFINITIVE_RX.match(text, pos)


def _topical(text: str, content: int) -> bool:
    """Whether the content of a weak cue names something negotiated (and is not "concerns")."""
    words = _next_words(text, content, 3)
    if any(w in _WEAK_HEADS for w in words[:3]):
        return False
    return _names_topic(text[content:_clause_end(text, content, len(text))])
