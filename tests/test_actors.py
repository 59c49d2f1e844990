"""Actor extraction on hand-written sentences: titles, roles, sides, metonyms, coreference."""

from __future__ import annotations

from store.actors import extract_actors
from store.records import LocalActor
from store.sentences import split_sentences


def _actors(text: str) -> dict[str, LocalActor]:
    actors, _ = extract_actors(split_sentences(text))
    return {a.name: a for a in actors}


def test_title_before_name_gives_role_and_side() -> None:
    found = _actors("Turkish Foreign Minister Hakan Fidan opened the meeting on Friday.")
    fidan = found["Hakan Fidan"]
    assert fidan.kind == "person"
    assert fidan.roles == ["Foreign Minister"]
    assert fidan.side == "Turkey"


def test_possessive_state_before_title() -> None:
    found = _actors("Belarus's Deputy Foreign Minister Igor Petrovich Kozlov arrived late.")
    person = next(a for a in found.values() if a.kind == "person")
    assert person.side == "Belarus"
    assert person.roles == ["Deputy Foreign Minister"]


def test_lowercase_title_and_metonym_side() -> None:
    found = _actors("Kremlin spokesman Dmitry Peskov declined to comment on the schedule.")
    assert found["Dmitry Peskov"].roles == ["spokesman"]
    assert found["Dmitry Peskov"].side == "Russia"
    assert "Kremlin" in found["Russia"].aliases


def test_role_after_name_and_two_vladimirs_stay_apart() -> None:
    found = _actors("The team is headed by Vladimir Medinsky, an aide to President Vladimir "
                    "Putin, who led the talks three years ago.")
    assert "Vladimir Medinsky" in found and "Vladimir Putin" in found
    assert found["Vladimir Medinsky"].roles[0].startswith("aide to")


def test_bare_surname_resolves_to_full_name_in_article() -> None:
    text = ("President Volodymyr Zelenskyy met the envoys in Kyiv.\n\n"
            "Zelenskyy later thanked them. Zelensky also spoke to Sybiha.")
    actors, mentions = extract_actors(split_sentences(text))
    people = [a for a in actors if a.kind == "person"]
    zelensky = next(a for a in people if a.name == "Volodymyr Zelenskyy")
    assert {"Zelenskyy", "Zelensky", "President Volodymyr Zelenskyy"} <= zelensky.aliases
    assert sum(1 for m in mentions if m.actor == zelensky.key) == 3


def test_single_unknown_capitalised_word_is_not_a_person() -> None:
    found = _actors("Negotiators met behind closed doors. Afterwards Sunflower tea was served.")
    assert not [a for a in found.values() if a.kind == "person"]


def test_surname_followed_by_speech_verb_is_a_person() -> None:
    found = _actors("Kozachenko said the exchange would happen within days.")
    assert found["Kozachenko"].kind == "person"


def test_organisation_with_acronym_in_parentheses() -> None:
    text = ("The State Emergency Service (DSNS) reported fires. "
            "Later the DSNS said all fires were out.")
    actors, mentions = extract_actors(split_sentences(text))
    org = next(a for a in actors if a.kind == "organisation")
    assert org.name == "State Emergency Service"
    assert "DSNS" in org.aliases
    assert sum(1 for m in mentions if m.actor == org.key) == 3


def test_states_and_metonyms_map_to_the_state() -> None:
    found = _actors("Washington and Moscow disagree, while Kiev waits and the U.K. watches.")
    assert {"Washington"} <= found["United States"].aliases
    assert {"Moscow"} <= found["Russia"].aliases
    assert {"Kiev"} <= found["Ukraine"].aliases
    assert "United Kingdom" in found


def test_side_noun_phrase_is_a_mention_but_not_an_alias() -> None:
    actors, mentions = extract_actors(split_sentences("The Ukrainian side rejected the plan."))
    ukraine = next(a for a in actors if a.name == "Ukraine")
    assert "Ukrainian side" not in ukraine.aliases
    assert any(m.surface == "Ukrainian side" and m.actor == ukraine.key for m in mentions)


def test_titled_office_name_is_a_person_with_the_office_as_role() -> None:
    found = _actors("Head of the Office of the President Andriy Yermak flew to Geneva.")
    person = found["Andriy Yermak"]
    assert person.kind == "person"
    assert "Office" in person.roles[0]


def test_known_figure_side_filled_from_lexicon() -> None:
    found = _actors("President Volodymyr Zelensky spoke by phone with Emmanuel Macron.")
    assert found["Volodymyr Zelensky"].side == "Ukraine"
    assert found["Emmanuel Macron"].side == "France"


def test_sentence_ending_in_the_prefix_of_a_longer_phrase() -> None:
    # "United" starts "United States", "United Kingdom"...: the match must not run off the end
    found = _actors("Talks went on in Istanbul with the United")
    assert "United States" not in found


def test_a_name_repeated_in_one_sentence_is_found_at_each_place() -> None:
    sents = split_sentences("Envoy Ivan Petrov met Olena Marchuk, and Ivan Petrov said the talks "
                            "were over. Ivan Petrov left.")
    actors, mentions = extract_actors(sents)
    petrov = [m for m in mentions if actors[m.actor].name == "Ivan Petrov"]
    assert [(m.surface, m.start, m.sentence) for m in petrov] == [
        ("Envoy Ivan Petrov", 0, 0), ("Ivan Petrov", 41, 0), ("Ivan Petrov", 79, 1)]
