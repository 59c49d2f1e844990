"""Conditions, offers and obligations: "only if", "unless", "ready to ... if", "ready for a truce".

Also the one purpose a side allows an event ("could only take place to sign"), the act whose
absence a threat punishes ("tariffs if Putin does not agree to") and duties a document lays on one
side ("under which Kyiv would have to:"). A condition both sides must meet ("only once the
delegations agree") is a forecast, not a demand, and is dropped here.
"""

from __future__ import annotations

import re

from store.demands.clauses import _skip_lead
from store.demands.cue import Cue, _demanding_infinitive, _topical
from store.demands.words import (
    _JOINT_RX,
    _negated,
    _next_words,
    _prev_words,
    phrase_alt,
    whole_words,
)
from store.lexicon import demands as lex
from store.tokens import compile_filtered, may_any

_COND_RX = compile_filtered(whole_words(lex.CONDITION_MARKERS) + r"\s*", re.IGNORECASE)
_ONLY_RX = compile_filtered(
    rf"\b{lex.ONLY_WORD}\b(?P<mid>[^;:!?]{{0,120}}?)\b"
    rf"(?P<conj>{phrase_alt([*lex.ONLY_CONJUNCTIONS, *lex.ONLY_TIME_CONJUNCTIONS])})\s+",
    re.IGNORECASE,
)
_ONLY_WORD_RX = re.compile(rf"\b{lex.ONLY_WORD}\b", re.IGNORECASE)
_PURPOSE_VERBS = phrase_alt(lex.ONLY_PURPOSE_VERBS)
_ONLY_PURPOSE_RX = compile_filtered(
    rf"\b(?:{_PURPOSE_VERBS})\s+{lex.ONLY_WORD}\s+[\"“]?to\s+(?=[a-z])"
    rf"|\b{lex.ONLY_WORD}\s+(?:{_PURPOSE_VERBS})\s+[\"“]?to\s+(?=[a-z])",
    re.IGNORECASE,
)
_READY_RX = compile_filtered(
    rf"\b(?:{phrase_alt(lex.READY_WORDS)})\s+to\b[^;:!?]{{0,150}}?\b"
    rf"(?:{phrase_alt(lex.READY_CONJUNCTIONS)})\s+(?:that\s+)?",
    re.IGNORECASE,
)


def _condition_cues(text: str) -> list[Cue]:
    """Conditions set by the main clause's subject; one the negotiators must meet together
    ("only once the delegations agree") is a forecast, not a demand on the other side."""
    out = _all_condition_cues(text)
    return [c for c in out if not _joint(text, c.content)]


def _joint(text: str, pos: int) -> bool:
    """Whether the content at `pos` is something both sides do ("the delegations agree")."""
    return bool(_JOINT_RX.match(text, _skip_lead(text, pos)))


def _all_condition_cues(text: str) -> list[Cue]:
    if not _ANY_CONDITION(text):
        return []  # none of the patterns below can match
    out = [Cue(" ".join(m.group().lower().split()), "condition", m.start(), m.end(), m.end())
           for m in _COND_RX.finditer(text)]
    for m in _ONLY_RX.finditer(text):
        conj = m.group("conj").lower()
        if "," in m.group("mid"):
            continue
        if conj not in lex.ONLY_CONJUNCTIONS:  # "only after": a condition only in a modal clause
            words = {*_prev_words(text, m.start(), 10), *_next_words(text, m.start(), 30)}
            if not words & set(lex.MODAL_WORDS):
                continue
        label = f"only ... {conj}" if m.group("mid").strip() else f"only {conj}"
        out.append(Cue(label, "condition", m.start(), m.end(), m.end()))
    out += [Cue("ready ... if", "condition", m.start(), m.end(), m.end())
            for m in _READY_RX.finditer(text)]
    out += [Cue("only to", "purpose", m.start(), m.end(), m.end())
            for m in _ONLY_PURPOSE_RX.finditer(text) if _demanding_infinitive(text, m.end())]
    threat = _THREAT_RX.search(text)
    out += [Cue("threat ... if not", "condition", m.start(), m.end(), m.end())
            for m in _IF_NOT_RX.finditer(text) if threat and threat.start() < m.start()]
    return out


# "tariffs if Putin does not agree to end the war": the act whose absence is punished
_IF_NOT_RX = compile_filtered(
    rf"\b(?:if|unless)\s+(?:[\w'’.-]+\s+){{1,4}}?(?:{phrase_alt(lex.IF_NOT_NEGATIONS)})\s+",
    re.IGNORECASE,
)
_THREAT_RX = compile_filtered(whole_words(lex.THREAT_WORDS), re.IGNORECASE)
_ANY_CONDITION = may_any([_COND_RX, _ONLY_RX, _READY_RX, _ONLY_PURPOSE_RX, _IF_NOT_RX])


_READY_FOR_RX = compile_filtered(rf"\b(?:{phrase_alt(lex.READY_WORDS)})\s+for\s+", re.IGNORECASE)


_READY_TO_RX = compile_filtered(
    rf"\b(?:{phrase_alt(lex.READY_WORDS)})\s+to\s+(?=(?:{phrase_alt(lex.READY_OFFER_VERBS)})\b)",
    re.IGNORECASE,
)


_OFFER_VERB_RX = re.compile(rf"(?:{phrase_alt(lex.READY_OFFER_VERBS)})\s*", re.IGNORECASE)
_READY_CUES = (("ready for", _READY_FOR_RX), ("ready to", _READY_TO_RX))
_READY_LABELS = frozenset(label for label, _ in _READY_CUES)
_ANY_READY = may_any(rx for _, rx in _READY_CUES)


def _ready_for_cues(text: str) -> list[Cue]:
    """"Ukraine is ready for a full ceasefire": a side offering what it would accept; "Turkey is
    ready to host the talks": a mediator's offer."""
    if not _ANY_READY(text):
        return []
    return [Cue(label, "verb", m.start(), m.end(), m.end())
            for label, rx in _READY_CUES for m in rx.finditer(text)
            if not _negated(text, m.start())
            and _topical(text, _object_start(text, m, rx is _READY_TO_RX))]


def _object_start(text: str, m: re.Match[str], offer: bool) -> int:
    """Where the object of "ready to host" (`offer`) starts (the verb itself names no topic),
    else the content ("ready for a truce")."""
    if not offer:
        return m.end()
    verb = _OFFER_VERB_RX.match(text, m.end())
    return verb.end() if verb else m.end()


_OBLIGATION_RX = compile_filtered(
    rf"\b(?:{phrase_alt(lex.OBLIGATION_FRAMES)})\s+(?P<subj>(?:[\w'’.-]+\s+){{1,4}}?)"
    rf"(?:(?:{phrase_alt(lex.OBLIGATION_MODALS)})\s+)?(?:{phrase_alt(lex.OBLIGATION_WORDS)})"
    r"(?:\s*:\s*|\s+)",
    re.IGNORECASE,
)


def _obligation_cues(text: str) -> list[Cue]:
    """"a package under which Kyiv would have to: ...": duties a document lays on one side; the
    document's owner demands them. The cue spans the obligated subject."""
    return [Cue("obligation", "obligation", m.start(), m.end("subj"), m.end())
            for m in _OBLIGATION_RX.finditer(text)]
