"""Words for military facts: event nouns and verbs, quantity units, and what disqualifies them.

The grammar using these lives in store/military.py. Verb forms are listed in full (no stemming).
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
ADJECTIVAL_PARTICIPLES: tuple[str, ...] = ("wounded", "injured", "killed")
CATEGORY_NOUNS: tuple[str, ...] = (
    "soldiers", "servicemen", "prisoners", "pows", "military", "troops", "people", "civilians",
    "fighters", "personnel", "captives", "men", "women", "children", "veterans", "seriously",
    "severely", "critically", "badly", "young",
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
    "a chord", "a tone", "a note", "a bargain", "a blow to", "a nerve",
)
# -ed words that may modify an event noun ("a combined attack")
EVENT_NOUN_MODIFIERS_ED: tuple[str, ...] = (
    "combined", "coordinated", "sustained", "renewed", "concentrated", "unprecedented",
    "unmanned", "armed", "guided", "suspected", "alleged", "reported", "attempted", "failed",
    "repeated", "large-scale", "massed", "targeted", "retaliatory",
)
MAX_MODIFIERS = 4

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
    "homes", "houses", "apartments",
)
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
MAX_UNIT_GAP = 3  # adjectives skipped between a number and its unit ("41 Russian bombers")

# clause splits inside a sentence (after a comma / on their own): each side may be its own event
CLAUSE_SPLITS: tuple[str, ...] = ("while", "whereas", "but", "and", "as", "meanwhile")
BARE_CLAUSE_SPLITS: tuple[str, ...] = ("while", "whereas", "but")

MAX_TEXT_WORDS = 15

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
