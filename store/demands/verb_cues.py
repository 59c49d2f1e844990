"""Verb cues ("demanded", "proposes", "insists on", "we need"): a demand verb in active use.

Forms that are also nouns ("demands", "calls") count only in verb position; a negated or unreal
cue ("did not demand", "has been offered", "waiting for Kyiv to propose") is dropped, and weak
verbs must take topical content, a named addressee or a party subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.demands.complements import _GRAMMARS
from store.demands.condition_cues import _ONLY_RX, _ONLY_WORD_RX
from store.demands.cue import Cue, _topical
from store.demands.mentions import Placed
from store.demands.words import (
    _DETERMINERS,
    _IRREALIS,
    _NOUN_CAPABLE,
    _SUBJECT_PRONOUNS,
    _WORD,
    _negated,
    _prev_words,
    phrase_alt,
    whole_words,
)
from store.lexicon import demands as lex
from store.tokens import compile_filtered

_VERB_FORMS: dict[str, list[tuple[str, str]]] = {}


for _label, _grammar, _forms in lex.VERB_CUES:
    for _form in _forms:
        _VERB_FORMS.setdefault(_form, []).append((_label, _grammar))


_VERB_RX = compile_filtered(whole_words(_VERB_FORMS), re.IGNORECASE)


_APPOSITION_END_RX = re.compile(r"^[^,;:]{2,60},\s[^,;:]{2,80},\s+$")


def _verb_position(text: str, pos: int, spans: Sequence[Placed]) -> bool:
    """Whether a noun-or-verb form ("demands") at `pos` is used as a verb."""
    prev = _prev_words(text, pos)
    if not prev:
        return False
    if prev[0] in lex.VERB_PRECEDERS or prev[0].endswith("ly") or prev[0] in lex.DOCUMENT_NOUNS:
        return True
    if _APPOSITION_END_RX.search(text, 0, pos):
        return True  # "Its memorandum, shared with Moscow, calls for": after an apposition
    if text[:pos].rstrip().endswith(","):
        return True  # "The memorandum offers two options, calls for ...": a second predicate
    return any(p.end <= pos and not text[p.end:pos].strip() for p in spans)


def _unreal(text: str, pos: int, form: str) -> bool:
    """A cue verb that is not (yet) done: "has been offered" (its subject receives it), "waiting
    for Kyiv to propose" (awaited, not proposed)."""
    prev = _prev_words(text, pos, 6)
    if prev[-1:] and prev[-1] in lex.PASSIVE_AUXILIARIES:
        return not form.endswith("ing")  # "is demanding" is still active
    return prev[-1:] == ["to"] and bool(set(prev[:-1]) & _IRREALIS)


def _verb_cues(text: str, spans: Sequence[Placed]) -> list[Cue]:
    out = []
    for m in _VERB_RX.finditer(text):
        form = " ".join(m.group().lower().split())
        if _negated(text, m.start()) or _unreal(text, m.start(), form):
            continue
        if form in _NOUN_CAPABLE:
            if not _verb_position(text, m.start(), spans):
                continue
        elif set(_prev_words(text, m.start())) & _DETERMINERS:
            continue  # "the proposed ceasefire"
        if (only := _ONLY_WORD_RX.search(text, m.start(), m.end())) and _ONLY_RX.match(
                text, only.start()):
            continue  # "accept only a truce if Kyiv ...": the condition is what is demanded
        for label, grammar in _VERB_FORMS[form]:
            content = _GRAMMARS[grammar](text, m.end())
            if content is None:
                continue
            if label in lex.TOPICAL_CUES and not _topical(text, content):
                break
            if label in lex.ADDRESSEE_CUES and not any(
                    p.start >= content and len(_WORD.findall(text, content, p.start)) <= 2
                    for p in spans):
                break  # "challenged (Russian President) Putin to ...": a named addressee
            if label in lex.SUBJECT_BOUND_CUES and not _party_subject_before(text, m.start(),
                                                                              spans):
                break  # "the measures still need ...": a need, but nobody's demand
            out.append(Cue(label, "verb", m.start(), m.end(), content))
            break
    return out


_SUBJECT_ADVERBS_RX = re.compile(
    rf"(?:\s+(?:{phrase_alt([*lex.COORDINATED_ADVERBS, *lex.MUST_FILLERS])}))*\s*$",
    re.IGNORECASE,
)


def _party_subject_before(text: str, pos: int, spans: Sequence[Placed]) -> bool:
    """Whether a party or a personal pronoun is the subject right before `pos` ("we need",
    "Ukraine still needs")."""
    lead = _SUBJECT_ADVERBS_RX.search(text, 0, pos)
    end = lead.start() if lead else pos
    prev = _prev_words(text, end)
    return bool(prev and prev[0] in _SUBJECT_PRONOUNS) or any(p.end == end for p in spans)
