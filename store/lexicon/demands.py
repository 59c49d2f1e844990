"""Words that mark demands, conditions and proposals; the grammar using them is store/demands.py.

Verb forms are listed in full (no stemming in code) so that what matches is always visible here.
"""

from __future__ import annotations

from store.lexicon.places import DEMONYMS as PLACE_DEMONYMS

# --- verb cues --------------------------------------------------------------------------------
# (label, complement grammar, forms). Grammars, interpreted by store/demands.py:
#   "object"  - a direct object or a that-clause ("demanded the withdrawal", "proposed that ...")
#   "on_that" - "on X" or "that X" ("insists on a ceasefire")
#   "for"     - "for X" ("called for talks")
#   "on_to"   - "on X to Y" ("called on Russia to accept")
#   "x_to"    - "X to Y" or "to Y" ("asked Kyiv to withdraw", "wants to join")
#   "obj_to"  - only "X to Y" ("pressed Moscow to accept")
#   "x_for"   - "X for Y" ("asked its allies for more air defence")
VERB_CUES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("demand", "object", ("demand", "demands", "demanded", "demanding")),
    ("insist", "on_that", ("insist", "insists", "insisted", "insisting")),
    ("call for", "for", ("call", "calls", "called", "calling")),
    ("call on", "on_to", ("call", "calls", "called", "calling")),
    ("push for", "for", (
        "push", "pushes", "pushed", "pushing", "press", "presses", "pressed", "pressing",
        "lobby", "lobbies", "lobbied", "lobbying", "argue", "argues", "argued", "arguing",
    )),
    ("propose", "object", ("propose", "proposes", "proposed", "proposing")),
    ("offer", "object", ("offer", "offers", "offered", "offering")),
    ("require", "object", ("require", "requires", "required", "requiring")),
    ("seek", "object", ("seek", "seeks", "sought", "seeking")),
    ("urge", "object", ("urge", "urges", "urged", "urging")),
    ("push", "obj_to", (
        "push", "pushes", "pushed", "pushing", "press", "presses", "pressed", "pressing",
    )),
    ("ask", "x_to", ("ask", "asks", "asked", "asking")),
    ("ask for", "x_for", ("ask", "asks", "asked", "asking", "appeal", "appealed", "appeals")),
    ("want", "x_to", ("want", "wants", "wanted")),
)

# "the ceasefire proposed by Washington": a participle whose "by" agent demands the noun before it
PASSIVE_CUES: tuple[str, ...] = (
    "proposed", "demanded", "offered", "sought", "requested", "put forward", "called for",
    "pushed for", "tabled", "floated", "championed", "backed",
)

# --- noun cues --------------------------------------------------------------------------------
# (label, forms, words that introduce the content right after the noun)
NOUN_CUES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("demand", ("demand", "demands"), ("for", "that", "to")),
    ("condition", (
        "condition", "conditions", "precondition", "preconditions", "requirement",
        "requirements", "terms",
    ), ("that",)),
    ("proposal", ("proposal", "proposals"), ("for", "that", "to", "on")),
    ("call for", ("call", "calls"), ("for",)),
    ("offer", ("offer", "offers"), ("to", "of", "for")),
    ("ultimatum", ("ultimatum",), ("to", "that", "demanding")),
)
# markers that introduce a noun cue's content, also a little further down the clause
NOUN_LIST_MARKERS: tuple[str, ...] = (
    "such as", "including", "include", "includes", "included", "namely", "among them",
)
# list markers looked for a little further down the clause ("demands that ..., such as X")
DELAYED_LIST_MARKERS: tuple[str, ...] = ("such as", "including", "namely")
# "Russia's main demand is (that) ..." - copulas, and what must follow them to be content
COPULAS: tuple[str, ...] = ("is", "are", "was", "were", "remains", "remain")
COPULA_CONTENT_STARTS: tuple[str, ...] = ("that", "for", "to", "the", "a", "an")

# "a phrase Kyiv reads as a demand to ...": the noun cue is someone's characterisation
CHARACTERISING_WORDS: tuple[str, ...] = ("as",)

# --- conditions -------------------------------------------------------------------------------
# the content after these is the condition set by the main clause's subject
CONDITION_MARKERS: tuple[str, ...] = (
    "on condition that", "on the condition that", "provided that", "providing that",
    "unless", "in exchange for", "in return for", "conditional on", "conditional upon",
    "contingent on", "contingent upon", "conditioned on", "on the condition of",
)
# "only ... if"
ONLY_WORD = "only"
ONLY_CONJUNCTIONS: tuple[str, ...] = ("if",)
# "only after X" / "only once X" count only right after "only" and in a modal clause
ONLY_TIME_CONJUNCTIONS: tuple[str, ...] = ("after", "once", "when")
MODAL_WORDS: tuple[str, ...] = (
    "will", "would", "could", "can", "shall", "'ll", "ready", "willing", "prepared", "agree",
    "agrees", "consider", "considers",
)
# "is ready to ... if"
READY_WORDS: tuple[str, ...] = ("ready", "willing", "prepared", "open")
READY_CONJUNCTIONS: tuple[str, ...] = ("if", "provided", "as long as", "once")

# "Peskov said Kyiv must ..." - an obligation voiced by one side for the other
MUST_WORDS: tuple[str, ...] = ("must", "has to", "have to", "needs to", "need to")

# --- documents that carry proposals -----------------------------------------------------------
DOCUMENT_NOUNS: tuple[str, ...] = (
    "proposal", "proposals", "plan", "peace plan", "roadmap", "road map", "memorandum",
    "draft", "document", "blueprint", "framework", "initiative", "peace terms", "terms",
    "counterproposal", "counter-proposal", "position paper",
)
# what a document is said to contain ("the plan begins with ...")
DOCUMENT_CONTENT_MARKERS: tuple[str, ...] = (
    "would begin with", "begin with", "begins with", "start with", "starts with",
    "would start with", "open with", "opens with", "include", "includes", "including",
    "envisage", "envisages", "envisaging", "envision", "envisions", "provide for",
    "provides for", "stipulate", "stipulates", "foresee", "foresees", "would see",
    "outlines", "sets out", "set out", "lists", "calls for", "demands", "proposes",
    "such as",
)
# determiners that make "the plan" point back to a plan named earlier
DOCUMENT_REFERENCE_WORDS: tuple[str, ...] = ("the", "this", "that", "such a")
# "According to the proposal, <content>" / "Under the plan, <content>"
DOCUMENT_FRAMES: tuple[str, ...] = ("according to", "under", "in", "as part of")

# --- splitting the demanded content into items -------------------------------------------------
# always an item boundary ("a ceasefire, followed by a prisoner exchange")
ITEM_SEPARATORS: tuple[str, ...] = (
    "followed by", "and then", "then", "ultimately leading to", "eventually leading to",
    "leading to", "as well as", "along with", "and also", "and later",
)
# base verbs of conditions: "Ukraine halts mobilization and stops receiving aid" splits in two
CONDITION_VERBS: tuple[str, ...] = (
    "halt", "stop", "end", "cease", "withdraw", "recognise", "recognize", "abandon", "renounce",
    "give", "hand", "cede", "accept", "agree", "lift", "drop", "pull", "freeze", "hold",
    "release", "return", "guarantee", "commit", "disband", "limit", "reduce", "demilitarise",
    "demilitarize", "remain", "stay", "allow", "pay", "respect", "implement", "sign", "ban",
    "refrain", "leave", "surrender", "close", "provide", "resume", "restore", "receive", "cut",
    "scrap", "declare", "become", "join", "rule", "forgo", "forego", "abstain", "dissolve",
    "disarm", "deploy", "station", "supply", "arm", "send", "exchange", "swap", "free", "enshrine",
    "amend", "change", "conduct", "organise", "organize", "grant", "protect", "restrict",
    "shrink", "cap", "repeal", "cancel", "annul", "rescind", "reject", "meet", "negotiate",
    "begin", "start", "open", "launch", "ensure", "permit", "recall", "evacuate", "vacate",
)
# words after a cue subject that may precede the verb ("Kyiv must withdraw ... and recognise")
MODAL_PREFIXES: tuple[str, ...] = (
    "to", "must", "should", "will", "would", "shall", "can", "has to", "have to", "needs to",
    "need to",
)

# --- who: subjects, voicers, rejections --------------------------------------------------------
SPEECH_VERBS: tuple[str, ...] = (
    "said", "says", "say", "saying", "told", "tells", "added", "adds", "stated", "states",
    "reiterated", "reiterates", "stressed", "stresses", "noted", "notes", "warned", "warns",
    "declared", "declares", "announced", "announces", "claimed", "claims", "argued", "argues",
    "wrote", "writes", "explained", "explains", "confirmed", "confirms", "emphasized",
    "emphasised", "emphasizes", "emphasises", "repeated", "repeats", "remarked", "reminded",
    "insisted", "insists", "underlined", "underscored", "posted", "informed", "replied",
    "responded", "asserted", "indicated", "suggested", "acknowledged", "signalled", "signaled",
)
ACCORDING_TO = "according to"
REJECTION_WORDS: tuple[str, ...] = (
    "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed",
    "dismissing", "refuse", "refuses", "refused", "refusing", "turned down", "turn down",
    "turns down", "ignored", "ignores", "ignoring", "denounced", "denounces", "ruled out",
    "rules out", "rebuffed", "rebuffs", "spurned", "spurns", "criticised", "criticized",
    "condemned", "slammed",
)
# what a cue governs that is no demand: sourcing formulas and bare time phrases
NOT_DEMANDED: tuple[str, ...] = (
    "anonymity", "not to be named", "to remain anonymous", "not being named", "comment",
    "since", "until", "in recent", "earlier", "for years", "for months",
)
NEGATIONS: tuple[str, ...] = ("not", "never", "no longer", "n't", "neither", "nor")
# a noun-or-verb cue form ("demands", "offer") is a verb right after one of these
VERB_PRECEDERS: tuple[str, ...] = (
    "has", "have", "had", "will", "would", "also", "again", "to", "now", "still", "then",
    "further", "previously", "already", "who", "which", "he", "she", "it", "they", "we", "i",
    "and", "publicly", "formally", "repeatedly", "reportedly", "openly", "did", "does", "do",
    "shall", "should", "could", "may", "might", "must", "can", "once", "first",
)
# after "demands that", these start a relative clause, not the demanded content
RELATIVE_STARTS: tuple[str, ...] = (
    "are", "is", "was", "were", "have", "has", "had", "would", "will", "could", "can", "may",
    "might", "should", "remain", "remains", "include", "includes", "included", "appear",
    "appears", "seem", "seems", "been", "be", "go", "goes", "went", "amount", "amounts",
)
# a finite verb ending a noun cue's content ("demand for X has risen", "offer of X was welcomed")
FINITE_VERBS: tuple[str, ...] = (
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "remains", "remain",
    "could", "can", "may", "might", "appears", "seems", "looks",
)
DETERMINERS: tuple[str, ...] = (
    "a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those", "all",
    "any", "some", "no", "our", "my", "your", "every", "each", "both", "further", "full",
)
PREPOSITIONS: tuple[str, ...] = (
    "to", "with", "by", "from", "against", "on", "of", "for", "in", "at", "into", "toward",
    "towards", "about", "over", "between", "among", "under", "than", "after", "before", "via",
    "including", "like", "near", "across", "upon", "within", "without", "behind", "amid",
    "despite", "during", "through",
)
# prepositions that follow a nominal item ("withdrawal of troops", "guarantees for Kyiv")
ITEM_PREPOSITIONS: tuple[str, ...] = (
    "of", "for", "from", "to", "on", "with", "by", "in", "against", "between",
)
PERSON_PRONOUNS: tuple[str, ...] = ("he", "she")
GROUP_PRONOUNS: tuple[str, ...] = ("it", "they")
SPEAKER_PRONOUNS: tuple[str, ...] = ("we", "i")

# --- clause ends -------------------------------------------------------------------------------
# a comma followed by one of these ends the demanded clause
CLAUSE_BREAKERS: tuple[str, ...] = (
    "while", "but", "which", "who", "whereas", "although", "though", "saying", "adding",
    "according to", "citing", "because", "since", "despite", "amid", "as", "even as", "where",
    "when", "in a", "in an",
)
# these end a clause even without a comma before them
HARD_BREAKERS: tuple[str, ...] = ("while", "whereas", "but", "although", "even though", "so that")
# sentence-initial words that make the first comma end a subordinate clause
SUBORDINATORS: tuple[str, ...] = (
    "while", "although", "though", "whereas", "as", "because", "since", "after", "before",
    "when", "despite", "even as", "even though", "once", "if", "in response to", "unless",
    "provided", "only if",
)
# words of a list intro ("sets out the following conditions:"): as content they say nothing
LIST_INTRO_WORDS: tuple[str, ...] = ("following", "these", "demands", "conditions", "terms")

MAX_ITEM_WORDS = 30

# an item made only of these (and function words) says nothing: "demanding too much"
EMPTY_WORDS: tuple[str, ...] = (
    "too", "much", "more", "less", "everything", "anything", "nothing", "something", "it",
    "this", "that", "so", "same", "again",
)

# adjective -> canonical state ("Ukrainian proposals" are Ukraine's)
DEMONYMS: dict[str, str] = {k: v for k, v in PLACE_DEMONYMS.items() if not k.endswith("'s")}

# --- small grammar words the patterns are built from ------------------------------------------
# ", who ..., " / ", which ..., ": a relative clause whose dates are background
RELATIVE_PRONOUNS: tuple[str, ...] = ("who", "whose", "which", "where")
# "Trump on Monday threatened": words that may sit between a subject and its verb
ADVERBIAL_LEADS: tuple[str, ...] = ("on", "last", "this", "earlier", "later", "again", "also")
# words that follow a subject like a verb does
VERB_LIKE_WORDS: tuple[str, ...] = ("did", "does", "must", "should", "not", "also")
# -ly words that are not adverbs before a verb
NOT_ADVERBS: tuple[str, ...] = ("only", "early")
# a direct-object cue followed by these has no object ("proposed by", "demanded and got")
OBJECT_BLOCKERS: tuple[str, ...] = ("and", "or", "by", "as")
# "asked whether ...": a question, not a request
QUESTION_WORDS: tuple[str, ...] = ("whether", "if", "why", "how", "what")
# link words skipped at the start of content ("insists on X", "demanded that X")
LEAD_WORDS: tuple[str, ...] = ("that", "for", "on", "upon")
ITEM_LEAD_WORDS: tuple[str, ...] = ("that", "for", "on", "upon", "and", "or", "to")
# ", terms that ...": determiners of an appositive noun phrase
APPOSITIVE_DETERMINERS: tuple[str, ...] = ("a", "an", "the", "these", "those", "such")
# participles that start a modifier, not a new item ("children, taken to Russia")
NOT_ITEM_HEADS: tuple[str, ...] = (
    "taken", "given", "held", "made", "seen", "known", "set", "kept", "built", "brought", "sent",
    "put", "done", "chosen", "driven", "based", "aimed", "meant",
)
# words that start a new clause after "and" / a comma
CLAUSE_PRONOUNS: tuple[str, ...] = ("it", "they", "he", "she", "which", "who", "we", "i")
REFLEXIVES: tuple[str, ...] = ("himself", "herself", "itself", "themselves", "them", "him", "us")
# "a meeting between X and Y" is one item
BETWEEN = "between"
# ", but" / ", while" ...: a new clause with its own subject
SEGMENT_BREAKERS: tuple[str, ...] = ("but", "while", "whereas", "and", "although", "though")
SEGMENT_HARD_BREAKERS: tuple[str, ...] = ("but", "while", "whereas")
# "X has also said": words between a speaker and the speech verb
SPEECH_FILLERS: tuple[str, ...] = ("has", "have", "had", "also", "again", "later", "then")
# "Kyiv also must ...": words between the subject and "must"
MUST_FILLERS: tuple[str, ...] = ("also", "now", "first", "still")
POSSESSIVE_PRONOUNS: tuple[str, ...] = ("its", "their")
# coordination between two subjects ("the U.S. and Ukraine")
COORDINATORS: tuple[str, ...] = ("and", "as well as", "&")
# ", as well as" continues a list; it is not the clause breaker "as"
AS_WELL_AS = "as well as"
