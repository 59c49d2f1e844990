"""Military context: attacks, strikes, losses and mobilisation facts reported in an article.

Pure and rule-based. A trigger (an event noun such as "attack", a verb such as "shelled", or any
past-tense verb after a weapon: "drones disrupted") in a clause that reports a fact - not a
demand, a denial or a hypothetical - makes one event. Clauses are split at conjunctions, at a
second verb phrase of the same subject ("captured two villages and downed 49 drones") and at a
count of part ("110 drones, of which 65 were shot down"); a clause with no new agent folds into
the one before unless it is another kind of event (a defence, ground taken) or another day's.
Its actor is the agent: the subject of the
verb, "by X", a possessive, a demonym, or the subject of the verb launching the noun ("the SBU
launched a drone attack"); a ministry stands for its state. When the sentence names no agent it
is deduced: the enemy of the side that was hit ("41 Russian aircraft were hit"), the enemy of
who repelled it, the reporting body for "the operation", else the agent of the paragraph's
previous event (its enemy for a defence: "Air defence downed 39"). Its numbers are the clause's
quantities tied to a unit noun, a percentage or a casualty word ("12 people were killed" counts
"12 killed"), so dates, "30-day" and decree numbers never count. Its date is the one written in
its clause (not a "since" bound), else the paragraph's, else the publication date. A
numberless reference to an incident told next to it ("asked about Sunday's strikes") folds into
that report, and a headline's event into the story told below it; one with neither agent,
number nor date of its own is dropped, and so is a numberless present tense with no date
("as Russia pounds Ukrainian cities").

The steps live in submodules named after what they do: words, clauses, quantities, phrases,
triggers, agents, drafts, clause_events, deduced_agents, dating, incidents and extract (the
entry point). Names with a leading underscore are shared between those submodules only.
"""

from store.military.extract import extract_military
from store.military.quantities import find_quantities

__all__ = ["extract_military", "find_quantities"]
