"""Words that make up date phrases: months, weekdays, relative words and tense cues.

Kept as data so the grammar in ``store/dates.py`` never hard-codes vocabulary.
Month names are matched case-sensitively (news capitalises them, and that is what
separates "May" the month from "may" the verb); everything else is case-insensitive.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
}

# the years a resolved date may fall in: those the grammar reads ("the 1977 protocols", "2099")
# and the trusted publication years (YEAR_MIN..YEAR_MAX in store/lexicon/text.py); "999 years
# later" is no date, and a base outside these years is not reckoned from
DATE_YEAR_MIN = 1900
DATE_YEAR_MAX = 2100

# abbreviations are only read next to a day number or a year ("Sept. 5", "Jan 2024")
MONTH_ABBREVIATIONS: dict[str, int] = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}

# month names that are also common words or first names ("may", "march", "April Ryan"):
# alone (no day, no year) they count as months only after a cue word
MONTHS_NEEDING_CUE: frozenset[str] = frozenset({"May", "March", "April", "June", "August"})
# a month name joined to a month just before it is a month too ("in May and June")
MONTH_LINKS: frozenset[str] = frozenset({"and", "or", "to", "through", "until"})

# a word right before a lone month name that makes it a month ("in May", "since March")
MONTH_CUES: frozenset[str] = frozenset({
    "in", "since", "of", "on", "until", "till", "by", "from", "through", "throughout",
    "during", "before", "after", "between", "early", "mid", "late", "last", "next", "this",
    "around",
})

# a word right before a lone four-digit year that makes it a year ("in 2022", "since 2014",
# "the 2022 talks"); "of" and "to" are left out on purpose: "a total of 2000 troops", "rose to
# 2000" (news style writes counts from 1,000 with a comma, so "the 2000" is a year)
YEAR_CUES: frozenset[str] = frozenset({
    "in", "since", "by", "until", "till", "from", "through", "throughout", "during",
    "before", "after", "around", "circa", "the",
})

# prepositions pulled into a mention's span, so the text reads "on May 30", "since 2014"
SPAN_PREPOSITIONS: frozenset[str] = frozenset({
    "on", "in", "since", "by", "until", "till", "from", "during", "through", "at",
})

# part-of-month words -> the day they stand for (0 = the last day of the month);
# the mention keeps precision "month", the day is only a best guess inside it
PART_OF_MONTH: dict[str, int] = {
    "early": 5, "beginning": 1, "start": 1, "mid": 15, "middle": 15, "late": 25, "end": 0,
}

# words that can precede a year as "early 2024", "the end of 2024", "summer 2022"
PART_OF_YEAR: frozenset[str] = frozenset({
    "early", "mid", "late", "beginning", "start", "middle", "end",
    "spring", "summer", "autumn", "fall", "winter",
})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

# modifiers before a weekday or a month name -> how to pick it: "past" = strictly before the
# base, "future" = strictly after, "week" = inside the base's Monday-to-Sunday week (for a
# month: inside the base's year)
WEEKDAY_MODIFIERS: dict[str, str] = {
    "last": "past", "this past": "past", "past": "past", "previous": "past",
    "next": "future", "this coming": "future", "coming": "future",
    "this": "week",
}

# capitalised words after a weekday that make it part of a name ("The Sunday Times")
WEEKDAY_NAME_FOLLOWERS: frozenset[str] = frozenset({
    "Times", "Telegraph", "Express", "Mail", "Mirror", "Post", "Herald", "Independent",
    "Star", "Sport", "People", "Tribune", "Observer", "Journal",
})

# fixed phrases -> days from the base date
RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "earlier today": 0, "later today": 0, "this morning": 0,
    "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "the previous day": -1, "the day before yesterday": -2,
    "tomorrow": 1, "the next day": 1, "the following day": 1, "the day after tomorrow": 2,
}

# "<relative> week/month/year" -> periods from the base; "this week" is left out on purpose
# (it names no single day and there is no week precision)
RELATIVE_PERIODS: dict[str, int] = {
    "last": -1, "next": 1, "this": 0, "earlier this": 0, "later this": 0,
    "the previous": -1, "the following": 1,
}

# counts written as words; "the" reads "the day before" as one day
NUMBER_WORDS: dict[str, int] = {
    "the": 1, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a few": 3, "several": 3,
}

# a bare plural ("just days after", "weeks before") is read as this many units
VAGUE_PLURAL_COUNT: int = 2

# unit -> (precision, size): days and weeks are counted in days, months and years by calendar
TIME_UNITS: dict[str, tuple[str, int]] = {
    "day": ("day", 1), "week": ("day", 7), "fortnight": ("day", 14),
    "month": ("month", 1), "year": ("year", 1),
}

# hedges allowed in front of a counted span ("only a day after", "just days before")
COUNT_HEDGES: tuple[str, ...] = (
    "only", "just", "barely", "merely", "some", "about", "around", "nearly", "almost",
    "roughly", "less than", "more than", "at least", "mere",
)

# the word after a count and unit -> sign of the shift when the phrase stands alone
# ("two days ago", "a day later", "the day before,")
ANAPHORIC_DIRECTIONS: dict[str, int] = {
    "ago": -1, "earlier": -1, "before": -1, "prior": -1, "later": 1, "after": 1,
}

# of those, the ones that introduce ANOTHER event when a noun phrase follows:
# "the talks open a day after the attack" puts the attack one day before the base
EVENT_LINKERS: frozenset[str] = frozenset({"before", "prior", "after"})

# words/phrases showing the sentence speaks about what is still to come
FUTURE_CUES: tuple[str, ...] = (
    "will", "'ll", "’ll", "won't", "won’t", "shall", "scheduled", "is due", "are due",
    "due to", "plans to", "plan to", "planned", "planning", "set to", "expected", "expects",
    "upcoming", "ahead of", "is to", "are to", "would", "going to", "next", "to be held",
    "to take place", "slated",
)

# irregular past-tense forms; regular "-ed" verbs are recognised by their ending
PAST_CUES: tuple[str, ...] = (
    "said", "was", "were", "had", "did", "ago", "last", "told", "met", "held", "began",
    "took", "made", "went", "came", "gave", "saw", "spoke", "left", "sent", "struck",
    "wrote", "led", "brought", "won", "lost", "fought", "flew", "shot", "broke", "agreed",
    "freed", "fled", "ran", "kept", "felt", "found", "got", "laid", "paid", "stood", "knew",
)

# words ending in "-ed" that are not past tense
NOT_PAST_ED: frozenset[str] = frozenset({
    "hundred", "need", "indeed", "embed", "speed", "seed", "feed", "proceed", "exceed",
    "succeed", "bed", "red", "shed", "sacred", "kindred", "naked", "wicked",
})

# a night named by two days ("the night of July 8-9", "overnight on 3-4 July") ends on the second
NIGHT_WORDS: frozenset[str] = frozenset({"night", "overnight", "nighttime"})
