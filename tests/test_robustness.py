"""The extractor never raises on mangled text: truncated articles, shuffled words, odd marks."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from store.extract import extract

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt")) + sorted(
    (ROOT / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_cut_and_shuffled_articles_extract_without_error(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    rng = random.Random(path.name)
    for _ in range(30):
        cut = text[: rng.randrange(len(text))]
        extract(cut)
        words = cut.split(" ")
        rng.shuffle(words)
        extract(" date 2025-06-02 " + " ".join(words))
    for junk in ('"', "“", "'", "(", ":", "—", "\n\n", "U.S.", "Gen.", "1,000", "%"):
        extract(text.replace(" ", f" {junk}", 40))


def test_empty_and_header_only() -> None:
    assert extract("").statements == []
    assert extract(" date 2025-06-02").article.published is not None
