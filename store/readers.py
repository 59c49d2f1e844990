"""Article files (plain text, Markdown, HTML) -> the plain text the extractor reads.

Pure functions, no database: ingest hands over a file's name and bytes, and when a file cannot
be read the ValueError's message is shown verbatim next to the file name, so every message says
in plain words what is wrong and, where it can, what to do about it.

The extractor wants an optional ` date YYYY-MM-DD` header, a short headline line and paragraphs
separated by blank lines; Markdown and HTML are brought into that shape, keeping every word of
the article (quotes, apostrophes, brackets, odd characters) exactly as written.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import PurePath

# --- file types and limits -----------------------------------------------------------------------

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
ARTICLE_SUFFIXES: frozenset[str] = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES

MEGABYTE = 1024 * 1024
MAX_ARTICLE_BYTES: int = 5 * MEGABYTE  # a news article is far smaller; bigger is a wrong file

BINARY_SNIFF_BYTES = 4096  # NUL bytes this early mean an image, archive or office document
CHARSET_SCAN_BYTES = 64 * 1024  # where an HTML page's charset declaration is looked for

# labels browsers read as another charset (the WHATWG encoding standard): pages that say
# "iso-8859-1" are in practice Windows-1252, curly quotes in 0x91-0x94 and all
CHARSET_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252", "x-sjis": "shift_jis",
}
# a page that declares UTF-16/32 without a byte order mark is read as UTF-8, as browsers do
WIDE_CODECS = frozenset({"utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"})

# --- HTML ----------------------------------------------------------------------------------------

# whose whole content is page furniture or code, never article text
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "nav", "header", "footer",
    "aside", "form", "button", "iframe", "figure", "figcaption", "textarea", "select",
    "video", "audio", "canvas", "object", "dialog",
})
# elements that end the paragraph before and after them
BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "blockquote", "br", "hr", "tr", "table", "caption", "section", "article", "main", "body",
    "pre", "address", "center", "details", "summary", "fieldset", "legend", "hgroup",
    "header", "footer", "nav", "aside", "form", "figure", "figcaption", "noscript", "title",
})
CELL_TAGS = frozenset({"td", "th"})  # cells of one row are read as one line, space-separated
VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta",
    "param", "source", "track", "wbr",
})
HEAD_TAGS = frozenset({"title", "meta", "link", "script", "style", "base", "noscript",
                       "template"})  # any other start tag ends an unclosed <head>

# publication dates, by priority: the first source that gives a readable date wins
META_DATE_PROPERTIES = ("article:published_time",)
META_DATE_NAMES = ("date", "pubdate", "publish-date", "dc.date", "dc.date.issued")
ITEMPROP_DATE = "datepublished"
JSON_LD_TYPE = "application/ld+json"
JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{0,100})"')

# "<title>Headline | Site</title>": a tail of at most this many words after one of these
# separators is the site's name, cut while at least TITLE_MIN_WORDS words remain
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")
TITLE_TAIL_MAX_WORDS = 4
TITLE_MIN_WORDS = 3

NO_HTML_TEXT = "HTML page with no article text"

# --- Markdown front matter -----------------------------------------------------------------------

# front matter keys that carry the publication date, by priority
FRONT_MATTER_DATE_KEYS = ("date", "published", "pubdate", "publishdate", "publish_date",
                          "published_at", "date_published")
FRONT_MATTER_TITLE_KEY = "title"

# --- shared patterns -----------------------------------------------------------------------------

# the extractor's header (store.article): " date 2025-06-02", optionally "date:"
_HEADER = re.compile(r"\A\s*date\s*:?\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)[ ]*", re.IGNORECASE)
_DATE_VALUE = re.compile(r"\s*[\"']?(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|(\d{2})(\d{2}))(?!\d)")

_SUFFIX_LIST = ", ".join(sorted(ARTICLE_SUFFIXES))


def check_size(size: int) -> None:
    """Refuse a file too large to be an article; ingest calls this before reading the file."""
    if size > MAX_ARTICLE_BYTES:
        raise ValueError(f"too large ({size / MEGABYTE:.1f} MB; articles over "
                         f"{MAX_ARTICLE_BYTES // MEGABYTE} MB are not read)")


def read_article(name: str, data: bytes) -> str:
    """Bytes of the file called `name` -> plain article text the extractor reads.

    Raises ValueError with a user-facing reason (shown verbatim next to the file name)."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise ValueError(f"not an article file (reads {_SUFFIX_LIST})")
    check_size(len(data))
    if suffix in HTML_SUFFIXES:
        return html_to_text(decode_text(data, html=True))
    text = decode_text(data)
    if suffix in MARKDOWN_SUFFIXES:
        return markdown_to_text(text)
    return text


# --- decoding ------------------------------------------------------------------------------------

_WIDE_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_META_CHARSET = re.compile(rb"<meta\b[^>]{0,512}?charset\s*=\s*[\"']?\s*([\w.:-]{1,40})", re.I)
_XML_ENCODING = re.compile(rb"\A\s*<\?xml\b[^>]{0,200}?encoding\s*=\s*[\"']([\w.:-]{1,40})")


def decode_text(data: bytes, html: bool = False) -> str:
    """UTF-8 (BOM or not), UTF-16/32 with a BOM, or for HTML the charset the page declares."""
    wide_error: ValueError | None = None
    for bom, codec, label in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:  # "FF FE 00 00" may be UTF-16 and a NUL
                wide_error = wide_error or ValueError(
                    f"not {label} text despite its byte order mark (bad bytes at offset "
                    f"{exc.start + len(bom)})")
    if wide_error is not None:
        raise wide_error
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise ValueError("binary file, not text")
    start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[start:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = exc.start + start
        utf8_error = ValueError(f"not UTF-8 text (invalid byte 0x{data[at]:02X} at offset {at}); "
                                "save it as UTF-8")
        if not html or start:
            raise utf8_error from None
    return _decode_declared(data, utf8_error)


def _decode_declared(data: bytes, utf8_error: ValueError) -> str:
    """Decode an HTML page that is not UTF-8 with the charset it declares, if any."""
    head = data[:CHARSET_SCAN_BYTES]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if m is None:
        raise utf8_error
    declared = m.group(1).decode("ascii").strip(".:-")
    charset = CHARSET_ALIASES.get(declared.lower(), declared)
    try:
        codec = codecs.lookup(charset).name.replace("-", "_")
    except LookupError:
        raise ValueError(f'declares the unknown charset "{declared}"; save it as UTF-8') from None
    if codec == "utf_8" or codec in WIDE_CODECS:
        raise utf8_error
    try:
        return data.decode(codec)
    except LookupError:  # a codec such as "base64" or "rot13" is not a text encoding
        raise ValueError(f'declares the unknown charset "{declared}"; save it as UTF-8') from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"not {declared} text as the page declares (invalid byte "
                         f"0x{data[exc.start]:02X} at offset {exc.start}); save it as UTF-8"
                         ) from None


def _parse_date(value: str | None) -> date | None:
    """The calendar date a date or datetime value starts with (2025-06-02, 2025/06/02,
    20250602T...), or None; the date as written, whatever the time zone."""
    if not value:
        return None
    m = _DATE_VALUE.match(value)
    if m is None:
        return None
    year = int(m.group(1))
    month, day = (m.group(3), m.group(4)) if m.group(2) else (m.group(5), m.group(6))
    try:
        return date(year, int(month), int(day))
    except ValueError:
        return None


def _header_line(published: date) -> str:
    return f" date {published.isoformat()}"


# --- HTML ----------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Para:
    text: str
    kind: str  # "p", "li", "h1", or "header-h1" (an <h1> in a <header>: headline only)
    article: int  # which outermost <article> it sits in, -1 for none
    main: bool  # inside <main>


class _PageReader(HTMLParser):
    """One pass over the page: visible paragraphs with where they sit, plus title and dates.

    Unclosed and stray tags are handled as browsers do in the cases that matter here: an end
    tag closes everything opened after its start tag, an end tag with no open start tag is
    ignored, and a count per tag name keeps that check O(1), so the pass stays linear."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, whether it hides its content)
        self.open: dict[str, int] = {}
        self.hidden = 0  # open elements that hide their content
        self.hidden_headers = 0  # of those, <header>s (an article's <h1> often sits in one)
        self.articles = 0
        self.article_depth = 0
        self.main_depth = 0
        self.h1_depth = 0
        self.list_item = False  # the next paragraph starts a list item
        self.pieces: list[str] = []
        self.header_h1: list[str] = []
        self.paras: list[_Para] = []
        self.title_parts: list[str] | None = None
        self.title: str | None = None
        self.json_ld: list[str] | None = None
        self.dates: dict[str, date] = {}  # source -> first readable date from it
        self.times: list[tuple[date, int, bool]] = []  # <time datetime>: date, article, main

    # -- events --

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: v for k, v in attrs if v is not None}
        if self.open.get("head") and tag not in HEAD_TAGS:
            self._close("head")
        if tag == "meta":
            self._meta(attr)
            return
        if "itemprop" in attr and attr["itemprop"].lower() == ITEMPROP_DATE:
            self._date("itemprop", attr.get("content") or attr.get("datetime"))
        if tag == "time" and "datetime" in attr:
            found = _parse_date(attr["datetime"])
            if found is not None:
                self.times.append((found, self._article(), self.main_depth > 0))
        if tag in BLOCK_TAGS:
            self._flush()
        elif tag in CELL_TAGS:
            self.pieces.append(" ")
        if tag in VOID_TAGS:
            return
        hides = tag in SKIP_TAGS or any(k == "hidden" for k, _ in attrs)
        self.stack.append((tag, hides))
        self.open[tag] = self.open.get(tag, 0) + 1
        self.hidden += hides
        self.hidden_headers += hides and tag == "header"
        if tag == "article":
            if not self.article_depth:
                self.articles += 1
            self.article_depth += 1
        elif tag == "main":
            self.main_depth += 1
        elif tag == "h1":
            self.h1_depth += 1
        elif tag == "li":
            self.list_item = True
        elif tag == "title" and self.title is None and not self.hidden:
            self.title_parts = []
        elif tag == "script" and JSON_LD_TYPE in attr.get("type", "").lower():
            self.json_ld = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # "</br>" is read as "<br>" by browsers
            self._flush()
            return
        if not self.open.get(tag):
            return
        self._close(tag)

    def handle_data(self, data: str) -> None:
        if self.json_ld is not None and self.stack and self.stack[-1][0] == "script":
            self.json_ld.append(data)
        elif self.title_parts is not None:
            self.title_parts.append(data)
        elif self.open.get("head"):
            return
        elif not self.hidden:
            self.pieces.append(data)
        elif self.h1_depth and self.hidden == self.hidden_headers:
            self.header_h1.append(data)  # a headline inside a <header>

    # -- helpers --

    def _close(self, tag: str) -> None:
        """Close the innermost open `tag` and everything opened inside it."""
        depth = len(self.stack) - 1
        while self.stack[depth][0] != tag:
            depth -= 1
        if any(t in BLOCK_TAGS for t, _ in self.stack[depth:]):
            self._flush()  # before the state changes: the paragraph belongs inside
        while len(self.stack) > depth:
            closed, hides = self.stack.pop()
            self.open[closed] -= 1
            self.hidden -= hides
            self.hidden_headers -= hides and closed == "header"
            if closed == "article":
                self.article_depth -= 1
            elif closed == "main":
                self.main_depth -= 1
            elif closed == "h1":
                self.h1_depth -= 1
            elif closed == "li":
                self.list_item = False
            elif closed == "title" and self.title_parts is not None:
                self.title = " ".join("".join(self.title_parts).split())
                self.title_parts = None
            elif closed == "script" and self.json_ld is not None:
                m = JSON_LD_DATE.search("".join(self.json_ld))
                self._date("json-ld", m.group(1) if m else None)
                self.json_ld = None

    def _flush(self) -> None:
        """End the current paragraph: whitespace collapsed, kept if any text is left."""
        if self.header_h1:  # a headline candidate only, never body text
            text = " ".join("".join(self.header_h1).split())
            self.header_h1.clear()
            if text:
                self.paras.append(_Para(text, "header-h1", self._article(), self.main_depth > 0))
        if not self.pieces:
            return
        text = " ".join("".join(self.pieces).split())
        self.pieces.clear()
        if not text:
            return
        kind = "li" if self.list_item else "h1" if self.h1_depth else "p"
        self.list_item = False
        self.paras.append(_Para(text, kind, self._article(), self.main_depth > 0))

    def _article(self) -> int:
        return self.articles - 1 if self.article_depth else -1

    def _meta(self, attr: dict[str, str]) -> None:
        content = attr.get("content")
        if attr.get("property", "").lower() in META_DATE_PROPERTIES:
            self._date("property", content)
        if attr.get("name", "").lower() in META_DATE_NAMES:
            self._date("name", content)
        if attr.get("itemprop", "").lower() == ITEMPROP_DATE:
            self._date("itemprop", content)

    def _date(self, source: str, value: str | None) -> None:
        found = _parse_date(value)
        if found is not None and source not in self.dates:
            self.dates[source] = found


def _defuse(markup: str) -> str:
    """Turn markup that can never be completed into text, so html.parser stays linear.

    Python's parser rescans to the end of the input for every "<" whose tag, comment or
    declaration is never closed, which is quadratic on nasty input; a "<" after the last ">"
    and a "<!--" after the last "-->" can only be text. "<![" (CDATA, conditional comments)
    is made a bogus comment, which some versions of the parser would otherwise raise on."""
    markup = markup.replace("<![", "<!-[")
    last = markup.rfind("-->")
    end = last + 3 if last >= 0 else 0
    if "<!--" in markup[end:]:
        markup = markup[:end] + markup[end:].replace("<!--", "&lt;!--")
    end = markup.rfind(">") + 1
    if "<" in markup[end:]:
        markup = markup[:end] + markup[end:].replace("<", "&lt;")
    return markup


def html_to_text(markup: str) -> str:
    """The article of an HTML page as plain text: date header, headline, paragraphs."""
    reader = _PageReader()
    try:
        reader.feed(_defuse(markup))
        reader.close()
    except AssertionError as exc:  # html.parser's way of giving up on broken markup
        raise ValueError(f"HTML page that could not be read ({exc})") from None
    reader._flush()
    paras = _region(reader.paras)
    headline = _headline(paras, reader.title)
    paras = [p for p in paras if p.kind != "header-h1"]
    if not paras:
        raise ValueError(NO_HTML_TEXT)
    header = None
    m = _HEADER.match(paras[0].text)
    if m is not None:  # the page's own text starts with a header: it is the article's word
        header = " " + paras[0].text[:m.end()].strip()  # the leading space, as ingest writes
        rest = paras[0].text[m.end():].strip()
        if rest:
            paras[0] = _Para(rest, paras[0].kind, paras[0].article, paras[0].main)
        else:
            paras.pop(0)
    else:
        published = _published(reader, paras)
        header = _header_line(published) if published else None
    # every list item is a paragraph of its own: an item ending in a comma or "and" would
    # otherwise be joined to the next one by the extractor's line-wrap repair
    out = "\n\n".join(f"- {p.text}" if p.kind == "li" else p.text for p in paras)
    if not out.strip():
        raise ValueError(NO_HTML_TEXT)
    if headline:
        out = f"{headline}\n\n{out}"
    return f"{header}\n{out}" if header else out


def _region(paras: list[_Para]) -> list[_Para]:
    """The paragraphs to read: the <article> with the most text, else <main>, else all."""
    size: dict[int, int] = {}
    for p in paras:
        if p.article >= 0 and p.kind != "header-h1":
            size[p.article] = size.get(p.article, 0) + len(p.text)
    if size:
        best = min(size, key=lambda a: (-size[a], a))
        return [p for p in paras if p.article == best]
    if any(p.main and p.kind != "header-h1" for p in paras):
        return [p for p in paras if p.main]
    return list(paras)


def _headline(paras: list[_Para], title: str | None) -> str | None:
    """The first <h1> of the region (taken out of the body), else one in the <header> of an
    <article> or <main> (in the page's own header it is the site's name), else the <title>."""
    for i, p in enumerate(paras):
        if p.kind == "h1":
            return paras.pop(i).text
    for p in paras:
        if p.kind == "header-h1" and (p.article >= 0 or p.main):
            return p.text
    return _headline_from_title(title)


def _published(reader: _PageReader, paras: list[_Para]) -> date | None:
    """The first date found, by the priority of its source; a <time> in the read region is
    preferred to one elsewhere (a sidebar lists other stories' times)."""
    for source in ("property", "name", "itemprop"):
        if source in reader.dates:
            return reader.dates[source]
    if reader.times:
        region = paras[0] if paras else None
        for found, article, main in reader.times:
            if region is not None and (article == region.article if region.article >= 0
                                       else main and region.main):
                return found
        return reader.times[0][0]
    return reader.dates.get("json-ld")


def _headline_from_title(title: str | None) -> str | None:
    """A <title> without its " | Site name" tail, cut only while 3+ words remain."""
    if not title:
        return None
    while True:
        cut = max((title.rfind(sep), sep) for sep in TITLE_SEPARATORS)
        at, sep = cut
        if at <= 0:
            return title
        head, tail = title[:at].strip(), title[at + len(sep):]
        if len(tail.split()) > TITLE_TAIL_MAX_WORDS or len(head.split()) < TITLE_MIN_WORDS:
            return title
        title = head


# --- Markdown ------------------------------------------------------------------------------------

_FENCE = re.compile(r"\s{0,3}(`{3,}|~{3,})")
_QUOTE_MARKS = re.compile(r"\s{0,3}(?:>[ ]?)+")
_RULE = re.compile(r"\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")
_SETEXT_EQ = re.compile(r"\s{0,3}=+\s*")
_ATX = re.compile(r"\s{0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_BULLET = re.compile(r"\s*[-*+][ \t]+(.*)")
_NUMBERED = re.compile(r"\s*(\d{1,9}[.)])[ \t]+(.*)")
_TABLE_RULE = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*")
_REF_DEF = re.compile(r"\s{0,3}\[([^\]^][^\]]*)\]:[ \t]*\S+.*")
_FRONT_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?")

_CODE_SPAN = re.compile(r"``[ ]?(.+?)[ ]?``|`([^`\n]+)`")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)")
_REF_LINK = re.compile(r"(!?)\[([^\[\]]+)\]\[([^\[\]]*)\]")
_SHORTCUT_REF = re.compile(r"(!?)\[([^\[\]]+)\](?![\[(:])")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^\s<>]+|mailto:[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
_INLINE_MARKUP = re.compile(r"[`\\\[*_~<]")
_EMPHASIS_RUN = re.compile(r"\*+|_+|~~")
_PLACEHOLDER = re.compile("\ue100(\\d+)\ue101")
_ESCAPED = re.compile("[\ue000-\ue07f]")


def markdown_to_text(text: str) -> str:
    """Markdown -> plain paragraphs: markup dropped, words, lists and quotes kept."""
    lines = _drop_comments(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    header, lines = _split_md_header(lines)
    published, title, lines = _front_matter(lines)
    if header is None:
        header, lines = _split_md_header(lines)
    if header is None and published is not None:
        header = _header_line(published) + "\n"
    refs = {" ".join(m.group(1).split()).lower() for line in lines
            if (m := _REF_DEF.fullmatch(line))}
    blocks = _md_blocks(lines)
    paragraphs = [raw if code else _inline(raw, refs) for raw, code, _ in blocks]
    starts_with_heading = bool(blocks) and blocks[0][2]
    if title and not starts_with_heading:
        paragraphs.insert(0, title)
    body = "\n\n".join(p for p in paragraphs if p.strip())
    return (header or "") + body


def _drop_comments(text: str) -> str:
    """Remove <!-- ... --> comments in one linear scan; an unclosed one loses only its "<!--"."""
    out: list[str] = []
    at = 0
    while (start := text.find("<!--", at)) >= 0:
        out.append(text[at:start])
        end = text.find("-->", start + 4)
        if end < 0:
            at = start + 4
            break
        at = end + 3
    out.append(text[at:])
    return "".join(out)


def _split_md_header(lines: list[str]) -> tuple[str | None, list[str]]:
    """A leading ` date YYYY-MM-DD` header, kept as written; text after it on its line stays."""
    if not lines:
        return None, lines
    m = _HEADER.match(lines[0])
    if m is None:
        return None, lines
    rest = lines[0][m.end():]
    if rest.strip():
        return lines[0][:m.end()], [rest, *lines[1:]]
    return lines[0].rstrip() + "\n", lines[1:]


def _front_matter(lines: list[str]) -> tuple[date | None, str | None, list[str]]:
    """Strip a YAML front matter block; return its publication date and title."""
    if not lines or lines[0].rstrip() != "---":
        return None, None, lines
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        return None, None, lines
    fields: dict[str, str] = {}
    for line in lines[1:end]:
        m = _FRONT_KEY.fullmatch(line.rstrip())
        if m is not None:
            fields.setdefault(m.group(1).lower(), (m.group(2) or "").strip())
    first = next((line for line in lines[1:end] if line.strip()), "")
    if not _FRONT_KEY.fullmatch(first.rstrip()):
        return None, None, lines  # "---", a paragraph, "---": rules around text, not YAML
    published = next((d for key in FRONT_MATTER_DATE_KEYS
                      if (d := _parse_date(fields.get(key))) is not None), None)
    title = fields.get(FRONT_MATTER_TITLE_KEY, "")
    if len(title) >= 2 and title[0] == title[-1] and title[0] in "\"'":
        title = title[1:-1]
    return published, title or None, lines[end + 1:]


def _md_blocks(lines: list[str]) -> list[tuple[str, bool, bool]]:
    """Lines -> blocks (text, is code, is heading); blocks are paragraphs, lists or headings."""
    blocks: list[tuple[str, bool, bool]] = []
    current: list[str] = []

    def flush(heading: bool = False) -> None:
        if current:
            blocks.append(("\n".join(current), False, heading))
            current.clear()

    fence: str | None = None
    for line in lines:
        if fence is not None:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                blocks.append(("\n".join(current), True, False))
                current.clear()
                fence = None
            elif line.strip():
                current.append(line.strip())
            continue
        m = _FENCE.match(line)
        if m is not None:
            flush()
            fence = m.group(1)
            continue
        line = _QUOTE_MARKS.sub("", line, count=1) if line.lstrip().startswith(">") else line
        stripped = line.strip()
        if not stripped:
            flush()
        elif _SETEXT_EQ.fullmatch(line) or _RULE.fullmatch(line):
            flush(heading=bool(current) and stripped[0] in "=-")  # "Title\n===" is a heading
        elif (m := _ATX.fullmatch(line)) is not None:
            flush()
            current.append((m.group(1) or "").strip())
            flush(heading=True)
        elif _REF_DEF.fullmatch(line) or _TABLE_RULE.fullmatch(line):
            continue
        elif (m := _BULLET.fullmatch(line)) is not None:
            flush()  # one paragraph per item (see html_to_text); lazy lines continue it
            current.append(f"- {m.group(1).strip()}")
        elif (m := _NUMBERED.fullmatch(line)) is not None:
            flush()
            current.append(f"{m.group(1)} {m.group(2).strip()}")
        else:
            current.append(stripped.removesuffix("\\").rstrip())
    if fence is not None:  # an unclosed fence runs to the end, as in CommonMark
        blocks.append(("\n".join(current), True, False))
    else:
        flush()
    return blocks


def _inline(text: str, refs: set[str]) -> str:
    """Drop inline markup from one block: code ticks, links, images, emphasis, escapes."""
    if _INLINE_MARKUP.search(text) is None:  # most paragraphs: nothing to do
        return text
    codes: list[str] = []

    def keep_code(m: re.Match[str]) -> str:
        codes.append(m.group(1) if m.group(1) is not None else m.group(2))
        return f"\ue100{len(codes) - 1}\ue101"

    text = _CODE_SPAN.sub(keep_code, text)
    text, escapes = _ESCAPE.subn(lambda m: chr(0xE000 + ord(m.group(1))), text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    if refs:
        text = _REF_LINK.sub(lambda m: _ref(m, refs, m.group(3) or m.group(2)), text)
        text = _SHORTCUT_REF.sub(lambda m: _ref(m, refs, m.group(2)), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _strip_emphasis(text)
    if escapes:  # back from the private-use stand-ins that hid them from the markup rules
        text = _ESCAPED.sub(lambda m: chr(ord(m.group(0)) - 0xE000), text)
    text = _PLACEHOLDER.sub(lambda m: codes[int(m.group(1))], text)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def _ref(m: re.Match[str], refs: set[str], label: str) -> str:
    """A reference link's text (an image's nothing) when its label is defined, else as is."""
    if " ".join(label.split()).lower() not in refs:
        return m.group(0)
    return "" if m.group(1) else m.group(2)


def _is_space_or_punct(ch: str) -> bool:
    return not ch.isalnum()


def _strip_emphasis(text: str) -> str:
    """Remove *, **, _, __ and ~~ markers that wrap words, in one pass with a stack per marker.

    A run opens when it has a non-space after it and a space or punctuation before it, and
    closes the other way round, so "snake_case_word", "2*3*4" and a lone "*" stay as written."""
    stacks: dict[str, list[list[int]]] = {"*": [], "_": [], "~": []}
    cut: list[tuple[int, int]] = []
    n = len(text)
    for m in _EMPHASIS_RUN.finditer(text):
        start, end = m.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < n else " "
        can_open = not after.isspace() and _is_space_or_punct(before)
        can_close = not before.isspace() and _is_space_or_punct(after)
        run = [start, end]
        stack = stacks[text[start]]
        if can_close:
            while stack and run[1] > run[0]:
                opener = stack[-1]
                width = min(opener[1] - opener[0], run[1] - run[0])
                cut.append((opener[1] - width, opener[1]))
                cut.append((run[0], run[0] + width))
                opener[1] -= width
                run[0] += width
                if opener[1] == opener[0]:
                    stack.pop()
        if can_open and run[1] > run[0] and run[0] == start:
            stack.append(run)
    if not cut:
        return text
    cut.sort()
    out: list[str] = []
    at = 0
    for start, end in cut:
        out.append(text[at:start])
        at = max(at, end)
    out.append(text[at:])
    return "".join(out)
