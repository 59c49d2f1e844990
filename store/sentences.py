"""Article body -> sentences with exact offsets, robust to abbreviations, initials and quotes.

The splitter walks whitespace-separated tokens once (linear time) and decides at every token that
ends in ".", "!", "?" or an ellipsis whether a sentence ends there, looking only at that token and
the next few. Word lists (abbreviations, sentence starters, attribution verbs) live in
``store/lexicon/text.py``.
"""

from __future__ import annotations

import re

from store.lexicon.text import (
    CONDITIONAL_ABBREVIATIONS,
    COUNTRY_ABBREVIATIONS,
    NEVER_FINAL_ABBREVIATIONS,
    QUOTE_ATTRIBUTION_VERBS,
    SENTENCE_STARTERS,
)
from store.records import Sentence

_TOKEN = re.compile(r"\S+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_LINE = re.compile(r"\n\s*")
_OPENERS = "\"'“‘«„‚([{¿¡"
_CLOSERS = "\"'”’»)]}"
_ENDERS = ".!?…"
_WORD_PUNCT = _OPENERS + _CLOSERS + ".,;:!?…"
_DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.){2,}")
# "fleet.The": a plain lowercase word, end punctuation, then a capitalised word and nothing else
_GLUED = re.compile(
    r"([\"'“‘«(]*)([a-z][a-z'’-]*[a-z])([.!?]+[\"'”’»)]*)([A-Z][\w'’-]*)([^\w]*)"
)
_LIST_MARKER_MAX_DIGITS = 3
# a news sentence runs to a few hundred characters; a run with no sentence end for longer (a
# table, a transcript, a file that is no article) is cut at a word boundary, so that the readers,
# which look back across their sentence, stay linear in the length of any text
MAX_SENTENCE_CHARS = 1000
_ATTRIBUTION_WINDOW = 4  # "Mr. Ivan Petrov said": up to three capitalised words, then the verb


def split_sentences(body: str) -> list[Sentence]:
    """Sentences of `body` in order, each with offsets into `body` and its paragraph index."""
    sentences: list[Sentence] = []
    for paragraph, (start, end) in enumerate(_paragraph_spans(body)):
        for s, e in _sentence_spans(body, start, end):
            sentences.append(Sentence(len(sentences), s, e, body[s:e], paragraph))
    return sentences


def _paragraph_spans(body: str) -> list[tuple[int, int]]:
    """Non-blank paragraph spans: blank lines separate them, or single newlines if none exist."""
    separator = _BLANK_LINE if _BLANK_LINE.search(body) else _LINE
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in separator.finditer(body):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(body)))
    return [(s, e) for s, e in spans if body[s:e].strip()]


def _sentence_spans(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph; the paragraph end always closes a sentence."""
    tokens = [m.span() for m in _TOKEN.finditer(body, start, end)]
    spans: list[tuple[int, int]] = []
    sent_start: int | None = None
    last = len(tokens) - 1
    for i, (ts, te) in enumerate(tokens):
        if sent_start is not None and te - sent_start > MAX_SENTENCE_CHARS and i > 0 \
                and tokens[i - 1][1] > sent_start:
            spans.append((sent_start, tokens[i - 1][1]))  # too long: cut before this word
            sent_start = None
        if sent_start is None:
            sent_start = ts
        token = body[ts:te]
        if "." not in token and "!" not in token and "?" not in token and "…" not in token:
            if i == last:  # no stop, glued or final, in this token: only the paragraph ends
                spans.append((sent_start, te))
            continue
        glued = _glued_split(token)
        if glued is not None:
            spans.append((sent_start, ts + glued))
            sent_start = ts + glued
        if i == last or (_may_end(token) and _ends_sentence(
                token, [body[s:e] for s, e in tokens[i + 1 : i + 1 + _ATTRIBUTION_WINDOW]],
                first=sent_start == ts)):
            spans.append((sent_start, te))
            sent_start = None
    return spans


def _may_end(token: str) -> bool:
    """The first test of _ends_sentence, before the following tokens are gathered for it."""
    core = token.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _ENDERS


def _glued_split(token: str) -> int | None:
    """Offset inside a token like "fleet.The" where a missing space hides a sentence end."""
    if "." not in token and "!" not in token and "?" not in token:
        return None  # _GLUED needs one of them
    m = _GLUED.fullmatch(token)
    if m is None:
        return None
    word = m.group(2)
    if _is_abbreviation(word + "."):
        return None
    return m.end(3)


def _ends_sentence(token: str, following: list[str], first: bool) -> bool:
    """Whether the sentence ends after `token`, given the next few tokens of the paragraph."""
    core = token.rstrip(_CLOSERS)
    if not core or core[-1] not in _ENDERS:
        return False
    nxt = following[0].lstrip(_OPENERS)
    if not any(ch.isalnum() for ch in nxt) or nxt[:1].islower():
        return False
    quoted = core != token
    if core[-1] != "." or core.endswith(".."):
        return not (quoted and _attribution_follows(following, tail_only=False))
    if quoted and _attribution_follows(following, tail_only=True):
        return False
    return _period_ends(core[:-1].lstrip(_OPENERS), following[0], first)


def _period_ends(word: str, next_token: str, first: bool) -> bool:
    """Whether a period after `word` is a full stop rather than part of an abbreviation."""
    abbr = (word + ".").lower()
    if abbr in NEVER_FINAL_ABBREVIATIONS:
        return False
    if not word:
        return True
    if first and word.isdigit() and len(word) <= _LIST_MARKER_MAX_DIGITS:
        return False  # "1. Ukraine withdraws ..." is a list item, not a sentence "1."
    if _is_abbreviation(abbr):
        return _is_starter(next_token)
    if len(word) == 1 and word.isupper():  # an initial: "Donald J. Trump", "J. D. Vance"
        return _is_starter(next_token) and len(next_token.strip(_WORD_PUNCT)) > 1
    return True


def _is_abbreviation(abbr: str) -> bool:
    """Abbreviations that end a sentence only before a typical sentence starter."""
    low = abbr.lower()
    return (
        low in CONDITIONAL_ABBREVIATIONS
        or low in COUNTRY_ABBREVIATIONS
        or low in NEVER_FINAL_ABBREVIATIONS
        or _DOTTED.fullmatch(abbr) is not None
    )


def _is_starter(token: str) -> bool:
    """A word that typically opens a sentence, or an opening quote before a capital letter."""
    if token[:1] in _OPENERS and token[1:2].isupper():
        return True
    return token.strip(_WORD_PUNCT) in SENTENCE_STARTERS


def _attribution_follows(following: list[str], tail_only: bool) -> bool:
    """'"Is it over?" Zelensky asked.': capitalised words then an attribution verb follow.

    With `tail_only` the verb must also close the clause ('... Peskov said.'), so that a quote
    ending in a full stop is only glued to a short attribution, never to a new sentence.
    """
    for k, token in enumerate(following):
        word = token.strip(_WORD_PUNCT)
        if word.lower() in QUOTE_ATTRIBUTION_VERBS and k > 0:
            return not tail_only or token[-1:] in ".,;:!?"
        if not word[:1].isupper():
            return False
    return False
