"""Score the extractor against hand-annotated articles: recall and precision per kind of item.

Usage: python bench/score_gold.py GOLD_DIR [-v]

GOLD_DIR holds NN_name.txt articles and NN_name.gold.json annotations (see bench/goldsets/).
The articles are ingested into a temporary database and the export is compared with the gold:
persons found, statements (text snippet inside the statement and the right speaker), demands
(snippet and party), military events (snippet in the source sentence; numbers compared
separately), delegation leaders and members, publication dates, and false merges (one actor
holding the names of two gold people). -v lists every miss and every extra item.

A measuring tool for development, not a test: the figures are reported in the README.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from store.export import export_document  # noqa: E402
from store.ingest import ingest  # noqa: E402

_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                 "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11",
                 "twelve": "12"}
_KINDS = ("persons", "statements", "quotes", "reported", "demands", "military",
          "mil_numbers", "leaders", "members", "dates")


def norm(text: str) -> str:
    """Case, punctuation, thousands commas and small number words do not count."""
    text = text.replace("%", " percent").replace(",", "")
    words = re.sub(r"[\W_]+", " ", text.lower()).split()
    return " ".join(_NUMBER_WORDS.get(w, w) for w in words)


class Scorer:
    def __init__(self, doc: dict[str, Any], verbose: bool) -> None:
        self.doc = doc
        self.actors = {a["name"]: a for a in doc["actors"]}
        self.verbose = verbose
        # gold items, gold items found, predicted items, predicted items that match a gold one
        self.tot = {k: [0, 0, 0, 0] for k in _KINDS}

    def say(self, *parts: object) -> None:
        if self.verbose:
            print(" ", *parts)

    def article(self, art: str, gold: dict[str, Any]) -> None:
        published = next(a["published"] for a in self.doc["articles"] if a["path"] == art)
        self.tot["dates"][0] += 1
        self.tot["dates"][1] += published == gold["published"]
        surfaces = {a["name"]: {norm(s) for s in a["surfaces"]} | {norm(a["name"])}
                    for a in gold["actors"]}

        def same(pred: str | None, wanted: str | None) -> bool:
            """The predicted actor carries one of the gold actor's names in this article."""
            if pred is None or wanted is None:
                return pred is None and wanted is None
            actor = self.actors.get(pred)
            if actor is None:
                return False
            aliases = {norm(x) for x in actor["aliases"]}
            names = surfaces.get(wanted, {norm(wanted)})
            return bool(aliases & names) or any(
                len(n.split()) > 1 and any(f" {n} " in f" {a} " for a in aliases)
                for n in names)

        def mine(section: str) -> list[dict[str, Any]]:
            return [x for x in self.doc[section]
                    if art in {s["article"] for s in x["sources"]}]

        self._persons(art, gold, same)
        self._statements(art, gold, mine("statements"), same)
        self._demands(art, gold, mine("demands"))
        self._military(art, gold, mine("military"))
        self._delegations(art, gold, mine("delegations"), same)

    def _persons(self, art: str, gold: dict[str, Any], same: Callable[..., bool]) -> None:
        for g in (a for a in gold["actors"] if a["kind"] == "person"):
            self.tot["persons"][0] += 1
            if any(same(p["name"], g["name"]) for p in self.doc["actors"]
                   if p["kind"] == "person"):
                self.tot["persons"][1] += 1
            else:
                self.say("MISS person", art, g["name"])

    def _statements(self, art: str, gold: dict[str, Any], preds: list[dict[str, Any]],
                    same: Callable[..., bool]) -> None:
        matched: set[int] = set()
        for g in gold["statements"]:
            kind = "quotes" if g["kind"] == "quote" else "reported"
            for k in (kind, "statements"):
                self.tot[k][0] += 1
            hit = next((i for i, p in enumerate(preds) if norm(g["snippet"]) in norm(p["text"])
                        and same(p["speaker"], g["speaker"])), None)
            if hit is None:
                self.say("MISS statement", art, g["kind"], g["speaker"], "|", g["snippet"])
                continue
            matched.add(hit)
            for k in (kind, "statements"):
                self.tot[k][1] += 1
        self.tot["statements"][2] += len(preds)
        self.tot["statements"][3] += len(matched)
        for k, kind in (("quotes", "quote"), ("reported", "reported")):
            self.tot[k][2] += sum(p["kind"] == kind for p in preds)
            self.tot[k][3] += sum(preds[i]["kind"] == kind for i in matched)
        for i, p in enumerate(preds):
            if i not in matched:
                self.say("EXTRA statement", art, p["kind"], p["speaker"], "|", p["text"][:80])

    def _demands(self, art: str, gold: dict[str, Any], preds: list[dict[str, Any]]) -> None:
        matched: set[int] = set()
        for g in gold["demands"]:
            self.tot["demands"][0] += 1
            snippet = norm(g["snippet"])
            hit = next((i for i, p in enumerate(preds) if p["party"] == g["party"] and (
                snippet in norm(p["text"]) or norm(p["text"]) in snippet)), None)
            if hit is None:
                self.say("MISS demand", art, g["party"], "|", g["snippet"])
                continue
            matched.add(hit)
            self.tot["demands"][1] += 1
        self.tot["demands"][2] += len(preds)
        self.tot["demands"][3] += len(matched)
        for i, p in enumerate(preds):
            if i not in matched:
                self.say("EXTRA demand", art, p["party"], "|", p["text"][:80])

    def _military(self, art: str, gold: dict[str, Any], preds: list[dict[str, Any]]) -> None:
        matched: set[int] = set()
        for g in gold["military"]:
            self.tot["military"][0] += 1
            hit = next((i for i, p in enumerate(preds) if i not in matched and any(
                norm(g["snippet"]) in norm(s["sentence"]) for s in p["sources"])), None)
            if hit is None:
                self.say("MISS military", art, g["actor"], g["numbers"], "|", g["snippet"])
                continue
            matched.add(hit)
            self.tot["military"][1] += 1
            wanted = {norm(n) for n in g["numbers"]}
            found = {norm(n) for n in preds[hit]["numbers"]}
            self.tot["mil_numbers"][0] += len(wanted)
            self.tot["mil_numbers"][1] += len(wanted & found)
            self.tot["mil_numbers"][2] += len(found)
            self.tot["mil_numbers"][3] += len(wanted & found)
        self.tot["military"][2] += len(preds)
        self.tot["military"][3] += len(matched)
        for i, p in enumerate(preds):
            if i not in matched:
                self.say("EXTRA military", art, p["actor"], p["numbers"], "|", p["text"][:70])

    def _delegations(self, art: str, gold: dict[str, Any], preds: list[dict[str, Any]],
                     same: Callable[..., bool]) -> None:
        for g in gold["delegations"]:
            p = next((d for d in preds if d["party"] == g["party"]), None)
            if g.get("leader"):
                self.tot["leaders"][0] += 1
                if p and same(p["leader"], g["leader"]):
                    self.tot["leaders"][1] += 1
                else:
                    self.say("MISS leader", art, g["party"], g["leader"])
            for member in g.get("members", []):
                self.tot["members"][0] += 1
                if p and any(same(x["name"], member) for x in p["members"]):
                    self.tot["members"][1] += 1
                else:
                    self.say("MISS member", art, g["party"], member)
        for p in preds:
            g = next((d for d in gold["delegations"] if d["party"] == p["party"]), None)
            if p["leader"]:
                self.tot["leaders"][2] += 1
                self.tot["leaders"][3] += bool(g and same(p["leader"], g.get("leader")))
            self.tot["members"][2] += len(p["members"])
            self.tot["members"][3] += sum(
                1 for x in p["members"]
                if g and any(same(x["name"], m) for m in g.get("members", [])))

    def false_merges(self, golds: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
        people: dict[str, set[str]] = {}
        for gold in golds:
            for a in gold["actors"]:
                if a["kind"] == "person":
                    people.setdefault(a["name"], set()).update(
                        norm(s) for s in [*a["surfaces"], a["name"]])
        merges = []
        for actor in self.doc["actors"]:
            if actor["kind"] == "person":
                aliases = {norm(x) for x in actor["aliases"]}
                owners = sorted(g for g, names in people.items() if aliases & names)
                if len(owners) > 1:
                    merges.append((actor["name"], owners))
        return merges


def score(folder: Path, verbose: bool = False) -> tuple[dict[str, list[int]], list[Any]]:
    """Totals per kind: [gold, gold found, predicted, predicted right], and false merges."""
    tmp = Path(tempfile.mkdtemp(prefix="talkswatch-score-"))
    try:
        seeds = tmp / "seeds"
        seeds.mkdir()
        for article in sorted(folder.glob("*.txt")):
            shutil.copy(article, seeds / article.name)
        ingest(seeds, tmp / "score.db")
        scorer = Scorer(export_document(tmp / "score.db"), verbose)
    finally:
        shutil.rmtree(tmp)
    golds = []
    for path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        golds.append(gold)
        scorer.article(path.name.replace(".gold.json", ".txt"), gold)
    return scorer.tot, scorer.false_merges(golds)


def main() -> None:
    folder = Path(sys.argv[1])
    totals, merges = score(folder, "-v" in sys.argv)
    print(f"{'item':<12} {'gold':>5} {'hit':>5} {'pred':>5}  recall  precision")
    for kind, (gold, hit, pred, right) in totals.items():
        recall = f"{hit / gold:6.2f}" if gold else "     -"
        precision = f"{right / pred:6.2f}" if pred else "     -"
        print(f"{kind:<12} {gold:>5} {hit:>5} {pred or '-':>5}  {recall}  {precision}")
    print("false merges of distinct people:", len(merges), merges or "")


if __name__ == "__main__":
    main()
