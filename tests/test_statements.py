"""Quotes and reported speech with their speakers, on hand-written paragraphs."""

from __future__ import annotations

from datetime import date

from store.extract import extract
from store.records import ArticleRecords

BASE = " date 2025-06-02 "


def _said(text: str) -> list[tuple[str, str | None, str]]:
    rec: ArticleRecords = extract(BASE + text)
    return [(s.kind, rec.actors[s.speaker].name if s.speaker is not None else None, s.text)
            for s in rec.statements]


def test_quote_then_speaker_then_verb() -> None:
    found = _said('"We will not give up a single village," Defence Minister Olena Kravets said.')
    assert found == [("quote", "Olena Kravets", "We will not give up a single village")]


def test_quote_then_verb_then_speaker() -> None:
    found = _said("“The door remains open for serious talks,” said Anton Verbitsky, "
                  "a Russian deputy foreign minister.")
    assert found[0][:2] == ("quote", "Anton Verbitsky")


def test_speaker_colon_quote() -> None:
    found = _said("Prime Minister Denys Shmyhal wrote: “Every prisoner must come home.”")
    assert found == [("quote", "Denys Shmyhal", "Every prisoner must come home")]


def test_he_added_points_back_to_the_last_speaker() -> None:
    found = _said("Kremlin spokesman Dmitry Peskov said the schedule was not final. "
                  '"We are not in a hurry at all," he added.')
    assert ("quote", "Dmitry Peskov", "We are not in a hurry at all") in found


def test_he_points_to_the_subject_not_the_apposition() -> None:
    found = _said("Vladimir Medinsky, an aide to President Vladimir Putin, spoke first. "
                  '"Our position has not changed since the spring," he said.')
    assert found[-1][:2] == ("quote", "Vladimir Medinsky")


def test_scare_quotes_are_not_statements() -> None:
    assert _said('Russia calls it a "special operation" in its documents.') == []


def test_quote_spanning_two_sentences_is_one_statement() -> None:
    found = _said('"We came here to work. We will stay as long as needed," Rustem Umerov '
                  "told reporters.")
    assert found == [("quote", "Rustem Umerov",
                      "We came here to work. We will stay as long as needed")]


def test_reported_with_that_and_date() -> None:
    rec = extract(BASE + "Foreign Minister Andrii Sybiha said on Sunday that Kyiv was ready "
                  "for a full exchange of prisoners.")
    (st,) = rec.statements
    assert st.kind == "reported"
    assert rec.actors[st.speaker].name == "Andrii Sybiha"
    assert st.text == "Kyiv was ready for a full exchange of prisoners"
    assert st.date == date(2025, 6, 1)


def test_according_to_at_the_start() -> None:
    found = _said("According to Ukraine's ombudsman Dmytro Lubinets, the next swap will "
                  "include wounded soldiers.")
    assert found == [("reported", "Dmytro Lubinets",
                      "the next swap will include wounded soldiers")]


def test_according_to_without_a_named_source_is_skipped() -> None:
    found = _said("According to the draft, the ceasefire would last 30 days and cover "
                  "energy sites, Putin and Trump agreed.")
    assert all(s[1] != "Vladimir Putin" or s[0] != "reported" or "draft" not in s[2]
               for s in found)
    assert not any(s[2].startswith("the ceasefire would last") for s in found)


def test_clause_then_speaker_said() -> None:
    found = _said("The next round could take place in Geneva, Yury Ushakov told reporters.")
    assert found == [("reported", "Yury Ushakov", "The next round could take place in Geneva")]


def test_citing_names_the_real_source() -> None:
    found = _said("The delegation landed in the morning, Interfax reported, citing "
                  "deputy minister Mikhail Galuzin.")
    assert found == [("reported", "Mikhail Galuzin", "The delegation landed in the morning")]


def test_told_strips_the_audience() -> None:
    found = _said("Steve Witkoff told Fox News that both sides wanted a deal before summer.")
    assert found == [("reported", "Steve Witkoff", "both sides wanted a deal before summer")]


def test_abbreviation_final_dot_is_kept() -> None:
    found = _said("Zelensky said that Russia had sent nothing to Turkey or the U.S.")
    assert found[0][2].endswith("the U.S.")


def test_adding_that_continues_the_speaker() -> None:
    found = _said('"We are ready," Rustem Umerov said, adding that Kyiv had sent its list of '
                  "prisoners on Sunday.")
    assert ("reported", "Rustem Umerov", "Kyiv had sent its list of prisoners on Sunday") in found


def test_two_speakers_in_one_sentence() -> None:
    found = _said("Sergei Lavrov said Moscow wanted guarantees, while his deputy, Sergei "
                  "Ryabkov, said any deadline was unacceptable.")
    assert ("reported", "Sergei Lavrov", "Moscow wanted guarantees") in found
    assert ("reported", "Sergei Ryabkov", "any deadline was unacceptable") in found


def test_parenthetical_he_said() -> None:
    found = _said("Kremlin spokesman Dmitry Peskov spoke briefly. The settlement, he said, "
                  "was extremely complex.")
    assert ("reported", "Dmitry Peskov", "The settlement was extremely complex") in found


def test_role_noun_with_demonym_picks_the_right_president() -> None:
    found = _said("President Volodymyr Zelensky met President Vladimir Putin's envoy. "
                  '"We will not give up our land," the Ukrainian president said.')
    assert ("quote", "Volodymyr Zelensky", "We will not give up our land") in found


def test_said_followed_by_a_place_is_no_clause() -> None:
    found = _said('"The door is open," Rustem Umerov said after the session in Istanbul.')
    assert found == [("quote", "Rustem Umerov", "The door is open")]


def test_a_short_quoted_phrase_inside_reported_speech_stays_in_the_report() -> None:
    found = _said('Vladimir Medinsky said Moscow was "satisfied with the result" and ready '
                  "to continue.")
    assert found == [("reported", "Vladimir Medinsky",
                      'Moscow was "satisfied with the result" and ready to continue')]


def test_a_long_quoted_stretch_inside_reported_speech_is_a_quote() -> None:
    found = _said('The envoy Olga Stefanishyna told senators that Moscow was "still buying '
                  'time and still testing our patience".')
    assert found == [("quote", "Olga Stefanishyna",
                      "still buying time and still testing our patience")]


def test_reported_speech_around_a_long_quote_keeps_both_when_the_report_says_more() -> None:
    found = _said("Foreign Minister Ivan Petrenko said that Ukraine would send a smaller team, "
                  'would insist on a prisoner exchange first and was "not going to Geneva for '
                  'a photo opportunity".')
    assert [k for k, _, _ in found] == ["reported", "quote"]
    assert found[1][1:] == ("Ivan Petrenko", "not going to Geneva for a photo opportunity")


def test_speaker_with_a_relative_clause_naming_someone_else() -> None:
    found = _said("Rustem Umerov, who led a delegation that included Serhiy Kyslytsya, the "
                  "first deputy foreign minister, said the sides had agreed on a new exchange.")
    assert found == [("reported", "Rustem Umerov", "the sides had agreed on a new exchange")]


def test_a_description_then_the_name_in_apposition() -> None:
    found = _said("The head of the Russian delegation, presidential aide Vladimir Medinsky, told "
                  "reporters that Moscow had proposed a short truce.")
    assert found == [("reported", "Vladimir Medinsky", "Moscow had proposed a short truce")]


def test_he_after_reported_speech_is_the_reporter_not_the_people_he_named() -> None:
    found = _said("Umerov said the talks were over. He added that Kyiv had proposed a meeting "
                  "between Volodymyr Zelensky and Vladimir Putin. \"We also raised the return of "
                  "the children,\" he said.")
    assert ("quote", "Umerov", "We also raised the return of the children") in found


def test_clause_then_organisation_said_with_a_date_and_a_participle() -> None:
    found = _said("Russia fired 120 drones and four missiles at Ukraine overnight, the Ukrainian "
                  "Air Force said on Monday, calling it a record for the month.")
    assert found == [("reported", "Ukrainian Air Force",
                      "Russia fired 120 drones and four missiles at Ukraine overnight")]


def test_the_first_that_after_the_verb_starts_the_clause() -> None:
    found = _said("The Ukrainian Air Force said on Friday that Russia had launched 90 drones "
                  "overnight and that 60 of them were shot down.")
    assert found == [("reported", "Ukrainian Air Force",
                      "Russia had launched 90 drones overnight and that 60 of them were shot down")]


def test_accused_of_and_a_second_speaker_after_and() -> None:
    found = _said("In a statement, the Russian side said it had delivered the trucks to the "
                  "border, and Moscow accused Kyiv of stalling the whole exchange.")
    assert found == [("reported", "Russia", "it had delivered the trucks to the border"),
                     ("reported", "Russia", "Kyiv of stalling the whole exchange")]


def test_urged_someone_to_with_a_pronoun_speaker() -> None:
    found = _said("President Volodymyr Zelensky spoke in Rome. He urged the European Union to "
                  "tighten sanctions if Moscow kept stalling.")
    assert found == [("reported", "Volodymyr Zelensky",
                      "the European Union to tighten sanctions if Moscow kept stalling")]


def test_a_reported_clause_goes_on_after_but() -> None:
    found = _said("According to Andrii Sybiha, Kyiv was ready to talk, but Moscow had tried to "
                  "drag the process out.")
    assert found == [("reported", "Andrii Sybiha",
                      "Kyiv was ready to talk, but Moscow had tried to drag the process out")]


def test_told_reporters_aboard_with_himself_and_a_quote_in_the_report() -> None:
    found = _said("Donald Trump himself told reporters aboard his plane on Friday that he would "
                  'call Vladimir Putin "as soon as the lines are open again."')
    assert found == [("quote", "Donald Trump", "as soon as the lines are open again")]


def test_the_ombudsman_wrote_after_a_quote_spanning_sentences() -> None:
    found = _said("Dmytro Lubinets, the human rights ombudsman, said the swap had been delayed. "
                  '"Russia keeps inventing new obstacles for us. We will not accept this," the '
                  "ombudsman wrote, adding that Kyiv insists on an all-for-all exchange.")
    assert found == [
        ("reported", "Dmytro Lubinets", "the swap had been delayed"),
        ("quote", "Dmytro Lubinets",
         "Russia keeps inventing new obstacles for us. We will not accept this"),
        ("reported", "Dmytro Lubinets", "Kyiv insists on an all-for-all exchange")]


def test_he_after_a_date_points_to_the_person_named_since_the_last_speaker() -> None:
    found = _said("Kremlin spokesman Dmitry Peskov said the talks were useful. Another Russian "
                  "official, Dmitry Medvedev, took a harsher line. On July 15 he wrote that the "
                  "deadline was a theatrical ultimatum.")
    assert ("reported", "Dmitry Medvedev", "the deadline was a theatrical ultimatum") in found


def test_and_said_and_but_cautioned_carry_on_the_subject() -> None:
    found = _said("Marco Rubio met Sergei Lavrov in Kuala Lumpur on July 10 and said afterward "
                  "that Moscow had offered a new approach, but cautioned that it was not a path "
                  "to peace.")
    assert found == [("reported", "Marco Rubio", "Moscow had offered a new approach"),
                     ("reported", "Marco Rubio", "it was not a path to peace")]


def test_saying_without_that_after_another_verb() -> None:
    found = _said("Volodymyr Zelensky also met Keith Kellogg in Kyiv on Monday, saying they "
                  "discussed air defence and sanctions.")
    assert found == [("reported", "Volodymyr Zelensky",
                      "they discussed air defence and sanctions")]


def test_the_ministry_points_back_to_the_ministry_named_before() -> None:
    found = _said("Russia's Defence Ministry reported heavy fighting. The ministry said the "
                  "exchanged soldiers were all under 30. Overnight, the ministry said, air "
                  "defences downed 40 Ukrainian drones.")
    assert found == [
        ("reported", "Russian Defense Ministry", "the exchanged soldiers were all under 30"),
        ("reported", "Russian Defense Ministry",
         "Overnight air defences downed 40 Ukrainian drones")]


def test_a_source_close_to_a_delegation_is_not_the_delegation() -> None:
    assert _said("A source close to the Russian delegation told reporters that Moscow saw no "
                 "reason to hurry.") == []


def test_the_one_told_after_a_quote_is_the_audience() -> None:
    found = _said('"The whole street was shaking. Nobody slept at all that night," Olena Kravets '
                  'said. "And they say they want peace with us?" she told AFP.')
    assert found[-1] == ("quote", "Olena Kravets", "And they say they want peace with us?")


def test_speaker_with_an_apposition_after_the_quote() -> None:
    found = _said('"It would be wrong to expect quick decisions," Dmitry Peskov, the Kremlin\'s '
                  "spokesman, told reporters on Monday.")
    assert found == [("quote", "Dmitry Peskov", "It would be wrong to expect quick decisions")]


def test_a_quote_inside_a_report_belongs_to_the_reporting_speaker() -> None:
    found = _said("Volodymyr Zelensky, who spoke to Donald Trump before the Putin call, said "
                  'Kyiv was ready for talks "in any format that brings real results".')
    assert found == [("quote", "Volodymyr Zelensky", "in any format that brings real results")]


def test_according_to_after_a_lead_in() -> None:
    assert _said("As reported, according to Vladimir Medinsky, the Russian side proposed three "
                 "working groups.") == [
        ("reported", "Vladimir Medinsky", "the Russian side proposed three working groups")]
    assert _said("The night was loud: according to the Ukrainian Air Force, Russia launched 39 "
                 "drones at Ukraine.") == [
        ("reported", "Ukrainian Air Force", "Russia launched 39 drones at Ukraine")]


def test_clause_ending_in_a_short_quote_then_speaker() -> None:
    found = _said('The positions of the two sides remain "quite far apart," Vladimir Medinsky '
                  "admitted.")
    assert found == [("reported", "Vladimir Medinsky",
                      'The positions of the two sides remain "quite far apart')]


def test_a_list_after_a_colon_is_what_was_said() -> None:
    found = _said("Russian officials have repeatedly said that Moscow wants:\n\n- Ukraine to "
                  "leave four regions;\n\n- a ban on NATO membership.")
    assert len(found) == 1 and found[0][:2] == ("reported", "Russia")
    assert "Ukraine to leave four regions" in found[0][2]
    assert "a ban on NATO membership" in found[0][2]


def test_a_headline_role_points_to_the_person_named_below() -> None:
    found = _said("Talks resumed on Monday.\n\nKremlin negotiator says Moscow offered short "
                  "truces\n\nRussia's chief negotiator Vladimir Medinsky said Moscow had offered "
                  "truces of two or three days.")
    assert ("reported", "Vladimir Medinsky", "Moscow offered short truces") in found


def test_a_country_after_of_belongs_to_the_person_and_relative_clause_skipped() -> None:
    assert _said("Foreign Minister Hakan Fidan of Turkey, who hosted the session, said it was "
                 "encouraging that the sides had met again.") == [
        ("reported", "Hakan Fidan", "it was encouraging that the sides had met again")]
    assert _said("US Secretary of State Marco Rubio, who met Rustem Umerov, Hakan Fidan and the "
                 "chief of staff Andriy Yermak in Istanbul before the talks began, said on "
                 "Thursday that he did not expect a breakthrough.") == [
        ("reported", "Marco Rubio", "he did not expect a breakthrough")]


def test_date_before_the_verb_and_a_colon_clause() -> None:
    found = _said("Foreign Minister Andrii Sybiha on Tuesday repeated Kyiv's position: Ukraine "
                  "is ready for a full ceasefire of 30 days.")
    assert found == [("reported", "Andrii Sybiha",
                      "Ukraine is ready for a full ceasefire of 30 days")]


def test_described_as_and_a_clause_without_that() -> None:
    assert _said("The attack came a day after what the Russian Defence Ministry described as a "
                 "terrorist attack on five airfields.") == [
        ("reported", "Russian Defense Ministry", "a terrorist attack on five airfields")]
    assert _said("Russia's Defence Ministry claimed its troops had captured another village in "
                 "the east.") == [
        ("reported", "Russian Defense Ministry",
         "its troops had captured another village in the east")]
    assert _said("Russia's Defence Ministry confirmed the swap in a short video.") == []


def test_bracket_and_whose_clause_before_the_verb() -> None:
    found = _said("Sen. Lindsey Graham (R-S.C.), whose bill would allow tariffs of up to 500%, "
                  "said on Monday that Putin would make a big mistake.")
    assert found == [("reported", "Lindsey Graham", "Putin would make a big mistake")]


def test_pledged_to_continues_the_speaker() -> None:
    found = _said("Vladimir Medinsky said the talks were over, and pledged to hand over 6,000 "
                  "bodies of soldiers.")
    assert found == [("reported", "Vladimir Medinsky", "the talks were over"),
                     ("reported", "Vladimir Medinsky", "to hand over 6,000 bodies of soldiers")]


def test_no_cut_inside_a_quote_and_said_of_is_no_clause() -> None:
    found = _said('"He is very nice, but it turns out to be meaningless," Donald Trump said of '
                  "Vladimir Putin.")
    assert found == [("quote", "Donald Trump",
                      "He is very nice, but it turns out to be meaningless")]


def test_and_said_after_a_quote_is_no_inverted_speaker() -> None:
    found = _said('On Truth Social, Donald Trump called the conversation "excellent in tone and '
                  'spirit" and said Russia and Ukraine would start negotiations on a ceasefire.')
    assert found == [("quote", "Donald Trump", "excellent in tone and spirit"),
                     ("reported", "Donald Trump",
                      "Russia and Ukraine would start negotiations on a ceasefire")]


def test_a_name_in_apposition_to_a_role_speaks() -> None:
    found = _said("The US vice-president, JD Vance, said on Monday that Washington was realistic "
                  "about the talks.")
    assert found == [("reported", "JD Vance", "Washington was realistic about the talks")]


def test_the_publishing_agency_is_no_speaker() -> None:
    found = _said("Ukraine brought home 84 more soldiers on Thursday, Ukrinform reports.\n\nAs "
                  "Ukrinform reported, the previous swap took place in May.\n\nAs the Air Force "
                  "of the Armed Forces of Ukraine reported, the enemy attacked with 40 drones.")
    assert [s[0] for s in found] == ["reported"]
    assert found[0][2] == "the enemy attacked with 40 drones"


def test_a_quoting_verb_and_a_pronoun_just_before_the_quote() -> None:
    assert _said("The idea came from President Vladimir Putin in a late-night address, when he "
                 'proposed "direct negotiations without any preconditions" to the Ukrainians.') \
        == [("quote", "Vladimir Putin", "direct negotiations without any preconditions")]
    found = _said("Volodymyr Zelensky, who flew to Ankara to meet President Recep Tayyip Erdogan, "
                  'dismissed the Russian team as "nothing more than a theatre prop" and said he '
                  "would send his defence minister.")
    assert found == [("quote", "Volodymyr Zelensky", "nothing more than a theatre prop"),
                     ("reported", "Volodymyr Zelensky", "he would send his defence minister")]


def test_he_after_an_opening_phrase_naming_its_subject() -> None:
    assert _said("Donald Trump spoke first. When Volodymyr Zelensky landed in Rome, he said the "
                 "talks were a waste of time.") == [
        ("reported", "Volodymyr Zelensky", "the talks were a waste of time")]
    assert _said("Donald Trump spoke first. After meeting Volodymyr Zelensky, he said the sides "
                 "were close.") == [("reported", "Donald Trump", "the sides were close")]


def test_a_continued_statement_keeps_the_day_it_was_said() -> None:
    rec = extract(" date 2025-06-04 Vladimir Medinsky said on Monday that the talks were over, "
                  "adding that Moscow would hand over 6,000 bodies.")
    assert [(s.text, s.date) for s in rec.statements] == [
        ("the talks were over", date(2025, 6, 2)),
        ("Moscow would hand over 6,000 bodies", date(2025, 6, 2))]


def test_threatened_with_and_a_base_verb_after_and_is_no_new_attribution() -> None:
    assert _said("Donald Trump threatened Russia with heavy tariffs if Vladimir Putin refused a "
                 "truce.") == [("reported", "Donald Trump",
                                "Russia with heavy tariffs if Vladimir Putin refused a truce")]
    assert _said("Hakan Fidan said the sides would swap prisoners and continue talks next "
                 "week.") == [("reported", "Hakan Fidan",
                               "the sides would swap prisoners and continue talks next week")]


def test_a_listed_clause_before_its_attribution_keeps_exact_offsets() -> None:
    # the clause is trimmed of its list dash; its offsets must skip the dash too
    rec = extract(BASE + "- Russian forces launched 273 drones at the city overnight, "
                  "Ukraine's air force said.")
    [st] = rec.statements
    assert st.text == "Russian forces launched 273 drones at the city overnight"
    assert rec.article.body[st.start:st.end] == st.text


def test_a_clause_stitched_around_an_aside_spans_it_from_first_to_last_word() -> None:
    rec = extract(BASE + "Kremlin aide Yuri Ushakov met the envoys on Monday. The settlement, "
                  "he said, was extremely complex and involved many nuances.")
    [st] = [s for s in rec.statements if s.text.startswith("The settlement")]
    assert st.text == "The settlement was extremely complex and involved many nuances"
    assert rec.article.body[st.start:st.end] == (
        "The settlement, he said, was extremely complex and involved many nuances")


def test_the_ministry_is_the_latest_ministry_named() -> None:
    found = _said("Ukraine's Foreign Ministry criticised the plan. Russia's Defence Ministry "
                  "reported heavy fighting. The ministry said the drones had been shot down "
                  "over the sea.")
    assert found == [("reported", "Russian Defense Ministry",
                      "the drones had been shot down over the sea")]


def test_he_is_the_latest_person_named() -> None:
    found = _said("Kremlin spokesman Dmitry Peskov spoke first. Foreign Minister Sergei Lavrov "
                  "arrived later. He said the talks would continue next week.")
    assert found == [("reported", "Sergei Lavrov", "the talks would continue next week")]
