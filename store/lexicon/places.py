"""States, their names, demonyms and metonyms, and places that are venues rather than actors.

Keys of STATES are the canonical names used everywhere (actor names, sides, parties).
"""

from __future__ import annotations

# canonical state -> every way news text names the state itself
STATES: dict[str, tuple[str, ...]] = {
    "Ukraine": ("Ukraine", "the Ukraine"),
    "Russia": ("Russia", "Russian Federation", "the Russian Federation"),
    "United States": (
        "United States", "the United States", "U.S.", "US", "USA", "U.S.A.", "America",
        "United States of America",
    ),
    "Turkey": ("Turkey", "Türkiye", "Turkiye"),
    "United Kingdom": ("United Kingdom", "the United Kingdom", "U.K.", "UK", "Britain",
                       "Great Britain"),
    "France": ("France",),
    "Germany": ("Germany",),
    "Italy": ("Italy",),
    "Poland": ("Poland",),
    "Belarus": ("Belarus",),
    "China": ("China", "People's Republic of China"),
    "India": ("India",),
    "Brazil": ("Brazil",),
    "South Africa": ("South Africa",),
    "Qatar": ("Qatar",),
    "Saudi Arabia": ("Saudi Arabia",),
    "United Arab Emirates": ("United Arab Emirates", "UAE", "U.A.E.", "the Emirates"),
    "Switzerland": ("Switzerland",),
    "Vatican": ("Vatican", "the Holy See", "Holy See"),
    "Hungary": ("Hungary",),
    "Slovakia": ("Slovakia",),
    "Moldova": ("Moldova",),
    "Georgia": ("Georgia",),
    "Finland": ("Finland",),
    "Sweden": ("Sweden",),
    "Norway": ("Norway",),
    "Denmark": ("Denmark",),
    "Netherlands": ("Netherlands", "the Netherlands"),
    "Belgium": ("Belgium",),
    "Spain": ("Spain",),
    "Canada": ("Canada",),
    "Japan": ("Japan",),
    "North Korea": ("North Korea", "DPRK"),
    "South Korea": ("South Korea",),
    "Iran": ("Iran",),
    "Israel": ("Israel",),
    "Estonia": ("Estonia",),
    "Latvia": ("Latvia",),
    "Lithuania": ("Lithuania",),
    "Romania": ("Romania",),
    "Czech Republic": ("Czech Republic", "Czechia"),
    "Austria": ("Austria",),
    "Kazakhstan": ("Kazakhstan",),
    "Azerbaijan": ("Azerbaijan",),
    "Armenia": ("Armenia",),
    "Egypt": ("Egypt",),
    "Indonesia": ("Indonesia",),
}

# adjective or people noun -> state ("Ukrainian delegation", "the Russians")
DEMONYMS: dict[str, str] = {
    "Ukrainian": "Ukraine", "Ukrainians": "Ukraine",
    "Russian": "Russia", "Russians": "Russia",
    "American": "United States", "Americans": "United States", "U.S.": "United States",
    "US": "United States",
    "Turkish": "Turkey", "Turks": "Turkey",
    "British": "United Kingdom", "Briton": "United Kingdom", "Britons": "United Kingdom",
    "U.K.": "United Kingdom", "UK": "United Kingdom",
    "French": "France", "German": "Germany", "Germans": "Germany", "Italian": "Italy",
    "Polish": "Poland", "Belarusian": "Belarus", "Belarusian's": "Belarus",
    "Chinese": "China", "Indian": "India", "Brazilian": "Brazil", "South African": "South Africa",
    "Qatari": "Qatar", "Saudi": "Saudi Arabia", "Emirati": "United Arab Emirates",
    "Swiss": "Switzerland", "Hungarian": "Hungary", "Slovak": "Slovakia", "Moldovan": "Moldova",
    "Georgian": "Georgia", "Finnish": "Finland", "Swedish": "Sweden", "Norwegian": "Norway",
    "Danish": "Denmark", "Dutch": "Netherlands", "Belgian": "Belgium", "Spanish": "Spain",
    "Canadian": "Canada", "Japanese": "Japan", "North Korean": "North Korea",
    "North Koreans": "North Korea", "South Korean": "South Korea", "Iranian": "Iran",
    "Israeli": "Israel", "Estonian": "Estonia", "Latvian": "Latvia", "Lithuanian": "Lithuania",
    "Romanian": "Romania", "Czech": "Czech Republic", "Austrian": "Austria",
    "Kazakh": "Kazakhstan", "Azerbaijani": "Azerbaijan", "Armenian": "Armenia",
    "Egyptian": "Egypt", "Soviet": "Russia",
}

# a capital, seat of power or phrase standing for the state ("Moscow rejected", "the Kremlin said")
METONYMS: dict[str, str] = {
    "Kyiv": "Ukraine", "Kiev": "Ukraine", "Bankova": "Ukraine", "Kiev regime": "Ukraine",
    "the Kiev regime": "Ukraine", "the Kyiv regime": "Ukraine",
    "Moscow": "Russia", "the Kremlin": "Russia", "Kremlin": "Russia",
    "Washington": "United States", "the White House": "United States",
    "White House": "United States", "the Trump administration": "United States",
    "Trump administration": "United States",
    "Ankara": "Turkey", "London": "United Kingdom", "Downing Street": "United Kingdom",
    "Paris": "France", "the Elysee": "France", "Élysée": "France", "Berlin": "Germany",
    "Beijing": "China", "Minsk": "Belarus", "Warsaw": "Poland", "Budapest": "Hungary",
    "Tehran": "Iran", "Pyongyang": "North Korea", "Doha": "Qatar",
}

# any name of a state or a metonym -> the state ("U.S." -> United States, "Kremlin" -> Russia)
STATE_OF_NAME: dict[str, str] = {
    **{alias: state for state, aliases in STATES.items() for alias in (state, *aliases)},
    **METONYMS,
}

# phrases that stand for a party's negotiating side: "<Demonym> <noun>" -> the state
SIDE_NOUNS: tuple[str, ...] = (
    "side", "delegation", "delegates", "negotiators", "team", "officials", "authorities",
    "government", "leadership", "forces", "troops", "army", "military",
    "counterparts", "representatives",
)

# places that host talks or are fought over; never actors
VENUES: frozenset[str] = frozenset({
    "Istanbul", "Ankara", "Antalya", "Geneva", "Riyadh", "Jeddah", "Minsk", "Abu Dhabi",
    "Doha", "Vatican", "Rome", "Anchorage", "Alaska", "Helsinki", "Vienna", "Paris", "London",
    "Berlin", "Brussels", "Warsaw", "Budapest", "Moscow", "Kyiv", "Kiev",
    "Washington", "Miami", "New York", "Munich", "Copenhagen", "Oslo", "Stockholm",
    "Beijing", "Tehran", "Dubai", "Muscat", "Baku", "Astana", "Bratislava", "Tallinn", "Vilnius",
    "Riga", "Madrid", "The Hague", "Bern", "Lausanne", "Davos", "Sochi",
})

# a building or site of talks -> the city it is in (the venue reported for a meeting)
VENUE_SITES: dict[str, str] = {
    "Dolmabahce Palace": "Istanbul", "Dolmabahçe Palace": "Istanbul",
    "Ciragan Palace": "Istanbul", "Çırağan Palace": "Istanbul",
    "Belovezhskaya Pushcha": "Belarus", "Diriyah Palace": "Riyadh",
    "Apostolic Palace": "Vatican", "Joint Base Elmendorf-Richardson": "Anchorage",
    "Mar-a-Lago": "Palm Beach", "White House": "Washington", "Kremlin": "Moscow",
}

# regions, cities and other geography that is never an actor
REGIONS: frozenset[str] = frozenset({
    "Donetsk", "Luhansk", "Lugansk", "Zaporizhzhia", "Zaporozhye", "Kherson", "Crimea",
    "Donbas", "Donbass", "Kharkiv", "Kharkov", "Sumy", "Chernihiv", "Odesa", "Odessa",
    "Dnipro", "Dnipropetrovsk", "Mykolaiv", "Poltava", "Kursk", "Belgorod", "Bryansk",
    "Kaluga", "Murmansk", "Irkutsk", "Ivanovo", "Ryazan", "Amur", "Olenya", "Belaya", "Engels",
    "Sevastopol", "Mariupol", "Bakhmut", "Avdiivka", "Pokrovsk", "Kostiantynivka", "Kupiansk",
    "Lviv", "Vinnytsia", "Zhytomyr", "Rivne", "Ternopil", "Khmelnytskyi", "Kropyvnytskyi",
    "Cherkasy", "Ivano-Frankivsk", "Uzhhorod", "Chernivtsi", "Lutsk", "Kramatorsk", "Sloviansk",
    "Novorossiysk", "Rostov", "Krasnodar", "Voronezh", "Siberia", "Black Sea", "Sea of Azov",
    "Azov Sea", "Europe", "Asia", "Middle East", "Baltic", "Baltics", "Arctic", "Kremlin Palace",
    "Dnipro River", "Dnieper", "Zaporizhzhia Nuclear Power Plant", "Kinburn", "Kinburn Spit",
    "Siversk", "Chasiv Yar", "Toretsk", "Vovchansk", "Huliaipole", "Orikhiv", "Kurakhove",
    "Vuhledar", "Sudzha", "Tokmak", "Melitopol", "Berdyansk", "Nova Kakhovka", "Enerhodar",
})
