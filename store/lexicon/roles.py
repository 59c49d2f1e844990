"""Titles and roles that stand before or after a person's name, and organisations.

A title is a run of MODIFIER words ending in a HEAD word ("Deputy Foreign Minister",
"presidential aide", "special envoy"), matched case-insensitively.
"""

from __future__ import annotations

# the noun that makes a phrase a role
TITLE_HEADS: frozenset[str] = frozenset({
    "president", "vice-president", "prime minister", "premier", "minister", "ministers",
    "secretary", "ambassador", "envoy", "aide", "adviser", "advisor", "spokesperson",
    "spokesman", "spokeswoman", "press secretary", "chancellor", "chief", "head", "director",
    "commander", "commander-in-chief", "general", "colonel", "lieutenant", "major", "admiral",
    "marshal", "negotiator", "lawmaker", "mp", "deputy", "senator", "representative", "speaker",
    "chairman", "chairwoman", "chair", "leader", "king", "emir", "crown prince", "pope",
    "ombudsman", "ombudsperson", "commissioner", "governor", "mayor", "official", "diplomat",
    "coordinator", "counsellor", "counselor", "attorney general", "prosecutor",
    "prosecutor general", "analyst", "professor", "expert", "correspondent", "journalist",
    "sultan", "patriarch", "member", "officer", "member of parliament", "delegate",
    "vice", "foreign minister", "defence minister", "defense minister", "secretary-general",
    "vice-chairman", "deputy-head", "chief-of-staff", "first-deputy",
})

# words that may stand before a head inside a title ("Deputy Foreign", "Kremlin", "U.N.")
TITLE_MODIFIERS: frozenset[str] = frozenset({
    "deputy", "first", "vice", "foreign", "defense", "defence", "interior", "justice",
    "economy", "economic", "finance", "energy", "culture", "health", "agriculture", "trade",
    "digital", "veterans", "intelligence", "security", "national", "state", "special",
    "presidential", "kremlin", "senior", "top", "chief", "former", "acting", "military",
    "u.n.", "un", "eu", "nato", "white", "house", "press", "ministry", "office", "foreign-policy",
    "foreign policy", "national security", "general", "staff", "armed", "forces", "of", "the",
    "for", "on", "and", "affairs", "executive", "prime", "lead", "chief-of-staff", "head",
    "personal", "peace", "ukraine", "russia", "middle", "east", "european", "commission",
    "council", "parliamentary", "parliament", "opposition", "rada", "duma", "upper", "lower",
    "human", "rights", "ground", "air", "naval", "navy", "army", "border", "guard", "service",
    "intelligence-service", "spy", "sanctions", "policy", "relations", "international",
    "external", "strategic", "humanitarian", "legal", "communications", "permanent", "public",
    "delegation", "russian", "ukrainian", "american", "turkish", "us", "u.s.", "chief of staff",
    "assistant", "advisory", "joint", "supreme", "lieutenant", "rear", "vice-",
    "prime-", "presidential office", "office of the president",
})

# honorifics: dropped from names, no role
HONORIFICS: frozenset[str] = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam", "lady", "lord",
    "gen.", "gen", "lt.", "col.", "maj.", "capt.", "sgt.", "adm.", "sen.", "rep.", "gov.",
    "amb.", "pres.", "prof.", "prof",
})

# abbreviations of titles -> their role
TITLE_ABBREVIATIONS: dict[str, str] = {
    "gen.": "General", "lt.": "Lieutenant", "col.": "Colonel", "maj.": "Major",
    "capt.": "Captain", "sgt.": "Sergeant", "adm.": "Admiral", "sen.": "Senator",
    "rep.": "Representative", "gov.": "Governor", "amb.": "Ambassador", "pres.": "President",
}

# words ending a capitalised run that make it an organisation
ORG_HEADS: frozenset[str] = frozenset({
    "ministry", "service", "services", "council", "agency", "office", "committee", "commission",
    "parliament", "assembly", "union", "nations", "organization", "organisation", "bank", "fund",
    "court", "directorate", "guard", "forces", "force", "army", "navy", "fleet", "command",
    "staff", "department", "administration", "government", "cabinet", "party", "duma", "rada",
    "senate", "congress", "institute", "foundation", "corporation", "group", "network",
    "news", "times", "post", "journal", "press", "bureau", "center", "centre",
    "coalition", "alliance", "federation", "secretariat", "headquarters", "company", "media",
    "television", "tv", "radio", "independent", "pravda", "kommersant", "izvestia", "novosti",
    "battalion", "brigade", "regiment", "division", "corps", "unit", "units", "inc.", "ltd.",
})

# known organisations: canonical name -> (side or None, aliases)
ORGANISATIONS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "Security Service of Ukraine": ("Ukraine", ("SBU", "Ukraine's Security Service",
                                                "Ukrainian Security Service")),
    "Main Intelligence Directorate": ("Ukraine", ("HUR", "GUR")),
    "Federal Security Service": ("Russia", ("FSB",)),
    "Russian Defense Ministry": ("Russia", ("Russian Defence Ministry",
                                            "Russia's Defense Ministry",
                                            "Russia's Defence Ministry",
                                            "Russian Ministry of Defense",
                                            "Russian Ministry of Defence")),
    "Ukrainian Air Force": ("Ukraine", ("Ukraine's Air Force", "Ukraine's air force",
                                        "Ukrainian air force")),
    "Armed Forces of Ukraine": ("Ukraine", ("Ukrainian Armed Forces", "AFU", "ZSU")),
    "General Staff of the Armed Forces of Ukraine": ("Ukraine", ("Ukraine's General Staff",
                                                                 "Ukrainian General Staff")),
    "Verkhovna Rada": ("Ukraine", ("Rada",)),
    "State Duma": ("Russia", ("Duma",)),
    "United Nations": (None, ("U.N.", "UN", "the United Nations")),
    "U.N. Security Council": (None, ("UN Security Council", "United Nations Security Council",
                                     "Security Council")),
    "NATO": (None, ("North Atlantic Treaty Organization", "Nato")),
    "European Union": (None, ("EU", "E.U.", "the European Union")),
    "European Commission": (None, ()),
    "OSCE": (None, ("Organization for Security and Co-operation in Europe",)),
    "International Committee of the Red Cross": (None, ("ICRC", "Red Cross")),
    "IAEA": (None, ("International Atomic Energy Agency",)),
    "G7": (None, ("G-7", "Group of Seven")),
    "BRICS": (None, ()),
    "Wagner Group": ("Russia", ("Wagner",)),
    "Reuters": (None, ("Thomson Reuters",)),
    "Associated Press": (None, ("AP", "The Associated Press")),
    "AFP": (None, ("Agence France-Presse", "Agence France Presse")),
    "Interfax": (None, ("Interfax-Ukraine",)),
    "TASS": (None, ("Tass",)),
    "RIA Novosti": (None, ("RIA",)),
    "Ukrinform": (None, ()),
    "Ukrainska Pravda": (None, ()),
    "Kyiv Independent": (None, ("The Kyiv Independent",)),
    "Bloomberg": (None, ()),
    "CNN": (None, ()),
    "BBC": (None, ()),
    "Axios": (None, ()),
    "Anadolu": (None, ("Anadolu Agency",)),
    "Suspilne": (None, ()),
    "RBC-Ukraine": (None, ()),
    "Kommersant": (None, ()),
    "Izvestia": (None, ()),
    "The New York Times": (None, ("New York Times", "NYT")),
    "The Wall Street Journal": (None, ("Wall Street Journal", "WSJ")),
    "The Washington Post": (None, ("Washington Post",)),
    "Financial Times": (None, ("FT",)),
    "The Guardian": (None, ("Guardian",)),
    "Al Jazeera": (None, ()),
}

# capitalised words that never start or form a name (sentence starters, months, weekdays...)
NOT_NAMES: frozenset[str] = frozenset({
    "The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I",
    "You", "His", "Her", "Its", "Their", "Our", "My", "Your", "But", "And", "Or", "So", "Yet",
    "If", "When", "While", "After", "Before", "Since", "As", "At", "In", "On", "Of", "For",
    "From", "To", "By", "With", "Without", "Under", "Over", "During", "Despite", "Although",
    "Though", "However", "Instead", "Meanwhile", "Also", "Still", "Then", "There", "Here",
    "According", "Speaking", "Talking", "Asked", "Earlier", "Later", "Last", "Next", "Now",
    "Today", "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Both", "Each", "Every", "All",
    "Some", "Many", "Most", "Several", "Such", "No", "Not", "Neither", "Nor", "What", "Which",
    "Who", "Whom", "Whose", "Why", "How", "Where", "Ukrainian", "Russian", "Western", "European",
    "President", "Minister", "Foreign", "Defense", "Defence", "Prime", "Deputy", "Security",
    "Peace", "Talks", "Ceasefire", "Kremlin", "Mr", "Mrs", "Ms", "Dr", "Sir", "One", "Two",
    "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First", "Second", "Third",
    "Once", "Even", "Only", "Just", "Already", "Moreover", "Furthermore", "Nevertheless",
    "Nonetheless", "Thus", "Therefore", "Because", "Unless", "Until", "Whether", "Following",
    "Amid", "Among", "Against", "Between", "Through", "Throughout", "Toward", "Towards",
    "Upon", "Within", "About", "Above", "Across", "Along", "Around", "Behind", "Below",
    "Beside", "Beyond", "Into", "Near", "Off", "Out", "Outside", "Inside", "Like", "Unlike",
    "Via", "Per", "Let", "Please", "Thank", "Thanks", "Yes", "Oh", "Well", "OK", "Okay",
    "Reuters", "Update", "Updated", "Breaking", "Live", "Read", "Watch", "Photo", "Video",
    "Sources", "Source", "Officials", "Analysts", "Experts", "Observers", "Diplomats",
    "Christmas", "Easter", "Victory", "Day", "Independence", "Constitution", "Orthodox",
    "Catholic", "Islam", "Muslim", "Christian", "God", "Lord", "Allah", "Internet", "English",
    "Memorandum", "Minsk", "Agreement", "Accords", "Summit", "Round", "War", "World",
    "Operation", "Spiderweb", "Spider", "Web", "Army", "Navy", "Air", "Force", "Forces",
    "Prisoners", "Prisoner", "Exchange", "Children", "Humanitarian", "Parliament", "Government",
    "Ministry", "Office", "Council", "Union", "State", "States", "Nations", "Republic",
    "Federation", "Committee", "Service", "Agency", "Department", "Delegation", "Delegations",
    "Negotiations", "Negotiators", "Talk", "Statement", "Statements", "Demands", "Demand",
})

# a lowercase description before a capitalised name that makes it a media organisation
# ("news agency Interfax", "the newspaper Kommersant")
MEDIA_DESCRIPTORS: frozenset[str] = frozenset({
    "agency", "newspaper", "outlet", "broadcaster", "channel", "daily", "website", "portal",
    "tabloid", "magazine", "network", "company", "group", "firm", "publication",
})
