"""The export depends on the articles only: not on the order files are read in, nor on whether
they were ingested all at once or one by one (actor merging included)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from conftest import CORPUS, copy_seeds

import store.ingest as ingest_mod
from store.export import export_document
from store.ingest import ingest


def _all_at_once(root: Path, order: list[Path] | None = None,
                 monkeypatch: pytest.MonkeyPatch | None = None) -> dict[str, object]:
    seeds = copy_seeds(CORPUS, root)
    if order is not None and monkeypatch is not None:  # read the files in another order
        real = ingest_mod.discover
        rank = {f.name: n for n, f in enumerate(order)}

        def shuffled(folder: Path) -> ingest_mod.Found:
            found = real(folder)
            found.files.sort(key=lambda pair: rank[pair[1]])
            return found

        monkeypatch.setattr(ingest_mod, "discover", shuffled)
    ingest(seeds, root / "t.db")
    return export_document(root / "t.db")


def _one_by_one(root: Path, order: list[Path]) -> dict[str, object]:
    for f in order:
        seeds = copy_seeds([f], root)
        ingest(seeds, root / "t.db")
    return export_document(root / "t.db")


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return _all_at_once(tmp_path_factory.mktemp("sorted"))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_reading_order_does_not_change_the_export(
        reference: dict[str, object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        seed: int) -> None:
    order = CORPUS[:]
    random.Random(seed).shuffle(order)
    assert _all_at_once(tmp_path, order, monkeypatch) == reference


@pytest.mark.parametrize("seed", [1, 2])
def test_one_by_one_in_any_order_equals_all_at_once(
        reference: dict[str, object], tmp_path: Path, seed: int) -> None:
    order = CORPUS[:]
    random.Random(seed).shuffle(order)
    assert _one_by_one(tmp_path, order) == reference


def test_removing_and_re_adding_articles_comes_back_to_the_same_export(
        reference: dict[str, object], tmp_path: Path) -> None:
    doc = _all_at_once(tmp_path)
    seeds, db = tmp_path / "seeds", tmp_path / "t.db"
    aside = tmp_path / "aside"
    aside.mkdir()
    moved = sorted(seeds.iterdir())[::3]
    for f in moved:
        f.rename(aside / f.name)
    assert ingest(seeds, db).removed == sorted(f.name for f in moved)
    for f in moved:
        (aside / f.name).rename(seeds / f.name)
    ingest(seeds, db)
    assert export_document(db) == doc == reference
