"""Unit tests for store.military: hand-built sentences, actors, mentions and dates (no database)."""

from __future__ import annotations

import re
from datetime import date

from store.military import extract_military, find_quantities
from store.records import DateMention, LocalActor, Mention, MilitaryEvent, Sentence

PUBLISHED = date(2025, 6, 2)

# name -> (kind, side, surface forms that are mentions of it)
ACTORS: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    "Ukraine": ("state", "Ukraine", ("Ukraine", "Kyiv", "Ukrainian forces", "Ukraine's navy")),
    "Russia": ("state", "Russia", ("Russia", "Moscow", "the Kremlin", "Russian troops")),
    "State Border Guard": ("organisation", "Ukraine", ("State Border Guard", "SBG")),
    "Olena Marchuk": ("person", "Ukraine", ("Olena Marchuk", "Marchuk")),
    "Jim Carver": ("person", "United States", ("Jim Carver", "Carver")),
}


def build(*texts: str, dates: dict[str, date] | None = None) -> list[MilitaryEvent]:
    """Run extract_military on sentences joined by spaces, with mentions found from ACTORS."""
    sentences, mentions, found_dates = [], [], []
    actors = [LocalActor(k, name, kind, side, [], set(forms))  # type: ignore[arg-type]
              for k, (name, (kind, side, forms)) in enumerate(ACTORS.items())]
    pos = 0
    for i, text in enumerate(texts):
        sentences.append(Sentence(i, pos, pos + len(text), text, i))
        for a in actors:
            for form in a.aliases:
                for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                    mentions.append(Mention(a.key, i, pos + m.start(), pos + m.end(), form))
        for phrase, value in (dates or {}).items():
            for m in re.finditer(re.escape(phrase), text):
                found_dates.append(DateMention(pos + m.start(), pos + m.end(), phrase, value))
        pos += len(text) + 1
    mentions.sort(key=lambda m: m.start)
    return extract_military(sentences, actors, mentions, found_dates, PUBLISHED)


def key(name: str) -> int:
    return list(ACTORS).index(name)


def one(events: list[MilitaryEvent]) -> MilitaryEvent:
    assert len(events) == 1, f"expected one event, got {events}"
    return events[0]


# --- actors and event text ----------------------------------------------------------------------


def test_organisation_beats_its_state_and_the_noun_phrase_is_the_text() -> None:
    ev = one(build(
        "Talks opened a day after the State Border Guard of Ukraine (SBG) carried out a "
        "large sea drone raid on two Russian ports, reportedly sinking 3 Russian patrol boats "
        "and disabling 15% of the local fleet."))
    assert ev.actor == key("State Border Guard")
    assert ev.text == "large sea drone raid on two Russian ports"
    assert ev.numbers == ("3 boats", "15%")
    assert ev.date == PUBLISHED


def test_subject_of_a_launch_verb_and_numbers_as_written() -> None:
    ev = one(build("Russia fired 310 drones and nine missiles overnight, the air force said."))
    assert ev.actor == key("Russia")
    assert ev.text == "fired 310 drones and nine missiles overnight"
    assert ev.numbers == ("310 drones", "nine missiles")


def test_possessive_and_its_give_the_actor_of_an_event_noun() -> None:
    ev = one(build("Carver condemned Russia's relentless strikes on Odesa."))
    assert (ev.actor, ev.text, ev.numbers) == (key("Russia"), "relentless strikes on Odesa", ())
    ev = one(build("Carver spoke of Moscow's stubbornness and its brutal shelling of Kherson."))
    assert (ev.actor, ev.text) == (key("Russia"), "brutal shelling of Kherson")


def test_passive_by_and_demonyms() -> None:
    ev = one(build("Thirty drones were downed by Ukrainian forces near the capital."))
    assert ev.actor == key("Ukraine")
    assert ev.numbers == ("Thirty drones",)
    ev = one(build("Russian strikes killed four people and injured 25 in Dnipro overnight."))
    assert ev.actor == key("Russia")
    assert ev.numbers == ("four people", "25 injured")


def test_losses_have_no_agent_but_keep_who_lost() -> None:
    ev = one(build("Ukraine lost 950 soldiers in the past day, the Russian military claimed."))
    assert ev.actor is None
    assert ev.text == "Ukraine lost 950 soldiers in the past day"
    assert ev.numbers == ("950 soldiers",)


def test_passive_casualties_without_agent() -> None:
    ev = one(build("In Sumy, at least 9 civilians were killed on Tuesday, officials said.",
                   dates={"on Tuesday": date(2025, 6, 3)}))
    assert ev.actor is None
    assert ev.numbers == ("9 civilians",)
    assert ev.date == date(2025, 6, 3)


def test_pronoun_after_speech_verb_resolves_to_the_speaker() -> None:
    ev = one(build("Russia said it intercepted 44 drones over Kursk."))
    assert ev.actor == key("Russia")
    assert ev.numbers == ("44 drones",)


def test_a_speaker_is_not_the_agent() -> None:
    ev = one(build("Marchuk said 60 drones hit the port of Izmail."))
    assert ev.actor is None
    assert ev.numbers == ("60 drones",)


def test_two_clauses_with_two_agents_give_two_events() -> None:
    got = build("Russian troops advanced 3 km near Siversk, while Ukraine struck a depot in "
                "Bryansk with 25 drones.")
    assert [(e.actor, e.numbers) for e in got] == [
        (key("Russia"), ("3 km",)), (key("Ukraine"), ("25 drones",))]


def test_a_clause_without_agent_joins_the_previous_event() -> None:
    ev = one(build("Russia hit Kharkiv with 14 drones, damaging a school, and 3 people were "
                   "hurt, the mayor said."))
    assert ev.actor == key("Russia")
    assert ev.text == "hit Kharkiv with 14 drones"
    assert ev.numbers == ("14 drones", "3 people")


# --- what is not an event -----------------------------------------------------------------------


def test_hypothetical_and_denied_are_not_events() -> None:
    assert build("If Russia strikes the grid again, Kyiv will answer.") == []
    assert build("Marchuk warned that Moscow could launch a fresh offensive in July.") == []
    assert build("Moscow denied shelling the plant.") == []


def test_military_words_inside_a_demand_are_not_events() -> None:
    assert build("Moscow demanded an end to Ukrainian drone strikes on its refineries.") == []
    assert build("Both sides backed a moratorium on strikes against power plants.") == []
    assert build("Kyiv would only talk if Russia stops shelling its cities.") == []


def test_everyday_uses_of_military_words() -> None:
    assert build("The two envoys struck a deal on grain exports.") == []
    assert build("Carver launched a verbal attack on the negotiators.") == []
    assert build("Fuel prices hit a record in May.") == []


# --- numbers ------------------------------------------------------------------------------------


def test_identifiers_and_durations_are_not_quantities() -> None:
    ev = one(build("After the 12-member team arrived for the 30-day truce talks at 19:00, "
                   "Decree No. 456 was read and Russia launched 70 drones at Kyiv."))
    assert ev.numbers == ("70 drones",)
    assert find_quantities("A 52-year-old man died on June 4, 2025 in Kharkiv.") == []


def test_quantity_shapes() -> None:
    text = ("over 100 drones, dozens of missiles, 34% of the fleet, 12 km, 2 million people, "
            "1,250 Russian servicemen, 8 percent, 385 of the drones, two Tu-95 bombers")
    assert find_quantities(text) == [
        "100 drones", "dozens of missiles", "34%", "12 km", "2 million people",
        "1,250 servicemen", "8 percent", "385 drones", "two bombers",
    ]


def test_casualty_words_without_a_unit() -> None:
    assert find_quantities("a missile landed, killing 6 and wounding at least 17") == [
        "6 killed", "17 wounded"]
    assert find_quantities("11 were killed and 40 injured") == ["11 killed", "40 injured"]
    assert find_quantities("no one was hurt") == []


def test_attack_as_a_modifier_is_a_unit_not_a_trigger() -> None:
    ev = one(build("Overnight Russia sent 180 attack drones toward Lviv."))
    assert ev.actor == key("Russia")
    assert ev.numbers == ("180 drones",)


# --- dates --------------------------------------------------------------------------------------


def test_open_ended_period_has_no_date_and_since_is_not_the_date() -> None:
    ev = one(build("Russia has lost about 4,000 tanks since 2022, analysts estimate.",
                   dates={"since 2022": date(2022, 1, 1)}))
    assert ev.date is None
    assert ev.numbers == ("4,000 tanks",)


def test_date_of_the_sentence_else_published() -> None:
    got = build("Ukraine's navy destroyed a Russian landing craft on Sunday.",
                "Kyiv shelled Russian positions near Tokmak.",
                dates={"on Sunday": date(2025, 6, 1)})
    assert [(e.actor, e.date) for e in got] == [
        (key("Ukraine"), date(2025, 6, 1)), (key("Ukraine"), PUBLISHED)]


def test_mobilisation_fact_with_its_agent() -> None:
    ev = one(build("Moscow has mobilised 160,000 conscripts this spring, Marchuk said."))
    assert ev.actor == key("Russia")
    assert ev.text == "mobilised 160,000 conscripts this spring"
    assert ev.numbers == ("160,000 conscripts",)


def test_weak_verb_needs_military_context() -> None:
    ev = one(build("Russian troops captured the village of Komyshuvakha, the army said."))
    assert (ev.actor, ev.text) == (key("Russia"), "captured the village of Komyshuvakha")
    assert build("Carver captured the mood of the room.") == []


def test_ongoing_attacks_have_no_single_date() -> None:
    ev = one(build("Carver criticised the Kremlin's intensifying attacks on Ukrainian ports."))
    assert ev.actor == key("Russia")
    assert ev.text == "intensifying attacks on Ukrainian ports"
    assert ev.date is None
