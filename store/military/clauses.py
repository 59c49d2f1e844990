"""Clause splitting: the stretches of a sentence that may each report their own event.

One sentence often tells an attack, its interception and ground taken, so it is cut at
conjunctions, at a second verb phrase of the same subject ("captured two villages and downed 49
drones") and at a count of part ("110 drones, of which 65 were shot down"); each clause
remembers whether it shares the previous subject or counts part of what it counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.demands import phrase_alt
from store.lexicon import military as lex
from store.military.words import _HAVE, _PASSIVE, _lower, _next_words
from store.tokens import compile_filtered

# verb forms that can open a second verb phrase after "and": not a noun ("attacks and strikes")
# nor a present tense
_CONJUNCT_VERBS = [v for v in (*lex.AGENT_VERBS, *lex.WEAK_AGENT_VERBS, *lex.VICTIM_VERBS)
                   if v.lower() not in _lower([*lex.EVENT_NOUNS, *lex.WEAK_EVENT_NOUNS, *lex.UNITS])
                   and not v.endswith("s")]
_VP_AND_RX = compile_filtered(
    rf"(?<!,)\s+and\s+(?=(?:(?:{phrase_alt(lex.VP_CONJUNCT_ADVERBS)})\s+){{0,2}}"
    rf"(?:{phrase_alt(_CONJUNCT_VERBS)})(?![\w-]))", re.IGNORECASE)
_CLAUSE_RX = re.compile(
    rf";|,\s+(?:{phrase_alt(lex.CLAUSE_SPLITS)})\s+|\s(?:{phrase_alt(lex.BARE_CLAUSE_SPLITS)})\s"
    rf"|,\s+(?=(?:\S+\s+)?(?:{phrase_alt(lex.PARTITIVE_RELATIVES)})\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Clause:
    start: int
    end: int
    shared: bool = False  # a second verb phrase of the previous clause's subject ("and downed")
    part: bool = False  # counts part of what the previous clause counted ("23 of them")


def _clauses(text: str) -> list[_Clause]:
    """Independent clauses of a sentence, and the verb phrases that share a subject ("its forces
    captured two villages and downed 49 drones"); each may report its own event."""
    cuts = sorted([(m.start(), m.end(), False) for m in _CLAUSE_RX.finditer(text)]
                  + [(m.start(), m.end(), True) for m in _VP_AND_RX.finditer(text)])
    out, start, shared = [], 0, False
    for a, b, vp in cuts:
        if a < start:
            continue
        out.append(_clause(text, start, a, shared))
        start, shared = b, vp
    out.append(_clause(text, start, len(text), shared))
    return [c for c in out if c.end > c.start]


def _clause(text: str, start: int, end: int, vp: bool) -> _Clause:
    """A clause opening on an auxiliary (", and had knocked out 34%") has no subject of its own."""
    first = _next_words(text, start)
    return _Clause(start, end, vp or bool(first and first[0] in _HAVE | _PASSIVE),
                   bool(_PART_RX.match(text, start)))


_PART_RX = re.compile(rf"(?:\S+\s+)?(?:{phrase_alt(lex.PARTITIVE_RELATIVES)})\b", re.IGNORECASE)
