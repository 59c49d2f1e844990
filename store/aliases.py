"""The user's corrections to actor merging: `aliases.toml` in the seeds folder.

    # names that are one actor (any spelling talkswatch has seen, canonical or alias)
    same = [
      ["Volodymyr Zelensky", "Zelenskyi"],
    ]
    # names that are different actors, however alike they look
    apart = [
      ["Andriy Yermak", "Yermak Oleksandr"],
    ]

Each group of `same` joins all its names; each group of `apart` keeps every two of its names
apart (apart wins over same). The rules are applied on every ingest; the last rules that could
be read are kept in the database, so a broken edit never silently undoes them.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

ALIAS_FILE = "aliases.toml"


@dataclass(frozen=True, slots=True)
class AliasRules:
    same: tuple[tuple[str, str], ...] = ()
    apart: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> str:
        return json.dumps({"same": self.same, "apart": self.apart}, ensure_ascii=False)

    @staticmethod
    def from_json(text: str) -> AliasRules:
        data = json.loads(text)
        return AliasRules(tuple(map(tuple, data["same"])), tuple(map(tuple, data["apart"])))


def read_aliases(seeds: Path) -> AliasRules:
    """The rules in seeds/aliases.toml; empty rules when there is no file.

    Raises ValueError with a message that says what is wrong where.
    """
    path = Path(seeds) / ALIAS_FILE
    if not path.is_file():
        return AliasRules()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"not valid TOML ({exc}); the previous rules stay in force") from exc
    unknown = set(data) - {"same", "apart"}
    if unknown:
        raise ValueError(f"unknown key(s) {', '.join(sorted(unknown))}: use `same` and `apart`;"
                         " the previous rules stay in force")
    same: list[tuple[str, str]] = []
    apart: list[tuple[str, str]] = []
    for key, out in (("same", same), ("apart", apart)):
        groups = data.get(key, [])
        if not isinstance(groups, list) or not all(
                isinstance(g, list) and len(g) >= 2 and all(isinstance(n, str) for n in g)
                for g in groups):
            raise ValueError(f"`{key}` must be a list of lists of two or more names, like "
                             f'{key} = [["Name A", "Name B"]]; the previous rules stay in force')
        for group in groups:
            names = [" ".join(n.split()) for n in group]
            out.extend(combinations(names, 2) if key == "apart"
                       else ((names[0], n) for n in names[1:]))
    return AliasRules(tuple(same), tuple(apart))
