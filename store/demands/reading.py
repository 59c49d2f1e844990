"""What the reader carries: the sentence being read and what it remembers across sentences.

Speaker, subject and party rules all read the same context (the last proposing party, speaker,
subject, a pending list intro), so it lives apart from the reading loop that fills it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from store.demands.mentions import Placed
from store.records import LocalActor


@dataclass(slots=True)
class _State:
    """What the reader remembers across sentences."""

    names: frozenset[str]  # actor names of the article (valid parties)
    context: str | None = None  # last party that tabled a proposal or voiced a demand
    prev_person: LocalActor | None = None
    prev_speaker: LocalActor | None = None  # who a quote or "he said" most likely continues
    prev_group: LocalActor | None = None
    prev_subject: LocalActor | None = None  # what a sentence-initial "Its" refers back to
    pending: _Intro | None = None
    groups: list[LocalActor] = field(default_factory=list)  # non-person actors, in reading order


@dataclass(frozen=True, slots=True)
class _Intro:
    """A list intro ("Russia sets out these demands:") waiting for its item lines."""

    parties: tuple[str | None, ...]
    by: int | None
    cue: str
    date: date | None
    prefix: str = ""  # "partners to", "Ukraine": the intro's unfinished clause, read into each item


@dataclass(slots=True)
class _Ctx:
    """One sentence being read."""

    text: str
    spans: list[Placed]
    state: _State
    pronoun_speaker: bool = False  # '"...," he said': a speaker named only by a pronoun
    in_long_quote: bool = False  # inside a quotation that a later sentence closes ...
    quote_speaker: LocalActor | None = None  # ... naming this speaker ('...," Zelensky said')
