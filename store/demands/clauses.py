"""Where a clause, and so a demand's content, ends - and where the clause holding a position starts.

Cue finders (is the content topical?), item splitting and party resolution all need the same
boundaries: a semicolon, a dash, a closing quote, ", but", an attribution such as ", Peskov said",
a leading "While ..., " whose mentions are not the subject.
"""

from __future__ import annotations

import re

from store.demands.words import (
    _FINITE,
    _NOUN_CAPABLE,
    _PRONOUNS,
    _SPEECH,
    _WORD,
    _next_words,
    phrase_alt,
    whole_words,
)
from store.lexicon import demands as lex
from store.tokens import compile_filtered

_LEAD_RX = re.compile(rf"(?:\s|[:\"“”'‘’]|\b(?:{phrase_alt(lex.LEAD_WORDS)})\s)*", re.IGNORECASE)
_HARD_END_RX = re.compile(
    r";|\s[—–]\s|\s--\s|,?[\"”](?=[\s,.;:!?]|$)|,\s*[\"”]|\s\((?=[a-z])"
    rf"|\s(?:{phrase_alt(lex.HARD_BREAKERS)})\s",
    re.IGNORECASE,
)
_AS_WELL_AS_RX = re.compile(rf"{phrase_alt([lex.AS_WELL_AS])}\b", re.IGNORECASE)
_BREAKER_RX = re.compile(rf"(?:{phrase_alt(lex.CLAUSE_BREAKERS)})\b", re.IGNORECASE)
# ", terms that Kyiv has rejected": a noun phrase summing up what came before
_APPOSITIVE_RX = compile_filtered(
    rf"(?:(?:{phrase_alt(lex.APPOSITIVE_DETERMINERS)})\s+)?(?:[\w-]+\s+)?"
    rf"(?:{whole_words([*_NOUN_CAPABLE, *lex.DOCUMENT_NOUNS, 'demands', 'conditions'])}"
    rf"|{whole_words(lex.APPOSITIVE_NOUNS)}(?=\s+(?:that|which)\b))",
    re.IGNORECASE,
)
_SUBORDINATE_RX = re.compile(rf"^\W*(?:{phrase_alt(lex.SUBORDINATORS)})\b[^,;]*,", re.IGNORECASE)
# "According to a source in the delegation, As reported, ...": openers that hold no subject
_INTRO_RX = re.compile(
    rf"^\W*(?:(?:{phrase_alt([*lex.SUBORDINATORS, *lex.INTRO_PHRASES])})\b[^,;]*,\s*)+",
    re.IGNORECASE,
)


def _skip_lead(text: str, pos: int) -> int:
    """Skip spaces, quotes and a leading "that"/"for"/"on" from `pos`."""
    m = _LEAD_RX.match(text, pos)
    return m.end() if m else pos


def _is_attribution(chunk: str) -> bool:
    """", Peskov said" / ", the ministry said in a statement": a short chunk with a speech verb."""
    words = [w.lower() for w in _WORD.findall(chunk.split(",")[0])]
    return 0 < len(words) <= 9 and any(w in _SPEECH for w in words[:6])


_DASH_RX = re.compile(r"\s[—–]\s|\s--\s")


def _dash_aside(text: str, dash: re.Match[str], limit: int) -> int | None:
    """End of a short aside between two dashes that the clause goes on after, else None."""
    if not _DASH_RX.fullmatch(dash.group()):
        return None
    close = _DASH_RX.search(text, dash.end(), limit)
    if close is None:
        return None
    words = [w.lower() for w in _WORD.findall(text, dash.end(), close.start())]
    after = _next_words(text, close.end())
    if not 0 < len(words) <= lex.MAX_ASIDE_WORDS or set(words) & (_FINITE | _SPEECH) or (
            not after or after[0] in lex.RELATIVE_PRONOUNS or after[0] in _PRONOUNS
            or after[0] == "that"):
        return None
    return close.end()


def _closes_inner_quote(text: str, start: int, end: re.Match[str]) -> bool:
    """Whether a closing quote mark ends a short quotation opened inside the content (a quoted
    whole content, or one opened before it, ends the clause)."""
    if not set(end.group()) & set('"”'):
        return False
    inner = text[start:end.start()].lstrip()
    if not inner or inner[0] in '"“':
        return False
    return inner.count('"') % 2 == 1 or inner.count("“") > inner.count("”")


_COMMA_RX = re.compile(r",\s+")


def _clause_end(text: str, start: int, limit: int) -> int:
    """End of the clause that starts at `start` (never past `limit`)."""
    end = limit
    pos = start
    while m := _HARD_END_RX.search(text, pos, end):
        if _closes_inner_quote(text, start, m):
            pos = m.end()  # 'an exchange on an "all for all" basis'
            continue
        if (aside := _dash_aside(text, m, limit)) is None:
            end = m.start()
            break
        pos = aside  # "three groups – on political and military issues – and truces"
    if (sub := _SUBORDINATE_RX.match(text)) and start < sub.end() - 1 < end:
        end = sub.end() - 1
    for c in _COMMA_RX.finditer(text, start, end):
        if _AS_WELL_AS_RX.match(text, c.end()):
            continue
        if (_BREAKER_RX.match(text, c.end()) or _APPOSITIVE_RX.match(text, c.end())
                or _is_attribution(text[c.end():])):
            end = c.start()
            break
    while end > start and text[end - 1] in " .,:;!?\"”'’\n":
        end -= 1
    return end


_SEGMENT_RX = re.compile(
    rf";|\s[—–]\s|\s--\s|,\s+(?:{phrase_alt(lex.SEGMENT_BREAKERS)})\b"
    rf"|\s(?:{phrase_alt(lex.SEGMENT_HARD_BREAKERS)})\s",
    re.IGNORECASE,
)


def _segment_start(text: str, pos: int) -> int:
    """Start of the clause holding `pos` (after a ';', a dash, ", but", a leading "While ... ,")."""
    start = 0
    for m in _SEGMENT_RX.finditer(text, 0, pos):
        start = m.end()
    if (sub := _INTRO_RX.match(text)) and sub.end() <= pos:
        start = max(start, sub.end())
    return start
