"""Cross-article actor merging: local actors of every article -> canonical actors.

Names are never compared whole with fuzzy set scores (they call "Vladimir Putin" and
"Vladimir Medinsky" half equal). Persons are blocked by surname key, fuzzy matching runs only
between surname keys of similar length sharing a first letter, and clusters grow one entry at a
time with every merge checked against the whole cluster, so no chain A~B~C can join two
entries of one article or a user's force_apart pair. Deterministic: entries are processed in a
fixed order that does not depend on the order they were given in.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from store.lexicon.names import GENERIC_ORG_WORDS, SPELLING_VARIANTS
from store.names import (
    FUZZY_MIN_LEN,
    FUZZY_THRESHOLD,
    GivenName,
    compatible_given,
    fold,
    parse_name,
    surname_keys_match,
)

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,}")


@dataclass(frozen=True, slots=True)
class NameEntry:
    id: int  # unique id of a local actor (a DB row id)
    article: int  # id of the article it came from
    name: str  # fullest form in that article, no title ("Volodymyr Zelensky", "SBU")
    kind: str  # "person" | "organisation" | "state" | "other"
    side: str | None
    aliases: frozenset[str]  # surface forms seen ("President Volodymyr Zelensky", "SBU")
    mentions: int


@dataclass(frozen=True, slots=True)
class ActorCluster:
    name: str  # canonical name
    kind: str
    side: str | None
    members: tuple[int, ...]  # NameEntry ids, sorted
    aliases: tuple[str, ...]  # union of names+aliases, sorted, canonical included


@dataclass(slots=True, eq=False)
class _Cluster:
    """A growing cluster; merged-away clusters point at the one that absorbed them."""

    seq: int  # creation order: deterministic tie-breaker
    entries: list[NameEntry]
    articles: set[int]
    tags: set[tuple[int, int]]  # (force_apart pair, side 0/1) carried by some member
    sides: set[str] = field(default_factory=set)
    parent: _Cluster | None = None

    def root(self) -> _Cluster:
        """The live cluster this one was merged into (itself when live)."""
        c = self
        while c.parent is not None:
            c = c.parent
        return c


def _rank(entry: NameEntry) -> tuple[int, str, int]:
    """Processing order: most-mentioned first, so leaders are the well-attested forms."""
    return (-entry.mentions, entry.name, entry.id)


def _norm(text: str) -> str:
    """Loose form for matching organisation names and user overrides ("the U.N." -> "un")."""
    s = _NON_ALNUM.sub(" ", fold(text).replace(".", "")).strip()
    return " ".join(SPELLING_VARIANTS.get(w, w)  # "Defence Council" is "Defense Council"
                    for w in s.split() if w != "the")  # "Headquarters for (the) Treatment"


def _is_acronym(text: str) -> bool:
    """"SBU", "U.N.", "NATO": short forms that a canonical name should not prefer."""
    return " " not in text.strip() and bool(_ACRONYM.fullmatch(text.strip()))


def _distinctive(alias: str) -> bool:
    """An alias that names one body: an acronym ("SBU") or a capitalised phrase of two or
    more words that are not all generic ("Security Service of Ukraine", not "the Defence
    Ministry"). Single ordinary words ("Ukraine", "Kremlin") are left to name equality."""
    words = _norm(alias).split()
    if not words or set(words) <= GENERIC_ORG_WORDS:
        return False
    if _is_acronym(alias):
        return True
    return len(words) >= 2 and any(c.isupper() for c in alias)


def _org_keys(entry: NameEntry) -> set[str]:
    """Strings that identify an organisation: its name and every distinctive alias."""
    keys = {_norm(entry.name)} | {_norm(a) for a in entry.aliases if _distinctive(a)}
    keys.discard("")
    return keys


def _names_of(entry: NameEntry) -> set[str]:
    """Normalised name and aliases, to resolve user overrides given by any alias."""
    return {_norm(entry.name)} | {_norm(a) for a in entry.aliases}


class _Merger:
    """State of one merge_actors run."""

    def __init__(self, apart: list[tuple[str, str]]) -> None:
        self.apart = apart
        self.clusters: list[_Cluster] = []

    def new(self, entry: NameEntry) -> _Cluster:
        """A singleton cluster carrying the entry's force_apart tags."""
        names = _names_of(entry) if self.apart else set()
        tags = set()
        for i, (a, b) in enumerate(self.apart):
            in_a, in_b = a in names, b in names
            if in_a != in_b:
                tags.add((i, 0 if in_a else 1))
        c = _Cluster(len(self.clusters), [entry], {entry.article}, tags,
                     {entry.side} if entry.side else set())
        self.clusters.append(c)
        return c

    @staticmethod
    def can_merge(a: _Cluster, b: _Cluster, *, articles: bool = True,
                  sides: bool = False) -> bool:
        """Cannot-link checks over whole clusters: force_apart, same article, side."""
        if any((i, 1 - s) in b.tags for i, s in a.tags):
            return False
        if articles and not a.articles.isdisjoint(b.articles):
            return False
        return not (sides and a.sides and b.sides and a.sides != b.sides)

    @staticmethod
    def merge(into: _Cluster, other: _Cluster) -> None:
        """Move `other` into `into`."""
        into.entries.extend(other.entries)
        into.articles |= other.articles
        into.tags |= other.tags
        into.sides |= other.sides
        other.entries, other.parent = [], into

    def live(self) -> list[_Cluster]:
        """Clusters not merged into another, in creation order."""
        return [c for c in self.clusters if c.parent is None]


def _length_window(n: int) -> range:
    """Key lengths whose fuzz.ratio with a length-n key can reach the threshold."""
    t = FUZZY_THRESHOLD / 100
    return range(math.ceil(n * t / (2 - t)), math.floor(n * (2 - t) / t) + 1)


def _surname_leaders(weights: dict[str, int]) -> dict[str, str]:
    """Map each surname key to a leader key (leader clustering, no chaining).

    Keys are visited heaviest first; a key joins the best-matching existing leader among
    leaders with the same first letter and a compatible length (the blocking), else leads.
    """
    leaders: dict[str, str] = {}
    buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
    for key in sorted(weights, key=lambda k: (-weights[k], k)):
        best = None
        if len(key) >= FUZZY_MIN_LEN:
            ok = sorted((-score, lead) for n in _length_window(len(key))
                        if (bucket := buckets.get((key[0], n)))
                        for lead, score, _ in process.extract(
                            key, bucket, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD,
                            limit=None)
                        if surname_keys_match(key, lead))
            best = ok[0][1] if ok else None
        if best is None:
            buckets[(key[:1], len(key))].append(key)
        leaders[key] = best or key
    return leaders


def _merge_persons(m: _Merger, entries: list[NameEntry]) -> None:
    """Persons: block by surname (fuzzy leader), then given names decide within a block."""
    blocks: dict[str, list[NameEntry]] = defaultdict(list)
    weights: Counter[str] = Counter()
    for e in entries:
        key = parse_name(e.name).key
        if key:
            weights[key] += e.mentions + 1
        else:
            blocks["\0" + fold(e.name)].append(e)
    leaders = _surname_leaders(dict(weights))
    for e in entries:
        if key := parse_name(e.name).key:
            blocks[leaders[key]].append(e)
    for block in sorted(blocks):
        _merge_person_block(m, sorted(blocks[block], key=_rank))


def _given(c: _Cluster) -> GivenName | None:
    """Given name of a person cluster's leader (its first, most-mentioned entry)."""
    return parse_name(c.entries[0].name).given_name


def _merge_person_block(m: _Merger, entries: list[NameEntry]) -> None:
    """One surname block: full names by given name, then initials, then bare surnames."""
    full = [e for e in entries if (g := parse_name(e.name).given_name) and not g.initial]
    initials = [e for e in entries if (g := parse_name(e.name).given_name) and g.initial]
    bare = [e for e in entries if parse_name(e.name).given_name is None]
    named: list[_Cluster] = []
    for e in full:
        given = parse_name(e.name).given_name
        _join_or_add(m, m.new(e), named, lambda t, g=given: compatible_given(_given(t), g))
    fulls = list(named)
    for e in initials:
        c = m.new(e)
        given = parse_name(e.name).given_name
        fits = [t for t in fulls if m.can_merge(t, c) and compatible_given(_given(t), given)]
        if len(fits) == 1:
            m.merge(fits[0], c)
        else:  # no or several full names fit: group with the same initial only
            _join_or_add(m, c, named, lambda t, g=given: t not in fulls and _given(t) == g)
    bare_clusters: list[_Cluster] = []
    for e in bare:
        c = m.new(e)
        # exactly one person with a given name that this entry's article does not exclude
        fits = [t for t in named if m.can_merge(t, c)]
        if len(fits) == 1:
            m.merge(fits[0], c)
        else:
            _join_or_add(m, c, bare_clusters, lambda t: True)


def _join_or_add(m: _Merger, c: _Cluster, pool: list[_Cluster],
                 fits: Callable[[_Cluster], bool]) -> None:
    """Merge `c` into the first cluster of `pool` that fits and allows it, else add it."""
    target = next((t for t in pool if fits(t) and m.can_merge(t, c)), None)
    if target is None:
        pool.append(c)
    else:
        m.merge(target, c)


def _merge_orgs(m: _Merger, entries: list[NameEntry]) -> None:
    """Organisations: equal normalised names or a shared distinctive alias, same side."""
    index: dict[str, list[_Cluster]] = defaultdict(list)
    for e in sorted(entries, key=_rank):
        c = m.new(e)
        keys = _org_keys(e)
        cands = sorted({t.root() for k in keys for t in index[k]}, key=lambda t: t.seq)
        target = next((t for t in cands if m.can_merge(t, c, sides=True)), None)
        if target is None:
            target = c
        else:
            m.merge(target, c)
        for t in cands:  # the entry may bridge clusters that formed before it
            if t is not target and t.parent is None and m.can_merge(target, t, sides=True):
                m.merge(target, t)
        for k in keys:
            index[k].append(target)


def _merge_states(m: _Merger, entries: list[NameEntry]) -> None:
    """States: equal normalised names (they are canonical already)."""
    by_name: dict[str, list[_Cluster]] = defaultdict(list)
    for e in sorted(entries, key=_rank):
        c = m.new(e)
        group = by_name[_norm(e.name)]
        target = next((t for t in group if m.can_merge(t, c, articles=False)), None)
        if target is None:
            group.append(c)
        else:
            m.merge(target, c)


def _merge_others(m: _Merger, entries: list[NameEntry]) -> None:
    """"other": join the one person/organisation with the same folded name (or alias),
    else group with the other "other" entries of that name."""
    named: dict[str, list[_Cluster]] = defaultdict(list)
    for c in m.live():
        for e in c.entries:
            if e.kind in ("person", "organisation"):
                for n in {e.name} | e.aliases:
                    named[fold(n)].append(c)
    groups: dict[str, list[_Cluster]] = defaultdict(list)
    for e in sorted(entries, key=_rank):
        c = m.new(e)
        key = fold(e.name)
        fits = sorted({t.root() for t in named[key]}, key=lambda t: t.seq)
        fits = [t for t in fits if m.can_merge(t, c)]
        if len(fits) == 1:
            m.merge(fits[0], c)
            continue
        target = next((t for t in groups[key] if m.can_merge(t, c, articles=False)), None)
        if target is None:
            groups[key].append(c)
        else:
            m.merge(target, c)


def _force_same(m: _Merger, pairs: list[tuple[str, str]]) -> None:
    """User says a and b are one actor: merge their clusters unless force_apart forbids."""
    if not pairs:
        return
    index: dict[str, list[_Cluster]] = defaultdict(list)
    for c in m.live():
        for e in c.entries:
            for n in _names_of(e):
                index[n].append(c)
    for a, b in pairs:
        if not index[a] or not index[b]:
            continue
        found = sorted({t.root() for t in index[a] + index[b]}, key=lambda t: t.seq)
        target = found[0]
        for t in found[1:]:
            if t.parent is None and m.can_merge(target, t, articles=False):
                m.merge(target, t)


def _majority(values: Iterable[str], prefer_not: str | None = None) -> str | None:
    """Most frequent value, ties broken lexicographically (`prefer_not` loses ties)."""
    counts = Counter(values)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v == prefer_not, v))


def _canonical(entries: list[NameEntry], kind: str) -> str:
    """Most-mentioned full form: persons prefer names with a given name, organisations
    prefer spelled-out names to acronyms; ties go to the lexicographically first."""
    mentions: Counter[str] = Counter()
    for e in entries:
        mentions[e.name] += e.mentions
    def score(name: str) -> tuple[int, int, int, str]:
        if kind == "person":
            given = parse_name(name).given_name
            return (given is None, given is None or given.initial, -mentions[name], name)
        return (False, kind == "organisation" and _is_acronym(name), -mentions[name], name)
    return min(mentions, key=score)


def _finish(c: _Cluster) -> ActorCluster:
    """Freeze a live cluster into its public form."""
    kind = _majority((e.kind for e in c.entries), prefer_not="other") or "other"
    name = _canonical(c.entries, kind)
    side = _majority(e.side for e in c.entries if e.side)
    aliases = {name} | {e.name for e in c.entries} | {a for e in c.entries for a in e.aliases}
    return ActorCluster(name, kind, side, tuple(sorted(e.id for e in c.entries)),
                        tuple(sorted(aliases)))


def _pairs(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Normalised, ordered, deduplicated override pairs."""
    out = {tuple(sorted((_norm(a), _norm(b)))) for a, b in pairs}
    return sorted((a, b) for a, b in out if a and b and a != b)


def merge_actors(entries: Iterable[NameEntry],
                 force_same: Iterable[tuple[str, str]] = (),
                 force_apart: Iterable[tuple[str, str]] = ()) -> list[ActorCluster]:
    """Merge local actors of many articles into canonical actors (see module docstring).

    force_same / force_apart name actors by any of their names or aliases; force_apart wins.
    The result is sorted by (name, kind, members).
    """
    by_kind: dict[str, list[NameEntry]] = defaultdict(list)
    for e in sorted(entries, key=_rank):
        by_kind[e.kind if e.kind in ("person", "organisation", "state") else "other"].append(e)
    m = _Merger(_pairs(force_apart))
    _merge_persons(m, by_kind["person"])
    _merge_orgs(m, by_kind["organisation"])
    _merge_states(m, by_kind["state"])
    _merge_others(m, by_kind["other"])
    _force_same(m, _pairs(force_same))
    return sorted((_finish(c) for c in m.live()), key=lambda a: (a.name, a.kind, a.members))
