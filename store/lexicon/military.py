"""Words for military facts: event nouns and verbs, quantity units, and what disqualifies them.

The grammar using these lives in store/military/. Verb forms are listed in full (no stemming).
"""

from __future__ import annotations

from store.lexicon.demands import (
    DEMONYMS,
    DETERMINERS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    SPEECH_VERBS,
)

# --- triggers ---------------------------------------------------------------------------------
# nouns naming an attack-like event: the event text is their noun phrase
EVENT_NOUNS: tuple[str, ...] = (
    "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "air strike",
    "air strikes", "shelling", "bombardment", "bombardments", "bombing", "bombings", "barrage",
    "barrages", "onslaught", "counteroffensive", "counter-offensive", "shootdown",
)
# event nouns that count only when the sentence has other military context
WEAK_EVENT_NOUNS: tuple[str, ...] = (
    "offensive", "assault", "assaults", "raid", "raids", "battle", "battles", "fighting",
    "clashes", "incursion", "incursions", "explosions", "blasts", "ambush", "advance",
    "advances", "losses", "casualties", "death toll",
)
# verbs whose subject did it: "Russia shelled Kharkiv" (strong: military on their own)
AGENT_VERBS: tuple[str, ...] = (
    "shelled", "shells", "shelling", "bombed", "bombarded", "bombards", "shot down",
    "shoots down", "shooting down", "downed", "intercepted", "intercepts", "intercepting",
    "neutralized", "neutralised", "neutralizes", "neutralises", "killed", "kills", "killing",
    "wounded", "wounding", "injured", "injuring", "pounded", "pounds", "pounding", "mobilised",
    "mobilized", "mobilises", "mobilizes", "conscripted", "repelled", "repulsed", "eliminated",
    "eliminates", "liberated", "recaptured",
)
# agent verbs that need military context ("hit", "launched", "captured" are everyday words too)
WEAK_AGENT_VERBS: tuple[str, ...] = (
    "attacked", "attacks", "attacking", "struck", "strikes", "striking", "hit", "hits",
    "hitting", "launched", "launches", "launching", "fired", "fires", "firing", "targeted",
    "targets", "targeting", "destroyed", "destroys", "destroying", "damaged", "damaging",
    "captured", "captures", "capturing", "seized", "seizes", "seizing", "took control",
    "taken control", "advanced", "advancing", "sent", "disabled", "disabling", "deployed",
    "recruited", "drafted", "lost", "loses", "losing", "suffered", "suffers", "hurt",
)
# participles that also describe a category of people ("wounded soldiers", "injured civilians")
ADJECTIVAL_PARTICIPLES: tuple[str, ...] = ("wounded", "injured", "killed", "captured")
CATEGORY_NOUNS: tuple[str, ...] = (
    "soldiers", "servicemen", "prisoners", "pows", "military", "troops", "people", "civilians",
    "fighters", "personnel", "captives", "men", "women", "children", "veterans", "combatants",
)
CATEGORY_WINDOW = 4  # words between the participle and the category noun ("wounded and ill")
# a sentence about exchanging people: its participles name who is exchanged
PRISONER_CONTEXT: tuple[str, ...] = (
    "prisoner", "prisoners", "POW", "POWs", "prisoners of war", "swap", "swaps", "swapped",
    "swapping", "exchange", "exchanges", "exchanged", "exchanging", "captives", "captivity",
    "repatriated", "repatriation", "released", "releasing", "freed", "handed over", "bodies",
    "return of",
)
# words before an adjectival participle ("all severely wounded", "of captured soldiers")
CATEGORY_LEADS: tuple[str, ...] = (
    "all", "the", "of", "and", "or", "severely", "seriously", "critically", "badly", "lightly",
    "for", "with", "including", "as", "both", "some", "many", "other",
)
# non-military topics: a weak trigger in their clause is not an attack ("sanctions targeting")
NON_MILITARY_CONTEXT: tuple[str, ...] = (
    "sanction", "sanctions", "tariff", "tariffs", "shadow fleet", "embargo", "price cap",
    "election", "elections", "campaign trail", "market", "markets",
)
# verbs whose subject suffered it: no actor ("Ukraine lost 1,100 troops")
VICTIM_VERBS: tuple[str, ...] = (
    "lost", "loses", "losing", "suffered", "suffers", "suffering", "died", "dies",
)
# verbs that govern an event noun: their subject is the noun's actor ("X launched an attack")
LAUNCH_VERBS: tuple[str, ...] = (
    "launched", "launches", "launching", "launch", "carried out", "carries out",
    "carrying out", "conducted", "conducts", "conducting", "staged", "stages", "mounted",
    "mounts", "unleashed", "unleashes", "stepped up", "steps up", "intensified", "intensifies",
    "continued", "continues", "began", "begins", "started", "starts", "pressed", "presses",
    "resumed", "resumes", "delivered", "delivers", "executed", "undertook",
)
# weapons that can be the subject of any past-tense verb: "Ukrainian drones disrupted flights"
WEAPON_NOUNS: tuple[str, ...] = (
    "drone", "drones", "missile", "missiles", "rocket", "rockets", "bomb", "bombs",
    "glide bomb", "glide bombs", "shell", "shells", "Shahed", "Shaheds", "UAV", "UAVs",
    "warplane", "warplanes", "artillery", "strike", "strikes", "airstrike", "airstrikes",
)
# past tenses that do not end in -ed
IRREGULAR_PAST: tuple[str, ...] = (
    "hit", "struck", "set", "tore", "flew", "fell", "blew", "shot", "smashed", "sank", "burnt",
    "caught", "left", "knocked", "brought", "took",
)
# after a weapon and a perfect auxiliary ("117 drones had taken part"): participles not in -ed
IRREGULAR_PARTICIPLES: tuple[str, ...] = (
    "hit", "struck", "set", "torn", "flown", "fallen", "blown", "shot", "smashed", "sunk",
    "burnt", "caught", "left", "knocked", "brought", "taken",
)
# -ed words after a weapon that describe it rather than report an event ("drones used by")
NOT_EVENT_VERBS: tuple[str, ...] = (
    "used", "supplied", "produced", "made", "designed", "manufactured", "equipped", "based",
    "armed", "guided", "called", "named", "known", "loaded", "fitted", "developed", "provided",
    "purchased", "received", "needed", "required", "requested", "promised", "pledged",
    "involved", "sized", "type", "shaped", "powered", "numbered", "aimed", "intended",
    "smuggled", "hidden", "stored", "jammed", "downed", "intercepted", "recorded", "registered",
    "reported", "counted", "detected", "spotted", "tracked", "observed", "launched", "fired",
    "remained", "seemed", "appeared", "proved", "accounted", "represented", "dominated",
    "featured", "changed", "played", "worked", "transformed", "continued", "cost", "ordered",
    "bought", "sold", "delivered", "shipped", "sent", "given", "donated", "exported", "imported",
)
ARTICLES: tuple[str, ...] = ("a", "an", "the")
# words before an event noun that make it a reference to a told event ("the strikes")
DEFINITE_WORDS: tuple[str, ...] = (
    "the", "this", "that", "these", "those", "its", "their", "his", "her", "such", "our",
)
# words after which a noun phrase opens a clause: "overnight Russian drones hit Odesa"
CLAUSE_OPENERS: tuple[str, ...] = (
    "and", "but", "then", "while", "as", "when", "after", "overnight", "meanwhile", "also",
    "later", "earlier", "before", "yet", "so",
)
# event nouns that are verbs after "to" ("drones ... to strike aircraft")
NOUN_VERB_BASES: tuple[str, ...] = ("strike", "attack", "shell", "bomb", "raid", "assault")
# verbs of defence: done by the side that was attacked ("air defence downed 39 drones")
DEFENSIVE_VERBS: tuple[str, ...] = (
    "intercepted", "intercepts", "intercepting", "shot down", "shoots down", "shooting down",
    "downed", "neutralized", "neutralised", "repelled", "repulsed", "thwarted", "foiled",
    "jammed",
)
# verbs that are a defence when what they destroy is a munition in flight ("its air defences
# destroyed 162 drones"), and those munitions
DESTROY_VERBS: tuple[str, ...] = (
    "destroyed", "destroys", "destroying", "eliminated", "eliminates", "disabled",
)
MUNITIONS: tuple[str, ...] = (
    "drone", "drones", "missile", "missiles", "rocket", "rockets", "UAV", "UAVs", "Shahed",
    "Shaheds", "glide bomb", "glide bombs", "decoy", "decoys",
)
# verbs of taking or losing ground: a different kind of event from a strike told beside it
# ("launched 110 drones, while its troops captured a village" is two events)
TERRITORIAL_VERBS: tuple[str, ...] = (
    "captured", "captures", "capturing", "seized", "seizes", "seizing", "took control",
    "taken control", "advanced", "advancing", "liberated", "recaptured",
)
# "attacks ... had been repelled"
PASSIVE_PERFECT: tuple[str, ...] = ("had been", "have been", "has been", "were", "was")
# a reporting body's own action: "the SBU said Sunday's operation had struck 41 aircraft"
OWN_OPERATION_NOUNS: tuple[str, ...] = ("operation", "operations")
# prepositions of place missing from the shared list: "trucks inside Russia"
PLACE_PREPOSITIONS: tuple[str, ...] = ("inside", "outside", "beyond", "onto", "across", "deep")
HAVE_AUX: tuple[str, ...] = ("have", "has", "had")
# words a cut event text may not end on ("... pushed into the Sumy region in the")
CONJUNCTIONS: tuple[str, ...] = ("and", "or", "but")
# passive auxiliaries: "were shot down", "was killed"
PASSIVE_AUX: tuple[str, ...] = ("was", "were", "been", "being", "is", "are", "be", "got")

# words that make a weak trigger military
MILITARY_CONTEXT: tuple[str, ...] = (
    "drone", "drones", "missile", "missiles", "rocket", "rockets", "bomb", "bombs", "shell",
    "shells", "artillery", "troops", "soldiers", "forces", "army", "military", "air force",
    "navy", "fleet", "front", "frontline", "front line", "bomber", "bombers", "aircraft",
    "jets", "tanks", "warplanes", "helicopters", "air base", "air bases", "airfield",
    "airfields", "positions", "brigade", "battalion", "air defence", "air defense",
    "air defences", "air defenses", "defence forces", "defense forces",
    "occupiers", "servicemen", "infantry", "howitzers", "ammunition", "Shahed", "Shaheds",
    "glide bombs", "ballistic", "cruise", "UAV", "UAVs", "combat", "shelling",
)
# nouns that, before "attack"/"strike", make it something other than a military event
NON_MILITARY_MODIFIERS: tuple[str, ...] = (
    "verbal", "personal", "rhetorical", "political", "media", "scathing", "blistering",
    "hunger", "general", "heart", "panic", "labour", "labor", "workers", "rail", "teachers",
    "lucky", "pre-emptive diplomatic",
)
# what follows "strike"/"struck" when it is about deals, not weapons
NON_MILITARY_OBJECTS: tuple[str, ...] = (
    "a deal", "deal", "deals", "an agreement", "agreement", "a balance", "a compromise",
    "a chord", "a tone", "a note", "a bargain", "a blow to", "a nerve", "out at", "back at",
    "the proposal", "the proposals", "a proposal", "the idea", "an idea", "the plan",
    "the suggestion", "the notion", "the offer", "claims", "reports", "rumours", "rumors",
    "suggestions",
)
# attack verbs that a target alone makes military ("struck an oil refinery", not "sent")
TARGET_VERBS: tuple[str, ...] = (
    "attacked", "attacks", "attacking", "struck", "strikes", "striking", "hit", "hits",
    "hitting", "targeted", "targets", "targeting", "damaged", "damaging", "destroyed",
    "destroys", "destroying", "disabled", "disabling",
)
# what an attack verb hits: military context for it
STRIKE_TARGETS: tuple[str, ...] = (
    "refinery", "refineries", "oil depot", "fuel depot", "power plant", "power plants",
    "power station", "substation", "substations", "energy infrastructure", "infrastructure",
    "air base", "airbase", "airfield", "port", "ports", "railway", "bridge", "arsenal",
    "ammunition depot", "warehouse", "military-industrial", "plant", "factory",
    "apartment block", "residential building", "residential area", "city centre",
)
# -ed words that may modify an event noun ("a combined attack")
EVENT_NOUN_MODIFIERS_ED: tuple[str, ...] = (
    "combined", "coordinated", "sustained", "renewed", "concentrated", "unprecedented",
    "unmanned", "armed", "guided", "suspected", "alleged", "reported", "attempted", "failed",
    "repeated", "large-scale", "massed", "targeted", "retaliatory",
)
MAX_MODIFIERS = 4
# words of an approximate count inside an event noun phrase ("[well over 100] assaults")
COUNT_APPROXIMATOR_WORDS: tuple[str, ...] = (
    "at", "least", "more", "than", "over", "about", "around", "nearly", "some", "up", "to",
    "almost", "well", "roughly", "approximately", "some",
)

# --- when a military word is not a reported fact -----------------------------------------------
# before the trigger in its clause: hypothetical, denied or future
HYPOTHETICAL: tuple[str, ...] = (
    "if", "unless", "whether", "would", "could", "might", "should", "will", "shall",
    "threatened", "threatens", "threaten", "threatening", "plans", "planned", "planning",
    "intends", "intend", "intended", "vowed", "vows", "ready", "prepared", "preparing",
    "prepares", "prevent", "avoid", "case", "deny", "denied", "denies", "denying", "not",
    "never", "no", "without", "possible", "potential", "risk", "fear", "fears", "feared",
    "allegations", "accused", "accuses",
)
# right before the trigger: it is being halted or banned, i.e. a demand or a deal
SUPPRESSORS: tuple[str, ...] = (
    "halt", "halts", "halting", "halted", "stop", "stops", "stopping", "end", "ends", "ending",
    "cease", "ceasing", "moratorium", "ban", "banning", "pause", "pausing", "truce",
    "ceasefire", "refrain", "refraining", "renounce", "freeze", "suspend", "suspension",
    "limit", "limits", "on energy",
)
SUPPRESSOR_WINDOW = 4  # words

# the event is about an open-ended period: no single date
NON_DATED: tuple[str, ...] = (
    "since", "so far", "to date", "throughout", "in recent months", "in recent weeks",
    "in recent years", "over the past year", "over the past months", "over the years",
    "in total", "since the start", "since the beginning", "during the war", "regularly",
    "repeatedly", "routinely", "intensifying", "every day", "daily", "nightly", "each night",
    "every night", "every week", "each day",
    "for months", "for years", "in all", "ongoing",
)
# a date right after these is a bound, not when the event happened
DATE_BOUNDS: tuple[str, ...] = ("since", "until", "till", "by", "before", "from")

# --- who did it when the sentence does not say ---------------------------------------------
# a war of two sides: whoever hits one side's people or things is the other
OPPONENTS: dict[str, str] = {"Russia": "Ukraine", "Ukraine": "Russia"}
# prepositions before a place or side that is hit ("killed in Kyiv", "strikes on Ukraine")
TARGET_PREPOSITIONS: tuple[str, ...] = (
    "in", "on", "at", "over", "against", "across", "into", "of", "near", "toward", "towards",
)
# words of an office that speaks for its state rather than fights ("Russian Defense Ministry")
OFFICE_WORDS: tuple[str, ...] = (
    "Ministry", "Office", "Administration", "Cabinet", "Government", "Presidency", "Spokesman",
    "Spokeswoman", "Spokesperson", "Press Service",
)
SPEAKER_GAP = 4  # words between a speaker's name and the speech verb ("SBU security service said")
# phrases naming the source right after them ("according to the ministry")
SOURCE_PHRASES: tuple[str, ...] = ("according to", "citing")
# a date after these, in the same stretch of words, bounds a period ("since Moscow invaded in 2022")
PERIOD_BOUNDS: tuple[str, ...] = ("since", "until", "till", "ever since")

# --- quantities -------------------------------------------------------------------------------
# count nouns a military quantity can be "of" (singular and plural)
UNITS: tuple[str, ...] = (
    "drone", "drones", "missile", "missiles", "rocket", "rockets", "bomb", "bombs", "shell",
    "shells", "bomber", "bombers", "aircraft", "jet", "jets", "plane", "planes", "warplane",
    "warplanes", "helicopter", "helicopters", "tank", "tanks", "vehicle", "vehicles", "system",
    "systems", "howitzer", "howitzers", "gun", "guns", "ship", "ships", "vessel", "vessels",
    "boat", "boats", "submarine", "submarines", "troop", "troops", "soldier", "soldiers",
    "serviceman", "servicemen", "servicemembers", "fighter", "fighters", "personnel", "men",
    "people", "person", "civilian", "civilians", "child", "children", "resident", "residents",
    "occupier", "occupiers", "invader", "invaders", "reservist", "reservists", "conscript",
    "conscripts", "recruit", "recruits", "casualty", "casualties", "village", "villages",
    "settlement", "settlements", "town", "towns", "position", "positions", "km", "kilometres",
    "kilometers", "kilometre", "kilometer", "miles", "square kilometres", "square kilometers",
    "sq km", "base", "bases", "airfield", "airfields", "target", "targets", "sortie",
    "sorties", "strike", "strikes", "attack", "attacks", "explosion", "explosions", "decoy",
    "decoys", "Shahed", "Shaheds", "UAV", "UAVs", "launcher", "launchers", "depot", "depots",
    "brigade", "brigades", "battalion", "battalions", "unit", "units", "building", "buildings",
    "homes", "houses", "apartments", "airbase", "airbases", "air base", "air bases", "assault",
    "assaults", "raid", "raids", "airstrike", "airstrikes", "air strike", "air strikes",
    "bombardments", "artillery pieces", "regions", "oblasts",
)
# a distance followed by these says where something is, not how far anyone advanced
DISTANCE_UNITS: tuple[str, ...] = (
    "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile",
)
DISTANCE_RELATIONS: tuple[str, ...] = ("from", "away", "behind", "beyond", "inside", "deep")
# units that count people: with a casualty word the count is of the dead or hurt ("12 killed")
PERSON_UNITS: tuple[str, ...] = (
    "people", "person", "persons", "civilian", "civilians", "child", "children", "soldier",
    "soldiers", "serviceman", "servicemen", "servicemembers", "troops", "residents", "men",
    "women", "adults", "teenagers", "passengers", "workers", "fighters", "personnel",
    "occupiers", "invaders", "others", "boys", "girls", "babies", "infants", "minors",
    "pensioners", "rescuers", "firefighters", "medics", "journalists", "volunteers",
    "police officers", "policemen", "drivers", "employees", "villagers",
)
# one person named with "a"/"an": "a 28-year-old woman was killed" counts one
PERSON_SINGULAR: tuple[str, ...] = (
    "man", "woman", "child", "boy", "girl", "person", "civilian", "soldier", "teenager",
    "resident", "driver", "passenger", "worker", "pensioner", "baby", "infant", "volunteer",
    "journalist", "medic", "rescuer", "firefighter", "policeman", "police officer",
)
ONE_WORDS: tuple[str, ...] = ("a", "an", "one")
SINGULAR_AUX: tuple[str, ...] = ("was", "has been", "had been", "got")
# "Three children, aged eight and 12, were killed": an age list between count and casualty word
AGE_WORDS: tuple[str, ...] = ("aged",)
# "were among those killed"
AMONG_PHRASES: tuple[str, ...] = ("among those", "among the", "among")
# casualty words that make a bare number a quantity ("12 killed", "12 were killed")
CASUALTY_WORDS: tuple[str, ...] = (
    "dead", "killed", "wounded", "injured", "missing", "mobilised", "mobilized", "hurt",
)
CASUALTY_VERBS_ING: tuple[str, ...] = ("killing", "wounding", "injuring", "killed", "wounded",
                                       "injured")
PERCENT_WORDS: tuple[str, ...] = ("percent", "per cent")
NUMBER_WORDS: tuple[str, ...] = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "a hundred", "a thousand", "a dozen",
)
MAGNITUDES: tuple[str, ...] = ("hundred", "thousand", "million", "billion")
# "dozens of drones": vague counts that need "of" and a unit
VAGUE_COUNTS: tuple[str, ...] = (
    "dozens", "hundreds", "thousands", "tens of thousands", "hundreds of thousands", "scores",
)
# a number after these is an identifier, not a quantity
NUMBER_BLOCKERS: tuple[str, ...] = (
    "no", "no.", "decree", "resolution", "article", "number", "aged", "age", "section",
    "paragraph", "point", "item", "page", "chapter", "route", "flight", "road",
)
# words that may not sit between a number and its unit
NUMBER_GAP_STOPS: tuple[str, ...] = (
    *DETERMINERS, *PREPOSITIONS, "and", "or", "were", "was", "are", "is", "had", "have", "has",
    "been", "that", "which", "who", "it", "as", "said", "says", "than", "per", "more", "less",
    "years", "year", "days", "day", "hours", "hour", "weeks", "week", "months", "month",
)
MAX_UNIT_GAP = 4  # adjectives skipped between a number and its unit ("41 Russian bombers")

# clause splits inside a sentence (after a comma / on their own): each side may be its own event
CLAUSE_SPLITS: tuple[str, ...] = ("while", "whereas", "but", "and", "as", "meanwhile")
BARE_CLAUSE_SPLITS: tuple[str, ...] = ("while", "whereas", "but", "and that")
# a relative clause counting part of what was just counted ("110 drones, of which 65 were shot
# down"): its own clause, split off before these words, which stay in it; with no verb of its
# own ("killed 28, 23 of them in one building") its count joins the clause before
PARTITIVE_RELATIVES: tuple[str, ...] = ("of which", "of them")
# "[its forces] captured two villages and [also] downed 49 drones": "and" before a second verb
# of the same subject; adverbs and perfect auxiliaries that may stand between
VP_CONJUNCT_ADVERBS: tuple[str, ...] = (
    "also", "then", "later", "reportedly", "separately", "subsequently", "had", "has", "have",
)

MAX_TEXT_WORDS = 15
# a headline or subhead announces the story told in the next few paragraphs (a live blog puts a
# time stamp and a byline in between): its event is that story's, not one more
HEADLINE_REACH = 3  # paragraphs

SPEECH = SPEECH_VERBS
__all__ = ["DEMONYMS", "DETERMINERS", "POSSESSIVE_PRONOUNS", "PREPOSITIONS", "SPEECH"]

# --- small grammar words the patterns are built from ------------------------------------------
# prepositions that attach a target or place to an event noun ("attack on Kyiv")
EVENT_PREPOSITIONS: tuple[str, ...] = (
    "on", "against", "in", "at", "near", "across", "targeting", "over", "into", "of", "toward",
    "towards",
)
# words that end an event noun's prepositional phrase
PHRASE_BREAKERS: tuple[str, ...] = (
    "which", "that", "while", "killing", "wounding", "injuring", "after", "as", "amid", "since",
    "when", "and", "but", "according", "would", "will", "could", "can", "may", "might", "has",
    "have", "had", "was", "were", "is", "are", "did", "does", "do",
)
# words that end an event's verb phrase
TEXT_BREAKERS: tuple[str, ...] = ("after", "when", "while", "as", "because", "amid")
# "launched a new attack": words between a launch verb and the event phrase
LAUNCH_OBJECT_WORDS: tuple[str, ...] = (*DETERMINERS, "new", "another")
# "385 of the drones"
PARTITIVE_WORDS: tuple[str, ...] = ("the", "these", "those", "its", "their")
# "killing at least 12"
APPROXIMATORS: tuple[str, ...] = (
    "at least", "more than", "over", "about", "around", "nearly", "some", "up to", "almost",
)
# "12 were killed"
CASUALTY_AUX: tuple[str, ...] = ("were", "was", "have been", "had been", "are", "got")
CASUALTY_ING_TO_ED: dict[str, str] = {
    "killing": "killed", "wounding": "wounded", "injuring": "injured",
}
# pronouns standing for an agent, and whether they point to a person or a group
PRONOUNS: dict[str, str] = {
    "it": "group", "they": "group", "its": "group", "their": "group", "he": "person",
    "she": "person", "his": "person", "her": "person",
}
# "Decree No. 456": "No." before a number is an identifier, not a negation
NUMBER_SIGN = "No."
