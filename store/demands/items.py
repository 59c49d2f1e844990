"""Cutting demanded content into one item per conjoined demand, carrying a shared subject along.

"only if Ukraine halts mobilization and stops receiving aid" gives two demands, "a meeting between
X and Y" one. Whether a comma or "and" separates demands or joins words inside one is the subtlest
rule of the extractor, so it lives on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from store.demands.clauses import _skip_lead
from store.demands.mentions import Placed, _span_at
from store.demands.words import (
    _COND_VERB_FORMS,
    _DETERMINERS,
    _FINITE,
    _NOT_ITEM_HEADS,
    _PREPOSITIONS,
    _PRONOUNS,
    _SPEECH,
    _WORD,
    _meaningful,
    _next_words,
    _prev_words,
    phrase_alt,
    verb_follows,
)
from store.lexicon import demands as lex

_ALWAYS_SEP = rf"(?:,\s*|\s+)(?:{phrase_alt(lex.ITEM_SEPARATORS)})\s+"
_ELABORATION_SEP = (rf",\s*(?:{phrase_alt(lex.ELABORATION_MARKERS)})\s+"
                    rf"(?=to\s+[a-z]|(?:{phrase_alt(lex.DETERMINERS)})\s)")
_SEP_RX = re.compile(
    rf"(?P<always>{_ALWAYS_SEP}|{_ELABORATION_SEP})"
    r"|(?P<checked>,\s+(?:and|or)\s+|\s+and\s+|,\s+)",
    re.IGNORECASE,
)
_INLINE_LIST_RX = re.compile(r"(?:^|\s)(?:\(?\d{1,2}[.)]|[•▪●])\s+")
_MODAL_PREFIX_RX = re.compile(rf"\s+(?:{phrase_alt(lex.MODAL_PREFIXES)})(?=\s)", re.IGNORECASE)

_ITEM_LEAD_RX = re.compile(rf"^(?:[\"“”'‘’:]|(?:{phrase_alt(lex.ITEM_LEAD_WORDS)})\b)\s*",
                           re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Item:
    text: str
    start: int
    end: int


def _leading_prefix(text: str, start: int, spans: Sequence[Placed]) -> str | None:
    """"Ukraine" or "Kyiv must" when the content opens with a subject: carried into later items."""
    p = _span_at(spans, start, text)
    if p is None or not verb_follows(text, p.end):
        return None
    m = _MODAL_PREFIX_RX.match(text, p.end)
    return text[start:m.end() if m else p.end]


_INFINITIVE_RX = re.compile(rf"\sto\s+(?!(?:{phrase_alt(lex.DETERMINERS)})\b)[a-z]+\s")


_CAPITALISED_RX = re.compile(r"[\w'’-]+\s+(?P<w>[A-Z][\w'’-]*)")


def _proper_name_follows(text: str, pos: int) -> bool:
    """Whether a determiner at `pos` opens a proper name ("the Donetsk ..."), not a nationality
    adjective ("the Russian side")."""
    m = _CAPITALISED_RX.match(text, pos)
    if m and m.group("w") in lex.DEMONYMS:  # "the Russian Orthodox Church" is still a name
        m = _CAPITALISED_RX.match(text, m.start("w"))
    return bool(m) and m.group("w") not in lex.DEMONYMS


_DEFINITE = _DETERMINERS - set(lex.INDEFINITE_DETERMINERS)
# "... of Crimea": an item ending in the proper-name object of "of"
_OF_NAME_END_RX = re.compile(r"\bof\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
# "the lifting of ...", "a ban on ...": a noun phrase that is an item of its own
_NOMINAL_RX = re.compile(
    rf"(?:[\w'’-]+\s+){{1,3}}?(?:{phrase_alt(lex.ITEM_PREPOSITIONS)})\s", re.IGNORECASE)


def _split_decision(
    text: str, cur: int, sep: re.Match[str], spans: Sequence[Placed], prefix: str | None
) -> str:
    """What a comma / "and" between two stretches of content means: split, carry, end or none."""
    rest = sep.end()
    words = _next_words(text, rest, 2)
    if not words:
        return "none"
    w, nxt = words[0], words[1] if len(words) > 1 else ""
    so_far = [x.lower() for x in _WORD.findall(text[cur:sep.start()])]
    if w in lex.LEAD_WORDS and w in _prev_words(text, cur, 1) and "and" in sep.group().lower():
        return "split"  # "ready for a truce and for talks": the cue's preposition again
    if lex.BETWEEN in so_far and "and" in sep.group().lower() and "and" not in so_far[
            so_far.index(lex.BETWEEN):]:
        return "none"  # "a meeting between X and Y"
    subj = _span_at(spans, rest, text)
    if subj is not None and (first := _span_at(spans, cur, text)) and first.end == sep.start():
        return "none"  # "Russia and Ukraine must ...": one coordinated subject
    if subj is not None or w in _PRONOUNS:
        after = subj.end if subj is not None else rest + len(w)
        if not verb_follows(text, after):
            return "none"
        return "split" if prefix is not None else "end"
    if (w in _DETERMINERS or nxt == "to") and "," not in sep.group() and _INFINITIVE_RX.search(
            text, cur + 1, sep.start()):
        return "none"  # "a truce to evacuate the wounded and the dead", "... to allow medics to
        # reach the wounded and soldiers to recover the dead": all inside the purpose infinitive
    if w in _DETERMINERS and _proper_name_follows(text, rest):
        return "none"  # "recognition of Crimea, the Donetsk region and ...": one list of places
    if w in _DEFINITE and "," not in sep.group() and _OF_NAME_END_RX.search(
            text, cur, sep.start()) and not _NOMINAL_RX.match(text, rest):
        return "none"  # "recognition of Crimea and those four regions": both objects of "of"
        # (not "the return of Crimea and a truce": an indefinite starts a new item)
    if w in _DETERMINERS and _clause_follows(text, rest):  # a new clause with its own verb:
        return "split" if prefix is not None else "end"  # a further condition ("only if Kyiv
        # withdraws and the swap is done"), else no item ("..., and the only result was a swap")
    if w in _DETERMINERS or (w == "to" and nxt and nxt not in _DETERMINERS):
        return "split"  # "... and the return of", "... and to introduce"
    if not text[rest:rest + 1].islower():
        return "none"
    if w in _COND_VERB_FORMS:
        return "carry" if prefix is not None else "split"
    if w in lex.MODIFIER_PARTICIPLES:
        return "none"  # "all prisoners and abducted children": an adjective, not a new verb
    if w.endswith("ed") or w in _SPEECH or (w in _FINITE and "and" in sep.group().lower()):
        return "end"  # "..., and announced new aid", "and had": a new predicate of the subject
    if w in lex.EXCEPTIONS:
        return "none"  # ", except to pull them back"
    if nxt in lex.ITEM_PREPOSITIONS and not w.endswith(("ed", "ly")) and w not in _NOT_ITEM_HEADS:
        return "split"
    first = so_far[0] if so_far else ""
    if w.endswith("ing") and first.endswith("ing"):
        return "split"
    return "none"


def _clause_follows(text: str, pos: int) -> bool:
    """Whether the noun phrase at `pos` is the subject of its own finite verb ("the only result
    was ..."), not a further item ("the return of children who were taken")."""
    for w in _next_words(text, pos, 6)[1:]:
        if w in _FINITE:
            return True
        if w in _PREPOSITIONS or w in lex.RELATIVE_PRONOUNS or w == "that":
            return False
    return False


_TRAILING_ASIDE_RX = re.compile(r"(?<=\w)\s(?:[—–]|--)\s[^—–]+\s(?:[—–]|--)\W*$")


def _clean(text: str) -> str:
    """Trim an item to its words: no leading link words, quotes or trailing punctuation."""
    text = " ".join(text.split())
    text = _ITEM_LEAD_RX.sub("", text)
    text = _TRAILING_ASIDE_RX.sub("", text)  # "three groups – on political issues –"
    text = re.sub(r"[\s.,;:!?]+(?=[\"”]$)", "", text)  # '30 days "from any moment,"'
    for quote in ('"', "“", "”"):
        if text.count(quote) == 1 and text.count("“") + text.count("”") != 2:
            text = text.replace(quote, "")  # the quote opens or closes outside the item
    text = text.strip(" .,;:!?'‘’—–-")
    if text[:1] in ('"', "“") and text[-1:] in ('"', "”") and text.count(text[-1]) <= 2:
        text = text[1:-1].strip()  # a wholly quoted item
    words = text.split()
    return " ".join(words[:lex.MAX_ITEM_WORDS])


def _serial_list(cuts: list[tuple[re.Match[str], str]]) -> list[tuple[re.Match[str], str]]:
    """In "A of X and the Y, B, C and D" only the last "and" joins items: a bare "and" before a
    comma that separates items joins words inside one item."""
    commas = [i for i, (sep, _) in enumerate(cuts) if sep.group().strip() == ","]
    if not commas:
        return cuts
    return [c for i, c in enumerate(cuts)
            if i > commas[-1] or c[0].group().strip().lower() != "and" or c[1] != "split"]


def _split_items(text: str, start: int, end: int, spans: Sequence[Placed]) -> list[_Item]:
    """Cut demanded content into conjoined items, carrying a shared subject into later ones."""
    start = _skip_lead(text, start)
    if start >= end:
        return []
    inline = [m for m in _INLINE_LIST_RX.finditer(text, start, end)]
    if len(inline) >= 2:
        bounds = [m.end() for m in inline]
        ends = [m.start() for m in inline[1:]] + [end]
        return [_Item(_clean(text[a:b]), a, b) for a, b in zip(bounds, ends, strict=True)
                if _meaningful(text[a:b])]
    prefix = _leading_prefix(text, start, spans)
    cuts: list[tuple[re.Match[str], str]] = []
    cur = start
    for sep in _SEP_RX.finditer(text, start, end):
        if sep.start() < cur:
            continue
        decision = "split" if sep.group("always") else _split_decision(
            text, cur, sep, spans, prefix)
        if decision == "end":
            end = sep.start()
            break
        if decision in ("split", "carry"):
            cuts.append((sep, decision))
            cur = sep.end()
    pieces: list[tuple[int, int, bool]] = []
    cur, carry = start, False
    for sep, decision in _serial_list(cuts):
        pieces.append((cur, sep.start(), carry))
        cur, carry = sep.end(), decision == "carry"
    pieces.append((cur, end, carry))
    items = []
    for a, b, carried in pieces:
        body = _clean(text[a:b])
        if carried and prefix:
            body = f"{' '.join(prefix.split())} {body}"
        if _meaningful(body):
            items.append(_Item(body, a, b))
    return items
