"""Cross-article actor merging: local actors of every article -> canonical actors.

Names are never compared whole with fuzzy set scores (they call "Vladimir Putin" and
"Vladimir Medinsky" half equal). Persons are blocked by surname key, fuzzy matching runs only
between surname keys of similar length sharing a first letter, and clusters grow one entry at a
time with every merge checked against the whole cluster, so no chain A~B~C can join two
entries of one article or a user's force_apart pair. Deterministic: entries are processed in a
fixed order that does not depend on the order they were given in.

Scale: a store of 100,000 articles holds millions of entries but only thousands of distinct
local actors, so the unit of work is a LocalActor (one name, kind, side, alias set and mention
count, with the ids and articles of every entry that has them). Names are parsed, blocked and
compared once per LocalActor, never against every cluster: persons within their surname block,
organisations through a key -> clusters index. Entries are still placed in the order merging
them one by one would use, with the same result, but a run of entries that differ only in their
article goes a cluster at a time (an entry passes a cluster only when its article is there
already). Clusters keep their articles in a set while small, in a bitset once that is smaller.
"""

from __future__ import annotations

import heapq
import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby

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
_MERGEABLE = ("person", "organisation")


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


@dataclass(frozen=True, slots=True, eq=False)
class LocalActor:
    """Entries that agree on everything the merge reads: merged as one unit."""

    name: str
    kind: str
    side: str | None
    aliases: frozenset[str]
    mentions: int  # of each entry
    ids: array  # entry ids, ascending (ids order entries: by article path, then in-article)
    articles: array  # the article of each entry, parallel to ids (numbers >= 0)


@dataclass(frozen=True, slots=True)
class MergedActor:
    """A canonical actor and the local actors it was made of."""

    name: str
    kind: str
    side: str | None
    aliases: tuple[str, ...]  # sorted, canonical included
    parts: tuple[tuple[int, int], ...]  # (LocalActor index, entries taken from it), ascending
    first: int  # smallest entry id: orders actors of one name and kind as member tuples do


@dataclass(frozen=True, slots=True)
class Merge:
    """The result: actors sorted by (name, kind, first), and where each entry went."""

    actors: list[MergedActor]
    # per LocalActor: the index of the actor all its entries joined, or, when they went
    # apart (two of one article, force_apart), the actor index of each entry in id order
    owners: list[int | array]


class _Articles:
    """The articles of one cluster: a set while small, a bitset once that costs less."""

    __slots__ = ("few", "bits", "size", "limit")

    def __init__(self, size: int, limit: float) -> None:
        self.few: set[int] | None = set()
        self.bits: bytearray | None = None
        self.size, self.limit = size, limit  # bitset bytes; set length that switches

    def __contains__(self, a: int) -> bool:
        if self.few is not None:
            return a in self.few
        return bool(self.bits[a >> 3] >> (a & 7) & 1)  # type: ignore[index]

    def add(self, a: int) -> None:
        if self.few is None:
            self.bits[a >> 3] |= 1 << (a & 7)  # type: ignore[index]
            return
        self.few.add(a)
        if len(self.few) > self.limit:
            self._to_bits()

    def claim(self, arts: array, ks: Sequence[int]) -> tuple[list[int], list[int]]:
        """Entries `ks` (positions in `arts`) in order: those whose article is not here yet,
        now added, and those whose article already is (an earlier one of `ks` included)."""
        keep: list[int] = []
        rest: list[int] = []
        if self.few is not None and len(self.few) + len(ks) <= self.limit:
            few = self.few
            for k in ks:
                a = arts[k]
                if a in few:
                    rest.append(k)
                else:
                    few.add(a)
                    keep.append(k)
            return keep, rest
        if self.few is not None:
            self._to_bits()
        bits = self.bits
        assert bits is not None
        for k in ks:
            a = arts[k]
            bit = 1 << (a & 7)
            if bits[a >> 3] & bit:
                rest.append(k)
            else:
                bits[a >> 3] |= bit
                keep.append(k)
        return keep, rest

    def add_all(self, arts: array, ks: Sequence[int]) -> None:
        for k in ks:
            self.add(arts[k])

    def _to_bits(self) -> None:
        bits = bytearray(self.size)
        for a in self.few or ():
            bits[a >> 3] |= 1 << (a & 7)
        self.few, self.bits = None, bits

    def _as_int(self) -> int:
        return int.from_bytes(self.bits or b"", "little")

    def isdisjoint(self, other: _Articles) -> bool:
        if self.few is not None and other.few is not None:
            return self.few.isdisjoint(other.few)
        if self.few is not None or other.few is not None:
            small, big = (self, other) if self.few is not None else (other, self)
            return not any(a in big for a in small.few or ())
        return not self._as_int() & other._as_int()

    def update(self, other: _Articles) -> None:
        if other.few is not None:
            for a in other.few:
                self.add(a)
            return
        if self.few is not None:
            self._to_bits()
        self.bits = bytearray((self._as_int() | other._as_int()).to_bytes(self.size, "little"))


_NO_ARTICLES = _Articles(1, math.inf)
_NO_SIDE: frozenset[str] = frozenset()
_NO_TAGS: frozenset[tuple[int, int]] = frozenset()


@dataclass(slots=True, eq=False)
class _Cluster:
    """A growing cluster; merged-away clusters point at the one that absorbed them."""

    seq: int  # creation order: deterministic tie-breaker
    lead: int  # LocalActor of the entry that founded it (the original's entries[0])
    counts: dict[int, int]  # LocalActor index -> entries of it in this cluster
    articles: _Articles
    tags: set[tuple[int, int]]  # (force_apart pair, side 0/1) carried by some member
    first: int  # smallest entry id
    sides: set[str] = field(default_factory=set)
    parent: _Cluster | None = None

    def root(self) -> _Cluster:
        """The live cluster this one was merged into (itself when live)."""
        c = self
        while c.parent is not None:
            c = c.parent
        return c


# An entry while it is placed: (id, article, LocalActor index, position in that LocalActor)
_Member = tuple[int, int, int, int]


def _entries_of(actors: Sequence[LocalActor], i: int) -> Iterator[_Member]:
    a = actors[i]
    return ((e, art, i, pos) for pos, (e, art) in enumerate(zip(a.ids, a.articles, strict=True)))


def _interleave(actors: Sequence[LocalActor], run: list[int]) -> Iterator[_Member]:
    """The entries of a run of equally ranked local actors, in id order."""
    if len(run) == 1:
        return _entries_of(actors, run[0])
    return heapq.merge(*(_entries_of(actors, i) for i in run))


class _RunEntries:
    """The entries of a run in id order as parallel arrays (a run of one local actor uses
    its own arrays)."""

    __slots__ = ("ids", "arts", "who", "pos")

    def __init__(self, actors: Sequence[LocalActor], run: list[int]) -> None:
        self.who: array | None = None  # local actor of each entry (None: run[0])
        self.pos: array | None = None  # its position in that local actor
        if len(run) == 1:
            self.ids, self.arts = actors[run[0]].ids, actors[run[0]].articles
            return
        first = actors[run[0]]
        ids, arts = array(first.ids.typecode), array(first.articles.typecode)
        who, pos = array("i"), array("i")
        for i in run:
            ids.extend(actors[i].ids)
            arts.extend(actors[i].articles)
            who.extend(array("i", [i]) * len(actors[i].ids))
            pos.extend(array("i", range(len(actors[i].ids))))
        order = sorted(range(len(ids)), key=ids.__getitem__)  # merges the sorted pieces
        self.ids = array(ids.typecode, map(ids.__getitem__, order))
        self.arts = array(arts.typecode, map(arts.__getitem__, order))
        self.who = array("i", map(who.__getitem__, order))
        self.pos = array("i", map(pos.__getitem__, order))

    def entry(self, k: int, run: list[int]) -> _Member:
        """The k-th entry as (id, article, local actor, position in it)."""
        if self.who is None or self.pos is None:
            return (self.ids[k], self.arts[k], run[0], k)
        return (self.ids[k], self.arts[k], self.who[k], self.pos[k])


def _rank(actor: LocalActor) -> tuple[int, str]:
    """Processing order: most-mentioned first, so leaders are the well-attested forms; entries
    of equal rank go by id."""
    return (-actor.mentions, actor.name)


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


def _org_keys(actor: LocalActor) -> set[str]:
    """Strings that identify an organisation: its name and every distinctive alias."""
    keys = {_norm(actor.name)} | {_norm(a) for a in actor.aliases if _distinctive(a)}
    keys.discard("")
    return keys


def _names_of(actor: LocalActor) -> set[str]:
    """Normalised name and aliases, to resolve user overrides given by any alias."""
    return {_norm(actor.name)} | {_norm(a) for a in actor.aliases}


def _apart_tags(actor: LocalActor, apart: list[tuple[str, str]]) -> frozenset[tuple[int, int]]:
    """The force_apart sides an entry of this local actor takes."""
    if not apart:
        return _NO_TAGS
    names = _names_of(actor)
    return frozenset((i, 0 if a in names else 1) for i, (a, b) in enumerate(apart)
                     if (a in names) != (b in names))


class _Merger:
    """State of one merge: clusters, and for each entry the cluster it joined."""

    def __init__(self, actors: Sequence[LocalActor], apart: list[tuple[str, str]]) -> None:
        self.actors = actors
        self.apart = apart
        self.tags = [_apart_tags(a, apart) for a in actors]
        sidesets = {side: frozenset({side}) for side in {a.side for a in actors if a.side}}
        self.sidesets = [sidesets.get(a.side, _NO_SIDE) for a in actors]  # shared
        self.owner = [array("i", [0]) * len(a.ids) for a in actors]  # cluster seq
        self.clusters: list[_Cluster] = []
        lowest = min((min(a.articles) for a in actors if len(a.articles)), default=0)
        top = max((max(a.articles) for a in actors if len(a.articles)), default=0)
        self.size = (top >> 3) + 1
        # a set costs some 100 bytes an article, the bitset one bit per article of the store
        self.limit = max(16, self.size // 128) if lowest >= 0 else math.inf

    # --- entries -----------------------------------------------------------------------------

    def members(self, run: list[int]) -> Iterator[_Member]:
        """The entries of a run of equally ranked local actors, in id order."""
        return _interleave(self.actors, run)

    def new(self, m: _Member) -> _Cluster:
        """A cluster founded by one entry."""
        e, art, i, pos = m
        c = _Cluster(len(self.clusters), i, {i: 1}, _Articles(self.size, self.limit),
                     set(self.tags[i]), e, set(self.sidesets[i]))
        c.articles.add(art)
        self.owner[i][pos] = c.seq
        self.clusters.append(c)
        return c

    def join(self, c: _Cluster, m: _Member) -> None:
        """Put one entry into a cluster."""
        e, art, i, pos = m
        c.counts[i] = c.counts.get(i, 0) + 1
        c.articles.add(art)
        self.owner[i][pos] = c.seq
        c.first = min(c.first, e)
        if self.tags[i]:
            c.tags |= self.tags[i]
        if self.sidesets[i]:
            c.sides |= self.sidesets[i]

    def join_many(self, c: _Cluster, run: list[int], es: _RunEntries, ks: list[int]) -> None:
        """Put entries `ks` (positions in `es`, ascending) into a cluster."""
        if not ks:
            return
        if es.who is None or es.pos is None:
            i = run[0]
            own = self.owner[i]
            for k in ks:
                own[k] = c.seq
            joined = {i: len(ks)}
        else:
            joined = {}
            for k in ks:
                i = es.who[k]
                self.owner[i][es.pos[k]] = c.seq
                joined[i] = joined.get(i, 0) + 1
        for i, n in joined.items():
            c.counts[i] = c.counts.get(i, 0) + n
            c.tags |= self.tags[i]
            c.sides |= self.sidesets[i]
        c.first = min(c.first, es.ids[ks[0]])

    def alike(self, run: list[int], sides: bool) -> bool:
        """Whether the run's entries differ only in what the article check reads."""
        return (len({self.tags[i] for i in run}) == 1
                and (not sides or len({self.sidesets[i] for i in run}) == 1))

    def allows(self, t: _Cluster, i: int, sides: bool) -> bool:
        """The checks of fits() but the article one, for entries of local actor i."""
        if self.tags[i] and any((k, 1 - s) in t.tags for k, s in self.tags[i]):
            return False
        own = self.sidesets[i]
        return not (sides and own and t.sides and t.sides != own)

    def fits(self, t: _Cluster, m: _Member, *, articles: bool = True,
             sides: bool = False) -> bool:
        """Cannot-link checks of one entry against a cluster: force_apart, same article,
        side (what merging the entry's singleton cluster would check)."""
        i = m[2]
        if self.tags[i] and any((k, 1 - s) in t.tags for k, s in self.tags[i]):
            return False
        if articles and m[1] in t.articles:
            return False
        own = self.sidesets[i]
        return not (sides and own and t.sides and t.sides != own)

    # --- clusters ----------------------------------------------------------------------------

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
        for i, n in other.counts.items():
            into.counts[i] = into.counts.get(i, 0) + n
        into.articles.update(other.articles)
        into.tags |= other.tags
        into.sides |= other.sides
        into.first = min(into.first, other.first)
        other.counts, other.parent = {}, into
        other.articles = _NO_ARTICLES  # never read again: only live clusters are

    def live(self) -> list[_Cluster]:
        """Clusters not merged into another, in creation order."""
        return [c for c in self.clusters if c.parent is None]

    def runs(self, indexes: Iterable[int]) -> list[list[int]]:
        """Local actors in processing order; those of equal rank form one run, whose entries
        interleave by id."""
        order = sorted(indexes, key=lambda i: _rank(self.actors[i]))
        return [list(g) for _, g in groupby(order, key=lambda i: _rank(self.actors[i]))]

    def name(self, run: list[int]) -> str:
        return self.actors[run[0]].name


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


def _merge_persons(m: _Merger, indexes: list[int]) -> None:
    """Persons: block by surname (fuzzy leader), then given names decide within a block."""
    blocks: dict[str, list[int]] = defaultdict(list)
    weights: Counter[str] = Counter()
    for i in indexes:
        a = m.actors[i]
        if key := parse_name(a.name).key:
            weights[key] += len(a.ids) * (a.mentions + 1)
        else:
            blocks["\0" + fold(a.name)].append(i)
    leaders = _surname_leaders(dict(weights))
    for i in indexes:
        if key := parse_name(m.actors[i].name).key:
            blocks[leaders[key]].append(i)
    for block in sorted(blocks):
        _merge_person_block(m, m.runs(blocks[block]))


def _given(m: _Merger, c: _Cluster) -> GivenName | None:
    """Given name of a person cluster's leader (the entry that founded it)."""
    return parse_name(m.actors[c.lead].name).given_name


def _exactly_one(m: _Merger, pool: list[_Cluster], e: _Member) -> _Cluster | None:
    """The only cluster of `pool` the entry may join, None when none or several."""
    found = None
    for t in pool:
        if m.fits(t, e):
            if found is not None:
                return None
            found = t
    return found


def _first_fit(m: _Merger, pool: list[_Cluster], e: _Member, **checks: bool) -> _Cluster | None:
    for t in pool:
        if m.fits(t, e, **checks):
            return t
    return None


def _join_or_add(m: _Merger, e: _Member, pool: list[_Cluster], *more: list[_Cluster],
                 **checks: bool) -> None:
    """Put the entry into the first cluster of `pool` that allows it, else found one and
    append it to `pool` (and to the lists in `more`)."""
    target = _first_fit(m, pool, e, **checks)
    if target is not None:
        m.join(target, e)
        return
    c = m.new(e)
    for p in (pool, *more):
        p.append(c)


def _place(m: _Merger, run: list[int], pool: list[_Cluster], *more: list[_Cluster],
           articles: bool = True, sides: bool = False) -> None:
    """_join_or_add for every entry of the run in id order, done a cluster at a time when
    the entries differ only in their articles: an entry passes a cluster only when its
    article is there already, and the ones that pass every cluster found new ones in turn."""
    if not m.alike(run, sides):
        for e in m.members(run):
            _join_or_add(m, e, pool, *more, articles=articles, sides=sides)
        return
    es = _RunEntries(m.actors, run)
    pending: Sequence[int] = range(len(es.ids))
    for t in [t for t in pool if m.allows(t, run[0], sides)]:
        if not pending:
            return
        pending = _take(m, t, run, es, pending, articles)
    while pending:
        c = m.new(es.entry(pending[0], run))
        for p in (pool, *more):
            p.append(c)
        pending = _take(m, c, run, es, pending[1:], articles)


def _take(m: _Merger, c: _Cluster, run: list[int], es: _RunEntries, ks: Sequence[int],
          articles: bool) -> Sequence[int]:
    """Put into the cluster the entries `ks` whose article it does not hold yet (all of
    them when articles are not checked); return the others."""
    if articles:
        keep, rest = c.articles.claim(es.arts, ks)
    else:
        c.articles.add_all(es.arts, ks)
        keep, rest = list(ks), []
    m.join_many(c, run, es, keep)
    return rest


def _merge_person_block(m: _Merger, runs: list[list[int]]) -> None:
    """One surname block: full names by given name, then initials, then bare surnames."""
    given = {r[0]: parse_name(m.name(r)).given_name for r in runs}
    full = [r for r in runs if (g := given[r[0]]) and not g.initial]
    initials = [r for r in runs if (g := given[r[0]]) and g.initial]
    bare = [r for r in runs if given[r[0]] is None]
    named: list[_Cluster] = []
    for r in full:
        _place(m, r, [t for t in named if compatible_given(_given(m, t), given[r[0]])], named)
    fulls = list(named)
    full_set = set(fulls)
    for r in initials:
        g = given[r[0]]
        fitting = [t for t in fulls if compatible_given(_given(m, t), g)]
        # no or several full names fit: group with the same initial only
        pool = [t for t in named if t not in full_set and _given(m, t) == g]
        if not fitting:
            _place(m, r, pool, named)
            continue
        for e in m.members(r):
            if (only := _exactly_one(m, fitting, e)) is not None:
                m.join(only, e)
            else:
                _join_or_add(m, e, pool, named)
    bare_clusters: list[_Cluster] = []
    for r in bare:
        if not named:
            _place(m, r, bare_clusters)
            continue
        for e in m.members(r):
            # exactly one person with a given name that this entry's article does not exclude
            if (only := _exactly_one(m, named, e)) is not None:
                m.join(only, e)
            else:
                _join_or_add(m, e, bare_clusters)


class _Orgs:
    """Organisation clusters by key, with what makes placing an entry cheap: each key set's
    candidates cached until a cluster is added to a key or two clusters merge (`version`),
    cluster pairs that failed can_merge (they never pass later: cannot-link only grows with
    the clusters), and per key set the targets already bridged and indexed at this version
    (another entry joining one of those has nothing left to bridge or index)."""

    def __init__(self, m: _Merger) -> None:
        self.m = m
        self.by_key: dict[str, set[_Cluster]] = defaultdict(set)
        self.version = 0
        self.cache: dict[frozenset[str], tuple[int, list[_Cluster]]] = {}
        self.apart: set[tuple[int, int]] = set()
        self.settled: dict[frozenset[str], tuple[int, set[_Cluster]]] = {}

    def candidates(self, keys: frozenset[str]) -> list[_Cluster]:
        """Live clusters under any of the keys, in creation order."""
        hit = self.cache.get(keys)
        if hit is not None and hit[0] == self.version:
            return hit[1]
        found: set[_Cluster] = set()
        for k in keys:
            roots = {t.root() for t in self.by_key[k]}
            self.by_key[k] = roots
            found |= roots
        cands = sorted(found, key=lambda t: t.seq)
        self.cache[keys] = (self.version, cands)
        return cands

    def add(self, keys: frozenset[str], c: _Cluster) -> None:
        for k in keys:
            if c not in self.by_key[k]:
                self.by_key[k].add(c)
                self.version += 1

    def is_settled(self, keys: frozenset[str], targets: list[_Cluster]) -> bool:
        version, done = self.settled.get(keys, (-1, set()))
        return version == self.version and all(t in done for t in targets)

    def place(self, e: _Member, keys: frozenset[str]) -> None:
        """One entry, as the original loop did: the first candidate that takes it, which
        may then bridge other candidates; else a new cluster."""
        cands = self.candidates(keys)
        target = _first_fit(self.m, cands, e, sides=True)
        if target is None:  # no candidate takes the entry, so none bridges to it either
            self.add(keys, self.m.new(e))
            return
        self.m.join(target, e)
        if self.is_settled(keys, [target]):
            return
        self.bridge(target, cands)
        self.add(keys, target)
        version, done = self.settled.get(keys, (-1, set()))
        if version != self.version:
            done = set()
        done.add(target)
        self.settled[keys] = (self.version, done)

    def bridge(self, target: _Cluster, cands: list[_Cluster]) -> None:
        """Merge into the target the candidates it may merge with."""
        for t in cands:
            pair = (min(t.seq, target.seq), max(t.seq, target.seq))
            if t is target or t.parent is not None or pair in self.apart:
                continue
            if self.m.can_merge(target, t, sides=True):
                self.m.merge(target, t)
                self.version += 1
            else:
                self.apart.add(pair)

    def place_run(self, run: list[int], keys: frozenset[str]) -> None:
        """A run whose entries differ only in their articles: one entry at a time until
        every candidate that may take them is settled; from then on joining one changes
        nothing else, so the rest go a cluster at a time (see _place). Clusters founded then
        cannot merge with any candidate: their founder's article or side kept it out."""
        m = self.m
        es = _RunEntries(m.actors, run)
        pending: Sequence[int] = range(len(es.ids))
        while pending:
            allowed = [t for t in self.candidates(keys) if m.allows(t, run[0], True)]
            if self.is_settled(keys, allowed):
                break
            self.place(es.entry(pending[0], run), keys)
            pending = pending[1:]
        for t in allowed if pending else ():
            keep, pending = t.articles.claim(es.arts, pending)
            m.join_many(t, run, es, keep)
        while pending:
            c = m.new(es.entry(pending[0], run))
            self.add(keys, c)
            keep, pending = c.articles.claim(es.arts, pending[1:])
            m.join_many(c, run, es, keep)


def _merge_orgs(m: _Merger, indexes: list[int]) -> None:
    """Organisations: equal normalised names or a shared distinctive alias, same side."""
    orgs = _Orgs(m)
    keys = {i: frozenset(_org_keys(m.actors[i])) for i in indexes}
    for r in m.runs(indexes):
        if m.alike(r, True) and len({keys[i] for i in r}) == 1:
            orgs.place_run(r, keys[r[0]])
        else:
            for e in m.members(r):
                orgs.place(e, keys[e[2]])


def _merge_states(m: _Merger, indexes: list[int]) -> None:
    """States: equal normalised names (they are canonical already)."""
    by_name: dict[str, list[_Cluster]] = defaultdict(list)
    for r in m.runs(indexes):
        _place(m, r, by_name[_norm(m.name(r))], articles=False)


def _merge_others(m: _Merger, indexes: list[int]) -> None:
    """"other": join the one person/organisation with the same folded name (or alias),
    else group with the other "other" entries of that name."""
    named: dict[str, set[_Cluster]] = defaultdict(set)
    for c in m.live():
        for i in c.counts:
            a = m.actors[i]
            if a.kind in _MERGEABLE:
                for n in {a.name} | a.aliases:
                    named[fold(n)].add(c)
    groups: dict[str, list[_Cluster]] = defaultdict(list)
    for r in m.runs(indexes):
        key = fold(m.name(r))
        pool = sorted({t.root() for t in named[key]}, key=lambda t: t.seq)
        for e in m.members(r):
            if (only := _exactly_one(m, pool, e)) is not None:
                m.join(only, e)
                continue
            target = _first_fit(m, groups[key], e, articles=False)
            if target is None:
                groups[key].append(m.new(e))
            else:
                m.join(target, e)


def _force_same(m: _Merger, pairs: list[tuple[str, str]]) -> None:
    """User says a and b are one actor: merge their clusters unless force_apart forbids."""
    if not pairs:
        return
    index: dict[str, set[_Cluster]] = defaultdict(set)
    for c in m.live():
        for i in c.counts:
            for n in _names_of(m.actors[i]):
                index[n].add(c)
    for a, b in pairs:
        if not index[a] or not index[b]:
            continue
        found = sorted({t.root() for t in index[a] | index[b]}, key=lambda t: t.seq)
        target = found[0]
        for t in found[1:]:
            if t.parent is None and m.can_merge(target, t, articles=False):
                m.merge(target, t)


def _majority(counts: Counter[str], prefer_not: str | None = None) -> str | None:
    """Most frequent value, ties broken lexicographically (`prefer_not` loses ties)."""
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v == prefer_not, v))


def _canonical(mentions: Counter[str], kind: str) -> str:
    """Most-mentioned full form: persons prefer names with a given name, organisations
    prefer spelled-out names to acronyms; ties go to the lexicographically first."""
    def score(name: str) -> tuple[int, int, int, str]:
        if kind == "person":
            given = parse_name(name).given_name
            return (given is None, given is None or given.initial, -mentions[name], name)
        return (False, kind == "organisation" and _is_acronym(name), -mentions[name], name)
    return min(mentions, key=score)


def _finish(m: _Merger, c: _Cluster) -> MergedActor:
    """Freeze a live cluster into its public form."""
    kinds: Counter[str] = Counter()
    sides: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    aliases: set[str] = set()
    for i, n in c.counts.items():
        a = m.actors[i]
        kinds[a.kind] += n
        if a.side:
            sides[a.side] += n
        mentions[a.name] += a.mentions * n
        aliases |= a.aliases
    kind = _majority(kinds, prefer_not="other") or "other"
    name = _canonical(mentions, kind)
    aliases |= {name} | set(mentions)
    return MergedActor(name, kind, _majority(sides), tuple(sorted(aliases)),
                       tuple(sorted(c.counts.items())), c.first)


def _owners(m: _Merger, index_of: dict[int, int]) -> list[int | array]:
    """For each local actor, the merged actor of its entries (one index when they agree)."""
    out: list[int | array] = []
    for own in m.owner:
        final = {s: index_of[m.clusters[s].root().seq] for s in set(own)}
        if len(set(final.values())) == 1:
            out.append(final[own[0]])
        else:
            out.append(array("i", (final[s] for s in own)))
    return out


def _pairs(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Normalised, ordered, deduplicated override pairs."""
    out = {tuple(sorted((_norm(a), _norm(b)))) for a, b in pairs}
    return sorted((a, b) for a, b in out if a and b and a != b)


def merge_local_actors(actors: Sequence[LocalActor],
                       force_same: Iterable[tuple[str, str]] = (),
                       force_apart: Iterable[tuple[str, str]] = ()) -> Merge:
    """Merge local actors of many articles into canonical actors (see module docstring).

    force_same / force_apart name actors by any of their names or aliases; force_apart wins.
    The result does not depend on the order of `actors`.
    """
    by_kind: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(actors):
        if len(a.ids):
            by_kind[a.kind if a.kind in ("person", "organisation", "state") else "other"].append(i)
    m = _Merger(actors, _pairs(force_apart))
    _merge_persons(m, by_kind["person"])
    _merge_orgs(m, by_kind["organisation"])
    _merge_states(m, by_kind["state"])
    _merge_others(m, by_kind["other"])
    _force_same(m, _pairs(force_same))
    live = m.live()
    finished = sorted(zip((_finish(m, c) for c in live), live, strict=True),
                      key=lambda fc: (fc[0].name, fc[0].kind, fc[0].first))
    index_of = {c.seq: n for n, (_, c) in enumerate(finished)}
    return Merge([f for f, _ in finished], _owners(m, index_of))


def local_actors(entries: Iterable[NameEntry]) -> list[LocalActor]:
    """Entries grouped into local actors (equal name, kind, side, aliases and mentions)."""
    by_key: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    for e in entries:
        by_key[(e.name, e.kind, e.side, e.aliases, e.mentions)].append((e.id, e.article))
    out = []
    for (name, kind, side, aliases, mentions), members in by_key.items():
        members.sort()
        out.append(LocalActor(name, kind, side, aliases, mentions,
                              array("q", (e for e, _ in members)),
                              array("q", (a for _, a in members))))
    return out


def merge_actors(entries: Iterable[NameEntry],
                 force_same: Iterable[tuple[str, str]] = (),
                 force_apart: Iterable[tuple[str, str]] = ()) -> list[ActorCluster]:
    """Merge entries one by one (see merge_local_actors); the result is sorted by (name, kind,
    members)."""
    actors = local_actors(entries)
    merged = merge_local_actors(actors, force_same, force_apart)
    members: list[list[int]] = [[] for _ in merged.actors]
    for a, own in zip(actors, merged.owners, strict=True):
        if isinstance(own, int):
            members[own].extend(a.ids)
        else:
            for e, n in zip(a.ids, own, strict=True):
                members[n].append(e)
    return [ActorCluster(c.name, c.kind, c.side, tuple(sorted(ms)), c.aliases)
            for c, ms in zip(merged.actors, members, strict=True)]
