"""Word look-ups and word sets that every step of the military extractor reads.

The grammar keeps asking what the word before or after a position is (an article, a
preposition, a speech verb, an auxiliary), so those helpers and the word sets used by more than
one step are built once here from store.lexicon.military instead of in each module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.demands import whole_words
from store.lexicon import military as lex
from store.tokens import compile_filtered
from store.tokens import next_words as _next_words  # noqa: F401 (shared with the cue modules)
from store.tokens import prev_words as _prev_words  # noqa: F401 (shared with the cue modules)

_WORD = re.compile(r"[\w'’-]+")


def _lower(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


_HAVE = _lower(lex.HAVE_AUX)
_CONTEXT_RX = compile_filtered(whole_words(lex.MILITARY_CONTEXT), re.IGNORECASE)
_HYPOTHETICAL = _lower(lex.HYPOTHETICAL)
_DETERMINERS = _lower(lex.DETERMINERS)
_PREPOSITIONS = _lower(lex.PREPOSITIONS)
_SPEECH = _lower(lex.SPEECH)
_VERBISH = _lower([*lex.LAUNCH_VERBS, *lex.AGENT_VERBS, *lex.WEAK_AGENT_VERBS, *lex.SPEECH])
_PASSIVE = _lower(lex.PASSIVE_AUX)
_PLACE_PREPOSITIONS = _lower(lex.PLACE_PREPOSITIONS)
_NUMBER_WORDS = _lower(lex.NUMBER_WORDS)
_PUNCT_RX = re.compile(r",(?!\d)|[;:]")  # clause punctuation, not the comma of "1,000"

