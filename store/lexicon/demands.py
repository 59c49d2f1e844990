"""Words that mark demands, conditions and proposals; the grammar using them is store/demands/.

Verb forms are listed in full (no stemming in code) so that what matches is always visible here.
"""

from __future__ import annotations

from store.lexicon.places import DEMONYMS as PLACE_DEMONYMS

# --- verb cues --------------------------------------------------------------------------------
# (label, complement grammar, forms). Grammars, interpreted by store/demands/:
#   "object"  - a direct object or a that-clause ("demanded the withdrawal", "proposed that ...")
#   "on_that" - "on X" or "that X" ("insists on a ceasefire")
#   "for"     - "for X" ("called for talks")
#   "on_to"   - "on X to Y" ("called on Russia to accept")
#   "x_to"    - "X to Y" or "to Y" ("asked Kyiv to withdraw", "wants to join")
#   "obj_to"  - only "X to Y" ("pressed Moscow to accept")
#   "x_for"   - "X for Y" ("asked its allies for more air defence")
#   "np"      - only a noun phrase ("we need a ceasefire"; "needs to" is a duty)
#   "for_to"  - "for X to Y" ("waiting for Kyiv to propose dates")
#   "deadline" - "X <time> to Y" ("gave Russia 50 days to reach a deal")
#   "expect"  - "X to Y" where Y is asked of X, not foreseen ("expects Kyiv to withdraw", not
#               "expects the talks to be difficult")
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
    ("ask for", "for", ("ask", "asks", "asked", "asking", "appeal", "appealed", "appeals")),
    ("want", "x_to", ("want", "wants", "wanted")),
    ("want", "object", ("want", "wants", "wanted")),
    ("propose", "object", (
        "put forward", "puts forward", "putting forward", "tabled", "tabling", "floated",
    )),
    ("raise", "object", ("raise", "raises", "raised", "raising")),
    ("suggest", "suggest", ("suggest", "suggests", "suggested", "suggesting")),
    ("challenge", "obj_to", ("challenge", "challenges", "challenged", "challenging")),
    ("rule out", "object", ("rule out", "rules out", "ruled out", "ruling out")),
    ("need", "np", ("need", "needs", "needed")),
    ("expect", "expect", ("expect", "expects", "expected", "expecting")),
    ("wait for", "for_to", ("wait", "waits", "waited", "waiting")),
    ("deadline", "deadline", ("give", "gives", "gave", "giving")),
    # "Moscow would accept only a settlement that ...": the one thing a side will take
    ("accept only", "object", (
        "accept only", "accepts only", "accepted only", "settle only for", "settles only for",
    )),
)
# cues that demand only with a party or a pronoun as their subject ("we need", not "the
# measures need")
SUBJECT_BOUND_CUES: tuple[str, ...] = ("need",)
# cues of a refusal: the demand is that the thing never happens, so its text keeps the verb
REFUSAL_CUES: tuple[str, ...] = ("rule out",)
# "Ukraine would never accept limits on its army", "Kyiv will not withdraw its troops": a side's
# red line - a modal, a negation and a concession it refuses (the text keeps all three)
REFUSAL_MODALS: tuple[str, ...] = (
    "would not", "will not", "would never", "will never", "won't", "wouldn't", "can never",
    "cannot", "can't", "could never", "shall not", "shall never",
)
CONCESSION_VERBS: tuple[str, ...] = (
    "accept", "withdraw", "cede", "give up", "recognise", "recognize", "surrender", "renounce",
    "abandon", "trade away", "hand over", "pull out", "pull back", "agree to", "tolerate",
)
# weak cues: they mark a demand only when their content names something negotiated
# ("raised a ceasefire", not "raised the death toll")
TOPICAL_CUES: tuple[str, ...] = ("raise", "suggest")
# "suggested the Vatican could host the talks": the modal that makes a suggestion a proposal
SUGGEST_MODALS: tuple[str, ...] = ("could", "should", "might", "would")
# cues whose object must be an addressee ("challenged Putin to come", not "challenged the ban")
ADDRESSEE_CUES: tuple[str, ...] = ("challenge",)
# what peace talks are about: a weak cue's content must name one of these (prefix match)
NEGOTIATION_TOPICS: tuple[str, ...] = (
    "ceasefire", "cease-fire", "truce", "armistice", "meeting", "summit", "talks", "negotiat",
    "exchange", "swap", "prisoner", "captive", "detainee", "hostage", "children", "return",
    "release", "withdraw", "pullout", "pull-out", "sanction", "guarantee", "peace",
    "settlement", "agreement", "deal", "memorandum", "round", "host", "mediat", "troops",
    "forces", "army", "border", "territor", "recognition", "neutral", "nato", "election",
    "mobili", "working group", "pause", "moratorium", "bodies", "humanitarian", "aid",
    "weapons", "demilitar", "format", "all for all",
)
# "raised concerns", "suggested the idea": objects of a weak cue that are not demanded content
WEAK_OBJECT_HEADS: tuple[str, ...] = (
    "concern", "concerns", "question", "questions", "doubt", "doubts", "alarm", "eyebrows",
    "fear", "fears", "hope", "hopes", "stake", "stakes", "toll", "death", "number", "level",
    "estimate", "possibility", "prospect", "spectre", "specter", "issue", "issues", "money",
    "funds", "price", "prices", "tax", "taxes", "rate", "rates", "threat", "flag", "voice",
    "objection", "objections", "suspicion", "suspicions", "risk", "risks",
)
# "waiting for Kyiv to propose a date": a cue verb in an awaited or hoped-for infinitive
IRREALIS_WORDS: tuple[str, ...] = (
    "wait", "waits", "waited", "waiting", "await", "awaits", "awaited", "awaiting", "expect",
    "expects", "expected", "expecting", "hope", "hopes", "hoped", "hoping",
)
# "they want us to believe ...", "wanted to understand ...": wishes that demand nothing
NOT_DEMANDED_INFINITIVES: tuple[str, ...] = (
    "believe", "think", "understand", "know", "see", "hear", "learn", "find out", "figure out",
    "keep on", "go on", "carry on", "say", "imagine", "pretend", "look", "derail", "undermine",
    "sabotage", "disrupt", "provoke", "wreck", "torpedo", "stall", "drag out", "buy time",
    "escalate", "destroy", "discredit", "deceive", "mislead", "kill", "attack", "invade",
    "shell", "bomb", "fail", "collapse", "capture", "seize", "conquer", "occupy",
    "take over", "overthrow", "subjugate",
)
# "expects the talks to be difficult", "expects Russia to keep attacking": foreseen, not asked
FORESEEN_INFINITIVES: tuple[str, ...] = (
    "be", "keep", "continue", "remain", "launch", "try", "attempt", "intensify", "step up",
    "press on", "push on", "last", "take place", "drag", "get", "become", "grow",
)
# words before a participle that make a verb cue passive ("Russia has been offered a truce")
PASSIVE_AUXILIARIES: tuple[str, ...] = (
    "been", "be", "being", "was", "were", "is", "are", "get", "gets", "got",
)

# "the truce that Kyiv has demanded", "the children that Kyiv wants returned": a relative clause
# ending in one of these makes its antecedent the demanded content
RELATIVE_CUE_VERBS: tuple[str, ...] = (
    "demanded", "demands", "demand", "proposed", "proposes", "propose", "sought", "seeks",
    "seek", "requested", "requests", "offered", "offers", "put forward", "puts forward",
    "tabled", "called for", "calls for", "pushed for", "pushes for", "insisted on",
    "insists on", "wants", "want", "wanted", "urged", "urges", "urging", "asked", "asks",
    "asking", "pressed", "pressing", "pushed", "pushing",
    # "the truce that Kyiv has been demanding for weeks"
    "demanding", "proposing", "seeking", "requesting", "offering", "calling for", "pushing for",
    "insisting on",
)
RELATIVE_AUXILIARIES: tuple[str, ...] = (
    "has", "have", "had", "been", "also", "long", "repeatedly", "already", "previously", "since",
    "so far", "just", "now", "still", "once", "again",
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
    # "our main objective is to reach a ceasefire": an aim stated as what the talks must bring
    ("goal", (
        "goal", "goals", "objective", "objectives", "aim", "aims", "priority", "priorities",
        "task", "tasks",
    ), ()),
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

# --- pressure asked of others ------------------------------------------------------------------
# "new sanctions against Russia", "truly strong pressure on Moscow": voiced by the other side, a
# call for pressure is that side's demand
PRESSURE_INTENSIFIERS: tuple[str, ...] = (
    "new", "more", "tougher", "stronger", "strong", "harsher", "harsh", "further", "additional",
    "fresh", "secondary", "maximum", "increased", "greater", "serious", "real", "massive",
    "crippling", "sweeping",
)
PRESSURE_DEGREES: tuple[str, ...] = ("truly", "really", "much", "even", "far", "very", "still")
PRESSURE_NOUNS: tuple[str, ...] = (
    "sanctions", "pressure", "tariffs", "penalties", "restrictions", "measures",
)
# words before pressure already applied, not asked for ("the EU adopted new sanctions against
# Russia", "despite new sanctions on Moscow", "the impact of new tariffs on Russia")
APPLIED_PRESSURE_WORDS: tuple[str, ...] = (
    "adopted", "adopts", "imposed", "imposes", "introduced", "introduces", "announced",
    "announces", "approved", "approves", "unveiled", "unveils", "slapped", "expanded",
    "extended", "passed", "enacted", "faces", "faced", "facing", "despite", "under", "lifted",
    "eased", "eases", "of", "by",
)

# --- conditions -------------------------------------------------------------------------------
# the content after these is the condition set by the main clause's subject
CONDITION_MARKERS: tuple[str, ...] = (
    "on condition that", "on the condition that", "provided that", "providing that",
    "unless", "in exchange for", "in return for", "conditional on", "conditional upon",
    "contingent on", "contingent upon", "conditioned on", "on the condition of",
)
# a condition these must meet is a forecast about the talks, not one side's demand
JOINT_SUBJECTS: tuple[str, ...] = (
    "the delegations", "both delegations", "the two delegations", "the sides", "both sides",
    "the two sides", "the parties", "both parties", "the two parties", "the negotiators",
    "both countries", "the two countries", "the two leaders", "both leaders", "the leaders",
    "the talks", "the negotiations",
)
# "threatened tariffs if Putin does not agree to ...": a threat makes the negated act demanded
THREAT_WORDS: tuple[str, ...] = (
    "threaten", "threatens", "threatened", "threatening", "warn", "warns", "warned", "tariffs",
    "sanctions", "penalties", "consequences", "ultimatum",
)
# "Russia would face tariffs unless ...": the side that faces the penalty is threatened; the
# condition is demanded by whoever voices the threat
THREATENED_VERBS: tuple[str, ...] = ("face", "faces", "faced", "facing", "risk", "risks")
IF_NOT_NEGATIONS: tuple[str, ...] = (
    "does not", "do not", "did not", "doesn't", "don't", "didn't", "fails to", "fail to",
    "failed to", "refuses to", "refuse to", "refused to", "will not", "won't",
)
# "gave Russia 50 days to ...": how a deadline is written
TIME_UNITS: tuple[str, ...] = (
    "days", "weeks", "months", "hours", "day", "week", "month", "deadline", "ultimatum",
)
NUMBER_WORDS: tuple[str, ...] = (
    "a", "one", "two", "three", "four", "five", "six", "seven", "ten", "twelve", "fifteen",
    "twenty", "thirty", "fifty", "a hundred", "several", "a few",
)
# "only ... if"
ONLY_WORD = "only"
ONLY_CONJUNCTIONS: tuple[str, ...] = ("if",)
# "only after X" / "only once X" count only right after "only" and in a modal clause
ONLY_TIME_CONJUNCTIONS: tuple[str, ...] = ("after", "once", "when")
# "a summit could only take place to sign a final deal", "makes sense only to sign ...": the one
# purpose a side accepts for an event is its condition (voiced by the speaker)
ONLY_PURPOSE_VERBS: tuple[str, ...] = (
    "take place", "takes place", "took place", "happen", "happens", "be held", "is held",
    "make sense", "makes sense", "made sense", "be convened", "be possible", "is possible",
)
MODAL_WORDS: tuple[str, ...] = (
    "will", "would", "could", "can", "shall", "'ll", "ready", "willing", "prepared", "agree",
    "agrees", "consider", "considers",
)
# "is ready to ... if"
READY_WORDS: tuple[str, ...] = ("ready", "willing", "prepared", "open")
READY_CONJUNCTIONS: tuple[str, ...] = ("if", "provided", "as long as", "once")
# "Turkey is ready to host a meeting of the leaders": a mediator's offer
READY_OFFER_VERBS: tuple[str, ...] = (
    "host", "mediate", "facilitate", "organise", "organize", "broker", "arrange",
)

# "a meeting with Putin remains the only way to settle it": the subject is what the speaker wants
ONLY_WAY_COPULAS: tuple[str, ...] = (
    "is", "are", "was", "were", "remains", "remain", "remained", "would be", "will be",
    "is still", "was still",
)
ONLY_WAY_NOUNS: tuple[str, ...] = ("way", "path", "route", "option", "solution", "means")
# "Peskov said Kyiv must ..." - an obligation voiced by one side for the other
MUST_WORDS: tuple[str, ...] = (
    "must", "has to", "have to", "needs to", "need to", "should", "ought to",
    # "any deal would have to remove ...": the modal belongs to the duty, not to its subject
    "would have to", "will have to", "would need to", "will need to",
)
# "Russia must understand: Y" / "must accept that Y": Y is what is demanded
REALISING_VERBS: tuple[str, ...] = (
    "understand", "realise", "realize", "know", "recognise", "recognize", "accept", "admit",
    "acknowledge",
)
# where the subject of a "must" starts when it is not a named party ("..., the whole world must")
# (a speech verb also opens the clause: "Zelensky said partners need to ...")
SUBJECT_BOUNDARIES: tuple[str, ...] = ("that", "and", "but", "so", "if", "then", "while")
# a subject holding these is the speaker's own side: its duty is no demand on anyone
OWN_SIDE_WORDS: frozenset[str] = frozenset({"we", "our", "i", "my", "us", "ourselves"})
# third parties a side asks to act ("the whole world must respond", "partners should ...")
ADDRESSEE_NOUNS: tuple[str, ...] = (
    "world", "international community", "partners", "allies", "the West", "Europe",
    "Europeans", "capitals", "countries", "nations", "governments", "leaders", "sides",
    "parties", "mediators",
)
# "no one should expect quick results": a subject naming nobody in particular
NOBODY_WORDS: tuple[str, ...] = (
    "no", "nobody", "none", "nothing", "anyone", "anybody", "everyone", "everybody", "one",
    "you", "it", "this", "that", "there", "which", "who",
)
# pronouns that may stand alone as the subject of a duty ("he must be forced to peace")
SUBJECT_PRONOUNS: tuple[str, ...] = ("he", "she", "they")

# "a package under which Kyiv would have to ...": a document's duties for one side
OBLIGATION_FRAMES: tuple[str, ...] = ("under which", "whereby", "by which", "in which")
OBLIGATION_MODALS: tuple[str, ...] = ("would", "will", "should", "shall", "also")
OBLIGATION_WORDS: tuple[str, ...] = (
    "have to", "has to", "had to", "must", "need to", "needs to", "be required to",
    "is required to", "are required to", "be obliged to", "is obliged to", "be asked to",
)

# --- documents that carry proposals -----------------------------------------------------------
DOCUMENT_NOUNS: tuple[str, ...] = (
    "proposal", "proposals", "plan", "peace plan", "roadmap", "road map", "memorandum",
    "draft", "document", "blueprint", "framework", "initiative", "peace terms", "terms",
    "counterproposal", "counter-proposal", "position paper", "option", "variant", "bill",
    "draft law", "resolution",
)
# what a document is said to contain ("the plan begins with ...")
DOCUMENT_CONTENT_MARKERS: tuple[str, ...] = (
    "would begin with", "begin with", "begins with", "start with", "starts with",
    "would start with", "open with", "opens with", "include", "includes", "including",
    "envisage", "envisages", "envisaging", "envision", "envisions", "provide for",
    "provides for", "stipulate", "stipulates", "foresee", "foresees", "would see",
    "outlines", "sets out", "set out", "lists", "calls for", "demands", "proposes",
    "such as", "would allow", "allows", "would impose", "imposes", "included",
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
# ", in particular to adopt sanctions": a more specific demand after a general one - an item
# boundary when a new infinitive or noun phrase follows
ELABORATION_MARKERS: tuple[str, ...] = (
    "in particular", "particularly", "notably", "especially", "above all", "first of all",
)
# base verbs of conditions: "Ukraine halts mobilization and stops receiving aid" splits in two
CONDITION_VERBS: tuple[str, ...] = (
    "halt", "stop", "end", "cease", "withdraw", "recognise", "recognize", "abandon", "renounce",
    "give", "hand", "cede", "accept", "agree", "lift", "drop", "pull", "freeze", "hold",
    "release", "return", "guarantee", "commit", "disband", "limit", "reduce", "demilitarise",
    "demilitarize", "remain", "stay", "allow", "pay", "respect", "implement", "sign", "ban",
    "refrain", "refuse", "leave", "surrender", "close", "provide", "resume", "restore", "receive",
    "cut", "scrap", "declare", "become", "join", "rule", "forgo", "forego", "abstain", "dissolve",
    "disarm", "deploy", "station", "supply", "arm", "send", "exchange", "swap", "free", "enshrine",
    "amend", "change", "conduct", "organise", "organize", "grant", "protect", "restrict",
    "shrink", "cap", "repeal", "cancel", "annul", "rescind", "reject", "meet", "negotiate",
    "begin", "start", "open", "launch", "ensure", "permit", "recall", "evacuate", "vacate",
)
# "demands that Kyiv (should) cede ...": a that-clause in the subjunctive is demanded content
SUBJUNCTIVE_MODALS: tuple[str, ...] = ("should", "must", "not")
# "no breakthrough should be expected": participles after "must/should be" that state no duty
NOT_DUTIES: tuple[str, ...] = (
    "expected", "seen", "considered", "understood", "noted", "said", "told", "reminded",
    "regarded", "viewed", "ruled", "excluded", "surprised", "concerned", "worried",
)
# auxiliaries that make a that-clause indicative ("demands that Kyiv cannot accept")
AUXILIARIES: tuple[str, ...] = ("cannot", "do", "does", "did", "may", "might", "must", "should")
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
    "insisted", "insists", "underlined", "underscored", "posted", "informed", "replied", "telling",
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
    "since", "until", "in recent", "earlier", "for years", "for months", "it takes",
    "more than", "far more", "much more", "a lot more", "a lot", "less than", "time to",
    "more time", "some time", "a choice between", "a choice of", "the choice between",
)
# "sets out two routes to a ceasefire": a count of options sums up, it demands nothing itself
SUMMARY_COUNTS: tuple[str, ...] = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
    "various", "a few", "a number of", "a series of", "a set of", "a range of", "some",
    "one of", "either of", "any of", "both",
)
SUMMARY_NOUNS: tuple[str, ...] = (
    "options", "routes", "paths", "scenarios", "ways", "variants", "alternatives", "points",
    "tracks", "approaches", "stages", "phases", "elements", "parts", "sections", "items",
    "ideas", "proposals", "conditions", "demands", "versions", "drafts",
)
# "no sign that Moscow was ready for a truce": frames that deny the clause after them
DOUBT_FRAMES: tuple[str, ...] = (
    "no sign that", "no signs that", "no indication that", "no evidence that", "little sign that",
    "unclear whether", "unclear if", "doubt that", "doubts that", "doubted that",
    "doubtful that", "no sign of", "denied that", "denies that",
    # "his return signals that Moscow wants ...", "must show that he wants peace": a reading of
    # someone's intent, not a demand they voiced
    "signals that", "signalled that", "signaled that", "signal that", "shows that", "show that",
    "showed that", "proves that", "prove that", "a sign that",
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
# determiners that introduce something new ("and a truce"), not one more of the same kind
INDEFINITE_DETERMINERS: tuple[str, ...] = (
    "a", "an", "any", "some", "no", "every", "each", "further", "full",
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
PERSON_OBJECT_PRONOUNS: tuple[str, ...] = ("him", "her")  # "according to him"
GROUP_PRONOUNS: tuple[str, ...] = ("it", "they")
# a speaker's own side is "we": a "they" in their quote is another side ('"They offered us ..."')
OTHER_SIDE_PRONOUNS: tuple[str, ...] = ("they",)
# '"They want a pause," Zelensky said': a wish the other side's speaker ascribes to them is an
# accusation about motives, not a demand they tabled
MOTIVE_CUES: tuple[str, ...] = ("want",)
# "offered us a pause": a pronoun receiving the content, not part of it
RECIPIENT_PRONOUNS: tuple[str, ...] = ("us", "them", "me", "him")
SPEAKER_PRONOUNS: tuple[str, ...] = ("we", "i")

# --- clause ends -------------------------------------------------------------------------------
# a comma followed by one of these ends the demanded clause
CLAUSE_BREAKERS: tuple[str, ...] = (
    "while", "but", "which", "who", "whereas", "although", "though", "saying", "adding",
    "according to", "citing", "because", "since", "despite", "amid", "as", "even as", "where",
    "when", "in a", "in an", "recalling", "noting", "stressing", "warning", "explaining",
    "arguing", "claiming", "pointing", "describing", "accusing", "insisting", "calling",
    "urging", "demanding", "telling", "referring", "dismissing", "rejecting", "stating", "not",
    "rather than", "instead of",
)
# these end a clause even without a comma before them
HARD_BREAKERS: tuple[str, ...] = ("while", "whereas", "but", "although", "even though", "so that")
# sentence-initial words that make the first comma end a subordinate clause
SUBORDINATORS: tuple[str, ...] = (
    "while", "although", "though", "whereas", "as", "because", "since", "after", "before",
    "when", "despite", "even as", "even though", "once", "if", "in response to", "unless",
    "provided", "only if",
)
# sentence openers that hold no subject: "According to a source in the delegation, ..."
INTRO_PHRASES: tuple[str, ...] = ("according to", "as reported", "as reported by", "citing")
# "put forward an agenda of three items: A; B; and C": words that make a colon open a list
LIST_LEAD_WORDS: tuple[str, ...] = (
    "following", "these", "items", "points", "steps", "elements", "measures", "terms", "issues",
    "agenda", "priorities", "list", "conditions", "demands", "proposals",
)
# "Its key points include:" - verbs between a list word and the colon of a list intro
LIST_INTRO_VERBS: tuple[str, ...] = ("include", "includes", "included", "are", "were")
# words of a list intro ("sets out the following conditions:"): as content they say nothing
LIST_INTRO_WORDS: tuple[str, ...] = ("following", "these", "demands", "conditions", "terms")

# "urged partners to:" - a list intro whose clause the item lines finish
UNFINISHED_ENDS: tuple[str, ...] = ("to", "that", "must", "should", "would", "will", "on", "for")

MAX_ITEM_WORDS = 30
# "three groups – on political and military issues – and ...": an aside the clause goes on after
MAX_ASIDE_WORDS = 12

# an item made only of these (and function words) says nothing: "demanding too much"
EMPTY_WORDS: tuple[str, ...] = (
    "too", "much", "more", "less", "everything", "anything", "nothing", "something", "it",
    "this", "that", "so", "same", "again", "lot", "lots", "little", "bit", "far", "even",
)
# "Putin wants war": whole items that are aims ascribed by an opponent, never demanded content
HOSTILE_AIMS: tuple[str, ...] = (
    "war", "killing", "killings", "destruction", "escalation", "chaos", "bloodshed", "conflict",
    "time", "more time", "victory", "revenge", "terror",
)
# "came to seek peace", "a just and lasting peace": an aim every side professes, no term of a deal
# (whole items only: "a long-term peace rather than a pause" still says what is wanted)
GENERIC_AIMS: tuple[str, ...] = ("peace",)
GENERIC_AIM_ADJECTIVES: tuple[str, ...] = (
    "lasting", "just", "durable", "long-term", "real", "genuine", "sustainable", "stable",
    "true", "comprehensive", "fair", "enduring",
)

# adjective -> canonical state ("Ukrainian proposals" are Ukraine's)
DEMONYMS: dict[str, str] = {k: v for k, v in PLACE_DEMONYMS.items() if not k.endswith("'s")}

# --- small grammar words the patterns are built from ------------------------------------------
# ", who ..., " / ", which ..., ": a relative clause whose dates are background
RELATIVE_PRONOUNS: tuple[str, ...] = ("who", "whose", "which", "where")
# "Trump on Monday threatened": words that may sit between a subject and its verb
ADVERBIAL_LEADS: tuple[str, ...] = ("on", "last", "this", "earlier", "later", "again", "also")
# words that follow a subject like a verb does
VERB_LIKE_WORDS: tuple[str, ...] = (
    "did", "does", "must", "should", "not", "also",
    # irregular past forms ("which Kyiv sent to Moscow")
    "sent", "gave", "made", "put", "took", "brought", "drew", "wrote", "set", "laid", "sought",
    "won", "got", "kept", "held", "met", "hit", "struck", "shot", "began", "led", "left",
)
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
# ", an approach that officials fear ...": nouns summing up the content before them
APPOSITIVE_NOUNS: tuple[str, ...] = (
    "approach", "idea", "move", "step", "stance", "position", "scheme", "arrangement",
    "formula", "notion", "suggestion", "concept", "option", "demand", "request", "condition",
)
# participles that start a modifier, not a new item ("children, taken to Russia")
NOT_ITEM_HEADS: tuple[str, ...] = (
    "taken", "given", "held", "made", "seen", "known", "set", "kept", "built", "brought", "sent",
    "put", "done", "chosen", "driven", "based", "aimed", "meant",
)
# participles (and their adverbs) that describe the war's victims and lands ("prisoners and
# abducted children", "and forcibly deported civilians"), not a new predicate after "and"
MODIFIER_PARTICIPLES: tuple[str, ...] = (
    "abducted", "deported", "detained", "captured", "wounded", "occupied", "annexed",
    "displaced", "kidnapped", "imprisoned", "illegally", "forcibly", "jailed", "interned",
    "injured", "disputed", "contested", "liberated", "fallen",
)
# ", except to pull them back": an exception to the item before, not a new item
EXCEPTIONS: tuple[str, ...] = ("except", "excluding", "apart", "besides")
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
# "the world must finally respond": words between "must" and its verb
MUST_ADVERBS: tuple[str, ...] = ("finally", "not", "never", "immediately", "urgently", "at last")
POSSESSIVE_PRONOUNS: tuple[str, ...] = ("its", "their")
PERSON_POSSESSIVES: tuple[str, ...] = ("his", "her")  # "his sanctions bill": the last person's
RELATIVE_POSSESSIVE = "whose"  # "Graham, whose bill would ...": the mention just before
SPEAKER_POSSESSIVES: tuple[str, ...] = ("our", "my")  # '"Our goal is ...," X said': the speaker's
# "the memorandum, which Kyiv received / rejected / regards as ...": verbs of a subject that gets
# or judges a document, not one that tables it
NOT_TABLING_VERBS: tuple[str, ...] = (
    "received", "receives", "receive", "got", "gets", "obtained", "accepted", "was", "were",
    "studied", "studies", "rejected", "rejects", "dismissed", "regards", "regarded", "called",
)
# a bloc's institutions speak for the bloc: their demands are the bloc's
ORGANISATION_PARTIES: dict[str, str] = {
    "European Commission": "European Union", "European Council": "European Union",
    "European Parliament": "European Union", "Council of the European Union": "European Union",
    "EU Commission": "European Union", "EU Council": "European Union",
}
# "... and once again called on": adverbs between "and" and a coordinated verb
COORDINATED_ADVERBS: tuple[str, ...] = (
    "also", "again", "once", "then", "later", "further", "repeatedly", "publicly", "openly",
)
# coordination between two subjects ("the U.S. and Ukraine")
COORDINATORS: tuple[str, ...] = ("and", "as well as", "&")
# ", as well as" continues a list; it is not the clause breaker "as"
AS_WELL_AS = "as well as"
