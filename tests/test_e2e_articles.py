"""End to end on the seed plus the hand-written articles in tests/articles (see its README).

Each article is in a different outlet's style; the tests check cross-article actor merging, that
distinct people stay apart, and a few facts planted in each article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from conftest import Ingested

SEED = "000_039b4e6232fde918.txt"
WIRE = "101_wire_istanbul_may16.txt"
UKR = "102_ukrainian_outlet_jul23.txt"
RUS = "103_russian_state_media_jun2.txt"
US = "104_us_newspaper_analysis_may18.txt"
MT = "105_machine_translated_jul24.txt"
LIVE = "106_live_blog_jul23.txt"
ALL = [SEED, WIRE, UKR, RUS, US, MT, LIVE]

# Surface-form patterns that must all land on one actor, per person.
SAME_PERSON = {
    "Zelensky": [r"Zelensky", r"Zelenskyy", r"Zelenskiy", r"Vladimir Zelensky"],
    "Umerov": [r"Rustem Umerov", r"Rustem Umierov"],
    "Lavrov": [r"Sergey Lavrov", r"Sergei(?: V\.)? Lavrov"],
    "Sybiha": [r"Andrii Sybiha", r"Sybiha"],
    "Yermak": [r"Andriy Yermak", r"Andrii Yermak", r"Yermak"],
    "Peskov": [r"Dmitry Peskov", r"Peskov"],
}
# Surname stems of distinct people: no actor may carry aliases of two of them.
PEOPLE = {
    "Putin": r"Putin",
    "Medinsky": r"Medinsky",
    "Zelensky": r"Zelensk(?:y|yy|iy)",
    "Yermak": r"Yermak",
    "Sybiha": r"Sybiha",
    "Lavrov": r"Lavrov",
    "Peskov": r"Peskov",
    "Rubio": r"Rubio",
    "Witkoff": r"Witkoff",
    "Trump": r"Trump",
    "Kellogg": r"Kellogg",
    "Umerov": r"Umi?erov",
    "Tykhyi": r"Tykhyi",
    "Nebenzya": r"Nebenzya",
    "Fidan": r"Fidan",
}
DISTINCT = [
    ("Putin", "Medinsky"),
    ("Yermak", "Sybiha"),
    ("Zelensky", "Putin"),
    ("Lavrov", "Peskov"),
    ("Rubio", "Witkoff"),
]


def _said(ex: Ingested, article: str, words: str, speaker: str, kind: str) -> None:
    """Assert `article` yields a `kind` statement containing `words` by the actor ~ `speaker`."""
    who = ex.name_of(speaker)
    hits = [s for s in ex.records("statements", article) if words in s["text"]]
    assert any(s["speaker"] == who and s["kind"] == kind for s in hits), (
        f"{article}: expected a {kind} by {who} containing {words!r}; got {hits}"
    )


def _demand(ex: Ingested, article: str, words: str, party: str) -> None:
    hits = [d for d in ex.records("demands", article) if words in d["text"]]
    assert any(d["party"] == party for d in hits), (
        f"{article}: expected a demand by party {party} containing {words!r}; got {hits}"
    )


def _military(ex: Ingested, article: str, prefix: str, unit: str = "") -> list[dict[str, Any]]:
    """Events of `article` with a number starting `prefix` whose text contains `unit`."""
    rows = ex.records("military", article)
    hits = [m for m in rows if any(n.startswith(prefix) and unit in n for n in m["numbers"])]
    assert hits, f"{article}: expected a military number '{prefix}… {unit}'; got {rows}"
    return hits


def _delegation(ex: Ingested, party: str, day: str) -> dict[str, Any]:
    found = [d for d in ex.doc["delegations"] if d["party"] == party and d["date"] == day]
    assert len(found) == 1, f"expected one merged {party} delegation for {day}; got {found}"
    return found[0]


# --- the run as a whole -------------------------------------------------------------------------


def test_every_article_ingested(all_run: Ingested) -> None:
    assert sorted(str(p) for p in all_run.report.added) == sorted(ALL)
    assert list(all_run.report.failed) == [], "expected no article to fail"
    assert sorted(a["path"] for a in all_run.doc["articles"]) == sorted(ALL)


def test_published_dates(all_run: Ingested) -> None:
    expected = {WIRE: "2025-05-16", UKR: "2025-07-23", RUS: "2025-06-02", US: "2025-05-18",
                MT: "2025-07-24", LIVE: "2025-07-23"}
    got = {p: all_run.article(p)["published"] for p in expected}
    assert got == expected, "expected header dates, and the wire's date from its dateline"


def test_records_are_traceable_and_names_resolve(all_run: Ingested) -> None:
    assert all_run.unsourced() == [], "expected every record to cite a verbatim sentence"
    assert all_run.dangling_names() == [], "expected every name to be exactly one actor's name"


# --- actor merging ------------------------------------------------------------------------------


def test_spelling_variants_merge_into_one_actor(all_run: Ingested) -> None:
    for person, patterns in SAME_PERSON.items():
        per_pattern = {
            p: {a["name"] for a in all_run.actors_matching(p, "person")} for p in patterns
        }
        missing = [p for p, names in per_pattern.items() if not names]
        assert not missing, f"{person}: expected aliases matching {missing}"
        names = set().union(*per_pattern.values())
        assert len(names) == 1, f"{person}: expected one person for {patterns}, got {names}"


def test_distinct_people_stay_apart(all_run: Ingested) -> None:
    for a, b in DISTINCT:
        assert all_run.name_of(PEOPLE[a]) != all_run.name_of(PEOPLE[b]), f"{a} merged with {b}"


def test_no_actor_mixes_two_people(all_run: Ingested) -> None:
    for actor in all_run.doc["actors"]:
        hit = sorted(
            person
            for person, stem in PEOPLE.items()
            if any(re.search(rf"\b{stem}\b", al) for al in actor["aliases"])
        )
        assert len(hit) <= 1, f"actor {actor['name']!r} mixes {hit}: {actor['aliases']}"


def test_place_metonyms_resolve_to_states(all_run: Ingested) -> None:
    for state, alias in (("Ukraine", "Kiev"), ("Ukraine", "Kyiv"), ("Russia", "Moscow")):
        assert all_run.has_alias(all_run.named(state), alias), f"expected {alias!r} → {state}"


# --- a) wire copy, dateline, no header ----------------------------------------------------------


def test_wire_quote_before_speaker(all_run: Ingested) -> None:
    _said(all_run, WIRE, "each side will hand over a thousand prisoners", "Medinsky", "quote")


def test_wire_he_said_and_said_without_that(all_run: Ingested) -> None:
    _said(all_run, WIRE, "ready for a full and unconditional ceasefire", "Umerov", "quote")
    _said(all_run, WIRE, "next step should be a meeting", "Umerov", "reported")


def test_wire_he_added_that(all_run: Ingested) -> None:
    _said(all_run, WIRE, "ready to keep the contacts going", "Medinsky", "reported")


def test_wire_demand_and_attack(all_run: Ingested) -> None:
    _demand(all_run, WIRE, "withdraw its troops", "Russia")
    hits = _military(all_run, WIRE, "110", "drones")
    assert any(m["actor"] == "Russia" for m in hits), f"expected Russia to launch drones: {hits}"


def test_wire_delegations_of_may_16(all_run: Ingested) -> None:
    ukr = _delegation(all_run, "Ukraine", "2025-05-16")
    assert (ukr["size"], ukr["leader"], ukr["venue"]) == (12, all_run.name_of("Umerov"), "Istanbul")
    rus = _delegation(all_run, "Russia", "2025-05-16")
    assert rus["leader"] == all_run.name_of("Medinsky"), "expected Medinsky (not Putin) to lead"


# --- b) Ukrainian outlet, header on the text line -----------------------------------------------


def test_ukr_quotes_and_reported_speech(all_run: Ingested) -> None:
    _said(all_run, UKR, "the release of prisoners", "Zelenskyy", "quote")
    _said(all_run, UKR, "We will not stop until each of them is home", "Yermak", "quote")
    _said(all_run, UKR, "stop imitating diplomacy", "Sybiha", "reported")


def test_ukr_demand_and_attack(all_run: Ingested) -> None:
    _demand(all_run, UKR, "release of all civilians", "Ukraine")
    _military(all_run, UKR, "57")


def test_ukr_delegation_of_july_23(all_run: Ingested) -> None:
    d = _delegation(all_run, "Ukraine", "2025-07-23")
    assert d["leader"] == all_run.name_of("Umierov"), "expected Umierov (= Umerov) to lead"
    assert d["size"] == 11, "expected the stated 11 members (not the decree number 123)"
    assert d["venue"] == "Istanbul"


# --- c) Russian state media ---------------------------------------------------------------------


def test_rus_quotes_and_reported_speech(all_run: Ingested) -> None:
    _said(all_run, RUS, "ceasefire of two to three days", "Medinsky", "quote")
    _said(all_run, RUS, "root causes of the conflict", "Sergey Lavrov", "quote")
    _said(all_run, RUS, "no one should expect quick solutions", "Peskov", "reported")


def test_rus_demand_and_drones(all_run: Ingested) -> None:
    _demand(all_run, RUS, "withdraw its armed forces", "Russia")
    _military(all_run, RUS, "162", "drones")


def test_rus_delegation_merges_with_seed(all_run: Ingested) -> None:
    d = _delegation(all_run, "Russia", "2025-06-02")
    assert d["leader"] == all_run.name_of("Medinsky")
    assert d["size"] == 6, "expected 'six-member' read as size 6"
    assert {s["article"] for s in d["sources"]} >= {SEED, RUS}, "expected sources from both"


# --- d) US newspaper analysis -------------------------------------------------------------------


def test_us_quote_before_speaker_and_two_sentence_quote(all_run: Ingested) -> None:
    _said(all_run, US, "We are ready to help in any way we can", "Rubio", "quote")
    _said(all_run, US, "clear from the start. He wants the killing to stop", "Rubio", "quote")


def test_us_he_said_and_he_added(all_run: Ingested) -> None:
    _said(all_run, US, "real movement here", "Witkoff", "quote")
    _said(all_run, US, "Nobody in Washington has walked away", "Kellogg", "quote")
    _said(all_run, US, "speak by phone", "Trump", "reported")


def test_us_demand_and_drones(all_run: Ingested) -> None:
    _demand(all_run, US, "NATO", "Russia")
    _military(all_run, US, "273", "drones")


# --- e) machine-translated English --------------------------------------------------------------


def test_mt_reported_speech(all_run: Ingested) -> None:
    _said(all_run, MT, "exchange of 1,200 prisoners", "Umerov", "reported")
    _said(all_run, MT, "lists of children", "Yermak", "reported")
    _said(all_run, MT, "will not stop the war", "Sybiha", "reported")
    _said(all_run, MT, "quick breakthrough", "Peskov", "reported")


def test_mt_proposal_and_losses(all_run: Ingested) -> None:
    _demand(all_run, MT, "meeting of the presidents", "Ukraine")
    hits = _military(all_run, MT, "1,020")
    assert any("9 tanks" in m["numbers"] for m in hits), f"expected '9 tanks' too: {hits}"


# --- f) live blog -------------------------------------------------------------------------------


def test_live_memorandum_list_is_russian_demands(all_run: Ingested) -> None:
    for item in ("withdraws its troops", "ends mobilization", "holds elections"):
        _demand(all_run, LIVE, item, "Russia")


def test_live_repeated_paragraph_counts_once(all_run: Ingested) -> None:
    _said(all_run, LIVE, "do not want the negotiations to be empty", "Zelensky", "quote")
    hits = [
        s for s in all_run.doc["statements"]
        if "do not want the negotiations to be empty" in s["text"]
    ]
    assert len(hits) == 1, f"expected the repeated pinned quote once; got {hits}"


def test_live_delegation_and_strike(all_run: Ingested) -> None:
    d = _delegation(all_run, "Russia", "2025-07-23")
    assert d["leader"] == all_run.name_of("Medinsky"), "expected Medinsky, not Putin, to lead"
    _military(all_run, LIVE, "12", "drones")


def test_live_clock_times_and_decree_are_not_dates_or_numbers(all_run: Ingested) -> None:
    for section in ("statements", "demands", "military", "delegations"):
        for row in all_run.records(section, LIVE):
            assert row["date"] is None or "2025-05-01" <= row["date"] <= "2025-07-23", (
                f"expected a date inside the talks period (no clock times as dates): {row}"
            )
    for m in all_run.records("military", LIVE):
        bad = [n for n in m["numbers"] if ":" in n or "123" in n or "2025" in n]
        assert not bad, f"expected no clock time or decree number among quantities: {bad}"
