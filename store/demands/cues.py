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
    _COND_RX,
    _IF_NOT_RX,
    _OBLIGATION_RX,
    _ONLY_PURPOSE_RX,
    _ONLY_RX,
    _READY_FOR_RX,
    _READY_LABELS,
    _READY_RX,
    _READY_TO_RX,
    _condition_cues,
    _obligation_cues,
    _ready_for_cues,
)
from store.demands.cue import Cue
from store.demands.duty_cues import (
    _IMPERSONAL_RX,
    _MUST_WORD_RX,
    _ONLY_WAY_RX,
    _PRESSURE_RX,
    _REFUSAL_RX,
    _impersonal_cues,
    _must_cues,
    _only_way_cues,
    _pressure_cues,
    _refusal_cues,
)
from store.demands.mentions import Placed
from store.demands.noun_cues import (
    _DOC_FRAME_RX,
    _LIST_INTRO_RX,
    _NOUN_RXS,
    _PASSIVE_RX,
    _RELATIVE_RX,
    _document_cues,
    _list_intro_cues,
    _noun_cues,
    _passive_cues,
    _relative_cues,
)
from store.demands.verb_cues import _VERB_RX, _verb_cues
from store.demands.words import _DOC_RX, _prev_words, phrase_alt
from store.lexicon import demands as lex
from store.tokens import keyed_cache, may_any


def _offsets(text: str, spans: Sequence[Placed] = ()) -> tuple[str, tuple[tuple[int, int], ...]]:
    """What finding cues reads of its arguments: the text and where the mentions are (never
    who they are), so the demand and military readers of a sentence share one search."""
    return text, tuple((p.start, p.end) for p in spans)


def find_cues(text: str, spans: Sequence[Placed] = ()) -> list[Cue]:
    """Every demand cue in a sentence, with where its content starts (sentence-relative)."""
    return list(_find_cues(text, spans))


# every cue finder below reads its cues off one of these patterns' matches
_ANY_CUE = may_any([
    _OBLIGATION_RX, _RELATIVE_RX, _VERB_RX, *(rx for _, rx, _ in _NOUN_RXS), _COND_RX, _ONLY_RX,
    _READY_RX, _ONLY_PURPOSE_RX, _IF_NOT_RX, _READY_FOR_RX, _READY_TO_RX, _MUST_WORD_RX,
    _PASSIVE_RX, _IMPERSONAL_RX, _PRESSURE_RX, _LIST_INTRO_RX, _REFUSAL_RX, _ONLY_WAY_RX, _DOC_RX,
    _DOC_FRAME_RX])


@keyed_cache(_offsets)
def _find_cues(text: str, spans: Sequence[Placed] = ()) -> tuple[Cue, ...]:
    if not _ANY_CUE(text):
        return ()  # no finder can match: most sentences demand nothing
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
    return tuple(sorted([c for c in kept if not _nested(text, c, kept)], key=lambda c: c.start))


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
