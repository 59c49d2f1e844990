"""Text-level lexicons: boilerplate lines, credit lines, abbreviations and sentence starters.

Kept as data so that tuning the article cleaner (``store/article.py``) or the sentence splitter
(``store/sentences.py``) never means editing regex grammar in code.
"""

from __future__ import annotations

# --- boilerplate -------------------------------------------------------------------------------

# a line longer than this is never boilerplate: it is a real paragraph, whatever it starts with
BOILERPLATE_MAX_CHARS = 200

# whole-line patterns (matched case-insensitively with re.fullmatch on the stripped line)
BOILERPLATE_PATTERNS: tuple[str, ...] = (
    # audio / reading-time widgets
    r"this (audio|article|story) (is|was) (created|generated|produced|read) (with|by|using)"
    r"( the help of)? (ai|an ai|artificial intelligence)( assistance| voice| tools?)?\.?",
    r"listen to (this|the) (article|story|report)\.?( \d+ min(ute)?s?\.?)?",
    r"listen( now)?\s*:?",
    r"\d+\s*(min|mins|minutes?)( read| listen)?\.?",
    r"(estimated )?reading time\s*:?\s*\d+\s*(min|mins|minutes?)\.?",
    # standards, sign-up, subscription and sharing widgets
    r"our standards\s*:.*",
    r"the thomson reuters trust principles\.?.*",
    r",? ?opens new tab",
    r"sign (up|in) (for|to|now|here)\b.*",
    r"subscribe( now| here| today| for| to|\s*:|\s*$).*",
    r"(you can )?unsubscribe at any time\.?",
    r"(advertisement|advertising|sponsored( content)?|ad|promoted)\s*:?",
    r"(story|article) continues( below)?( advertisement)?\.?",
    r"share( this| the)?( article| story| page| post)?( on [\w ]{1,30})?\s*:?",
    r"(tweet|email|e-mail|print|comments?|close|menu|loading\.*|more|back to top|"
    r"skip to (main )?content|most read|trending( now)?|recommended( for you)?|top stories)",
    r"follow (us|[\w .'’-]{1,40}) on (twitter|x|facebook|telegram|instagram|google news|"
    r"whatsapp|youtube|linkedin|threads|bluesky|tiktok|viber|flipboard)\b.*",
    r"(join|download|get) (us|our|the)\b.{0,60}\b(telegram|whatsapp|app|newsletter|channel)"
    r"\b.*",
    r"(read|see|watch) (more|also|next|here)\b\s*[:|.»-]?.*",
    r"(read|see) the (full|original) (story|article|report)\b.*",
    r"(related( articles?| stories| coverage| content| topics| reading)?|more on this( story)?)"
    r"\s*(:.*)?",
    r"(watch|video|listen|gallery|explainer|live updates)\s*:.*",
    # pictures and credits
    r"(photo|image|video|picture|illustration|photograph|caption|credit|media caption|"
    r"image caption|photo credit|image credit)s?\s*:.*",
    r"image source\s*[:,].*",
    r"(image|media) caption",
    r"\(?(photo|image|picture|video|illustration)s? (by|credit|courtesy|from)\b.*",
    r"(.{0,120}\b)?(getty images|via getty|afp via|ap photo|epa-efe|shutterstock)\b.{0,120}",
    # legal / cookies / donations
    r"(©|\(c\)|copyright\b).*",
    r"all rights reserved\.?",
    r"(please )?(click|tap) here\b.*",
    r"(we|this (site|website)) uses? cookies\b.*",
    r"(accept|manage|reject) (all )?cookies.*",
    r"(please )?support (independent|our|quality) journalism\b.*",
    r"(become a|join our) (member|supporter|community)\b.*",
    r"(donate|support us)( now| today| here)?\s*[:.!]?",
    # time stamps of the page itself, not of the events
    r"(updated|published|posted|last updated|first published)( on| at)?\s*:?\s*"
    r"(\w+\.? \d{1,2},? \d{4}|\d{1,2} \w+,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[:.]\d{2}).{0,40}",
    # a date (and time) alone on a line: the page's own stamp ("Monday, June 2, 2025 10:30 EEST")
    r"((mon|tues?|wed|thu|thurs|fri|sat|sun)[a-z]*\.?,?\s*)?"
    r"(\d{1,2}(st|nd|rd|th)?\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?),?\s+\d{4}"
    r"(,?\s*(at\s*)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*[a-z]{2,5})?)?",
    # bare links
    r"(https?://|www\.)\S+",
)

# lines like "Reporting by Jane Doe in Kyiv; Editing by John Roe" or "By a staff writer":
# the line starts with a lead and every later word is capitalised or one of CREDIT_WORDS
CREDIT_LEADS: tuple[str, ...] = (
    "additional reporting by", "reporting by", "editing by", "writing by", "written by",
    "edited by", "compiled by", "reported by", "translated by", "translation by",
    "graphics by", "research by", "text by", "by",
)
CREDIT_WORDS: frozenset[str] = frozenset({
    "and", "in", "at", "from", "for", "of", "the", "a", "an", "our", "with", "&", "by",
    "de", "van", "von", "der", "al", "el", "bin", "da", "di", "le", "la",
    "reporting", "additional", "editing", "writing", "compiled", "translation", "translated",
    "graphics", "research", "wire", "staff", "desk", "newsroom", "bureau", "team", "writer",
    "writers",
    "correspondent", "correspondents", "reporter", "reporters", "editor", "editors", "agencies",
    "special", "senior", "chief", "foreign", "political", "diplomatic", "defence", "defense",
})

# --- title and hard-wrap detection ---------------------------------------------------------------

# a title is never longer than this
TITLE_MAX_CHARS = 160

# a line ending in one of these words stops mid-sentence: it is wrapped text, never a title
MID_SENTENCE_ENDINGS: frozenset[str] = frozenset({
    "the", "a", "an", "of", "to", "with", "and", "or", "nor", "for", "in", "on", "at", "by",
    "from", "that", "which", "who", "whom", "whose", "as", "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "will", "would", "could", "should", "can", "may",
    "might", "must", "shall", "but", "than", "its", "their", "his", "her", "our", "my", "your",
    "this", "these", "those", "into", "onto", "about", "over", "after", "before", "between",
    "against", "during", "under", "not", "also", "if", "when", "while", "whether", "because",
    "so", "such", "said", "says", "told", "including", "per", "via", "amid", "toward",
    "towards", "upon", "within", "without", "through", "across", "among",
})

# --- dates in datelines --------------------------------------------------------------------------

# full and abbreviated month names (case-insensitive lookup, trailing "." removed)
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

# a year written in the text is only trusted inside this range
YEAR_MIN = 1990
YEAR_MAX = 2100

# --- sentence splitting --------------------------------------------------------------------------

# abbreviations that never end a sentence: they always precede a name or an example
NEVER_FINAL_ABBREVIATIONS: frozenset[str] = frozenset({
    "mr.", "mrs.", "ms.", "messrs.", "mmes.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.",
    "capt.", "cpt.", "sgt.", "cpl.", "pvt.", "adm.", "cmdr.", "brig.", "sen.", "sens.", "rep.",
    "reps.", "gov.", "pres.", "amb.", "rev.", "hon.", "fr.", "mt.", "ft.", "gens.",
    "e.g.", "i.e.", "cf.", "vs.", "v.", "viz.", "approx.", "ca.",
})

# abbreviations that may end a sentence, but only when a typical sentence starter follows
CONDITIONAL_ABBREVIATIONS: frozenset[str] = frozenset({
    "etc.", "inc.", "ltd.", "co.", "corp.", "llc.", "plc.", "bros.", "jr.", "sr.", "no.",
    "nos.", "st.", "ave.", "a.m.", "p.m.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
    "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "al.", "est.", "govt.", "dept.", "mln.",
    "bln.", "bn.", "mn.", "pct.", "min.", "max.", "intl.", "natl.",
})

# dotted country / organisation abbreviations (any other "X.Y." form is treated the same way)
COUNTRY_ABBREVIATIONS: frozenset[str] = frozenset({
    "u.s.", "u.k.", "u.n.", "e.u.", "u.s.a.", "u.a.e.", "u.s.s.r.",
})

# words that typically open a sentence: after "U.S." or "etc." they show a new sentence began
SENTENCE_STARTERS: frozenset[str] = frozenset({
    "The", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet",
    "In", "On", "At", "A", "An", "This", "That", "These", "Those", "There", "Here", "His",
    "Her", "Its", "Their", "Our", "My", "Your", "As", "After", "Before", "When", "While",
    "If", "Although", "Though", "However", "Meanwhile", "Still", "Since", "Because",
    "According", "Despite", "For", "From", "With", "Without", "By", "During", "Under", "Over",
    "Earlier", "Later", "Last", "Next", "Both", "Some", "Many", "Most", "All", "No", "Not",
    "Now", "Then", "Such", "What", "Why", "How", "Who", "Where", "Which", "Also", "Instead",
    "Moreover", "Even", "Only", "Each", "Every", "Another", "Other", "Until", "Among", "Amid",
    "Once", "Whether", "Neither", "Either", "Thus", "Indeed", "Separately", "Furthermore",
    "Nevertheless", "Nonetheless", "Otherwise", "Overall", "Previously", "Currently",
    "Recently", "Today", "Yesterday", "Tomorrow", "To", "Between", "Against", "Asked",
    "Speaking", "Of", "Several", "Few", "More", "Less", "Nor", "Given", "Following",
})

# words that attribute a quote: '"Will it work?" Zelensky asked.' stays one sentence
QUOTE_ATTRIBUTION_VERBS: frozenset[str] = frozenset({
    "said", "says", "asked", "asks", "told", "tells", "added", "adds", "wrote", "writes",
    "replied", "replies", "stated", "noted", "insisted", "argued", "tweeted", "posted",
    "declared", "shouted", "wondered", "remarked", "continued", "explained", "responded",
    "countered", "quipped", "stressed", "warned", "urged", "exclaimed", "demanded",
})
