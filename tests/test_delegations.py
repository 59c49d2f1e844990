"""Delegations per party: leader, members, size, venue and meeting date."""

from __future__ import annotations

from datetime import date

from store.delegations import meeting_venue
from store.extract import extract
from store.records import ArticleRecords, Delegation


def _delegations(text: str) -> tuple[ArticleRecords, dict[str, Delegation]]:
    rec = extract(text)
    return rec, {d.party: d for d in rec.delegations}


def test_leader_size_venue_and_date() -> None:
    rec, found = _delegations(
        " date 2025-07-22 Talks will resume in Geneva on Thursday.\n\n"
        "Foreign Minister Andrii Sybiha is leading Ukraine's nine-member delegation.")
    d = found["Ukraine"]
    assert rec.actors[d.leader].name == "Andrii Sybiha"
    assert d.size == 9
    assert d.venue == "Geneva"
    assert d.date == date(2025, 7, 24)


def test_led_by_passive_and_members_with_roles() -> None:
    rec, found = _delegations(
        " date 2025-05-16 The Russian delegation in Istanbul is led by presidential aide "
        "Vladimir Medinsky. The delegation also includes Deputy Defence Minister Alexander "
        "Fomin and military intelligence chief Igor Kostyukov.")
    d = found["Russia"]
    assert rec.actors[d.leader].name == "Vladimir Medinsky"
    members = {rec.actors[m.actor].name: m.role for m in d.members}
    assert members["Vladimir Medinsky"] == "presidential aide"
    assert members["Alexander Fomin"] == "Deputy Defence Minister"
    assert "Igor Kostyukov" in members


def test_size_in_words_and_members_count() -> None:
    _, found = _delegations(" date 2025-05-16 The Ukrainian delegation consists of twelve "
                            "members, headed by Rustem Umerov.")
    assert found["Ukraine"].size == 12


def test_no_delegation_without_party() -> None:
    _, found = _delegations(" date 2025-05-16 A delegation of experts visited the site.")
    assert found == {}


def test_meeting_date_is_the_talks_date_nearest_the_article() -> None:
    rec, found = _delegations(
        " date 2025-06-03 The second round of talks ended on Monday in Istanbul. "
        "The first round of talks took place on May 16.\n\n"
        "Russia's delegation was headed by Vladimir Medinsky.")
    assert found["Russia"].date == date(2025, 6, 2)
    assert found["Russia"].venue == "Istanbul"


def test_other_partys_person_is_not_a_member() -> None:
    rec, found = _delegations(
        " date 2025-05-16 Ukraine's delegation, led by Rustem Umerov, includes deputy foreign "
        "minister Serhiy Kyslytsya and met Vladimir Medinsky.")
    names = {rec.actors[m.actor].name for m in found["Ukraine"].members}
    assert "Vladimir Medinsky" not in names
    assert {"Rustem Umerov", "Serhiy Kyslytsya"} <= names


def test_colon_list_after_the_team_and_size_in_words() -> None:
    rec, found = _delegations(
        " date 2025-05-16 Russia sent a core team of four: Vladimir Medinsky, Deputy Foreign "
        "Minister Mikhail Galuzin, Deputy Defence Minister Alexander Fomin and military "
        "intelligence chief Igor Kostyukov.")
    d = found["Russia"]
    assert d.size == 4
    assert {rec.actors[m.actor].name for m in d.members} == {
        "Vladimir Medinsky", "Mikhail Galuzin", "Alexander Fomin", "Igor Kostyukov"}


def test_companions_join_the_delegation_of_the_person_beside_them() -> None:
    rec, found = _delegations(
        " date 2025-07-23 Ukraine's team was led by Rustem Umerov. He was accompanied by "
        "First Deputy Foreign Minister Sergiy Kyslytsya.")
    names = {rec.actors[m.actor].name for m in found["Ukraine"].members}
    assert names == {"Rustem Umerov", "Sergiy Kyslytsya"}
    assert rec.actors[found["Ukraine"].members[1].actor].side == "Ukraine"


def test_leader_named_by_role_alone() -> None:
    rec, found = _delegations(
        " date 2025-06-02 Russia's chief negotiator Vladimir Medinsky said the memorandum "
        "was handed over.")
    assert rec.actors[found["Russia"].leader].name == "Vladimir Medinsky"


def test_two_parties_in_one_sentence_keep_their_own_leaders() -> None:
    rec, found = _delegations(
        " date 2025-06-02 Both rounds pitted a Ukrainian team led by Defense Minister Rustem "
        "Umerov against a Russian one headed by Kremlin aide Vladimir Medinsky.")
    assert rec.actors[found["Ukraine"].leader].name == "Rustem Umerov"
    assert rec.actors[found["Russia"].leader].name == "Vladimir Medinsky"


def test_size_after_a_verb_and_leader_by_headed_by() -> None:
    rec, found = _delegations(" date 2025-05-16 Moscow sent a four-member delegation headed "
                              "by Vladimir Medinsky.")
    assert found["Russia"].size == 4
    assert rec.actors[found["Russia"].leader].name == "Vladimir Medinsky"


def test_a_persons_team_is_his_sides_delegation() -> None:
    rec, found = _delegations(
        " date 2025-05-16 Ukrainian Defence Minister Rustem Umerov arrived early. Umerov's team "
        "included First Deputy Foreign Minister Serhiy Kyslytsya and Oleksandr Poklad.")
    d = found["Ukraine"]
    assert rec.actors[d.leader].name == "Rustem Umerov"
    assert {rec.actors[m.actor].name for m in d.members} == {
        "Rustem Umerov", "Serhiy Kyslytsya", "Oleksandr Poklad"}


def test_who_led_belongs_to_the_head_not_the_object_of_his_role() -> None:
    rec, found = _delegations(
        " date 2025-06-02 Vladimir Medinsky, the aide to President Vladimir Putin who again led "
        "the Russian team, spoke first.")
    d = found["Russia"]
    assert rec.actors[d.leader].name == "Vladimir Medinsky"
    assert "Vladimir Putin" not in {rec.actors[m.actor].name for m in d.members}


def test_an_adverb_may_stand_before_the_by_of_a_lead_frame() -> None:
    rec, found = _delegations(
        " date 2025-07-22 Moscow sent a nine-strong team to Geneva, led once again by "
        "presidential aide Vladimir Medinsky.")
    d = found["Russia"]
    assert rec.actors[d.leader].name == "Vladimir Medinsky"
    assert d.size == 9


def test_a_delegation_with_no_party_named_is_its_leaders_side() -> None:
    rec, found = _delegations(
        " date 2025-07-22 The president said he would dispatch a delegation led by Foreign "
        "Minister Andrii Sybiha to Geneva.")
    d = found["Ukraine"]
    assert rec.actors[d.leader].name == "Andrii Sybiha"
    assert list(found) == ["Ukraine"]


def test_the_leader_of_an_understood_noun_after_a_possessive() -> None:
    rec, found = _delegations(
        " date 2025-07-22 In Geneva, Mikhail Galuzin headed Russia's team, while Andrii Sybiha "
        "led Ukraine's.")
    assert rec.actors[found["Russia"].leader].name == "Mikhail Galuzin"
    assert rec.actors[found["Ukraine"].leader].name == "Andrii Sybiha"


def test_his_delegation_is_led_by_the_man_just_named() -> None:
    rec, found = _delegations(
        " date 2025-07-22 Defence Minister Rustem Umerov spoke to reporters on Tuesday. "
        "His delegation had brought a list of missing soldiers.")
    assert rec.actors[found["Ukraine"].leader].name == "Rustem Umerov"


def test_his_delegation_keeps_a_leader_named_by_a_lead_frame() -> None:
    rec, found = _delegations(
        " date 2025-07-22 President Volodymyr Zelensky spoke on Tuesday. His delegation, "
        "headed by Rustem Umerov, will travel to Geneva.")
    d = found["Ukraine"]
    assert rec.actors[d.leader].name == "Rustem Umerov"
    assert "Volodymyr Zelensky" not in {rec.actors[m.actor].name for m in d.members}


def test_head_of_delegation_said_of_a_person() -> None:
    rec, found = _delegations(
        " date 2025-07-22 Rustem Umerov, who moved to the security council last week, was "
        "appointed head of delegation by a presidential decree.")
    assert rec.actors[found["Ukraine"].leader].name == "Rustem Umerov"


def test_head_of_delegation_as_an_object_of_speech_names_no_one() -> None:
    _, found = _delegations(
        " date 2025-07-22 Kremlin spokesman Dmitry Peskov said the head of the delegation "
        "would report to the president.")
    assert found == {}


def test_people_seated_next_to_the_leader_join_his_delegation() -> None:
    rec, found = _delegations(
        " date 2025-07-22 Ukraine's team was headed by Rustem Umerov. Seated next to him were "
        "Taras Hnatenko, a military lawyer; and Ostap Melnyk, a diplomat.")
    names = {rec.actors[m.actor].name for m in found["Ukraine"].members}
    assert names == {"Rustem Umerov", "Taras Hnatenko", "Ostap Melnyk"}


def test_the_subject_seated_beside_him_joins_his_delegation() -> None:
    rec, found = _delegations(
        " date 2025-07-22 Vladimir Medinsky led the Russian delegation, and Alexander Fomin "
        "sat beside him.")
    names = {rec.actors[m.actor].name for m in found["Russia"].members}
    assert names == {"Vladimir Medinsky", "Alexander Fomin"}


def test_across_the_table_is_the_other_party_whose_line_up_starts_with_its_head() -> None:
    rec, found = _delegations(
        " date 2025-07-22 Kyiv's delegation was led by Rustem Umerov. Across the table sat "
        "Deputy Foreign Minister Mikhail Galuzin and Deputy Defence Minister Alexander Fomin.")
    d = found["Russia"]
    assert rec.actors[d.leader].name == "Mikhail Galuzin"
    assert {rec.actors[m.actor].name for m in d.members} == {"Mikhail Galuzin",
                                                             "Alexander Fomin"}
    assert {rec.actors[m.actor].name for m in found["Ukraine"].members} == {"Rustem Umerov"}


def test_a_seating_phrase_naming_nobody_is_followed_by_one_sentence_per_member() -> None:
    rec, found = _delegations(
        " date 2025-07-22 Sergei Lavrov stayed in Moscow. Vladimir Medinsky again led the "
        "Russian delegation.\n\n"
        "Beside him sat three officials. Mikhail Galuzin drafted the memorandum. The general "
        "Alexander Fomin handles the military file. Lavrov had approved the line-up. Dmitry "
        "Peskov said the talks were useful.\n\nOleh Marchenko, a Kyiv analyst, doubts it.")
    names = {rec.actors[m.actor].name for m in found["Russia"].members}
    assert names == {"Vladimir Medinsky", "Mikhail Galuzin", "Alexander Fomin"}


def test_a_person_on_a_partys_side_of_the_table_is_in_its_delegation() -> None:
    rec, found = _delegations(
        " date 2025-07-22 Ukraine's delegation was led by Rustem Umerov. Taras Hnatenko of "
        "the defence ministry sat on the Ukrainian side of the table.")
    names = {rec.actors[m.actor].name for m in found["Ukraine"].members}
    assert names == {"Rustem Umerov", "Taras Hnatenko"}


def test_a_partys_negotiator_is_in_its_delegation() -> None:
    rec, found = _delegations(
        " date 2025-07-22 Ukraine's delegation was led by Rustem Umerov in Geneva.\n\n"
        "Kyiv's negotiator speaks\n\n"
        "Serhiy Kyslytsya told reporters the talks had been hard. Ukraine's negotiator, "
        "Taras Hnatenko, agreed.")
    names = {rec.actors[m.actor].name for m in found["Ukraine"].members}
    assert names == {"Rustem Umerov", "Serhiy Kyslytsya", "Taras Hnatenko"}


def test_a_president_sends_his_delegation_without_leading_it() -> None:
    rec, found = _delegations(
        " date 2025-07-22 President Volodymyr Zelensky spoke on Tuesday. His delegation will "
        "travel to Geneva next week.")
    d = found.get("Ukraine")
    assert d is None or d.leader is None


def test_people_of_several_sides_across_the_table_are_no_line_up() -> None:
    rec, found = _delegations(
        " date 2025-07-22 Kyiv's delegation was led by Rustem Umerov. Across the table sat "
        "Vladimir Medinsky and Secretary of State Marco Rubio.")
    assert set(found) == {"Ukraine"}


def test_the_venue_named_most_wins_and_the_first_named_on_ties() -> None:
    assert meeting_venue("Talks in Geneva. Talks in Istanbul. Talks in Istanbul. Talks in "
                         "Geneva.") == "Geneva"
    assert meeting_venue("Talks in Istanbul. Talks in Geneva. Talks in Geneva. Talks in "
                         "Istanbul. Talks in Geneva.") == "Geneva"


def test_a_size_given_once_in_a_sentence_counts_for_each_delegation_in_it() -> None:
    _, found = _delegations(
        " date 2025-06-02 Ukraine's delegation, Russia's delegation and the U.S. delegation, "
        "12 members in all, met in Istanbul. Defence Minister Rustem Umerov leads Ukraine's "
        "delegation.")
    assert {party: d.size for party, d in found.items()} == {
        "Ukraine": 12, "Russia": 12, "United States": 12}
