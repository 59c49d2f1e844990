"""Cross-article merging of local actors into canonical actors."""

from __future__ import annotations

import random
from collections import defaultdict
from itertools import count

import pytest
from rapidfuzz import fuzz, process

from store.merge import ActorCluster, NameEntry, merge_actors

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
