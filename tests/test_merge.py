"""Cross-article merging of local actors into canonical actors."""

from __future__ import annotations

import json
import random
from array import array
from collections import defaultdict
from itertools import count
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process
from sqlite_utils import Database

from store.canonical import rebuild_actors
from store.db import open_db
from store.merge import (
    ActorCluster,
    LocalActor,
    NameEntry,
    _Articles,
    local_actors,
    merge_actors,
    merge_local_actors,
)

_ids = count(1)


def entry(article: int, name: str, kind: str = "person", side: str | None = None,
          aliases: tuple[str, ...] = (), mentions: int = 1, id: int | None = None) -> NameEntry:
    """A local actor; its name is always among its aliases, as the extractor does."""
    return NameEntry(id if id is not None else next(_ids), article, name, kind, side,
                     frozenset(aliases) | {name}, mentions)


def cluster_of(clusters: list[ActorCluster], entry_id: int) -> ActorCluster:
    return next(c for c in clusters if entry_id in c.members)


def together(clusters: list[ActorCluster], *entries: NameEntry) -> bool:
    return len({cluster_of(clusters, e.id) for e in entries}) == 1


def apart(clusters: list[ActorCluster], a: NameEntry, b: NameEntry) -> bool:
    return cluster_of(clusters, a.id) != cluster_of(clusters, b.id)


# --- variant families ------------------------------------------------------------------------

FAMILIES = [
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Vladimir Zelenskiy", "Zelenskyi",
     "Wolodymyr Zelenskij"),
    ("Rustem Umerov", "Rustem Umierov", "Umerov"),
    ("Sergei Lavrov", "Sergey Lavrov", "Serhiy Lavrov", "Lavrov"),
    ("Andrii Sybiha", "Andriy Sybiga", "Sybiha"),
    ("Andriy Yermak", "Andrii Iermak", "Yermak"),
    ("Heorhii Tykhyi", "Georgy Tikhiy", "Tykhyi"),
    ("Oleksandr Syrskyi", "Aleksandr Syrsky", "Alexander Syrskiy"),
    ("Dmytro Kuleba", "Dmitry Kuleba"),
    ("Yuriy Ushakov", "Yuri Ushakov", "Yurii Ushakov"),
    ("Mykhailo Podolyak", "Mikhail Podoliak"),
    ("Vasyl Nebenzia", "Vasily Nebenzya", "Vassily Nebenzya"),
    ("Kyrylo Budanov", "Kirill Budanov"),
    ("Pavlo Palisa", "Pavel Palisa"),
    ("Petro Poroshenko", "Pyotr Poroshenko", "Peter Poroshenko"),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Erdogan"),
    ("Alexander Lukashenko", "Aliaksandr Lukashenka", "Alyaksandr Lukashenka"),
    ("Yevhen Tsvetkov", "Yevgeny Tsvetkov", "Evgeny Tsvetkov"),
    ("Oleksiy Reznikov", "Alexei Reznikov", "Oleksii Reznikov"),
    ("Ihor Klymenko", "Igor Klimenko"),
    ("Oleh Ivashchenko", "Oleg Ivashchenko"),
    ("Mykola Tochytskyi", "Nikolai Tochitsky"),
]


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f[0])
def test_variant_family_merges_across_articles(family: tuple[str, ...]) -> None:
    entries = [entry(article, name) for article, name in enumerate(family, start=100)]
    clusters = merge_actors(entries)
    assert len(clusters) == 1
    assert clusters[0].kind == "person"
    assert clusters[0].members == tuple(sorted(e.id for e in entries))


def test_all_families_together_stay_separate() -> None:
    entries = [entry(1000 * f + i, name) for f, family in enumerate(FAMILIES)
               for i, name in enumerate(family)]
    clusters = merge_actors(entries)
    assert len(clusters) == len(FAMILIES)


def test_typo_in_surname_merges() -> None:
    a, b = entry(1, "Volodymyr Zelensky"), entry(2, "Volodymyr Zelenksy")
    assert len(merge_actors([a, b])) == 1


# --- people who share a given name or a surname ---------------------------------------------


def test_shared_first_name_people_stay_apart() -> None:
    putin, medinsky = entry(1, "Vladimir Putin"), entry(2, "Vladimir Medinsky")
    yermak, sybiha = entry(3, "Andriy Yermak"), entry(4, "Andriy Sybiha")
    peskov, medvedev = entry(5, "Dmitry Peskov"), entry(6, "Dmitry Medvedev")
    clusters = merge_actors([putin, medinsky, yermak, sybiha, peskov, medvedev])
    assert len(clusters) == 6


def test_brothers_with_one_surname_stay_apart() -> None:
    vitali, wladimir = entry(1, "Vitali Klitschko"), entry(2, "Wladimir Klitschko")
    vitaliy = entry(3, "Vitaliy Klychko")
    clusters = merge_actors([vitali, wladimir, vitaliy])
    assert len(clusters) == 2
    assert together(clusters, vitali, vitaliy)
    assert apart(clusters, vitali, wladimir)


def test_feminine_surname_is_another_person() -> None:
    husband, wife, bare_wife = (entry(1, "Volodymyr Zelensky"), entry(2, "Olena Zelenska"),
                                entry(3, "Zelenska"))
    clusters = merge_actors([husband, wife, bare_wife])
    assert len(clusters) == 2
    assert together(clusters, wife, bare_wife)


# --- bare surnames ---------------------------------------------------------------------------


def test_bare_surname_joins_the_only_full_name() -> None:
    full, bare1, bare2 = entry(1, "Rustem Umerov"), entry(2, "Umierov"), entry(3, "Umerov")
    clusters = merge_actors([full, bare1, bare2])
    assert len(clusters) == 1
    assert clusters[0].name == "Rustem Umerov"


def test_bare_surname_stays_alone_when_ambiguous() -> None:
    vitali, wladimir, bare = (entry(1, "Vitali Klitschko"), entry(2, "Wladimir Klitschko"),
                              entry(3, "Klitschko"))
    clusters = merge_actors([vitali, wladimir, bare])
    assert len(clusters) == 3
    assert cluster_of(clusters, bare.id).name == "Klitschko"


def test_bare_surname_resolved_by_the_brother_named_in_its_own_article() -> None:
    # article 3 names Vitali in full and separately a bare "Klitschko": that one is not Vitali
    vitali, wladimir = entry(1, "Vitali Klitschko"), entry(2, "Wladimir Klitschko")
    vitali3, bare3 = entry(3, "Vitali Klitschko"), entry(3, "Klitschko")
    clusters = merge_actors([vitali, wladimir, vitali3, bare3])
    assert together(clusters, vitali, vitali3)
    assert together(clusters, wladimir, bare3)


def test_bare_surnames_without_full_form_merge_together() -> None:
    a, b, c = entry(1, "Zelenskyy"), entry(2, "Zelensky"), entry(3, "Zelenskiy", mentions=4)
    clusters = merge_actors([a, b, c])
    assert len(clusters) == 1
    assert clusters[0].name == "Zelenskiy"  # most mentioned form


def test_initial_joins_unique_matching_given_name() -> None:
    full, initial = entry(1, "Volodymyr Zelensky"), entry(2, "V. Zelensky")
    other_initial = entry(3, "O. Zelensky")
    clusters = merge_actors([full, initial, other_initial])
    assert together(clusters, full, initial)
    assert apart(clusters, full, other_initial)


# --- cannot-link -----------------------------------------------------------------------------


def test_same_article_entries_never_merge() -> None:
    a, b = entry(1, "Volodymyr Zelensky"), entry(1, "Zelensky")
    clusters = merge_actors([a, b])
    assert apart(clusters, a, b)


def test_chain_cannot_join_two_entries_of_one_article() -> None:
    # A and C are distinct people of article 1; B (article 2) fits both
    a, c = entry(1, "Sergei Lavrov", mentions=5), entry(1, "Sergey Lavrov", mentions=4)
    b = entry(2, "Lavrov")
    d = entry(3, "Serhiy Lavrov")
    clusters = merge_actors([a, b, c, d])
    assert apart(clusters, a, c)
    assert together(clusters, a, d)  # d is free to join the first cluster
    for cl in clusters:
        articles = [e.article for e in (a, b, c, d) if e.id in cl.members]
        assert len(articles) == len(set(articles))


def test_org_chain_respects_same_article() -> None:
    ssu = entry(1, "Security Service of Ukraine", "organisation", aliases=("SBU",))
    sbu_same_article = entry(1, "SBU", "organisation")
    sbu_elsewhere = entry(2, "SBU", "organisation")
    clusters = merge_actors([ssu, sbu_same_article, sbu_elsewhere])
    assert apart(clusters, ssu, sbu_same_article)


# --- organisations, states, other ------------------------------------------------------------


def test_orgs_merge_via_acronym_alias() -> None:
    full = entry(1, "Security Service of Ukraine", "organisation", "Ukraine", ("SBU",), 3)
    acronym = entry(2, "SBU", "organisation")
    full_again = entry(3, "Security Service of Ukraine", "organisation", None, (), 1)
    clusters = merge_actors([acronym, full_again, full])
    assert len(clusters) == 1
    cl = clusters[0]
    assert cl.name == "Security Service of Ukraine"
    assert cl.side == "Ukraine"
    assert cl.aliases == ("SBU", "Security Service of Ukraine")


def test_acronym_bridges_clusters_formed_before_it() -> None:
    # the two highest-mentioned entries share nothing; a later entry carries both forms
    full = entry(1, "North Atlantic Treaty Organization", "organisation", mentions=9)
    acro = entry(2, "NATO", "organisation", mentions=8)
    bridge = entry(3, "North Atlantic Treaty Organization", "organisation",
                   aliases=("NATO",), mentions=1)
    assert len(merge_actors([full, acro, bridge])) == 1


def test_orgs_normalised_name_equality() -> None:
    a = entry(1, "the U.N. Security Council", "organisation")
    b = entry(2, "UN Security Council", "organisation")
    assert len(merge_actors([a, b])) == 1


def test_generic_alias_does_not_link_orgs() -> None:
    ua = entry(1, "Ukrainian Defence Ministry", "organisation", None, ("the Defence Ministry",))
    ru = entry(2, "Russian Defence Ministry", "organisation", None, ("the Defence Ministry",))
    assert len(merge_actors([ua, ru])) == 2


def test_country_word_or_shared_generic_acronym_does_not_link_orgs() -> None:
    guard = entry(1, "State Border Guard Service", "organisation", None, ("Ukraine",))
    navy = entry(2, "Ukrainian Navy", "organisation", None, ("Ukraine",))
    ua_mfa = entry(3, "Ukrainian Foreign Ministry", "organisation", None, ("MFA",))
    ru_mfa = entry(4, "Russian Foreign Ministry", "organisation", None, ("MFA",))
    assert len(merge_actors([guard, navy, ua_mfa, ru_mfa])) == 4


def test_orgs_of_different_sides_stay_apart() -> None:
    ua = entry(1, "Foreign Ministry", "organisation", "Ukraine")
    ru = entry(2, "Foreign Ministry", "organisation", "Russia")
    ua2 = entry(3, "Foreign Ministry", "organisation", "Ukraine")
    clusters = merge_actors([ua, ru, ua2])
    assert len(clusters) == 2
    assert together(clusters, ua, ua2)


def test_states_merge_on_equal_names() -> None:
    a, b = entry(1, "Ukraine", "state", "Ukraine"), entry(2, "Ukraine", "state", "Ukraine")
    c = entry(3, "Russia", "state", "Russia")
    clusters = merge_actors([a, b, c])
    assert [(cl.name, len(cl.members)) for cl in clusters] == [("Russia", 1), ("Ukraine", 2)]


def test_never_merge_across_kinds() -> None:
    state = entry(1, "Ukraine", "state")
    org = entry(2, "Ukraine", "organisation")
    person = entry(3, "Ukraine", "person")
    assert len(merge_actors([state, org, person])) == 3


def test_other_joins_person_with_same_folded_name() -> None:
    person = entry(1, "Rustem Umerov", mentions=4)
    other = entry(2, "RUSTEM UMEROV", "other")
    clusters = merge_actors([person, other])
    assert len(clusters) == 1
    assert clusters[0].kind == "person"
    assert clusters[0].name == "Rustem Umerov"


def test_other_does_not_join_a_state() -> None:
    state, other = entry(1, "Turkey", "state"), entry(2, "Turkey", "other")
    clusters = merge_actors([state, other])
    assert len(clusters) == 2


def test_other_with_ambiguous_name_stays_apart() -> None:
    org = entry(1, "Azov", "organisation")
    person = entry(2, "Azov", "person")
    other1, other2 = entry(3, "Azov", "other"), entry(4, "Azov", "other")
    clusters = merge_actors([org, person, other1, other2])
    assert len(clusters) == 3
    assert together(clusters, other1, other2)


# --- canonical name, side, kind --------------------------------------------------------------


def test_canonical_name_prefers_full_form_then_mentions_then_lexicographic() -> None:
    entries = [entry(1, "Zelensky", mentions=50), entry(2, "Volodymyr Zelenskyy", mentions=3),
               entry(3, "Volodymyr Zelensky", mentions=2), entry(4, "Volodymyr Zelensky",
                                                                 mentions=2)]
    assert merge_actors(entries)[0].name == "Volodymyr Zelensky"  # 4 mentions beat 3
    tie = [entry(1, "Sergey Lavrov", mentions=2), entry(2, "Sergei Lavrov", mentions=2)]
    assert merge_actors(tie)[0].name == "Sergei Lavrov"


def test_majority_side_and_kind() -> None:
    entries = [entry(1, "Kirill Dmitriev", side="Russia"), entry(2, "Kirill Dmitriev"),
               entry(3, "Kirill Dmitriev", side="Russia"), entry(4, "Kirill Dmitriev",
                                                                  side="United States"),
               entry(5, "Kirill Dmitriev", "other")]
    cl = merge_actors(entries)[0]
    assert len(cl.members) == 5
    assert cl.side == "Russia"
    assert cl.kind == "person"


def test_side_tie_is_lexicographic() -> None:
    entries = [entry(1, "Keith Kellogg", side="United States"), entry(2, "Kellogg", side="Ukraine")]
    assert merge_actors(entries)[0].side == "Ukraine"


# --- user overrides --------------------------------------------------------------------------


def test_force_apart_beats_automatic_merge() -> None:
    a, b = entry(1, "Volodymyr Zelensky"), entry(2, "Vladimir Zelensky")
    assert len(merge_actors([a, b])) == 1
    clusters = merge_actors([a, b], force_apart=[("Volodymyr Zelensky", "Vladimir Zelensky")])
    assert apart(clusters, a, b)


def test_force_same_merges_by_alias() -> None:
    sbu = entry(1, "SBU", "organisation", aliases=("Ukraine's security service",))
    ssu = entry(2, "Security Service of Ukraine", "organisation")
    assert len(merge_actors([sbu, ssu])) == 2
    clusters = merge_actors([sbu, ssu], force_same=[("Ukraine's security service",
                                                     "Security Service of Ukraine")])
    assert len(clusters) == 1
    assert clusters[0].name == "Security Service of Ukraine"


def test_force_apart_wins_over_force_same() -> None:
    a, b = entry(1, "Hakan Fidan"), entry(2, "Ibrahim Kalin")
    clusters = merge_actors([a, b], force_same=[("Hakan Fidan", "Ibrahim Kalin")],
                            force_apart=[("Ibrahim Kalin", "Hakan Fidan")])
    assert len(clusters) == 2


def test_force_apart_blocks_chains() -> None:
    full = entry(1, "Rustem Umerov")
    bare = entry(2, "Umerov")
    assert len(merge_actors([full, bare])) == 1
    clusters = merge_actors([full, bare], force_apart=[("Rustem Umerov", "Umerov")])
    # the full entry's aliases do not include the bare form here, so the pair is separable
    assert apart(clusters, full, bare)


# --- determinism -----------------------------------------------------------------------------


def _mixed_entries() -> list[NameEntry]:
    specs = [
        (1, "Volodymyr Zelensky", "person", "Ukraine", ("Zelensky",), 6),
        (1, "Vladimir Putin", "person", "Russia", ("Putin",), 4),
        (1, "Security Service of Ukraine", "organisation", "Ukraine", ("SBU",), 2),
        (2, "Zelenskyy", "person", None, (), 3),
        (2, "SBU", "organisation", None, (), 1),
        (2, "Klitschko", "person", None, (), 1),
        (3, "Vitali Klitschko", "person", "Ukraine", (), 2),
        (3, "Klitschko", "person", None, (), 1),
        (4, "Wladimir Klitschko", "person", None, (), 1),
        (4, "Sergei Lavrov", "person", "Russia", (), 2),
        (5, "Sergey Lavrov", "person", "Russia", (), 2),
        (5, "Lavrov", "person", None, (), 1),
        (6, "Ukraine", "state", "Ukraine", (), 9),
        (7, "Ukraine", "state", "Ukraine", (), 5),
        (7, "Putin", "other", None, (), 1),
        (8, "V. Zelensky", "person", None, (), 1),
        (8, "Umerov", "person", None, (), 1),
        (9, "Rustem Umierov", "person", "Ukraine", (), 1),
    ]
    return [entry(a, n, k, s, al, m, id=i) for i, (a, n, k, s, al, m) in enumerate(specs, 1)]


def test_output_does_not_depend_on_input_order() -> None:
    entries = _mixed_entries()
    expected = merge_actors(entries)
    rng = random.Random(7)
    for _ in range(25):
        shuffled = entries[:]
        rng.shuffle(shuffled)
        assert merge_actors(shuffled) == expected
    names = [c.name for c in expected]
    assert names == sorted(names)
    zelensky = next(c for c in expected if c.name == "Volodymyr Zelensky")
    assert zelensky.members == (1, 4, 16)


# --- scale -----------------------------------------------------------------------------------

_CONSONANTS = "bdflmnprstvz"
_VOWELS = "aeou"
_GIVEN = [("Volodymyr", "Vladimir"), ("Oleksandr", "Aleksandr"), ("Serhiy", "Sergei"),
          ("Dmytro", "Dmitry"), ("Andriy", "Andrei"), ("Yuriy", "Yuri"), ("Mykola", "Nikolai")]


def _synthetic_people(n: int, seed: int) -> list[tuple[str, tuple[str, str]]]:
    """n made-up surname stems, pairwise far apart (checked with plain rapidfuzz), each
    with a Ukrainian/Russian given-name pair."""
    rng = random.Random(seed)
    stems: list[str] = []
    while len(stems) < n:
        stem = "".join(rng.choice(_CONSONANTS) + rng.choice(_VOWELS) for _ in range(5))
        if process.extractOne(stem, stems, scorer=fuzz.ratio, score_cutoff=75) is None:
            stems.append(stem)
    return [(stem.capitalize(), _GIVEN[i % len(_GIVEN)]) for i, stem in enumerate(stems)]


def test_blocking_many_entries_is_correct() -> None:
    people = _synthetic_people(1500, seed=3)
    rng = random.Random(11)
    entries: list[NameEntry] = []
    truth: dict[int, int] = {}
    for p, (stem, (ukr, rus)) in enumerate(people):
        forms = [f"{ukr} {stem}skyi", f"{rus} {stem}sky", f"{ukr} {stem}skyy",
                 f"{rus} {stem}skiy", f"{stem}sky", f"{stem}skyi",
                 f"{ukr} {stem}sky", f"{rus} {stem}skij", f"{stem}skiy", f"{ukr} {stem}ski"]
        for name in forms:
            i = len(entries) + 1
            entries.append(NameEntry(i, i, name, "person", None, frozenset({name}),
                                     rng.randint(1, 5)))
            truth[i] = p
    # up to 20k entries with organisations that share a name in threes
    n_orgs = 20_000 - len(entries)
    for k in range(n_orgs):
        i = len(entries) + 1
        name = f"Committee No {k // 3}"
        entries.append(NameEntry(i, i, name, "organisation", None, frozenset({name}), 1))
    assert len(entries) == 20_000
    rng.shuffle(entries)
    clusters = merge_actors(entries)
    persons = [c for c in clusters if c.kind == "person"]
    assert len(persons) == len(people)
    members_by_person: dict[int, set[int]] = defaultdict(set)
    for c in persons:
        owners = {truth[i] for i in c.members}
        assert len(owners) == 1  # nobody merged with anybody else
        members_by_person[owners.pop()].update(c.members)
    assert all(len(m) == 10 for m in members_by_person.values())
    orgs = [c for c in clusters if c.kind == "organisation"]
    assert len(orgs) == len({k // 3 for k in range(n_orgs)})
    assert all(len(c.members) <= 3 for c in orgs)


def test_british_and_american_spellings_of_an_organisation_merge() -> None:
    uk = entry(1, "Ministry of Defence of Latvia", "organisation", "Latvia")
    us = entry(2, "Ministry of Defense of Latvia", "organisation", "Latvia")
    other = entry(3, "Ministry of Finance of Latvia", "organisation", "Latvia")
    clusters = merge_actors([uk, us, other])
    assert cluster_of(clusters, uk.id) is cluster_of(clusters, us.id)
    assert cluster_of(clusters, other.id) is not cluster_of(clusters, uk.id)


# --- local actors: identical entries merged as one unit ---------------------------------------


def _merge_singly(entries: list[NameEntry], same: list[tuple[str, str]] = (),
                  apart: list[tuple[str, str]] = ()) -> list[ActorCluster]:
    """merge_actors with every entry its own LocalActor: entries of equal rank then interleave
    across local actors, the path identical entries must agree with."""
    actors = [LocalActor(e.name, e.kind, e.side, e.aliases, e.mentions, array("q", [e.id]),
                         array("q", [e.article])) for e in entries]
    merged = merge_local_actors(actors, same, apart)
    members: list[list[int]] = [[] for _ in merged.actors]
    for a, own in zip(actors, merged.owners, strict=True):
        members[own if isinstance(own, int) else own[0]].append(a.ids[0])
    return [ActorCluster(c.name, c.kind, c.side, tuple(sorted(ms)), c.aliases)
            for c, ms in zip(merged.actors, members, strict=True)]


def test_local_actors_group_identical_entries() -> None:
    a, b = entry(7, "Sergei Lavrov", id=30), entry(3, "Sergei Lavrov", id=10)
    c = entry(5, "Sergei Lavrov", side="Russia", id=20)
    groups = sorted(local_actors([a, b, c]), key=lambda g: len(g.ids))
    assert [(g.side, list(g.ids), list(g.articles)) for g in groups] == [
        ("Russia", [20], [5]), (None, [10, 30], [3, 7])]


def test_entries_of_one_local_actor_in_one_article_go_apart() -> None:
    lavrov = LocalActor("Sergei Lavrov", "person", None, frozenset({"Sergei Lavrov"}), 1,
                        array("q", [1, 2, 3]), array("q", [10, 10, 11]))
    merged = merge_local_actors([lavrov])
    assert len(merged.actors) == 2
    assert list(merged.owners[0]) == [0, 1, 0]  # the second entry of article 10 is another
    assert [a.parts for a in merged.actors] == [((0, 2),), ((0, 1),)]
    assert [a.first for a in merged.actors] == [1, 2]


def _random_entries(rng: random.Random, n: int, articles: int) -> list[NameEntry]:
    names = [name for family in FAMILIES[:6] for name in family] + ["V. Zelensky", "Klitschko"]
    orgs = ["Security Service of Ukraine", "SBU", "NATO", "Foreign Ministry", "MFA"]
    out = []
    for i in range(n):
        kind = rng.choice(["person", "person", "organisation", "state", "other"])
        pool = {"person": names, "organisation": orgs, "state": ["Ukraine", "Russia"],
                "other": names + orgs}[kind]
        name = rng.choice(pool)
        aliases = (name, *rng.sample(pool, rng.choice([0, 0, 1])))
        out.append(entry(rng.randrange(articles), name, kind,
                         rng.choice([None, None, "Ukraine", "Russia"]), aliases,
                         rng.choice([1, 1, 2]), id=rng.randrange(10**9) * 1000 + i))
    return out


@pytest.mark.parametrize("seed", range(12))
def test_local_actors_merge_as_their_entries_one_by_one(seed: int) -> None:
    rng = random.Random(seed)
    entries = _random_entries(rng, rng.choice([40, 300]), rng.choice([5, 60]))
    names = sorted({a for e in entries for a in e.aliases})
    same = [tuple(rng.sample(names, 2)) for _ in range(seed % 3)]
    apart = [tuple(rng.sample(names, 2)) for _ in range(seed % 4 * 2)]
    assert merge_actors(entries, same, apart) == _merge_singly(entries, same, apart)


def test_clusters_past_the_set_limit_keep_articles_apart() -> None:
    # one person in 3,000 articles, a second of that name in every 7th: the big clusters
    # hold their articles in bitsets, with the same answers as sets
    entries = [entry(a, "Volodymyr Zelensky", mentions=2) for a in range(3000)]
    entries += [entry(a, "Volodymyr Zelensky", mentions=2) for a in range(0, 3000, 7)]
    entries += [entry(a, "Zelensky") for a in range(0, 3000, 5)]
    clusters = merge_actors(entries)
    assert clusters == _merge_singly(entries)
    sizes = sorted(len(c.members) for c in clusters)
    assert sizes[-1] == 3000 and sum(sizes) == len(entries)
    for c in clusters:
        articles = [e.article for e in entries if e.id in set(c.members)]
        assert len(articles) == len(set(articles))


@pytest.mark.parametrize("limit", [1, 1000])
def test_article_sets_and_bitsets_agree(limit: int) -> None:
    a, b = _Articles(16, limit), _Articles(16, limit)
    keep, rest = a.claim(array("q", [3, 5, 3, 100]), range(4))
    assert (keep, rest) == ([0, 1, 3], [2])
    assert 5 in a and 4 not in a
    b.add(7)
    assert a.isdisjoint(b)
    b.add(100)
    assert not a.isdisjoint(b)
    a.update(b)
    assert [x for x in range(128) if x in a] == [3, 5, 7, 100]


# --- rebuild_actors: read grouped, written back in bulk ---------------------------------------


def _store(tmp_path: Path, rows: list[tuple[str, int, str, str, list[str], int]]) -> Database:
    """A store holding only articles (by path) and their local actors."""
    db = open_db(tmp_path / "t.db")
    for path in sorted({r[0] for r in rows}, reverse=True):  # row ids against path order
        db.execute("INSERT INTO articles (path, sha256, size, mtime, words, body, ingested_at) "
                   "VALUES (?, '', 0, 0, 0, '', '')", [path])
    for path, key, name, kind, roles, mentions in rows:
        db.execute("INSERT INTO article_actors (article_id, local_key, name, kind, roles, "
                   "aliases, mentions) SELECT id, ?, ?, ?, ?, ?, ? FROM articles WHERE path = ?",
                   [key, name, kind, json.dumps(roles), json.dumps([name]), mentions, path])
    return db


def _assignment(db: Database) -> list[tuple[str, int, str]]:
    return db.execute("SELECT ar.path, aa.local_key, ac.name FROM article_actors aa "
                      "JOIN articles ar ON ar.id = aa.article_id "
                      "JOIN actors ac ON ac.id = aa.actor_id ORDER BY 1, 2").fetchall()


def test_rebuild_actors_writes_actors_roles_and_assignment(tmp_path: Path) -> None:
    db = _store(tmp_path, [
        ("a.txt", 0, "Sergei Lavrov", "person", ["Foreign Minister"], 3),
        ("a.txt", 1, "Sergei Lavrov", "person", [], 3),  # another Lavrov of article a
        ("a.txt", 2**40, "Ukraine", "state", [], 1),  # a local_key past 32 bits
        ("b.txt", 0, "Sergei Lavrov", "person", ["Foreign Minister"], 3),
        ("b.txt", 1, "Sergey Lavrov", "person", ["minister", "Foreign Minister"], 1),
        ("c.txt", 5, "Ukraine", "state", [], 1),
    ])
    assert rebuild_actors(db) == 3
    actors = db.execute("SELECT id, name, kind, roles, mentions FROM actors ORDER BY id").fetchall()
    # b's Sergey Lavrov cannot join the Lavrov that b names already: it joins a's other one
    assert actors == [
        (1, "Sergei Lavrov", "person", '["Foreign Minister"]', 6),
        (2, "Sergei Lavrov (person)", "person", '["Foreign Minister", "minister"]', 4),
        (3, "Ukraine", "state", "[]", 2)]
    assert _assignment(db) == [
        ("a.txt", 0, "Sergei Lavrov"), ("a.txt", 1, "Sergei Lavrov (person)"),
        ("a.txt", 2**40, "Ukraine"), ("b.txt", 0, "Sergei Lavrov"),
        ("b.txt", 1, "Sergei Lavrov (person)"), ("c.txt", 5, "Ukraine")]
    assert db.execute("SELECT alias FROM aliases WHERE actor_id = 2 ORDER BY alias").fetchall() \
        == [("Sergei Lavrov",), ("Sergei Lavrov (person)",), ("Sergey Lavrov",)]
    assert not db.execute("SELECT name FROM temp.sqlite_master").fetchall()


def test_rebuild_actors_again_and_after_a_removal(tmp_path: Path) -> None:
    db = _store(tmp_path, [
        ("a.txt", 0, "Sergei Lavrov", "person", [], 1), ("a.txt", 1, "Lavrov", "person", [], 1),
        ("b.txt", 0, "Dmitry Peskov", "person", [], 1), ("c.txt", 0, "Ukraine", "state", [], 1),
    ])
    assert rebuild_actors(db) == 4
    first = _assignment(db)
    assert rebuild_actors(db) == 4 and _assignment(db) == first
    with db.conn:
        db.execute("DELETE FROM articles WHERE path = 'a.txt'")
    assert rebuild_actors(db) == 2
    assert db.execute("SELECT id, name FROM actors ORDER BY id").fetchall() == [
        (1, "Dmitry Peskov"), (2, "Ukraine")]
    assert _assignment(db) == [("b.txt", 0, "Dmitry Peskov"), ("c.txt", 0, "Ukraine")]


def test_rebuild_actors_ignores_row_order(tmp_path: Path) -> None:
    rows = [(f"{a:02}.txt", k, name, "person", [], 1 + (a + k) % 2)
            for a in range(12) for k, name in enumerate(
                ["Sergei Lavrov", "Lavrov", "Sergey Lavrov", "Vitali Klitschko", "Klitschko"])
            if (a * 5 + k) % 3]
    results = []
    for n, order in enumerate((rows, rows[::-1], sorted(rows, key=lambda r: r[2]))):
        (tmp_path / str(n)).mkdir()
        db = _store(tmp_path / str(n), order)
        rebuild_actors(db)
        results.append((_assignment(db), db.execute("SELECT * FROM actors").fetchall()))
    assert results[0] == results[1] == results[2]
