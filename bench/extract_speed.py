"""Extraction speed on synthetic articles (pure extractor, no database).

Usage: python bench/extract_speed.py SYNTH_DIR [-n 500] [--repeat 1] [--cold] [--profile] [--top 25]

Reads the first N articles of a folder written by bench/synth.py (sorted paths), warms the
extractor up on one article (dateparser's first call costs a fraction of a second), then times
`extract` on all N and prints ms/article and words/s. With --profile it runs the same loop under
cProfile and prints self time per module and the top functions, so an optimisation can be aimed
at where the time goes rather than at a guess. With --cold the extractor's caches of pure
functions are emptied before each article, so no article profits from sentences it shares with
another (synthetic articles repeat many sentences; real ones fewer).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from store.extract import extract  # noqa: E402
from store.readers import read_article  # noqa: E402
from store.tokens import clear_caches  # noqa: E402

# dateparser loads its data on its first call (a fraction of a second): a warm-up article with a
# full date makes that call, so that the figures are per-article costs, not one-time ones
WARM_UP = ("date 2025-06-02\n\nRussian and Ukrainian delegations met in Istanbul on June 2, 2025, "
           "the ministry said on Monday.")


def load(folder: Path, count: int) -> list[str]:
    """The first `count` article texts under `folder`, in sorted path order."""
    paths = sorted(p for p in folder.rglob("*") if p.is_file())[:count]
    return [read_article(p.name, p.read_bytes()) for p in paths]


def run(texts: list[str], repeat: int, cold: bool = False) -> tuple[float, float]:
    """Best (wall, CPU) seconds of `repeat` passes of extract over all texts.

    CPU time is reported too because other processes on a shared machine inflate wall time."""
    wall, cpu = float("inf"), float("inf")
    for _ in range(repeat):
        clear_caches()
        t0, c0 = time.perf_counter(), time.process_time()
        for text in texts:
            if cold:
                clear_caches()
            extract(text)
        wall = min(wall, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu


def _module(filename: str) -> str:
    """A short module label for a profiler file name ('store/dates.py', 're', 'dateparser')."""
    path = Path(filename)
    parts = path.parts
    if "store" in parts:
        return "/".join(parts[parts.index("store"):])
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1]
    if filename.startswith("~") or filename.startswith("<"):
        return "builtins"
    return path.stem


def profile(texts: list[str], top: int) -> None:
    """Print self time by module and the `top` functions by self and cumulative time."""
    prof = cProfile.Profile()
    prof.enable()
    for text in texts:
        extract(text)
    prof.disable()
    stats = pstats.Stats(prof)
    total = sum(v[2] for v in stats.stats.values()) or 1.0  # type: ignore[attr-defined]
    by_module: dict[str, float] = defaultdict(float)
    for (filename, _line, _name), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        by_module[_module(filename)] += tt
    print(f"\nself time by module (profiled total {total:.2f} s)")
    for name, tt in sorted(by_module.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {100 * tt / total:5.1f} %  {tt:7.3f} s  {name}")
    print()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-n", "--count", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=1, help="passes; the best one is reported")
    parser.add_argument("--cold", action="store_true",
                        help="empty the extractor caches before each article")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    texts = load(args.folder, args.count)
    if not texts:
        sys.exit(f"no articles under {args.folder}")
    extract(WARM_UP)  # warm-up: imports, compiled patterns, dateparser's first call
    extract(texts[0])
    words = sum(len(t.split()) for t in texts)
    seconds, cpu = run(texts, args.repeat, args.cold)
    n = len(texts)
    print(f"articles       {n}")
    print(f"words          {words:,} ({words / n:.0f} per article)")
    print(f"ms/article     {1000 * seconds / n:.2f} wall, {1000 * cpu / n:.2f} CPU")
    print(f"articles/s     {n / seconds:.0f}")
    print(f"words/s        {words / seconds:,.0f}")
    if args.profile:
        profile(texts, args.top)


if __name__ == "__main__":
    main()
