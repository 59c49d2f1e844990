"""`According to X, ...` and `..., according to X.`: whether the cue names a source.

"according to [the Ukrainian] X" makes X the speaker, while "according to a version published
by X" does not; a short lead-in ("As reported, ", "The war did not pause: ") still leaves the
clause after the cue, and "according to him" or "according to the President" points back to a
person named earlier.
"""

from __future__ import annotations

import re

from store.lexicon.speech import NOT_SOURCE_WORDS, NOT_VERBS
from store.statements.words import _ROLE_NOUN, TITLE_WORDS, _words
from store.tokens import compile_filtered

_ACCORDING_PRONOUN = compile_filtered(
    r"(?:As reported, )?according to (?:him|her|" + _ROLE_NOUN.pattern + r"),\s+",
    re.IGNORECASE)


def _opening(lead: str) -> bool:
    """A lead-in before "according to" that leaves the clause after it: "As reported, ",
    "The war did not pause: "."""
    lead = lead.rstrip()
    return lead.endswith(":") or (lead.endswith(",") and len(_words(lead)) <= 3)


def _names_source(lead: str) -> bool:
    """ "according to [the Ukrainian] X" names X; "according to a version published by X" not."""
    words = _words(lead)
    return len(words) <= 5 and all(
        w[0].isupper() or w.lower() in ("the", "a", "an", "'s", "’s") or w.lower() in TITLE_WORDS
        or (w.lower() not in NOT_VERBS and w.lower() not in NOT_SOURCE_WORDS
            and not w.lower().endswith("ed"))
        for w in words)
