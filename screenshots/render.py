"""Render the dashboard headless on seeds/ and write SVG screenshots next to this file.

    python screenshots/render.py [--seeds seeds]

It ingests into a throwaway database (your talkswatch.db is not touched), waits for every worker,
presses the keys a user would and saves what the terminal shows. Every shot but the ingest
report (which shows the time of the ingest) comes out byte-identical on every run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tui.app import TalkswatchApp
from tui.headless import settle

HERE = Path(__file__).resolve().parent

# (file name, terminal size, keys pressed after startup)
SHOTS: list[tuple[str, tuple[int, int], Sequence[str]]] = [
    ("main.svg", (180, 50), ()),
    ("main-80x24.svg", (80, 24), ("2",)),
    ("detail-statement.svg", (120, 36), ("2", "G", "k", "enter")),
    ("detail-military.svg", (120, 36), ("4", "enter")),
    ("detail-actor.svg", (120, 36), ("5", "j", "j", "j", "j", "j", "enter")),
    ("filtered.svg", (180, 50), ("3", "slash", *"ceasefire", "enter")),
    ("actor-filter.svg", (180, 50), ("5", "j", "j", "j", "j", "j", "a")),
    ("help.svg", (120, 36), ("question_mark",)),
]

# the ingest report is shot on seeds/ plus files a user might drop in by mistake
REPORT_SHOT = ("report.svg", (120, 24), ("i",))
REPORT_EXTRAS: dict[str, bytes] = {
    "scan-of-the-memorandum.pdf": b"%PDF-1.7",
    "notes/draft.txt": b"",
    "broken-download.txt": b"\x00\x01\x02" * 40,
    "saved-page.html": (b"<html><head><meta property='article:published_time' "
                        b"content='2025-06-03'></head><body><article><h1>Talks resume</h1>"
                        b"<p>&ldquo;We came to listen,&rdquo; a Ukrainian negotiator said.</p>"
                        b"</article></body></html>"),
}


async def shoot(name: str, size: tuple[int, int], keys: Sequence[str], out: Path) -> None:
    app = TalkswatchApp(db_path=Path("talkswatch.db"), seeds=Path("seeds"))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        app.clear_notifications()
        await pilot.pause()
        app.save_screenshot(name, str(out))
    print(f"wrote {out / name}")


async def main(seeds: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(seeds, Path(tmp) / "seeds")
        cwd = Path.cwd()
        os.chdir(tmp)  # so the header shows the relative paths a user would type
        try:
            for name, size, keys in SHOTS:
                await shoot(name, size, keys, out)
            shutil.rmtree("seeds")
            shutil.copytree(seeds, "seeds")
            for leftover in Path().glob("talkswatch.db*"):
                leftover.unlink()
            for rel, data in REPORT_EXTRAS.items():
                (Path("seeds") / rel).parent.mkdir(parents=True, exist_ok=True)
                (Path("seeds") / rel).write_bytes(data)
            await shoot(*REPORT_SHOT, out)
        finally:
            os.chdir(cwd)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=HERE.parent / "seeds")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    asyncio.run(main(args.seeds.resolve(), args.out.resolve()))
