"""Snapshot tests of the dashboard on the seed article: the main view and a detail view.

Regenerate after a deliberate change to the look with `pytest --snapshot-update` and review the
SVG diff. snap_compare only works in plain `def` tests.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tui.app import TalkswatchApp
from tui.headless import settle

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_039b4e6232fde918.txt"


@pytest.fixture()
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> TalkswatchApp:
    (tmp_path / "seeds").mkdir()
    shutil.copyfile(SEED, tmp_path / "seeds" / SEED.name)
    monkeypatch.chdir(tmp_path)  # relative paths in the header, the same on every machine
    return TalkswatchApp(db_path=Path("talkswatch.db"), seeds=Path("seeds"))


async def settled(pilot: Pilot[None]) -> None:
    """Everything loaded, and the startup notification gone (it would time out mid-snapshot)."""
    await settle(pilot)
    pilot.app.clear_notifications()
    await pilot.pause()


def test_main_view(snap_compare, app: TalkswatchApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=(100, 30), run_before=settled)


def test_detail_view(snap_compare, app: TalkswatchApp) -> None:  # type: ignore[no-untyped-def]
    async def open_detail(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("4", "enter")
        await settled(pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=open_detail)
