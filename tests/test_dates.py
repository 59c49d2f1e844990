"""Date phrases found in a sentence and resolved against a fixed article date."""

from __future__ import annotations

from datetime import date

import pytest

from store.dates import date_of, find_dates
from store.records import DateMention

BASE = date(2025, 6, 2)  # a Monday


def found(text: str, base: date | None = BASE) -> list[tuple[str, date, str]]:
    """(phrase, value, precision) for every mention, the shape most tests compare."""
    return [(m.text, m.value, m.precision) for m in find_dates(text, base)]


def values(text: str, base: date | None = BASE) -> list[date]:
    return [m.value for m in find_dates(text, base)]


# ------------------------------------------------------------------ month names with days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Envoys gathered on June 2 in the old palace.", date(2025, 6, 2)),
        ("Envoys gathered on 2 June in the old palace.", date(2025, 6, 2)),
        ("The memo is dated June 2, 2025 at the top.", date(2025, 6, 2)),
        ("The memo is dated 2 June 2025 at the top.", date(2025, 6, 2)),
        ("They met again on the 2nd of June to continue.", date(2025, 6, 2)),
        ("The envoy spoke on May 30 about the truce.", date(2025, 5, 30)),
        ("The first round ran May 16-17 in the city.", date(2025, 5, 16)),
        ("Hearings were held June 1 and 2 behind closed doors.", date(2025, 6, 1)),
        ("A summit took place on 16-17 May 2024 abroad.", date(2024, 5, 16)),
        ("A letter sent on Sept. 5 went unanswered.", date(2025, 9, 5)),
    ],
)
def test_month_and_day(text: str, expected: date) -> None:
    assert values(text) == [expected]


def test_span_includes_preposition_and_body_offset() -> None:
    text = "The envoy spoke on May 30 about the truce."
    [m] = find_dates(text, BASE, offset=100)
    assert (m.text, m.start, m.end, m.precision) == ("on May 30", 116, 125, "day")


def test_yearless_date_takes_nearest_year() -> None:
    assert values("Shelling resumed on December 30 at dawn.", date(2025, 1, 3)) == [
        date(2024, 12, 30)
    ]
    assert values("The vote is planned for January 5.", date(2024, 12, 28)) == [date(2025, 1, 5)]


def test_invalid_calendar_date_is_dropped() -> None:
    assert found("A paper claimed the deal was signed on February 30.") == []
    assert found("It was stamped 31.06.2025 by mistake.") == []


# ----------------------------------------------------------------------------- numeric


def test_iso_and_dotted_dates() -> None:
    assert values("The file 2025-06-02 and the note 02.06.2025 agree.") == [BASE, BASE]


def test_slashed_dates_only_when_unambiguous() -> None:
    assert values("Forms dated 2/6/2025 and 13/6/2025 arrived.") == [date(2025, 6, 13)]
    assert values("A US form dated 6/14/2025 arrived.") == [date(2025, 6, 14)]


# ---------------------------------------------------------------------------- weekdays


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones struck a depot on Sunday, officials said.", date(2025, 6, 1)),
        ("The delegations met on Monday in a hotel.", BASE),
        ("The foreign minister arrived last Friday for talks.", date(2025, 5, 30)),
        ("Both teams will return next Tuesday with drafts.", date(2025, 6, 3)),
        ("A vote takes place this Wednesday in the chamber.", date(2025, 6, 4)),
        ("A second round is scheduled for Thursday afternoon.", date(2025, 6, 5)),
        ("The envoys will sit down again on Friday.", date(2025, 6, 6)),
        ("Officials said a swap took place on Saturday.", date(2025, 5, 31)),
        ("The aide said on Wednesday that talks will go on.", date(2025, 5, 28)),
    ],
)
def test_weekdays(text: str, expected: date) -> None:
    assert values(text) == [expected]


def test_weekday_joined_with_explicit_date_is_one_mention() -> None:
    assert found("On Sunday, June 1, the convoy left.") == [
        ("On Sunday, June 1", date(2025, 6, 1), "day")
    ]


def test_weekday_inside_newspaper_name_is_ignored() -> None:
    assert found("The Sunday Times ran a long profile of the envoy.") == []


# ---------------------------------------------------------------------------- relative


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Negotiators landed today in the capital.", (date(2025, 6, 2), "day")),
        ("Negotiators landed yesterday in the capital.", (date(2025, 6, 1), "day")),
        ("Negotiators will land tomorrow in the capital.", (date(2025, 6, 3), "day")),
        ("The day before, a convoy was hit.", (date(2025, 6, 1), "day")),
        ("A convoy had been hit a day earlier.", (date(2025, 6, 1), "day")),
        ("A second convoy was hit a day later.", (date(2025, 6, 3), "day")),
        ("The previous day, the border was quiet.", (date(2025, 6, 1), "day")),
        ("The next day, the border was quiet again.", (date(2025, 6, 3), "day")),
        ("A ferry sank two days ago near the coast.", (date(2025, 5, 31), "day")),
        ("The minister resigned last week after a leak.", (date(2025, 5, 26), "day")),
        ("The minister resigned last month after a leak.", (date(2025, 5, 1), "month")),
        ("A new minister starts next month.", (date(2025, 7, 1), "month")),
        ("The treaty lapsed last year without notice.", (date(2024, 1, 1), "year")),
        ("Trade fell this year by a fifth.", (date(2025, 1, 1), "year")),
        ("Prices rose earlier this month in the east.", (date(2025, 6, 1), "month")),
    ],
)
def test_relative_words(text: str, expected: tuple[date, str]) -> None:
    [m] = find_dates(text, BASE)
    assert (m.value, m.precision) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit opens only a day after the raid on the port.", date(2025, 6, 1)),
        ("The summit opens just days after the raid on the port.", date(2025, 5, 31)),
        ("The summit opens a day before the deadline expires.", date(2025, 6, 3)),
        ("The summit opens two days after the raid on the port.", date(2025, 5, 31)),
        ("The summit opens a week after the raid on the port.", date(2025, 5, 26)),
    ],
)
def test_offsets_that_date_another_event(text: str, expected: date) -> None:
    assert values(text) == [expected]


def test_capitalised_today_inside_a_name_is_ignored() -> None:
    assert found("The channel Russia Today aired the clip.") == []


# ----------------------------------------------------------------- months and years alone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first round took place in May without a result.", date(2025, 5, 1)),
        ("The first round took place in May 2024 without a result.", date(2024, 5, 1)),
        ("A truce held until mid-May along the river.", date(2025, 5, 15)),
        ("Fresh talks could start in early June.", date(2025, 6, 5)),
        ("Fighting flared in late May near the dam.", date(2025, 5, 25)),
        ("Aid must arrive by the end of May at the latest.", date(2025, 5, 31)),
        ("A draft is due at the beginning of June.", date(2025, 6, 1)),
        ("The envoy visited again in May this year.", date(2025, 5, 1)),
        ("Snow closed the pass in December.", date(2024, 12, 1)),
    ],
)
def test_month_precision(text: str, expected: date) -> None:
    [m] = find_dates(text, BASE)
    assert (m.value, m.precision) == (expected, "month")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An earlier attempt failed in 2022 in the same city.", date(2022, 1, 1)),
        ("The peninsula has been held since 2014 by force.", date(2014, 1, 1)),
        ("Elections were postponed until late 2026 at least.", date(2026, 1, 1)),
    ],
)
def test_year_precision(text: str, expected: date) -> None:
    [m] = find_dates(text, BASE)
    assert (m.value, m.precision) == (expected, "year")


def test_year_phrase_text() -> None:
    assert found("The peninsula has been held since 2014 by force.")[0][0] == "since 2014"


# ----------------------------------------------------------------------------- not dates


@pytest.mark.parametrize(
    "text",
    [
        "Talks may resume once the shelling stops.",
        "May we ask the minister a question?",
        "Former prime minister Theresa May said little.",
        "We hope the sides agree soon.",
        "The strike disabled 34% of the fleet.",
        "It followed decree No. 123/2024 and decree 71/2025 on mobilisation.",
        "Men aged 18-25 and those from 18 to 60 were listed.",
        "The session opens at 10:00 GMT and ends at 3 p.m. local time.",
        "Drones destroyed 41 bombers at four bases.",
        "The 14-member team proposed a 30-day ceasefire.",
        "The case number ID-2025-0417 was cited.",
        "Crowds march through the square each evening.",
        "The reporter April Ryan asked about the June Carter archive.",
    ],
)
def test_not_dates(text: str) -> None:
    assert found(text) == []


# ------------------------------------------------------------------------ without a base


def test_without_base_only_dates_with_a_year() -> None:
    text = "On June 2, 2025, a day after Sunday's raid, as in May and since 2014, envoys met."
    assert found(text, None) == [
        ("On June 2, 2025", date(2025, 6, 2), "day"),
        ("since 2014", date(2014, 1, 1), "year"),
    ]


def test_several_mentions_in_text_order() -> None:
    text = "Talks that ended on May 16 resumed on June 2 in the palace."
    assert values(text) == [date(2025, 5, 16), date(2025, 6, 2)]


# ------------------------------------------------------------------------------- date_of


def test_date_of_prefers_day_precision() -> None:
    mentions = find_dates("Last month a deal was floated, and on Sunday it was signed.", BASE)
    assert [m.precision for m in mentions] == ["month", "day"]
    assert date_of(mentions) == date(2025, 6, 1)


def test_date_of_falls_back_to_first_mention_or_none() -> None:
    assert date_of(find_dates("The front barely moved in 2023.", BASE)) == date(2023, 1, 1)
    assert date_of([]) is None
    month_only = [DateMention(0, 6, "in May", date(2025, 5, 1), "month")]
    assert date_of(month_only) == date(2025, 5, 1)


@pytest.mark.parametrize("text, expected", [
    ("Drones hit the city overnight on May 30-31.", date(2025, 5, 31)),
    ("On the night of 30-31 May the air force shot down 40 drones.", date(2025, 5, 31)),
    ("The talks on May 16-17 ended without a truce.", date(2025, 5, 16)),
])
def test_a_night_named_by_two_days_is_dated_by_the_second(text: str, expected: date) -> None:
    assert [m.value for m in find_dates(text, BASE)] == [expected]


def test_a_month_joined_to_another_month_is_a_month() -> None:
    found = [(m.text, m.value) for m in find_dates("Two rounds, in May and June, ended.", BASE)]
    assert found == [("in May", date(2025, 5, 1)), ("June", date(2025, 6, 1))]
    assert find_dates("Tom and April met the envoy.", BASE) == []


# ------------------------------------------------------------------- the calendar's edges


@pytest.mark.parametrize("base", [date(9999, 12, 31), date(9999, 12, 25), date(1, 1, 1)])
def test_a_base_at_the_calendar_edge_resolves_no_relative_phrase(base: date) -> None:
    # once "next Sunday" or "a year ago" overflowed the calendar; such a base is not reckoned from
    text = "The envoys met last Friday and will meet next Sunday, a year after the talks began."
    assert find_dates(text, base) == []
    assert values("The 1977 protocols were cited a day later.", base) == [date(1977, 1, 1)]


def test_a_date_beyond_the_years_a_date_may_fall_in_is_dropped() -> None:
    assert found("The treaty will hold 999 years later, or so they said.") == []
    assert found("The city was founded 999 years ago by a prince.") == []
    assert values("They first met 30 years ago in the same palace.") == [date(1995, 1, 1)]


def test_many_dates_in_one_sentence_are_each_read_once() -> None:
    text = ("The envoys met on Monday, June 2, and will meet again on Friday; the talks held "
            "on Monday ended, and those planned for Thursday will start at noon.")
    assert found(text, date(2025, 6, 4)) == [
        ("on Monday, June 2", date(2025, 6, 2), "day"), ("on Friday", date(2025, 5, 30), "day"),
        ("on Monday", date(2025, 6, 2), "day"), ("Thursday", date(2025, 6, 5), "day")]


# ------------------------------------------------------ complete dates and the calendar


@pytest.mark.parametrize(("text", "expected"), [
    ("It was signed on February 29, 2024.", [date(2024, 2, 29)]),
    ("It was signed on February 29, 2025.", []),  # no such day: no date
    ("The deadline, 31 April 2025, passed.", []),
    ("The memo of 29 February 2000 survives.", [date(2000, 2, 29)]),
    ("The memo of 29 February 1900 survives.", []),  # a century is no leap year
])
def test_complete_dates_checked_against_the_calendar(text: str, expected: list[date]) -> None:
    assert [m.value for m in find_dates(text, BASE) if m.precision == "day"] == expected
