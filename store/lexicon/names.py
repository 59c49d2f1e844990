"""Personal-name data: given names, their cross-language variants and spelling rewrite rules.

The same person is spelled many ways in English-language coverage (Ukrainian vs Russian
transliteration, agency house styles, diacritics dropped or kept). Everything here is data read
by ``store.names``; the code only knows *how* to apply it.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """Whitespace-separated words: long name lists stay readable as running text."""
    return frozenset(text.split())


# Groups of given names that denote the same name across transliterations and languages.
# The first spelling of a group is its canonical key. A name must appear in one group only.
GIVEN_NAME_VARIANTS: tuple[tuple[str, ...], ...] = (
    # --- Ukrainian / Russian / Belarusian (Ukrainian form first) ---
    ("volodymyr", "vladimir", "wladimir", "wolodymyr", "volodimir", "uladzimir", "vladimer",
     "wolodimir"),
    ("oleksandr", "aleksandr", "alexander", "alexandr", "aleksander", "oleksander", "olexander",
     "olexandr", "alexandre", "aleksandar", "aliaksandr", "alyaksandr", "alexandros",
     "alessandro", "alejandro", "aleksandre", "alex"),
    ("andriy", "andrii", "andrij", "andrey", "andrei", "andrej", "andrew", "andreas", "andrzej",
     "andre", "andres", "andrés", "andy"),
    ("dmytro", "dmitry", "dmitri", "dmitriy", "dmitrii", "dmitrij", "dimitri", "dimitry",
     "dmytriy", "dzmitry", "dzmitryi", "dimitrios"),
    ("yuriy", "yurii", "yuri", "yury", "iurii", "jurij", "yurij", "juri"),
    ("heorhiy", "heorhii", "heorhij", "georgy", "georgiy", "georgii", "georgi", "george",
     "giorgi", "georg", "georges", "jerzy", "jorge", "giorgio"),
    ("yehor", "yegor", "egor"),
    ("mykhailo", "mykhaylo", "mykhajlo", "mikhailo", "mikhaylo", "mikhail", "mihail", "mikhael",
     "michael", "michal", "michel", "mikheil", "michail", "michele", "miguel", "mihai", "mike"),
    ("serhiy", "serhii", "serhij", "sergei", "sergey", "sergiy", "sergii", "sergej", "serge",
     "sergiu", "sergio", "siarhei", "syarhey", "sergiusz"),
    ("vasyl", "vasily", "vassily", "vasiliy", "vasili", "vasilii", "wassili", "vasil", "vasile"),
    ("oleh", "oleg", "aleh"),
    ("ihor", "igor", "ihar"),
    ("yevhen", "yevgeny", "yevgeniy", "evgeny", "evgeniy", "yevgenii", "evgenii", "eugene",
     "jewgeni", "yevheniy", "yevhenii", "ievgen", "ievgenii", "yevgeni", "evgeni", "yauhen",
     "eugen", "eugenio", "eugeniusz"),
    ("oleksiy", "oleksii", "oleksij", "oleksi", "aleksei", "alexei", "alexey", "aleksey",
     "alexej", "aliaksei", "alyaksei", "alexis", "aleksy"),
    ("kyrylo", "kirill", "kyrill", "kyryl", "kiril", "cyril", "cyrille"),
    ("pavlo", "pavel", "paul", "pawel", "paweł", "paval", "paolo", "pablo", "pavol", "paulo"),
    ("mykola", "nikolai", "nikolay", "mikola", "nicholas", "nikola", "nicolas", "nicola",
     "mikolaj", "mikalai", "nikolaj", "niklas", "nikolaus", "nicolae", "nicolai", "nick"),
    ("petro", "pyotr", "petr", "peter", "piotr", "pierre", "pietro", "pedro", "petar", "petras",
     "pieter", "petri", "piet", "pete"),
    ("ivan", "iwan", "ioann", "ivano"),
    ("anatoliy", "anatolii", "anatoly", "anatoli", "anatolij"),
    ("valeriy", "valerii", "valery", "valeri", "valerij", "valeriu"),
    ("viktor", "victor", "wiktor", "viktar", "vittorio"),
    ("vitaliy", "vitalii", "vitaly", "vitali", "witali", "vitalij"),
    ("vyacheslav", "viacheslav", "wiaczeslaw", "viachaslau", "vjatseslav"),
    ("yaroslav", "iaroslav", "jaroslaw", "jaroslav"),
    ("stanislav", "stanislaw", "stanislas"),
    ("borys", "boris", "barys"),
    ("hryhoriy", "hryhorii", "grigory", "grigoriy", "grigori", "grigorii", "gregory", "grzegorz",
     "gregor", "ryhor", "gregoire", "gregorio", "greg"),
    ("maksym", "maksim", "maxim", "maxime", "massimo"),
    ("mykyta", "nikita", "mikita"),
    ("denys", "denis", "dzianis"),
    ("yakiv", "yakov", "iakov", "jakob", "jacob", "jakub", "jacques", "jacobo"),
    ("bohdan", "bogdan"),
    ("arseniy", "arsenii", "arseny", "arsenij"),
    ("danylo", "daniil", "daniel", "danilo", "danila", "daniele", "dan", "danny"),
    ("illia", "ilya", "ilia", "illya", "ilja", "ilias", "elias"),
    ("vladyslav", "vladislav", "wladyslaw", "uladzislau", "vladislaw"),
    ("rostyslav", "rostislav"),
    ("sviatoslav", "svyatoslav", "svjatoslav"),
    ("myroslav", "miroslav", "miroslaw"),
    ("kostiantyn", "kostyantyn", "konstantin", "constantin", "konstantyn", "constantine",
     "konstantinos", "kanstantsin"),
    ("hennadiy", "hennadii", "gennadiy", "gennady", "gennadii", "gennadi"),
    ("vadym", "vadim"),
    ("fedir", "fyodor", "fedor", "feodor", "fiodor", "theodore", "teodor", "fedar"),
    ("semen", "semyon", "simeon"),
    ("tymofiy", "tymofii", "timofei", "timofey"),
    ("artem", "artyom", "artemy", "artemiy"),
    ("arkadiy", "arkadii", "arkady", "arkadi"),
    ("stepan", "stefan", "stephen", "steven", "steve", "stefano", "stephane", "esteban",
     "stsiapan"),
    ("yosyp", "iosif", "joseph", "josef", "jozef", "giuseppe", "jose", "josep", "yosef", "joe"),
    ("matviy", "matvei", "matvey", "matthew", "matthias", "mathias", "mateusz", "matteo",
     "mathieu", "matej", "matt"),
    ("zakhar", "zakhariy", "zachary"),
    ("leonid", "leonide"),
    ("lev", "lew"),
    ("rustem", "rustam"),
    ("ruslan", "ruslans"),
    ("yulia", "yuliia", "iuliia", "julia", "yuliya", "ioulia", "julija", "giulia", "julie"),
    ("olena", "yelena", "elena", "helena", "helen", "alena", "elene", "hélène", "helene"),
    ("iryna", "irina", "irena", "irene"),
    ("nataliya", "natalia", "natalya", "nataliia", "natalie", "natalija", "natalja"),
    ("tetiana", "tetyana", "tatiana", "tatyana", "tatjana", "tatsiana"),
    ("olha", "olga", "volha"),
    ("hanna", "anna", "ganna", "ana", "anne", "ann", "hanne"),
    ("mariya", "maria", "mariia", "marija", "marie", "mary", "mariam", "maryia", "marya"),
    ("svitlana", "svetlana", "sviatlana"),
    ("liudmyla", "lyudmila", "ludmila", "lyudmyla", "ludmilla", "liudmila"),
    ("valentyna", "valentina", "walentyna"),
    ("kateryna", "yekaterina", "ekaterina", "katerina", "catherine", "katarzyna", "caterina",
     "katharina", "katherine", "catarina", "katsiaryna", "kate"),
    ("viktoriya", "viktoria", "victoria", "viktoriia", "wiktoria"),
    ("dariya", "daria", "darya", "dariia"),
    ("kseniya", "kseniia", "ksenia", "xenia"),
    ("anastasiya", "anastasiia", "anastasia"),
    ("sofiya", "sofiia", "sofia", "sophia", "sophie", "zofia"),
    ("lesya", "lesia"),
    ("oleksandra", "aleksandra", "alexandra"),
    ("yevheniya", "yevheniia", "yevgeniya", "evgeniya", "eugenia"),
    # --- Arabic / Turkish / Persian ---
    ("muhammad", "mohammed", "mohammad", "mohamed", "muhammed", "mohamad", "muhammet"),
    ("mehmet", "mehmed"),
    ("ahmed", "ahmad", "ahmet", "akhmed"),
    ("ibrahim", "ebrahim", "ibragim", "brahim"),
    ("yusuf", "yousef", "youssef", "yusef", "yousuf", "yousif"),
    ("omar", "omer", "ömer", "umar"),
    ("hassan", "hasan"),
    ("hussein", "husein", "huseyin", "hüseyin", "hussain", "hossein", "husayn"),
    ("suleiman", "suleyman", "süleyman", "sulaiman", "sulayman"),
    ("abdullah", "abdallah", "abdulla"),
    ("osman", "usman", "uthman"),
    ("ismail", "ismael", "ismayil", "esmaeil", "ismoil"),
    ("khalid", "khaled"),
    ("majid", "majed"),
    ("mustafa", "mostafa", "moustafa", "mustapha"),
    ("mahmoud", "mahmud", "mahmood"),
    ("tariq", "tarek", "tarik", "tareq"),
    ("faisal", "feisal", "faysal"),
    ("abdulaziz", "abdelaziz"),
    ("mansour", "mansur", "mansoor"),
    ("nasser", "nasir", "naser"),
    ("jassim", "jasim", "jasem"),
    ("nayef", "naif", "nayif"),
    ("tahnoun", "tahnoon"),
    ("walid", "waleed"),
    ("rashid", "rashed", "rachid"),
    ("saeed", "saied", "sayed"),
    ("saleh", "salih"),
    ("yasser", "yasir", "yaser"),
    ("zaid", "zeid", "zayd"),
    ("jamal", "gamal"),
    ("kamal", "kemal"),
    ("fuad", "fouad"),
    ("emad", "imad"),
    ("riyad", "riad"),
    ("masoud", "massoud", "mesut"),
    ("karim", "kareem"),
    ("hamza", "hamzah"),
    ("mevlut", "mevlüt"),
    ("selcuk", "selçuk"),
    ("ozgur", "özgür"),
    ("ertugrul", "ertuğrul"),
    # --- European / American (nicknames with their full form) ---
    ("john", "johannes", "johann", "jon", "juan", "giovanni", "joao", "jean", "jan", "hans",
     "jens", "ioan", "ion", "johan"),
    ("james", "jim", "jimmy", "jamie", "jaime", "giacomo"),
    ("william", "bill", "wilhelm", "willem", "guillaume", "guillermo"),
    ("robert", "bob", "roberto", "rob", "robbie"),
    ("richard", "rick", "ricardo", "riccardo"),
    ("thomas", "tom", "tomas", "tomasz", "tommaso", "tommy"),
    ("charles", "carlos", "karl", "carl", "carlo", "karol", "charlie", "chuck"),
    ("francois", "francesco", "francisco", "franz", "frantisek", "franciszek"),
    ("anthony", "antony", "tony", "antonio", "anton", "antoine", "antonin", "antoni"),
    ("benjamin", "ben", "benny", "binyamin", "benjamín"),
    ("edward", "ed", "eduard", "edouard", "eduardo", "edoardo", "ted"),
    ("henry", "henri", "heinrich", "enrico", "enrique", "henrik", "harry"),
    ("christopher", "chris", "christoph", "christophe", "krzysztof"),
    ("samuel", "sam"),
    ("timothy", "tim", "timo", "timothee", "tymoteusz"),
    ("joshua", "josh"),
    ("jonathan", "yonatan"),
    ("nathaniel", "nathan", "nate"),
    ("jeffrey", "jeff", "geoffrey", "geoff"),
    ("gerald", "gerard", "gerhard", "gerry", "gérald"),
    ("lawrence", "laurence", "laurent", "lorenzo", "larry", "lorenz"),
    ("philip", "phillip", "philippe", "felipe", "filippo", "phil", "filip", "philipp"),
    ("emmanuel", "emanuel", "emanuele", "manuel"),
    ("vincent", "vincenzo", "vicente"),
    ("martin", "martino", "martti"),
    ("mark", "marc", "marco", "marcus", "markus", "marek", "marko"),
    ("david", "davit", "dave", "davide", "dawid"),
    ("douglas", "doug"),
    ("kenneth", "ken"),
    ("ronald", "ron"),
    ("donald", "don"),
    ("pamela", "pam"),
    ("elizabeth", "elisabeth", "elisabetta", "isabel", "isabelle", "liz", "elzbieta",
     "isabella"),
    ("margaret", "margarete", "margarethe", "margarita", "malgorzata", "margot"),
    ("susan", "susanne", "suzanne", "susanna", "susie", "zuzana"),
    ("barbara", "barbora"),
    ("agnieszka", "agnes"),
    ("teresa", "theresa", "tereza"),
    ("christine", "christina", "kristina", "cristina", "krystyna", "kristine", "kristin"),
    ("ursula", "urszula"),
)

_SINGLE_GIVEN_NAMES = _words("""
abdel abdelfattah abdulkadir abdulrahman abiy achim adam adel adil adrian agathe ajit akif
alain alan alar alastair albert alberto alek ali alice alina alisher alistair alvaro amanda
amelia amina amir amit amy anders angela angelika angelina anita annalena antti antonia
antonella armen arnaud arnold arthur artur ashot aurelien avi avigdor aydin ayman ayse bader
badr baiba barack bart bartosz bashar beata beate belen bennett bernard bernd bertrand beth
betsy bettina bezalel bidzina binali birgit bjorn blaise bo bogdana bohuslav bojan boleslaw
bolat boyko bozidar brad bradley brandon brendan brett brian bronislaw bruce bruno bryan burak
cameron carla carol caroline carolyn cathy cecilia celine celso cem cengiz cevdet charlotte
chloe chrystia claire clara claude claudia clement colin conor craig cyrus dag dale dalia
damian dana darius darren dean debbie deborah declan denise derek devlet diana diane didier
diego dieter dimitar dina dino dirk dominic dominik dominique doris dorin dragan duncan dusan
dylan ebru edgar edgars edi edith efrat egils ehud ekrem elaine eli elif elina elisa ella ellen
elly elon elvira emil emilia emily emma emmerson emomali enes ennio eric erik erika ernest
ernesto esra ethan eva evan evika ewa fabian fabio fabrice fahrettin farhad farid farida fatih
fatima federica federico felix fernando filiz finn fiona florian francesca frank frederic
frederick fredrik friedrich fumio gabor gabriel gabriela gabrielius gary gavin gennaro
georgina gert gideon gil gilad gilbert gina gitanas giulio giuliano glen glenn gordon guido
gulnara gunnar gustav guy hadi hafez hakan hakeem halil hamad hamdan hamid hannah harald haris
haruki hazem heidi heiko heinz hendrik herbert hermann hikmet hillary hisham holger horst
hubert hugh hugo hulusi hunter ian ibrahima ida idris ignazio ilham ilir ilkka ilona imran
indira ingrid inigo ioana iris isaac ishaq itamar ivanka ivo jacek jack jacqueline jair jake
jakov janet janez janis jared jaroslava jason javad javier jay jd jean-claude jean-marie
jean-noel jean-pierre jean-yves jeanne jennifer jeremy jerome jesse jessica jill jo joachim
joanna jody joel johanna jonas jordi josephine josip joyce judit judith jules julian julien
julio julius jun junichiro justin jussi kaja kai kais kaitlan kamala karen karin karine karis
karoline kasia kassym-jomart kathleen katja katrin kay keir keith kemi kevin kirsten kjell
klaus kofi kris krisjanis kristalina kristi kristjan kristrun kurt kyle lana lars laszlo laura
lauren laurynas lech leila lena leon leyla liam lidia lilia lina linda lindsey lionel lisa
lloyd lorenza louis louise luc luca lucas lucia ludovic luigi luis luiz lukas lukasz luminita
lydia lynne magdalena magnus maia maja malik mamuka manfred manon marat marcel marcelo marcin
mariana marianne marina marius mariusz marjan marta martina marwan masha mateo matti mattia
maurice mauricio mauro max maxine maya megan mehdi meir melania melanie melinda merve mette mia
mihaela mila milica milorad milos mimi mira mirek mirjana mitch mohsen moira mojtaba moshe
murat musa nabil nadia nadiya nadezhda naftali nancy naomi narendra nasrin natasha nawaf nazar
neil nicolo nicu nicusor nigel nikki nikol nikos nils nina nirmala noa noah noel nora norbert
numan olaf olesya olivia olivier oliver orhan oscar otto pamela paola pascal pat patricia
patrick patryk paula pauline pekka penny per petteri petra petronela pia pierluigi pinchas
piyush priti qiang rachel radek radoslaw rafael rafal ragnar rahul rainer raisa rajnath ralf
ralph ram rami ramzan rania raphael rasmus ray raymond rebecca recep reinhard rena renat renata
rene reuven rex reza rhys ricarda rinat rishi rita robin rodrigo roger roland rolf roman
romano ronen rosa rosen ross rudolf rudy rumen ruth ryszard sabine sadyr sahra salome samantha
samir sandra sandro sanna sara sarah sascha sauli scott sean sebastian sebastien selim serena
shakhzod shavkat shehbaz sheldon shigeru shinzo shira shmuel sigmar silvia silvio simon simona
simone slawomir sloane slobodan stacey stanley steffen steffi stella stephanie stewart stuart
subrahmanyam suella sultana sune sven svenja sylvie szymon tadeusz tahir tamara tamer tamim
tammy tanja tanya tayyip teodora terry theo therese thierry thorsten tiina tobias todd toomas
torsten tove tracy travis tristan tulsi turki tymur udo ulf ulrich ulrike uri urmas uwe vaclav
valentin valerie vanessa vera veronika veronica viktorija vilmos viola violeta vivian vlad
vojislav volker wade walter wayne wendy werner wes wesley winston wojciech wolfgang xavier
yael yair yakub yasemin yasin yigal yitzhak yoav yohannes yoko yolanda yoshihide yoshimasa
yossi yves yvette zahid zbigniew zdenek zehra zelimkhan zeynep zoltan zoran zsolt zurab
inna oksana emine taras halyna larysa nadiia zoriana khrystyna solomiia ulyana myroslava
vira liliia alla raisa
jinping yi hui keqiang lifeng zhaoxu jiechi kun
alexandru andrius arvydas audrius aurimas ingrida kestutis linas raimonds rihards valdis
vaira vytautas zygimantas
levan irakli nika kakha tina zviad shalva ekaterine
nebojsa goran ivica andrej milorad
""")

# Real given names left out of GIVEN_NAMES: they are also common English words, places or
# well-known surnames in this domain, and a name finder would misread them.
AMBIGUOUS_GIVEN_NAMES = frozenset({
    "will", "may", "june", "april", "august", "art", "ban", "don", "said", "sultan", "jordan",
    "israel", "marine", "christian", "santiago", "lee", "graham", "carter", "austin", "morgan",
    "russell", "kennedy", "murray", "wallace", "howard", "mitchell", "marshall", "nelson",
    "wilson", "kelly", "ryan", "francis", "leo", "fidan", "kalin", "costa", "grant", "rand",
    "can", "chad", "tea", "mercedes", "milan", "orlando", "virginia", "salman", "saud",
    "abbas", "assad", "lula", "akhmat", "nursultan", "ararat", "aviv", "kim",
})

_VARIANT_NAMES = frozenset(n for group in GIVEN_NAME_VARIANTS for n in group)

# Lowercase given names likely in this domain (every variant included), used to tell that a
# capitalised word opens a personal name.
GIVEN_NAMES: frozenset[str] = (_VARIANT_NAMES | _SINGLE_GIVEN_NAMES) - (
    AMBIGUOUS_GIVEN_NAMES
)

# Lowercase particles that belong to a surname rather than being one ("von der Leyen",
# "bin Salman", "Al Thani", "de Gaulle").
NAME_PARTICLES = frozenset({
    "al", "el", "bin", "ibn", "bint", "binti", "von", "van", "der", "den", "de", "del", "della",
    "di", "da", "du", "des", "dos", "das", "la", "le", "ter", "ten", "zu", "vom", "af", "ould",
    "ben",
})

# Particles meaning "son/daughter of": the surname key keeps them, because "bin Salman" is
# a patronymic naming someone other than "Salman". Spelling variants map to one form.
PATRONYMIC_PARTICLES: dict[str, str] = {"bin": "bin", "ibn": "bin", "bint": "bint",
                                        "binti": "bint"}

# Generational suffixes, normalised; they distinguish Donald Trump from Donald Trump Jr.
NAME_SUFFIXES: dict[str, str] = {
    "jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr",
    "ii": "ii", "iii": "iii", "iv": "iv",
}

# Surnames written first in English coverage of East Asian people ("Xi Jinping", "Wang Yi",
# "Kim Jong Un"): in a name of two or three words starting with one of these, it is the surname.
SURNAME_FIRST = frozenset({
    "xi", "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "hu",
    "sun", "ma", "zhu", "guo", "he", "lin", "gao", "luo", "zheng", "liang", "xie", "song", "tang",
    "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai",
    "jiang", "yu", "qin", "wei", "kim", "choe", "pak", "ri", "yoon", "moon",
})

# Letters that Unicode decomposition does not reduce to ASCII.
FOLD_LETTERS: dict[str, str] = {
    "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th",
    "ð": "d", "ħ": "h", "ŀ": "l", "ŋ": "n", "ſ": "s",
}

# Characters that are apostrophes (dropped) or hyphens (normalised to "-") in names.
APOSTROPHES = "'’‘ʼʻ`´ʹ′"
HYPHENS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"

# Transliteration rewrites for name keys, applied in order on folded letters. Consonant rules
# unify house styles (Kh/H, Ukrainian h vs Russian g, German tsch, Polish cz/sz, j/y); after
# repeated letters are collapsed the vowel rules unify the iotated vowels
# (Umierov/Umerov, Yermak/Iermak, Nebenzia/Nebenzya, Fyodorov/Fedorov).
TRANSLIT_CONSONANTS: tuple[tuple[str, str], ...] = (
    ("tsch", "ch"), ("tch", "ch"), ("kh", "h"), ("ph", "f"), ("ck", "k"),
    ("cz", "ch"), ("sz", "sh"), ("x", "ks"), ("w", "v"), ("q", "k"), ("j", "y"), ("g", "h"),
    ("y", "i"),
)
TRANSLIT_VOWELS: tuple[tuple[str, str], ...] = (
    ("ie", "e"), ("io", "e"), ("iu", "u"), ("ia", "a"),
)
# Whole-ending rewrites applied last (Belarusian -enka is the same surname as -enko).
TRANSLIT_ENDINGS: tuple[tuple[str, str], ...] = (
    ("enka", "enko"),
)

# Words that alone do not name one organisation: an alias made only of these (plus "the")
# is not evidence that two articles mean the same body ("the Defence Ministry" exists in
# every country).
GENERIC_ORG_WORDS = frozenset({
    "the", "of", "for", "and", "on", "in", "a", "an",
    "ministry", "minister", "department", "office", "council", "committee", "commission",
    "agency", "service", "services", "government", "parliament", "administration", "cabinet",
    "army", "navy", "military", "forces", "force", "armed", "staff", "general", "command",
    "court", "assembly", "senate", "house", "congress", "party", "bureau", "directorate",
    "authority", "authorities", "presidency", "embassy", "mission", "delegation", "team",
    "defence", "defense", "foreign", "affairs", "interior", "justice", "security", "national",
    "state", "federal", "intelligence", "presidential", "central", "supreme", "joint", "main",
    "border", "guard", "police", "emergency", "emergencies", "energy", "finance", "economy",
    "economic", "health", "press", "media", "news", "secretariat", "headquarters", "unit",
    "units", "brigade", "battalion", "regiment", "division", "corps", "group", "people",
    "peoples", "public", "prosecutor", "prosecutors", "ombudsman", "human", "rights",
    "coordination", "treatment", "prisoners", "war", "bank", "fund",
    "mfa", "mod", "mid", "pmo",  # acronyms every country has
})


# endings typical of Slavic, Caucasian and Turkish surnames: with no known given name, a
# two-word capitalised run ending in one of these is taken for a person ("Rustem Umerov")
SURNAME_ENDINGS: tuple[str, ...] = (
    "ov", "ova", "ev", "eva", "yov", "in", "ina", "yn", "sky", "skyy", "skyi", "skiy", "ski",
    "ska", "skaya", "enko", "ko", "uk", "yuk", "chuk", "ak", "yak", "ich", "vich", "yan", "ian",
    "dze", "shvili", "oglu", "ğlu", "nen", "ets", "ii", "yi", "iy",
)

# British and American spellings of words in organisation names: one form for matching, so
# "National Security and Defence Council" and "... Defense Council" are one organisation
SPELLING_VARIANTS: dict[str, str] = {
    "defence": "defense", "centre": "center", "organisation": "organization",
    "programme": "program", "labour": "labor", "armour": "armor", "honour": "honor",
    "colour": "color", "favour": "favor",
}
