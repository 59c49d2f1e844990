"""Unit tests for store.sentences.split_sentences: offsets, abbreviations, quotes, odd spacing.

Every example sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from store.sentences import MAX_SENTENCE_CHARS, split_sentences


def texts(body: str) -> list[str]:
    return [s.text for s in split_sentences(body)]


def test_offsets_indices_and_paragraphs() -> None:
    body = "The envoys met at noon. They spoke for an hour.\n\nNo deal was signed."
    sents = split_sentences(body)
    assert [(s.index, s.paragraph) for s in sents] == [(0, 0), (1, 0), (2, 1)]
    assert [(s.start, s.end) for s in sents] == [(0, 23), (24, 47), (49, 68)]
    assert all(body[s.start : s.end] == s.text for s in sents)


def test_paragraph_break_ends_sentence_without_punctuation() -> None:
    body = "Talks resume in Istanbul\n\nThe teams arrived early"
    assert texts(body) == ["Talks resume in Istanbul", "The teams arrived early"]
    assert [s.paragraph for s in split_sentences(body)] == [0, 1]


def test_empty_and_blank_bodies() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n\n  ") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Talks were led by Gen. Ivan Sidorov and Dr. Olena Hrytsenko. Both were tired.",
            ["Talks were led by Gen. Ivan Sidorov and Dr. Olena Hrytsenko.", "Both were tired."],
        ),
        (
            "Mr. Petrenko met Mrs. Adams, Lt. Col. Berg and Sen. Ruiz.",
            ["Mr. Petrenko met Mrs. Adams, Lt. Col. Berg and Sen. Ruiz."],
        ),
        (
            "She met Donald J. Trump, J. D. Vance and J.D. Vance on one day. It was long.",
            ["She met Donald J. Trump, J. D. Vance and J.D. Vance on one day.", "It was long."],
        ),
        (
            "The envoy went to the U.S. The trip was short.",
            ["The envoy went to the U.S.", "The trip was short."],
        ),
        (
            "The U.S. President called. The U.N. Security Council met after the E.U. summit.",
            ["The U.S. President called.", "The U.N. Security Council met after the E.U. summit."],
        ),
        (
            "Aid came from the U.K.\n\nMore was promised.",
            ["Aid came from the U.K.", "More was promised."],
        ),
        (
            "Sanctions hit banks, ports, etc. and hurt trade. Talks began at 9 a.m. The mood was "
            "calm.",
            [
                "Sanctions hit banks, ports, etc. and hurt trade.",
                "Talks began at 9 a.m.",
                "The mood was calm.",
            ],
        ),
        (
            "They met on Sept. 5 near No. 10 in St. Petersburg with Acme Corp. executives.",
            ["They met on Sept. 5 near No. 10 in St. Petersburg with Acme Corp. executives."],
        ),
        (
            "Several states, e.g. Poland, i.e. a neighbour, agreed. Kyiv vs. Moscow was the frame.",
            [
                "Several states, e.g. Poland, i.e. a neighbour, agreed.",
                "Kyiv vs. Moscow was the frame.",
            ],
        ),
    ],
)
def test_abbreviations_and_initials(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"We will keep talking," he said.', ['"We will keep talking," he said.']),
        (
            'He said: "We will keep talking. We will not give up." Then he left.',
            ['He said: "We will keep talking.', 'We will not give up."', "Then he left."],
        ),
        (
            "She said: “The door is open. Nobody has walked through it.” Nobody answered.",
            ["She said: “The door is open.", "Nobody has walked through it.”", "Nobody answered."],
        ),
        (
            "“Is this a serious offer?” Petrenko asked. The room went quiet.",
            ["“Is this a serious offer?” Petrenko asked.", "The room went quiet."],
        ),
        (
            "“Why now?” asked the envoy. ‘We are ready!’ the aide said.",
            ["“Why now?” asked the envoy.", "‘We are ready!’ the aide said."],
        ),
        (
            "«Peace is close» was the headline. Few believed it.",
            ["«Peace is close» was the headline.", "Few believed it."],
        ),
        (
            "Are they serious? Nobody knows! Still, talks go on.",
            ["Are they serious?", "Nobody knows!", "Still, talks go on."],
        ),
        (
            "The aide paused... Then he went on. The pause … was brief.",
            ["The aide paused...", "Then he went on.", "The pause … was brief."],
        ),
        (
            "The plan (a draft) was leaked (see below.) Officials denied it.",
            ["The plan (a draft) was leaked (see below.)", "Officials denied it."],
        ),
    ],
)
def test_quotes_brackets_and_marks(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Drones hit the depot.The next morning was quiet.",
            ["Drones hit the depot.", "The next morning was quiet."],
        ),
        (
            'The envoy said "enough."Then he walked out.',
            ['The envoy said "enough."', "Then he walked out."],
        ),
        (
            "Figures on Interfax.ru and www.Kremlin.ru differ. Mail press@mfa.example.org now.",
            [
                "Figures on Interfax.ru and www.Kremlin.ru differ.",
                "Mail press@mfa.example.org now.",
            ],
        ),
    ],
)
def test_missing_space_and_domains(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


def test_numbers_times_and_urls_do_not_split() -> None:
    body = "Output fell 3.5 percent by 10.30 on Monday, see https://example.org/a.b for data. Fine."
    assert texts(body) == [
        "Output fell 3.5 percent by 10.30 on Monday, see https://example.org/a.b for data.",
        "Fine.",
    ]


def test_numbered_list_items_stay_whole() -> None:
    body = "The list had three points:\n\n1. Troops pull back.\n\n2. Elections follow."
    assert texts(body) == [
        "The list had three points:",
        "1. Troops pull back.",
        "2. Elections follow.",
    ]


def test_single_newlines_separate_paragraphs_when_there_are_no_blank_lines() -> None:
    sents = split_sentences("First line ends here.\nSecond line follows.")
    assert [(s.text, s.paragraph) for s in sents] == [
        ("First line ends here.", 0),
        ("Second line follows.", 1),
    ]


def test_long_body_is_linear_enough() -> None:
    body = "\n\n".join(["Mr. Ivanov met the U.S. envoy at 9 a.m. on Monday. They talked."] * 5000)
    sents = split_sentences(body)
    assert len(sents) == 10000
    assert sents[-1].text == "They talked."
    assert sents[-1].paragraph == 4999


def test_a_run_with_no_sentence_end_is_cut_at_a_word_boundary() -> None:
    # a table or a file that is no article: the readers look back across their sentence, so a
    # sentence is kept short enough for reading to stay linear in the length of the text
    body = " ".join(f"row{k}" for k in range(1200))
    sents = split_sentences(body)
    assert len(sents) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sents)
    assert all(body[s.start : s.end] == s.text for s in sents)
    assert " ".join(s.text for s in sents) == body  # cut between words, nothing lost


def test_a_long_real_sentence_stays_whole() -> None:
    body = ("The delegation included " + ", ".join(f"Deputy Minister Ivan Petrov{k}"
                                                   for k in range(20)) + ", officials said.")
    assert 600 < len(body) <= MAX_SENTENCE_CHARS
    assert texts(body) == [body]
