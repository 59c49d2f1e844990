"""A small tokenizer that keeps body offsets, shared by the rule-based extractors."""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.records import Sentence

_TOKEN_RE = re.compile(
    r"(?P<abbr>(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Amb"
    r"|Pres|Prof|St|No|Jr|Sr)\.)"
    r"|(?P<initial>[A-Z]\.)"
    r"|(?P<poss>['’]s\b)"
    r"|(?P<word>[^\W\d_][\w\-]*(?:['’][A-Z][\w\-]*)?)"
    r"|(?P<num>\d[\d,.]*\d%?|\d%?)"
    r"|(?P<punct>\S)"
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int  # body offsets
    end: int
    kind: str  # abbr | initial | poss | word | num | punct

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_cap(self) -> bool:
        return self.kind in ("word", "abbr", "initial") and self.text[:1].isupper()


def tokenize(sentence: Sentence) -> list[Token]:
    """Tokens of a sentence with offsets into the article body."""
    base = sentence.start
    return [
        Token(m.group(), base + m.start(), base + m.end(), m.lastgroup or "punct")
        for m in _TOKEN_RE.finditer(sentence.text)
    ]


def tokenize_text(text: str) -> list[str]:
    """Token texts of a lexicon phrase, so phrases match token sequences exactly."""
    return [m.group() for m in _TOKEN_RE.finditer(text)]
