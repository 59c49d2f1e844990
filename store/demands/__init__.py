"""Demands: what a party demands, insists on, proposes or sets as a condition.

Pure and rule-based. A cue ("demanded", "only ... if", "the proposal begins with", "the truce that
Kyiv has demanded", "a package under which Kyiv would have to:") marks where the demanded content
starts. The party is the side of the cue's subject (a possessor heads it: "Moscow's negotiators";
a possessed document speaks for its owner: "Its memorandum calls for"), else of the person voicing
it, else of the last party that tabled a document the sentence refers back to ("the proposal").
The side told what to do ("only once Ukraine withdraws") is never the demander: the other side's
document owner is. The content is cut at the end of its clause and split into one demand per
conjoined item, so "only if Ukraine halts mobilization and stops receiving aid" gives two demands;
a list intro ending in ":" takes the "- item" lines that follow, and a colon inside the content
opens a list whose items may be separated by semicolons.

A document speaks for whoever tabled it: its possessor ("Russia's memorandum", "the Russian
memorandum"), its author (", which the Russian side handed over"), else the acting subject of its
clause - never a recipient ("handed to Kyiv", "offers Kiev"). Demands of one's own side also come
as duties voiced for others ("the whole world must respond", "he must be forced to peace"), calls
for pressure on the other side ("new sanctions against Russia"), needs ("we need a truce"),
refusals ("ruled out any limits", a side's own red line "Ukraine would never accept ..."),
threats ("tariffs if Putin does not agree to ..."; the side that "would face tariffs unless ..."
is threatened, the speaker demands), deadlines ("gave Russia 50 days to ..."), stated aims ("our
main objective is ...", "a summit remains the only way to ..."), the one purpose a side allows
an event ("a summit could only take place to sign a deal"), a mediator's offer ("ready to host")
and what a side waits for or expects another to do ("waiting for Kyiv to propose dates").

What is not a demand is dropped: forecasts both sides must meet ("only once the delegations
agree"), beliefs and hostile aims ("want us to believe", "seeks to derail talks"), passives
("Russia has been offered"), summaries ("two options"), proposals traded by both sides, denied
clauses and readings of intent ("no sign that Moscow was ready for ...", "his return signals that
Moscow wants ..."), wishes a speaker ascribes to the other side ('"They want a pause," X said': a
quoted "they" is never the speaker's own side), a bare "peace", and contents cut short ("both
sides to accept", a bare "Ukraine") - an intro ending in ":" instead reads its unfinished clause
into each item.

The package reads in layers, each module using only those above it: words and mentions (shared
with store.military: placing mentions in a sentence, sides), clauses and items (where content ends,
how it splits), cue (the Cue record), complements, condition_cues, verb_cues, noun_cues and
duty_cues (one kind of cue each), cues (find_cues), reading (the reader's state), speakers,
subjects, owners and parties (who demands), content (what is demanded; demand_spans, which
store.military uses to skip demanded content) and reader (extract_demands).
"""

from store.demands.content import demand_spans
from store.demands.cue import Cue
from store.demands.cues import find_cues
from store.demands.mentions import (
    Placed,
    can_be_subject,
    dates_by_sentence,
    mentions_by_sentence,
    parenthetical_spans,
    place_mentions,
    sentence_date,
    side_of,
)
from store.demands.reader import extract_demands
from store.demands.words import phrase_alt, verb_follows, whole_words

__all__ = [
    "Cue",
    "Placed",
    "can_be_subject",
    "dates_by_sentence",
    "demand_spans",
    "extract_demands",
    "find_cues",
    "mentions_by_sentence",
    "parenthetical_spans",
    "phrase_alt",
    "place_mentions",
    "sentence_date",
    "side_of",
    "verb_follows",
    "whole_words",
]
