"""Well-known principals of the negotiations and the side each speaks for.

Used only to fill in a side (and to know that a bare surname is a person) when an article does
not say it: coverage often writes "President Volodymyr Zelensky" without "Ukrainian". Keyed by
surname as commonly written; matching goes through the transliteration-aware surname key, so
"Zelenskyy" or "Zelenskiy" find "Zelensky". Extend freely.
"""

from __future__ import annotations

# surname -> (side, usual given name)
FIGURES: dict[str, tuple[str | None, str]] = {
    "Zelensky": ("Ukraine", "Volodymyr"),
    "Yermak": ("Ukraine", "Andriy"),
    "Umerov": ("Ukraine", "Rustem"),
    "Sybiha": ("Ukraine", "Andrii"),
    "Kuleba": ("Ukraine", "Dmytro"),
    "Budanov": ("Ukraine", "Kyrylo"),
    "Shmyhal": ("Ukraine", "Denys"),
    "Svyrydenko": ("Ukraine", "Yulia"),
    "Syrskyi": ("Ukraine", "Oleksandr"),
    "Kyslytsya": ("Ukraine", "Serhiy"),
    "Tykhyi": ("Ukraine", "Heorhii"),
    "Lubinets": ("Ukraine", "Dmytro"),
    "Podolyak": ("Ukraine", "Mykhailo"),
    "Arakhamia": ("Ukraine", "David"),
    "Putin": ("Russia", "Vladimir"),
    "Lavrov": ("Russia", "Sergei"),
    "Peskov": ("Russia", "Dmitry"),
    "Medinsky": ("Russia", "Vladimir"),
    "Ushakov": ("Russia", "Yuri"),
    "Dmitriev": ("Russia", "Kirill"),
    "Nebenzya": ("Russia", "Vasily"),
    "Zakharova": ("Russia", "Maria"),
    "Shoigu": ("Russia", "Sergei"),
    "Belousov": ("Russia", "Andrei"),
    "Gerasimov": ("Russia", "Valery"),
    "Galuzin": ("Russia", "Mikhail"),
    "Fomin": ("Russia", "Alexander"),
    "Kostyukov": ("Russia", "Igor"),
    "Medvedev": ("Russia", "Dmitry"),
    "Ryabkov": ("Russia", "Sergei"),
    "Trump": ("United States", "Donald"),
    "Vance": ("United States", "JD"),
    "Rubio": ("United States", "Marco"),
    "Witkoff": ("United States", "Steve"),
    "Kellogg": ("United States", "Keith"),
    "Hegseth": ("United States", "Pete"),
    "Waltz": ("United States", "Mike"),
    "Driscoll": ("United States", "Dan"),
    "Kushner": ("United States", "Jared"),
    "Biden": ("United States", "Joe"),
    "Erdogan": ("Turkey", "Recep Tayyip"),
    "Fidan": ("Turkey", "Hakan"),
    "Macron": ("France", "Emmanuel"),
    "Merz": ("Germany", "Friedrich"),
    "Starmer": ("United Kingdom", "Keir"),
    "Lukashenko": ("Belarus", "Alexander"),
    "Orban": ("Hungary", "Viktor"),
    "Tusk": ("Poland", "Donald"),
    "Meloni": ("Italy", "Giorgia"),
    "Stubb": ("Finland", "Alexander"),
    "Rutte": (None, "Mark"),
    "Guterres": (None, "Antonio"),
}
