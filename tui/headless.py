"""Driving the dashboard without a terminal, for the tests and the screenshot script."""

from __future__ import annotations

import contextlib

from textual.pilot import Pilot
from textual.worker import WorkerCancelled


async def settle(pilot: Pilot[None], rounds: int = 20) -> None:
    """Wait until every worker (queries, ingest, detail) has finished and its results are on
    screen; a worker may start another (an ingest refreshes the panes), hence the rounds."""
    app = pilot.app
    for _ in range(rounds):
        with contextlib.suppress(WorkerCancelled):  # a newer query replaced it: wait again
            await app.workers.wait_for_complete()
        await pilot.pause()
        if not any(w.is_running for w in app.workers):
            return
    raise TimeoutError(f"workers still running after {rounds} rounds")
