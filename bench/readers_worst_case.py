"""Worst-case input for the readers and the extractor: how long one bad file takes.

Usage: python bench/readers_worst_case.py [MEGABYTES]   (default 5, the largest file read)

Prints seconds per input at 1/10 of the size and at the full size; the ratio shows whether the
work grows linearly (about 10) or worse. Not a test: timings depend on the machine.
"""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from store.extract import extract  # noqa: E402
from store.readers import MAX_ARTICLE_BYTES, markdown_to_text, read_article  # noqa: E402

HTML_UNITS = ["<div>", "<div>x ", "<a", "<!--", "<!-- >", "<?", "<![", "</", "< ",
              "<a x='", "<li>", "</span>", "&amp"]
MD_UNITS = ["**a ", "*a* ", "_a ", "[a](", "``a ", "<!-- a ", "- a\n", "# a\n", "\\*", "~~a "]
TEXT_UNITS = {"one line": "Talks went on and the minister said nothing. ",
              "paragraphs": "\"We are ready,\" Umerov said on Monday.\n\n",
              "no spaces": "x"}


def _fit(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _time(work: object, *args: object) -> float:
    began = time.perf_counter()
    with contextlib.suppress(ValueError):  # a refusal is a result too
        work(*args)  # type: ignore[operator]
    return time.perf_counter() - began


def main(megabytes: float) -> None:
    full = min(int(megabytes * 1024 * 1024), MAX_ARTICLE_BYTES - 64)  # the largest file read
    rows = []
    for unit in HTML_UNITS:
        rows += [(f"html {unit!r}", *(_time(read_article, "x.html",
                                            ("<p>Start.</p>" + _fit(unit, n)).encode())
                                      for n in (full // 10, full)))]
    for unit in MD_UNITS:
        rows += [(f"markdown {unit!r}", *(_time(markdown_to_text, _fit(unit, n))
                                          for n in (full // 10, full)))]
    for name, unit in TEXT_UNITS.items():
        rows += [(f"extract {name}", *(_time(extract, " date 2025-06-02 " + _fit(unit, n))
                                       for n in (full // 10, full)))]
    print(f"{'input':28} {full / 10 / 1e6:>7.1f} MB {full / 1e6:>7.1f} MB  ratio")
    for name, small, big in rows:
        print(f"{name:28} {small:9.2f} s {big:9.2f} s  {big / max(small, 1e-9):5.1f}")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 5)
