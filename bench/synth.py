"""Synthetic news articles about the 2025 Russia-Ukraine talks, for benchmarks.

Usage: python bench/synth.py OUT_DIR COUNT [--seed N] [--jobs N]

Writes COUNT plain-text articles in the format of ``seeds/`` (first line `` date YYYY-MM-DD``)
into sub-folders of 1,000 files each (``OUT/000/``, ``OUT/001/`` ...) and prints files, MB, words
and seconds. Article n depends only on (seed, n): the same seed and count give byte-identical
files, and article 5 is the same whether 10 or 100,000 are written.

Every sentence is assembled from the templates and pools below. All wording is invented for
this benchmark: quotes, figures and most people are made up, and the real public figures of the
talks appear only with invented words. Nothing here is reporting.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import random
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

# =================================================================================================
# Data: styles, topics, people, places, templates and pools
# =================================================================================================

FIRST_DAY = dt.date(2025, 2, 1)
LAST_DAY = dt.date(2025, 12, 31)
FILES_PER_FOLDER = 1000
MIN_WORDS, MEDIAN_WORDS, MAX_WORDS = 150, 350, 900
MIN_PARAS, MAX_PARAS = 5, 25
# the word target drawn per article (log-normal); the median words come out near MEDIAN_WORDS
TARGET_MEDIAN, TARGET_SIGMA = 280, 0.45

# outlet style -> weight
STYLES: dict[str, float] = {
    "wire": 22, "ukr": 15, "state": 12, "live": 12, "analysis": 12, "paper": 13, "mt": 14,
}
# what the article is about -> weight
TOPICS: dict[str, float] = {
    "round": 30, "preview": 12, "memorandum": 12, "exchange": 12, "strikes": 14,
    "diplomacy": 14, "sanctions": 6,
}
# paragraphs every article of a topic gets (after the lead), in this order before shuffling
CORE: dict[str, tuple[str, ...]] = {
    "round": ("delegation_ua", "delegation_ru", "quote", "demand", "venue", "military",
              "reported"),
    "preview": ("delegation_ua", "quote", "demand", "reported", "military"),
    "memorandum": ("memo_list", "demand", "quote", "reported", "delegation_ru", "military"),
    "exchange": ("exchange", "quote", "reported", "delegation_ua", "military", "civilian"),
    "strikes": ("military", "military", "civilian", "quote", "demand", "reported",
                "delegation_ua"),
    "diplomacy": ("us", "quote", "reported", "demand", "military", "delegation_ru"),
    "sanctions": ("sanctions", "us", "quote", "demand", "reported", "military"),
}
# extra paragraphs drawn until the word target is met -> weight
EXTRA: dict[str, float] = {
    "quote": 14, "reported": 12, "demand": 8, "military": 9, "filler": 22, "us": 5,
    "analyst": 6, "civilian": 3, "exchange": 3, "venue": 2, "memo_list": 1, "sanctions": 3,
    "delegation_ua": 2, "delegation_ru": 2,
}
# the sides speakers are drawn from -> weight
SPEAKER_SIDES: dict[str, float] = {"ua": 40, "ru": 32, "us": 16, "tr": 6, "eu": 6}

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen", "twenty")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")

# venue city -> (weight, places in it, the mediator side)
VENUES: dict[str, tuple[float, tuple[str, ...], str]] = {
    "Istanbul": (60, ("Dolmabahce Palace", "Ciragan Palace", "the Ciragan Palace",
                      "the Dolmabahce Palace office"), "tr"),
    "Riyadh": (14, ("Diriyah Palace", "a government palace in Riyadh"), "us"),
    "Jeddah": (10, ("a seafront hotel in Jeddah", "a government guest house in Jeddah"), "us"),
    "Geneva": (16, ("a diplomatic mission in Geneva", "a lakeside villa outside Geneva"), "us"),
}

# Ukrainian regions and a city in each: (region, city)
UA_REGIONS: tuple[tuple[str, str], ...] = (
    ("Kharkiv", "Kharkiv"), ("Odesa", "Odesa"), ("Dnipropetrovsk", "Dnipro"),
    ("Zaporizhzhia", "Zaporizhzhia"), ("Sumy", "Sumy"), ("Chernihiv", "Chernihiv"),
    ("Mykolaiv", "Mykolaiv"), ("Kherson", "Kherson"), ("Poltava", "Poltava"),
    ("Kyiv", "Bila Tserkva"), ("Lviv", "Lviv"), ("Volyn", "Lutsk"), ("Zhytomyr", "Zhytomyr"),
    ("Khmelnytskyi", "Khmelnytskyi"), ("Donetsk", "Kramatorsk"), ("Cherkasy", "Cherkasy"),
)
RU_REGIONS = ("Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov", "Ryazan", "Saratov", "Tula",
              "Krasnodar", "Samara", "Nizhny Novgorod", "Oryol", "Lipetsk", "Tambov")
FRONT_VILLAGES = ("Novoivanivka", "Stepove", "Kalynivka", "Hrushivka", "Dovhe", "Zorianivka",
                  "Myrne", "Vilkhove", "Ternuvate", "Pishchane", "Sadove", "Lozuvatka")
FRONT_REGIONS = ("Donetsk", "Zaporizhzhia", "Kharkiv", "Dnipropetrovsk", "Sumy", "Luhansk")

# the bodies that report strikes, as a sentence tail ("..., {src}.")
UA_MIL_SOURCES = ("the Ukrainian Air Force said", "Ukraine's air force said",
                  "according to the Ukrainian Air Force",
                  "the Air Force of the Armed Forces of Ukraine reported",
                  "Ukraine's air force said on Telegram")
RU_MIL_SOURCES = ("the Russian Defence Ministry said", "Russia's Defence Ministry said",
                  "according to the Russian Defence Ministry",
                  "the Russian Ministry of Defence reported")

# ---- people ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, eq=False)  # compared by identity: one object a person
class Person:
    """One person: spellings of the full name, titles before it, roles after it."""

    key: str
    side: str                       # ua ru us tr eu civ an press
    names: tuple[str, ...]          # full-name spellings; the first is the usual one
    titles: tuple[str, ...] = ()    # "Defence Minister" (before the name)
    roles: tuple[str, ...] = ()     # "a presidential aide" (after the name)
    she: bool = False
    state_form: int = -1            # the spelling Russian state media use (index in names)
    paper_form: int = -1            # the spelling with a middle initial (US newspapers)
    weight: float = 1.0
    since: str = ""                 # ISO dates bounding when the title holds
    until: str = "9999"


P = Person
REAL_PEOPLE: tuple[Person, ...] = (
    P("zelensky", "ua", ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy",
                         "Vladimir Zelensky"),
      ("President", "Ukrainian President", "Ukraine's President"),
      ("Ukraine's president", "the Ukrainian president"), state_form=3, weight=12),
    P("putin", "ru", ("Vladimir Putin",), ("President", "Russian President"),
      ("the Russian president", "Russia's president"), weight=8),
    P("umerov", "ua", ("Rustem Umerov", "Rustem Umierov"),
      ("Defence Minister", "Ukrainian Defence Minister"),
      ("Ukraine's defence minister", "the head of the Ukrainian delegation"),
      weight=7, until="2025-07-17"),
    P("umerov", "ua", ("Rustem Umerov", "Rustem Umierov"),
      ("NSDC Secretary", "National Security and Defence Council Secretary"),
      ("secretary of Ukraine's National Security and Defence Council",
       "the head of the Ukrainian delegation"), weight=7, since="2025-07-17"),
    P("medinsky", "ru", ("Vladimir Medinsky", "Vladimir R. Medinsky"),
      ("presidential aide", "Kremlin aide", "Russian presidential aide"),
      ("an aide to President Vladimir Putin", "a presidential aide",
       "the head of the Russian delegation", "a former culture minister"),
      paper_form=1, weight=7),
    P("peskov", "ru", ("Dmitry Peskov", "Dmitri S. Peskov"),
      ("Kremlin spokesman", "Kremlin press secretary"),
      ("the Kremlin's spokesman", "Putin's press secretary"), paper_form=1, weight=8),
    P("lavrov", "ru", ("Sergei Lavrov", "Sergey Lavrov", "Sergei V. Lavrov"),
      ("Foreign Minister", "Russian Foreign Minister"), ("Russia's foreign minister",),
      state_form=1, paper_form=2, weight=5),
    P("yermak", "ua", ("Andriy Yermak", "Andrii Yermak", "Andrei Yermak"),
      ("Head of the Presidential Office", "presidential chief of staff"),
      ("the head of the presidential office", "the president's chief of staff"),
      state_form=2, weight=4, until="2025-11-28"),
    P("sybiha", "ua", ("Andrii Sybiha", "Andriy Sybiha", "Andrei Sybiga"),
      ("Foreign Minister", "Ukrainian Foreign Minister"),
      ("Ukraine's foreign minister", "the Ukrainian foreign minister"), state_form=2, weight=5),
    P("kyslytsya", "ua", ("Serhiy Kyslytsya", "Serhiy Kyslytsia", "Sergei Kislitsa"),
      ("First Deputy Foreign Minister",), ("Ukraine's first deputy foreign minister",),
      state_form=2, weight=3),
    P("budanov", "ua", ("Kyrylo Budanov", "Kirill Budanov"),
      ("military intelligence chief", "GUR chief"),
      ("the head of Ukraine's military intelligence (GUR)",), state_form=1, weight=3),
    P("tykhyi", "ua", ("Heorhii Tykhyi", "Georgy Tikhy"), ("Foreign Ministry spokesman",),
      ("a spokesman for Ukraine's Foreign Ministry",), state_form=1, weight=2),
    P("lubinets", "ua", ("Dmytro Lubinets",), ("human rights commissioner",),
      ("Ukraine's human rights commissioner",), weight=2),
    P("ivashchenko", "ua", ("Oleh Ivashchenko",), ("foreign intelligence chief",),
      ("head of the Foreign Intelligence Service",), weight=0.5),
    P("skibitskyi", "ua", ("Vadym Skibitskyi",), ("deputy military intelligence chief",),
      ("deputy head of military intelligence (GUR)",), weight=0.5),
    P("poklad", "ua", ("Oleksandr Poklad",), (), ("first deputy head of the SBU",),
      weight=0.5),
    P("hnatov", "ua", ("Andrii Hnatov", "Andriy Hnatov"), ("Chief of the General Staff",),
      ("chief of Ukraine's General Staff",), weight=0.5),
    P("galuzin", "ru", ("Mikhail Galuzin",), ("Deputy Foreign Minister",),
      ("a deputy foreign minister",), weight=1.5),
    P("fomin", "ru", ("Alexander Fomin", "Aleksandr Fomin"), ("Deputy Defence Minister",),
      ("a deputy defence minister",), weight=1.5),
    P("kostyukov", "ru", ("Igor Kostyukov",), ("GRU chief", "military intelligence chief"),
      ("the head of Russia's military intelligence",), weight=1.5),
    P("shevtsov", "ru", ("Viktor Shevtsov",), (), ("a member of the Russian delegation",),
      weight=0.5),
    P("ushakov", "ru", ("Yuri Ushakov", "Yury Ushakov"), ("Kremlin aide",),
      ("Putin's foreign policy adviser",), weight=3),
    P("zakharova", "ru", ("Maria Zakharova",), ("Foreign Ministry spokeswoman",),
      ("the Russian Foreign Ministry's spokeswoman",), she=True, weight=3),
    P("nebenzya", "ru", ("Vasily Nebenzya", "Vassily Nebenzia"), ("U.N. Ambassador",),
      ("Russia's ambassador to the United Nations",), weight=1),
    P("ryabkov", "ru", ("Sergei Ryabkov", "Sergey Ryabkov"), ("Deputy Foreign Minister",),
      ("a deputy foreign minister",), state_form=1, weight=1),
    P("dmitriev", "ru", ("Kirill Dmitriev",), ("Kremlin envoy",),
      ("the head of Russia's sovereign wealth fund",), weight=1.5),
    P("trump", "us", ("Donald Trump",), ("President", "U.S. President"),
      ("the U.S. president",), weight=9),
    P("rubio", "us", ("Marco Rubio",), ("Secretary of State", "U.S. Secretary of State"),
      ("the U.S. secretary of state", "America's top diplomat"), weight=5),
    P("witkoff", "us", ("Steve Witkoff",), ("special envoy", "U.S. special envoy"),
      ("the White House special envoy", "Trump's special envoy"), weight=4),
    P("kellogg", "us", ("Keith Kellogg",), ("U.S. special envoy for Ukraine", "special envoy"),
      ("the U.S. special envoy for Ukraine", "a retired general"), weight=3),
    P("vance", "us", ("JD Vance",), ("Vice President",), ("the U.S. vice president",),
      weight=1),
    P("erdogan", "tr", ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
      ("Turkish President", "President"), ("the Turkish president",), weight=3),
    P("fidan", "tr", ("Hakan Fidan",), ("Turkish Foreign Minister", "Foreign Minister"),
      ("Turkey's foreign minister",), weight=4),
    P("rutte", "eu", ("Mark Rutte",), ("NATO Secretary-General",),
      ("NATO's secretary-general",), weight=2),
    P("kallas", "eu", ("Kaja Kallas",), ("EU foreign policy chief",),
      ("the EU's top diplomat",), she=True, weight=2),
    P("guterres", "eu", ("Antonio Guterres", "António Guterres"), ("U.N. Secretary-General",),
      ("the head of the United Nations",), weight=1),
)
del P

UA_LEADERS = ("umerov", "umerov", "umerov", "umerov", "umerov", "kyslytsya", "yermak")
RU_LEADERS = ("medinsky", "medinsky", "medinsky", "medinsky", "medinsky", "kostyukov")
# who a U.S. official "spoke by phone with"
PHONE_PARTNERS = ("putin", "lavrov", "ushakov", "dmitriev", "zelensky", "yermak", "sybiha",
                  "umerov")
# words in a title or role that fit a delegation member
DELEGATE_WORDS = ("Deputy", "lawmaker", "MP", "adviser", "delegation", "Major General",
                  "Duma", "senator", "Foreign Ministry")
UA_DELEGATES = ("kyslytsya", "ivashchenko", "skibitskyi", "poklad", "hnatov")
RU_DELEGATES = ("galuzin", "fomin", "kostyukov", "shevtsov")

# name parts for the invented people
UA_GIVEN_M = ("Oleksandr Serhiy Andriy Dmytro Yuriy Mykola Vasyl Oleh Ihor Taras Bohdan Maksym "
              "Pavlo Yaroslav Vadym Denys Artem Roman Viktor Yevhen Kostiantyn Ruslan Vitaliy")
UA_GIVEN_F = ("Olena Iryna Tetiana Oksana Nataliya Kateryna Halyna Yulia Viktoriya Svitlana "
              "Olha Mariya Larysa Anastasiia Khrystyna")
UA_SURNAMES = ("Kovalenko Bondarchuk Tkachuk Lysenko Hrytsenko Savchuk Melnychuk Pavlenko "
               "Marchenko Ostapenko Rudenko Zinchenko Yatsenko Karpenko Levchenko Humeniuk "
               "Prykhodko Romaniuk Fedoruk Kuzmenko Stepanenko Vakulenko Shapoval Dorosh "
               "Horobets Ivanchuk Mazurenko Nechyporuk Ovcharenko Panasiuk Sydorenko "
               "Vdovychenko Yaremchuk Zakharchuk Antonenko Babenko Demchuk Hlushko Lytvynchuk "
               "Maksymenko Onyshchenko Petrenko Semenko Tarasenko Ustymenko Fesenko Hordiienko")
RU_GIVEN_M = ("Alexei Sergei Dmitry Nikolai Pavel Andrei Yevgeny Konstantin Viktor Igor Mikhail "
              "Oleg Boris Vadim Maxim Gennady Stanislav Denis Yuri")
RU_GIVEN_F = "Yelena Olga Tatiana Natalia Irina Svetlana Anna Yekaterina Lyudmila Daria"
RU_SURNAMES = ("Volkov Sokolov Morozov Belov Zaitsev Kiselyov Tikhonov Gromov Orlov Lebedev "
               "Korolyov Frolov Vinogradov Ignatov Sorokin Fedotov Golubev Makarov Panin "
               "Rybakov Savin Teterin Uvarov Chernyshev Danilov Yershov Zimin Larin Averin "
               "Borodin Voronin Gusev Drozdov Loginov Nesterov Osipov Shubin")
TR_GIVEN_M = "Mehmet Ahmet Mustafa Murat Burak Selim Kemal Omer Hasan"
TR_GIVEN_F = "Zeynep Elif Ayse Merve Esra"
TR_SURNAMES = ("Yilmaz Kaya Demir Sahin Celik Ozturk Aydin Arslan Dogan Karaoglu Korkmaz Polat "
               "Erdem Tekin Ucar")
W_GIVEN_M = ("John James Robert Thomas Mark David Michael Peter Richard Martin Daniel Andrew "
             "Stephen Paul Christopher Jonathan Lukas Pierre Tomasz Henrik")
W_GIVEN_F = "Sarah Laura Emily Anna Jennifer Claire Rachel Julia Katharina Sophie Elena Ingrid"
W_SURNAMES = ("Harlow Whitfield Brennan Calloway Pemberton Sutherland Ashford Lindqvist Novak "
              "Kowalczyk Brandt Moreau Castellano Hartmann Fairbanks Ellery Prescott "
              "Vandermeer Okafor Halvorsen Duchamp Rinaldi Mercer Thornbury Kessler Aldridge "
              "Whitcombe Lowell Beaumont Strand")

THINK_TANKS = ("the Black Sea Policy Institute", "the Kyiv Centre for Strategic Dialogue",
               "the Bosphorus Institute for Regional Studies", "the Vienna Institute for "
               "East-West Affairs", "the Baltic Centre for Defence Research",
               "the Warsaw Foundation for Eastern Policy", "the Geneva School of Conflict "
               "Studies", "the Dnipro Security Forum", "the Atlantic Council of Policy "
               "Analysts", "the Nordic Institute for Security Studies")
# (job, youngest, oldest)
JOBS: tuple[tuple[str, int, int], ...] = (
    ("teacher", 24, 63), ("engineer", 25, 64), ("pensioner", 62, 86), ("shop owner", 28, 66),
    ("student", 18, 24), ("volunteer medic", 20, 58), ("bus driver", 27, 63),
    ("accountant", 26, 60), ("nurse", 22, 61), ("IT specialist", 22, 45),
    ("mother of three", 27, 44), ("farmer", 30, 70))

# invented-people groups: (side, given m, given f, surnames, count, share of women,
#                          [(title, role), ...]); "{r}" is filled with a region
INVENTED: tuple[tuple[str, str, str, str, int, float, tuple[tuple[str, str], ...]], ...] = (
    ("ua", UA_GIVEN_M, UA_GIVEN_F, UA_SURNAMES, 60, 0.3, (
        ("Deputy Foreign Minister", "a deputy foreign minister"),
        ("lawmaker", "a member of parliament from the ruling Servant of the People party"),
        ("MP", "a member of the Verkhovna Rada's foreign affairs committee"),
        ("presidential adviser", "an adviser to the Office of the President"),
        ("Air Force spokesman", "a spokesman for the Ukrainian Air Force"),
        ("General Staff spokesman", "a spokesman for Ukraine's General Staff"),
        ("Deputy Defence Minister", "a deputy defence minister"),
        ("", "a member of the Ukrainian delegation"),
        ("", "a senior official at the Coordination Headquarters for the Treatment of "
             "Prisoners of War"),
        ("SBU spokesman", "a spokesman for the SBU"),
        ("", "a military expert in the Ukrainian delegation"),
        ("Major General", "a commander in the Ukrainian Ground Forces"),
    )),
    ("civ", UA_GIVEN_M, UA_GIVEN_F, UA_SURNAMES, 40, 0.55, ()),
    ("ru", RU_GIVEN_M, RU_GIVEN_F, RU_SURNAMES, 45, 0.25, (
        ("Duma deputy", "a member of the State Duma's defence committee"),
        ("senator", "a member of the Federation Council"),
        ("", "a senior official at the Russian Foreign Ministry"),
        ("Defence Ministry spokesman", "a spokesman for the Russian Defence Ministry"),
        ("", "a member of the Russian delegation"),
        ("", "a Kremlin-connected political analyst"),
        ("Major General", "a Russian military commander"),
    )),
    ("tr", TR_GIVEN_M, TR_GIVEN_F, TR_SURNAMES, 15, 0.3, (
        ("Turkish Foreign Ministry spokesman", "a spokesman for the Turkish Foreign Ministry"),
        ("", "an adviser to the Turkish presidency"),
        ("", "a Turkish diplomat involved in organising the talks"),
    )),
    ("us", W_GIVEN_M, W_GIVEN_F, W_SURNAMES, 20, 0.35, (
        ("", "a senior State Department official"),
        ("White House spokesman", "a spokesman for the White House"),
        ("Senator", "a Republican member of the Senate Foreign Relations Committee"),
        ("", "a former U.S. ambassador to NATO"),
    )),
    ("eu", W_GIVEN_M, W_GIVEN_F, W_SURNAMES, 20, 0.4, (
        ("", "an EU diplomat in Brussels"),
        ("", "a NATO official"),
        ("", "a spokesperson for the International Committee of the Red Cross"),
        ("", "a senior official at the OSCE"),
        ("", "a U.N. humanitarian coordinator"),
    )),
    ("an", W_GIVEN_M, W_GIVEN_F, W_SURNAMES, 30, 0.4, (
        ("", "a senior fellow at {t}"),
        ("", "a military analyst at {t}"),
        ("", "director of the Russia programme at {t}"),
        ("", "an economist at {t}"),
    )),
    ("press", W_GIVEN_M, W_GIVEN_F, W_SURNAMES, 30, 0.45, ()),
)

# ---- quotes, reported speech, fragments -------------------------------------------------------

QUOTES: dict[str, tuple[str, ...]] = {
    "ua": (
        "We came here to end the killing, not to sign a surrender.",
        "Ukraine is ready for a full ceasefire starting tomorrow morning.",
        "Every prisoner must come home, and we will not stop until they do.",
        "Russia keeps talking about peace while its drones keep hitting our cities.",
        "Our position has not changed: a ceasefire first, then everything else.",
        "The children taken to Russia are not a bargaining chip.",
        "We handed over the lists. Now the Russian side has to act on them.",
        "A meeting of the leaders is the only format that can settle the big questions.",
        "We will not recognise any occupied land as Russian, today or ever.",
        "Pressure on Moscow is the only language the Kremlin understands.",
        "The delegation has a clear mandate and clear red lines.",
        "We did not come here for a photo opportunity.",
        "If Russia wants peace, it can stop the strikes tonight.",
        "Nobody in Ukraine will accept an ultimatum dressed up as a peace plan.",
        "We are grateful to our partners, but we need more air defence, and we need it now.",
        "Each exchange is a small victory, but thousands of our people are still in captivity.",
        "The Russian memorandum reads like a list of demands written three years ago.",
        "We are ready to talk in any format and at any level, but not on our knees.",
        "Sanctions work. They have to be tightened, not eased.",
        "The front line is not a border, and it never will be.",
        "We expect concrete results on the humanitarian track.",
        "Russia sent a delegation without the authority to decide anything.",
        "A ceasefire that lets Russia regroup is not peace.",
        "We will keep working with Washington and with our European partners.",
        "Our soldiers are holding the line, and our diplomats must hold theirs.",
        "The talks were short, and that says a lot about Moscow's intentions.",
        "We have proposed a meeting of the presidents before the end of the month.",
        "There can be no decisions about Ukraine without Ukraine.",
        "The exchange shows that agreements are possible when there is political will.",
        "It was a difficult conversation, but we got what we came for on prisoners.",
    ),
    "ru": (
        "Russia is ready to continue the contacts, and we have said so openly.",
        "Any settlement has to remove the root causes of the conflict.",
        "We have handed over our memorandum, and the ball is now in Kyiv's court.",
        "There will be no quick solutions in such a complex matter.",
        "A pause that is used to rearm is not what we are looking for.",
        "We offered a few days of quiet on parts of the front so both sides can recover "
        "their fallen.",
        "The new realities on the ground have to be taken into account.",
        "We are not in a hurry, and we do not respond to ultimatums.",
        "The humanitarian track is working, and that is a positive sign.",
        "Russia has never refused to negotiate; it was the other side that walked away.",
        "The neutral status of Ukraine is a key element of any agreement.",
        "A meeting at the top level has to be prepared carefully, by experts, step by step.",
        "Western weapons deliveries only prolong the suffering.",
        "We took note of the statements from Washington and will study them calmly.",
        "The documents must be worked through line by line.",
        "Our delegation has all the powers it needs.",
        "The exchange went ahead as agreed, and we are prepared for the next one.",
        "Threats of new sanctions change nothing in our approach.",
        "The conversation was businesslike and, in places, quite tough.",
        "We see no point in a ceasefire that is not backed by guarantees.",
    ),
    "us": (
        "We want the killing to stop, and we want it to stop soon.",
        "The president has been very clear: this war has to end.",
        "We are ready to help, but the two sides have to make the hard choices themselves.",
        "There is real movement here, more than people think.",
        "I'm not happy with what I'm seeing, and I've said that to both sides.",
        "A 30-day ceasefire remains the starting point for us.",
        "We are not going to keep flying around the world for meetings that produce nothing.",
        "If there is no progress soon, there will be consequences.",
        "Both sides told us they want peace. Now we need to see it on paper.",
        "Sanctions are on the table, and they are not small ones.",
        "We had a long and productive conversation, and we will talk again next week.",
        "This is a complicated war with a lot of history, and it will not be solved in a day.",
        "The next few weeks will show whether Moscow is serious.",
        "We are closer than we have been, but we are not there yet.",
        "Nobody in Washington has given up on a deal.",
    ),
    "tr": (
        "Turkey is ready to host the next round whenever both sides are ready.",
        "Today's meeting is a first step, and first steps matter.",
        "We hope the two delegations will agree on a ceasefire as soon as possible.",
        "Our city has always been a place where adversaries can talk.",
        "The humanitarian steps agreed today can open the way to broader results.",
        "Our doors remain open, and our efforts will continue.",
        "There are two paths ahead: one leads to peace, the other to more destruction.",
        "Both sides have shown that they can sit at the same table.",
    ),
    "eu": (
        "Europe will keep supporting Ukraine for as long as it takes.",
        "Russia is playing for time, and we should not be fooled.",
        "A new package of sanctions is being prepared.",
        "Any deal must respect Ukraine's sovereignty and territorial integrity.",
        "Security guarantees have to be real, not words on paper.",
        "The civilian toll of these strikes is unacceptable.",
        "We call on all parties to respect international humanitarian law.",
        "Frozen Russian assets should be used to rebuild Ukraine.",
    ),
    "civ": (
        "We woke up to the explosions and ran down to the basement with the children.",
        "The windows came in, the whole building shook, and then everything went quiet.",
        "My son has been in captivity for two years. I check the lists every morning.",
        "They talk about peace on television, and at night we count the drones.",
        "I do not believe in these talks any more, but I want to be wrong.",
        "We have no electricity again, but we are alive, and that is what matters.",
        "I just want to know that my husband is alive.",
        "Every siren now feels longer than the one before.",
        "When I saw his face on the bus, I could not stop crying.",
        "We rebuilt the roof once already. I do not know if we can do it again.",
    ),
    "an": (
        "Neither side believes that time is working against it, and that is the core problem.",
        "The humanitarian deals are real, but they are not a peace process.",
        "Moscow is negotiating with Washington as much as with Kyiv.",
        "The memorandum is less a plan than a statement of maximalist war aims.",
        "Sanctions bite slowly, and the Kremlin is betting that the West will tire first.",
        "The delegations are designed to talk, not to decide.",
        "The real negotiation is over who gets blamed if the talks collapse.",
        "A ceasefire without monitoring would collapse within weeks.",
        "Ankara has positioned itself as the one venue both sides can accept.",
        "Every deadline that passes without consequences weakens the next one.",
    ),
}

# clauses for "X said (that) ...", past tense; {n} is a number
REPORTED: dict[str, tuple[str, ...]] = {
    "ua": (
        "Ukraine was ready for an immediate and unconditional ceasefire",
        "the delegation had handed the Russian side a list of {n} children to be returned",
        "Moscow had to stop pretending to negotiate and agree to a truce",
        "the next exchange could take place within days",
        "Kyiv would not accept any deal that legitimised the occupation",
        "partners should prepare more sanctions in case Russia kept refusing a ceasefire",
        "the Ukrainian side had proposed a meeting of the presidents before the end of the "
        "month",
        "the talks had produced results only on the humanitarian track",
        "Russia had used the pause in contacts to prepare a new offensive",
        "air defence remained the top priority in talks with Washington",
        "{n} Ukrainians were still held in Russian captivity",
        "the delegation had received clear instructions ahead of the meeting",
    ),
    "ru": (
        "Moscow was ready to continue the contacts",
        "the Russian side had handed over its draft memorandum",
        "no one should count on quick breakthroughs",
        "the Kremlin saw no grounds yet for a meeting between the two presidents",
        "Russia would return {n} bodies of fallen Ukrainian soldiers in the coming days",
        "the next round would depend on the work of the expert groups",
        "Western arms supplies were undermining the chances of a settlement",
        "Russia had proposed working groups on political, humanitarian and military issues",
        "the Ukrainian proposals would be studied carefully",
        "the results of the round had been reported to the president",
        "Moscow expected Washington to use its influence on Kyiv",
    ),
    "us": (
        "Washington would decide within weeks whether to keep mediating",
        "the administration was still pushing for a 30-day ceasefire",
        "new sanctions on buyers of Russian oil were being prepared",
        "both sides had shown more flexibility than expected",
        "the United States would not impose a deal on anyone",
        "a call between the two presidents could take place within days",
    ),
    "tr": (
        "Turkey was ready to host further rounds",
        "the two sides had agreed to keep the channel open",
        "the talks had been held in a constructive atmosphere",
    ),
    "eu": (
        "the European Union was preparing a new package of sanctions",
        "any ceasefire would need international monitoring",
        "European allies would keep funding Ukraine's air defence",
    ),
    "an": (
        "neither side was under enough pressure to compromise",
        "the talks were mainly a way of keeping Washington engaged",
        "Moscow's terms had not changed since the spring",
    ),
}

# quoted stretches inside reported speech: (template, fragments); the template has {f}
FRAGMENTS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "ua": (("called the Russian proposal {f}", ("an ultimatum", "a theatre prop",
                                                 "a list of old demands")),
           ("said Moscow was {f}", ("still stalling for time", "only imitating diplomacy",
                                    "not serious about peace"))),
    "ru": (("described the talks as {f}", ("businesslike", "difficult but useful",
                                           "a step in the right direction")),
           ("said Kyiv was {f}", ("not ready for a real settlement",
                                  "playing to a Western audience"))),
    "us": (("said the talks were {f}", ("moving in the right direction",
                                        "a total waste of time so far")),),
    "tr": (("called the meeting {f}", ("a historic opportunity", "a promising start")),),
    "eu": (("said Russia was {f}", ("playing games", "not negotiating in good faith")),),
}

# quote templates: {o}/{c} quote marks, {q}/{qc} the quote with its full stop or a comma,
# {q2} a second sentence, {sp}/{Sp} the speaker as subject, {spe} at the end of a sentence,
# {he}/{He} the pronoun, {on} the day, {clause} reported speech, {said} a speech verb
QUOTE_TEMPLATES: tuple[str, ...] = (
    "{o}{qc}{c} {sp} said.",
    "{o}{qc}{c} said {spe}.",
    "{Sp} said: {o}{q}{c}",
    "{Sp} told reporters {on}: {o}{q}{c}",
    "{o}{qc}{c} {sp} told journalists {on}.",
    "{o}{qc}{c} {sp} said. {o}{q2}{c}",
    "{o}{q} {q2c}{c} {sp} said.",
    "{Sp} {said} that {clause}. {o}{qc}{c} {he} added.",
    "{Sp} wrote on {platform}: {o}{q}{c}",
    "{o}{qc}{c} {sp} said {on}, adding that {clause}.",
    "{Sp} said {on} that {clause}, adding: {o}{q}{c}",
    "{Sp} {said} {on} that {clause}. {o}{qc}{c} {he} said.",
    "{o}{qc}{c} {sp} said in a video address {on}.",
)
REPORTED_TEMPLATES: tuple[str, ...] = (
    "{Sp} said {on} that {clause}.",
    "{Sp} {said} that {clause}.",
    "According to {spe}, {clause}.",
    "{Sp} told journalists {on} that {clause}.",
    "{Clause}, {sp} said {on}.",
    "{Sp} said {clause}.",
    "Speaking {on}, {sp} said that {clause}.",
    "{Sp} {frag}.",
    "{Sp} {said} that {clause}, and {frag2}.",
)
SPEECH_VERBS = ("said", "told reporters", "noted", "stressed", "insisted", "told journalists",
                "said at a briefing", "said in an interview")
PLATFORMS = ("X", "Telegram", "social media", "Facebook")

# ---- demands ----------------------------------------------------------------------------------

# (base form after "that Kyiv", third person, noun phrase)
DEMANDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "ru": (
        ("withdraw its troops from the Donetsk, Luhansk, Zaporizhzhia and Kherson regions",
         "withdraws its troops from the Donetsk, Luhansk, Zaporizhzhia and Kherson regions",
         "the withdrawal of Ukrainian troops from the four regions Moscow claims"),
        ("renounce any plan to join NATO", "renounces any plan to join NATO",
         "a legally binding renunciation of NATO membership"),
        ("halt mobilisation", "halts mobilisation", "an end to mobilisation in Ukraine"),
        ("stop receiving Western weapons", "stops receiving Western weapons",
         "a halt to Western arms deliveries"),
        ("cap the size of its armed forces", "caps the size of its armed forces",
         "strict limits on the size of Ukraine's army"),
        ("hold presidential elections within 100 days", "holds presidential elections within "
         "100 days", "presidential elections within 100 days of the end of martial law"),
        ("recognise Crimea as part of Russia", "recognises Crimea as part of Russia",
         "international recognition of Crimea as Russian"),
        ("lift martial law", "lifts martial law", "the lifting of martial law"),
        ("accept neutral status", "accepts neutral status",
         "a neutral, non-nuclear status for Ukraine"),
        ("keep foreign troops off its territory", "keeps foreign troops off its territory",
         "a ban on any foreign military presence in Ukraine"),
    ),
    "ua": (
        ("agree to a full and unconditional ceasefire of at least 30 days",
         "agrees to a full and unconditional ceasefire of at least 30 days",
         "a full and unconditional ceasefire of at least 30 days"),
        ("release all prisoners of war in an all-for-all exchange",
         "releases all prisoners of war in an all-for-all exchange",
         "an all-for-all exchange of prisoners of war"),
        ("return the Ukrainian children deported to Russia",
         "returns the Ukrainian children deported to Russia",
         "the return of Ukrainian children deported to Russia"),
        ("free all civilians held in captivity", "frees all civilians held in captivity",
         "the release of all civilians held in Russian captivity"),
        ("stop strikes on energy infrastructure", "stops strikes on energy infrastructure",
         "a moratorium on strikes against energy infrastructure"),
        ("agree to a meeting between the two presidents",
         "agrees to a meeting between the two presidents",
         "a meeting between the two presidents"),
        ("accept international monitoring of the truce",
         "accepts international monitoring of the truce",
         "international monitoring of any truce"),
        ("hand back the Zaporizhzhia nuclear plant", "hands back the Zaporizhzhia nuclear "
         "plant", "the return of the Zaporizhzhia nuclear plant to Ukrainian control"),
    ),
}
# {P} the demanding party, {T} the other party, {b}/{b2} base forms, {t}/{t2} third-person
# forms, {n}/{n2} noun phrases, {sp}/{Sp}/{spe} a speaker of the demanding side, {src} sourcing
DEMAND_TEMPLATES: tuple[str, ...] = (
    "{P} demands that {T} {b}.",
    "{P} insists that {T} {b} and {b2}.",
    "{P} wants {T} to {b}.",
    "{P} has demanded that {T} {b}, {src}.",
    "Under the memorandum, {P} demands that {T} {b} and {b2}.",
    "{P} is calling for {n} and {n2}.",
    "{P} would only consider a ceasefire if {T} {t} and {t2}.",
    "{Sp} said {P} would sign nothing unless {T} {t}.",
    "{Sp} urged {T} to {b}.",
    "{P} has called on {T} to {b}, a condition the other side has repeatedly rejected.",
    "{Sp} said that {P} was ready for a ceasefire only if {T} {t}.",
    "Among other things, {P} demands {n}, {src}.",
    "{Sp} told reporters that {P} insisted on {n}.",
)
# proposals, for the Ukrainian side only
PROPOSAL_TEMPLATES: tuple[str, ...] = (
    "{P} proposed {n}.",
    "{P} has put forward a proposal for {n}.",
    "{Sp} said {P} had proposed {n} and {n2}.",
)
DEMAND_SOURCES = ("officials said", "according to a copy of the document",
                  "a source familiar with the talks said", "diplomats said",
                  "according to people briefed on the talks")
MEMO_INTROS: dict[str, tuple[str, ...]] = {
    "ru": ("Among the conditions {P} sets out in its memorandum:",
           "The Russian document lists the following demands:",
           "According to the text published by Russian media, Moscow wants:",
           "Reminder: in the memorandum it handed over, Russia sets out these demands:"),
    "ua": ("According to officials in Kyiv, Ukraine's conditions for any settlement are:",
           "The Ukrainian roadmap handed to the Russian side proposes:",
           "Kyiv's memorandum lists these steps:"),
}

# ---- military ---------------------------------------------------------------------------------

# {d} drones, {m} missiles, {dd}/{mm} shot down, {k} killed, {i} injured, {night}, {src},
# {city}, {gov}/{Gov} an official, {a} aircraft, {b} airfields/regions, {losses}, {tanks},
# {art}, {rureg}, {village}, {front}
MILITARY_UA: tuple[str, ...] = (
    "Russia launched {d} drones and {m} missiles at Ukraine {night}, {src}. Air defences "
    "shot down or jammed {dd} drones and {mm} missiles.",
    "Russian forces attacked Ukraine {night} with {d} attack drones and {m} ballistic "
    "missiles, {src}.",
    "A Russian strike on {city} killed {k} people and injured {i}, {gov} said.",
    "Russian forces hit {city} with {d} Shahed-type drones {night}, killing {k} people and "
    "injuring {i}, regional officials said.",
    "At least {k} people were killed and {i} injured in {city} after Russia fired {m} "
    "missiles and {d} drones {night}, local authorities said.",
    "{Night}, Russia sent {d} drones and {m} cruise missiles toward {city} and other regions, "
    "{src}. {Gov} said {k} people had died and {i} were wounded.",
    "The attack on {city} damaged {b} apartment blocks and a hospital, killing {k} civilians, "
    "{gov} said.",
)
MILITARY_OTHER: tuple[str, ...] = (
    "The SBU said it struck {a} aircraft at {b} airfields deep inside Russia, using {d} "
    "small drones.",
    "Ukraine's military intelligence (GUR) said its drones had hit an oil refinery in the "
    "{rureg} region {night}, starting a large fire.",
    "The General Staff said Ukrainian forces had killed or wounded {losses} Russian soldiers "
    "and destroyed {tanks} tanks and {art} artillery systems over the past day.",
    "The Russian Defence Ministry said its air defence systems had intercepted and destroyed "
    "{d} Ukrainian drones over {b} regions {night}, including {dd} over the Moscow region.",
    "Russia's Defence Ministry claimed its troops had captured the village of {village} in "
    "the {front} region and killed {losses} Ukrainian servicemen over the past week.",
    "Ukrainian drones struck an ammunition depot in the {rureg} region {night}, the SBU said, "
    "adding that {k} Russian soldiers were killed.",
    "The governor of the {rureg} region said {d} Ukrainian drones had been downed over the "
    "region {night} and {i} people were injured by falling debris.",
)
MILITARY_MT: tuple[str, ...] = (
    "As the General Staff reports, over the past day Ukrainian defenders neutralised "
    "{losses} occupiers, {tanks} tanks and {art} artillery systems.",
    "{Night_cap} the enemy attacked with {d} attack UAVs and {m} missiles, informed the Air "
    "Force. It was neutralised {dd} drones.",
)

# ---- delegations ------------------------------------------------------------------------------

# {size}/{size_w} a number, {L} the leader with title, {La} with a role after the name,
# {members}, {place}, {city}, {ua}/{Ua} Ukraine's name
DELEGATION_UA: tuple[str, ...] = (
    "Ukraine's {size}-member delegation, led by {L}, included {members}.",
    "The Ukrainian delegation of {size} people is headed by {L} and includes {members}.",
    "{Ua} sent a {size}-strong team to {place}, led again by {L}. Sitting next to the "
    "delegation head were {members}.",
    "{L} is leading Ukraine's {size}-member delegation, which includes {members}.",
    "The Ukrainian delegation consists of {size} members, including {members}, and is led by "
    "{L}.",
    "{La} led the Ukrainian side, a team of {size} that also included {members}.",
)
DELEGATION_RU: tuple[str, ...] = (
    "The Russian side was headed by {Lae}. The delegation also included {members}.",
    "Moscow's {size_w}-member delegation was again led by {L}, with {members} also at the "
    "table.",
    "The Russian delegation, headed by {L}, also included {members}.",
    "Across the table sat {L}, {members}.",
    "Across the table sat the Russian delegation: {L}, {members}.",
    "The {size_w}-member Russian delegation is led by {L} and includes {members}.",
    "Russia's team of {size} was headed by {L}. It also included {members}.",
)
VENUE_TEMPLATES: tuple[str, ...] = (
    "The delegations met at {place}, with {med} in the chair. The session lasted {dur}.",
    "{Med} opened the session at {place} and urged both sides to agree on a ceasefire.",
    "The talks at {place} ended after about {minutes} minutes, according to sources in both "
    "delegations.",
    "The two teams sat on opposite sides of a long table at {place} in {city}, where {med} "
    "welcomed them.",
    "The meeting in {city} was the {ord} round of direct talks between the two sides this "
    "year. It lasted {dur}.",
)

# ---- prisoner exchanges, sanctions, civilians, analysts ---------------------------------------

EXCHANGE_TEMPLATES: tuple[str, ...] = (
    "{n} Ukrainian prisoners of war returned home {on} as part of an exchange agreed in "
    "{city}, {sp} said.",
    "Russia's Defence Ministry said it had received {n} servicemen, who were taken to Belarus "
    "for medical checks before being flown home.",
    "The Coordination Headquarters for the Treatment of Prisoners of War said {k} of those "
    "freed {on} were severely wounded and {i} were younger than 25.",
    "Russia handed over the bodies of {n} fallen Ukrainian soldiers {on}, and Ukraine returned "
    "{k} bodies, officials on both sides said.",
    "The exchange of {n} for {n} was the largest since the full-scale invasion began, {sp} "
    "said.",
)
SANCTIONS_TEMPLATES: tuple[str, ...] = (
    "The European Union is preparing its next sanctions package, which diplomats say would "
    "target {k} more tankers of Russia's shadow fleet and several banks in third countries.",
    "{Sp} said Washington was ready to impose tariffs of up to {pct} percent on countries "
    "that keep buying Russian oil.",
    "{Sp} said {on} that the Kremlin had {days} days to agree to a ceasefire or face "
    "secondary tariffs.",
    "Brussels has frozen about {bn} billion euros of Russian central bank assets, and {sp} "
    "said {on} that the money should help rebuild Ukraine.",
)
CIVILIAN_TEMPLATES: tuple[str, ...] = (
    "{o}{qc}{c} said {name}, a {age}-year-old {job} from {city}.",
    "{Name}, {age}, a {job} in {city}, said: {o}{q}{c}",
    "In {city}, residents swept broken glass from the pavement {on}. {o}{qc}{c} said {name}, "
    "a {job}.",
    "{o}{q} {q2c}{c} {name}, a {age}-year-old {job}, told reporters.",
)
ANALYST_TEMPLATES: tuple[str, ...] = (
    "{o}{qc}{c} said {spe}.",
    "{Sp} said {clause}. {o}{qc}{c} {he} said.",
    "Analysts are sceptical. {o}{qc}{c} {sp} said.",
    "{Sp} said: {o}{q} {q2}{c}",
)

# ---- leads, headlines, datelines --------------------------------------------------------------

HEADLINES: dict[str, tuple[str, ...]] = {
    "round": ("Russia and Ukraine hold {ord} round of talks in {city}, agree on new prisoner "
              "swap",
              "{City} talks end after {minutes} minutes with no ceasefire",
              "Ukraine and Russia trade proposals at {place_short}",
              "No breakthrough as Ukrainian and Russian negotiators meet in {city}",
              "Kyiv and Moscow agree on exchange of {n} prisoners at {city} talks"),
    "preview": ("Ukrainian delegation heads to {city} for {ord} round of talks",
                "What to expect from the {city} talks",
                "Kremlin says its delegation is ready for talks in {city}",
                "Ukraine names its team for {city} talks with Russia"),
    "memorandum": ("Russia hands Ukraine a memorandum with tough conditions",
                   "What is in Moscow's peace memorandum",
                   "Kyiv rejects Russian memorandum as an ultimatum",
                   "Ukraine and Russia swap written peace proposals in {city}"),
    "exchange": ("Ukraine and Russia swap {n} prisoners each",
                 "{n} Ukrainian soldiers return home in latest exchange",
                 "Prisoner exchange agreed in {city} goes ahead"),
    "strikes": ("Russia fires {d} drones at Ukraine ahead of talks",
                "Deadly strike on {strike_city} as diplomacy stalls",
                "Ukraine says drones hit Russian airfields as talks loom"),
    "diplomacy": ("Trump says he will speak to Putin after {city} talks",
                  "Rubio meets Lavrov as Washington weighs next steps",
                  "US envoy Witkoff in Moscow for talks with Putin",
                  "Kremlin cool on summit as Washington pushes for a deal"),
    "sanctions": ("EU prepares new sanctions as Russia rejects ceasefire",
                  "Trump threatens tariffs on buyers of Russian oil",
                  "Sanctions pressure grows as peace talks stall"),
}
LEADS: dict[str, tuple[str, ...]] = {
    "round": (
        "Russian and Ukrainian negotiators met {on} in {city} for their {ord} round of direct "
        "talks, agreeing on another prisoner exchange but making no progress toward a "
        "ceasefire.",
        "The {ord} round of direct talks between Ukraine and Russia, held in {city} {on}, "
        "lasted about {minutes} minutes, and the parties agreed to swap {n} prisoners each.",
        "Ukraine and Russia exchanged written proposals in {city} {on}, but the session ended "
        "in little more than an hour and brought a truce no closer.",
    ),
    "preview": (
        "A Ukrainian delegation is due in {city} {on_future} for a new round of direct talks "
        "with Russia, officials in Kyiv said.",
        "Russian and Ukrainian negotiators are set to meet in {city} {on_future}, the {ord} "
        "such meeting this year, with expectations on both sides kept low.",
    ),
    "memorandum": (
        "Russia handed Ukraine a memorandum setting out its conditions for a settlement at the "
        "talks in {city} {on}, and Kyiv quickly dismissed it as an ultimatum.",
        "The memorandum Moscow's delegation presented in {city} {on} offers Kyiv two routes to "
        "a ceasefire, both of which Ukrainian officials called unacceptable.",
    ),
    "exchange": (
        "Ukraine and Russia carried out a new exchange of prisoners {on}, the latest stage of "
        "a deal reached at the talks in {city}.",
        "{n} Ukrainian servicemen came home {on} in an exchange agreed at the {ord} round of "
        "talks in {city}, officials said.",
    ),
    "strikes": (
        "Russia pounded Ukraine with {d} drones and {m} missiles {night}, killing at least {k} "
        "people, days after the two sides met for talks in {city}.",
        "A wave of Russian drones and missiles hit {strike_city} and other cities {night}, "
        "even as diplomats prepared for another round of talks in {city}.",
    ),
    "diplomacy": (
        "Washington stepped up its push for a ceasefire {on}, with U.S. officials saying the "
        "next few weeks would decide whether the talks in {city} lead anywhere.",
        "U.S. President Donald Trump said {on} that he would speak to Vladimir Putin again, "
        "after the latest round of talks in {city} ended without a truce.",
    ),
    "sanctions": (
        "Western governments moved {on} to tighten sanctions on Russia, arguing that only more "
        "pressure would make the Kremlin accept the ceasefire proposed in {city}.",
        "The European Union and the United States are weighing new sanctions on Russian oil, "
        "officials said {on}, as the talks in {city} produced no truce.",
    ),
}
# wire datelines: {CITY} upper case, {City}, {md} "June 2" (or "2 June")
DATELINES: dict[str, tuple[str, ...]] = {
    "wire": ("{CITY}, {md} (Reuters) - ", "{CITY} (AP) — ", "{City} (AFP) - "),
    "ukr": ("{City}. {md} (Interfax-Ukraine) – ", "", ""),
    "state": ("{CITY}, {md}. /TASS/. ", "{CITY}, {md} - RIA Novosti. "),
    "paper": ("{CITY} — ", "", "KYIV, Ukraine — "),
    "analysis": ("", "WASHINGTON — "),
    "live": ("",),
    "mt": ("", ""),
}
LIVE_HEADS = ("LIVE: {h}", "Live updates: {h}", "As it happened: {h}")
KIND_HEADS: dict[str, tuple[str, ...]] = {
    "quote": ("What the negotiators are saying", "A statement from the delegation"),
    "reported": ("Officials weigh in", "Reaction to the talks"),
    "demand": ("Where the sides stand", "Conditions on the table"),
    "memo_list": ("What's in the memorandum",),
    "military": ("Overnight attack", "Strikes continue as diplomats talk"),
    "delegation_ua": ("Who is in Kyiv's team",),
    "delegation_ru": ("Who is in Moscow's team",),
    "venue": ("The talks have started", "The meeting has ended"),
    "us": ("Washington watches from a distance",),
    "civilian": ("Voices from the ground",),
    "analyst": ("Analysis",),
    "exchange": ("Prisoner exchange",),
    "filler": ("Background", "Recap"),
    "sanctions": ("Sanctions pressure",),
}
SUBHEADS = ("Two rounds, thin results", "A humanitarian track", "The view from Moscow",
            "An envoy in Kyiv", "What comes next", "Pressure from Washington",
            "Red lines", "Swap completed", "Strikes continue", "The memorandum")
UKR_OUTLETS = ("Ukrinform", "Suspilne", "the Kyiv Independent", "RBC-Ukraine",
               "Ukrainska Pravda")
STATE_TAGS = ("the Kiev regime", "the special military operation")

# ---- background filler, by theme -------------------------------------------------------------

FILLER: tuple[tuple[str, ...], ...] = (
    (  # the war
        "Russia launched its full-scale invasion of Ukraine in February 2022, and the war has "
        "become the largest conflict in Europe since 1945.",
        "The last direct talks between the two sides, held in Belarus and then in Istanbul in "
        "the spring of 2022, broke down within weeks.",
        "A draft discussed at the time would have made Ukraine a neutral state with limits on "
        "its army, but neither side signed it.",
        "Moscow annexed Crimea in 2014 and claimed four more Ukrainian regions in 2022, although "
        "its forces control none of them in full.",
        "Russian troops hold roughly a fifth of Ukraine's territory, most of it in the south "
        "and east.",
        "The front line has barely moved for months, with both armies relying on drones, "
        "artillery and small infantry assaults.",
        "Tens of thousands of soldiers have been killed on each side, though neither "
        "government publishes full casualty figures.",
        "Ukraine's incursion into Russia's Kursk region in August 2024 briefly gave Kyiv a "
        "bargaining chip, but Russian forces later pushed most of its troops back.",
        "Millions of Ukrainians have fled abroad, and millions more have been displaced inside "
        "the country.",
        "The United Nations has verified thousands of civilian deaths since 2022 and says the "
        "true figure is likely higher.",
    ),
    (  # sanctions
        "The European Union has adopted a long series of sanctions packages against Russia, "
        "aimed at its banks, its energy exports and the shadow fleet of ageing tankers.",
        "Washington has threatened secondary tariffs on countries that keep buying Russian "
        "oil.",
        "Billions of euros of Russian central bank assets remain frozen in Europe, and "
        "governments are still arguing over how to use them.",
        "Western officials say the sanctions have made it harder for Moscow to buy parts for "
        "missiles and drones, though many still reach Russia through third countries.",
        "Russian officials insist the restrictions have failed and that the economy has "
        "adapted.",
        "The price cap on Russian seaborne oil has been lowered, but enforcement remains "
        "patchy.",
        "Any peace deal is expected to open a debate over which sanctions could be lifted and "
        "when.",
    ),
    (  # the economy
        "Russia's economy has been running hot on military spending, with inflation and "
        "interest rates at painful levels.",
        "The Russian central bank has kept its key rate high for much of the year to cool "
        "prices.",
        "Ukraine's budget depends heavily on foreign grants and loans, and the government has "
        "warned of a financing gap next year.",
        "Repeated strikes on power plants have forced Ukrainian households and factories to "
        "live with scheduled blackouts.",
        "Ukrainian grain exports through the Black Sea have recovered since a maritime "
        "corridor was opened along the western coast.",
        "Ukraine's defence industry now turns out millions of drones a year, many of them "
        "assembled in small workshops.",
        "Russia's oil revenues have fallen as prices dropped and refineries came under drone "
        "attack.",
        "The cost of rebuilding Ukraine is estimated in the hundreds of billions of dollars.",
    ),
    (  # the diplomacy
        "Turkey, which has kept working ties with both Moscow and Kyiv, hosted the first "
        "direct contacts in 2022 and offered to do so again.",
        "Ankara also helped to broker the 2022 grain deal that let Ukrainian ships sail from "
        "Odesa for a year.",
        "U.S. President Donald Trump returned to the White House in January promising to end "
        "the war quickly.",
        "U.S. and Russian officials first met in Riyadh in February, in talks from which "
        "Ukraine was left out.",
        "In Jeddah in March, Ukrainian officials accepted an American proposal for a 30-day "
        "ceasefire, which Moscow declined.",
        "European leaders have pushed for a seat at the table, arguing that any settlement "
        "will shape the continent's security for decades.",
        "A group of countries led by Britain and France has been drawing up plans for a "
        "reassurance force that could deploy after a ceasefire.",
        "The humanitarian track, covering prisoners, the bodies of the fallen and deported "
        "children, has so far been the only area of steady progress.",
        "Kyiv says Russia has deported about 20,000 Ukrainian children; Moscow says it "
        "evacuated them for their own safety.",
        "Kyiv has long said it will not trade land for peace, while Moscow demands recognition "
        "of the territories it claims.",
    ),
    (  # the fighting
        "Russia has stepped up its use of long-range drones, sometimes launching hundreds in a "
        "single night.",
        "Ukraine has answered with drone strikes on Russian oil refineries, airfields and "
        "ammunition depots.",
        "Air defence remains Ukraine's most pressing need, and Patriot interceptors are in "
        "short supply.",
        "Military analysts say Russian forces are advancing slowly in the Donetsk region at a "
        "heavy cost in men and equipment.",
        "Both sides have turned to cheap first-person-view drones, which now cause most "
        "casualties along the front.",
        "Ukrainian commanders complain of a shortage of infantry, and the government has "
        "lowered the age at which men can be drafted.",
        "Russia has recruited soldiers with large sign-up bonuses, avoiding a new round of "
        "mobilisation.",
    ),
)
FILLER_OPENERS = ("", "", "", "Meanwhile, ", "For context, ", "In the background, ",
                  "Since then, ", "At the same time, ")
FILLER_LOWER = frozenset({"The", "A", "Any", "Both", "Millions", "Tens", "Military",
                          "Western", "European", "Billions", "Air", "Repeated"})
FILLER_STATE = (
    "Russian officials have repeatedly said that the goals of the special military operation "
    "will be achieved, either at the negotiating table or on the battlefield.",
    "Moscow has warned that Western arms supplies to the Kyiv regime make the West a party to "
    "the conflict.",
    "The Russian side has stressed that any agreement must take into account the will of the "
    "residents of the new regions.",
)

# ---- machine-translated English -----------------------------------------------------------------

MT_SAID = (" informed that ", " noted that ", " stated that ", " said that ",
           " emphasised that ")
MT_OPENERS = ("It should be noted, ", "In its turn, ", "As reported, ", "Also ",
              "As it became known, ")
MT_LOWER_OK = frozenset({"The", "A", "An", "On", "In", "At", "Overnight", "Air", "During",
                         "According", "Under", "Among", "Across", "Speaking"})

# US spelling for the styles that use it (the templates are written in British spelling)
US_SPELLING: dict[str, str] = {
    "defence": "defense", "Defence": "Defense", "mobilisation": "mobilization",
    "recognise": "recognize", "recognises": "recognizes", "legitimised": "legitimized",
    "neutralised": "neutralized", "organising": "organizing", "programme": "program",
    "emphasised": "emphasized", "sceptical": "skeptical",
}

# =================================================================================================
# Code
# =================================================================================================


def _split(names: str) -> tuple[str, ...]:
    return tuple(names.split())


def _feminine(surname: str) -> str:
    """Russian surnames take a feminine ending (Volkov -> Volkova); others do not change."""
    return surname + "a" if surname.endswith(("ov", "ev", "yov", "in")) else surname


def _invented_people() -> tuple[Person, ...]:
    """The ~300 invented people, built the same way on every import."""
    rng = random.Random("talkswatch-synth-people")
    out: list[Person] = []
    used: set[str] = set()
    for side, gm, gf, sur, count, fem, roles in INVENTED:
        males, females, surnames = _split(gm), _split(gf), _split(sur)
        made = 0
        while made < count:
            she = rng.random() < fem
            given = rng.choice(females if she else males)
            last = rng.choice(surnames)
            if side == "ru" and she:
                last = _feminine(last)
            name = f"{given} {last}"
            if name in used:
                continue
            used.add(name)
            made += 1
            titles: tuple[str, ...] = ()
            person_roles: tuple[str, ...] = ()
            if roles:
                title, role = roles[made % len(roles)]
                role = role.replace("{t}", rng.choice(THINK_TANKS))
                if she:
                    title = title.replace("spokesman", "spokeswoman")
                    role = role.replace("spokesman", "spokeswoman")
                titles = (title,) if title else ()
                person_roles = (role,)
            out.append(Person(f"{side}{made}", side, (name,), titles, person_roles, she=she))
    for region, _city in UA_REGIONS:
        she = rng.random() < 0.2
        name = f"{rng.choice(_split(UA_GIVEN_F if she else UA_GIVEN_M))} " \
               f"{rng.choice(_split(UA_SURNAMES))}"
        out.append(Person(f"gov-{region}", "gov", (name,), (f"{region} Governor",
                                                             "regional governor"),
                          (f"the head of the {region} regional military administration",
                           f"the governor of the {region} region"), she=she))
    return tuple(out)


INVENTED_PEOPLE = _invented_people()
PEOPLE: dict[str, list[Person]] = {}
for _p in REAL_PEOPLE + INVENTED_PEOPLE:
    PEOPLE.setdefault(_p.key, []).append(_p)
BY_SIDE: dict[str, list[Person]] = {}
for _p in REAL_PEOPLE:
    BY_SIDE.setdefault(_p.side, []).append(_p)
INVENTED_BY_SIDE: dict[str, list[Person]] = {}
for _p in INVENTED_PEOPLE:
    INVENTED_BY_SIDE.setdefault(_p.side, []).append(_p)
del _p

# invented people who can sit in a delegation (no spokesmen or outside experts)
EXTRA_DELEGATES: dict[str, list[Person]] = {
    side: [p for p in INVENTED_BY_SIDE[side]
           if any(w in (p.titles + p.roles)[0] for w in DELEGATE_WORDS)]
    for side in ("ua", "ru")
}

_STYLE_NAMES, _STYLE_WEIGHTS = tuple(STYLES), tuple(STYLES.values())
_TOPIC_NAMES, _TOPIC_WEIGHTS = tuple(TOPICS), tuple(TOPICS.values())
_EXTRA_NAMES, _EXTRA_WEIGHTS = tuple(EXTRA), tuple(EXTRA.values())
_SIDE_NAMES, _SIDE_WEIGHTS = tuple(SPEAKER_SIDES), tuple(SPEAKER_SIDES.values())
_VENUE_NAMES = tuple(VENUES)
_VENUE_WEIGHTS = tuple(v[0] for v in VENUES.values())
_DAYS = (LAST_DAY - FIRST_DAY).days + 1
_RE_SAID_THAT = re.compile(r" said that ")
_RE_THE = re.compile(r"(?<=[a-z,]) the (?=[a-z])")
_RE_TOKEN = re.compile("\x02([^\x1f]+)\x1f([ktap])(,?)\x03")
_SENTENCE_ENDS = ("\n", ". ", "? ", "! ", ": ", '." ', ".” ")
_CODE_LETTERS = "abcdefghijklmnoprstuvwy"
_RE_US = re.compile(r"\b(" + "|".join(US_SPELLING) + r")\b")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _comma(q: str) -> str:
    """A quote ending in a full stop, as it stands before `` he said``: the stop becomes a
    comma (a question or exclamation mark stays)."""
    return q[:-1] + "," if q.endswith(".") else q


def _join(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


_REAL_ON: dict[str, dict[str, tuple[list[Person], list[float]]]] = {}


def _real_people(iso: str) -> dict[str, tuple[list[Person], list[float]]]:
    """Per side, the real people holding their titles on day iso, with cumulative weights."""
    found = _REAL_ON.get(iso)
    if found is None:
        found = {}
        for side in ("ua", "ru", "us", "tr", "eu"):
            real = [p for p in BY_SIDE[side] if p.since <= iso < p.until]
            cum, total = [], 0.0
            for p in real:
                total += p.weight
                cum.append(total)
            found[side] = (real, cum)
        _REAL_ON[iso] = found
    return found


def _token(p: Person, mode: str, comma: bool = False) -> str:
    """A placeholder for a mention of p, resolved once the paragraphs are in order
    (see _Article.mention for the modes); comma closes a role after the name."""
    return f"\x02{p.key}\x1f{mode}{',' if comma else ''}\x03"


def _needs_speaker(template: str) -> bool:
    return "{sp" in template or "{Sp" in template


def _words(text: str) -> int:
    return len(text.split())


@dataclass(slots=True)
class GenStats:
    """What generate() wrote."""

    files: int
    bytes: int
    words: int


class _Article:
    """The state of one article while it is written: its date, style, cast and spellings.

    Paragraphs name people with tokens (``_token``) and are put in their final order before
    the tokens are resolved, so the first mention carries the title or role and later ones
    the surname, whatever order the paragraphs were drawn in."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pub = FIRST_DAY + dt.timedelta(days=rng.randrange(_DAYS))
        self.iso = self.pub.isoformat()
        self.style = rng.choices(_STYLE_NAMES, _STYLE_WEIGHTS)[0]
        self.topic = rng.choices(_TOPIC_NAMES, _TOPIC_WEIGHTS)[0]
        self.curly = self.style in ("paper", "analysis") or rng.random() < 0.15
        self.o, self.c = ("“", "”") if self.curly else ('"', '"')
        self.uk_dates = self.style in ("paper", "live", "wire") and rng.random() < 0.3
        self.us_spelling = self.style in ("paper", "analysis", "live") and rng.random() < 0.6
        self.honorific = self.style == "paper" and rng.random() < 0.7
        self.spelling: dict[str, str] = {}
        self.seen: set[str] = set()
        self.used_fill: set[tuple[int, int]] = set()
        city = rng.choices(_VENUE_NAMES, _VENUE_WEIGHTS)[0]
        self.city = city
        self.place = rng.choice(VENUES[city][1])
        self.mediator_side = VENUES[city][2]
        self.ord = rng.choice(ORDINALS[:4])
        back = rng.choice((0, 0, 1, 1, 1, 2, 3, 4))
        self.event = self.pub - dt.timedelta(days=back)
        self.future = self.pub + dt.timedelta(days=rng.choice((1, 1, 2, 3, 5)))
        self.n_prisoners = rng.choice((84, 150, 205, 307, 390, 1000, 1200, 303, 1212))
        region, self.strike_city = rng.choice(UA_REGIONS)
        self.gov = PEOPLE[f"gov-{region}"][0]
        self.ua_name = "Kiev" if self.style == "state" else "Kyiv"
        # a small cast per side, so the same people come back within the article
        self.cast: dict[str, list[Person]] = {}
        for side, (real, cum_weights) in _real_people(self.iso).items():
            picked = rng.choices(real, cum_weights=cum_weights, k=4)
            picked += rng.sample(INVENTED_BY_SIDE[side], 2 if side in ("ua", "ru") else 1)
            cast: list[Person] = []
            for p in picked:
                if p not in cast:
                    cast.append(p)
            self.cast[side] = cast
        # each side's delegation: one leader and one size per article
        self.leaders: dict[str, tuple[Person, int]] = {}
        for side, keys, low, high in (("ua", UA_LEADERS, 8, 14), ("ru", RU_LEADERS, 4, 12)):
            leader = self.person(rng.choice(keys))
            if not leader.since <= self.iso < leader.until:
                leader = self.person(keys[0])
            self.leaders[side] = (leader, rng.randint(low, high))
        self.heads = {leader.key for leader, _size in self.leaders.values()}
        self.analysts = rng.sample(INVENTED_BY_SIDE["an"], 2)
        self.civilians = rng.sample(INVENTED_BY_SIDE["civ"], 3)

    # ---- people ---------------------------------------------------------------------------

    def person(self, key: str) -> Person:
        """The person behind key on the publication date (Umerov's title changes in July)."""
        for p in PEOPLE[key]:
            if p.since <= self.iso < p.until:
                return p
        return PEOPLE[key][0]

    def full(self, p: Person) -> str:
        """The spelling of p's name chosen for this article."""
        name = self.spelling.get(p.key)
        if name is None:
            if self.style == "state" and p.state_form >= 0:
                name = p.names[p.state_form]
            elif self.style == "paper" and p.paper_form >= 0:
                name = p.names[p.paper_form]
            else:
                forms = [n for i, n in enumerate(p.names)
                         if i not in (p.state_form, p.paper_form)] or [p.names[0]]
                name = forms[0] if len(forms) == 1 else self.rng.choice(forms)
            self.spelling[p.key] = name
        return name

    def mention(self, p: Person, mode: str) -> tuple[str, bool]:
        """(how the article names p here, whether it ends in a role after the name).

        mode k: title, role or bare name at the first mention; t: title or bare name (lists);
        a: the role after the name; p: the bare name. Later mentions give the surname."""
        rng = self.rng
        full = self.full(p)
        if p.key not in self.seen:
            self.seen.add(p.key)
            if mode == "p" or self.style == "state" and p.key == "zelensky":
                return full, False
            roles = p.roles
            if p.key not in self.heads:  # "the head of the delegation" only for its head
                roles = tuple(r for r in roles if "delegation" not in r) or roles
            r = rng.random()
            if mode == "a" and roles:
                return f"{full}, {rng.choice(roles)}", True
            if p.titles and (r < 0.6 or mode == "t" and r < 0.8 or not roles):
                return f"{rng.choice(p.titles)} {full}", False
            if roles and mode != "t" and (r < 0.92 or p.weight < 3):
                return f"{full}, {rng.choice(roles)}", True
            return full, False
        surname = full.rsplit(" ", 1)[-1]
        if self.honorific:
            return ("Ms. " if p.she else "Mr. ") + surname, False
        if mode == "t" and rng.random() < 0.5:
            return full, False
        if p.titles and rng.random() < 0.12 and p.titles[0][:1].isupper():
            return f"{p.titles[0]} {surname}", False
        return surname, False

    def slots_for(self, p: Person) -> dict[str, str]:
        """Speaker slots: sp in subject position (a comma closes a role after the name), spe
        where a comma or the end of the sentence follows anyway."""
        sp = _token(p, "k", comma=True)
        he = "she" if p.she else "he"
        return {"sp": sp, "Sp": sp, "spe": _token(p, "k"), "he": he, "He": _cap(he)}

    def speaker(self, side: str | None = None) -> Person:
        rng = self.rng
        if side is None:
            side = rng.choices(_SIDE_NAMES, _SIDE_WEIGHTS)[0]
        return rng.choice(self.cast[side])

    def resolve(self, block: str) -> str:
        """Replace the person tokens of block, in reading order."""
        def one(m: re.Match[str]) -> str:
            text, appos = self.mention(self.person(m[1]), m[2])
            if appos and m[3]:
                text += ","
            before = m.string[max(0, m.start() - 3):m.start()]
            if m.start() == 0 or before.endswith(_SENTENCE_ENDS):
                text = _cap(text)
            return text

        return _RE_TOKEN.sub(one, block)

    # ---- dates ----------------------------------------------------------------------------

    def md(self, d: dt.date) -> str:
        month = MONTH_NAMES[d.month - 1]
        return f"{d.day} {month}" if self.uk_dates else f"{month} {d.day}"

    def on(self, d: dt.date | None = None) -> str:
        """'on Sunday', 'on May 30', 'yesterday' ... for a day up to a week before pub."""
        rng = self.rng
        if d is None:
            d = self.pub - dt.timedelta(days=rng.choice((0, 0, 1, 1, 2, 3, 5)))
        back = (self.pub - d).days
        r = rng.random()
        if back == 0 and r < 0.3:
            return "today" if self.style in ("ukr", "live", "mt") else \
                "on " + WEEKDAY_NAMES[d.weekday()]
        if back == 1 and r < 0.15:
            return "yesterday"
        if 0 <= back <= 6 and r < 0.7:
            return "on " + WEEKDAY_NAMES[d.weekday()]
        if self.style == "mt" and r < 0.8:
            return f"on {d.day:02d}.{d.month:02d}.{d.year}"
        return "on " + self.md(d)

    def on_future(self) -> str:
        d = self.future
        if (d - self.pub).days <= 5 and self.rng.random() < 0.7:
            return "on " + WEEKDAY_NAMES[d.weekday()]
        return "on " + self.md(d)

    def night(self) -> str:
        rng = self.rng
        d = self.pub - dt.timedelta(days=rng.choice((0, 0, 0, 1, 2)))
        r = rng.random()
        if r < 0.4 or (d == self.pub and r < 0.5):
            return "overnight"
        if r < 0.75:
            return "overnight into " + WEEKDAY_NAMES[d.weekday()]
        prev = d - dt.timedelta(days=1)
        if prev.month == d.month:
            if self.uk_dates:
                return f"on the night of {prev.day}-{d.day} {MONTH_NAMES[d.month - 1]}"
            return f"on the night of {self.md(prev)}-{d.day}"
        return "on the night to " + self.md(d)

    # ---- paragraphs -----------------------------------------------------------------------

    def nums(self) -> dict[str, str]:
        rng = self.rng
        d = rng.choice((rng.randint(40, 180), rng.randint(100, 480), rng.randint(300, 810)))
        m = rng.choice((rng.randint(1, 9), rng.randint(5, 40), rng.randint(0, 70)))
        k, i = rng.randint(2, 31), rng.randint(2, 95)
        return {"d": f"{d:,}", "m": str(m), "dd": f"{d - rng.randint(0, d // 3):,}",
                "mm": str(m - rng.randint(0, m // 2)), "k": str(k), "i": str(i),
                "a": str(rng.randint(4, 41)), "b": str(rng.randint(2, 12)),
                "losses": f"{rng.randint(640, 1380):,}", "tanks": str(rng.randint(1, 14)),
                "art": str(rng.randint(8, 60))}

    def quote_slots(self, p: Person) -> dict[str, str]:
        rng = self.rng
        side = p.side if p.side in QUOTES else "ua"
        q, q2 = rng.sample(QUOTES[side], 2)
        clause = rng.choice(REPORTED.get(side, REPORTED["an"]))
        clause = clause.format(n=f"{rng.randint(20, 1500):,}")
        frags = FRAGMENTS.get(side, FRAGMENTS["ua"])
        ftpl, fpool = rng.choice(frags)
        ftpl2, fpool2 = rng.choice(frags)
        s = {"o": self.o, "c": self.c, "q": q, "qc": _comma(q), "q2": q2, "q2c": _comma(q2),
             "clause": clause, "Clause": _cap(clause), "said": rng.choice(SPEECH_VERBS),
             "on": self.on(), "platform": rng.choice(PLATFORMS),
             "frag": ftpl.format(f=self.o + rng.choice(fpool) + self.c),
             "frag2": ftpl2.format(f=self.o + rng.choice(fpool2) + self.c)}
        s.update(self.slots_for(p))
        return s

    def p_quote(self) -> str:
        p = self.speaker()
        return self.rng.choice(QUOTE_TEMPLATES).format(**self.quote_slots(p))

    def p_reported(self) -> str:
        p = self.speaker()
        return self.rng.choice(REPORTED_TEMPLATES).format(**self.quote_slots(p))

    def p_us(self) -> str:
        rng = self.rng
        p = self.speaker("us")
        text = rng.choice(QUOTE_TEMPLATES + REPORTED_TEMPLATES).format(**self.quote_slots(p))
        if rng.random() < 0.5:
            other = self.person(rng.choice(PHONE_PARTNERS))
            text += f" {_token(p, 'k', comma=True)} spoke by phone {self.on()} with " \
                    f"{_token(other, 'k')}."
        return text

    def p_analyst(self) -> str:
        p = self.rng.choice(self.analysts)
        return self.rng.choice(ANALYST_TEMPLATES).format(**self.quote_slots(p))

    def p_civilian(self) -> str:
        rng = self.rng
        p = rng.choice(self.civilians)
        q, q2 = rng.sample(QUOTES["civ"], 2)
        job, low, high = rng.choice(JOBS)
        if not p.she:
            job = job.replace("mother", "father")
        name = _token(p, "p")
        return rng.choice(CIVILIAN_TEMPLATES).format(
            o=self.o, c=self.c, q=q, qc=_comma(q), q2c=_comma(q2), name=name, Name=name,
            age=rng.randint(low, high), job=job, city=self.strike_city, on=self.on())

    def demand_parts(self, side: str) -> dict[str, str]:
        rng = self.rng
        (b, t, n), (b2, t2, n2) = rng.sample(DEMANDS[side], 2)
        if side == "ru":
            party = rng.choice(("Moscow", "Russia", "the Kremlin", "Russia", "Moscow"))
            other = rng.choice((self.ua_name, "Ukraine", "Ukraine", "the Ukrainian side"))
        else:
            party = rng.choice((self.ua_name, "Ukraine", "Ukraine", "the Ukrainian side"))
            other = rng.choice(("Moscow", "Russia", "Russia", "the Russian side"))
        return {"P": party, "T": other, "b": b, "b2": b2, "t": t, "t2": t2, "n": n, "n2": n2,
                "src": rng.choice(DEMAND_SOURCES)}

    def p_demand(self) -> str:
        rng = self.rng
        side = "ru" if rng.random() < 0.55 else "ua"
        pool = DEMAND_TEMPLATES + PROPOSAL_TEMPLATES if side == "ua" else DEMAND_TEMPLATES
        tpl = rng.choice(pool)
        s = self.demand_parts(side)
        if _needs_speaker(tpl):
            s.update(self.slots_for(self.speaker(side)))
        return _cap(tpl.format(**s))

    def p_memo_list(self) -> str:
        rng = self.rng
        side = "ru" if rng.random() < 0.7 else "ua"
        subject = "Ukraine" if side == "ru" else "Russia"
        items = rng.sample(DEMANDS[side], rng.randint(3, min(6, len(DEMANDS[side]))))
        party = "Moscow" if side == "ru" else self.ua_name
        lines = [rng.choice(MEMO_INTROS[side]).format(P=party)]
        if rng.random() < 0.5:
            lines += [f"{i}. {subject} {t}." for i, (_b, t, _n) in enumerate(items, 1)]
        else:
            lines += [f"- {n};" for _b, _t, n in items]
            lines[-1] = lines[-1][:-1] + "."
        return "\n".join(lines)

    def p_military(self) -> str:
        rng = self.rng
        s = self.nums()
        night = self.night()
        if self.style == "mt" and rng.random() < 0.5:
            pool = MILITARY_MT
        else:
            pool = MILITARY_UA if rng.random() < 0.6 else MILITARY_OTHER
        gov = _token(self.gov, "k", comma=True)
        s.update(night=night, Night=_cap(night), Night_cap=_cap(night) + ",",
                 src=rng.choice(UA_MIL_SOURCES), city=self.strike_city, gov=gov, Gov=gov,
                 rureg=rng.choice(RU_REGIONS), village=rng.choice(FRONT_VILLAGES),
                 front=rng.choice(FRONT_REGIONS))
        return _cap(rng.choice(pool).format(**s))

    def members(self, keys: tuple[str, ...], side: str, k: int, leader: str,
                most: int) -> str:
        """k named members besides the leader (at most `most`: the size counts the leader)."""
        rng = self.rng
        keys = tuple(key for key in keys if key != leader)
        chosen = [self.person(key) for key in rng.sample(keys, min(k, len(keys), most))]
        if len(chosen) < most and rng.random() < 0.6:
            chosen.append(rng.choice(EXTRA_DELEGATES[side]))
        return _join([_token(p, "t") for p in chosen])

    def delegation(self, side: str) -> str:
        rng = self.rng
        leader, size = self.leaders[side]
        keys, pool = (UA_DELEGATES, DELEGATION_UA) if side == "ua" else \
            (RU_DELEGATES, DELEGATION_RU)
        text = rng.choice(pool).format(
            size=size, size_w=NUMBER_WORDS[size], L=_token(leader, "t"),
            La=_token(leader, "a", comma=True), Lae=_token(leader, "a"), place=self.place,
            city=self.city, members=self.members(keys, side, rng.randint(2, 4), leader.key,
                                                 size - 1),
            ua=self.ua_name, Ua=self.ua_name)
        return _cap(text)

    def p_delegation_ua(self) -> str:
        return self.delegation("ua")

    def p_delegation_ru(self) -> str:
        return self.delegation("ru")

    def p_venue(self) -> str:
        rng = self.rng
        med_key = "fidan" if self.mediator_side == "tr" else rng.choice(("rubio", "witkoff"))
        med = _token(self.person(med_key), "t")
        minutes = rng.choice((40, 45, 60, 90, 100, 115))
        dur = rng.choice(("less than two hours", "just over an hour", "about 40 minutes",
                          f"{minutes} minutes"))
        return rng.choice(VENUE_TEMPLATES).format(place=self.place, med=med, Med=med,
                                                  dur=dur, minutes=minutes, city=self.city,
                                                  ord=self.ord)

    def p_exchange(self) -> str:
        rng = self.rng
        n = self.n_prisoners
        return _cap(rng.choice(EXCHANGE_TEMPLATES).format(
            n=f"{n:,}", k=rng.randint(10, n // 3 + 10), i=rng.randint(5, 60), on=self.on(),
            city=self.city, sp=_token(self.speaker("ua"), "k", comma=True)))

    def p_sanctions(self) -> str:
        rng = self.rng
        tpl = rng.choice(SANCTIONS_TEMPLATES)
        s = self.slots_for(self.speaker(rng.choice(("us", "eu"))))
        return tpl.format(k=rng.randint(40, 190), pct=rng.choice((25, 50, 100, 200, 500)),
                          days=rng.choice((10, 12, 50)), bn=rng.choice((180, 190, 210)),
                          on=self.on(), sp=s["sp"], Sp=s["Sp"])

    def p_filler(self) -> str:
        rng = self.rng
        theme = rng.randrange(len(FILLER))
        pool = FILLER[theme]
        start = rng.randrange(len(pool))
        k = rng.randint(2, 5)
        out = []
        for j in range(len(pool)):
            idx = (start + j) % len(pool)
            if (theme, idx) in self.used_fill:
                continue
            self.used_fill.add((theme, idx))
            out.append(pool[idx])
            if len(out) == k:
                break
        if not out:
            out = [pool[start]]
        if self.style == "state" and rng.random() < 0.5:
            out.append(rng.choice(FILLER_STATE))
        opener = rng.choice(FILLER_OPENERS)
        text = " ".join(out)
        if opener:
            first = text.split(" ", 1)[0]
            text = opener + (text[0].lower() + text[1:] if first in FILLER_LOWER else text)
        return text

    # ---- the article ----------------------------------------------------------------------

    def slots(self) -> dict[str, str]:
        rng = self.rng
        s = self.nums()
        return {
            "city": self.city, "City": self.city, "CITY": self.city.upper(),
            "place_short": self.place.replace("the ", "") if "Palace" in self.place
            else self.city,
            "ord": self.ord, "minutes": str(rng.choice((40, 45, 60, 90, 100))),
            "n": f"{self.n_prisoners:,}", "on": self.on(self.event),
            "on_future": self.on_future(), "night": self.night(),
            "strike_city": self.strike_city, "d": s["d"], "m": s["m"], "k": s["k"],
        }

    def headline(self, s: dict[str, str]) -> str:
        rng = self.rng
        h = rng.choice(HEADLINES[self.topic]).format(**s)
        if self.style == "analysis":
            h = "Analysis: " + h
        elif self.style == "mt" and rng.random() < 0.5:
            who = self.full(self.person(rng.choice(("umerov", "medinsky", "sybiha"))))
            h += " — " + who.rsplit(" ", 1)[-1]
        return h

    def dateline(self) -> str:
        rng = self.rng
        if self.topic in ("round", "preview", "memorandum"):
            city = rng.choice((self.city, self.city, "Kyiv", "Moscow"))
        else:
            city = rng.choice(("Kyiv", "Moscow", "Washington"))
        if self.style == "state" and city == "Kyiv":
            city = "Moscow"
        tpl = rng.choice(DATELINES[self.style])
        return tpl.format(CITY=city.upper(), City=city, md=self.md(self.pub))

    def body_paragraph(self, kind: str) -> str:
        text: str = getattr(self, "p_" + kind)()
        if self.style == "mt":
            text = self.machine_translate(text)
        return text

    def machine_translate(self, text: str) -> str:
        rng = self.rng
        text = _RE_SAID_THAT.sub(lambda _m: rng.choice(MT_SAID), text)
        text = _RE_THE.sub(lambda m: m.group(0) if rng.random() > 0.3 else " ", text)
        if rng.random() < 0.3:
            first = text.split(" ", 1)[0].rstrip(",")
            opener = rng.choice(MT_OPENERS)
            if first in MT_LOWER_OK:
                text = opener + text[0].lower() + text[1:]
            elif first[:1].isupper() and first not in ("I", "We"):
                text = opener + text
        return text

    def write(self) -> str:
        rng = self.rng
        s = self.slots()
        headline = self.headline(s)
        lead = self.dateline() + _cap(rng.choice(LEADS[self.topic]).format(**s))
        target = TARGET_MEDIAN * math.exp(rng.gauss(0.0, TARGET_SIGMA))
        target = min(MAX_WORDS - 80, max(MIN_WORDS, target))
        kinds = list(CORE[self.topic])
        # not every article has every kind of item, and short ones have fewer
        drop = (rng.random() < 0.25) + (target < 330) + (target < 260) + (target < 200)
        for _ in range(min(drop, len(kinds) - 3)):
            kinds.pop(rng.randrange(1, len(kinds)))
        paras: list[tuple[str, str]] = [(k, self.body_paragraph(k)) for k in kinds]
        words = _words(lead) + _words(headline) + sum(_words(t) for _k, t in paras)
        misses = 0
        while (words < target or len(paras) < MIN_PARAS) and len(paras) < MAX_PARAS - 4:
            kind = rng.choices(_EXTRA_NAMES, _EXTRA_WEIGHTS)[0]
            if self.topic == "preview" and kind in ("venue", "exchange"):
                continue  # the talks have not happened yet
            text = self.body_paragraph(kind)
            n = _words(text)
            if words + n > MAX_WORDS - 60:
                misses += 1
                if misses > 4:
                    break
                continue
            paras.append((kind, text))
            words += n
        rng.shuffle(paras)
        return self.assemble(headline, lead, paras)

    def assemble(self, headline: str, lead: str, paras: list[tuple[str, str]]) -> str:
        rng = self.rng
        style = self.style
        header = f" date {self.iso}"
        blocks: list[str]
        ending = ""
        if style == "live":
            blocks = [f"{header}\n{rng.choice(LIVE_HEADS).format(h=headline)}", lead]
            blocks += self.live(paras)
        else:
            body = [t for _k, t in paras]
            if style in ("analysis", "paper") and len(body) > 6:
                for _ in range(rng.randint(1, 3)):
                    body.insert(rng.randrange(2, len(body)), rng.choice(SUBHEADS))
            if style == "wire" and "(AFP)" in lead and len(body) > 4:
                body.insert(rng.randrange(2, len(body)), f"- {rng.choice(SUBHEADS)} -")
            shape = rng.random()
            if (style in ("ukr", "mt") and shape < 0.7) or shape < 0.2:
                if style == "mt" and shape > 0.35:
                    blocks = [f"{header} {headline}", lead]
                else:
                    blocks = [f"{header} {lead}"]
            elif shape < 0.6:
                blocks = [f"{header}\n{headline}", lead]
            else:
                blocks = [f"{header} {headline}", lead]
            if style in ("paper", "analysis") and len(blocks) == 2 and rng.random() < 0.6:
                blocks.insert(1, "By " + self.full(rng.choice(INVENTED_BY_SIDE["press"])))
            blocks += body
            ending = self.ending() if rng.random() < 0.7 else ""
            if ending:
                blocks.append(ending)
        if rng.random() < 0.02 and len(blocks) > 4:  # a repeated paragraph
            blocks.append(blocks[rng.randrange(2, len(blocks))])
        resolved: dict[str, str] = {}
        out: list[str] = []
        for block in blocks:
            if block and block not in resolved:
                resolved[block] = self.resolve(block)
            if block:
                out.append(resolved[block])
        words = sum(_words(b) for b in out)
        while words > MAX_WORDS and len(out) > MIN_PARAS + 1:  # templates ran long
            words -= _words(out.pop())
        if rng.random() < 0.02:  # an excerpt cut mid-sentence (and its credit line dropped)
            if ending and out[-1] == ending and len(out) > MIN_PARAS + 1:
                words -= _words(out.pop())
            cut = out[-1].split(" ")
            keep = rng.randrange(4, max(5, len(cut) - 2))
            if len(cut) > 8 and words - (len(cut) - keep) >= MIN_WORDS:
                out[-1] = " ".join(cut[:keep])
        return self.finish("\n\n".join(out) + "\n")

    def live(self, paras: list[tuple[str, str]]) -> list[str]:
        rng = self.rng
        cnn = rng.random() < 0.5
        minute = rng.randint(19 * 60, 23 * 60 + 30)
        out: list[str] = []
        pinned = ""
        for kind, text in paras:
            if not pinned and kind == "quote" and rng.random() < 0.5:
                pinned = "Pinned: " + text
                continue
            h, m = divmod(minute, 60)
            if cnn:
                et = h - 7  # Eastern time
                stamp = f"{et % 12 or 12}:{m:02d} {'a.m.' if et < 12 else 'p.m.'} ET, " \
                        f"{MONTH_NAMES[self.pub.month - 1]} {self.pub.day}, {self.pub.year}"
                out.append(f"{stamp}\n\n{rng.choice(KIND_HEADS[kind])}\n\n{text}")
                if rng.random() < 0.4:
                    out.append("Link Copied!")
            else:
                zone = "EEST" if 3 < self.pub.month < 11 else "EET"
                out.append(f"{h:02d}:{m:02d} {zone}\n{text}")
            minute = max(8 * 60, minute - rng.randint(8, 55))
        if pinned:
            out.insert(0, pinned)
            out.append(pinned)
        return out

    def ending(self) -> str:
        rng = self.rng
        style = self.style
        if style == "wire":
            a, b, c = (self.full(p) for p in rng.sample(INVENTED_BY_SIDE["press"], 3))
            code = "".join(rng.choice(_CODE_LETTERS) for _ in range(8))
            return rng.choice((
                f"(Reporting by {a} in {self.city} and {b} in Kyiv; Editing by {c})",
                f"Associated Press writers {a} in Kyiv and {b} in Moscow contributed to this "
                "report.",
                f"{code[:3]}-{code[3:5]}/{code[5:]}",
            ))
        if style == "ukr":
            earlier = self.event - dt.timedelta(days=rng.randint(9, 40))
            return (f"As {rng.choice(UKR_OUTLETS)} reported earlier, the previous round of talks "
                    f"took place in {self.city} {self.on(earlier)} and ended with an agreement "
                    "on a new exchange of prisoners.")
        if style == "state":
            return (f"Earlier, the Kremlin said the results of the talks in {self.city} would be "
                    "reported to the president.")
        if style == "mt":
            return "We will remind, earlier the sides agreed on the exchange of prisoners."
        return ""

    def finish(self, text: str) -> str:
        if self.style == "state":
            text = text.replace("Kyiv", "Kiev")
        if self.us_spelling:
            text = _RE_US.sub(lambda m: US_SPELLING[m.group(0)], text)
        if self.curly:
            text = text.replace("'", "’")
        return text


class _FastRandom(random.Random):
    """random.Random with choice/randint/randrange scaled from one random() call: a little
    bias (below 2**-40) for a third of the generation time."""

    def choice(self, seq):  # type: ignore[no-untyped-def, override]
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None,  # type: ignore[override]
                  step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + int(self.random() * (stop - start))


def article_rng(seed: int, n: int) -> random.Random:
    """The generator of article n: a function of (seed, n) only."""
    return _FastRandom(f"talkswatch-synth:{seed}:{n}")


def article(rng: random.Random, n: int) -> tuple[str, str]:
    """(file name, text) of synthetic article number n."""
    a = _Article(rng)
    text = a.write()
    name = f"{n:06d}_{a.style}_{a.topic}_{a.pub:%m%d}.txt"
    return name, text


def folder_name(n: int, count: int) -> str:
    """The sub-folder of article n: 1,000 articles each, zero-padded to a common width."""
    width = max(3, len(str(max(count - 1, 0) // FILES_PER_FOLDER)))
    return f"{n // FILES_PER_FOLDER:0{width}d}"


def _write_folder(out: Path, first: int, last: int, count: int, seed: int) -> GenStats:
    """Write articles first..last-1 (one sub-folder)."""
    folder = out / folder_name(first, count)
    folder.mkdir(parents=True, exist_ok=True)
    stats = GenStats(0, 0, 0)
    for n in range(first, last):
        name, text = article(article_rng(seed, n), n)
        data = text.encode("utf-8")
        with open(folder / name, "wb") as fh:
            fh.write(data)
        stats.files += 1
        stats.bytes += len(data)
        stats.words += _words(text)
    return stats


def generate(out: Path, count: int, seed: int = 1, jobs: int | None = None) -> GenStats:
    """Write count articles under out (sub-folders of 1,000); same seed+count -> same files.

    jobs processes write whole sub-folders (default: one per CPU; 1 writes in this process).
    Files already in out are overwritten where names collide and otherwise left alone."""
    out = Path(out)
    chunks = [(out, first, min(first + FILES_PER_FOLDER, count), count, seed)
              for first in range(0, count, FILES_PER_FOLDER)]
    jobs = min(jobs or os.cpu_count() or 1, len(chunks))
    if jobs <= 1:
        parts = [_write_folder(*chunk) for chunk in chunks]
    else:
        with ProcessPoolExecutor(jobs) as pool:
            parts = list(pool.map(_write_folder, *zip(*chunks, strict=True)))
    return GenStats(sum(p.files for p in parts), sum(p.bytes for p in parts),
                    sum(p.words for p in parts))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write synthetic talkswatch articles.")
    parser.add_argument("out", type=Path, help="output folder (sub-folders of 1,000 files)")
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--jobs", type=int, default=None,
                        help="worker processes (default: one per CPU)")
    args = parser.parse_args(argv)
    if args.count < 0:
        parser.error("COUNT must be >= 0")
    t0 = time.perf_counter()
    stats = generate(args.out, args.count, args.seed, args.jobs)
    seconds = time.perf_counter() - t0
    print(f"files    {stats.files}")
    print(f"MB       {stats.bytes / 1e6:.1f}")
    print(f"words    {stats.words:,}")
    print(f"seconds  {seconds:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
