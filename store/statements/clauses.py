"""Cutting a sentence into clauses that each hold one attribution, and trimming the words said.

One sentence may hold several attributions ("X said A, while Y said B", ", adding that", "and
said", "but cautioned that"): it is cut only where an attribution starts after the cut, never
inside quote marks, and each piece keeps its body offsets so that a frame reads it like a
sentence. Every frame trims the words said the same way (keeping the dot of "the U.S.") and
leaves a clause that is itself a quote to the quote.
"""

from __future__ import annotations

import re

from store.lexicon.speech import SPEAKER_ROLE_NOUNS, SPEECH_VERBS
from store.records import Sentence
from store.statements.context import _Context
from store.statements.words import (
    _SAYING,
    TITLE_WORDS,
    _skip_apposition,
    _speech_verb,
    _verb_follows,
    _words,
)

# where one sentence holds several attributions: "X said A, while Y said B", ", adding that",
# "and said", "but cautioned that"; a cut is kept only where an attribution starts after it
_CUT = re.compile(
    r";\s+|,\s+(?=(?:and|but|while|whereas)\s)|,\s+(?=[a-z]+ing\b)"
    r"|\s+(?=(?:and|but|while)\s+[a-z]+\b)|\s+(?=[a-z]+ing\s+that\b)")
_CONJUNCTION = re.compile(r"(?:(?:and|but|while|whereas)\s+)?")

_NAME_LEADS = frozenset({"his", "her", "its", "their", "the", "a", "an", "s", "’s", "'s"})


def _segments(ctx: _Context, sent: Sentence) -> list[Sentence]:
    """The sentence cut where a new attribution starts; each piece keeps body offsets. Kept
    on the context: reported speech is read twice over the same article."""
    pieces = ctx.segments.get(sent.index)
    if pieces is None:
        pieces = ctx.segments[sent.index] = _cut(ctx, sent)
    return pieces


def _cut(ctx: _Context, sent: Sentence) -> list[Sentence]:
    cuts = [0]
    for m in _CUT.finditer(sent.text):
        if ctx.in_quote(sent.start + m.start()):
            continue  # '"..., but it turns out to be meaningless," Trump said'
        if m.group().strip() == ";" or _opens_attribution(ctx, sent.start + m.end(), sent.end):
            cuts.append(m.end())
    cuts.append(len(sent.text))
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = sent.text[a:b].rstrip(" ,;")
        if piece.strip():
            pieces.append(Sentence(sent.index, sent.start + a, sent.start + a + len(piece),
                                   piece, sent.paragraph))
    return pieces


def _finite(verb: str) -> bool:
    """ "said", "cautioned", "says", "cautioning": a verb with its own subject, not the bare
    infinitive of "would ... and continue"."""
    return verb.endswith(("ed", "ing")) or verb in ("said", "told", "wrote", "thought") or (
        verb.endswith("s") and (verb[:-1] in SPEECH_VERBS or verb[:-2] in SPEECH_VERBS))


def _opens_attribution(ctx: _Context, at: int, end: int) -> bool:
    """After a cut: a speech verb carrying on the subject ("and said", "adding that", "but
    cautioned that"), or a new speaker with a verb ("while his deputy, X, said")."""
    rest = ctx.body[at:end]
    conj = _CONJUNCTION.match(rest)
    verb = _speech_verb(rest[conj.end():], _SAYING)
    if verb is not None and (not conj.group() or _finite(verb[0])):
        return True  # not "agreed to swap prisoners and continue talks"
    if not conj.group() or ctx.body[at - 2 : at - 1] not in (",", ";"):
        return False
    for m in ctx.speakers_between(at, min(end, at + 80)):
        lead = [w.lower() for w in _words(ctx.body[at + conj.end() : m.start])]
        if not all(w in _NAME_LEADS or w in TITLE_WORDS or w in SPEAKER_ROLE_NOUNS
                   for w in lead):
            break  # ", and dozens were wounded, Zelensky said": no new subject
        after = ctx.body[m.end : end]
        if _verb_follows(after) or _verb_follows(_skip_apposition(after)):
            return True
    return False


def _clause(text: str) -> str:
    """Trim a clause, keeping the final dot of an abbreviation ("the U.S.")."""
    text = text.strip().strip(",").strip().lstrip("-–—•*: ").strip()
    if text.endswith(".") and not re.search(r"(?:\b[A-Z]\.){2,}$", text):
        text = text[:-1].rstrip()
    return text


def _clause_span(body: str, clause: str, at: int) -> tuple[int, int]:
    """Body offsets of a trimmed clause read from `at` on: where it stands, or for a clause
    stitched around an aside ("The settlement, he said, was complex") from its first word to its
    last, each word found in turn; `at` is only a fallback when the words cannot be found."""
    start = body.find(clause, at)
    if start != -1:
        return start, start + len(clause)
    words = clause.split()
    pos = start = body.find(words[0], at) if words else -1
    for word in words:
        pos = body.find(word, pos)
        if pos == -1:
            return at, at
        pos += len(word)
    return (start, pos) if start != -1 else (at, at)


def _quoted(text: str) -> bool:
    return text[:1] in "\"“«„'‘"
