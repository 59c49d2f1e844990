"""What a cue demands: its content items, and the spans other extractors must skip.

Content runs to the next cue, the end of its clause or, after a colon, over a list's semicolons;
it is split into items and items that demand nothing are dropped (a bare "peace", a bare name, a
summary such as "two options"). demand_spans gives the same cue-plus-content spans to
store.military, which must not read military facts out of demanded content.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.demands.clauses import _clause_end, _skip_lead
from store.demands.condition_cues import _joint
from store.demands.cue import Cue
from store.demands.cues import _offsets, find_cues
from store.demands.items import _Item, _split_items
from store.demands.mentions import Placed, _span_at
from store.demands.noun_cues import _COPULA_RX
from store.demands.reading import _Ctx
from store.demands.words import (
    _DETERMINERS,
    _FINITE,
    _WORD,
    _next_words,
    phrase_alt,
    verb_follows,
    whole_words,
)
from store.lexicon import demands as lex
from store.tokens import keyed_cache

_NOT_DEMANDED_RX = re.compile(
    rf"(?:{phrase_alt(lex.NOT_DEMANDED)})\b|(?:{phrase_alt(lex.SUMMARY_COUNTS)})\s+"
    rf"(?:[\w-]+\s+)?(?:{phrase_alt(lex.SUMMARY_NOUNS)})\b",
    re.IGNORECASE,
)
# "Putin wants war": an aim ascribed by the other side, not a demand (the whole item only)
_HOSTILE_AIM_RX = re.compile(
    rf"(?:(?:{phrase_alt(lex.DETERMINERS)}|more)\s+)?(?:{phrase_alt(lex.HOSTILE_AIMS)})",
    re.IGNORECASE,
)
# "came to seek peace", "a just and lasting peace": an aim, not a term (the whole item only)
_GENERIC_AIM_RX = re.compile(
    rf"(?:(?:{phrase_alt(lex.DETERMINERS)})\s+)?(?:(?:{phrase_alt(lex.GENERIC_AIM_ADJECTIVES)})"
    rf"(?:\s*,\s*|\s+and\s+|\s+))*(?:{phrase_alt(lex.GENERIC_AIMS)})",
    re.IGNORECASE,
)
# "Moscow has tabled its draft": the document itself; its content is what is demanded
_BARE_DOCUMENT_RX = re.compile(
    rf"(?:(?:{phrase_alt(lex.DETERMINERS)})\s+)?(?:[\w-]+\s+)?{whole_words(lex.DOCUMENT_NOUNS)}",
    re.IGNORECASE,
)


_FINITE_RX = re.compile(rf"\s(?:{phrase_alt(lex.FINITE_VERBS)})\b", re.IGNORECASE)


def _next_cue_start(cues: Sequence[Cue], cue: Cue) -> int | None:
    """Start of the first later cue, which ends this cue's content ("X in exchange for Y")."""
    later = [c.start for c in cues if c.start >= cue.content and c.kind != "must"
             and c is not cue]
    return min(later) if later else None


_LIST_LEAD_RX = re.compile(r"(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s*:\s+")
_LIST_LEADS = frozenset({*lex.LIST_LEAD_WORDS, *lex.SUMMARY_COUNTS, *lex.SUMMARY_NOUNS})


def _content_items(text: str, cue: Cue, limit: int | None, spans: Sequence[Placed]) -> list[_Item]:
    """The demanded items; after a colon ("put forward three points: A; B; and C") the list runs
    on past semicolons, which then separate its items."""
    full = len(text) if limit is None else limit
    start = cue.content
    lead = _LIST_LEAD_RX.match(text, _skip_lead(text, start))
    words = set(_WORD.findall(lead.group().lower())) if lead else set()
    if lead and lead.end() < full and words & _LIST_LEADS and not words & _FINITE:
        start = lead.end()  # "an agenda of three items: ..."
    elif not text[:start].rstrip().endswith(":"):
        colon = re.compile(r":\s").search(text, _skip_lead(text, start), full)
        end = _clause_end(text, start, colon.start() if colon else full)  # "a truce: Moscow ..."
        if cue.kind == "noun" and not _COPULA_RX.match(text, cue.end) and (
                aux := _FINITE_RX.search(text, start, end)):
            end = aux.start()  # "Putin's offer of talks was welcomed": the noun was a subject
        return _split_items(text, start, end, spans)
    items = []
    for piece in re.compile(r"[^;]+").finditer(text, start, full):
        items += _split_items(text, piece.start(), _clause_end(text, piece.start(), piece.end()),
                              spans)
    return items


_RECIPIENT_RX = re.compile(whole_words(lex.RECIPIENT_PRONOUNS), re.IGNORECASE)


def _recipient_end(ctx: _Ctx, pos: int) -> int | None:
    """End of an indirect object opening a verb's content ("offered Kyiv a truce"): a mention
    followed by a noun phrase rather than by its own verb."""
    start = _skip_lead(ctx.text, pos)
    if (pro := _RECIPIENT_RX.match(ctx.text, start)) and set(
            _next_words(ctx.text, pro.end())) & _DETERMINERS:
        return pro.end()  # "offered us a pause"
    p = _span_at(ctx.spans, start, ctx.text)
    nxt = _next_words(ctx.text, p.end) if p else []
    if not nxt or verb_follows(ctx.text, p.end) or not (
            nxt[0] in _DETERMINERS or nxt[0] in lex.SUMMARY_COUNTS or nxt[0][:1].isdigit()):
        return None
    return p.end


def _demanded_items(ctx: _Ctx, cue: Cue, cues: Sequence[Cue]) -> list[_Item]:
    """The cue's content items (up to the next cue), without those that demand nothing."""
    text = ctx.text
    limit = _next_cue_start(cues, cue)
    if limit is not None:
        limit = len(text[:limit].rstrip(" ,;").removesuffix(" and").rstrip(" ,"))
    if cue.limit is not None:
        limit = cue.limit if limit is None else min(limit, cue.limit)
    return [i for i in _content_items(text, cue, limit, ctx.spans)
            if not _NOT_DEMANDED_RX.match(i.text) and not _HOSTILE_AIM_RX.fullmatch(i.text)
            and not _GENERIC_AIM_RX.fullmatch(i.text)
            and not _BARE_DOCUMENT_RX.fullmatch(i.text)
            and not (_bare_mention(text, i, ctx.spans) and not text.rstrip().endswith(":"))
            and not (cue.kind == "condition" and _joint(i.text, 0))]


def _intro_prefix(text: str, items: Sequence[_Item], spans: Sequence[Placed]) -> str | None:
    """The unfinished clause of a list intro ("urged partners to:", "demand that Ukraine:"), which
    each item line completes; None when the content does not stop short at a final colon."""
    if len(items) != 1 or not text.rstrip().endswith(":") or items[0].end < len(
            text.rstrip()) - 2:
        return None
    words = _WORD.findall(items[0].text)
    if (words and words[-1].lower() in lex.UNFINISHED_ENDS) or _bare_mention(
            text, items[0], spans):
        return items[0].text
    return None


def _bare_mention(text: str, item: _Item, spans: Sequence[Placed]) -> bool:
    """An item that only names an actor ("Ukraine"): a subject whose verb never came."""
    return any(item.text.lower().removeprefix("the ") == text[p.start:p.end].lower()
               .removeprefix("the ") for p in spans)


def demand_spans(text: str, spans: Sequence[Placed] = ()) -> list[tuple[int, int]]:
    """(start, end) of every cue and the content it governs, so other extractors can skip them."""
    return list(_demand_spans(text, spans))


@keyed_cache(_offsets)
def _demand_spans(text: str, spans: Sequence[Placed] = ()) -> tuple[tuple[int, int], ...]:
    cues = find_cues(text, spans)
    out = []
    for cue in cues:
        limit = _next_cue_start(cues, cue)
        if cue.limit is not None:
            limit = cue.limit if limit is None else min(limit, cue.limit)
        end = _clause_end(text, cue.content, len(text) if limit is None else limit)
        out.append((min(cue.start, cue.content), max(cue.end, end)))
    return tuple(out)
