"""Demands voiced as duties or stances rather than with a demand verb.

"Kyiv must withdraw", "there must be stronger sanctions", "much more pressure on Moscow", "Ukraine
would never accept limits on its army", "a summit remains the only way to ...". Most name no
demander: the side voicing them demands (store.demands.parties decides who that is).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.demands.clauses import _clause_end
from store.demands.cue import Cue, _demanding_infinitive
from store.demands.mentions import _COORD_RX, Placed, _coordinated
from store.demands.words import (
    _FINITE,
    _NEGATIONS,
    _SPEECH,
    _WORD,
    _meaningful,
    _names_topic,
    _next_words,
    _prev_words,
    phrase_alt,
    whole_words,
)
from store.lexicon import demands as lex
from store.tokens import compile_filtered

_APPLIED = frozenset(lex.APPLIED_PRESSURE_WORDS)


_REFUSAL_RX = compile_filtered(
    rf"\s(?P<modal>(?:{phrase_alt(lex.REFUSAL_MODALS)})\s+(?:{phrase_alt(lex.CONCESSION_VERBS)}))"
    r"\s+(?=\S)",
    re.IGNORECASE,
)


def _refusal_cues(text: str, spans: Sequence[Placed]) -> list[Cue]:
    """"Ukraine would never accept limits on its army": a party's own red line; the content keeps
    the modal and the verb ("would never accept limits on its army")."""
    return [Cue("refuse", "refusal", m.start("modal"), m.end("modal"), m.start("modal"))
            for m in _REFUSAL_RX.finditer(text) if any(p.end == m.start() for p in spans)]


_IMPERSONAL_RX = compile_filtered(
    rf"(?P<there>\bthere\s+)?(?:{phrase_alt(lex.MUST_WORDS)}|should)\s+be\s+"
    rf"(?P<part>[a-z]+(?:ed|en)\b|{phrase_alt(lex.NOT_ITEM_HEADS)}\b)?",
    re.IGNORECASE,
)
_NP_START_RX = re.compile(rf"\b(?:{phrase_alt(lex.DETERMINERS)})\s+(?:[\w-]+\s+){{0,3}}?$",
                          re.IGNORECASE)


def _impersonal_cues(text: str) -> list[Cue]:
    """"there must be stronger sanctions", "the exchange must be carried out in full": a duty with
    no one named, voiced by a speaker (whose side demands it)."""
    out = []
    for m in _IMPERSONAL_RX.finditer(text):
        if m.group("there"):
            if m.group("part") is None:
                out.append(Cue("must", "impersonal", m.start(), m.end(), m.end()))
        elif m.group("part") and m.group("part").lower() not in lex.NOT_DUTIES and (
                np := _NP_START_RX.search(text, max(0, m.start() - 60), m.start())) and (
                _next_words(text, np.start())[0] not in _NEGATIONS | {"no"}):
            out.append(Cue("must", "impersonal", m.start(), m.end(), np.start()))
    return out


_MUST_WORD_RX = compile_filtered(
    rf"(?:\s+(?:{phrase_alt(lex.MUST_FILLERS)}))?\s+(?:{phrase_alt(lex.MUST_WORDS)})\s+"
    rf"(?:(?:{phrase_alt([*lex.MUST_FILLERS, *lex.MUST_ADVERBS])})\s+)?(?=[a-z])",
    re.IGNORECASE,
)
_SUBJECT_BOUNDARY_RX = re.compile(
    rf"(?:^|[,;:\"“”(]|\s[—–]|\b(?:{phrase_alt([*lex.SUBJECT_BOUNDARIES, *lex.SPEECH_VERBS])})"
    r"\b)\W*",
    re.IGNORECASE,
)


_PRESSURE_RX = compile_filtered(
    rf"(?<![\w-])(?:(?:{phrase_alt(lex.PRESSURE_DEGREES)})\s+)?"
    rf"(?:{phrase_alt(lex.PRESSURE_INTENSIFIERS)})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{phrase_alt(lex.PRESSURE_NOUNS)})\s+(?:on|against)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _pressure_cues(text: str) -> list[Cue]:
    """"new sanctions against Russia", "much more pressure on Moscow": a speaker asking for
    pressure on the other side, unless the sentence tells of pressure already applied ("the EU
    adopted new sanctions against Russia")."""
    out = []
    for m in _PRESSURE_RX.finditer(text):
        if not set(_prev_words(text, m.start(), 3)) & _APPLIED:
            stop = re.compile(r"[,;:!?]|\.(?:\s|$)").search(text, m.end())
            out.append(Cue("pressure", "pressure", m.start(), m.end(), m.start(),
                           stop.start() if stop else None))
    return out


def _must_cues(text: str, spans: Sequence[Placed]) -> list[Cue]:
    """"Kyiv must withdraw", "the whole world must respond", "he must be forced to peace": a duty
    voiced for someone; the content opens with the whole subject."""
    out = []
    for m in _MUST_WORD_RX.finditer(text):
        head = [p for p in spans if p.end == m.start()]
        if head:  # "Russia and Ukraine must ...": from the first coordinated mention
            start = _coordinated(text, [*(q for q in spans if q.end <= head[0].start),
                                        head[0]])[0].start
        else:
            verb = _next_words(text, m.end(), 2)
            if not _demanding_infinitive(text, m.end()) or (
                    verb[0] == "be" and verb[-1] in lex.NOT_DUTIES):
                continue  # "the world must understand", "no breakthrough should be expected"
            bounds = list(_SUBJECT_BOUNDARY_RX.finditer(text, max(0, m.start() - 60), m.start()))
            start = bounds[-1].end() if bounds else None
            if start is None or not _free_subject(text[start:m.start()]):
                continue
            joined = [p for p in spans if p.end <= start and _COORD_RX.match(text[p.end:start])]
            if joined:  # "Washington and European capitals should ..."
                start = _coordinated(text, [q for q in spans if q.end <= joined[-1].end])[0].start
            elif not _addressed_duty(text, start, m.start()):
                continue  # "residents should stay in shelters": no party, nothing negotiated
        more = _NEXT_COMPLEMENT_RX.search(text, m.end())  # "X must go, and that Y ..."
        if told := _UNDERSTAND_RX.match(text, m.end()):  # "Russia must understand: Y"
            start = told.end()
        out.append(Cue("must", "must", start, m.end(), start, more.start() if more else None))
    return out


_NEXT_COMPLEMENT_RX = re.compile(r",?\s+and\s+that\s", re.IGNORECASE)
_UNDERSTAND_RX = re.compile(rf"(?:{phrase_alt(lex.REALISING_VERBS)})(?:\s*:\s*|\s+that\s+)",
                            re.IGNORECASE)


_ADDRESSEE_RX = re.compile(whole_words(lex.ADDRESSEE_NOUNS), re.IGNORECASE)


def _addressed_duty(text: str, start: int, must: int) -> bool:
    """Whether a duty without a named party still concerns the talks: its subject is a pronoun
    or a third party ("the whole world", "partners"), or it names something negotiated."""
    subject = text[start:must]
    if _WORD.findall(subject)[-1].lower() in lex.SUBJECT_PRONOUNS or _ADDRESSEE_RX.search(
            subject):
        return True
    return _names_topic(text[start:_clause_end(text, start, len(text))])


_ONLY_WAY_RX = compile_filtered(
    rf"\s+(?:{phrase_alt(lex.ONLY_WAY_COPULAS)})\s+(?:the\s+)?{lex.ONLY_WORD}\s+"
    rf"(?:{phrase_alt(lex.ONLY_WAY_NOUNS)})\b",
    re.IGNORECASE,
)


def _only_way_cues(text: str) -> list[Cue]:
    """"(said) a meeting with Putin remained the only way to settle it": the speaker's side wants
    the subject, which must name something negotiated."""
    out = []
    for m in _ONLY_WAY_RX.finditer(text):
        bounds = list(_SUBJECT_BOUNDARY_RX.finditer(text, max(0, m.start() - 80), m.start()))
        start = bounds[-1].end() if bounds else None
        if start is None or not _free_subject(text[start:m.start()]) or not _names_topic(
                text[start:m.start()]):
            continue
        out.append(Cue("only way", "only way", m.start(), m.end(), start, m.start()))
    return out


def _free_subject(words: str) -> bool:
    """Whether the words before "must" form a plain subject ("the whole world", "he", "European
    capitals"), not a clause ("which was agreed") or the speaker's own side ("we", "our army")."""
    low = [w.lower() for w in _WORD.findall(words)]
    if not 0 < len(low) <= 5 or set(low) & lex.OWN_SIDE_WORDS or low[0] in lex.NOBODY_WORDS:
        return False  # "we must", "no one should expect ..."
    if low[-1] not in lex.SUBJECT_PRONOUNS and not _meaningful(words):
        return False  # "it must be said", "this must stop"
    return not any(w in _FINITE or w in _SPEECH or w in lex.RELATIVE_PRONOUNS
                   or w in lex.SUBJUNCTIVE_MODALS or w == "there" for w in low)
