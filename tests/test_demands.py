"""Unit tests for store.demands: hand-built sentences, actors, mentions and dates (no database)."""

from __future__ import annotations

import re
from datetime import date

from store.demands import demand_spans, extract_demands, find_cues
from store.records import DateMention, Demand, LocalActor, Mention, Sentence

PUBLISHED = date(2025, 6, 2)

# name -> (kind, side, surface forms that are mentions of it)
ACTORS: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    "Ukraine": ("state", "Ukraine", ("Ukraine", "Kyiv", "the Ukrainian side", "Ukrainian troops")),
    "Russia": ("state", "Russia", ("Russia", "Moscow", "the Kremlin", "The Kremlin",
                                   "the Russian side", "Russian delegates")),
    "United States": ("state", "United States", ("The U.S.", "the U.S.", "Washington")),
    "Turkey": ("state", "Turkey", ("Turkey", "Ankara")),
    "European Union": ("organisation", None, ("The EU", "the EU")),
    "Olena Marchuk": ("person", "Ukraine", ("Olena Marchuk", "Marchuk")),
    "Pavel Orlov": ("person", "Russia", ("Pavel Orlov", "Orlov")),
    "Jim Carver": ("person", "United States", ("Jim Carver", "Carver")),
}


def build(*texts: str, dates: dict[str, date] | None = None) -> list[Demand]:
    """Run extract_demands on sentences joined by spaces, with mentions found from ACTORS."""
    sentences, mentions, found_dates = [], [], []
    actors = [LocalActor(k, name, kind, side, [], set(forms))  # type: ignore[arg-type]
              for k, (name, (kind, side, forms)) in enumerate(ACTORS.items())]
    pos = 0
    for i, text in enumerate(texts):
        s = Sentence(i, pos, pos + len(text), text, i)
        sentences.append(s)
        taken: list[tuple[int, int]] = []
        for a in sorted(actors, key=lambda a: -max(map(len, a.aliases))):
            for form in sorted(a.aliases, key=len, reverse=True):
                for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                    if any(x < m.end() and m.start() < y for x, y in taken):
                        continue
                    taken.append((m.start(), m.end()))
                    mentions.append(Mention(a.key, i, pos + m.start(), pos + m.end(), form))
        for phrase, value in (dates or {}).items():
            for m in re.finditer(re.escape(phrase), text):
                found_dates.append(DateMention(pos + m.start(), pos + m.end(), phrase, value))
        pos += len(text) + 1
    mentions.sort(key=lambda m: m.start)
    return extract_demands(sentences, actors, mentions, found_dates, PUBLISHED)


def key(name: str) -> int:
    return list(ACTORS).index(name)


def rows(demands: list[Demand]) -> list[tuple[str | None, str]]:
    return [(d.party, d.text) for d in demands]


# --- conditions -------------------------------------------------------------------------------


def test_only_if_splits_conditions_and_carries_the_subject() -> None:
    got = build(
        "Russian envoy Pavel Orlov repeated on May 30 that Moscow would only accept a truce if "
        "Ukraine freezes recruitment and stops importing Western weapons.",
        dates={"on May 30": date(2025, 5, 30)},
    )
    assert rows(got) == [
        ("Russia", "Ukraine freezes recruitment"),
        ("Russia", "Ukraine stops importing Western weapons"),
    ]
    assert {d.by for d in got} == {key("Pavel Orlov")}
    assert {d.date for d in got} == {date(2025, 5, 30)}
    assert {d.cue for d in got} == {"only ... if"}


def test_three_conditions_in_a_comma_list() -> None:
    got = build("Moscow would only sign if Kyiv drops its NATO bid, shrinks its army and "
                "recognises the new borders.")
    assert [d.text for d in got] == [
        "Kyiv drops its NATO bid", "Kyiv shrinks its army", "Kyiv recognises the new borders"]


def test_unless_at_sentence_start_takes_the_main_clause_subject() -> None:
    got = build("Unless Kyiv pulls back its units, Moscow will fight on, Orlov told the press.")
    assert rows(got) == [("Russia", "Kyiv pulls back its units")]
    assert got[0].cue == "unless"
    assert got[0].by == key("Pavel Orlov")


def test_ready_if_and_in_exchange_for() -> None:
    got = build("Kyiv is ready to meet again if Moscow returns the deported children first.")
    assert rows(got) == [("Ukraine", "Moscow returns the deported children first")]
    got = build("Russia offered a brief holiday truce in exchange for an easing of sanctions.")
    assert [(d.party, d.text, d.cue) for d in got] == [
        ("Russia", "a brief holiday truce", "offer"),
        ("Russia", "an easing of sanctions", "in exchange for"),
    ]


def test_only_a_day_after_is_not_a_condition() -> None:
    assert build("The round opened only a day after Moscow rejected the plan.") == []
    assert build("The meeting broke up only after midnight.") == []


# --- verbs and nouns ----------------------------------------------------------------------------


def test_insists_on_keeps_a_coordinated_adjective_whole() -> None:
    got = build("Kyiv insists on a complete and lasting truce before any border talks.")
    assert rows(got) == [("Ukraine", "a complete and lasting truce before any border talks")]
    assert got[0].cue == "insist" and got[0].date == PUBLISHED


def test_coordinated_subjects_each_get_the_demand_and_a_rejection_gives_none() -> None:
    got = build("While the U.S. and Turkey have pressed for a general truce, the Kremlin has "
                "turned it down.")
    assert rows(got) == [("United States", "a general truce"), ("Turkey", "a general truce")]


def test_demands_such_as_after_a_relative_clause() -> None:
    got = build("Moscow keeps voicing demands that Kyiv cannot accept, such as control of two "
                "more provinces and the removal of Ukrainian troops from them.")
    assert rows(got) == [
        ("Russia", "control of two more provinces"),
        ("Russia", "the removal of Ukrainian troops from them"),
    ]


def test_demanded_that_clause_and_verb_use_of_demands() -> None:
    got = build("Kyiv demands the return of every civilian held in detention.")
    assert rows(got) == [("Ukraine", "the return of every civilian held in detention")]
    got = build("Russia has demanded, among several points, that Ukraine halve its artillery.")
    assert rows(got) == [("Russia", "Ukraine halve its artillery")]


def test_urge_and_call_on_are_voiced_by_a_person() -> None:
    got = build("Jim Carver urged Moscow to answer the truce offer within a week.")
    assert rows(got) == [("United States", "Moscow to answer the truce offer within a week")]
    assert got[0].by == key("Jim Carver")
    got = build("The EU called on Moscow to stop shelling power plants.")
    assert rows(got) == [("European Union", "Moscow to stop shelling power plants")]
    assert got[0].by is None


def test_quote_with_we_takes_the_speaker() -> None:
    got = build('"We demand a full exchange of detainees," Marchuk said.')
    assert rows(got) == [("Ukraine", "a full exchange of detainees")]
    assert got[0].by == key("Olena Marchuk")


def test_he_refers_to_the_last_person() -> None:
    got = build("Olena Marchuk spoke in Geneva.", "He called for a second round in the autumn.")
    assert rows(got) == [("Ukraine", "a second round in the autumn")]


def test_passive_proposed_by() -> None:
    got = build("Moscow again refused the 60-day truce proposed by Washington.")
    assert rows(got) == [("United States", "the 60-day truce")]


def test_appositive_summary_ends_the_content() -> None:
    got = build("Russia insists that Ukraine give up four provinces, terms that Kyiv has "
                "flatly rejected.")
    assert rows(got) == [("Russia", "Ukraine give up four provinces")]


# --- must: one side's obligation voiced by the other --------------------------------------


def test_must_voiced_by_the_other_side() -> None:
    got = build("Marchuk said Moscow must stop the shelling and free the captured medics.")
    assert rows(got) == [("Ukraine", "Moscow must stop the shelling"),
                         ("Ukraine", "Moscow must free the captured medics")]
    assert build("Marchuk said Ukraine must stay united.") == []


# --- documents and lists ----------------------------------------------------------------------


def test_the_proposal_refers_back_to_the_last_proposing_party() -> None:
    got = build(
        "Moscow is still drafting its memorandum, but Kyiv intends to table a short peace plan.",
        "Under the proposal, the process would begin with a 20-day truce, followed by an "
        "all-for-all prisoner swap and the return of deported children.",
    )
    assert rows(got) == [
        ("Ukraine", "a 20-day truce"),
        ("Ukraine", "an all-for-all prisoner swap"),
        ("Ukraine", "the return of deported children"),
    ]
    assert {d.cue for d in got} == {"proposal"}


def test_the_memorandum_demands_uses_the_memorandum_owner() -> None:
    got = build("Russia will hand over its memorandum on Monday.",
                "The memorandum demands that Kyiv pull its forces out of the east.")
    assert rows(got) == [("Russia", "Kyiv pull its forces out of the east")]
    assert got[0].sentence == 1


def test_numbered_list_after_a_colon_intro() -> None:
    got = build(
        "Reminder: in the paper it sent on June 2, Russia lists these conditions:",
        "1. Ukraine cuts its army to 50,000 soldiers.",
        "2. Ukraine stops mobilising and ends martial law.",
        "Talks resume on Friday.",
        dates={"on June 2": date(2025, 6, 2)},
    )
    assert [(d.sentence, d.party, d.text) for d in got] == [
        (1, "Russia", "Ukraine cuts its army to 50,000 soldiers"),
        (2, "Russia", "Ukraine stops mobilising"),
        (2, "Russia", "Ukraine ends martial law"),
    ]
    assert {d.cue for d in got} == {"condition"}


def test_inline_list_after_a_colon() -> None:
    got = build("Kyiv's conditions are plain: a full truce, the release of all detainees and "
                "guarantees from its allies.")
    assert rows(got) == [("Ukraine", "a full truce"), ("Ukraine", "the release of all detainees"),
                         ("Ukraine", "guarantees from its allies")]


# --- negatives ----------------------------------------------------------------------------------


def test_negated_rejected_and_adjectival_cues_give_nothing() -> None:
    assert build("Kyiv did not demand any land in return.") == []
    assert build("The Kremlin rejected calls for a general truce.") == []
    assert build("The planned swap would free 300 people.") == []
    assert build("The proposed truce would last 30 days.") == []
    assert build("The demands that Moscow made last year have not changed.") == []


def test_rejecting_a_possessed_call_still_names_its_owner() -> None:
    got = build("The Kremlin rejected Kyiv's call for a general truce.")
    assert rows(got) == [("Ukraine", "a general truce")]


def test_no_party_no_demand() -> None:
    assert build("Demand for grain has risen sharply this spring.") == []
    assert build("Someone called for calm.") == []


def test_date_inside_the_demand_is_not_the_demand_date() -> None:
    got = build("Ukraine proposed holding the next round on June 20 in Ankara.",
                dates={"on June 20": date(2025, 6, 20)})
    assert rows(got) == [("Ukraine", "holding the next round on June 20 in Ankara")]
    assert got[0].date == PUBLISHED


# --- public helpers ---------------------------------------------------------------------------


def test_find_cues_and_demand_spans() -> None:
    text = "Moscow would only talk if Kyiv disarms, while Kyiv calls for a truce."
    cues = find_cues(text)  # without mentions "calls" reads as a noun; its content is the same
    assert [(c.label, c.kind) for c in cues] == [("only ... if", "condition"), ("call for", "noun")]
    spans = demand_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "only talk if Kyiv disarms", "calls for a truce"]
