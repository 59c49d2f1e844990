"""End to end on the seed article: ingest it, export it, check the facts a reader would expect."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import Ingested

SEED_NAME = "000_039b4e6232fde918.txt"
SEED = Path(__file__).resolve().parents[1] / "seeds" / SEED_NAME


def test_report_lists_the_seed_as_added(seed_run: Ingested) -> None:
    assert [str(p) for p in seed_run.report.added] == [SEED_NAME]
    assert list(seed_run.report.failed) == [], "expected no failed articles"


def test_article_row_has_header_date(seed_run: Ingested) -> None:
    art = seed_run.article(SEED_NAME)
    assert art["published"] == "2025-06-02"
    assert len(art["sha256"]) == 64, "expected a hex sha256 of the article"
    assert seed_run.doc["format"] == "talkswatch-export/1"


def _delegation(ex: Ingested, party: str, day: str) -> dict:
    found = [d for d in ex.doc["delegations"] if d["party"] == party and d["date"] == day]
    assert len(found) == 1, f"expected one {party} delegation dated {day}, got {found}"
    return found[0]


def test_ukraine_delegation(seed_run: Ingested) -> None:
    d = _delegation(seed_run, "Ukraine", "2025-06-02")
    assert d["size"] == 14, "expected the stated 14-member size"
    assert d["leader"] == "Rustem Umerov"
    assert d["venue"] == "Istanbul"
    roles = [m["role"] or "" for m in d["members"] if m["name"] == "Rustem Umerov"]
    assert any("Defense Minister" in r for r in roles), f"expected Defense Minister Umerov: {roles}"


def test_russia_delegation_led_by_medinsky(seed_run: Ingested) -> None:
    leaders = [d["leader"] for d in seed_run.doc["delegations"] if d["party"] == "Russia"]
    assert "Vladimir Medinsky" in leaders, f"expected a Russian team led by Medinsky: {leaders}"


def test_russia_delegation_is_for_the_june_talks(seed_run: Ingested) -> None:
    d = _delegation(seed_run, "Russia", "2025-06-02")
    assert d["leader"] == "Vladimir Medinsky"


def test_zelensky_quote(seed_run: Ingested) -> None:
    zel = seed_run.actor("Zelensky")
    assert seed_run.has_alias(zel, "President Volodymyr Zelensky")
    wanted = "we will try to achieve at least some progress on the path toward peace"
    hits = [s for s in seed_run.doc["statements"] if wanted in s["text"]]
    assert hits, f"expected a statement containing {wanted!r}"
    assert all(s["speaker"] == zel["name"] and s["kind"] == "quote" for s in hits), (
        f"expected the 'he added' quote attributed to {zel['name']} as a quote: {hits}"
    )


def test_nebenzya_conditions_are_russian_demands(seed_run: Ingested) -> None:
    neb = seed_run.name_of("Nebenzya")
    for word in ("mobilization", "military aid"):
        hits = [d for d in seed_run.doc["demands"] if word in d["text"]]
        assert any(
            d["party"] == "Russia" and d["by"] == neb and d["date"] == "2025-05-30" for d in hits
        ), f"expected a Russian demand by {neb} on 2025-05-30 mentioning {word!r}: {hits}"


def test_sbu_drone_attack(seed_run: Ingested) -> None:
    sbu = seed_run.actor("SBU")
    assert seed_run.has_alias(sbu, "Security Service of Ukraine")
    hits = [m for m in seed_run.doc["military"] if m["actor"] == sbu["name"]]
    assert any(
        "34%" in m["numbers"]
        and any(n.startswith("41") and "bombers" in n for n in m["numbers"])
        for m in hits
    ), f"expected an SBU event with '41 ... bombers' and '34%': {hits}"


def test_people_are_persons_and_distinct(seed_run: Ingested) -> None:
    for surname in ("Trump", "Kellogg", "Tykhyi", "Nebenzya", "Putin", "Medinsky", "Umerov"):
        assert seed_run.actor(surname)["kind"] == "person", f"expected {surname} to be a person"
    assert seed_run.name_of("Putin") != seed_run.name_of("Medinsky"), "two Vladimirs merged"
    assert seed_run.actor("Putin")["side"] == "Russia"
    assert seed_run.actor("Nebenzya")["side"] == "Russia"


def test_states_and_their_aliases(seed_run: Ingested) -> None:
    for name in ("Ukraine", "Russia", "United States"):
        assert seed_run.named(name)["kind"] == "state", f"expected {name} to be a state"
    russia = seed_run.named("Russia")
    for alias in ("Kremlin", "Moscow"):
        assert seed_run.has_alias(russia, alias), f"expected {alias!r} as alias of Russia"
    assert seed_run.has_alias(seed_run.named("Ukraine"), "Kyiv")
    assert seed_run.has_alias(seed_run.named("United States"), "U.S.")


def test_every_record_is_traceable_to_a_seed_sentence(seed_run: Ingested) -> None:
    assert seed_run.unsourced() == [], "expected every record to cite a verbatim seed sentence"
    for section in ("delegations", "statements", "demands", "military"):
        assert seed_run.doc[section], f"expected at least one {section} record from the seed"
        for row in seed_run.doc[section]:
            assert all(s["article"] == SEED_NAME for s in row["sources"])


def test_every_name_is_exactly_one_actor(seed_run: Ingested) -> None:
    names = [a["name"] for a in seed_run.doc["actors"]]
    assert len(names) == len(set(names)), "expected unique actor names"
    assert seed_run.dangling_names() == []


def test_reingest_unchanged_is_skipped(
    ingest_files: Callable[[Iterable[Path]], Ingested],
) -> None:
    first = ingest_files([SEED])
    report, doc = first.reingest()
    assert [str(p) for p in report.skipped] == [SEED_NAME]
    assert list(report.added) == [] and list(report.changed) == [] and list(report.removed) == []
    assert doc == first.doc, "expected an identical export after re-ingesting unchanged seeds"
