"""The whole extractor: one article's raw text in, every record out. Pure: no database."""

from __future__ import annotations

from store.actors import extract_actors
from store.article import parse_article
from store.dates import find_dates
from store.delegations import extract_delegations
from store.demands import extract_demands
from store.military import extract_military
from store.records import ArticleRecords
from store.sentences import split_sentences
from store.statements import extract_statements


def extract(raw: str) -> ArticleRecords:
    """Read an article (` date YYYY-MM-DD` header and text) into records, offsets into its body."""
    article = parse_article(raw)
    sentences = split_sentences(article.body)
    dates = [d for s in sentences for d in find_dates(s.text, article.published, s.start)]
    actors, mentions = extract_actors(sentences)
    published = article.published
    delegations = extract_delegations(sentences, actors, mentions, dates, published, article.body)
    return ArticleRecords(
        article=article,
        sentences=sentences,
        dates=dates,
        actors=actors,
        mentions=mentions,
        statements=extract_statements(article.body, sentences, actors, mentions, dates,
                                      published),
        demands=extract_demands(sentences, actors, mentions, dates, published),
        military=extract_military(sentences, actors, mentions, dates, published),
        delegations=delegations,
    )
