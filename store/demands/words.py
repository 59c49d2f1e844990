"""Word-level helpers shared by every part of the demand extractor and by store.military.

Regex alternations built from lexicon phrases, the words just before or after a position, whether
a verb phrase follows a subject, and the lexicon's word lists turned into sets once: kept in one
place so cue finders, clause cutting and party resolution read the same words the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.lexicon import demands as lex
from store.tokens import alternation, compile_filtered
from store.tokens import next_words as _next_words  # noqa: F401 (shared with the cue modules)
from store.tokens import prev_words as _prev_words  # noqa: F401 (shared with the cue modules)


def phrase_alt(words: Iterable[str]) -> str:
    """Regex alternation of lexicon phrases, longest first, any whitespace between words (as a
    prefix tree when it can be: see store.tokens.alternation)."""
    return alternation(words)


def whole_words(words: Iterable[str]) -> str:
    """Whole-word alternation of lexicon phrases."""
    return rf"(?<![\w'’-])(?:{phrase_alt(words)})(?![\w-])"


_WORD = re.compile(r"[\w'’-]+")
_SPEECH = frozenset(lex.SPEECH_VERBS)
_COND_VERB_FORMS = frozenset(
    f for v in lex.CONDITION_VERBS
    for f in (v, v + "s", v + "es", v + "ed", v + "d", v + "ing", v[:-1] + "ies", v[:-1] + "ing")
)


_NOUN_CAPABLE = frozenset(f for _, forms, _ in lex.NOUN_CUES for f in forms)
_DETERMINERS = frozenset(lex.DETERMINERS)
_PREPOSITIONS = frozenset(lex.PREPOSITIONS)
_NEGATIONS = frozenset(lex.NEGATIONS)
_FINITE = frozenset(lex.FINITE_VERBS)
_IRREALIS = frozenset(lex.IRREALIS_WORDS)
_NOT_ITEM_HEADS = frozenset(lex.NOT_ITEM_HEADS)
_PRONOUNS = frozenset(lex.CLAUSE_PRONOUNS)
_SUBJECT_PRONOUNS = frozenset({*lex.PERSON_PRONOUNS, *lex.GROUP_PRONOUNS, *lex.SPEAKER_PRONOUNS})


_JUNK = frozenset({*_DETERMINERS, *_PREPOSITIONS, *_PRONOUNS, *lex.LIST_INTRO_WORDS,
                   *lex.EMPTY_WORDS, *lex.REFLEXIVES, "and", "or", "not"})


_DOC_RX = compile_filtered(whole_words(lex.DOCUMENT_NOUNS), re.IGNORECASE)
_REJECTION_RX = re.compile(whole_words(lex.REJECTION_WORDS), re.IGNORECASE)
_JOINT_RX = re.compile(whole_words(lex.JOINT_SUBJECTS), re.IGNORECASE)


_TOPIC_RX = re.compile(rf"\b(?:{'|'.join(re.escape(t) for t in lex.NEGOTIATION_TOPICS)})",
                       re.IGNORECASE)


_ADVERBIAL_RX = re.compile(
    rf"\s*(?:,[^,;]{{1,80}},\s*)?(?:(?:{'|'.join(lex.ADVERBIAL_LEADS)})\s+(?:[A-Z]\w+\s+)?)?"
)


def verb_follows(text: str, pos: int) -> bool:
    """Whether the words from `pos` (just after a subject) read like a verb phrase; an
    apposition or "on Monday" may come first ("Trump on Monday threatened")."""
    if m := _ADVERBIAL_RX.match(text, pos):
        pos = m.end()
    words = _next_words(text, pos, 1)
    if not words or words[0][0] in "'’":
        return False
    w = words[0]
    if w in lex.DETERMINERS or w in lex.PERSON_POSSESSIVES:
        return False  # "its", "this", "his": a noun phrase, not a verb
    return (w in lex.RELATIVE_STARTS or w in _SPEECH or w in _COND_VERB_FORMS
            or w.endswith("ed") or (w.endswith("s") and not w.endswith("ss"))
            or (w.endswith("ly") and w not in lex.NOT_ADVERBS) or w in lex.VERB_LIKE_WORDS)


def _negated(text: str, pos: int) -> bool:
    """True when one of the three words before `pos` negates it ("did not demand")."""
    words = _prev_words(text, pos, 3)
    return any(w in _NEGATIONS or w.endswith("n't") for w in words)


def _names_topic(span: str) -> bool:
    """Whether a stretch of text names something negotiated (a truce, a deal, prisoners...)."""
    return bool(_TOPIC_RX.search(span))


def _meaningful(item: str) -> bool:
    return any(len(w) > 2 and w.lower() not in _JUNK for w in _WORD.findall(item))
