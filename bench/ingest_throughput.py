"""Ingest throughput on copies of the hand-written articles (one process).

Usage: python bench/ingest_throughput.py [COPIES]

Each copy gets a distinct header line so its content hash differs and it is really extracted.
Reports articles/s and words/s for a first ingest, the time of a no-op re-ingest, and the
database size. A rough figure for the foundation; the full synthetic benchmark comes later.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from store.ingest import ingest  # noqa: E402


def main(copies: int) -> None:
    sources = sorted((ROOT / "tests" / "articles").glob("*.txt")) + sorted(
        (ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    tmp = Path(tempfile.mkdtemp(prefix="talkswatch-bench-"))
    seeds = tmp / "seeds"
    seeds.mkdir()
    words = 0
    for i in range(copies):
        for j, text in enumerate(texts):
            body = f"{text}\n\nCopy {i} of the article.\n"
            (seeds / f"{i:05d}_{j:02d}.txt").write_text(body, encoding="utf-8")
            words += len(body.split())
    n = copies * len(texts)
    db = tmp / "bench.db"
    t0 = time.perf_counter()
    report = ingest(seeds, db)
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = ingest(seeds, db)
    noop = time.perf_counter() - t0
    assert len(report.added) == n and len(again.skipped) == n, (report.failed, again.lines())
    size = db.stat().st_size + sum(p.stat().st_size for p in tmp.glob("bench.db-*"))
    print(f"articles            {n}")
    print(f"words               {words}")
    print(f"first ingest        {first:.2f} s  ({n / first:.0f} articles/s, "
          f"{words / first:,.0f} words/s, one process)")
    print(f"no-op re-ingest     {noop:.3f} s")
    print(f"database size       {size / 1e6:.1f} MB")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
