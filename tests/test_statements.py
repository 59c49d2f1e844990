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
