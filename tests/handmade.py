"""Hand-built extractor inputs for unit tests: sentences, actors, mentions and dates."""

from __future__ import annotations

import re
from datetime import date

from store.records import DateMention, LocalActor, Mention, Sentence

# name -> (kind, side, surface forms that are mentions of it)
ActorTable = dict[str, tuple[str, str | None, tuple[str, ...]]]


def records(texts: tuple[str, ...], table: ActorTable, dates: dict[str, date] | None = None,
            one_paragraph: bool = False,
            ) -> tuple[list[Sentence], list[LocalActor], list[Mention], list[DateMention]]:
    """Sentences joined by one space (each its own paragraph unless `one_paragraph`), with
    mentions of the table's actors found longest form first, and the given date phrases."""
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    found_dates: list[DateMention] = []
    actors = [LocalActor(k, name, kind, side, [], set(forms))  # type: ignore[arg-type]
              for k, (name, (kind, side, forms)) in enumerate(table.items())]
    forms = sorted(((f, a.key) for a in actors for f in a.aliases), key=lambda x: -len(x[0]))
    pos = 0
    for i, text in enumerate(texts):
        sentences.append(Sentence(i, pos, pos + len(text), text, 0 if one_paragraph else i))
        taken: list[tuple[int, int]] = []
        for form, key in forms:
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                if any(x < m.end() and m.start() < y for x, y in taken):
                    continue
                taken.append((m.start(), m.end()))
                mentions.append(Mention(key, i, pos + m.start(), pos + m.end(), form))
        for phrase, value in (dates or {}).items():
            for m in re.finditer(re.escape(phrase), text):
                found_dates.append(DateMention(pos + m.start(), pos + m.end(), phrase, value))
        pos += len(text) + 1
    mentions.sort(key=lambda m: m.start)
    return sentences, actors, mentions, found_dates
