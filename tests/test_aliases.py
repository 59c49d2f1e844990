"""The user's alias file: force names together or apart, applied on every ingest."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.aliases import AliasRules, read_aliases
from store.export import export_document
from store.ingest import ingest

# Two short articles of our own: the same president spelt two ways, and two officials whose
# names share nothing (so only the user can say they are one person, e.g. a known pseudonym).
FIRST = """ date 2025-06-02
Talks resume

President Volodymyr Zelensky said on Monday that Kyiv wanted a ceasefire.
Negotiator Olena Marchenko said the sides had swapped lists of prisoners.
"""
SECOND = """ date 2025-06-03
Talks end

Zelenskyy said the talks had produced a new prisoner exchange.
Negotiator Iryna Kovalenko told reporters that the lists were long.
"""


@pytest.fixture()
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "first.txt").write_text(FIRST, encoding="utf-8")
    (folder / "second.txt").write_text(SECOND, encoding="utf-8")
    return folder


def actor_names(db: Path) -> list[list[str]]:
    return [sorted(a["aliases"]) for a in export_document(db)["actors"] if a["kind"] == "person"]


def holding(db: Path, alias: str) -> list[list[str]]:
    return [a for a in actor_names(db) if alias in a]


def test_without_a_file_the_merge_decides(seeds: Path) -> None:
    db = seeds.parent / "t.db"
    report = ingest(seeds, db)
    assert not report.failed and "aliases.toml" not in report.skipped
    zelensky = holding(db, "Zelenskyy")
    assert len(zelensky) == 1 and "Volodymyr Zelensky" in zelensky[0]
    assert holding(db, "Olena Marchenko") != holding(db, "Iryna Kovalenko")


def test_same_and_apart_apply_and_survive_reingests(seeds: Path) -> None:
    db = seeds.parent / "t.db"
    ingest(seeds, db)
    (seeds / "aliases.toml").write_text(
        '# corrections\nsame = [["Olena Marchenko", "Iryna Kovalenko"]]\n'
        'apart = [["Volodymyr Zelensky", "Zelenskyy"]]\n', encoding="utf-8")
    report = ingest(seeds, db)  # no article changed: the file alone triggers the merge
    assert not report.touched and not report.failed
    merged = holding(db, "Olena Marchenko")
    assert len(merged) == 1 and "Iryna Kovalenko" in merged[0]
    zelensky = holding(db, "Zelenskyy")
    assert len(zelensky) == 1 and "Volodymyr Zelensky" not in zelensky[0]
    (seeds / "third.txt").write_text(" date 2025-06-04\nMore\n\nIryna Kovalenko said the "
                                     "talks would continue.\n", encoding="utf-8")
    ingest(seeds, db)  # an article added later: the rules still hold
    assert len(holding(db, "Olena Marchenko")) == 1
    assert "Volodymyr Zelensky" not in holding(db, "Zelenskyy")[0]


def test_a_broken_file_is_reported_and_the_last_rules_stay(seeds: Path) -> None:
    db = seeds.parent / "t.db"
    (seeds / "aliases.toml").write_text('same = [["Olena Marchenko", "Iryna Kovalenko"]]\n',
                                        encoding="utf-8")
    ingest(seeds, db)
    (seeds / "aliases.toml").write_text('same = [["Olena Marchenko", \n', encoding="utf-8")
    (seeds / "first.txt").write_text(FIRST + "\nIt was a long day.\n", encoding="utf-8")
    report = ingest(seeds, db)
    assert report.changed == ["first.txt"]
    assert [p for p, _ in report.failed] == ["aliases.toml"]
    assert "not valid TOML" in report.failed[0][1]
    assert len(holding(db, "Olena Marchenko")) == 1
    assert "Iryna Kovalenko" in holding(db, "Olena Marchenko")[0]


@pytest.mark.parametrize("text, message", [
    ('same = "Olena Marchenko"\n', "must be a list of lists"),
    ('same = [["only one"]]\n', "two or more names"),
    ('merge = [["a", "b"]]\n', "unknown key(s) merge"),
])
def test_mistakes_in_the_file_say_what_to_write(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "aliases.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_aliases(tmp_path)


def test_groups_become_pairs(tmp_path: Path) -> None:
    (tmp_path / "aliases.toml").write_text(
        'same = [["A  One", "B", "C"]]\napart = [["X", "Y", "Z"]]\n', encoding="utf-8")
    rules = read_aliases(tmp_path)
    assert rules.same == (("A One", "B"), ("A One", "C"))
    assert rules.apart == (("X", "Y"), ("X", "Z"), ("Y", "Z"))
    assert AliasRules.from_json(rules.to_json()) == rules
