"""Cues where a noun phrase holds or names the demand: its owner demands, not a clause subject.

"Russia's demands include", "the proposal begins with", "Its key points include:", "the truce
proposed by Washington", "the 30-day truce that Kyiv has demanded".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from store.demands.clauses import _clause_end
from store.demands.cue import Cue, _demanding_infinitive, _that_content
from store.demands.mentions import Placed
from store.demands.words import (
    _DETERMINERS,
    _DOC_RX,
    _FINITE,
    _IRREALIS,
    _PREPOSITIONS,
    _SPEECH,
    _WORD,
    _negated,
    _next_words,
    _prev_words,
    phrase_alt,
    whole_words,
)
from store.lexicon import demands as lex
from store.tokens import compile_filtered, may_any

_NOUN_RXS = [(label, compile_filtered(whole_words(forms), re.IGNORECASE), markers)
             for label, forms, markers in lex.NOUN_CUES]
_COPULA_RX = re.compile(
    rf"\s+(?:{phrase_alt(lex.COPULAS)})\s+(?=(?:{phrase_alt(lex.COPULA_CONTENT_STARTS)})\b)"
    r"(?!to\s+be\b)",
    re.IGNORECASE,
)
_DELAYED_RX = re.compile(rf"(?:,\s*)?\b(?:{phrase_alt(lex.DELAYED_LIST_MARKERS)})\b\s*|:\s*",
                         re.IGNORECASE)
_PASSIVE_RX = compile_filtered(
    rf"(?P<np>\b(?:{phrase_alt(lex.DETERMINERS)})\s+(?:[\w'’-]+\s+){{0,5}}?)"
    rf"(?P<cue>{phrase_alt(lex.PASSIVE_CUES)})\s+by\s+(?:the\s+)?",
    re.IGNORECASE,
)


_DOC_MARKER_RX = re.compile(whole_words(lex.DOCUMENT_CONTENT_MARKERS) + r"\s*:?\s*", re.IGNORECASE)
_DOC_FRAME_RX = compile_filtered(
    rf"^\W*(?:{phrase_alt(lex.DOCUMENT_FRAMES)})\s+(?:[\w'’-]+\s+){{1,3}}?"
    rf"(?:{phrase_alt(lex.DOCUMENT_NOUNS)})\s*,\s*",
    re.IGNORECASE,
)


_CHARACTERISING = frozenset(lex.CHARACTERISING_WORDS)


_SUBJUNCTIVE_RX = compile_filtered(
    rf"(?P<subj>(?:[\w'’.-]+\s+){{1,3}}?)(?:(?:{phrase_alt(lex.SUBJUNCTIVE_MODALS)})\s+)?"
    rf"(?:{phrase_alt(lex.CONDITION_VERBS)})\b",
)


def _subjunctive(text: str, pos: int) -> bool:
    """"(demands) that Kyiv cede land": a subject then a bare verb, so no relative clause."""
    m = _SUBJUNCTIVE_RX.match(text, pos)
    if not m:
        return False
    words = [w.lower() for w in _WORD.findall(m.group("subj"))]
    return not any(w == "to" or w.endswith(("ed", "n't")) or w in _FINITE
                   or w in lex.MODAL_WORDS or w in lex.AUXILIARIES for w in words)


@lru_cache(maxsize=256)
def _marker_rx(markers: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of a cue's content markers: built once per cue (building the prefix tree
    on every call cost more than matching it)."""
    return re.compile(rf"\s+({phrase_alt([*markers, *lex.NOUN_LIST_MARKERS])})\b\s*",
                      re.IGNORECASE)


def _noun_content(text: str, end: int, markers: Sequence[str]) -> int | None:
    """Where a noun cue's content starts: "demands for X", "demands such as X", "demand is X"."""
    if m := re.compile(r"\s*:\s*").match(text, end):
        return m.end()
    rx = _marker_rx(tuple(markers))
    found: int | None = None
    if m := rx.match(text, end):
        word = m.group(1).lower()
        nxt = _next_words(text, m.end())
        if word == "that":  # "the demands that Russia made" is relative: plurals need a list
            plural = text[end - 1:end].lower() == "s"  # ... or a subjunctive ("that Kyiv cede")
            found = _that_content(text, m.end(), min_words=3)
            if plural and not _subjunctive(text, m.end()):
                found = None
        elif word == "to":
            ok = nxt and nxt[0] not in _DETERMINERS and text[m.end():m.end() + 1].islower()
            found = m.end() if ok else None
        else:
            found = m.end()
    elif m := _COPULA_RX.match(text, end):
        found = m.end()
        if text[found:found + 5].lower() == "that ":
            found = _that_content(text, found + 5)
        elif text[found:found + 3].lower() == "to " and not _demanding_infinitive(
                text, found + 3):
            found = None  # "Moscow's aim is to destroy ...": a hostile aim
    if found is not None:
        return found
    window = text[end:end + 160]
    stop = re.search(r"[;!?]|\.(?:\s|$)", window)
    if m := _DELAYED_RX.search(window, 0, stop.start() if stop else len(window)):
        return end + m.end()
    return None


_ANY_NOUN_CUE = may_any(rx for _, rx, _ in _NOUN_RXS)


def _noun_cues(text: str) -> list[Cue]:
    out: list[Cue] = []
    if not _ANY_NOUN_CUE(text):
        return out  # none of the nouns is in the sentence
    for label, rx, markers in _NOUN_RXS:
        for m in rx.finditer(text):
            prev = _prev_words(text, m.start(), 2)
            if _negated(text, m.start()) or prev[-1:] == ["no"] or (
                    set(prev) & _CHARACTERISING) or set(_prev_words(text, m.start(), 3)) & (
                    _IRREALIS):
                continue  # "no demands", "reads it as a demand to", "waiting for Kyiv's proposals"
            content = _noun_content(text, m.end(), markers)
            if content is not None:
                out.append(Cue(label, "noun", m.start(), m.end(), content))
    return out


_LIST_INTRO_RX = compile_filtered(
    rf"\b(?P<noun>{phrase_alt(lex.LIST_LEAD_WORDS)})\s+(?:{phrase_alt(lex.LIST_INTRO_VERBS)})"
    r"(?:\s+as\s+follows)?\s*:\s*$",
    re.IGNORECASE,
)


def _list_intro_cues(text: str) -> list[Cue]:
    """"Its key points include:": a list of someone's points follows (their owner demands them)."""
    m = _LIST_INTRO_RX.search(text)
    if not m:
        return []
    return [Cue(m.group("noun").lower(), "noun", m.start("noun"), m.end("noun"), len(text))]


def _passive_cues(text: str, spans: Sequence[Placed]) -> list[Cue]:
    """"the 30-day ceasefire proposed by Washington": the noun phrase before the participle."""
    out = []
    for m in _PASSIVE_RX.finditer(text):
        if any(p.start == m.end() for p in spans):
            label = " ".join(m.group("cue").lower().split()) + " by"
            out.append(Cue(label, "passive", m.start("cue"), m.end(), m.start("np"),
                           m.start("cue")))
    return out


_RELATIVE_RX = compile_filtered(
    rf"\b(?:that|which)\s+(?P<subj>(?:[\w'’.-]+\s+){{1,5}}?)"
    rf"(?:(?:{phrase_alt(lex.RELATIVE_AUXILIARIES)})\s+){{0,3}}"
    rf"(?P<cue>{phrase_alt(lex.RELATIVE_CUE_VERBS)})(?P<part>\s+[a-z]+ed\b)?"
    # "that X has urged both sides to accept": the infinitive lacks its object
    r"(?:(?P<inf>\s+(?:[\w'’-]+\s+){1,3}?to\s+[a-z]+)(?=\s*(?:[,.;:!?)]|$))"
    r"|(?=\s*(?:[,.;:!?)]|$)|\s+(?:from|in|at|on|since|for|by|last|this|earlier|as)\b))",
    re.IGNORECASE,
)


def _antecedent(text: str, pos: int) -> int | None:
    """Start of the noun phrase ending at `pos`: back over adjectives and numbers to its
    determiner, stopping at a preposition or a comma ("a list of [339 children]")."""
    words = list(re.compile(r"[\w'’-]+").finditer(text, max(0, pos - 80), pos))
    if not words or text[words[-1].end():pos].strip() or (
            words[-1].group().lower() in lex.SEGMENT_BREAKERS):
        return None  # ", and that ...": a second complement clause, no antecedent
    start = None
    for w in reversed(words[-6:]):
        low = w.group().lower()
        if low in _PREPOSITIONS or low in _SPEECH or low in _FINITE or text[
                w.end():(start if start is not None else pos)].strip(" "):
            break
        start = w.start()
        if low in _DETERMINERS:
            break
    return start


def _relative_cues(text: str, spans: Sequence[Placed]) -> list[Cue]:
    """"the 30-day truce that Kyiv has demanded", "children that Kyiv wants returned": the
    relative clause's subject demands the noun phrase it hangs on."""
    out = []
    for m in _RELATIVE_RX.finditer(text):
        cue = m.group("cue").lower()
        if not any(m.start("subj") <= p.start < m.start("cue") for p in spans) or _negated(
                text, m.start("cue")):
            continue
        if set(_prev_words(text, m.start(), 2)) & _SPEECH:
            continue  # "said (afterward) that Moscow had proposed": a complement, no antecedent
        if cue.startswith("want") and not (m.group("part") or m.group("inf")):
            continue  # "the deal that Moscow wants" is fine, but "wants" alone is too loose
        start = _antecedent(text, m.start())
        if start is None:
            continue
        limit = m.start() if not m.group("part") else None
        content_end = limit if limit is not None else _clause_end(text, m.end(), len(text))
        out.append(Cue(" ".join(cue.split()), "relative", m.start(), m.end("cue"), start,
                       content_end))
    return out


def _document_cues(text: str, framed: bool) -> list[Cue]:
    """"the plan begins with X" / "According to the proposal, X" (framed only when no other cue)."""
    out = []
    for m in _DOC_RX.finditer(text):
        window_end = min(len(text), m.end() + 120)
        stop = re.search(r"[;!?]|\.(?:\s|$)", text[m.end():window_end])
        limit = m.end() + stop.start() if stop else window_end
        k = _DOC_MARKER_RX.search(text, m.end(), limit)
        if k and not _negated(text, k.start()) and not (
                set(_prev_words(text, k.start())) & (_PREPOSITIONS | _DETERMINERS)):
            out.append(Cue(m.group().lower(), "document", m.start(), m.end(), k.end()))
    if framed and not out and (f := _DOC_FRAME_RX.match(text)):
        noun = _DOC_RX.search(f.group())
        if noun:
            out.append(Cue(noun.group().lower(), "document", noun.start(), noun.end(), f.end()))
    return out
