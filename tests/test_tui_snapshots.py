"""Snapshot tests of the dashboard on the seed article: the main view and a detail view.

Regenerate after a deliberate change to the look with `pytest --snapshot-update` and review the
SVG diff. snap_compare only works in plain `def` tests.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from tui.app import TalkswatchApp

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_039b4e6232fde918.txt"


@pytest.fixture()
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> TalkswatchApp:
    (tmp_path / "seeds").mkdir()
    shutil.copyfile(SEED, tmp_path / "seeds" / SEED.name)
    monkeypatch.chdir(tmp_path)  # relative paths in the header, the same on every machine
    return TalkswatchApp(db_path=Path("talkswatch.db"), seeds=Path("seeds"))


async def settle(pilot: Pilot[None]) -> None:
    for _ in range(20):
        with contextlib.suppress(WorkerCancelled):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if not any(w.is_running for w in pilot.app.workers):
            break
    pilot.app.clear_notifications()
    await pilot.pause()


def test_main_view(snap_compare, app: TalkswatchApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app, terminal_size=(100, 30), run_before=settle)


def test_detail_view(snap_compare, app: TalkswatchApp) -> None:  # type: ignore[no-untyped-def]
    async def open_detail(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("4", "enter")
        await settle(pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=open_detail)
