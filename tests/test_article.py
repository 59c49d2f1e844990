"""Unit tests for store.article.parse_article: header, dateline, title, boilerplate, paragraphs.

Every example text is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.article import is_boilerplate, parse_article


def test_header_with_text_on_same_line_and_boilerplate_continuation() -> None:
    raw = (
        " date 2025-06-02 This audio is created with AI assistance\n\n"
        "Envoys from both capitals reached the Bosphorus on Monday morning.\n\n"
        "A second session is planned for the afternoon."
    )
    art = parse_article(raw)
    assert art.published == date(2025, 6, 2)
    assert art.title is None
    assert art.dateline is None
    assert art.body == (
        "Envoys from both capitals reached the Bosphorus on Monday morning.\n\n"
        "A second session is planned for the afternoon."
    )


def test_header_text_on_same_line_is_first_paragraph() -> None:
    raw = " date 2025-07-23 The third round of talks began in a palace by the sea.\n\nIt was short."
    art = parse_article(raw)
    assert art.published == date(2025, 7, 23)
    assert art.title is None
    assert art.body == "The third round of talks began in a palace by the sea.\n\nIt was short."


@pytest.mark.parametrize(
    "header", ["\ufeff date 2025-05-16", "date: 2025-05-16", "Date: 2025-05-16", "  date 2025-5-16"]
)
def test_header_variants(header: str) -> None:
    art = parse_article(f"{header}\nThe delegates shook hands and sat down.")
    assert art.published == date(2025, 5, 16)
    assert art.body == "The delegates shook hands and sat down."


def test_title_line_after_header() -> None:
    raw = (
        " date 2025-06-02\nMoscow hands over its list of terms\n\n"
        "The Russian side gave the Ukrainian side a written list of conditions."
    )
    art = parse_article(raw)
    assert art.title == "Moscow hands over its list of terms"
    assert art.body == "The Russian side gave the Ukrainian side a written list of conditions."


def test_wire_dateline_without_header_takes_latest_year_in_text() -> None:
    raw = (
        "Envoys agree on swap but not on truce\n\n"
        "ISTANBUL, May 16 (Reuters) - The envoys agreed to trade captives, a step last seen "
        "in 2022.\n\nThe swap was the biggest since March 2024."
    )
    art = parse_article(raw)
    assert art.title == "Envoys agree on swap but not on truce"
    assert art.dateline == "ISTANBUL, May 16 (Reuters) -"
    assert art.published == date(2024, 5, 16)
    assert art.body.startswith("The envoys agreed to trade captives")


def test_dateline_without_any_year_leaves_published_empty() -> None:
    art = parse_article("KYIV, June 3 (Reuters) - Officials expect no quick result.")
    assert art.dateline == "KYIV, June 3 (Reuters) -"
    assert art.published is None
    assert art.body == "Officials expect no quick result."


@pytest.mark.parametrize(
    ("raw", "dateline", "published"),
    [
        ("KYIV, Ukraine (AP) — Sirens sounded all night.", "KYIV, Ukraine (AP) —", None),
        (
            "MOSCOW, May 16, 2025 (Reuters) – The Kremlin kept silent.",
            "MOSCOW, May 16, 2025 (Reuters) –",
            date(2025, 5, 16),
        ),
        (
            "ISTANBUL/KYIV, June 2, 2025 (Reuters) - Both teams arrived early.",
            "ISTANBUL/KYIV, June 2, 2025 (Reuters) -",
            date(2025, 6, 2),
        ),
        (
            "Kyiv, 2 June 2025 (Ukrinform) -- The head of the team spoke briefly.",
            "Kyiv, 2 June 2025 (Ukrinform) --",
            date(2025, 6, 2),
        ),
        (
            "MOSCOW, June 2, 2025. /TASS/. The memorandum was handed over.",
            "MOSCOW, June 2, 2025. /TASS/.",
            date(2025, 6, 2),
        ),
        ("WASHINGTON — The envoy flew home on Sunday.", "WASHINGTON —", None),
    ],
)
def test_dateline_shapes(raw: str, dateline: str, published: date | None) -> None:
    art = parse_article(raw)
    assert art.dateline == dateline
    assert art.published == published
    assert not art.body.startswith(dateline)
    assert art.body[0].isupper()


def test_dateline_removed_and_header_wins() -> None:
    art = parse_article(" date 2025-06-03\nISTANBUL, June 2 (Reuters) - Talks ended after an hour.")
    assert art.published == date(2025, 6, 3)
    assert art.dateline == "ISTANBUL, June 2 (Reuters) -"
    assert art.body == "Talks ended after an hour."


def test_invalid_header_date_still_lends_its_year() -> None:
    art = parse_article("date: 2024-02-30\nKYIV, June 3 (Reuters) - The ministry made a statement.")
    assert art.published == date(2024, 6, 3)


@pytest.mark.parametrize(
    "raw",
    [
        "Rustem Umerov (pictured) - he led the team again.",
        "Kyiv - officials stayed silent.",
        "Ukraine, Russia and Turkey met again on Monday.",
    ],
)
def test_text_that_is_not_a_dateline(raw: str) -> None:
    art = parse_article(raw)
    assert art.dateline is None
    assert art.body == raw


def test_boilerplate_lines_dropped_but_real_paragraphs_kept() -> None:
    raw = (
        "Listen to this article\n3 min read\nTalks stall over prisoner lists\n\n"
        "Advertisement\n\nThe two teams argued for hours about names on the lists.\n\n"
        "Read also: Why the envoys left early\n\n"
        "Reporting by the envoys' staff showed the lists were incomplete.\n\n"
        "Reporting by Jane Roe in Kyiv; Editing by John Doe\n"
        "(Reporting by wire staff; Editing by the Istanbul desk)\n"
        "© 2025 Example News. All rights reserved.\nhttps://example.com/story/123\n"
        "Photo: Example Agency\nFollow us on Telegram\nSign up for our daily briefing"
    )
    art = parse_article(raw)
    assert art.title == "Talks stall over prisoner lists"
    assert art.body == (

        "The two teams argued for hours about names on the lists.\n\n"
        "Reporting by the envoys' staff showed the lists were incomplete."
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Our Standards: The Thomson Reuters Trust Principles.", True),
        ("(Photo by Jane Roe/AFP via Getty Images)", True),
        ("By a staff writer", True),
        ("Monday, June 2, 2025 10:30 EEST", True),
        ("Share this article", True),
        ("Subscribe to our newsletter", True),
        ("We use cookies to improve your experience.", True),
        ("By Monday, the two sides had still not agreed on a venue.", False),
        ("Related talks will take place in Geneva next month.", False),
        ("Copyright" + " x" * 200, False),
    ],
)
def test_is_boilerplate(line: str, expected: bool) -> None:
    assert is_boilerplate(line) is expected


def test_no_blank_lines_each_line_a_paragraph_and_hard_wraps_joined() -> None:
    raw = (
        "Negotiators met again on Monday and agreed on a new list of\n"
        "detainees to be swapped.\n"
        "The list was checked by both sides.\n"
        "Turkish officials kept the schedule\n"
        "tight, aides said."
    )
    art = parse_article(raw)
    assert art.title is None
    assert art.body == (
        "Negotiators met again on Monday and agreed on a new list of detainees to be swapped.\n\n"
        "The list was checked by both sides.\n\n"
        "Turkish officials kept the schedule tight, aides said."
    )


def test_title_not_taken_when_first_line_stops_mid_sentence() -> None:
    art = parse_article("Peace envoys landed in\nIstanbul just before dawn.\nThey rested first.")
    assert art.title is None
    assert art.body == "Peace envoys landed in Istanbul just before dawn.\n\nThey rested first."


def test_hyphen_broken_word_rejoined() -> None:
    art = parse_article("Both teams discussed a peace-\nkeeping mission.\n\nNothing was signed.")
    assert art.body == "Both teams discussed a peace-keeping mission.\n\nNothing was signed."


def test_duplicate_paragraphs_and_repeated_title_dropped() -> None:
    raw = (
        "Delegates return to the table\n\n"
        "Delegates return to the table\n\n"
        "The  second\u00a0round began at noon.\r\n\r\n"
        "Officials said little.\n\n"
        "The second round began at noon."
    )
    art = parse_article(raw)
    assert art.title == "Delegates return to the table"
    assert art.body == "The second round began at noon.\n\nOfficials said little."


def test_whitespace_normalised_and_curly_quotes_kept() -> None:
    raw = "“We  are\tready,” the envoy said.\r\n\r\n\u00a0 It rained\u202fall day. "
    art = parse_article(raw)
    assert art.body == "“We are ready,” the envoy said.\n\nIt rained all day."


@pytest.mark.parametrize(
    "raw", ["", "   \n\n  ", " date 2025-06-02", "\x00\x01\x02\x7f", "Advertisement\n\n3 min read"]
)
def test_odd_input_never_raises(raw: str) -> None:
    art = parse_article(raw)
    assert art.body == ""
    assert art.title is None
    assert art.dateline is None


def test_header_only_keeps_date() -> None:
    assert parse_article(" date 2025-06-02\n").published == date(2025, 6, 2)


@pytest.mark.parametrize("header", [" date 0001-01-01", " date 9999-12-31", " date 1899-12-31"])
def test_header_year_outside_trusted_years_is_no_date(header: str) -> None:
    art = parse_article(header + "\nEnvoys met in Istanbul on Monday.")
    assert art.published is None
    assert art.body == "Envoys met in Istanbul on Monday."


def test_c1_controls_are_removed_like_c0_ones() -> None:
    # replaced by a space, as C0 controls are; U+0085 ("next line") stays a line break
    raw = "Envoys\x9b31m met\x80 in\x1b[0m\x9fIstanbul.\x85Talks resumed\x07 at noon."
    art = parse_article(raw)
    assert art.body == "Envoys 31m met in [0m Istanbul.\n\nTalks resumed at noon."
    assert not any(0x80 <= ord(ch) <= 0x9f for ch in art.body)
