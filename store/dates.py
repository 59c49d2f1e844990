"""Date phrases in a sentence, found with our own grammar and resolved against the article date.

Phrases are found FIRST (regexes built from ``store.lexicon.dates``) and only then turned into
dates: a generic parser run over raw text reads "may", "we" or "34% of" as dates. Complete
day-month phrases are parsed by dateparser (English only, cached); relative phrases ("Sunday",
"last month", "a day after") are calendar arithmetic on the article's date, which keeps them
deterministic and never lets them resolve against today.

Conventions (documented because news text is vague):
- a year-less "June 2" / "in May" takes the year that puts it nearest the base (ties: the past);
- a bare weekday is the most recent such day on/before the base, or the next one on/after it
  when a future cue ("will", "is scheduled", "ahead of") is nearer to it than a past-tense one;
- "last week"/"next week" are base -/+ 7 days (always inside that calendar week), precision day;
- part-of-month words keep precision "month" but pick a day inside it (early 5, mid 15, late
  25, beginning 1, end = last day); months otherwise resolve to their 1st, years to Jan 1;
- "N units after <event>" dates the OTHER event: "the talks open a day after the attack" puts the
  attack at base - 1; alone ("a day after,") it is anaphoric: base + 1.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal, NamedTuple

import dateparser

from store.lexicon import dates as lex
from store.records import DateMention
from store.tokens import alternation, compile_filtered, may_any

Precision = Literal["day", "month", "year"]


class _Hit(NamedTuple):
    start: int
    end: int
    value: date
    precision: Precision


# ---------------------------------------------------------------- grammar (built from lexicon)


def _alt(words: Iterable[str]) -> str:
    """Regex alternation, longest first so "this past" wins over "this" (a prefix tree when it
    can be: see store.tokens.alternation)."""
    return alternation(words)


_MONTH = (
    rf"(?<![A-Za-z])(?P<month>(?:{_alt(lex.MONTHS)})(?![A-Za-z])"
    rf"|(?:{_alt(lex.MONTH_ABBREVIATIONS)})(?![A-Za-z])\.?)"
)
_ORD = r"(?:st|nd|rd|th)?"
_DAY = rf"(?P<day>\d{{1,2}}){_ORD}(?!\d)"
_RANGE = (rf"(?:\s*[-–]\s*(?P<day2>\d{{1,2}}){_ORD}(?!\d)"
          rf"|\s+(?:and|to|or)\s+\d{{1,2}}{_ORD}(?!\d))?")
# "the night of July 8-9", "overnight on July 3-4": the night runs into the second day
_NIGHT_RE = compile_filtered(rf"(?i)\b(?:{_alt(lex.NIGHT_WORDS)})\b")
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"
_OPT_YEAR = rf"(?:,?\s*{_YEAR})?"
_DAY_GUARD = r"(?![\d%:]|\.\d|-[A-Za-z])"
_NO_GLUE = r"(?<![\w/.,:\-–])"  # not inside an id, a decimal or a "71/2025" decree number
_NUM_END = r"(?![\w/\-–%]|\.\d)"

_MONTH_DAY_RE = compile_filtered(rf"{_MONTH}\s+{_DAY}{_RANGE}{_OPT_YEAR}{_DAY_GUARD}")
_DAY_MONTH_RE = compile_filtered(
    rf"{_NO_GLUE}(?:(?i:the)\s+)?{_DAY}{_RANGE}\s+(?:(?i:of)\s+)?{_MONTH}{_OPT_YEAR}(?!\d)"
)
_ISO_RE = compile_filtered(
    rf"{_NO_GLUE}(?P<y>(?:19|20)\d{{2}})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})"
    rf"{_NUM_END}"
)
_DOTTED_RE = compile_filtered(
    rf"{_NO_GLUE}(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>(?:19|20)\d{{2}}){_NUM_END}"
)
_SLASHED_RE = compile_filtered(
    rf"{_NO_GLUE}(?P<a>\d{{1,2}})(?P<sep>[/-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>(?:19|20)\d{{2}})"
    rf"{_NUM_END}"
)
_PART = rf"(?:(?i:the)\s+)?(?P<part>(?i:{_alt(lex.PART_OF_MONTH)}))(?:\s*-\s*|\s+(?i:of)\s+|\s+)"
_MONTH_LEVEL_RE = compile_filtered(
    rf"(?:(?P<rel>(?i:{_alt(lex.WEEKDAY_MODIFIERS)}))\s+)?(?:{_PART})?{_MONTH}"
    rf"(?:,?\s+{_YEAR}|\s+(?P<ryear>(?i:{_alt(lex.RELATIVE_PERIODS)}))\s+(?i:year)\b|(?!\s*\d))"
)
_YEAR_ONLY_RE = compile_filtered(
    rf"(?<![\w/.\-–])(?:(?:(?i:the)\s+)?(?P<part>(?i:{_alt(lex.PART_OF_YEAR)}))"
    rf"(?:\s*-\s*|\s+(?i:of)\s+|\s+))?{_YEAR}(?![\w%]|[/.,\-–]\d)"
)
_WEEKDAY_RE = compile_filtered(
    rf"(?i)\b(?:(?P<mod>{_alt(lex.WEEKDAY_MODIFIERS)})\s+)?(?P<wd>{_alt(lex.WEEKDAYS)})\b"
)
_RELATIVE_DAY_RE = compile_filtered(rf"(?i)\b(?:{_alt(lex.RELATIVE_DAYS)})\b")
_PERIOD_RE = compile_filtered(
    rf"(?i)\b(?P<rel>{_alt(lex.RELATIVE_PERIODS)})\s+(?P<unit>week|month|year)\b"
)
_COUNTED_RE = compile_filtered(
    rf"(?i)\b(?:(?:{_alt(lex.COUNT_HEDGES)})\s+)?(?:(?P<n>\d{{1,3}}|{_alt(lex.NUMBER_WORDS)})\s+)?"
    rf"(?P<unit>{_alt(lex.TIME_UNITS)})(?P<pl>s)?\s+(?P<dir>{_alt(lex.ANAPHORIC_DIRECTIONS)})\b"
)
_SPAN_PREP_RE = re.compile(rf"(?i)(?<!\w)(?:{_alt(lex.SPAN_PREPOSITIONS)})\s+$")
_PREV_WORD_RE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\s+$")
_APOSTROPHE_CUES = [c for c in lex.FUTURE_CUES if c[0] in "'’"]
_FUTURE_RE = compile_filtered(
    rf"(?i)(?:(?<![\w'’])(?:{_alt(set(lex.FUTURE_CUES) - set(_APOSTROPHE_CUES))})"
    rf"|(?:{_alt(_APOSTROPHE_CUES)}))(?!\w)"
)
_PAST_RE = re.compile(rf"(?i)(?<![\w'’])(?:{_alt(lex.PAST_CUES)})(?!\w)")
_PAST_ED_RE = re.compile(r"(?<![\w'’])[a-z]{2,}ed(?!\w)")
_FOLLOWER_RE = re.compile(r"\s+([A-Z]\w+)")
_DEADLINE_WORD_RE = re.compile(r"\b(?:than|within|in|for)\s*$")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# every finder of find_dates reads one of these: a sentence none can match holds no date
_MAY_HOLD_DATE = may_any([_ISO_RE, _DOTTED_RE, _SLASHED_RE, _MONTH_DAY_RE, _DAY_MONTH_RE,
                          _MONTH_LEVEL_RE, _YEAR_ONLY_RE, _WEEKDAY_RE, _RELATIVE_DAY_RE,
                          _PERIOD_RE, _COUNTED_RE])


# ------------------------------------------------------------------------- public API


def find_dates(text: str, base: date | None, offset: int = 0) -> list[DateMention]:
    """Every date phrase in ``text`` resolved against ``base``, with offsets shifted by ``offset``.

    Without a base only self-contained dates (those carrying a year) can be resolved, and so
    with a base outside the years a date may fall in (its arithmetic could leave the calendar).
    Dates outside those years ("999 years later") are dropped like impossible ones.
    """
    if not _MAY_HOLD_DATE(text):
        return []  # no finder below can match: most sentences hold no date
    if base is not None and not lex.DATE_YEAR_MIN <= base.year <= lex.DATE_YEAR_MAX:
        base = None
    explicit = _numeric(text) + _month_day(text, base) + _day_month(text, base)
    hits = explicit + _month_level(text, base) + _years(text)
    if base is not None:
        weekdays = _merge_weekday_dates(text, _weekdays(text, base), explicit)
        hits += weekdays + _relative_days(text, base) + _periods(text, base)
        hits += _counted(text, base)
    chosen = _select(_widen(text, h) for h in hits
                     if lex.DATE_YEAR_MIN <= h.value.year <= lex.DATE_YEAR_MAX)
    return [
        DateMention(h.start + offset, h.end + offset, text[h.start:h.end], h.value, h.precision)
        for h in chosen
    ]


def date_of(mentions: list[DateMention]) -> date | None:
    """The best single date for a sentence: the first day-precise mention, else the first one."""
    for m in mentions:
        if m.precision == "day":
            return m.value
    return mentions[0].value if mentions else None


# ------------------------------------------------------------------ calendar arithmetic


def _make(year: int, month: int, day: int) -> date | None:
    """A date, or None for impossible ones ("February 30"); day 0 means the month's last day."""
    if not 1 <= month <= 12 or day < 0:
        return None
    if day == 0:
        day = calendar.monthrange(year, month)[1]
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest(month: int, day: int, base: date, anchor_day: int | None = None) -> date | None:
    """Month/day in the year that puts it nearest to ``base``; ties go to the past.

    ``anchor_day`` measures distance from another day of the month (mid-month for "in May").
    """
    best: tuple[int, date] | None = None
    for year in (base.year - 1, base.year, base.year + 1):
        value = _make(year, month, day)
        anchor = _make(year, month, anchor_day) if anchor_day is not None else value
        if value is None or anchor is None:
            continue
        distance = abs((anchor - base).days)
        if best is None or distance < best[0]:
            best = (distance, value)
    return best[1] if best else None


def _shift_months(base: date, months: int) -> date:
    """First day of the month ``months`` away from the base's month."""
    index = base.year * 12 + base.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _weekday_value(weekday: int, mode: str, base: date) -> date:
    """Resolve a weekday: strictly past/future, inside base's week, or on/before (recent)."""
    back = (base.weekday() - weekday) % 7
    ahead = (weekday - base.weekday()) % 7
    if mode == "past":
        return base - timedelta(days=back or 7)
    if mode == "future":
        return base + timedelta(days=ahead or 7)
    if mode == "week":
        return base + timedelta(days=weekday - base.weekday())
    if mode == "upcoming":
        return base + timedelta(days=ahead)
    return base - timedelta(days=back)


def _month_number(name: str) -> int:
    """Month number for a full name or an abbreviation (with or without its dot)."""
    name = name.rstrip(".")
    return lex.MONTHS.get(name) or lex.MONTH_ABBREVIATIONS[name]


# ------------------------------------------------------------------------------ finders


def _numeric(text: str) -> list[_Hit]:
    """ISO "2025-06-02", European "02.06.2025", and slashed dates only when unambiguous."""
    hits: list[_Hit] = []
    for m in _ISO_RE.finditer(text):
        value = _make(int(m["y"]), int(m["m"]), int(m["d"]))
        if value and int(m["d"]) > 0:
            hits.append(_Hit(m.start(), m.end(), value, "day"))
    for m in _DOTTED_RE.finditer(text):
        value = _make(int(m["y"]), int(m["m"]), int(m["d"]))
        if value and int(m["d"]) > 0:
            hits.append(_Hit(m.start(), m.end(), value, "day"))
    for m in _SLASHED_RE.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a <= 12 and b <= 12 and a != b:
            continue  # 2/6/2025: February or June? Nobody can tell, so say nothing.
        day, month = (a, b) if a > 12 or a == b else (b, a)
        value = _make(int(m["y"]), month, day) if day > 0 else None
        if value:
            hits.append(_Hit(m.start(), m.end(), value, "day"))
    return hits


@lru_cache(maxsize=4096)
def _parse_day(day: int, month: int, year: int) -> date | None:
    """A found day-month-year phrase parsed by dateparser (English only, no relative base
    needed since the phrase is complete); None for impossible dates ("30 February 2025")."""
    parsed = dateparser.parse(
        f"{day} {calendar.month_name[month]} {year}", languages=["en"],
        settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True,
                  "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed is not None else None


def _explicit_day(m: re.Match[str], base: date | None) -> _Hit | None:
    """A month name with a day number (and maybe a year) -> day-precise hit."""
    day, month = int(m["day"]), _month_number(m["month"])
    if m["day2"] and _NIGHT_RE.search(m.string[max(m.start() - 30, 0):m.start()]):
        day = int(m["day2"])
    if day < 1:
        return None
    if m["year"]:
        value = _parse_day(day, month, int(m["year"]))
    elif base is not None:
        nearest = _nearest(month, day, base)  # the year is ours to choose: nearest the base
        value = _parse_day(day, month, nearest.year) if nearest else None
    else:
        value = None
    return _Hit(m.start(), m.end(), value, "day") if value else None


def _month_day(text: str, base: date | None) -> list[_Hit]:
    """ "June 2", "May 16-17", "June 1 and 2", "June 2, 2025" (ranges keep the first day, but a
    night "of July 8-9" is dated by the morning it ends in)."""
    return [h for m in _MONTH_DAY_RE.finditer(text) if (h := _explicit_day(m, base))]


def _day_month(text: str, base: date | None) -> list[_Hit]:
    """ "2 June", "the 2nd of June", "16-17 May 2025"."""
    return [h for m in _DAY_MONTH_RE.finditer(text) if (h := _explicit_day(m, base))]


def _month_level(text: str, base: date | None) -> list[_Hit]:
    """ "in May", "mid-May", "the end of May", "May 2025", "last May", "May this year"."""
    hits: list[_Hit] = []
    for m in _MONTH_LEVEL_RE.finditer(text):
        if not _month_is_meant(text, m):
            continue
        value = _month_value(m, base)
        if value:
            hits.append(_Hit(m.start(), m.end(), value, "month"))
    return hits


def _month_is_meant(text: str, m: re.Match[str]) -> bool:
    """Whether a lone month name is a month, not "may" the verb or April the first name."""
    name = m["month"]
    if m["year"] or m["ryear"] or m["part"] or m["rel"]:
        return True
    if name.rstrip(".") not in lex.MONTHS:
        return False  # a lone "Jan" is more likely a first name than a month
    prev = _prev_word(text, m.start())
    return (name not in lex.MONTHS_NEEDING_CUE or prev in lex.MONTH_CUES
            or (prev in lex.MONTH_LINKS and _follows_month(text, m.start())))


def _follows_month(text: str, start: int) -> bool:
    """ "in May and June", "between March or April": a month name two or three words back."""
    before = text[max(0, start - 30):start].split()[-4:-1]
    return any(w.strip(",").rstrip(".") in lex.MONTHS for w in before)


def _month_value(m: re.Match[str], base: date | None) -> date | None:
    """The date a month-level phrase stands for (its part day, or the 1st)."""
    month = _month_number(m["month"])
    day = lex.PART_OF_MONTH[m["part"].lower()] if m["part"] else 1
    if m["year"]:
        return _make(int(m["year"]), month, day)
    if base is None:
        return None
    if m["ryear"]:
        return _make(base.year + lex.RELATIVE_PERIODS[_words(m["ryear"])], month, day)
    if m["rel"]:
        mode = lex.WEEKDAY_MODIFIERS[_words(m["rel"])]
        year = base.year
        if mode == "past" and month >= base.month:
            year -= 1
        elif mode == "future" and month <= base.month:
            year += 1
        return _make(year, month, day)
    return _nearest(month, day, base, anchor_day=day if m["part"] else 15)


def _years(text: str) -> list[_Hit]:
    """ "in 2022", "since 2014", "early 2024", "the end of 2023" -> Jan 1, precision year."""
    hits: list[_Hit] = []
    for m in _YEAR_ONLY_RE.finditer(text):
        if m["part"] or _prev_word(text, m.start()) in lex.YEAR_CUES:
            hits.append(_Hit(m.start(), m.end(), date(int(m["year"]), 1, 1), "year"))
    return hits


def _weekdays(text: str, base: date) -> list[_Hit]:
    """ "Sunday", "last Friday", "next Tuesday", "this Wednesday"; bare ones read the tense."""
    hits: list[_Hit] = []
    cues: _TenseCues | None = None  # found once per text, and only when a bare weekday needs them
    for m in _WEEKDAY_RE.finditer(text):
        follower = _FOLLOWER_RE.match(text, m.end())
        if follower and follower[1] in lex.WEEKDAY_NAME_FOLLOWERS:
            continue  # "The Sunday Times"
        if m["mod"]:
            mode = lex.WEEKDAY_MODIFIERS[_words(m["mod"])]
        else:
            cues = cues or _TenseCues(text)
            mode = "upcoming" if cues.looks_future(m.start(), m.end()) else "recent"
        value = _weekday_value(lex.WEEKDAYS[m["wd"].lower()], mode, base)
        hits.append(_Hit(m.start(), m.end(), value, "day"))
    return hits


def _merge_weekday_dates(text: str, weekdays: list[_Hit], explicit: list[_Hit]) -> list[_Hit]:
    """ "Sunday, June 1" is one mention dated by its explicit part (the first one found that
    starts right after it, past spaces and commas)."""
    by_start = sorted((e.start, k) for k, e in enumerate(explicit))
    merged: list[_Hit] = []
    for wd in weekdays:
        gap_end = wd.end
        while gap_end < len(text) and text[gap_end] in " ,":
            gap_end += 1
        near = by_start[bisect_left(by_start, (wd.end, -1)):
                        bisect_right(by_start, (gap_end, len(explicit)))]
        follow = explicit[min(k for _, k in near)] if near else None
        merged.append(wd._replace(end=follow.end, value=follow.value) if follow else wd)
    return merged


def _relative_days(text: str, base: date) -> list[_Hit]:
    """ "today", "yesterday", "the day before yesterday", "the following day"."""
    hits: list[_Hit] = []
    for m in _RELATIVE_DAY_RE.finditer(text):
        before = _skip_space_back(text, m.start())
        if m[0][0].isupper() and before and text[before - 1] in _ASCII_LETTERS:
            continue  # a capitalised word mid-sentence is a name: "Russia Today", "USA Today"
        days = lex.RELATIVE_DAYS[_words(m[0])]
        hits.append(_Hit(m.start(), m.end(), base + timedelta(days=days), "day"))
    return hits


def _periods(text: str, base: date) -> list[_Hit]:
    """ "last week" (base-7), "earlier this month", "next month", "last year"."""
    hits: list[_Hit] = []
    for m in _PERIOD_RE.finditer(text):
        shift, unit = lex.RELATIVE_PERIODS[_words(m["rel"])], m["unit"].lower()
        if unit == "week":
            if shift:
                hits.append(_Hit(m.start(), m.end(), base + timedelta(days=7 * shift), "day"))
        elif unit == "month":
            hits.append(_Hit(m.start(), m.end(), _shift_months(base, shift), "month"))
        else:
            hits.append(_Hit(m.start(), m.end(), date(base.year + shift, 1, 1), "year"))
    return hits


_MAX_LINKED = 14  # "N units after <event>" dates an event only for small N


def _counted(text: str, base: date) -> list[_Hit]:
    """ "two days ago", "a day later", "the day before", "only a day after the attack"."""
    hits: list[_Hit] = []
    for m in _COUNTED_RE.finditer(text):
        hit = _counted_hit(text, m, base)
        if hit:
            hits.append(hit)
    return hits


def _counted_hit(text: str, m: re.Match[str], base: date) -> _Hit | None:
    """Resolve one counted phrase; vague or meaningless combinations give None."""
    precision, size = lex.TIME_UNITS[m["unit"].lower()]
    word, direction = (m["n"] or "").lower(), _words(m["dir"])
    if not word:
        if not m["pl"] or precision != "day":
            return None  # "day after" alone, or "months after" (too vague to date)
        count = lex.VAGUE_PLURAL_COUNT
    elif word == "the" and (m["pl"] or direction == "ago"):
        return None  # "the days before", "the day ago"
    else:
        count = int(word) if word.isdigit() else lex.NUMBER_WORDS[_words(word)]
    word_end = _skip_space_back(text, m.start())
    if direction in lex.EVENT_LINKERS and (count > _MAX_LINKED or _DEADLINE_WORD_RE.search(
            text, max(0, word_end - len("within")), m.start())):
        return None  # "no later than 100 days after martial law": a deadline, not a date
    sign = lex.ANAPHORIC_DIRECTIONS[direction]
    if direction in lex.EVENT_LINKERS and _introduces_event(text, m.end()):
        sign = -sign
    shift = sign * count * size
    if precision == "day":
        value = base + timedelta(days=shift)
    elif precision == "month":
        value = _shift_months(base, shift)
    else:
        value = date(base.year + shift, 1, 1)
    return _Hit(m.start(), m.end(), value, precision)


# ------------------------------------------------------------------------------ helpers


def _introduces_event(text: str, end: int) -> bool:
    """True when "before/after" is followed by words (an event), not by punctuation or the end."""
    while end < len(text) and text[end].isspace():
        end += 1
    return end < len(text) and (text[end].isalnum() or text[end] in "\"'“‘")


def _skip_space_back(text: str, end: int) -> int:
    """Where the whitespace right before ``end`` starts."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


_FAR = 10**6  # the gap of a cue inside the phrase itself: as good as none


class _TenseCues:
    """The tense cues of a text, sorted, so that the nearest one to a phrase is found by
    bisection (a text may hold many weekdays and many cues)."""

    def __init__(self, text: str) -> None:
        future = [(m.start(), m.end()) for m in _FUTURE_RE.finditer(text)]
        future_starts = [s for s, _ in future]  # sorted: one regex's matches do not overlap
        past = [(m.start(), m.end()) for m in _PAST_RE.finditer(text)]
        past += [
            (m.start(), m.end())
            for m in _PAST_ED_RE.finditer(text)
            if m[0] not in lex.NOT_PAST_ED and not _inside(future, future_starts, m.start())
        ]
        self.future = _Cues(future)
        self.past = _Cues(past)

    def looks_future(self, start: int, end: int) -> bool:
        """Whether the tense cue nearest to ``text[start:end]`` points forward (ties: future)."""
        near_future = self.future.nearest(start, end)
        near_past = self.past.nearest(start, end)
        if near_future is None:
            return False
        return near_past is None or near_future <= near_past


def _inside(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    """Whether ``at`` lies in one of the sorted, non-overlapping spans."""
    k = bisect_right(starts, at) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


class _Cues:
    """Cue spans with their starts and ends sorted apart, for the gap to the nearest one."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = sorted(s for s, _ in spans)
        self.ends = sorted(e for _, e in spans)

    def nearest(self, start: int, end: int) -> int | None:
        """Characters between the phrase and its nearest cue; None without any cue."""
        if not self.starts:
            return None
        before = bisect_right(self.ends, start)  # cues ending at or before the phrase
        after = len(self.starts) - bisect_left(self.starts, end)  # cues starting at its end
        gaps = [start - self.ends[before - 1]] if before else []
        gaps += [self.starts[-after] - end] if after else []
        if before + after < len(self.starts):
            gaps.append(_FAR)  # a cue inside the phrase
        return min(gaps)


def _prev_word(text: str, start: int) -> str:
    """The lower-cased word just before ``start`` ("" at the start of the text)."""
    m = _PREV_WORD_RE.search(text, max(0, start - 40), start)  # pos keeps lookbehind honest
    return m[1].lower() if m else ""


def _words(phrase: str) -> str:
    """Lower-case a matched phrase and collapse its inner whitespace, for lexicon look-ups."""
    return " ".join(phrase.lower().split())


def _widen(text: str, hit: _Hit) -> _Hit:
    """Pull a leading preposition into the span, so the text reads "on May 30", "since 2014"."""
    m = _SPAN_PREP_RE.search(text, max(0, hit.start - 12), hit.start)
    return hit._replace(start=hit.start - len(m[0])) if m else hit


def _select(hits: Iterable[_Hit]) -> list[_Hit]:
    """Keep the longest of overlapping hits ("May 16, 2025" over "2025"), in text order."""
    chosen: list[tuple[int, int]] = []  # (start, end) of the hits kept: sorted, disjoint
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        k = bisect_left(chosen, (hit.end, hit.end))  # kept hits starting before this one ends
        if k and chosen[k - 1][1] > hit.start:
            continue  # the last of them reaches into it
        insort(chosen, (hit.start, hit.end))
        kept.append(hit)
    return sorted(kept, key=lambda h: h.start)
