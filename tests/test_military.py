"""Unit tests for store.military: hand-built sentences, actors, mentions and dates (no database)."""

from __future__ import annotations

from datetime import date

from handmade import records

from store.military import extract_military, find_quantities
from store.records import MilitaryEvent

PUBLISHED = date(2025, 6, 2)

# name -> (kind, side, surface forms that are mentions of it)
ACTORS: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    "Ukraine": ("state", "Ukraine", ("Ukraine", "Kyiv", "Ukrainian forces", "Ukraine's navy")),
    "Russia": ("state", "Russia", ("Russia", "Moscow", "the Kremlin", "Russian troops")),
    "State Border Guard": ("organisation", "Ukraine", ("State Border Guard", "SBG")),
    "Olena Marchuk": ("person", "Ukraine", ("Olena Marchuk", "Marchuk")),
    "Jim Carver": ("person", "United States", ("Jim Carver", "Carver")),
    "Russian Defence Ministry": ("organisation", "Russia", ("Russia's defence ministry",)),
}


def build(*texts: str, dates: dict[str, date] | None = None,
          one_paragraph: bool = False) -> list[MilitaryEvent]:
    """Run extract_military on hand-built sentences (each its own paragraph unless
    `one_paragraph`), with mentions found from ACTORS."""
    return extract_military(*records(texts, ACTORS, dates, one_paragraph), PUBLISHED)


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
    assert ev.numbers == ("four killed", "25 injured")


def test_losses_have_no_agent_but_keep_who_lost() -> None:
    ev = one(build("Ukraine lost 950 soldiers in the past day, the Russian military claimed."))
    assert ev.actor is None
    assert ev.text == "Ukraine lost 950 soldiers in the past day"
    assert ev.numbers == ("950 soldiers",)


def test_passive_casualties_without_agent() -> None:
    ev = one(build("In Sumy, at least 9 civilians were killed on Tuesday, officials said.",
                   dates={"on Tuesday": date(2025, 6, 3)}))
    assert ev.actor is None
    assert ev.numbers == ("9 killed",)
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
    assert ev.numbers == ("14 drones", "3 hurt")


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


# --- casualty counts ------------------------------------------------------------------------------


def test_people_counted_with_what_happened_to_them() -> None:
    assert find_quantities("Five people were wounded in Sumy") == ["Five wounded"]
    assert find_quantities("shelling that left 6 residents dead") == ["6 dead"]
    assert find_quantities("the blast, killing at least 8 civilians") == ["8 killed"]
    assert find_quantities("Two boys, aged 9 and 14, were among the dead") == ["Two dead"]
    assert find_quantities("An elderly man was injured by debris") == ["1 injured"]
    assert find_quantities("a barrage killing a teenager in Odesa") == ["1 killed"]
    assert find_quantities("A man and a woman were injured") == []  # not one person
    assert find_quantities("Kyiv lost 90 soldiers") == ["90 soldiers"]  # a loss, not a death


def test_partitive_distance_and_conversion_counts() -> None:
    assert find_quantities("air defence downed 31 of 45 drones") == ["31 drones", "45 drones"]
    assert find_quantities("depots hundreds of kilometres from the border") == []
    assert find_quantities("struck 600 km (370 miles) inside Russia") == []
    assert find_quantities("it launched 35 Shahed-type drones") == ["35 drones"]


def test_count_belongs_to_the_event_noun_phrase() -> None:
    ev = one(build("Russian troops have carried out well over 80 assaults on the town this week."))
    assert ev.actor == key("Russia")
    assert ev.text == "well over 80 assaults on the town this week"
    assert ev.numbers == ("80 assaults",)


def test_a_preposition_is_not_a_suppressor() -> None:
    ev = one(build("A Russian missile strike on a depot near Kharkiv killed 5 soldiers."))
    assert ev.actor == key("Russia")
    assert ev.numbers == ("5 killed",)


# --- what is not an event (new cases) ---------------------------------------------------------


def test_weak_verbs_need_weapons_or_targets_in_their_own_words() -> None:
    assert build("Russia sent a team of six: two generals, a diplomat and three military "
                 "aides.") == []
    assert build("The EU adopted new sanctions, targeting 120 tankers of Moscow's shadow "
                 "fleet.") == []
    assert build("Kyiv quickly shot down the proposal.") == []
    ev = one(build("Ukraine struck a fuel depot in the Bryansk region."))
    assert (ev.actor, ev.text) == (key("Ukraine"), "struck a fuel depot in the Bryansk region")


def test_people_exchanged_are_not_casualties() -> None:
    assert build("The sides agreed to swap all badly wounded and sick prisoners, and captured "
                 "soldiers under 25.") == []
    ev = one(build("In Kursk, five people were killed and dozens injured when a bridge fell."))
    assert ev.numbers == ("five killed",)


def test_nouns_after_a_determiner_or_a_bare_number_are_not_verbs() -> None:
    ev = one(build("Six missiles hit their targets, Marchuk said."))
    assert ev.text == "Six missiles hit their targets"
    assert build("It is the largest number since the 300 launched in May.") == []
    ev = one(build("Wreckage of a downed drone landed on a barn near Poltava, injuring 2 people."))
    assert (ev.text, ev.numbers) == ("injuring 2 people", ("2 injured",))


# --- who did it ---------------------------------------------------------------------------------


def test_a_place_after_a_preposition_before_a_comma_is_not_the_subject() -> None:
    ev = one(build("The SBG said it had flown 90 drones, packed inside Russia in containers, "
                   "to hit 20 jets."))
    assert ev.actor == key("State Border Guard")
    assert ev.numbers == ("90 drones", "20 jets")


def test_its_points_to_the_subject_of_the_clause() -> None:
    ev = one(build("Russia hammered Ukraine with its heaviest missile barrage since spring."))
    assert ev.actor == key("Russia")


def test_it_at_the_start_points_to_the_previous_sentence() -> None:
    got = build("Overnight Russia launched 300 drones.", "A week later it fired 400 more drones.")
    assert [e.actor for e in got] == [key("Russia"), key("Russia")]


def test_a_ministry_speaking_for_its_state_is_the_state() -> None:
    ev = one(build("Russia's defence ministry said its radar crews downed 30 Ukrainian drones "
                   "over Bryansk."))
    assert ev.actor == key("Russia")


def test_the_enemy_of_what_was_hit() -> None:
    ev = one(build("Two Ukrainian soldiers were killed near Siversk on Monday."))
    assert (ev.actor, ev.numbers) == (key("Russia"), ("Two killed",))
    ev = one(build("The SBG said 12 Russian patrol boats were hit."))
    assert ev.actor == key("State Border Guard")  # the enemy's own fighting body reports it


def test_repelled_attacks_belong_to_the_reporters_enemy() -> None:
    ev = one(build("Russia's defence ministry said strikes on two radar stations had been "
                   "repulsed."))
    assert (ev.actor, ev.text) == (key("Ukraine"), "strikes on two radar stations")


def test_an_operation_is_the_reporting_bodys_own() -> None:
    ev = one(build("The SBG said the operation had destroyed 3 patrol boats."))
    assert ev.actor == key("State Border Guard")


def test_agentless_casualties_continue_the_previous_attack_of_the_paragraph() -> None:
    story = ("Russia fired 40 missiles at Dnipro.", "Four people were killed in the city.")
    got = build(*story, one_paragraph=True)
    assert [(e.actor, e.numbers) for e in got] == [
        (key("Russia"), ("40 missiles",)), (key("Russia"), ("Four killed",))]
    assert [e.actor for e in build(*story)] == [key("Russia"), None]  # a new paragraph


def test_a_defence_after_an_attack_is_by_the_other_side() -> None:
    got = build("Russia launched 57 drones at Kharkiv overnight.", "Air defence neutralised 40.",
                "Nine drones hit the power grid.", one_paragraph=True)
    assert [e.actor for e in got] == [key("Russia"), key("Ukraine"), key("Russia")]


def test_a_weapon_as_subject_makes_an_event() -> None:
    ev = one(build("Ukrainian drones, meanwhile, grounded flights at three airports near Kazan."))
    assert ev.actor == key("Ukraine")
    assert ev.text == "Ukrainian drones grounded flights at three airports near Kazan"
    ev = one(build("On Friday a Russian drone struck a minibus in Nikopol."))
    assert (ev.actor, ev.text) == (key("Russia"), "Russian drone struck a minibus in Nikopol")


def test_strike_after_to_is_a_verb_with_the_users_agent() -> None:
    ev = one(build("Kyiv used sea drones to strike two Russian ships near Sevastopol."))
    assert (ev.actor, ev.numbers) == (key("Ukraine"), ("two ships",))


def test_weapons_in_the_text_beat_a_casualty_participle() -> None:
    ev = one(build("In Sumy a glide bomb wrecked a school gym, killing two teachers."))
    assert ev.text == "glide bomb wrecked a school gym"
    assert ev.numbers == ("two killed",)


# --- one incident told twice, and mere references -----------------------------------------------


def test_a_reference_folds_into_the_neighbouring_report() -> None:
    got = build("Carver declined to comment on Sunday's Ukrainian naval drone strikes on Russian "
                "ports.",
                "The SBG said on Sunday it had struck 3 Russian patrol boats.",
                dates={"Sunday": date(2025, 6, 1)}, one_paragraph=True)
    ev = one(got)
    assert (ev.sentence, ev.actor, ev.numbers) == (1, key("State Border Guard"), ("3 boats",))


def test_an_event_with_neither_agent_nor_number_is_dropped() -> None:
    assert build("The overnight strikes were condemned by diplomats.") == []


# --- dates (new cases) ------------------------------------------------------------------------


def test_a_since_phrase_is_not_the_date_and_bounds_only_its_own_clause() -> None:
    ev = one(build("Russia hit Kyiv with 90 drones overnight, even as envoys met for the first "
                   "time since talks collapsed in March 2022.",
                   dates={"in March 2022": date(2022, 3, 1)}))
    assert ev.date == PUBLISHED


def test_overnight_dates_are_the_morning_after() -> None:
    ev = one(build("On the night of May 7-8, Russia fired 90 drones at Kharkiv.",
                   dates={"May 7-8": date(2025, 5, 7)}))
    assert ev.date == date(2025, 5, 8)
    ev = one(build("Russia fired 50 drones overnight on Saturday into Sunday.",
                   dates={"on Saturday": date(2025, 5, 31), "Sunday": date(2025, 6, 1)}))
    assert ev.date == date(2025, 6, 1)


def test_a_sentence_without_date_keeps_its_paragraphs_date() -> None:
    got = build("On Sunday Russia fired 60 drones at Odesa.", "A 40-year-old man was killed.",
                dates={"On Sunday": date(2025, 6, 1)}, one_paragraph=True)
    assert [(e.actor, e.numbers, e.date) for e in got] == [
        (key("Russia"), ("60 drones",), date(2025, 6, 1)),
        (key("Russia"), ("1 killed",), date(2025, 6, 1))]


def test_an_event_noun_as_subject_keeps_its_verb_phrase() -> None:
    ev = one(build("Russian shelling killed a man in Kherson, officials said."))
    assert (ev.actor, ev.text, ev.numbers) == (
        key("Russia"), "Russian shelling killed a man in Kherson", ("1 killed",))


def test_the_main_verb_beats_a_trailing_participle() -> None:
    ev = one(build("Marchuk said Kyiv had attacked a bus in Belgorod, wounding 5 passengers."))
    assert (ev.actor, ev.text, ev.numbers) == (
        key("Ukraine"), "attacked a bus in Belgorod", ("5 wounded",))


def test_a_dated_new_incident_stays_but_a_deduced_reference_goes() -> None:
    ev = one(build("A missile attack on Zaporizhzhia on Tuesday damaged two schools.",
                   dates={"on Tuesday": date(2025, 6, 3)}))
    assert (ev.actor, ev.date) == (None, date(2025, 6, 3))
    assert build("Missiles made abroad were used in the attack on Kyiv.") == []


def test_weapon_subjects_after_speech_and_weapon_objects() -> None:
    ev = one(build("Kyiv says drones set fire to 20 Russian tankers."))
    assert (ev.actor, ev.text) == (key("Ukraine"), "drones set fire to 20 Russian tankers")
    ev = one(build("Kyiv used drones fired from barges to hit 12 jets."))
    assert (ev.actor, ev.text) == (key("Ukraine"), "hit 12 jets")
    assert build("It was the most drones fired in one night this year.") == []
    assert build("Drones remained a key issue in the talks.") == []
    assert build("In June they began swapping wounded soldiers and those under 25.") == []


def test_interception_is_its_own_event_beside_the_attack() -> None:
    events = build("Ukraine's air force said Russia launched 90 drones overnight, while Russia's "
                   "defence ministry said its air defences had downed 31 Ukrainian drones.")
    assert [e.numbers for e in events] == [("90 drones",), ("31 drones",)]


def test_of_them_takes_the_unit_counted_before() -> None:
    assert find_quantities("Russia launched 112 drones overnight and that 73 of them were "
                           "shot down.") == ["112 drones", "73 drones"]


# --- clauses, verb phrases and parts of a count -------------------------------------------------


def test_a_second_verb_phrase_of_the_same_subject_is_its_own_event() -> None:
    got = build("Russia's defence ministry said its units had seized three villages near Lyman "
                "and downed 27 drones over Belgorod.")
    assert [(e.actor, e.text, e.numbers) for e in got] == [
        (key("Russia"), "seized three villages near Lyman", ("three villages",)),
        (key("Russia"), "downed 27 drones over Belgorod", ("27 drones",))]
    ev = one(build("Russian missiles killed six people and injured 30 in Zaporizhzhia."))
    assert ev.numbers == ("six killed", "30 injured")  # one strike, told by two verbs


def test_ground_taken_is_not_the_strike_told_beside_it() -> None:
    got = build("Moscow fired 80 drones at Odesa, while Russian troops seized a hamlet near "
                "Pokrovsk.")
    assert [(e.actor, e.numbers) for e in got] == [
        (key("Russia"), ("80 drones",)), (key("Russia"), ())]


def test_of_which_counts_the_interceptions_as_their_own_event() -> None:
    got = build("Kyiv said Moscow fired 140 drones overnight, of which 95 were shot down.")
    assert [(e.actor, e.numbers) for e in got] == [
        (key("Russia"), ("140 drones",)), (key("Ukraine"), ("95 drones",))]
    assert find_quantities("fired 60 missiles, 41 of which were downed") == [
        "60 missiles", "41 missiles"]


def test_part_of_a_count_and_a_subjectless_clause_keep_their_numbers() -> None:
    ev = one(build("A Russian barrage killed 19 people in Dnipro, 11 of them in one hospital."))
    assert ev.numbers == ("19 killed", "11 killed")
    ev = one(build("The SBG said its drones had hit 9 jets, including two tankers, and had "
                   "put 20 percent of the base's fuel stores out of action."))
    assert ev.numbers == ("9 jets", "20 percent")


def test_a_clause_dated_to_another_day_is_another_event() -> None:
    got = build("Russia fired 90 drones at Lviv on Tuesday, and a glide bomb on a market in "
                "Kupiansk killed 4 civilians on Monday.",
                dates={"on Tuesday": date(2025, 6, 3), "on Monday": date(2025, 6, 2)})
    assert [(e.numbers, e.date) for e in got] == [
        (("90 drones",), date(2025, 6, 3)), (("4 killed",), date(2025, 6, 2))]


def test_a_headline_told_below_is_not_one_more_event() -> None:
    got = build("Russia pounds Kharkiv with 60 drones", "Filed by staff",
                "Russia fired 60 drones at Kharkiv overnight, the mayor said.")
    assert [(e.sentence, e.numbers) for e in got] == [(2, ("60 drones",))]
    got = build("Russia pounds Kharkiv with 60 drones", "The talks resume on Friday.")
    assert [e.sentence for e in got] == [0]  # nothing below tells it


def test_a_weapon_with_a_perfect_auxiliary_and_an_irregular_participle() -> None:
    ev = one(build("Marchuk said 60 sea drones had taken part in the raid."))
    assert (ev.text, ev.numbers) == ("60 sea drones had taken part in the raid", ("60 drones",))
    assert build("Carver said the drones taken from the depot were old.") == []


def test_according_to_the_ministry_names_the_reporter() -> None:
    got = build("Russia's defence ministry gave its report on Sunday.",
                "According to the ministry, attacks on airfields in Kursk, Oryol and Tula were "
                "repelled.")
    assert [(e.actor, e.text) for e in got] == [(key("Ukraine"), "attacks on airfields in Kursk")]


def test_the_present_tense_without_count_or_date_tells_no_incident() -> None:
    assert build("The talks go on as Russia pounds Ukrainian ports.") == []
    ev = one(build("Russia pounds Ukrainian ports on Monday.",
                   dates={"on Monday": date(2025, 6, 2)}))
    assert ev.date == date(2025, 6, 2)


def test_regions_are_counted() -> None:
    assert find_quantities("drones struck airfields in five regions") == ["five regions"]


def test_destroying_munitions_is_a_defence() -> None:
    ev = one(build("Russia said its air defences intercepted 35 drones and destroyed four "
                   "guided missiles over Kursk."))
    assert (ev.actor, ev.numbers) == (key("Russia"), ("35 drones", "four missiles"))
    ev = one(build("Ukraine's navy destroyed two drone boats near Sevastopol."))
    assert ev.numbers == ("two boats",)  # not a munition in flight: its own strike
