"""Speech verbs, attribution cues, pronouns and delegation cues."""

from __future__ import annotations

# verbs that introduce what somebody said, in every inflection news uses
SPEECH_VERBS: frozenset[str] = frozenset({
    "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added",
    "state", "states", "stated", "note", "notes", "noted", "stress", "stresses", "stressed",
    "warn", "warns", "warned", "remind", "reminds", "reminded", "confirm", "confirms",
    "confirmed", "claim", "claims", "claimed", "insist", "insists", "insisted", "declare",
    "declares", "declared", "announce", "announces", "announced", "write", "writes", "wrote",
    "post", "posts", "posted", "reiterate", "reiterates", "reiterated", "emphasize",
    "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised", "urge", "urges",
    "urged", "explain", "explains", "explained", "argue", "argues", "argued", "comment",
    "comments", "commented", "remark", "remarks", "remarked", "reply", "replies", "replied",
    "respond", "responds", "responded", "assert", "asserts", "asserted", "acknowledge",
    "acknowledges", "acknowledged", "admit", "admits", "admitted", "suggest", "suggests",
    "suggested", "vow", "vows", "vowed", "promise", "promises", "promised", "pledge",
    "pledges", "pledged", "report", "reports", "reported", "inform", "informs", "informed",
    "underline", "underlines", "underlined", "underscore", "underscores", "underscored",
    "believe", "believes", "believed", "think", "thinks",
    "thought", "predict", "predicts", "predicted", "hint", "hints", "hinted", "allege",
    "alleges", "alleged", "deny", "denies", "denied", "concede", "concedes", "conceded",
    "recall", "recalls", "recalled", "complain", "complains", "complained", "tweet", "tweets",
    "tweeted", "ask", "asks", "asked", "quip", "quipped", "continue", "continued",
    "clarify", "clarified", "specify", "specified", "indicate", "indicates", "indicated",
    "signal", "signals", "signaled", "signalled", "accuse", "accuses", "accused", "mention",
    "mentions", "mentioned", "observe", "observed", "agree", "agreed", "express", "expressed",
    "voice", "voiced", "describe", "described", "call", "called", "caution", "cautions",
    "cautioned", "repeat", "repeats", "repeated",
})

# verbs whose following date dates the statement, not what it is about ("said Tuesday that")
SAY_VERBS: frozenset[str] = frozenset({
    "said", "says", "told", "tells", "added", "announced", "stated", "reported", "wrote",
    "noted", "reiterated", "confirmed", "stressed", "warned", "posted", "claimed", "insisted",
})

# speech verbs that take a bare "that"-less clause only when followed by these words
SPEECH_PARTICLES: frozenset[str] = frozenset({"out", "reporters", "journalists", "media"})

# phrases placing the speaker before a comma: "According to X, ..."
ACCORDING_CUES: tuple[str, ...] = (
    "according to", "as reported by", "as stated by", "in the words of",
)

# "..., citing X" names the real source of a report
CITING_CUES: tuple[str, ...] = ("citing", "quoting", "cited", "quoted")

PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "they": "p", "him": "m", "her": "f"}

# quote marks: opening -> closing
QUOTE_PAIRS: dict[str, str] = {
    '"': '"', "“": "”", "«": "»", "„": "“", "‘": "’", "‹": "›", "'": "'",
}

# delegation cues
DELEGATION_NOUNS: frozenset[str] = frozenset({
    "delegation", "delegations", "delegates", "negotiating team", "negotiators", "team",
})
LEAD_VERBS: tuple[str, ...] = (
    "is leading", "was leading", "will lead", "would lead", "leads", "led", "is heading",
    "will head", "heads", "headed", "is led by", "was led by", "will be led by",
    "be led by", "led by", "headed by", "is headed by", "will be headed by", "chairs",
)
LEAD_NOUNS: tuple[str, ...] = ("head of", "leader of", "chief of", "heading", "leading")
MEMBER_CUES: tuple[str, ...] = (
    "includes", "included", "include", "including", "comprises", "comprising", "consists of",
    "members", "member of", "also in the delegation", "joined by", "part of", "alongside",
    "along with", "is made up of", "will include", "also includes",
)
# words that add people to the delegation of a member named in the same sentence
COMPANION_CUES: tuple[str, ...] = (
    "alongside", "accompanied by", "joined by", "together with", "along with", "sat ",
    "sitting next to", "seated next to", "sitting beside", "seated beside", "sit ", "sits ",
    "flanked by",
)
# seating phrases that put the people they name in the other party's delegation
OPPOSITE_CUES: tuple[str, ...] = (
    "across the table", "opposite them", "opposite him", "opposite her", "facing them",
    "on the other side of the table",
)
# a seating verb and the pronoun after it: "X sat next to him" makes X the companion
SEATING_VERBS: tuple[str, ...] = (
    "sat", "sits", "sit", "was sitting", "is sitting", "was seated", "is seated", "were seated",
)
SEATING_PREPOSITIONS: tuple[str, ...] = ("next to", "beside", "alongside")
# adverbs between a lead verb and its "by" ("led again by", "headed once more by")
LEAD_ADVERBS: tuple[str, ...] = (
    "again", "once again", "once more", "also", "jointly", "personally", "now", "still",
    "this time",
)
# nouns that name a delegation's head in "X was confirmed as head of (the) delegation"
HEAD_NOUNS: tuple[str, ...] = ("head", "leader", "chief")
# words that say the role of the person before them ("X, head of", "X was appointed head of")
HEAD_LINKS: tuple[str, ...] = (
    "as", "is", "was", "remains", "remained", "became", "becomes", "appointed", "named",
    "made", "confirmed", "reappointed",
)
# delegation nouns that a possessive pronoun makes its referent's own ("his delegation")
OWN_DELEGATION_NOUNS: tuple[str, ...] = ("delegation", "negotiating team")
# a party's "negotiator" is one of its delegation ("Kyiv's negotiator, X,"), with the words
# that may stand between ("Ukraine's chief negotiator")
MEMBER_NOUNS: tuple[str, ...] = ("negotiator",)
MEMBER_NOUN_MODIFIERS: tuple[str, ...] = ("chief", "lead", "top", "main", "senior")
# roles of those who send a delegation without sitting in it ("President X ... his delegation")
SENDER_ROLES: tuple[str, ...] = ("president", "prime minister", "premier", "chancellor", "king")
# roles that make a person the head of their side's delegation
LEADER_ROLES: tuple[str, ...] = (
    "chief negotiator", "delegation head", "head of the delegation", "top negotiator",
    "lead negotiator", "head of the russian delegation", "head of the ukrainian delegation",
)
TALKS_NOUNS: tuple[str, ...] = (
    "talks", "negotiations", "meeting", "round", "summit", "consultations", "negotiators met",
    "delegations met", "sides met",
)

# verbs that take a clause without "that" ("Peskov said the talks were useful")
BARE_SAY_VERBS: frozenset[str] = frozenset({
    "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "write", "writes",
    "wrote", "post", "posts", "posted",
})
# verbs that close a sentence as its attribution: "..., the ministry reported."
TAIL_SPEECH_VERBS: frozenset[str] = frozenset({
    "reported", "reports", "noted", "notes", "stated", "states", "stressed", "warned",
    "explained", "claimed", "claims", "confirmed", "insisted", "announced", "argued",
    "believes", "believe", "thinks", "estimated", "estimates", "emphasized", "emphasised",
    "predicted", "informed", "reminded", "acknowledged", "admitted",
})
# words that may stand between a speaker and the speech verb ("has repeatedly said")
SPEECH_AUXILIARIES: frozenset[str] = frozenset({
    "has", "had", "have", "also", "later", "then", "further", "again", "would", "will",
    "repeatedly", "previously", "earlier", "once", "reportedly", "himself", "herself",
    "itself", "themselves", "meanwhile",
})
# words opening a clause: between a comma and a name they mean no attribution follows
CLAUSE_OPENERS: frozenset[str] = frozenset({
    "which", "who", "whom", "whose", "that", "where", "when", "as", "while", "but", "and",
    "because", "if", "although", "though",
})
# lowercase words after a name that are not its verb
NOT_VERBS: frozenset[str] = frozenset({
    "and", "or", "of", "in", "on", "at", "to", "for", "with", "the", "a", "an", "who", "which",
    "whose", "whom", "that", "as", "from", "by",
})
# words after "said" that start an adverbial, not the clause said ("said after the talks")
ADVERBIAL_STARTS: tuple[str, ...] = (
    "after", "in", "on", "at", "later", "during", "before", "from", "to", "via", "through",
    "with", "while", "when", "as", "earlier", "late", "last", "this", "yesterday", "today", "by",
    "outside", "inside", "ahead", "afterwards", "afterward", "separately", "also", "again",
    "then", "so", "too", "recently", "of", "about",
)
# "the president said", "the Ukrainian minister added": role nouns that point back to a person
SPEAKER_ROLE_NOUNS: tuple[str, ...] = (
    "president", "minister", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
    "aide", "negotiator", "leader", "chief", "head", "adviser", "advisor", "secretary",
    "diplomat", "vice-president", "prime minister", "head of state", "ombudsman", "commissioner",
    "mayor", "governor",
)
# role words that name a role written differently in the person's title
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "head of state": ("president",),
    "ombudsman": ("ombudsman", "commissioner for human rights", "human rights commissioner"),
}
# "..., adding that", "while cautioning that": participles that carry on the same speaker
SPEECH_PARTICIPLES: frozenset[str] = frozenset({
    "saying", "adding", "noting", "stressing", "warning", "insisting", "arguing", "cautioning",
    "claiming", "telling", "writing", "explaining", "emphasizing", "emphasising", "stating",
    "recalling", "reiterating", "acknowledging", "admitting", "confirming", "suggesting",
    "complaining", "underlining", "pointing", "asserting", "alleging", "declaring",
})
# participles that take their clause without "that" ("saying Kyiv would rearm")
BARE_PARTICIPLES: frozenset[str] = frozenset({"saying", "adding", "telling", "writing"})
# verbs that report speech through their object: "urged X to ...", "accused X of ..."
OBJECT_SPEECH_VERBS: dict[str, str] = {
    "urge": "to", "urges": "to", "urged": "to", "urging": "to",
    "call on": "to", "calls on": "to", "called on": "to", "calling on": "to",
    "accuse": "of", "accuses": "of", "accused": "of", "accusing": "of",
    "threaten": "with", "threatens": "with", "threatened": "with", "threatening": "with",
}
# verbs that introduce a quote of somebody's words, though no clause of reported speech:
# 'dismissed the line-up as "a theatre prop"', 'proposed "direct negotiations"'
QUOTING_VERBS: frozenset[str] = frozenset({
    "dismiss", "dismisses", "dismissed", "brand", "brands", "branded", "hail", "hails",
    "hailed", "propose", "proposes", "proposed", "slam", "slams", "slammed", "label", "labels",
    "labelled", "labeled", "praise", "praises", "praised", "criticise", "criticised",
    "criticize", "criticized", "condemn", "condemns", "condemned",
})
# verbs whose "to ..." is what was said: "pledged to hand over the bodies"
INFINITIVE_SPEECH_VERBS: frozenset[str] = frozenset({
    "pledge", "pledges", "pledged", "promise", "promises", "promised", "vow", "vows", "vowed",
    "threaten", "threatens", "threatened",
})
# "called it a deliberate strike", "what the ministry described as an attack": the naming said
NAMING_FRAMES: tuple[str, ...] = (
    "described it as", "described as", "describes it as", "describe it as", "called it",
    "calls it", "branded it", "labelled it", "labeled it", "dubbed it",
)
# words that begin a finite clause soon after its subject: a clause said without "that"
# ("claimed its troops had captured"), unlike an object ("claimed victory")
CLAUSE_AUXILIARIES: frozenset[str] = frozenset({
    "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "can",
    "should", "must", "might", "may", "did", "does", "do", "wants", "wanted", "remains",
})
# head nouns of organisations: "the ministry said" points back to the latest ministry named,
# and "the SBU security service said" is the SBU speaking
ORGANISATION_NOUNS: tuple[str, ...] = (
    "ministry", "air force", "security service", "service", "agency", "office",
    "headquarters", "council", "commission", "army", "military", "police", "committee",
    "general staff", "staff", "command", "administration", "government", "navy",
)
# words after "according to" that make the name after them no source ("a version published
# by X", "a draft seen by X")
NOT_SOURCE_WORDS: frozenset[str] = frozenset({
    "version", "draft", "document", "documents", "report", "reports", "data", "figures",
    "estimate", "estimates", "text", "copy", "leak", "plan", "proposal",
})
# words before a name that make it somebody else than the speaker ("a source close to X")
NOT_SPEAKER_LEADS: tuple[str, ...] = ("close to", "familiar with")

# words between a party and its delegation noun ("Moscow sent a core team")
DELEGATION_FILLERS: tuple[str, ...] = (
    "sent", "fielded", "has", "had", "was", "is", "were", "represented", "by", "a", "an", "its",
    "the", "core", "full", "new", "own", "negotiating", "official", "small", "large",
)
# head counts written as words ("a six-member team", "a team of four")
HEAD_COUNT_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
