"""Plain records that flow from the extractor to the store.

Every offset is a character offset into ``ParsedArticle.body`` (the text the
store keeps for the article), so a row can always be traced back to the exact
sentence it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

ActorKind = Literal["person", "organisation", "state", "other"]
StatementKind = Literal["quote", "reported"]


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int  # position in the article, from 0
    start: int  # offset of the first character in the body
    end: int  # offset one past the last character in the body
    text: str  # body[start:end]
    paragraph: int  # index of the paragraph the sentence sits in


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    body: str  # article text, header and boilerplate removed, paragraphs joined by "\n\n"
    title: str | None
    published: date | None  # from the ` date YYYY-MM-DD` header, else a dateline, else None
    dateline: str | None = None  # e.g. "ISTANBUL, June 2 (Reuters) -" when one was found


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # body offsets of the phrase
    end: int
    text: str  # the phrase as written ("on May 30", "Sunday", "last month")
    value: date  # resolved against the article's date
    precision: Literal["day", "month", "year"] = "day"


@dataclass(slots=True)
class LocalActor:
    """One actor as seen inside a single article (before cross-article merging)."""

    key: int  # index in ArticleRecords.actors
    name: str  # the fullest form seen in the article ("Volodymyr Zelensky")
    kind: ActorKind
    side: str | None = None  # canonical state name ("Ukraine") or None
    roles: list[str] = field(default_factory=list)  # "President", "Defense Minister"
    aliases: set[str] = field(default_factory=set)  # every surface form, name included


@dataclass(frozen=True, slots=True)
class Mention:
    actor: int  # LocalActor.key
    sentence: int  # Sentence.index
    start: int  # body offsets of the surface form
    end: int
    surface: str  # as written ("Zelensky", "the Kremlin", "President Volodymyr Zelensky")


@dataclass(frozen=True, slots=True)
class Statement:
    sentence: int
    kind: StatementKind
    speaker: int | None  # LocalActor.key
    text: str  # words inside the quote marks, or the reported clause
    start: int  # body offsets of `text`
    end: int
    date: date | None


@dataclass(frozen=True, slots=True)
class Demand:
    sentence: int
    party: str | None  # canonical state/side ("Russia")
    by: int | None  # LocalActor.key of the person voicing it
    text: str  # short clause of what is demanded, in the article's words
    cue: str  # the word that marked it ("demand", "only ... if", "proposal")
    date: date | None


@dataclass(frozen=True, slots=True)
class MilitaryEvent:
    sentence: int
    actor: int | None  # LocalActor.key of who did it
    text: str  # short description in the article's words
    numbers: tuple[str, ...]  # each quantity with its unit as written ("41 bombers", "34%")
    date: date | None


@dataclass(frozen=True, slots=True)
class DelegationMember:
    actor: int  # LocalActor.key
    role: str | None
    sentence: int


@dataclass(slots=True)
class Delegation:
    party: str  # canonical state
    sentences: list[int]
    leader: int | None = None  # LocalActor.key
    members: list[DelegationMember] = field(default_factory=list)
    size: int | None = None
    venue: str | None = None
    date: date | None = None


@dataclass(slots=True)
class ArticleRecords:
    """Everything extracted from one article: the unit the store writes in one transaction."""

    article: ParsedArticle
    sentences: list[Sentence]
    dates: list[DateMention]
    actors: list[LocalActor]
    mentions: list[Mention]
    statements: list[Statement]
    demands: list[Demand]
    military: list[MilitaryEvent]
    delegations: list[Delegation]
