"""find_cues: every demand cue in a sentence, once.

Runs each kind of cue finder, then keeps the earliest kind where two share a word or a content
start, drops cues in a denied clause ("no sign that Moscow was ready for ...") and cues nested in
another cue's content - the one place that decides where demands are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.demands.clauses import _clause_end, _skip_lead
from store.demands.condition_cues import (
    _READY_LABELS,
    _condition_cues,
    _obligation_cues,
    _ready_for_cues,
)
from store.demands.cue import Cue
from store.demands.duty_cues import (
    _impersonal_cues,
    _must_cues,
    _only_way_cues,
    _pressure_cues,
    _refusal_cues,
)
from store.demands.mentions import Placed
from store.demands.noun_cues import (
    _document_cues,
    _list_intro_cues,
    _noun_cues,
    _passive_cues,
    _relative_cues,
)
from store.demands.verb_cues import _verb_cues
from store.demands.words import _prev_words, phrase_alt
from store.lexicon import demands as lex


def find_cues(text: str, spans: Sequence[Placed] = ()) -> list[Cue]:
    """Every demand cue in a sentence, with where its content starts (sentence-relative)."""
    found = [*_obligation_cues(text), *_relative_cues(text, spans), *_verb_cues(text, spans),
             *_noun_cues(text), *_condition_cues(text), *_ready_for_cues(text),
             *_must_cues(text, spans), *_passive_cues(text, spans), *_impersonal_cues(text),
             *_pressure_cues(text), *_list_intro_cues(text), *_refusal_cues(text, spans),
             *_only_way_cues(text)]
    found += _document_cues(text, framed=not found)
    # "no sign that Moscow would accept the truce that Kyiv demanded": Kyiv's demand stands
    found = [c for c in found if c.kind in ("relative", "passive") or not _doubted(text, c.start)]
    kept: list[Cue] = []
    for cue in found:  # earlier kinds win on a shared word or a shared content start
        if any(_skip_lead(text, k.content) == _skip_lead(text, cue.content)
               or (k.start < cue.end and cue.start < k.end
                   and (k.kind != "must" or cue.kind == "impersonal"))
               for k in kept):
            continue
        kept.append(cue)
    return sorted([c for c in kept if not _nested(text, c, kept)], key=lambda c: c.start)


_DOUBT_RX = re.compile(rf"\b(?:{phrase_alt(lex.DOUBT_FRAMES)})\b[^,;:]*$", re.IGNORECASE)


def _doubted(text: str, pos: int) -> bool:
    """"no sign that Moscow was ready for a truce": the clause denies what the cue would assert."""
    return bool(_DOUBT_RX.search(text, max(0, pos - 100), pos))


def _nested(text: str, cue: Cue, cues: Sequence[Cue]) -> bool:
    """A verb cue in the infinitive another verb cue asks for ("needs its partners to keep
    pressing Washington to ..."), or a call for pressure inside another demand ("should answer
    with tougher sanctions"): part of that demand, not a demand of its own."""
    if cue.kind == "pressure" or cue.label in _READY_LABELS:
        hosts = [c for c in cues if c.kind != "pressure" and c.label not in _READY_LABELS]
    elif cue.kind == "verb" and "to" in _prev_words(text, cue.start, 2):
        hosts = [c for c in cues if c.kind == "verb"]
    else:
        return False
    return any(c.content <= cue.start < _clause_end(text, c.content, len(text))
               for c in hosts if c is not cue)
