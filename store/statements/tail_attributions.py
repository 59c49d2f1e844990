"""`<clause>, X said.`: an attribution that closes the clause it reports.

The attribution must really end there (the sentence stops, or goes on after a comma or a short
tail such as "on Monday"); it may close a partial quote ('remain "quite far apart," X said'),
and in "Overnight, the ministry said, air defences downed 162 drones" the clause goes on after
it. These checks keep ", which Russia claims as its own" and the like from passing as speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from store.lexicon.speech import (
    BARE_SAY_VERBS,
    CITING_CUES,
    CLAUSE_OPENERS,
    SPEECH_PARTICIPLES,
    TAIL_SPEECH_VERBS,
)
from store.records import Sentence
from store.statements.context import _Context
from store.statements.words import _words

# verbs that close a sentence as its attribution: "..., the ministry said."
_TAIL_VERBS = BARE_SAY_VERBS | TAIL_SPEECH_VERBS

_CLAUSE_WORDS = CLAUSE_OPENERS


def _quote_opened_within(ctx: _Context, sent: Sentence, at: int) -> bool:
    """`at` sits inside quote marks opened in this sentence after some words of its own."""
    lo, hi = bisect_right(ctx.quote_opens, sent.start), bisect_right(ctx.quote_opens, at)
    return any(at < b and _words(ctx.body[sent.start : a]) for a, b in ctx.quoted[lo:hi])


def _parenthetical_rest(rest: str) -> str | None:
    """The clause going on after ", X said," in the middle of a sentence."""
    m = re.match(r",\s+(?P<rest>[^\"“”]+)$", rest)
    if m is None:
        return None
    text = m.group("rest")
    first = _words(text)[:1]
    if not first or first[0].lower() in CITING_CUES or first[0].lower() in SPEECH_PARTICIPLES:
        return None
    return text


def _attribution_ends(rest: str) -> bool:
    """After "X said" the sentence ends, continues after a comma (maybe after a short
    "on Monday"), or adds a short tail."""
    rest = rest.strip()
    if not rest or rest[0] in ",.;:" or len(_words(rest)) <= 6:
        return True
    comma = rest.find(",")
    return comma != -1 and len(_words(rest[:comma])) <= 4
