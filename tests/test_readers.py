"""store.readers: article files (text, Markdown, HTML) -> the plain text the extractor reads.

Every input here is hand-written for these tests; names, places and quotes are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract
from store.readers import ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES, read_article

MB = 1024 * 1024


def md(text: str) -> str:
    return read_article("story.md", text.encode("utf-8"))


def page(markup: str) -> str:
    return read_article("story.html", markup.encode("utf-8"))


def said(text: str) -> list[tuple[str, str | None, str]]:
    """(kind, speaker name, words) of every statement the extractor finds in reader output."""
    rec = extract(text)
    return [(s.kind, rec.actors[s.speaker].name if s.speaker is not None else None, s.text)
            for s in rec.statements]


# --- API, suffixes and size ------------------------------------------------------------------


def test_suffixes_and_size_limit() -> None:
    assert {".txt", ".text", ".md", ".markdown", ".html", ".htm"} == ARTICLE_SUFFIXES
    assert MAX_ARTICLE_BYTES == 5 * MB


@pytest.mark.parametrize("name", ["notes.pdf", "photo.jpg", "README", "story.docx"])
def test_unknown_suffix_names_the_suffixes_read(name: str) -> None:
    with pytest.raises(ValueError, match="not an article file") as info:
        read_article(name, b"Some text.")
    for suffix in ARTICLE_SUFFIXES:
        assert suffix in str(info.value)


def test_suffix_is_case_insensitive_and_may_come_with_a_path() -> None:
    assert read_article("in/Box/STORY.TXT", b"Plain words.") == "Plain words."
    assert page("<p>Plain words.</p>") == read_article("a/b/Story.HTM", b"<p>Plain words.</p>")


def test_too_large_is_refused_before_reading() -> None:
    with pytest.raises(ValueError) as info:
        read_article("big.txt", b"a" * (20 * MB))
    assert str(info.value) == "too large (20.0 MB; articles over 5 MB are not read)"
    with pytest.raises(ValueError, match=r"^too large \(5\.0 MB"):
        read_article("big.html", b"\x00" * (MAX_ARTICLE_BYTES + 1))  # size first, then content


def test_a_file_of_exactly_the_limit_is_read() -> None:
    assert len(read_article("big.txt", b"a" * MAX_ARTICLE_BYTES)) == MAX_ARTICLE_BYTES


# --- decoding ----------------------------------------------------------------------------------


def test_utf8_with_and_without_bom() -> None:
    text = "Kyiv’s envoy said “no” — twice."
    assert read_article("a.txt", text.encode()) == text
    assert read_article("a.txt", b"\xef\xbb\xbf" + text.encode()) == text


BOMS = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00",
        "utf-32-be": b"\x00\x00\xfe\xff", "utf-16": b"", "utf-32": b""}  # these two write one


@pytest.mark.parametrize("codec", sorted(BOMS))
def test_utf16_and_utf32_with_bom(codec: str) -> None:
    text = " date 2025-06-02 Kyiv’s envoy said “no” — twice.\n\nÜber alles: ça va."
    assert read_article("a.txt", BOMS[codec] + text.encode(codec)) == text
    assert read_article("a.md", BOMS[codec] + text.encode(codec)) == text
    markup = "<p>“No,” she said.</p>"
    assert read_article("a.html", BOMS[codec] + markup.encode(codec)) == "“No,” she said."


def test_utf16_bom_with_broken_data_says_so() -> None:
    with pytest.raises(ValueError, match="not UTF-16 text despite its byte order mark"):
        read_article("a.txt", b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")  # lone half


def test_nul_bytes_early_mean_binary() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    for name in ("a.txt", "a.md", "a.html"):
        with pytest.raises(ValueError) as info:
            read_article(name, png)
        assert str(info.value) == "binary file, not text"
    with pytest.raises(ValueError, match="binary"):
        read_article("a.txt", b"\xef\xbb\xbfText\x00\x00")  # a UTF-8 BOM does not excuse NULs


def test_a_nul_far_into_the_file_is_not_binary() -> None:
    data = b"a" * 5000 + b"\x00" + b"b"
    assert read_article("a.txt", data) == data.decode()


def test_invalid_utf8_names_the_byte_and_its_offset() -> None:
    data = b"The envoy said \x93enough\x94 and left."
    with pytest.raises(ValueError) as info:
        read_article("a.txt", data)
    assert str(info.value) == ("not UTF-8 text (invalid byte 0x93 at offset 15); "
                               "save it as UTF-8")
    with pytest.raises(ValueError, match=r"invalid byte 0x93 at offset 18\)"):
        read_article("a.md", b"\xef\xbb\xbf" + data)  # offsets count the BOM: file offsets
    with pytest.raises(ValueError, match="not UTF-8 text"):
        read_article("a.html", b"<p>" + data)  # HTML with no charset declared: UTF-8 or nothing


def test_cp1252_html_with_meta_charset() -> None:
    body = "<p>\x93We are ready,\x94 the envoy\x92s aide said \x96 in Geneva.</p>"
    for head in ('<meta charset="windows-1252">',
                 '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
                 "<meta charset=iso-8859-1>"):  # read as Windows-1252, as browsers do
        data = (f"<html><head>{head}</head><body>" + body + "</body></html>").encode("latin-1")
        assert page_bytes(data) == "“We are ready,” the envoy’s aide said – in Geneva."


def page_bytes(data: bytes) -> str:
    return read_article("page.html", data)


def test_xml_declaration_encoding_is_honoured() -> None:
    data = '<?xml version="1.0" encoding="iso-8859-15"?><p>Price: 5 \xa4.</p>'.encode("latin-1")
    assert page_bytes(data) == "Price: 5 €."


def test_declared_charset_is_ignored_when_the_bytes_are_utf8() -> None:
    data = '<meta charset="windows-1252"><p>“Already UTF-8,” she said.</p>'.encode()
    assert page_bytes(data) == "“Already UTF-8,” she said."


def test_unknown_declared_charset_is_a_clear_error() -> None:
    for label in ("klingon-8", "base64"):
        data = f'<meta charset="{label}"><p>\x93x\x94</p>'.encode("latin-1")
        with pytest.raises(ValueError) as info:
            page_bytes(data)
        assert str(info.value) == f'declares the unknown charset "{label}"; save it as UTF-8'


def test_bytes_that_are_not_the_declared_charset() -> None:
    data = b'<meta charset="windows-1252"><p>odd \x81 byte</p>'
    with pytest.raises(ValueError, match=r"not windows-1252 text as the page declares "
                                         r"\(invalid byte 0x81 at offset 36\)"):
        page_bytes(data)


def test_charset_declarations_only_count_in_html() -> None:
    with pytest.raises(ValueError, match="not UTF-8 text"):
        read_article("a.md", b'<meta charset="windows-1252">\n\n\x93Quoted\x94 words.')


# --- plain text --------------------------------------------------------------------------------


def test_text_files_come_back_unchanged() -> None:
    text = " date 2025-06-02 **Not** markdown here.\r\n\r\n<p>Nor HTML</p> [bold]x[/bold]\n"
    assert read_article("a.txt", text.encode()) == text
    assert read_article("a.text", text.encode()) == text
    assert read_article("empty.txt", b"") == ""


# --- Markdown ----------------------------------------------------------------------------------


def test_markdown_headings_lose_their_markers() -> None:
    assert md("# Talks resume in Geneva\n\nBody text.") == "Talks resume in Geneva\n\nBody text."
    assert md("## Second round ##\nBody text.") == "Second round\n\nBody text."
    assert md("Talks resume\n============\nBody text.") == "Talks resume\n\nBody text."
    assert md("Talks resume\n---\nBody text.") == "Talks resume\n\nBody text."
    assert md("#hashtag stays") == "#hashtag stays"


def test_markdown_emphasis_markers_that_wrap_words_are_dropped() -> None:
    assert md("The **envoy** was *late* and __tired__, _very_ ***tired***.") == \
        "The envoy was late and tired, very tired."
    assert md('*"We are ready,"* she said, **not** for the ~~first~~ time.') == \
        '"We are ready," she said, not for the first time.'
    assert md("A **bold phrase\nacross two lines** stays one.") == \
        "A bold phrase\nacross two lines stays one."


def test_markdown_underscores_and_stars_inside_words_stay() -> None:
    text = "The snake_case_word and __init__ file, 2*3*4 and a_b_c, a lone * star, file_name_."
    assert md(text) == ("The snake_case_word and init file, 2*3*4 and a_b_c, a lone * star, "
                        "file_name_.")
    assert md("Use my_var_name here.") == "Use my_var_name here."


def test_markdown_inline_code_loses_its_backticks_but_not_its_content() -> None:
    assert md("Run `talks_start *now*` or ``a `tick` b`` today.") == \
        "Run talks_start *now* or a `tick` b today."


def test_markdown_links_become_their_text_and_images_go() -> None:
    text = ("Read the [full statement](https://example.org/a_(b)_c \"Title\") here. "
            "![Delegates at the table](img/table.jpg) More [sic] text, "
            "[![logo](l.png)](https://example.org) and <https://example.org/x>.")
    assert md(text) == ("Read the full statement here.  More [sic] text,  and "
                        "https://example.org/x.")


def test_markdown_reference_links_only_when_defined() -> None:
    text = ("The [draft memo][memo] and [the envoy] spoke; [Kyiv][] agreed.\n\n"
            "[memo]: https://example.org/memo\n[kyiv]: https://example.org/kyiv")
    assert md(text) == "The draft memo and [the envoy] spoke; Kyiv agreed."


def test_markdown_blockquotes_lose_their_markers() -> None:
    text = "Before.\n\n> \"We will stay,\" he said.\n> Second line.\n>\n> > Nested quote.\n\nAfter."
    assert md(text) == ('Before.\n\n"We will stay," he said.\nSecond line.\n\n'
                        "Nested quote.\n\nAfter.")


def test_markdown_lists_keep_bullets_and_numbers() -> None:
    text = ("Moscow wants:\n* a halt to recruitment,\n+ fewer troops and\n  more time\n"
            "- the end of aid\n    - a nested point\n\n1. First step.\n2) Second step.")
    assert md(text) == ("Moscow wants:\n\n- a halt to recruitment,\n\n- fewer troops and\n"
                        "more time\n\n- the end of aid\n\n- a nested point\n\n"
                        "1. First step.\n\n2) Second step.")


def test_markdown_horizontal_rules_and_comments_are_dropped() -> None:
    text = ("One.\n\n---\n\nTwo.\n\n* * *\n\n___\n\n- - -\n\nThree <!-- inline note --> end."
            "\n\n<!-- a comment\nover lines -->\n\nFour.")
    assert md(text) == "One.\n\nTwo.\n\nThree  end.\n\nFour."


def test_markdown_unclosed_comment_loses_only_its_opener() -> None:
    assert md("Kept <!-- words stay") == "Kept  words stay"


def test_markdown_front_matter_date_becomes_the_header() -> None:
    text = "---\ntitle: Talks\ndate: 2025-06-02\ntags: [talks]\n---\n\n# Talks in Geneva\n\nText."
    assert md(text) == " date 2025-06-02\nTalks in Geneva\n\nText."
    text = '---\ndate: "2025-07-23T19:00:00+03:00"\nauthor: Staff\n---\nText.'
    assert md(text) == " date 2025-07-23\nText."


def test_markdown_front_matter_without_a_date_adds_no_header() -> None:
    assert md("---\nauthor: Staff\ndate: someday\n---\nText.") == "Text."


def test_markdown_front_matter_title_leads_when_there_is_no_heading() -> None:
    assert md("---\ntitle: 'Talks resume in Geneva'\n---\nText.") == \
        "Talks resume in Geneva\n\nText."


def test_markdown_existing_header_is_kept_as_is() -> None:
    assert md(" date 2025-06-02 The delegation **arrived**.") == \
        " date 2025-06-02 The delegation arrived."
    assert md(" date 2025-06-02\n\n# Title here\n\nText.") == \
        " date 2025-06-02\nTitle here\n\nText."
    text = "---\ndate: 2025-01-01\n---\n date 2025-06-02\nText."  # the text's header wins
    assert md(text) == " date 2025-06-02\nText."


def test_markdown_rules_around_text_are_not_front_matter() -> None:
    assert md("---\nA paragraph between rules.\n---\nMore.") == \
        "A paragraph between rules.\n\nMore."


def test_markdown_keeps_paragraphs_quotes_and_apostrophes() -> None:
    text = "“It’s over,” he said.\n\n‘Not yet,’ she said. Don't \"panic\".\r\n\r\nThird."
    assert md(text) == "“It’s over,” he said.\n\n‘Not yet,’ she said. Don't \"panic\".\n\nThird."


def test_markdown_escapes_fences_and_tables() -> None:
    text = ("\\*Not emphasis\\* and \\_kept\\_.\n\n```python\nx = a_b * 2\n```\n\n"
            "| Side | Troops |\n|------|:------:|\n| East | 1,000 |")
    assert md(text) == ("*Not emphasis* and _kept_.\n\nx = a_b * 2\n\n"
                        "| Side | Troops |\n| East | 1,000 |")


def test_markdown_keeps_markup_like_text_literally() -> None:
    text = "Logs showed [bold]x[/bold] and \x1b[31mred\x1b[0m and [red]y[/red]."
    assert md(text) == text


# --- HTML ----------------------------------------------------------------------------------------

NOISY_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Envoys meet again in Geneva | The Daily Ledger</title>
<style>p { color: red }</style>
<script>window.ads = "<p>buy now</p>";</script>
</head>
<body>
<header><a href="/">The Daily Ledger</a><h1>The Daily Ledger</h1></header>
<nav><ul><li>World</li><li>Sport</li></ul></nav>
<form><input name="q"><button>Search</button></form>
<!-- tracking pixel below -->
<article>
  <h1>Envoys meet again in <em>Geneva</em></h1>
  <p>The two delegations sat down on Monday for a <a href="/talks">third round</a>.</p>
  <figure><img src="table.jpg"><figcaption>The table before the talks</figcaption></figure>
  <p>Officials said the meeting ran late.<script>track()</script></p>
  <noscript>Enable scripts</noscript><template><p>Hidden template</p></template>
  <svg><title>icon</title><text>svg words</text></svg>
  <iframe src="video">Frame words</iframe>
  <aside>Read more: other stories</aside>
</article>
<footer>Copyright words</footer>
</body></html>"""


def test_html_reads_only_the_article_without_noise() -> None:
    assert page(NOISY_PAGE) == ("Envoys meet again in Geneva\n\n"
                                "The two delegations sat down on Monday for a third round.\n\n"
                                "Officials said the meeting ran late.")


def test_html_largest_article_wins_then_main_then_body() -> None:
    two = ("<article><p>Short teaser.</p></article>"
           "<article><p>The longer story with more words in it.</p></article>"
           "<article><p>Second teaser.</p></article>")
    assert page(two) == "The longer story with more words in it."
    assert page("<article><p>First one.</p></article><article><p>Other one.</p></article>") \
        == "First one."
    assert page("<div>Menu text</div><main><p>Main text.</p></main><div>Side text</div>") \
        == "Main text."
    assert page("<body><div>One.</div><div>Two.</div></body>") == "One.\n\nTwo."
    assert page("<article><img src=x></article><main><p>Main text.</p></main>") == "Main text."


def test_html_nested_articles_count_as_their_outer_article() -> None:
    markup = ("<article><p>The story.</p><section><article><p>A reader comment.</p></article>"
              "</section></article>")
    assert page(markup) == "The story.\n\nA reader comment."


def test_html_headline_is_the_h1_of_the_region_and_is_not_repeated() -> None:
    markup = ("<title>Page title words here</title><article><p>Kicker</p>"
              "<h1>Talks stall again</h1><p>Body.</p><h1>Second h1</h1></article>")
    assert page(markup) == "Talks stall again\n\nKicker\n\nBody.\n\nSecond h1"


def test_html_headline_in_the_articles_header() -> None:
    markup = ("<header><h1>Site Name</h1></header><article><header><h1>Swap agreed at last</h1>"
              "<p>By A. Writer</p></header><p>Body text.</p></article>")
    assert page(markup) == "Swap agreed at last\n\nBody text."


def test_html_headline_falls_back_to_the_title_without_the_site_name() -> None:
    body = "<body><p>Body.</p></body>"
    assert page("<title>Envoys meet again in Geneva | The Ledger</title>" + body) == \
        "Envoys meet again in Geneva\n\nBody."
    assert page("<title>Envoys meet again - World - The Ledger</title>" + body) == \
        "Envoys meet again\n\nBody."
    assert page("<title>Talks stall — Ledger</title>" + body) == "Talks stall — Ledger\n\nBody."
    assert page("<title>Deal done - but Kyiv and Moscow still argue over prisoners</title>"
                + body) == "Deal done - but Kyiv and Moscow still argue over prisoners\n\nBody."
    assert page("<header><h1>Site Name</h1></header>" + body) == "Body."  # a banner is no headline


def test_html_blocks_end_paragraphs_and_inline_elements_join() -> None:
    markup = ("<div>One <b>bold</b> and <i>it</i>alic, <span>Kyi</span><span>v</span>, "
              '<a href="#">link</a>.</div><div>Two<br>Three<br/>Four</div>'
              "<section>Five</section><blockquote>Six</blockquote>"
              "<table><tr><td>Seven</td><td>eight</td></tr><tr><th>Nine</th></tr></table>"
              "<h2>Ten</h2><p>Eleven</p>")
    assert page(markup) == ("One bold and italic, Kyiv, link.\n\nTwo\n\nThree\n\nFour\n\nFive"
                            "\n\nSix\n\nSeven eight\n\nNine\n\nTen\n\nEleven")


def test_html_list_items_and_nested_lists() -> None:
    markup = ("<p>Kyiv wants:</p><ul><li>a truce at sea,</li><li>a <b>full</b> swap"
              "<ul><li>of soldiers</li><li>and of civilians</li></ul>with no delay</li></ul>"
              "<ol><li><p>First.</p></li><li>Second.</li></ol><ul><li></li></ul><p>After.</p>")
    assert page(markup) == ("Kyiv wants:\n\n- a truce at sea,\n\n- a full swap\n\n"
                            "- of soldiers\n\n- and of civilians\n\nwith no delay\n\n"
                            "- First.\n\n- Second.\n\nAfter.")


def test_html_entities_are_decoded_and_whitespace_collapsed() -> None:
    markup = ("<p>  &ldquo;We&rsquo;re ready,&rdquo;\n\t said   the&nbsp;envoy &amp; aide "
              "&#8212; &#x2018;twice&#x2019; &lt;b&gt; &quot;ok&quot; &copy; &unknown; "
              "AT&T</p>")
    assert page(markup) == ("“We’re ready,” said the envoy & aide — ‘twice’ <b> \"ok\" © "
                            "&unknown; AT&T")


def test_html_unclosed_and_stray_tags() -> None:
    markup = ("<html><body><div><p>One <b>bold<p>Two<li>Item<p>Three</span></em></div>"
              "<div>Four</i></div>")
    assert page(markup) == "One bold\n\nTwo\n\n- Item\n\nThree\n\nFour"


def test_html_unclosed_noise_ends_with_its_parent() -> None:
    markup = "<div><nav>Menu <a>Home</a></div><p>Story text.</p>"
    assert page(markup) == "Story text."


def test_html_hidden_elements_and_odd_markup_are_skipped() -> None:
    markup = ("<p>Seen.</p><div hidden>Unseen.</div><![CDATA[ raw ]]><?php echo 1; ?>"
              "<![endif]><!DOCTYPE x><p>Also seen. a < b and c > d</p>")
    assert page(markup) == "Seen.\n\nAlso seen. a < b and c > d"


def test_html_text_after_the_last_tag_end_stays_text() -> None:
    assert page("<p>Before</p><p>Text with a broken <b tail") == \
        "Before\n\nText with a broken <b tail"
    assert page("<p>Before</p>Tail with < an unclosed <!-- comment") == \
        "Before\n\nTail with < an unclosed <!-- comment"


@pytest.mark.parametrize("markup", ["", "   \n ", "<html><head><title>Only a title here"
                                    "</title></head><body></body></html>",
                                    "<script>var a = 1;</script><nav>Menu</nav><!-- x -->",
                                    "<article><h1>Only a headline</h1></article>"])
def test_html_without_article_text_is_refused(markup: str) -> None:
    with pytest.raises(ValueError) as info:
        page(markup)
    assert str(info.value) == "HTML page with no article text"


def test_html_keeps_markup_like_text_and_ansi_escapes_literally() -> None:
    markup = ("<p>Console showed [bold]x[/bold] and [red]alert[/] here.</p>"
              "<p>Escape \x1b[31mred\x1b[0m and the text \\x1b[1m too.</p>")
    assert page(markup) == ("Console showed [bold]x[/bold] and [red]alert[/] here.\n\n"
                            "Escape \x1b[31mred\x1b[0m and the text \\x1b[1m too.")


# --- HTML dates ----------------------------------------------------------------------------------

BODY = "<body><p>Body.</p></body>"


@pytest.mark.parametrize(("head", "expected"), [
    ('<meta property="article:published_time" content="2025-06-02T10:00:00+03:00">',
     "2025-06-02"),
    ('<meta name="date" content="2025-06-03">', "2025-06-03"),
    ('<meta name="pubdate" content="20250604">', "2025-06-04"),
    ('<meta name="publish-date" content="2025/06/05">', "2025-06-05"),
    ('<meta name="DC.date" content="2025-06-06">', "2025-06-06"),
    ('<meta name="DC.date.issued" content="2025-06-07">', "2025-06-07"),
    ('<meta itemprop="datePublished" content="2025-06-08">', "2025-06-08"),
    ('<time datetime="2025-06-09T08:00Z">9 June</time>', "2025-06-09"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", '
     '"datePublished" : "2025-06-10T07:00:00Z"}</script>', "2025-06-10"),
])
def test_html_date_sources(head: str, expected: str) -> None:
    text = page(head + BODY)
    assert text.startswith(f" date {expected}\n")
    assert text.endswith("\nBody.")


def test_html_date_sources_by_priority() -> None:
    """Listed from the weakest source to the strongest; each one added takes over."""
    sources = ['<script type="application/ld+json">{"datePublished": "2025-01-05"}</script>',
               '<time datetime="2025-01-04"></time>',
               '<meta itemprop="datePublished" content="2025-01-03">',
               '<meta name="date" content="2025-01-02">',
               '<meta property="article:published_time" content="2025-01-01">']
    for n in range(1, len(sources) + 1):
        markup = "".join(reversed(sources[:n])) + BODY  # the strongest first in the page too
        assert page(markup) == f" date 2025-01-0{6 - n}\nBody."
        assert page("".join(sources[:n]) + BODY) == f" date 2025-01-0{6 - n}\nBody."


def test_html_unreadable_date_falls_through_to_the_next_source() -> None:
    markup = ('<meta property="article:published_time" content="yesterday">'
              '<meta name="date" content="2025-02-30"><time datetime="2025-06-02"></time>' + BODY)
    assert page(markup) == " date 2025-06-02\nBody."


def test_html_time_in_the_article_beats_a_sidebar_time() -> None:
    markup = ('<aside><time datetime="2025-01-01">other story</time></aside>'
              '<article><header><time datetime="2025-06-02">2 June</time></header>'
              "<p>Story.</p></article>")
    assert page(markup) == " date 2025-06-02\nStory."


def test_html_without_a_date_has_no_header() -> None:
    assert page("<time>no datetime</time>" + BODY) == "no datetime\n\nBody."


def test_html_visible_header_is_kept() -> None:
    markup = '<meta name="date" content="2025-01-01"><p> date 2025-06-02 The text starts.</p>'
    assert page(markup) == " date 2025-06-02\nThe text starts."


# --- nasty input (its speed is measured by bench/readers_worst_case.py, not here) ---------------


def _fit(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize("unit", ["<div>", "<div>x ", "<a", "<!--", "<!-- >", "<?", "<![",
                                  "</", "< ", "<a x='", "<li>", "</span>", "&amp"])
def test_html_nasty_input_reads_or_says_why(unit: str) -> None:
    data = ("<p>Start.</p>" + _fit(unit, MB // 16)).encode()
    try:
        assert read_article("nasty.html", data).startswith("Start.")
    except ValueError as exc:
        assert str(exc) == "HTML page with no article text"


@pytest.mark.parametrize("unit", ["**a ", "*a* ", "_a ", "[a](", "``a ", "<!-- a ", "- a\n",
                                  "# a\n", "\\*", "~~a "])
def test_markdown_nasty_input_never_raises(unit: str) -> None:
    assert isinstance(md(_fit(unit, MB // 16)), str)


# --- end to end: reader output through the extractor ---------------------------------------------


def test_end_to_end_html() -> None:
    markup = """<html><head>
<title>Swap agreed in Geneva | The Ledger</title>
<meta property="article:published_time" content="2025-06-02T16:30:00+02:00">
</head><body><nav>Home | World</nav>
<article><h1>Swap agreed in Geneva</h1>
<p>GENEVA, June 2 (Ledger) - The two delegations agreed on a new exchange of prisoners.</p>
<p>&ldquo;We will not give up a single village,&rdquo; Defence Minister Olena Kravets said.</p>
</article><footer>About us</footer></body></html>"""
    text = read_article("swap.html", markup.encode())
    rec = extract(text)
    assert rec.article.published == date(2025, 6, 2)
    assert rec.article.title == "Swap agreed in Geneva"
    assert ("quote", "Olena Kravets", "We will not give up a single village") in said(text)


def test_end_to_end_markdown() -> None:
    source = """---
title: Swap agreed in Geneva
date: 2025-06-02
---

# Swap agreed in *Geneva*

GENEVA - The two delegations agreed on a **new** exchange of prisoners.

> "We will not give up a single village," Defence Minister [Olena Kravets](/people/k) said.
"""
    text = md(source)
    rec = extract(text)
    assert rec.article.published == date(2025, 6, 2)
    assert rec.article.title == "Swap agreed in Geneva"
    assert ("quote", "Olena Kravets", "We will not give up a single village") in said(text)


def test_end_to_end_text() -> None:
    source = (" date 2025-06-02 \"We will not give up a single village,\" Defence Minister "
              "Olena Kravets said.")
    text = read_article("swap.txt", source.encode("utf-16"))
    assert extract(text).article.published == date(2025, 6, 2)
    assert said(text) == [("quote", "Olena Kravets", "We will not give up a single village")]
