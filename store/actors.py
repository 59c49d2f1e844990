"""Actors in one article: people with their roles, organisations, states and metonyms.

Rule-based on purpose (fast, explainable): lexicon phrases are matched first (states,
metonyms, known organisations), then capitalised runs are split into title + name, and bare
surnames are resolved against the full names of the same article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from store.lexicon.figures import FIGURES
from store.lexicon.names import GIVEN_NAMES, SURNAME_ENDINGS
from store.lexicon.places import (
    DEMONYMS,
    METONYMS,
    REGIONS,
    SIDE_NOUNS,
    STATE_OF_NAME,
    STATES,
    VENUE_SITES,
    VENUES,
)
from store.lexicon.roles import (
    HONORIFICS,
    MEDIA_DESCRIPTORS,
    NOT_NAMES,
    ORG_HEADS,
    ORGANISATIONS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from store.lexicon.speech import SPEECH_VERBS
from store.names import same_person, surname_key
from store.records import ActorKind, LocalActor, Mention, Sentence
from store.tokens import Token, keyed_cache, tokenize, tokenize_text

_SURNAME_SUFFIX = re.compile(r"(?:" + "|".join(SURNAME_ENDINGS) + r")$")
_CONNECTORS = frozenset({"of", "for"})
_STOP_AFTER_TITLE = frozenset({"the", "a", "an", "then", "and", "his", "her", "their"})


@dataclass(slots=True)
class _Entry:
    kind: ActorKind
    name: str
    side: str | None = None
    roles: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    first: int = 0


@dataclass(frozen=True, slots=True)
class _Hit:
    sentence: int
    start: int
    end: int
    surface: str
    kind: ActorKind
    name: str
    side: str | None
    role: str | None = None
    full: bool = True  # a person name with a given name (or any non-person)
    alias: bool = True  # False for descriptions such as "Russian delegates": not a name


def _phrase_table() -> dict[tuple[str, ...], tuple[ActorKind, str, str | None]]:
    table: dict[tuple[str, ...], tuple[ActorKind, str, str | None]] = {}

    def add(alias: str, value: tuple[ActorKind, str, str | None]) -> None:
        words = tokenize_text(alias)
        if words and words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        table.setdefault(tuple(words), value)

    for name, (side, aliases) in ORGANISATIONS.items():
        for alias in (name, *aliases):
            add(alias, ("organisation", name, side))
            words = alias.split()
            if len(words) > 1 and words[-1][0].isupper():  # "Russia's defence ministry"
                add(" ".join(words[:1] + [w.lower() for w in words[1:]]),
                    ("organisation", name, side))
    for state, aliases in STATES.items():
        for alias in (state, *aliases):
            add(alias, ("state", state, state))
    for alias, state in METONYMS.items():
        add(alias, ("state", state, state))
    return table


_PHRASES = _phrase_table()
# first word of a lexicon phrase -> the phrase lengths starting with it, longest first
_LENGTHS_BY_FIRST: dict[str, tuple[int, ...]] = {}
for _key in _PHRASES:
    _LENGTHS_BY_FIRST[_key[0]] = tuple(sorted({*_LENGTHS_BY_FIRST.get(_key[0], ()), len(_key)},
                                              reverse=True))
_FIGURE_KEYS = {surname_key(s): (side, given) for s, (side, given) in FIGURES.items()}
_NOT_NAME_LOWER = frozenset(w.lower() for w in NOT_NAMES)
_PLACES = frozenset(VENUES | REGIONS | VENUE_SITES.keys())


def _is_title_word(tok: Token) -> bool:
    return _is_title_word_text(tok.text)


def _is_title_word_text(text: str) -> bool:
    low = text.lower()
    return low in TITLE_HEADS or low in TITLE_MODIFIERS or low in TITLE_ABBREVIATIONS


def _match_phrases(tokens: list[Token]) -> dict[int, tuple[int, tuple[ActorKind, str, str | None]]]:
    """Longest lexicon phrase starting at each token index: start -> (end index, value)."""
    found: dict[int, tuple[int, tuple[ActorKind, str, str | None]]] = {}
    texts = [t.text for t in tokens]
    i = 0
    while i < len(tokens):
        for n in _LENGTHS_BY_FIRST.get(texts[i], ()):
            if i + n > len(texts):
                continue
            value = _PHRASES.get(tuple(texts[i : i + n]))
            if value is not None:
                found[i] = (i + n, value)
                i += n - 1
                break
        i += 1
    return found


def _title_before(
    tokens: list[Token], i: int, phrases: dict[int, tuple[int, tuple[ActorKind, str, str | None]]]
) -> tuple[str | None, str | None, int]:
    """Role and side written before the name at token i: (role, side, index where role starts).

    Walks left over title words ("Deputy Foreign Minister"), stops at a side marker: a demonym
    ("Russian President"), a state or metonym ("U.S. President", "Kremlin spokesman") or a
    possessive ("Russia's U.N. Ambassador").
    """
    phrase_end = {end - 1: (start, v) for start, (end, v) in phrases.items()}
    j = i - 1
    if j >= 2 and tokens[j].text == ")" and tokens[j - 2].text == "(":
        j -= 3  # "Head of the Security Service of Ukraine (SBU) Oleksandr Poklad"
    if j >= 1 and tokens[j].text == ",":  # "special envoy for Ukraine, Keith Kellogg"
        role, side, first = _title_before(tokens, j, phrases)
        opener = tokens[first - 1] if first > 0 else None
        if role is not None and (
            opener is None or opener.kind == "poss"
            or opener.lower in ("to", "by", "the", "a", "an", "his", "her", "their")
        ):
            return role, side, first
        return None, None, i
    picked: list[int] = []  # token indices of the role, right to left
    side: str | None = None
    has_head = False
    while j >= 0:
        tok = tokens[j]
        if j in phrase_end:
            start, (kind, name, _) = phrase_end[j]
            linked = start >= 2 and tokens[start - 1].lower in _CONNECTORS and _is_title_word(
                tokens[start - 2])  # "envoy for Ukraine", "President of Russia"
            if kind == "state" and not linked:
                side = name  # "U.S. President", "Kremlin spokesman"
                break
            if kind == "state" and tokens[start - 1].lower == "of":
                side = side or name  # "President of Russia"; not "envoy for Ukraine"
            picked.extend(range(j, start - 1, -1))  # "U.N. Ambassador", "envoy for Ukraine"
            j = start - 1
            continue
        if tok.kind == "poss":
            if j >= 1:
                side = STATE_OF_NAME.get(tokens[j - 1].text)
            break
        if tok.text in DEMONYMS:
            side = DEMONYMS[tok.text]
            break
        if _is_title_word(tok) or (tok.lower in _CONNECTORS and picked):
            has_head = has_head or tok.lower in TITLE_HEADS or tok.lower in TITLE_ABBREVIATIONS
            picked.append(j)
            j -= 1
            continue
        break
    picked.reverse()
    while picked and tokens[picked[0]].lower in _STOP_AFTER_TITLE | _CONNECTORS:
        picked.pop(0)
    while picked and tokens[picked[-1]].lower in _CONNECTORS:
        picked.pop()
    if not picked or not has_head:
        return None, None, i
    role = " ".join(TITLE_ABBREVIATIONS.get(tokens[k].lower, tokens[k].text) for k in picked)
    return role, side, picked[0]


def _role_after(tokens: list[Token], k: int) -> tuple[str | None, str | None]:
    """Appositive role after a name that ends before token k: ", an aide to President X,"."""
    if k >= len(tokens) or tokens[k].text != ",":
        return None, None
    j = k + 1
    side: str | None = None
    if j < len(tokens) and tokens[j].lower in ("a", "an", "the", "his", "her"):
        j += 1
    if j + 1 < len(tokens) and tokens[j + 1].kind == "poss" and tokens[j].text in STATE_OF_NAME:
        side = STATE_OF_NAME[tokens[j].text]
        j += 2
    elif j < len(tokens) and tokens[j].text in DEMONYMS:
        side = DEMONYMS[tokens[j].text]
        j += 1
    words: list[str] = []
    has_head = False
    while j < len(tokens) and len(words) < 10:
        tok = tokens[j]
        if tok.kind == "poss":
            if words and words[-1] in STATE_OF_NAME:  # "secretary of Ukraine's Security Council"
                side = side or STATE_OF_NAME[words[-1]]
                words[-1] += tok.text
            else:  # "President Vladimir Putin's spokesman": the role follows
                words, has_head = [], False
            j += 1
            continue
        if tok.kind == "punct" and tok.text != "-":
            break
        if tok.lower in SPEECH_VERBS or tok.lower in ("who", "which", "is", "was", "has", "had"):
            break
        title_like = _is_title_word(tok) or tok.is_cap or tok.lower in ("to", "of", "for", "on")
        if not title_like:
            break
        has_head = has_head or tok.lower in TITLE_HEADS
        words.append(tok.text)
        j += 1
    while words and words[-1].lower() in _CONNECTORS | {"and", "the", "a", "to", "on"}:
        words.pop()
    if not has_head or not words or not _is_title_word_text(words[0]):
        return None, None
    if j < len(tokens) and tokens[j].kind != "punct":
        return None, None  # "Peskov, President Putin was told": a new subject, no apposition
    return " ".join(words), side


def _looks_like_name(words: list[Token]) -> bool:
    if not 2 <= len(words) <= 4:
        return False
    if any(w.text in NOT_NAMES or w.lower in ORG_HEADS or w.text in _PLACES for w in words):
        return False
    return all(w.is_cap for w in words)


def _find_hits(sentence: Sentence) -> list[_Hit]:
    """Actor hits of a sentence. A pure function of its text up to where the sentence stands
    (its index, its offset), so hits found for a text before are reused, moved to this one:
    articles repeat sentences (wire copy, boilerplate), and tokenising and classifying them
    again is a fifth of the extractor's time."""
    base, index = sentence.start, sentence.index
    return [_Hit(index, start + base, end + base, *rest)
            for start, end, *rest in _hits_at_zero(sentence.text)]


@keyed_cache(lambda text: text)
def _hits_at_zero(text: str) -> tuple[tuple[Any, ...], ...]:
    """_find_hits of a sentence standing at offset 0 with index 0, as plain tuples without
    the index (immutable: the cache hands them out again)."""
    return tuple((h.start, h.end, h.surface, h.kind, h.name, h.side, h.role, h.full, h.alias)
                 for h in _scan_hits(Sentence(0, 0, len(text), text, 0)))


def _scan_hits(sentence: Sentence) -> list[_Hit]:
    tokens = tokenize(sentence)
    phrases = _match_phrases(tokens)
    consumed: set[int] = set()
    hits: list[_Hit] = []
    for start, (end, (kind, name, side)) in phrases.items():
        consumed.update(range(start, end))
        surface = sentence.text[tokens[start].start - sentence.start : tokens[end - 1].end
                                - sentence.start]
        hits.append(_Hit(sentence.index, tokens[start].start, tokens[end - 1].end, surface,
                         kind, name, side))
    # "the Russian side", "Ukrainian delegates": the state's negotiating side
    for i, tok in enumerate(tokens[:-1]):
        if tok.text in DEMONYMS and tokens[i + 1].lower in SIDE_NOUNS and i not in consumed:
            state = DEMONYMS[tok.text]
            surface = f"{tok.text} {tokens[i + 1].text}"
            hits.append(_Hit(sentence.index, tok.start, tokens[i + 1].end, surface, "state",
                             state, state, alias=False))
            consumed.add(i)
    # parenthetical acronym after an organisation: "Security Service of Ukraine (SBU)"
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if i in consumed or not (tok.is_cap or (tok.kind == "abbr" and tok.text[0].isupper())):
            i += 1
            continue
        j = i
        while j < n:
            t = tokens[j]
            if j not in consumed and (t.is_cap or t.kind == "abbr"):
                j += 1
                continue
            if (t.lower == "and" and j > i and j + 1 < n and tokens[j + 1].is_cap
                    and j + 1 not in consumed):
                j += 1  # "National Security and Defence Council"; split again below if not
                continue
            org_run = any(tokens[k].lower in ORG_HEADS for k in range(i, j))
            if (t.lower in _CONNECTORS and j > i and j + 1 < n
                    and (org_run or tokens[j - 1].lower in TITLE_HEADS)
                    and (tokens[j + 1].is_cap or tokens[j + 1].lower == "the")):
                j += 1
                if tokens[j].lower == "the":
                    j += 1
                continue
            break
        while j > i and (tokens[j - 1].lower in _CONNECTORS or tokens[j - 1].lower == "the"):
            j -= 1  # "Secretary of [the United States]": the state is matched on its own
        if j == i:
            i += 1
            continue
        for a, b in _split_on_and(tokens, i, j):
            hits.extend(_classify_run(sentence, tokens, a, b, phrases))
        i = j
    return hits


def _split_on_and(tokens: list[Token], i: int, j: int) -> list[tuple[int, int]]:
    """Keep "and" inside an organisation's name only; "Peskov and Lavrov" are two runs."""
    ands = [k for k in range(i, j) if tokens[k].lower == "and"]
    if not ands or tokens[j - 1].lower in ORG_HEADS:
        return [(i, j)]
    bounds = [i, *[k for a in ands for k in (a, a + 1)], j]
    return [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)
            if bounds[k] < bounds[k + 1]]


_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "for", "on", "and", "in", "at", "to"})


def _sentence_initial(tokens: list[Token], k: int) -> bool:
    """The token opens the sentence, maybe after an opening quote or a dash."""
    return all(t.kind == "punct" for t in tokens[:k])


def _title_start(run: list[Token], k: int) -> int:
    """Where a name's written title starts, leaving out a demonym ("Russian President").

    Only a real title ("Defense Minister") joins the surface form; leftovers of an office
    ("Defense Council Rustem Umierov") do not.
    """
    title = [t for t in run[:k] if t.text not in DEMONYMS]
    if not any(t.lower in TITLE_HEADS or t.lower in TITLE_ABBREVIATIONS for t in title):
        return run[k].start
    return title[0].start


def _titled_person(run: list[Token]) -> bool:
    """"Head of the Office of President Andrii Yermak" is a person, not an office."""
    for p in range(1, len(run) - 1):
        if run[p].lower in GIVEN_NAMES and 2 <= len(run) - p <= 4:
            head, tail = run[:p], run[p:]
            if head[-1].lower in _CONNECTORS or head[-1].lower == "the":
                return False  # "Office of Andrii" is no title before a name
            return _is_title_word(head[0]) and not any(
                t.lower in ORG_HEADS or t.lower in _CONNECTORS for t in tail)
    return False


def _classify_run(
    sentence: Sentence, tokens: list[Token], i: int, j: int,
    phrases: dict[int, tuple[int, tuple[ActorKind, str, str | None]]],
) -> Iterable[_Hit]:
    """Classify a capitalised run as an organisation, a titled person, a bare surname or
    nothing."""
    run = tokens[i:j]
    first_idx = i  # the index of run[0] in tokens (tokens hold distinct offsets)
    # strip leading sentence-starters ("The", "In", "Speaking")
    while run and run[0].text in NOT_NAMES and (
            run[0].lower in _FUNCTION_WORDS or not _is_title_word(run[0])):
        run, first_idx = run[1:], first_idx + 1
    # a sentence's first word is capitalised anyway: keep it only if it can start a name
    if run and _sentence_initial(tokens, first_idx) and len(run) > 1 and not (
            run[0].lower in GIVEN_NAMES or _is_title_word(run[0]) or run[0].text in DEMONYMS
            or run[0].kind != "word" or run[-1].lower in ORG_HEADS):
        run, first_idx = run[1:], first_idx + 1
    if not run:
        return []
    last_idx = first_idx + len(run)
    text = sentence.text[run[0].start - sentence.start : run[-1].end - sentence.start]
    # organisation: ends with an organisation head, or a media descriptor stands before it
    org_head = run[-1].lower in ORG_HEADS or any(
        t.lower in ORG_HEADS and k + 1 < len(run) and run[k + 1].lower in _CONNECTORS
        for k, t in enumerate(run)
    )
    before = tokens[first_idx - 1].lower if first_idx > 0 else ""
    if (org_head or (before in MEDIA_DESCRIPTORS and len(run) <= 3)) and not _titled_person(run):
        if len(run) == 1 and run[0].lower in ORG_HEADS:
            return []
        side = None
        for t in run:
            if t.text in DEMONYMS:
                side = DEMONYMS[t.text]
        side = side or _title_before(tokens, first_idx, phrases)[1]
        return [_Hit(sentence.index, run[0].start, run[-1].end, text, "organisation", text, side)]
    # split title words off the front of the run
    k = 0
    while k < len(run) - 1 and (
        (_is_title_word(run[k]) and run[k].lower not in GIVEN_NAMES)
        or run[k].lower in HONORIFICS or run[k].text in DEMONYMS
    ):
        k += 1
    name_toks = run[k:]
    given_at = next((p for p, t in enumerate(name_toks) if t.lower in GIVEN_NAMES), None)
    if given_at and 2 <= len(name_toks) - given_at <= 3:
        k += given_at  # "Democrat Richard Blumenthal": a descriptor before the given name
        name_toks = run[k:]
    if any(t.lower in _CONNECTORS for t in name_toks) or all(
            _is_title_word(t) for t in name_toks):
        return []  # "First Deputy Head [of the SBU]": a title with no name
    name_start = first_idx + k
    role, side, _ = _title_before(tokens, name_start, phrases)
    if role is None:
        after_role, after_side = _role_after(tokens, last_idx)
        role, side = after_role or role, side or after_side
    first_word = name_toks[0]
    next_tok = tokens[last_idx] if last_idx < len(tokens) else None
    speech_next = next_tok is not None and next_tok.lower in SPEECH_VERBS
    if len(name_toks) >= 2:
        given = first_word.lower in GIVEN_NAMES or first_word.kind == "initial"
        surnamey = bool(_SURNAME_SUFFIX.search(name_toks[-1].lower))
        if len(name_toks) > 4 or not _looks_like_name(name_toks):
            return []
        if not (given or role or speech_next or (surnamey and len(name_toks) == 2)):
            return []
        surface_start = _title_start(run, k) if role else first_word.start
        surface = sentence.text[surface_start - sentence.start : name_toks[-1].end
                                - sentence.start]
        name = " ".join(t.text for t in name_toks)
        return [_Hit(sentence.index, surface_start, name_toks[-1].end, surface, "person", name,
                     side, role, full=True)]
    word = first_word
    if sum(c.isupper() for c in word.text) >= 2:
        return []  # "POWs", "NATO": acronyms are not surnames
    if (word.text in NOT_NAMES or word.lower in GIVEN_NAMES or word.text in _PLACES
            or word.text in DEMONYMS or word.kind != "word" or len(word.text) < 3
            or word.text.isupper() and len(word.text) <= 5):
        return []
    surface_start = _title_start(run, k) if role else word.start
    surface = sentence.text[surface_start - sentence.start : word.end - sentence.start]
    # a bare surname: extract_actors keeps it only if it resolves, is titled or speaks
    return [_Hit(sentence.index, surface_start, word.end, surface, "person", word.text, side,
                 role, full=False)]


def extract_actors(sentences: list[Sentence]) -> tuple[list[LocalActor], list[Mention]]:
    """All actors of one article with their mentions, persons coreferred within the article."""
    hits = [h for s in sentences for h in _find_hits(s)]
    entries: list[_Entry] = []
    index: dict[tuple[ActorKind, str], int] = {}
    assigned: list[tuple[_Hit, int]] = []
    persons: list[int] = []

    def entry_for(kind: ActorKind, name: str, side: str | None, first: int) -> int:
        key = (kind, name)
        if key not in index:
            index[key] = len(entries)
            entries.append(_Entry(kind, name, side, first=first))
        return index[key]

    # 1. non-persons and full person names
    for h in hits:
        if h.kind != "person":
            assigned.append((h, entry_for(h.kind, h.name, h.side, h.start)))
        elif h.full:
            match = next((p for p in persons if same_person(entries[p].name, h.name)), None)
            if match is None:
                match = entry_for("person", h.name, h.side, h.start)
                persons.append(match)
            elif len(h.name) > len(entries[match].name):
                entries[match].name = h.name
            assigned.append((h, match))
    # 2. bare surnames: the latest full name before them that fits, else any that fits
    for h in hits:
        if h.kind != "person" or h.full:
            continue
        fits = [p for p in persons if same_person(entries[p].name, h.name)]
        if fits:
            earlier = [p for p in fits if entries[p].first <= h.start]
            match = max(earlier or fits, key=lambda p: entries[p].first)
        else:
            strong = (h.role is not None or surname_key(h.name) in _FIGURE_KEYS
                      or _speech_follows(sentences, h))
            if not strong:
                continue
            match = entry_for("person", h.name, h.side, h.start)
            persons.append(match)
        assigned.append((h, match))
    # 3. acronyms in parentheses become aliases of the organisation before them
    _attach_acronyms(sentences, assigned, entries)
    assigned.sort(key=lambda a: (a[0].start, a[0].end))
    mentions: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for h, e in assigned:
        if (h.start, h.end) in seen:
            continue
        seen.add((h.start, h.end))
        entry = entries[e]
        if h.alias:
            entry.aliases.add(h.surface)
        entry.aliases.add(h.name)
        if h.role and h.role not in entry.roles:
            entry.roles.append(h.role)
        if entry.side is None and h.side is not None:
            entry.side = h.side
        mentions.append(Mention(e, h.sentence, h.start, h.end, h.surface))
    for entry in entries:
        if entry.kind == "person" and entry.side is None:
            figure = _FIGURE_KEYS.get(surname_key(entry.name))
            if figure is not None:
                entry.side = figure[0]
    actors = [
        LocalActor(key=i, name=e.name, kind=e.kind, side=e.side, roles=e.roles,
                   aliases=e.aliases)
        for i, e in enumerate(entries)
    ]
    return actors, mentions


def _speech_follows(sentences: list[Sentence], h: _Hit) -> bool:
    rest = sentences[h.sentence].text[h.end - sentences[h.sentence].start :].split()
    return bool(rest) and (rest[0].lower().strip(",") in SPEECH_VERBS
                           or (len(rest) > 1 and rest[0] in ("has", "had", "also")
                               and rest[1].lower() in SPEECH_VERBS))


def _attach_acronyms(
    sentences: list[Sentence], assigned: list[tuple[_Hit, int]], entries: list[_Entry],
) -> None:
    by_acronym: dict[str, int] = {}
    for h, e in list(assigned):
        if entries[e].kind != "organisation":
            continue
        s = sentences[h.sentence]
        tail = s.text[h.end - s.start :]
        m = re.match(r"\s*\(([A-Z][A-Za-z.\-]{1,9})\)", tail)
        if m:
            by_acronym[m.group(1)] = e
            start = h.end + m.start(1)
            assigned.append((_Hit(h.sentence, start, start + len(m.group(1)), m.group(1),
                                  "organisation", m.group(1), None), e))
    if not by_acronym:
        return
    for s in sentences:
        for m in re.finditer(r"\b[A-Z][A-Z.\-]{1,9}\b", s.text):
            e = by_acronym.get(m.group())
            if e is not None:
                start = s.start + m.start()
                assigned.append((_Hit(s.index, start, start + len(m.group()), m.group(),
                                      "organisation", m.group(), None), e))
