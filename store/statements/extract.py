"""extract_statements: an article's direct quotes and reported speech, in reading order.

Reported speech is read twice: first on its own, so that a pronoun after a quote can point at
whoever just spoke (the context's `spoke`), then with the quotes' speakers known, so that a
clause can go on with them. Quotes and reports are then settled against each other
(store.statements.partial_quotes).
"""

from __future__ import annotations

from datetime import date

from store.records import DateMention, LocalActor, Mention, Sentence, Statement
from store.statements.context import _Context
from store.statements.partial_quotes import _Holders, _partial_quotes, _within_report
from store.statements.quote_speakers import _quotes
from store.statements.reported import _reported


def extract_statements(body: str, sentences: list[Sentence], actors: list[LocalActor],
                       mentions: list[Mention], dates: list[DateMention],
                       published: date | None) -> list[Statement]:
    """Direct quotes and reported speech of one article, in reading order."""
    if not sentences:
        return []
    ctx = _Context(body, sentences, actors, mentions, dates)
    # who speaks where, so that a pronoun after a quote points at the speaker just before it
    ctx.spoke = {st.sentence: st.speaker for st in _reported(ctx, [], published)
                 if st.speaker is not None}
    quotes = _quotes(ctx, published)
    reported = _reported(ctx, quotes, published)
    held = _Holders(reported)
    quotes = [q if q.start in ctx.named_after else _within_report(q, held) for q in quotes]
    quotes = [q for q in quotes if q.speaker is not None]
    quotes, reported = _partial_quotes(quotes, reported)
    return sorted(quotes + reported, key=lambda s: s.start)
