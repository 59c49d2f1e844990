"""Property-based tests of the extractor: on ANY text it never raises and keeps its invariants.

Users drop anything into the seeds folder, so ``extract()`` is fed arbitrary unicode and
article-shaped text assembled from realistic fragments mixed with hostile ones (huge numbers,
impossible dates, unbalanced quotes, markup, ANSI escapes, C1 controls, bidi overrides, emoji,
RTL text, very long words, runs of blank lines). Runs are derandomized so CI is reproducible.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.extract import extract
from store.lexicon.dates import DATE_YEAR_MAX, DATE_YEAR_MIN
from store.lexicon.text import YEAR_MAX, YEAR_MIN
from store.records import ArticleRecords
from store.sentences import MAX_SENTENCE_CHARS

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.large_base_example],
)

# C0 controls except "\n", DEL, and the C1 block (ESC is in C0)
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")

# ------------------------------------------------------------------------------- strategies

ANY_CHAR = st.characters(blacklist_categories=("Cs",))  # every code point but surrogates
ANY_TEXT = st.text(alphabet=ANY_CHAR)

HEADER_DATES = [
    "2025-06-02", "2025-02-30", "0000-01-01", "0001-01-01", "9999-12-31", "2025-13-01",
    "2025-00-10", "1990-01-01", "2100-12-31", "2099-12-31", "1899-12-31", "2025-6-2",
]
NAMES = [
    "President Volodymyr Zelensky", "Zelensky", "Russian Foreign Minister Sergei Lavrov",
    "Mr. Ivan Petrov", "Gen. Valery Gerasimov", "U.S. envoy Steve Witkoff", "Donald J. Trump",
    "Kremlin spokesman Dmitry Peskov", "the Kremlin", "Ukraine's delegation", "Russia",
    "Ukraine", "the United States", "Turkish Foreign Minister Hakan Fidan", "Rustem Umerov",
    "Defense Minister", "Vladimir Medinsky, the head of the Russian delegation,",
    "a senior official", "Sen. Lindsey Graham", "Prof. Anna Kovalenko-Smith",
]
VERBS = [
    "said", "told reporters", "said on Sunday", "warned", "insisted", "added", "asked",
    "demanded that", "called for", "insisted that", "proposed", "rejected", "agreed to",
    "said it would only sign if", "wants", "according to", "led the delegation to",
    "arrived in Istanbul", "met in Geneva", "headed a 12-member delegation",
]
QUOTES = [
    '"We want peace,"', "“We want peace,”", '"He said \'never\' to us."', "“A ‘nested’ quote.”",
    '"unbalanced', "unbalanced”", "”reversed“", "'single quoted'", "«guillemets»", "„German“",
    '""', "“", "”", '"', "'", "‘", "’", '"Stop." "Go."', "“Is it over?”",
]
DEMANDS = [
    "demanded that Russia withdraw its troops", "insists on a full ceasefire",
    "called for the withdrawal of all forces", "wants Ukraine to give up NATO membership",
    "will only sign if sanctions are lifted", "on condition that the occupied regions",
    "proposed a 30-day ceasefire", "rejected the demand", "must hand over 10**30 prisoners",
]
MILITARY = [
    "drones struck Kyiv", "Russian forces launched 479 drones", "missiles hit Odesa",
    "1,000,000,000,000 troops", str(10**30) + " soldiers", "killed 99999 soldiers",
    "41 bombers were destroyed", "34% of the port", "shelled the city overnight",
    "1" * 5000 + " drones", "²³ tanks", "٣٠٠ missiles", "２０２５ drones", "-5 troops",
    "1e309 shells", "NaN missiles", "9" * 40 + "% of the front",
]
DATES = [
    "February 30", "on May 32", "31 April 2025", "last month", "Monday", "last Friday",
    "next Sunday", "in 0", "in 99999", "year 0", "on 2025-02-30", "30.02.2025", "13/13/2025",
    "99 years ago", "999 years later", "999 months later", "999 weeks ago", "next year",
    "the day before yesterday", "the night of July 8-9", "July 31-32", "early 2099",
    "the end of February", "December 31, 9999", "January 1, 0001", "on 0000-01-01",
    "in 1900", "in 2099", "a day later", "mid-May", "last May", "May this year",
    "Sunday, June 1", "on June 0", "on 00 June", "the 31st of September", "yesterday",
]
MARKUP = [
    "[bold]", "[/bold]", "[@click=app.quit]", "[red on white]", "[/]", "\x1b[31m", "\x1b[0m",
    "\x1b]8;;http://example.com\x07", "\x9b", "\x85", "\x80", "\x9f", "\u202e", "\u202d",
    "\u200f", "\u2066", "\u2069", "😀", "👨‍👩‍👧", "مرحبا بالعالم", "שלום עולם", "Привет",
    "x" * 3000, "\n\n\n\n\n\n", "\r\n", "\t", "\x00", "\x0c", "\u2028", "\u2029", "\ufeff",
    "\u00a0", "...", "…", "U.S.", "e.g.", "(", ")", "—", "–", ";", ":", "\\", "$1", "%s",
]
WORDS = ["the", "talks", "in", "Istanbul", "peace", "deal", "ceasefire", "and", "of", "to",
         "a", "on", "delegation", "memorandum", "prisoner", "exchange", "Geneva", "."]

FRAGMENT = st.one_of(
    st.sampled_from(NAMES), st.sampled_from(VERBS), st.sampled_from(QUOTES),
    st.sampled_from(DEMANDS), st.sampled_from(MILITARY), st.sampled_from(DATES),
    st.sampled_from(MARKUP), st.sampled_from(WORDS), st.text(alphabet=ANY_CHAR, max_size=8),
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    parts = draw(st.lists(FRAGMENT, min_size=1, max_size=12))
    end = draw(st.sampled_from([".", ".", "!", "?", "", "...", '."', ".”", ",”", ":"]))
    return " ".join(parts) + end


@st.composite
def articles(draw: st.DrawFn) -> str:
    header = draw(st.one_of(
        st.just(""),
        st.sampled_from(HEADER_DATES).map(lambda d: f" date {d}\n"),
        st.dates().map(lambda d: f" date {d.isoformat()}\n"),
    ))
    title = draw(st.sampled_from(["", "Talks in Istanbul end without a deal\n\n",
                                  "ISTANBUL, June 2 (Reuters) - "]))
    paragraphs = draw(st.lists(
        st.lists(sentences(), min_size=1, max_size=4).map(" ".join), min_size=1, max_size=5))
    joiner = draw(st.sampled_from(["\n\n", "\n", "\n\n\n\n\n\n", " ", "\r\n\r\n"]))
    return header + title + joiner.join(paragraphs)


INPUTS = st.one_of(ANY_TEXT, articles())

# ------------------------------------------------------------------------------- helpers


def _texts(value: Any) -> list[str]:
    """Every string inside a record tree (dataclasses, lists, tuples, sets)."""
    if isinstance(value, str):
        return [value]
    if is_dataclass(value):
        return [t for f in fields(value) for t in _texts(getattr(value, f.name))]
    if isinstance(value, list | tuple | set | frozenset):
        return [t for v in value for t in _texts(v)]
    return []


def _dates(records: ArticleRecords) -> list[date]:
    found = [d.value for d in records.dates]
    found += [r.date for r in (*records.statements, *records.demands, *records.military,
                               *records.delegations) if r.date is not None]
    return found


def _spans(span: str, text: str) -> bool:
    """The span is the text, or (a clause stitched around an aside: "The deal, he said, is
    near") runs from its first word to its last with every word of it in order."""
    if span == text:
        return True
    words = text.split()
    if not words or not span.startswith(words[0]) or not span.endswith(words[-1]):
        return False
    pos = 0
    for word in words:
        pos = span.find(word, pos)
        if pos == -1:
            return False
        pos += len(word)
    return True


def _check_invariants(records: ArticleRecords) -> None:
    body = records.article.body
    n_sent, n_act = len(records.sentences), len(records.actors)
    sentence_of = {s.index: s for s in records.sentences}
    prev_end = 0
    for i, s in enumerate(records.sentences):
        assert s.index == i
        assert prev_end <= s.start <= s.end <= len(body)
        assert body[s.start:s.end] == s.text
        assert len(s.text) <= MAX_SENTENCE_CHARS or len(s.text.split()) == 1  # cut between words
        prev_end = s.end
    for d in records.dates:
        assert 0 <= d.start <= d.end <= len(body)
        assert body[d.start:d.end] == d.text
    for k, a in enumerate(records.actors):
        assert a.key == k
    for m in records.mentions:
        assert 0 <= m.actor < n_act
        assert 0 <= m.sentence < n_sent
        sent = sentence_of[m.sentence]
        assert sent.start <= m.start <= m.end <= sent.end
        assert body[m.start:m.end] == m.surface
    for st_ in records.statements:
        assert 0 <= st_.sentence < n_sent
        assert st_.speaker is None or 0 <= st_.speaker < n_act
        assert 0 <= st_.start <= st_.end <= len(body)
        assert _spans(body[st_.start:st_.end], st_.text), (st_, body[st_.start:st_.end])
    for dm in records.demands:
        assert 0 <= dm.sentence < n_sent
        assert dm.by is None or 0 <= dm.by < n_act
    for ev in records.military:
        assert 0 <= ev.sentence < n_sent
        assert ev.actor is None or 0 <= ev.actor < n_act
    for dl in records.delegations:
        assert all(0 <= i < n_sent for i in dl.sentences)
        assert dl.leader is None or 0 <= dl.leader < n_act
        for member in dl.members:
            assert 0 <= member.actor < n_act
            assert 0 <= member.sentence < n_sent
        assert dl.size is None or dl.size >= 0
    published = records.article.published
    assert published is None or type(published) is date
    assert published is None or YEAR_MIN <= published.year <= YEAR_MAX, published
    for value in _dates(records):
        assert type(value) is date
        assert DATE_YEAR_MIN <= value.year <= DATE_YEAR_MAX, value


# ------------------------------------------------------------------------------- properties


@SETTINGS
@given(ANY_TEXT)
def test_never_raises_on_any_text(raw: str) -> None:
    assert isinstance(extract(raw), ArticleRecords)


@SETTINGS
@given(articles())
def test_never_raises_on_article_shaped_text(raw: str) -> None:
    assert isinstance(extract(raw), ArticleRecords)


@SETTINGS
@given(INPUTS)
def test_offsets_point_at_their_text_and_references_exist(raw: str) -> None:
    _check_invariants(extract(raw))


@SETTINGS
@given(INPUTS)
def test_no_control_characters_survive(raw: str) -> None:
    records = extract(raw)
    for text in _texts(records):
        assert CONTROL.search(text) is None, repr(text)


@SETTINGS
@given(INPUTS)
def test_extract_is_deterministic(raw: str) -> None:
    first, second = extract(raw), extract(raw)
    assert first == second
    assert repr(_texts(first)) == repr(_texts(second))
