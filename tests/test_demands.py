"""Unit tests for store.demands: hand-built sentences, actors, mentions and dates (no database)."""

from __future__ import annotations

from datetime import date

from handmade import records

from store.demands import demand_spans, extract_demands, find_cues
from store.records import Demand

PUBLISHED = date(2025, 6, 2)

# name -> (kind, side, surface forms that are mentions of it)
ACTORS: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    "Ukraine": ("state", "Ukraine", ("Ukraine", "Kyiv", "the Ukrainian side", "Ukrainian troops")),
    "Russia": ("state", "Russia", ("Russia", "Moscow", "the Kremlin", "The Kremlin",
                                   "the Russian side", "Russian delegates")),
    "United States": ("state", "United States", ("The U.S.", "the U.S.", "Washington")),
    "Turkey": ("state", "Turkey", ("Turkey", "Ankara")),
    "European Union": ("organisation", None, ("The EU", "the EU")),
    "Olena Marchuk": ("person", "Ukraine", ("Olena Marchuk", "Marchuk")),
    "Pavel Orlov": ("person", "Russia", ("Pavel Orlov", "Orlov")),
    "Jim Carver": ("person", "United States", ("Jim Carver", "Carver")),
    "European Commission": ("organisation", None, ("The European Commission",
                                                   "the European Commission")),
}


def build(*texts: str, dates: dict[str, date] | None = None,
          one_paragraph: bool = False) -> list[Demand]:
    """Run extract_demands on hand-built sentences, with mentions found from ACTORS."""
    return extract_demands(*records(texts, ACTORS, dates, one_paragraph), PUBLISHED)


def key(name: str) -> int:
    return list(ACTORS).index(name)


def rows(demands: list[Demand]) -> list[tuple[str | None, str]]:
    return [(d.party, d.text) for d in demands]


# --- conditions -------------------------------------------------------------------------------


def test_only_if_splits_conditions_and_carries_the_subject() -> None:
    got = build(
        "Russian envoy Pavel Orlov repeated on May 30 that Moscow would only accept a truce if "
        "Ukraine freezes recruitment and stops importing Western weapons.",
        dates={"on May 30": date(2025, 5, 30)},
    )
    assert rows(got) == [
        ("Russia", "Ukraine freezes recruitment"),
        ("Russia", "Ukraine stops importing Western weapons"),
    ]
    assert {d.by for d in got} == {key("Pavel Orlov")}
    assert {d.date for d in got} == {date(2025, 5, 30)}
    assert {d.cue for d in got} == {"only ... if"}


def test_three_conditions_in_a_comma_list() -> None:
    got = build("Moscow would only sign if Kyiv drops its NATO bid, shrinks its army and "
                "recognises the new borders.")
    assert [d.text for d in got] == [
        "Kyiv drops its NATO bid", "Kyiv shrinks its army", "Kyiv recognises the new borders"]


def test_unless_at_sentence_start_takes_the_main_clause_subject() -> None:
    got = build("Unless Kyiv pulls back its units, Moscow will fight on, Orlov told the press.")
    assert rows(got) == [("Russia", "Kyiv pulls back its units")]
    assert got[0].cue == "unless"
    assert got[0].by == key("Pavel Orlov")


def test_ready_if_and_in_exchange_for() -> None:
    got = build("Kyiv is ready to meet again if Moscow returns the deported children first.")
    assert rows(got) == [("Ukraine", "Moscow returns the deported children first")]
    got = build("Russia offered a brief holiday truce in exchange for an easing of sanctions.")
    assert [(d.party, d.text, d.cue) for d in got] == [
        ("Russia", "a brief holiday truce", "offer"),
        ("Russia", "an easing of sanctions", "in exchange for"),
    ]


def test_only_a_day_after_is_not_a_condition() -> None:
    assert build("The round opened only a day after Moscow rejected the plan.") == []
    assert build("The meeting broke up only after midnight.") == []


# --- verbs and nouns ----------------------------------------------------------------------------


def test_insists_on_keeps_a_coordinated_adjective_whole() -> None:
    got = build("Kyiv insists on a complete and lasting truce before any border talks.")
    assert rows(got) == [("Ukraine", "a complete and lasting truce before any border talks")]
    assert got[0].cue == "insist" and got[0].date == PUBLISHED


def test_coordinated_subjects_each_get_the_demand_and_a_rejection_gives_none() -> None:
    got = build("While the U.S. and Turkey have pressed for a general truce, the Kremlin has "
                "turned it down.")
    assert rows(got) == [("United States", "a general truce"), ("Turkey", "a general truce")]


def test_demands_such_as_after_a_relative_clause() -> None:
    got = build("Moscow keeps voicing demands that Kyiv cannot accept, such as control of two "
                "more provinces and the removal of Ukrainian troops from them.")
    assert rows(got) == [
        ("Russia", "control of two more provinces"),
        ("Russia", "the removal of Ukrainian troops from them"),
    ]


def test_demanded_that_clause_and_verb_use_of_demands() -> None:
    got = build("Kyiv demands the return of every civilian held in detention.")
    assert rows(got) == [("Ukraine", "the return of every civilian held in detention")]
    got = build("Russia has demanded, among several points, that Ukraine halve its artillery.")
    assert rows(got) == [("Russia", "Ukraine halve its artillery")]


def test_urge_and_call_on_are_voiced_by_a_person() -> None:
    got = build("Jim Carver urged Moscow to answer the truce offer within a week.")
    assert rows(got) == [("United States", "Moscow to answer the truce offer within a week")]
    assert got[0].by == key("Jim Carver")
    got = build("The EU called on Moscow to stop shelling power plants.")
    assert rows(got) == [("European Union", "Moscow to stop shelling power plants")]
    assert got[0].by is None


def test_quote_with_we_takes_the_speaker() -> None:
    got = build('"We demand a full exchange of detainees," Marchuk said.')
    assert rows(got) == [("Ukraine", "a full exchange of detainees")]
    assert got[0].by == key("Olena Marchuk")


def test_he_refers_to_the_last_person() -> None:
    got = build("Olena Marchuk spoke in Geneva.", "He called for a second round in the autumn.")
    assert rows(got) == [("Ukraine", "a second round in the autumn")]


def test_passive_proposed_by() -> None:
    got = build("Moscow again refused the 60-day truce proposed by Washington.")
    assert rows(got) == [("United States", "the 60-day truce")]


def test_appositive_summary_ends_the_content() -> None:
    got = build("Russia insists that Ukraine give up four provinces, terms that Kyiv has "
                "flatly rejected.")
    assert rows(got) == [("Russia", "Ukraine give up four provinces")]


# --- must: one side's obligation voiced by the other --------------------------------------


def test_must_voiced_by_the_other_side() -> None:
    got = build("Marchuk said Moscow must stop the shelling and free the captured medics.")
    assert rows(got) == [("Ukraine", "Moscow must stop the shelling"),
                         ("Ukraine", "Moscow must free the captured medics")]
    assert build("Marchuk said Ukraine must stay united.") == []


# --- documents and lists ----------------------------------------------------------------------


def test_the_proposal_refers_back_to_the_last_proposing_party() -> None:
    got = build(
        "Moscow is still drafting its memorandum, but Kyiv intends to table a short peace plan.",
        "Under the proposal, the process would begin with a 20-day truce, followed by an "
        "all-for-all prisoner swap and the return of deported children.",
    )
    assert rows(got) == [
        ("Ukraine", "a 20-day truce"),
        ("Ukraine", "an all-for-all prisoner swap"),
        ("Ukraine", "the return of deported children"),
    ]
    assert {d.cue for d in got} == {"proposal"}


def test_the_memorandum_demands_uses_the_memorandum_owner() -> None:
    got = build("Russia will hand over its memorandum on Monday.",
                "The memorandum demands that Kyiv pull its forces out of the east.")
    assert rows(got) == [("Russia", "Kyiv pull its forces out of the east")]
    assert got[0].sentence == 1


def test_numbered_list_after_a_colon_intro() -> None:
    got = build(
        "Reminder: in the paper it sent on June 2, Russia lists these conditions:",
        "1. Ukraine cuts its army to 50,000 soldiers.",
        "2. Ukraine stops mobilising and ends martial law.",
        "Talks resume on Friday.",
        dates={"on June 2": date(2025, 6, 2)},
    )
    assert [(d.sentence, d.party, d.text) for d in got] == [
        (1, "Russia", "Ukraine cuts its army to 50,000 soldiers"),
        (2, "Russia", "Ukraine stops mobilising"),
        (2, "Russia", "Ukraine ends martial law"),
    ]
    assert {d.cue for d in got} == {"condition"}


def test_inline_list_after_a_colon() -> None:
    got = build("Kyiv's conditions are plain: a full truce, the release of all detainees and "
                "guarantees from its allies.")
    assert rows(got) == [("Ukraine", "a full truce"), ("Ukraine", "the release of all detainees"),
                         ("Ukraine", "guarantees from its allies")]


# --- negatives ----------------------------------------------------------------------------------


def test_negated_rejected_and_adjectival_cues_give_nothing() -> None:
    assert build("Kyiv did not demand any land in return.") == []
    assert build("The Kremlin rejected calls for a general truce.") == []
    assert build("The planned swap would free 300 people.") == []
    assert build("The proposed truce would last 30 days.") == []
    assert build("The demands that Moscow made last year have not changed.") == []


def test_rejecting_a_possessed_call_still_names_its_owner() -> None:
    got = build("The Kremlin rejected Kyiv's call for a general truce.")
    assert rows(got) == [("Ukraine", "a general truce")]


def test_no_party_no_demand() -> None:
    assert build("Demand for grain has risen sharply this spring.") == []
    assert build("Someone called for calm.") == []


def test_date_inside_the_demand_is_not_the_demand_date() -> None:
    got = build("Ukraine proposed holding the next round on June 20 in Ankara.",
                dates={"on June 20": date(2025, 6, 20)})
    assert rows(got) == [("Ukraine", "holding the next round on June 20 in Ankara")]
    assert got[0].date == PUBLISHED


# --- public helpers ---------------------------------------------------------------------------


def test_find_cues_and_demand_spans() -> None:
    text = "Moscow would only talk if Kyiv disarms, while Kyiv calls for a truce."
    cues = find_cues(text)  # without mentions "calls" reads as a noun; its content is the same
    assert [(c.label, c.kind) for c in cues] == [("only ... if", "condition"), ("call for", "noun")]
    spans = demand_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "only talk if Kyiv disarms", "calls for a truce"]


# --- list intros, documents and obligations -----------------------------------------------


def test_preposition_list_intro_takes_its_subject() -> None:
    got = build("Kyiv, for its part, pressed for:", "- a truce lasting a month on every front;",
                "- the release of detained journalists.", "Talks end on Friday.")
    assert [(d.sentence, d.party, d.text) for d in got] == [
        (1, "Ukraine", "a truce lasting a month on every front"),
        (2, "Ukraine", "the release of detained journalists"),
    ]


def test_obligations_under_a_document_are_its_proposers_demands() -> None:
    got = build("Moscow published its plan on Sunday.",
                "The second variant is a package under which Kyiv would need to:",
                "- disband two brigades;", "- hold a referendum and end martial law.")
    assert rows(got) == [("Russia", "disband two brigades"), ("Russia", "hold a referendum"),
                         ("Russia", "end martial law")]
    assert {d.cue for d in got} == {"obligation"}
    got = build("Moscow published its plan on Sunday.",
                "It sets out a package under which Kyiv must disband two brigades.")
    assert rows(got) == [("Russia", "disband two brigades")]


def test_condition_on_one_side_without_a_party_goes_to_the_proposer() -> None:
    got = build("Moscow has tabled its draft.",
                "Under the first variant, a truce would begin only once Kyiv withdraws its troops.")
    assert rows(got) == [("Russia", "Kyiv withdraws its troops")]


def test_possessed_document_subject_speaks_for_the_previous_subject() -> None:
    got = build("Kyiv wants far more than that from Moscow.",
                "Its own draft, sent to Ankara last week, calls for a truce and a return of "
                "prisoners.")
    assert rows(got) == [("Ukraine", "a truce"), ("Ukraine", "a return of prisoners")]


def test_they_refers_to_the_previous_subject() -> None:
    got = build("Ukraine sent its proposals to Moscow.", "They call for a truce in the air.")
    assert rows(got) == [("Ukraine", "a truce in the air")]


# --- who demands --------------------------------------------------------------------------


def test_according_to_opener_and_possessive_subject() -> None:
    got = build("According to a person close to the Ukrainian team, Moscow's envoys insisted "
                "that Kyiv hand over two towns.")
    assert rows(got) == [("Russia", "Kyiv hand over two towns")]


def test_urging_third_parties_is_the_speakers_demand() -> None:
    got = build("Marchuk said Moscow was stalling and called on partners to tighten sanctions "
                "on Moscow.")
    assert rows(got) == [("Ukraine", "partners to tighten sanctions on Moscow")]
    assert got[0].by == key("Olena Marchuk")
    got = build("Marchuk urged the EU and the U.S. to impose new sanctions.")
    assert rows(got) == [("Ukraine", "the EU and the U.S. to impose new sanctions")]


def test_and_had_continues_the_reported_clause() -> None:
    got = build("Marchuk said Kyiv had proposed a summit in the autumn and had pressed for a "
                "truce.")
    assert [(d.text, d.cue) for d in got] == [("a summit in the autumn", "propose"),
                                             ("a truce", "push for")]


def test_a_quoted_we_and_he_said_continue_the_last_speaker() -> None:
    got = build("Olena Marchuk met Pavel Orlov on Monday.", '"We propose a summit," she said.')
    assert rows(got) == [("Ukraine", "a summit")]
    got = build("Marchuk spoke after the session.", '"We proposed a summit before the autumn.')
    assert rows(got) == [("Ukraine", "a summit before the autumn")]
    assert got[0].by == key("Olena Marchuk")


def test_a_duty_of_both_sides_opens_with_both() -> None:
    got = build("Jim Carver says Russia and Ukraine must settle it themselves.")
    assert rows(got) == [("United States", "Russia and Ukraine must settle it themselves")]
    assert build("Orlov says Russia and Ukraine must settle it themselves.") == []


# --- new cues -------------------------------------------------------------------------------


def test_raised_needs_negotiated_content() -> None:
    got = build("Marchuk added that Ukraine had raised a complete truce and a summit of the "
                "two leaders.")
    assert rows(got) == [("Ukraine", "a complete truce"),
                         ("Ukraine", "a summit of the two leaders")]
    assert build("Ukraine raised the death toll to 15.") == []
    assert build("Orlov raised concerns about a truce.") == []
    assert build("Orlov raised the issue of arms deliveries.") == []


def test_put_forward_with_a_colon_list_split_on_semicolons() -> None:
    got = build("The Russian side put forward a plan of two points: a halt to shelling on the "
                "coast; and a swap of detainees held since 2023.")
    assert rows(got) == [("Russia", "a halt to shelling on the coast"),
                         ("Russia", "a swap of detainees held since 2023")]


def test_want_with_a_serial_list_object() -> None:
    got = build("Moscow wants recognition of Crimea and the four regions as Russian, a neutral "
                "Ukraine, caps on its army and an end to sanctions.")
    assert rows(got) == [
        ("Russia", "recognition of Crimea and the four regions as Russian"),
        ("Russia", "a neutral Ukraine"),
        ("Russia", "caps on its army"),
        ("Russia", "an end to sanctions"),
    ]
    assert build("What Kyiv wants is a truce.") == []


def test_plural_demands_with_a_subjunctive_that_clause() -> None:
    got = build("The Kremlin repeated its demands that Ukraine drop its NATO bid and that it "
                "shrink its army.")
    assert rows(got) == [("Russia", "Ukraine drop its NATO bid"), ("Russia", "it shrink its army")]
    assert build("The demands that Moscow made to end the war have not changed.") == []


def test_relative_clause_demands_its_antecedent() -> None:
    got = build("Orlov rejected the 30-day truce that Kyiv and its allies have demanded.")
    assert [(d.party, d.text, d.cue) for d in got] == [("Ukraine", "the 30-day truce", "demanded")]
    got = build("Marchuk said Kyiv handed over a list of 200 children that Kyiv wants returned.")
    assert rows(got) == [("Ukraine", "200 children that Kyiv wants returned")]
    assert build("Marchuk said afterwards that Moscow had proposed nothing.") == []


def test_impersonal_duties_voiced_by_a_speaker() -> None:
    got = build('"There must be a full exchange of prisoners," Marchuk said.')
    assert rows(got) == [("Ukraine", "a full exchange of prisoners")]
    got = build("Marchuk spoke on Monday.", '"The swap must be completed without delay," she said.')
    assert rows(got) == [("Ukraine", "The swap must be completed without delay")]
    assert got[0].by == key("Olena Marchuk")
    assert build('"No progress should be expected," Orlov said.') == []
    assert build("The swap must be completed without delay.") == []


def test_ready_for_suggest_and_challenge() -> None:
    got = build("Marchuk said Ukraine was ready for a complete truce and for talks at any level.")
    assert rows(got) == [("Ukraine", "a complete truce"), ("Ukraine", "talks at any level")]
    assert build("Marchuk said Ukraine was ready for a long winter.") == []
    got = build("Jim Carver suggested Turkey could host the next round.")
    assert rows(got) == [("United States", "Turkey could host the next round")]
    assert build("Jim Carver suggested that Moscow was stalling.") == []
    got = build("Moscow suggested a pause in strikes on power plants.")
    assert rows(got) == [("Russia", "a pause in strikes on power plants")]
    got = build("Olena Marchuk challenged Pavel Orlov to meet her in Geneva.")
    assert rows(got) == [("Ukraine", "Pavel Orlov to meet her in Geneva")]
    assert build("Kyiv challenged the ruling to ban the party.") == []


# --- content shape ----------------------------------------------------------------------------


def test_dash_aside_and_repeated_infinitive() -> None:
    got = build("Pavel Orlov said Moscow proposed to open two corridors – in the north and in the "
                "south – and to free 100 detainees to ease tension with the wounded and the sick.")
    assert rows(got) == [
        ("Russia", "open two corridors"),
        ("Russia", "free 100 detainees to ease tension with the wounded and the sick"),
    ]


def test_inline_quote_and_contrast_stay_inside_or_end_the_item() -> None:
    got = build('Kyiv wants an exchange on an "all for all" basis.')
    assert rows(got) == [("Ukraine", 'an exchange on an "all for all" basis')]
    got = build("Kyiv wants security guarantees, not promises.")
    assert rows(got) == [("Ukraine", "security guarantees")]


# --- what is not a demand -----------------------------------------------------------------


def test_forecasts_beliefs_waits_and_summaries_are_not_demands() -> None:
    assert build("Orlov said a summit could only take place once the delegations had agreed "
                 "a text.") == []
    assert build('"They want us to believe they are serious," Marchuk said.') == []
    assert build("Orlov said Moscow wanted to understand the offer.") == []
    assert build("Marchuk said Moscow only wants to drag out the war.") == []
    assert build("Putin wants war, Marchuk said.") == []
    # an awaited proposal is not Kyiv's: the waiting side asks for it (see the waiting test)
    assert rows(build("Orlov said Moscow was waiting for Kyiv to propose a venue.")) == [
        ("Russia", "Kyiv to propose a venue")]
    assert build("Moscow proposes two options for a truce.") == []
    assert build("Russia has been offered a truce many times.") == []
    assert build("Moscow's memorandum lays out a list of demands that Kyiv has called an "
                 "ultimatum.") == []
    got = build("Moscow would only sign once Kyiv withdraws from two regions and the sides "
                "meet again.")
    assert rows(got) == [("Russia", "Kyiv withdraws from two regions")]


def test_as_long_as_it_takes_and_a_gerund_aside_end_nothing() -> None:
    assert build("Moscow was prepared to fight for as long as it takes, recalling that the war "
                 "began long ago.") == []


def test_a_colon_opens_a_list_only_after_a_list_word() -> None:
    got = build("Moscow demanded the following: a freeze on arms deliveries; new elections in "
                "Ukraine; and neutrality.")
    assert rows(got) == [("Russia", "a freeze on arms deliveries"),
                         ("Russia", "new elections in Ukraine"), ("Russia", "neutrality")]
    assert rows(build("Kyiv demanded a truce: Moscow refused.")) == [("Ukraine", "a truce")]


# --- who owns a document ----------------------------------------------------------------------


def test_a_nationality_or_an_author_owns_a_document_and_a_recipient_never_does() -> None:
    got = build("The Russian memorandum calls for a freeze on arms deliveries.")
    assert rows(got) == [("Russia", "a freeze on arms deliveries")]
    got = build("The plan on a future settlement, which the Ukrainian side handed over to "
                "Moscow, calls for an exchange of all detainees.")
    assert rows(got) == [("Ukraine", "an exchange of all detainees")]
    got = build("Moscow handed Kyiv its memorandum, which demands new elections.")
    assert rows(got) == [("Russia", "new elections")]
    got = build("Kyiv's road map, handed over to the Russian side, calls for a full truce.")
    assert rows(got) == [("Ukraine", "a full truce")]


def test_an_option_list_belongs_to_the_party_that_handed_over_the_document() -> None:
    got = build(
        "The memorandum on a settlement, which the Russian side handed to the Ukrainian side "
        "on Monday, offers Kyiv two options.",
        "The text was published on Tuesday.",
        "The second option includes the following conditions:",
        "1. an end to mobilisation;",
        "2. a halt to arms deliveries.",
    )
    assert [(d.sentence, d.party, d.text) for d in got] == [
        (3, "Russia", "an end to mobilisation"), (4, "Russia", "a halt to arms deliveries")]


def test_under_the_first_option_speaks_for_the_document_owner() -> None:
    got = build("Moscow has published its draft.",
                "Under the first option, a truce would start after the withdrawal of Ukrainian "
                "units from the Donetsk and Luhansk regions and the Kherson region.")
    assert rows(got) == [("Russia", "a truce would start after the withdrawal of Ukrainian "
                                    "units from the Donetsk and Luhansk regions and the Kherson "
                                    "region")]


def test_a_bloc_institution_demands_for_the_bloc() -> None:
    got = build("The European Commission has proposed a cap on the price of Russian gas.")
    assert rows(got) == [("European Union", "a cap on the price of Russian gas")]


# --- calls, needs, refusals and pressure --------------------------------------------------


def test_called_for_keeps_victims_together_and_a_third_item() -> None:
    got = build("Kyiv's plan calls for a month-long truce, the release of all detainees and "
                "abducted children, and talks between the two leaders.")
    assert rows(got) == [("Ukraine", "a month-long truce"),
                         ("Ukraine", "the release of all detainees and abducted children"),
                         ("Ukraine", "talks between the two leaders")]
    got = build("Marchuk met Carver on Monday.",
                "He said Ukraine had asked for a summit of the two leaders.")
    assert rows(got) == [("Ukraine", "a summit of the two leaders")]


def test_ruling_out_keeps_the_verb() -> None:
    got = build("Kyiv wants a truce.",
                "Its plan also rules out any cap on the army and any recognition of seized land.")
    assert rows(got)[1:] == [("Ukraine", "rules out any cap on the army"),
                             ("Ukraine", "rules out any recognition of seized land")]
    assert build("Orlov did not rule out a summit.") == []


def test_a_need_is_a_demand_only_with_a_party_as_its_subject() -> None:
    got = build('"We need a full truce first," Marchuk said.')
    assert rows(got) == [("Ukraine", "a full truce first")]
    assert got[0].by == key("Olena Marchuk")
    assert build("The measures still need the approval of all members.") == []
    assert build("Orlov said Moscow needed time to study the text.") == []


def test_calls_for_pressure_on_the_other_side() -> None:
    got = build('"Each strike is reason enough for tougher sanctions on Russia," Marchuk said.')
    assert rows(got) == [("Ukraine", "tougher sanctions on Russia")]
    assert build("The EU adopted new sanctions against Russia.") == []
    assert build('"Only tougher sanctions on Russia would please Kyiv," Orlov said.') == []


def test_a_quote_over_two_sentences_takes_the_speaker_named_after_it() -> None:
    got = build('"Every attack is a reason for new sanctions against Russia.',
                'We will not give up," Marchuk said.', one_paragraph=True)
    assert rows(got) == [("Ukraine", "new sanctions against Russia")]
    assert got[0].by == key("Olena Marchuk")


# --- duties voiced for others -----------------------------------------------------------------


def test_duties_of_pronouns_plain_subjects_and_should() -> None:
    got = build('"Orlov keeps stalling, and he must be pushed to talk," Marchuk said.')
    assert rows(got) == [("Ukraine", "he must be pushed to talk")]
    got = build('"The whole world must act now," Marchuk said.')
    assert rows(got) == [("Ukraine", "The whole world must act now")]
    got = build("Carver said Kyiv should not strike Russian refineries.")
    assert rows(got) == [("United States", "Kyiv should not strike Russian refineries")]
    got = build("Marchuk said Moscow must understand: the return of our children is not "
                "negotiable.")
    assert rows(got) == [("Ukraine", "the return of our children is not negotiable")]
    assert build("Orlov said no one should expect quick results.") == []
    assert build('"We should not expect miracles," Orlov said.') == []
    assert build("Orlov said Russia's goals must be achieved.") == []


def test_the_next_step_closing_a_quote_is_the_speakers_demand() -> None:
    got = build('"We agreed on a swap," Marchuk said.', '"It is a start.',
                'The next step should be a summit of the leaders."', one_paragraph=True)
    assert rows(got) == [("Ukraine", "The next step should be a summit of the leaders")]


# --- threats, deadlines, aims and expectations -------------------------------------------


def test_a_threat_demands_what_its_condition_lacks() -> None:
    got = build("Carver threatened Moscow with sanctions if Orlov does not agree to a truce "
                "within a month.")
    assert [(d.party, d.text, d.cue) for d in got] == [
        ("United States", "agree to a truce within a month", "threat ... if not")]
    assert build("Moscow will fight on if Kyiv does not talk, Orlov said.") == []


def test_a_deadline_names_what_must_happen_by_then() -> None:
    got = build("Carver gave Moscow ten days to accept a truce.")
    assert rows(got) == [("United States", "ten days to accept a truce")]
    assert build("The lull gave Moscow two weeks to advance.") == []


def test_a_stated_aim_is_its_owners_demand() -> None:
    got = build('"Our main goal is a full exchange of prisoners," Marchuk said.')
    assert rows(got) == [("Ukraine", "a full exchange of prisoners")]
    got = build("Marchuk said Kyiv's priority was to reach a truce before the winter.")
    assert rows(got) == [("Ukraine", "reach a truce before the winter")]
    assert build("Marchuk said Moscow's aim was to destroy the country.") == []


def test_waiting_for_or_expecting_another_side_to_act() -> None:
    got = build("Orlov said Moscow was waiting for Kyiv to name a date for the talks.")
    assert rows(got) == [("Russia", "Kyiv to name a date for the talks")]
    got = build("Orlov said Moscow expects Washington to rein in Kyiv.")
    assert rows(got) == [("Russia", "Washington to rein in Kyiv")]
    assert build("Marchuk said she expected the talks to be hard.") == []
    assert build("The Kremlin is waiting for Kyiv's proposals on a new round.") == []


# --- what is still not a demand -------------------------------------------------------------


def test_truncated_or_empty_contents_and_summaries_are_dropped() -> None:
    got = build("Moscow rejected the 30-day truce that Carver has been urging both sides to "
                "accept.")
    assert [(d.party, d.text, d.cue) for d in got] == [
        ("United States", "the 30-day truce", "urging")]
    assert build("Moscow offers Kyiv two options for a truce.") == []
    assert build("Russia's memorandum offers Kyiv a choice between two options.") == []
    assert build("There was no sign that Moscow was ready for a truce.") == []
    assert build("Russian and Ukrainian envoys traded proposals for a truce.") == []


def test_an_unfinished_intro_is_read_into_each_list_item() -> None:
    got = build("In its memorandum, Moscow demands that Ukraine:", "- leave four regions;",
                "- end mobilisation.")
    assert rows(got) == [("Russia", "Ukraine leave four regions"),
                         ("Russia", "Ukraine end mobilisation")]
    got = build("Marchuk urged partners to:", "- cut oil imports from Russia;",
                "- send more air defence.")
    assert rows(got) == [("Ukraine", "partners to cut oil imports from Russia"),
                         ("Ukraine", "partners to send more air defence")]
    assert {d.by for d in got} == {key("Olena Marchuk")}


def test_a_possessed_list_of_points_is_its_owners() -> None:
    got = build("Kyiv sent its plan to Ankara.", "Its key points include:", "- a truce at sea;",
                "- a swap of all detainees.")
    assert rows(got) == [("Ukraine", "a truce at sea"), ("Ukraine", "a swap of all detainees")]


def test_a_quoted_phrase_closing_an_item_keeps_its_marks() -> None:
    got = build('Kyiv is ready for a full truce "from any moment," and for a summit of leaders.')
    assert rows(got) == [("Ukraine", 'a full truce "from any moment"'),
                         ("Ukraine", "a summit of leaders")]


# --- list intros, red lines and purposes --------------------------------------------------------


def test_a_wanting_verb_ending_in_a_colon_opens_a_bulleted_list() -> None:
    got = build("Officials in Moscow say Russia wants:", "- Kyiv to pull back from two regions;",
                "- the recognition of Crimea and these districts as Russian;",
                "- an end to arms deliveries.")
    assert rows(got) == [("Russia", "Kyiv to pull back from two regions"),
                         ("Russia", "the recognition of Crimea and these districts as Russian"),
                         ("Russia", "an end to arms deliveries")]


def test_a_noun_owned_by_the_subject_of_a_contact_clause_opens_a_list() -> None:
    got = build("Among the terms Moscow sets for a truce:", "1. Ukraine freezes recruitment.",
                "2. Kyiv gives up its air force.")
    assert rows(got) == [("Russia", "Ukraine freezes recruitment"),
                         ("Russia", "Kyiv gives up its air force")]


def test_accept_only_and_its_only_if_condition() -> None:
    got = build("Orlov said Moscow would accept only a treaty that settles the border question.")
    assert [(d.party, d.text, d.cue) for d in got] == [
        ("Russia", "a treaty that settles the border question", "accept only")]
    got = build("Moscow would accept only a truce if Kyiv halts recruitment.")
    assert [(d.party, d.text, d.cue) for d in got] == [
        ("Russia", "Kyiv halts recruitment", "only ... if")]


def test_a_modal_duty_with_a_plain_subject() -> None:
    got = build("Orlov said any agreement would have to settle the status of the border.")
    assert rows(got) == [("Russia", "any agreement would have to settle the status of the border")]


def test_an_alternative_after_or_with_a_pronoun_subject() -> None:
    got = build("According to Orlov, Moscow's paper offers Kyiv two paths to a truce: Ukraine "
                "leaves the south, or it stops recruiting and closes its airfields.")
    assert rows(got) == [("Russia", "Ukraine leaves the south"), ("Russia", "it stops recruiting"),
                         ("Russia", "Ukraine closes its airfields")]


def test_objects_of_a_purpose_infinitive_stay_in_one_item() -> None:
    got = build("Orlov said Moscow had proposed pauses of 12 hours on the front to let medics "
                "reach the wounded and drivers to collect the dead.")
    assert rows(got) == [("Russia", "pauses of 12 hours on the front to let medics reach the "
                                    "wounded and drivers to collect the dead")]


def test_a_quoted_they_is_the_other_side_and_their_wishes_are_accusations() -> None:
    got = build("Marchuk spoke after Moscow walked out of the talks.",
                '"They offered us a pause to bury the dead, not an end to the war," she said.')
    assert rows(got) == [("Russia", "a pause to bury the dead")]
    assert got[0].by is None
    assert build("Marchuk spoke after Moscow walked out of the talks.",
                 '"They want a break so they can rearm," she said.') == []


def test_a_reading_of_intent_and_a_bare_peace_are_not_demands() -> None:
    assert build("Observers say the new envoy signals that Moscow wants to restart old talks.") \
        == []
    assert build("Marchuk said Kyiv came to Geneva to seek a just and lasting peace.") == []
    got = build("Orlov said Moscow wanted a durable peace rather than a truce, and the only "
                "result was a swap of 300 detainees.")
    assert rows(got) == [("Russia", "a durable peace rather than a truce")]
    got = build("Moscow will sign only if Kyiv recalls its troops and the swap is completed.")
    assert rows(got) == [("Russia", "Kyiv recalls its troops"), ("Russia", "the swap is completed")]


def test_a_relative_clause_in_the_progressive_and_an_aside_before_on() -> None:
    got = build("Moscow again ignored the sea truce that the EU and Kyiv have been demanding "
                "since March.")
    assert rows(got) == [("European Union", "the sea truce"), ("Ukraine", "the sea truce")]
    got = build("Marchuk proposed a new round and insisted, once more, on a full truce.")
    assert rows(got) == [("Ukraine", "a new round"), ("Ukraine", "a full truce")]


def test_only_to_sign_is_the_speakers_condition_for_a_summit() -> None:
    got = build("Orlov said a summit of Marchuk and Carver could only take place to sign a "
                "treaty, not to start the talks.")
    assert [(d.party, d.text, d.cue) for d in got] == [("Russia", "sign a treaty", "only to")]
    got = build('Orlov said a summit makes sense only "to seal a treaty."')
    assert rows(got) == [("Russia", "seal a treaty")]


def test_in_particular_splits_off_a_more_specific_demand() -> None:
    got = build("Marchuk urged allies to squeeze Moscow harder, in particular to sanction its "
                "grain exports.")
    assert rows(got) == [("Ukraine", "allies to squeeze Moscow harder"),
                         ("Ukraine", "sanction its grain exports")]
    got = build("Kyiv wants a truce, especially in the east.")
    assert rows(got) == [("Ukraine", "a truce, especially in the east")]


def test_the_threatened_side_does_not_demand_the_condition() -> None:
    got = build("Carver said Russia would face new tariffs unless a truce was signed within a "
                "month.")
    assert [(d.party, d.text, d.cue) for d in got] == [
        ("United States", "a truce was signed within a month", "unless")]


def test_a_mediator_ready_to_host_offers_a_meeting() -> None:
    got = build("Carver said Turkey was ready to host a meeting of Marchuk and Orlov.")
    assert [(d.party, d.text, d.cue) for d in got] == [
        ("Turkey", "host a meeting of Marchuk and Orlov", "ready to")]
    assert build("Carver said talks would start soon, adding that Turkey was ready to host "
                 "them.") == []


def test_a_red_line_keeps_its_modal_and_verb() -> None:
    got = build("Marchuk said Ukraine would never accept a cap on its navy.")
    assert [(d.party, d.text, d.cue) for d in got] == [
        ("Ukraine", "would never accept a cap on its navy", "refuse")]
    got = build("Kyiv will not withdraw its units from the city.")
    assert rows(got) == [("Ukraine", "will not withdraw its units from the city")]
    assert build("Orlov said Ukraine would never accept the loss of its ports.") == []


def test_refuses_joins_the_conditions_and_a_quoted_infinitive_is_offered() -> None:
    got = build("Orlov said a deal is possible only if Ukraine drops its claims and refuses "
                "foreign troops.")
    assert rows(got) == [("Russia", "Ukraine drops its claims"),
                         ("Russia", "Ukraine refuses foreign troops")]
    got = build('Orlov said Moscow had offered "to halt strikes for a day" near the plant.')
    assert rows(got) == [("Russia", "halt strikes for a day")]


def test_of_a_place_and_a_definite_noun_phrase_is_one_item() -> None:
    got = build("Moscow demands the recognition of Crimea and the other regions as Russian.")
    assert rows(got) == [("Russia", "the recognition of Crimea and the other regions as Russian")]
    got = build("Kyiv demands the return of Crimea and a full truce.")
    assert rows(got) == [("Ukraine", "the return of Crimea"), ("Ukraine", "a full truce")]


def test_the_only_way_names_what_the_speaker_wants() -> None:
    got = build("Marchuk said a summit with Orlov remained the only way to end the war.")
    assert [(d.party, d.text, d.cue) for d in got] == [
        ("Ukraine", "a summit with Orlov", "only way")]
    assert build("Marchuk said this was the only way forward.") == []
