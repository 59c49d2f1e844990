"""Dashboard latency probe for bench/scale.py: one headless run of the real dashboard.

Usage: python bench/dashboard_probe.py --db DB --seeds DIR --t0 UNIX_TIME --out FILE.json
                                       [--timeout S] [--searches zel,mosc]

--t0 is the parent's time.time() taken just before it started this process, so first paint
counts the interpreter start and every import. Writes one JSON document to --out.

Each keypress is timed from just before `pilot.press(key)` until the app has done what the key
asks (cursor moved, filtered rows shown, detail sources loaded) and the screen has painted it.
Pilot.press itself sleeps at least 40 ms after sending the key (and pilot.pause() 20 ms more),
so waiting for those to return would put a 60 ms floor under every figure; the press runs as a
task beside the wait instead. The time until press and pause have returned is kept too
("pilot_ms" in the JSON) for comparison.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textual.app import App  # noqa: E402
from textual.pilot import Pilot  # noqa: E402
from textual.screen import Screen  # noqa: E402
from textual.widgets import Input  # noqa: E402

from tui.app import TalkswatchApp  # noqa: E402
from tui.detail import DetailScreen  # noqa: E402
from tui.panes import Pane  # noqa: E402

POLL = 0.001  # seconds between checks of a condition (the app runs in the same event loop)
SIZE = (200, 50)
J_PRESSES = 30
OTHER_PRESSES = 10
DETAIL_OPENS = 5
PAINT_ROUNDS = 20
SETTLE = 30  # seconds, at least, for the pilot's own press and pause to return
SHUTDOWN = 30  # seconds the app may take to shut down once the figures are written


class Failed(Exception):
    """A wait that timed out or ended on an error notification; the rest of its group is
    skipped."""


# --- waiting -------------------------------------------------------------------------------------


def _errors(app: App[Any]) -> set[str]:
    """Identities of the error notifications the app has raised (queries report failures so)."""
    notes = getattr(app, "_notifications", None)
    try:
        return {n.identity for n in notes or () if n.severity == "error"}
    except Exception:
        return set()


def _error_text(app: App[Any], seen: set[str]) -> str:
    for note in getattr(app, "_notifications", None) or ():
        if note.severity == "error" and note.identity not in seen:
            return f"error: {note.title}: {note.message}".replace("\n", " ")[:300]
    return "error"


def _holds(cond: Callable[[], bool]) -> bool:
    try:
        return bool(cond())
    except Exception:  # e.g. no screen yet; asked again on the next poll
        return False


async def until(app: App[Any], cond: Callable[[], bool], timeout: float,
                seen: set[str] | None = None) -> None:
    """Poll cond every millisecond; Failed on timeout or on a new error notification."""
    deadline = time.perf_counter() + timeout
    seen = _errors(app) if seen is None else seen
    while not _holds(cond):
        if _errors(app) - seen:
            raise Failed(_error_text(app, seen))
        if time.perf_counter() > deadline:
            raise Failed("timeout")
        await asyncio.sleep(POLL)


def _pending(screen: Screen[Any]) -> bool:
    """Whether the screen or a widget on it still has a message, a layout or a repaint to do."""
    if (getattr(screen, "_dirty_widgets", None) or getattr(screen, "_layout_required", False)
            or getattr(screen, "_repaint_required", False)):
        return True
    for node in screen.walk_children(with_self=True):
        queue = getattr(node, "_message_queue", None)
        if queue is not None and not queue.empty():
            return True
        if getattr(node, "_repaint_required", False) or getattr(node, "_layout_required", False):
            return True
    return False


async def painted(app: App[Any], timeout: float) -> None:
    """Return once the current screen has rendered every pending change (Textual's
    call_after_refresh runs after the compositor update), checked until nothing is left (or
    for PAINT_ROUNDS refreshes, so that an animation cannot keep it waiting)."""
    deadline = time.perf_counter() + timeout
    for _ in range(PAINT_ROUNDS):
        screen = app.screen
        left = deadline - time.perf_counter()
        if left <= 0:
            raise Failed("timeout")
        try:
            await asyncio.wait_for(screen.wait_for_refresh(), left)
        except TimeoutError:
            raise Failed("timeout") from None
        if screen is app.screen and not _pending(screen):
            return


# --- measuring -----------------------------------------------------------------------------------


class Probe:
    """The measurements of one run, keyed by what was pressed."""

    def __init__(self, pilot: Pilot[Any], timeout: float) -> None:
        self.pilot = pilot
        self.app = pilot.app
        self.timeout = timeout
        self.ms: dict[str, list[float | None]] = {}
        self.pilot_ms: dict[str, list[float | None]] = {}
        self.errors: list[str] = []

    async def key(self, group: str, key: str, done: Callable[[], bool]) -> None:
        """Press key and record the ms until done() holds and the screen has painted."""
        seen = _errors(self.app)
        start = time.perf_counter()
        press = asyncio.create_task(self.pilot.press(key))
        try:
            await until(self.app, done, self.timeout, seen)
            await painted(self.app, self.timeout)
        except Failed as exc:
            self.ms.setdefault(group, []).append(None)
            self.pilot_ms.setdefault(group, []).append(None)
            self.errors.append(f"{group} ({key}): {exc}")
            press.cancel()
            raise
        took = time.perf_counter() - start
        await self.settle(press)
        self.ms.setdefault(group, []).append(round(took * 1000, 2))
        self.pilot_ms.setdefault(group, []).append(
            round((time.perf_counter() - start) * 1000, 2))

    async def settle(self, press: asyncio.Task[None] | None = None) -> None:
        """Let the pilot's own press and pause return (not timed; they sleep 60 ms or more)."""
        limit = max(self.timeout, SETTLE)
        try:
            if press is not None:
                await asyncio.wait_for(press, limit)
            await asyncio.wait_for(self.pilot.pause(), limit)
        except Exception as exc:  # a slow app: say so and go on
            self.errors.append(f"settle: {type(exc).__name__}: {exc}")

    async def untimed(self, key: str, done: Callable[[], bool]) -> None:
        await self.pilot.press(key)
        await until(self.app, done, self.timeout)
        await self.settle()


# --- the steps -----------------------------------------------------------------------------------


def _shown(pane: Pane) -> Any:
    """What the pane shows (Pane.shown after the panes rework, Pane._shown before)."""
    shown = getattr(pane, "shown", None)
    return getattr(pane, "_shown", None) if shown is None else shown


def _shown_search(pane: Pane) -> str | None:
    shown = _shown(pane)
    return None if shown is None else shown.flt.search


def _focused_pane(app: App[Any]) -> Pane | None:
    for pane in app.query(Pane):
        if pane.table.has_focus:
            return pane
    return None


def _filter_box(app: App[Any], pane: Pane) -> Input | None:
    node = app.focused
    return node if isinstance(node, Input) and pane in node.ancestors else None


def _shows(box: Input, pane: Pane, search: str) -> Callable[[], bool]:
    """The box holds search and the pane shows the rows filtered by it."""
    return lambda: box.value == search and _shown_search(pane) == search


async def first_paint(app: App[Any], t0: float, timeout: float) -> float:
    """Seconds from the parent's t0 until every pane is loaded and the screen has painted."""
    def loaded() -> bool:
        panes = list(app.query(Pane))
        return bool(panes) and all(p.loaded for p in panes)

    await until(app, loaded, timeout, set())
    await painted(app, timeout)
    return time.time() - t0


def _window(pane: Pane) -> tuple[int, int]:
    """(offset of the table's first row in the whole pane, rows in the whole pane): a paged
    pane's table holds a window of its items; without paging the table holds them all."""
    shown = _shown(pane)
    total = getattr(shown, "total", -1)
    if total is None or total < 0:
        return 0, pane.table.row_count
    return getattr(shown, "offset", 0), total


def _position(pane: Pane) -> int:
    """The cursor's item number in the whole pane."""
    return _window(pane)[0] + pane.table.cursor_row


async def scrolling(probe: Probe, pane: Pane) -> None:
    """j, page down, end and home on the focused pane, each until the cursor has moved."""
    def to(want: Callable[[int], bool]) -> Callable[[], bool]:
        return lambda: want(_position(pane))

    for _ in range(J_PRESSES):
        here, last = _position(pane), _window(pane)[1] - 1
        await probe.key("j", "j", to(lambda at, here=here, last=last: at == min(here + 1, last)))
    for _ in range(OTHER_PRESSES):
        here, last = _position(pane), _window(pane)[1] - 1
        await probe.key("pagedown", "pagedown",
                        to(lambda at, here=here, last=last: at > here or here >= last))
    for _ in range(OTHER_PRESSES):
        last = _window(pane)[1] - 1
        await probe.key("end", "end", to(lambda at, last=last: at == last))
        await probe.key("home", "home", to(lambda at: at == 0))


async def filtering(probe: Probe, pane: Pane, words: list[str]) -> None:
    """/ then each word one key at a time, each until the pane shows that search; escape."""
    app = probe.app
    for word in words:
        await probe.key("filter_open", "slash", lambda: _filter_box(app, pane) is not None)
        box = _filter_box(app, pane)
        assert box is not None
        for n, char in enumerate(word, 1):
            await probe.key("filter", char, _shows(box, pane, word[:n]))
        await probe.key("filter_clear", "escape", _shows(box, pane, ""))


async def detail(probe: Probe, pane: Pane) -> None:
    """enter until the detail screen has loaded its sources and painted; escape back."""
    app = probe.app
    home = app.screen

    def sources_loaded() -> bool:
        screen = app.screen
        return (isinstance(screen, DetailScreen) and screen.is_mounted
                and not any(w.node is screen and not w.is_finished for w in app.workers))

    for n in range(DETAIL_OPENS):
        if n:
            here = _position(pane)
            await probe.untimed("j", lambda here=here: _position(pane) != here)
        await probe.key("detail_open", "enter", sources_loaded)
        await probe.key("detail_back", "escape", lambda: app.screen is home)


async def recover(probe: Probe) -> None:
    """After a failed step: back to the dashboard with no filter, as far as the app lets us."""
    app = probe.app
    for _ in range(3):
        await probe.settle()
        if not (isinstance(app.screen, DetailScreen) or isinstance(app.focused, Input)):
            return
        try:
            await asyncio.wait_for(probe.pilot.press("escape"), max(probe.timeout, SETTLE))
        except Exception as exc:
            probe.errors.append(f"recover: {type(exc).__name__}: {exc}")


async def run(db: Path, seeds: Path, t0: float, timeout: float, words: list[str],
              out: dict[str, Any], done: Callable[[], None], paint_only: bool = False) -> None:
    """First paint, then the keys on the statements pane; fills out as it goes and calls done
    before the app shuts down."""
    app = TalkswatchApp(db_path=db, seeds=seeds, ingest_on_start=False)
    paint = asyncio.create_task(first_paint(app, t0, timeout))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        try:
            await steps(app, pilot, paint, t0, timeout, words, out, paint_only)
        finally:
            done()


async def steps(app: App[Any], pilot: Pilot[Any], paint: asyncio.Task[float], t0: float,
                timeout: float, words: list[str], out: dict[str, Any],
                paint_only: bool = False) -> None:
    try:
        out["first_paint_s"] = round(await paint, 4)
    except Failed as exc:
        out["first_paint_s"] = None
        out["errors"].append(f"first paint: {exc}")
        return
    await pilot.pause()
    out["first_paint_pilot_s"] = round(time.time() - t0, 4)
    if paint_only:
        return
    probe = Probe(pilot, timeout)
    out.update(ms=probe.ms, pilot_ms=probe.pilot_ms)
    try:  # "2": the statements pane, the largest
        await probe.untimed("2", lambda: _focused_pane(app) is not None)
    except Failed as exc:
        out["errors"].append(f"focus the statements pane: {exc}")
        return
    pane = _focused_pane(app)
    assert pane is not None
    out["pane"] = pane.id
    out["rows"] = _window(pane)[1]
    out["window_rows"] = pane.table.row_count
    if out["rows"] < 2:
        out["errors"].append(f"{pane.id} has {out['rows']} rows: nothing to scroll or open")
        return
    try:
        for step in (scrolling(probe, pane), filtering(probe, pane, words),
                     detail(probe, pane)):
            try:
                await step
            except Failed:
                await recover(probe)
    finally:
        out["errors"] += probe.errors


def write(path: Path, out: dict[str, Any]) -> None:
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    path.write_text(json.dumps(out, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the dashboard headless (bench/scale.py).")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--seeds", type=Path, required=True)
    parser.add_argument("--t0", type=float, required=True, help="parent's time.time() at start")
    parser.add_argument("--out", type=Path, required=True, help="JSON file to write")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per wait")
    parser.add_argument("--searches", default="zel,mosc",
                        help="comma-separated words typed into the filter box")
    parser.add_argument("--paint-only", action="store_true",
                        help="stop after the first paint (no keys)")
    args = parser.parse_args(argv)
    words = [w for w in args.searches.split(",") if w]
    out: dict[str, Any] = {"errors": []}

    def done() -> None:
        """Written before the app shuts down: a shutdown that hangs on a busy query thread
        loses nothing, and ends the process after SHUTDOWN seconds."""
        write(args.out, out)
        timer = threading.Timer(SHUTDOWN, os._exit, (3,))
        timer.daemon = True
        timer.start()

    asyncio.run(run(args.db, args.seeds, args.t0, args.timeout, words, out, done,
                    args.paint_only))
    write(args.out, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
