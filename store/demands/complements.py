"""Complement grammars of verb cues: where the demanded content starts after the verb.

"demanded X", "insisted on X", "called for X", "urged X to ...", "gave Russia 50 days to ...",
"suggested setting up ...": each verb cue in store.lexicon.demands.VERB_CUES names one grammar
here, so a new verb needs only a lexicon line and a new way of taking content needs one function.
"""

from __future__ import annotations

import re

from store.demands.cue import _demanding_infinitive, _that_content
from store.demands.words import (
    _DETERMINERS,
    _FINITE,
    _JUNK,
    _NOT_ITEM_HEADS,
    _PREPOSITIONS,
    _SPEECH,
    _names_topic,
    _next_words,
    phrase_alt,
    whole_words,
)
from store.lexicon import demands as lex


def _object_content(text: str, end: int) -> int | None:
    """Content of a direct-object cue: "demanded X", "proposed that X", "offered to X", and
    "Russia wants:" ending a list intro (its item lines follow)."""
    if m := re.compile(r"\s*:\s*$").match(text, end):
        return m.end()
    if m := re.compile(r"\s+that\s+").match(text, end):
        return _that_content(text, m.end())
    if m := re.compile(r"\s+[\"“]?to\s+(?=[a-z])").match(text, end):  # also 'offered "to ...'
        return m.end() if _demanding_infinitive(text, m.end()) else None
    if t := re.compile(r",[^,;:.]{1,60},\s+that\s+").match(text, end):
        return _that_content(text, t.end())  # "demanded, among other things, that"
    m = re.compile(r"\s+(?=[\w\"“'‘])").match(text, end)
    if not m:
        return None
    if (t := re.compile(r"\s+(?:[^,;:.]{1,60}?\s+)?to\s+").match(text, end)) and (
            not _demanding_infinitive(text, t.end())):
        return None  # "want us to believe"
    nxt = _next_words(text, m.end())
    if nxt and (nxt[0].endswith("ed") or nxt[0] in _NOT_ITEM_HEADS):
        return None  # "the children Kyiv wants returned": the object came before the verb
    if not nxt or nxt[0] in lex.OBJECT_BLOCKERS or nxt[0] in _SPEECH or nxt[0] in _FINITE:
        return None  # "what Kyiv wants is ...": no object
    if nxt[0] in _PREPOSITIONS or nxt[0].endswith("ly"):
        t = re.compile(r"[^,;:.]{0,60}?\bthat\s+").match(text, end)  # "demanded on Monday that"
        return _that_content(text, t.end()) if t else None
    return m.end()


def _on_that_content(text: str, end: int) -> int | None:
    """"insists on X", "insisted that X", also after an aside ("insisted, as before, on X")."""
    if m := re.compile(r",[^,;:.]{1,40},(?=\s+(?:on|upon|that)\s)").match(text, end):
        end = m.end()
    if m := re.compile(r"\s+(?:on|upon)\s+").match(text, end):
        return m.end()
    if m := re.compile(r"\s+that\s+").match(text, end):
        return _that_content(text, m.end())
    return None


def _for_content(text: str, end: int) -> int | None:
    """"called for X", and "pushed for:" introducing a list."""
    m = re.compile(r"\s+for(?:\s*:\s*|\s+)").match(text, end)
    return m.end() if m else None


def _on_to_content(text: str, end: int) -> int | None:
    m = re.compile(r"\s+on\s+(?P<x>[^,;:.]{1,60}?)\s+to\s+(?=[a-z])").match(text, end)
    return m.start("x") if m else None


def _x_to_content(text: str, end: int) -> int | None:
    m = re.compile(r"\s+(?:(?P<x>[^,;:.]{1,60}?)\s+)?to\s+(?=[a-z])").match(text, end)
    if not m or not _demanding_infinitive(text, m.end()):
        return None
    if m.group("x") is None:
        return m.end()
    first = _next_words(text, m.start("x"))
    if first and (first[0] in _PREPOSITIONS or first[0] in lex.QUESTION_WORDS):
        return None
    return m.start("x")


def _np_content(text: str, end: int) -> int | None:
    """Only a noun phrase ("we need a ceasefire"): "Kyiv needs to ..." is a duty (a must cue)."""
    if re.compile(r"\s+to\s").match(text, end):
        return None
    return _object_content(text, end)


def _for_to_content(text: str, end: int) -> int | None:
    """"waiting for Kyiv to propose dates": what the other side is expected to do."""
    m = re.compile(r"\s+for\s+(?P<x>[^,;:.]{1,60}?)\s+to\s+(?=[a-z])").match(text, end)
    return m.start("x") if m and _demanding_infinitive(text, m.end()) else None


_DEADLINE_RX = re.compile(
    rf"\s+(?:[^,;:.]{{1,40}}?\s+)??(?P<t>(?:(?:\d+|{phrase_alt(lex.NUMBER_WORDS)})\s+)?"
    rf"(?:{phrase_alt(lex.TIME_UNITS)})|until\s+[^,;:.]{{1,25}}?)\s+to\s+(?=[a-z])",
    re.IGNORECASE,
)


def _deadline_content(text: str, end: int) -> int | None:
    """"gave Russia 50 days to reach a deal": the deadline and what must happen by then."""
    m = _DEADLINE_RX.match(text, end)
    if not m or not _demanding_infinitive(text, m.end()):
        return None
    act = re.compile(r"[^,;:.!?]*").match(text, m.end())
    return m.start("t") if act and _names_topic(act.group()) else None  # not "weeks to advance"


_FORESEEN_RX = re.compile(whole_words(lex.FORESEEN_INFINITIVES), re.IGNORECASE)


def _expect_content(text: str, end: int) -> int | None:
    """"Moscow expects Washington to use its influence": what one side asks of another - not a
    forecast ("expects the talks to be difficult")."""
    content = _obj_to_content(text, end)
    if content is None:
        return None
    to = re.compile(r"[^,;:.]*?\bto\s+").match(text, content)
    return None if to and _FORESEEN_RX.match(text, to.end()) else content


def _obj_to_content(text: str, end: int) -> int | None:
    """Like x_to, but the object is required ("pressed Kyiv to ...", not "pushed to the south")."""
    if re.compile(r"\s+to\s").match(text, end):
        return None
    return _x_to_content(text, end)


def _x_for_content(text: str, end: int) -> int | None:
    m = re.compile(r"\s+(?P<x>[^,;:.]{1,50}?)\s+for\s+").match(text, end)
    if not m or (_next_words(text, m.start("x"))[:1] and _next_words(text, m.start("x"))[0]
                 in _PREPOSITIONS):
        return None
    return m.end()


_SUGGEST_RX = re.compile(
    rf"\s+(?:that\s+)?(?P<x>(?:[\w'’-]+\s+){{1,5}}?)(?:{phrase_alt(lex.SUGGEST_MODALS)})\s+"
    r"(?!be\b)[a-z]",
    re.IGNORECASE,
)


def _suggest_content(text: str, end: int) -> int | None:
    """"suggested setting up X", "suggested (that) the Vatican could host": a proposal, while
    "suggested that Moscow was stalling" is only speech."""
    if (m := re.compile(r"\s+(?=[a-z]+ing\b)").match(text, end)) and _next_words(
            text, m.end())[0] not in _JUNK:
        return m.end()  # a gerund, not "nothing" or "during"
    if m := _SUGGEST_RX.match(text, end):
        return m.start("x")
    if (m := re.compile(r"\s+").match(text, end)) and _next_words(text, m.end())[:1] and (
            _next_words(text, m.end())[0] in _DETERMINERS - {"that"}):
        return m.end()  # "suggested a pause in strikes" (weak: the content must be topical)
    return None


_GRAMMARS = {
    "object": _object_content,
    "on_that": _on_that_content,
    "for": _for_content,
    "on_to": _on_to_content,
    "x_to": _x_to_content,
    "obj_to": _obj_to_content,
    "x_for": _x_for_content,
    "suggest": _suggest_content,
    "np": _np_content,
    "expect": _expect_content,
    "deadline": _deadline_content,
    "for_to": _for_to_content,
}
