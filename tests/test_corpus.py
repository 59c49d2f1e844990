"""The evaluation corpus: well-formed gold, and extraction quality that must not fall.

The floors are the issue's targets where the development half meets them and a little under
the measured figure where it does not yet: a rule change that loses ground fails here. The
held-out half is not scored in the tests (it is scored last, by hand, with `talkswatch eval`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.evaluate import Report, evaluate, gold_files

CORPUS = Path(__file__).resolve().parent / "corpus"
HALVES = ("dev", "heldout")

# measure -> minimum F1 on the development half: the target where the half meets it,
# a little under the measured figure where it does not
FLOORS = {
    "actors_bcubed": 0.97,   # target 0.98: 0.978, institutional metonyms (see the README)
    "actors_pairwise": 0.93,
    "persons_found": 0.96,
    "quotes": 0.90,
    "reported": 0.90,
    "leaders": 0.95,
    "members": 0.95,
    "demands": 0.90,
    "military": 0.93,
    "military_numbers": 0.95,
    "dates": 0.92,           # target 0.95: 0.94, event-relative phrases (see the README)
    "published": 1.0,
}


def all_gold() -> list[tuple[Path, Path]]:
    return [pair for half in HALVES for pair in gold_files(CORPUS / half)]


def test_the_corpus_has_enough_articles_split_in_halves() -> None:
    sizes = {half: len(list(gold_files(CORPUS / half))) for half in HALVES}
    assert sum(sizes.values()) >= 25
    assert sizes["heldout"] >= sizes["dev"]  # a held-out half, scored last


@pytest.mark.parametrize("article, gold", all_gold(), ids=lambda p: p.name)
def test_gold_quotes_the_article_verbatim(article: Path, gold: Path) -> None:
    text = article.read_text(encoding="utf-8")
    data = json.loads(gold.read_text(encoding="utf-8"))
    assert text.lstrip().startswith(f"date {data['published']}")
    names = {a["name"] for a in data["actors"]}
    for a in data["actors"]:
        assert a["kind"] in ("person", "organisation", "state")
        for s in a["surfaces"]:
            assert s in text, f"surface {s!r} of {a['name']} not in the article"
    for s in data["statements"]:
        assert s["kind"] in ("quote", "reported") and s["snippet"] in text
        assert s["speaker"] is None or s["speaker"] in names
    for d in data["demands"]:
        assert d["snippet"] in text
        if "evidence" in d:
            assert d["evidence"] in text and d["snippet"] in d["evidence"]
    for m in data["military"]:
        assert m["snippet"] in text and (m["actor"] is None or m["actor"] in names)
    for d in data["delegations"]:
        assert d["leader"] is None or d["leader"] in names
        assert all(m in names for m in d["members"])
    for d in data.get("dates", []):
        assert d["text"] in text and len(d["date"]) in (4, 7, 10)
    for n in data.get("not_dates", []):
        assert n in text


@pytest.fixture(scope="module")
def dev() -> Report:
    report = evaluate(CORPUS / "dev")
    print("\n" + report.table())
    return report


def test_no_two_people_are_ever_merged(dev: Report) -> None:
    assert dev.false_merges == []


@pytest.mark.parametrize("measure", FLOORS)
def test_extraction_quality_does_not_fall(dev: Report, measure: str) -> None:
    f1 = dev.scores[measure].f1
    assert f1 is not None and f1 >= FLOORS[measure], (
        f"{measure}: F1 {f1} fell under its floor {FLOORS[measure]}\n{dev.table()}")
