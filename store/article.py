"""Raw article text -> ParsedArticle: header date, dateline, title and a clean paragraph body.

Articles come from many outlets and scrapers, so every step is a conservative heuristic that
leaves real text alone when unsure: boilerplate is only ever a whole short line, a title is only
a short unpunctuated first line, and a dateline must look like one in shape, not by place name.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from store.lexicon.text import (
    BOILERPLATE_MAX_CHARS,
    BOILERPLATE_PATTERNS,
    CREDIT_LEADS,
    CREDIT_WORDS,
    MID_SENTENCE_ENDINGS,
    MONTHS,
    TITLE_MAX_CHARS,
    YEAR_MAX,
    YEAR_MIN,
)
from store.records import ParsedArticle
from store.tokens import register_cache

# --- normalisation -------------------------------------------------------------------------------

_CHAR_MAP = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u3000": " ", "\t": " ", "\x0b": " ",
    "\x0c": "\n", "\u2028": "\n", "\u2029": "\n\n", "\u0085": "\n",
    "\ufeff": None, "\u200b": None, "\u2060": None, "\x00": None,
})
_MAPPED = re.compile("[" + "".join(re.escape(chr(c)) for c in _CHAR_MAP) + "]")
# C0 controls (tab and line breaks are mapped above), DEL and the C1 block U+0080-U+009F (U+0085,
# "next line", is mapped to a newline above): terminal escapes and mis-decoded bytes, never text
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f]")
_HEADER = re.compile(r"\A\s*date\s*:?\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)[ ]*", re.IGNORECASE)

# --- boilerplate -------------------------------------------------------------------------------

_BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in BOILERPLATE_PATTERNS), re.IGNORECASE)
_CREDIT_LEAD = re.compile(
    r"(?:" + "|".join(re.escape(lead) for lead in CREDIT_LEADS) + r")\s", re.IGNORECASE
)
_WORD_EDGE_PUNCT = "()[];,.:&\"'“”‘’"

# --- lines and titles ----------------------------------------------------------------------------

_CLOSERS = "\"'”’»)]"
_TERMINAL = ".!?…:;"
_TITLE_MIN_WORDS = 2  # "22:05 EEST" or "Ukraine" alone is a label, not a headline
_WRAP_MIN_LINES = 4
_WRAP_MAX_WIDTH = 100
_WRAP_FULL_SHARE = 0.7  # a line at least this share of the width ran into the right margin

# --- datelines -----------------------------------------------------------------------------------

_LETTER = r"[^\W\d_]"
_NAME_WORD = rf"{_LETTER}[\w'’.-]*"
_PLACE = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,3}}"
_MONTH = (
    "(?i:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?(?!\w)"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>\d{{4}}))?)(?!\d)"
)
_REGION = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE}(?:\s*/\s*{_PLACE}){{0,3}})"
    rf"(?P<parts>(?:\s*,\s*(?:{_DATE}|{_REGION})){{0,3}})"
    r"\s*\.?\s*(?:(?:\((?P<agency>[^()\n]{1,30})\)|/(?P<slash>[^/\n]{1,30})/)\s*\.?)?"
    r"\s*(?P<dash>--|[–—]|-(?=\s))?\s*"
)
_YEAR = re.compile(r"(?<!\d)(?<!\d[,.])(\d{4})(?!\d|[,.]\d)")


def parse_article(raw: str) -> ParsedArticle:
    """Split a raw article file into date, dateline, title and body; never raises on junk."""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    if not isinstance(raw, str):
        return ParsedArticle(body="", title=None, published=None)
    text = _normalise(raw)
    header_date, header_year, text = _split_header(text)
    blocks = _content_blocks(text)
    title = _take_title(blocks)
    paragraphs = _paragraphs(blocks, _wrap_width(blocks))
    paragraphs = _clean_paragraphs(paragraphs, title)
    dateline, dl_month_day, dl_year = None, None, None
    if paragraphs:
        dateline, rest, dl_month_day, dl_year = _split_dateline(paragraphs[0])
        if dateline is not None:
            paragraphs = [rest, *paragraphs[1:]] if rest else paragraphs[1:]
    # the headline is kept apart: it only restates the story, and read as text it would
    # repeat the body's statements and strikes in shorter, vaguer words
    body = "\n\n".join(paragraphs)
    published = header_date
    if published is None and dl_month_day is not None:
        year = dl_year or header_year or _latest_year(body)
        published = _safe_date(year, *dl_month_day) if year else None
    return ParsedArticle(body=body, title=title, published=published, dateline=dateline)


def _normalise(raw: str) -> str:
    """Unify newlines and exotic spaces so later regexes see plain "\\n" and " "."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if _MAPPED.search(text):  # translate looks every character up: only when it changes some
        text = text.translate(_CHAR_MAP)
    return _CONTROL.sub(" ", text)


def _split_header(text: str) -> tuple[date | None, int | None, str]:
    """Strip the ` date YYYY-MM-DD` header; return its date, its year and the remaining text."""
    m = _HEADER.match(text)
    if m is None:
        return None, None, text
    year, month, day = (int(g) for g in m.groups())
    if not YEAR_MIN <= year <= YEAR_MAX:
        return None, None, text[m.end():]  # "0001-01-01", "9999-12-31": junk like "2025-02-30"
    return _safe_date(year, month, day), year, text[m.end():]


def _safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the parts do not form one (Feb 30, year 0)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def is_boilerplate(line: str) -> bool:
    """True for a whole short line that is page furniture (widgets, credits, captions, links).
    Cached: a one-line paragraph is asked about as a line and again as a paragraph."""
    line = " ".join(line.split())
    if not line or len(line) > BOILERPLATE_MAX_CHARS:
        return False
    if not any(ch.isalnum() for ch in line):
        return True  # separators such as "***" or "---"
    return _BOILERPLATE.fullmatch(line) is not None or _is_credit_line(line)


register_cache(is_boilerplate.cache_clear)


def _is_credit_line(line: str) -> bool:
    """'Reporting by Jane Doe; Editing by John Roe' or 'By a staff writer': names, no verbs."""
    inner = line.strip("() ")
    m = _CREDIT_LEAD.match(inner)
    if m is None:
        return False
    chunks = [c.strip() for c in inner.split(";") if c.strip()]
    if line.startswith("(") and line.endswith(")") or (
        len(chunks) > 1 and all(_CREDIT_LEAD.match(c + " ") for c in chunks)
    ):
        return True  # "(Reporting by ...)" or "Reporting by ...; Editing by ...": a credit note
    words = [w.strip(_WORD_EDGE_PUNCT) for w in inner[m.end():].split()]
    words = [w for w in words if w]
    if not words or len(words) > 30:
        return False
    return all(w[0].isupper() or w.lower() in CREDIT_WORDS for w in words)


def _content_blocks(text: str) -> list[list[str]]:
    """Blank-line separated blocks of whitespace-collapsed lines, boilerplate lines removed."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw_line in text.split("\n"):
        line = " ".join(raw_line.split())
        if not line:
            if current:
                blocks.append(current)
                current = []
        elif not is_boilerplate(line):
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _ends_terminal(line: str) -> bool:
    """Whether a line ends a sentence (closing quotes and brackets looked through)."""
    core = line.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _TERMINAL


def _last_word(line: str) -> str:
    """The last word of a line, lowercased and without surrounding punctuation."""
    parts = line.split()
    return parts[-1].strip(_WORD_EDGE_PUNCT).lower() if parts else ""


def _ends_mid_sentence(line: str) -> bool:
    """A line ending in a comma, hyphen or function word cannot be a finished paragraph."""
    return line.endswith((",", "-", "–", "—")) or _last_word(line) in MID_SENTENCE_ENDINGS


def _starts_lower(line: str) -> bool:
    return line[:1].islower()


def _take_title(blocks: list[list[str]]) -> str | None:
    """Pop and return the first line when it reads as a headline followed by more text."""
    if not blocks:
        return None
    first = blocks[0][0]
    following = blocks[0][1] if len(blocks[0]) > 1 else (blocks[1][0] if len(blocks) > 1 else None)
    if following is None or _starts_lower(following) or not _looks_like_title(first):
        return None
    blocks[0].pop(0)
    if not blocks[0]:
        blocks.pop(0)
    return first


def _looks_like_title(line: str) -> bool:
    """Short, capitalised, no final period, not stopping mid-sentence and not a dateline."""
    words = [w for w in line.split() if any(ch.isalpha() for ch in w)]
    if len(line) > TITLE_MAX_CHARS or len(words) < _TITLE_MIN_WORDS:
        return False
    core = line.rstrip(_CLOSERS)
    if not core or core[-1] in ".:;," or _starts_lower(line) or _ends_mid_sentence(line):
        return False
    return _split_dateline(line)[0] is None


def _wrap_width(blocks: list[list[str]]) -> int | None:
    """The right margin of hard-wrapped text, or None when lines are free-flowing paragraphs."""
    lengths = [len(line) for block in blocks for line in block]
    if len(lengths) < _WRAP_MIN_LINES:
        return None
    width = max(lengths)
    full = sum(1 for n in lengths if n >= _WRAP_FULL_SHARE * width)
    return width if width <= _WRAP_MAX_WIDTH and full * 2 >= len(lengths) else None


def _continues(prev: str, line: str, width: int | None) -> bool:
    """Whether `line` carries on the sentence of `prev` (hard wrap) rather than starting anew."""
    if _starts_lower(line):
        return True
    if _ends_terminal(prev):
        return False
    if _ends_mid_sentence(prev):
        return True
    return width is not None and len(prev) >= _WRAP_FULL_SHARE * width


def _join(prev: str, line: str) -> str:
    """Glue a wrapped line on; a word split by a hyphen at the margin is rejoined without space."""
    if len(prev) > 1 and prev.endswith("-") and prev[-2].isalpha() and _starts_lower(line):
        return prev + line
    return prev + " " + line


def _paragraphs(blocks: list[list[str]], width: int | None) -> list[str]:
    """Blocks of lines -> paragraphs: wrapped lines joined, other line breaks kept as paragraphs."""
    paragraphs: list[str] = []
    prev_line = ""
    for block in blocks:
        for i, line in enumerate(block):
            across_blank = i == 0
            joins = bool(paragraphs) and (
                (_starts_lower(line) and not _ends_terminal(prev_line))
                if across_blank
                else _continues(prev_line, line, width)
            )
            if joins:
                paragraphs[-1] = _join(paragraphs[-1], line)
            else:
                paragraphs.append(line)
            prev_line = line
    return paragraphs


def _clean_paragraphs(paragraphs: list[str], title: str | None) -> list[str]:
    """Drop boilerplate paragraphs, exact repeats and a repeat of the title."""
    seen: set[str] = {title} if title else set()
    kept: list[str] = []
    for p in paragraphs:
        p = " ".join(p.split())
        if p and p not in seen and not is_boilerplate(p):
            seen.add(p)
            kept.append(p)
    return kept


def _split_dateline(
    paragraph: str,
) -> tuple[str | None, str, tuple[int, int] | None, int | None]:
    """(dateline, rest of paragraph, (month, day) if dated, year if written) of a paragraph."""
    m = _DATELINE.match(paragraph)
    if m is None or not _valid_dateline(m):
        return None, paragraph, None, None
    month_day, year = _dateline_date(m)
    return m.group(0).strip(), paragraph[m.end():].strip(), month_day, year


def _capitalised(text: str, digits: bool = False) -> bool:
    """Every word of a place name (or of a region/date part) starts uppercase (or a digit)."""
    words = [w for w in re.split(r"[\s/,]+", text) if w]
    return bool(words) and all(w[0].isupper() or (digits and w[0].isdigit()) for w in words)


def _valid_dateline(m: re.Match[str]) -> bool:
    """A dateline needs a wire agency, or a dash after an all-caps place or a date."""
    place, agency = m.group("place"), m.group("agency")
    dated = bool(m.group("m1") or m.group("m2"))
    parts = m.group("parts")
    if not _capitalised(place) or (parts.strip(" ,") and not _capitalised(parts, digits=True)):
        return False
    if agency is not None and not agency.strip()[:1].isupper():
        return False
    if m.group("slash"):
        return True
    if not m.group("dash"):
        return False
    all_caps = sum(ch.isalpha() for ch in place) >= 2 and place.isupper()
    return agency is not None or all_caps or dated


def _dateline_date(m: re.Match[str]) -> tuple[tuple[int, int] | None, int | None]:
    """((month, day), year or None) written in a dateline, or (None, None) when undated."""
    month_name = m.group("m1") or m.group("m2")
    day_text = m.group("d1") or m.group("d2")
    if not month_name or not day_text:
        return None, None
    month = MONTHS.get(month_name.rstrip(".").lower())
    day = int(re.sub(r"\D", "", day_text))
    if month is None or not 1 <= day <= 31:
        return None, None
    year_text = m.group("y1") or m.group("y2")
    year = int(year_text) if year_text and YEAR_MIN <= int(year_text) <= YEAR_MAX else None
    return (month, day), year


def _latest_year(text: str) -> int | None:
    """The latest plausible year written in the text: the best guess for an undated dateline."""
    years = [int(y) for y in _YEAR.findall(text) if YEAR_MIN <= int(y) <= YEAR_MAX]
    return max(years) if years else None
