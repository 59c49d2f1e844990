"""Score the extractor against a hand-annotated corpus (`talkswatch eval GOLD_DIR`).

GOLD_DIR holds NAME.txt articles and NAME.gold.json annotations (tests/corpus/README.md gives
the format). The articles are ingested into a throwaway database, exactly as a user's would be,
and each article's rows are compared with its gold:

- actor merging: B-cubed and pairwise precision/recall over the actors each article names (an
  element is one gold actor in one article, placed in the canonical actor its local actor was
  merged into), and the false merges: canonical actors holding two distinct gold people;
- direct quotes and reported speech with the right speaker (the gold snippet inside the text);
- delegation leaders and members per party; demands with the right party; military events (the
  gold snippet in the source sentence) and their numbers;
- date expressions resolved right (at the gold's precision: day, month or year), and
  publication dates.

Precision counts every extracted item of an article that matches no gold item as wrong, so the
gold must list everything of its kind (that is the annotation rule).
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import sqlite_utils

from store.db import open_db
from store.extract import extract
from store.ingest import ingest

_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                 "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11",
                 "twelve": "12"}
_LEADING = re.compile(r"^(?:on|in|at|by|since|from|until|of|the)\s+", re.IGNORECASE)

# the rows of the printed table, in order, with the label a reader sees
METRICS: dict[str, str] = {
    "actors_bcubed": "actor merging, B-cubed",
    "actors_pairwise": "actor merging, pairwise",
    "persons_found": "people found",
    "quotes": "direct quotes, right speaker",
    "reported": "reported speech, right speaker",
    "leaders": "delegation leaders",
    "members": "delegation members",
    "demands": "demands, right party",
    "military": "military events",
    "military_numbers": "military numbers",
    "dates": "date expressions resolved",
    "published": "publication dates",
}


# casualty counts are written "12 killed" by some annotators and "12 people" / "12 soldiers" by
# others: the number is what is scored, the noun only says it counts people
_PEOPLE = frozenset({"killed", "dead", "died", "injured", "wounded", "hurt", "people", "person",
                     "persons", "civilians", "civilian", "soldiers", "soldier", "servicemen",
                     "residents", "troops"})


def number_key(text: str) -> str:
    """A military number as compared: digits and unit, with people counts in one class."""
    words = norm(text).split()
    if len(words) >= 2 and words[-1] in _PEOPLE:
        return f"{words[0]} people"
    return " ".join(words)


def norm(text: str) -> str:
    """Case, punctuation, thousands commas and small number words do not count."""
    text = text.replace("%", " percent").replace(",", "")
    words = re.sub(r"[\W_]+", " ", text.lower()).split()
    return " ".join(_NUMBER_WORDS.get(w, w) for w in words)


@dataclass(slots=True)
class Score:
    """Counts behind precision and recall: gold items, gold found, predicted, predicted right."""

    gold: int = 0
    found: int = 0
    predicted: int = 0
    right: int = 0
    # set directly for measures that are averages rather than counts (B-cubed)
    p: float | None = None
    r: float | None = None

    @property
    def precision(self) -> float | None:
        if self.p is not None:
            return self.p
        return self.right / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        if self.r is not None:
            return self.r
        return self.found / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        p = r if p is None else p
        r = p if r is None else r
        assert p is not None and r is not None
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: int = 0, found: int = 0, predicted: int = 0, right: int = 0) -> None:
        self.gold += gold
        self.found += found
        self.predicted += predicted
        self.right += right


@dataclass(slots=True)
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in METRICS})
    false_merges: list[tuple[str, list[str]]] = field(default_factory=list)
    articles: int = 0
    misses: list[str] = field(default_factory=list)  # one line per miss and extra, for -v

    def table(self) -> str:
        lines = [f"{self.articles} articles; false merges of distinct people: "
                 f"{len(self.false_merges)}",
                 f"{'measure':<32} {'precision':>9} {'recall':>7} {'F1':>6} "
                 f"{'gold':>6} {'found':>6} {'pred':>6}"]
        for key, label in METRICS.items():
            s = self.scores[key]
            lines.append(f"{label:<32} {_fmt(s.precision):>9} {_fmt(s.recall):>7} "
                         f"{_fmt(s.f1):>6} {s.gold:>6} {s.found:>6} {s.predicted:>6}")
        for name, owners in self.false_merges:
            lines.append(f"  false merge: {name} holds {', '.join(owners)}")
        return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


# --- predictions, read back from the database per article ----------------------------------


@dataclass(slots=True)
class _Predicted:
    """One article's extracted rows, with canonical actor names."""

    statements: list[tuple[str, str, str | None]]            # kind, text, speaker
    demands: list[tuple[str | None, str, str | None]]         # party, text, by
    military: list[tuple[str, list[str], str | None]]         # sentence, numbers, actor
    delegations: dict[str, tuple[str | None, set[str]]]       # party -> leader, members
    local: dict[int, tuple[set[str], int]]                    # article_actor -> names, actor


def _predicted(db: sqlite_utils.Database, article_id: int) -> _Predicted:
    canonical = ("LEFT JOIN article_actors aa ON aa.id = {col} "
                 "LEFT JOIN actors a ON a.id = aa.actor_id")
    delegations: dict[str, tuple[str | None, set[str]]] = {}
    for did, party, leader in db.execute(
            "SELECT d.id, d.party, a.name FROM delegations d "
            + canonical.format(col="d.leader_id") + " WHERE d.article_id = ?", [article_id]):
        members = {r[0] for r in db.execute(
            "SELECT a.name FROM delegation_members m " + canonical.format(col="m.article_actor_id")
            + " WHERE m.delegation_id = ? AND a.name IS NOT NULL", [did])}
        old_leader, old_members = delegations.get(party, (None, set()))
        delegations[party] = (old_leader or leader, old_members | members)
    return _Predicted(
        statements=db.execute(
            "SELECT s.kind, s.text, a.name FROM statements s " + canonical.format(
                col="s.speaker_id") + " WHERE s.article_id = ?", [article_id]).fetchall(),
        demands=db.execute(
            "SELECT d.party, d.text, a.name FROM demands d " + canonical.format(col="d.by_id")
            + " WHERE d.article_id = ?", [article_id]).fetchall(),
        military=[(r[0], json.loads(r[1]), r[2]) for r in db.execute(
            "SELECT se.text, m.numbers, a.name FROM military m JOIN sentences se "
            "ON se.id = m.sentence_id " + canonical.format(col="m.actor_id")
            + " WHERE m.article_id = ?", [article_id])],
        delegations=delegations,
        local={r[0]: ({norm(r[1]), *(norm(x) for x in json.loads(r[2]))}, r[3])
               for r in db.execute("SELECT id, name, aliases, actor_id FROM article_actors "
                                   "WHERE article_id = ?", [article_id])},
    )


# --- scoring -------------------------------------------------------------------------------


class _Scorer:
    def __init__(self, db: sqlite_utils.Database, report: Report) -> None:
        self.db = db
        self.report = report
        self.aliases: dict[str, set[str]] = defaultdict(set)
        for name, alias in db.execute(
                "SELECT a.name, x.alias FROM actors a JOIN aliases x ON x.actor_id = a.id"):
            self.aliases[name].update({norm(alias), norm(name)})
        self.kind_of = dict(db.execute("SELECT name, kind FROM actors").fetchall())
        self.name_of = dict(db.execute("SELECT id, name FROM actors").fetchall())
        # actor-merging elements: (article, gold actor) -> predicted canonical actor id
        self.elements: dict[tuple[str, str], int] = {}
        self.gold_kind: dict[str, str] = {}

    def miss(self, *parts: object) -> None:
        self.report.misses.append(" ".join(str(p) for p in parts))

    def article(self, path: str, raw: str, gold: dict[str, Any]) -> None:
        row = self.db.execute("SELECT id, published FROM articles WHERE path = ?",
                              [path]).fetchone()
        s = self.report.scores
        s["published"].add(gold=1, predicted=1)
        if row is None:
            self.miss("MISS article (failed to ingest)", path)
            return
        self.report.articles += 1
        ok = row[1] == gold["published"]
        s["published"].add(found=ok, right=ok)
        pred = _predicted(self.db, row[0])
        surfaces = {a["name"]: {norm(x) for x in [*a.get("surfaces", []), a["name"]]}
                    for a in gold["actors"]}

        def same(name: str | None, wanted: str | None) -> bool:
            """The canonical actor carries one of the gold actor's names in this article."""
            if name is None or wanted is None:
                return name is None and wanted is None
            aliases = self.aliases.get(name, set())
            names = surfaces.get(wanted, {norm(wanted)})
            return bool(aliases & names) or any(
                f" {short} " in f" {long} "  # "yury ushakov" in "aide yury ushakov", both ways
                for n in names for a in aliases
                for short, long in ((n, a), (a, n)) if len(short.split()) > 1)

        self._actors(path, gold, pred, surfaces)
        self._statements(path, gold, pred, same)
        self._demands(path, gold, pred)
        self._military(path, gold, pred, same)
        self._delegations(path, gold, pred, same)
        if "dates" in gold:
            self._dates(path, raw, gold)

    def _actors(self, path: str, gold: dict[str, Any], pred: _Predicted,
                surfaces: dict[str, set[str]]) -> None:
        for g in gold["actors"]:
            self.gold_kind[g["name"]] = g["kind"]
            hits = [(len(names & surfaces[g["name"]]), actor)
                    for names, actor in pred.local.values() if names & surfaces[g["name"]]]
            if g["kind"] == "person":
                self.report.scores["persons_found"].add(gold=1, found=bool(hits))
            if not hits:
                self.miss("MISS actor", path, g["name"])
                continue
            self.elements[(path, g["name"])] = max(hits)[1]

    def _statements(self, path: str, gold: dict[str, Any], pred: _Predicted,
                    same: Callable[[str | None, str | None], bool]) -> None:
        for kind, metric in (("quote", "quotes"), ("reported", "reported")):
            golds = [g for g in gold["statements"] if g["kind"] == kind]
            preds = [p for p in pred.statements if p[0] == kind]
            matched: set[int] = set()
            for g in golds:
                hit = next((i for i, p in enumerate(preds) if i not in matched
                            and norm(g["snippet"]) in norm(p[1]) and same(p[2], g["speaker"])),
                           None)
                if hit is None:
                    self.miss("MISS", kind, path, g["speaker"], "|", g["snippet"])
                else:
                    matched.add(hit)
            self.report.scores[metric].add(gold=len(golds), found=len(matched),
                                           predicted=len(preds), right=len(matched))
            for i, p in enumerate(preds):
                if i not in matched:
                    self.miss("EXTRA", kind, path, p[2], "|", p[1][:90])

    def _demands(self, path: str, gold: dict[str, Any], pred: _Predicted) -> None:
        matched: set[int] = set()
        for g in gold["demands"]:
            snippet = norm(g["snippet"])
            hit = next((i for i, p in enumerate(pred.demands) if i not in matched
                        and p[0] == g["party"]
                        and (snippet in norm(p[1]) or norm(p[1]) in snippet)), None)
            if hit is None:
                self.miss("MISS demand", path, g["party"], "|", g["snippet"])
            else:
                matched.add(hit)
        self.report.scores["demands"].add(gold=len(gold["demands"]), found=len(matched),
                                          predicted=len(pred.demands), right=len(matched))
        for i, p in enumerate(pred.demands):
            if i not in matched:
                self.miss("EXTRA demand", path, p[0], "|", p[1][:90])

    def _military(self, path: str, gold: dict[str, Any], pred: _Predicted,
                  same: Callable[[str | None, str | None], bool]) -> None:
        matched: set[int] = set()
        numbers = self.report.scores["military_numbers"]
        for g in gold["military"]:
            hit = next((i for i, p in enumerate(pred.military) if i not in matched
                        and norm(g["snippet"]) in norm(p[0])), None)
            wanted = {number_key(n) for n in g["numbers"]}
            if hit is None:
                self.miss("MISS military", path, g["actor"], g["numbers"], "|", g["snippet"])
                numbers.add(gold=len(wanted))
                continue
            matched.add(hit)
            found = {number_key(n) for n in pred.military[hit][1]}
            numbers.add(gold=len(wanted), found=len(wanted & found), predicted=len(found),
                        right=len(wanted & found))
            for n in sorted(wanted - found):
                self.miss("MISS number", path, n, "|", g["snippet"])
            for n in sorted(found - wanted):
                self.miss("EXTRA number", path, n, "|", g["snippet"])
        self.report.scores["military"].add(gold=len(gold["military"]), found=len(matched),
                                           predicted=len(pred.military), right=len(matched))
        for i, p in enumerate(pred.military):
            if i not in matched:
                self.miss("EXTRA military", path, p[2], p[1], "|", p[0][:90])
                numbers.add(predicted=len(p[1]))

    def _delegations(self, path: str, gold: dict[str, Any], pred: _Predicted,
                     same: Callable[[str | None, str | None], bool]) -> None:
        s = self.report.scores
        golds: dict[str, tuple[str | None, set[str]]] = {}
        for g in gold["delegations"]:
            leader, members = golds.get(g["party"], (None, set()))
            golds[g["party"]] = (leader or g.get("leader"), members | set(g.get("members", [])))
        for party, (leader, members) in golds.items():
            p_leader, p_members = pred.delegations.get(party, (None, set()))
            if leader:
                ok = same(p_leader, leader)
                s["leaders"].add(gold=1, found=ok)
                if not ok:
                    self.miss("MISS leader", path, party, leader, "| got", p_leader)
            for m in sorted(members):
                ok = any(same(x, m) for x in p_members)
                s["members"].add(gold=1, found=ok)
                if not ok:
                    self.miss("MISS member", path, party, m)
        for party, (p_leader, p_members) in pred.delegations.items():
            leader, members = golds.get(party, (None, set()))
            if p_leader:
                s["leaders"].add(predicted=1, right=bool(leader and same(p_leader, leader)))
            for x in sorted(p_members):
                ok = any(same(x, m) for m in members)
                s["members"].add(predicted=1, right=ok)
                if not ok:
                    self.miss("EXTRA member", path, party, x)

    def _dates(self, path: str, raw: str, gold: dict[str, Any]) -> None:
        """Distinct expressions per article, matched by overlapping words: annotators list a
        repeated "on Sunday" once or at each occurrence, and write "into Sunday" where the
        extractor reads "Sunday"; neither should weigh on the score."""
        def key(text: str) -> str:
            return norm(_LEADING.sub("", text))

        def overlaps(a: str, b: str) -> bool:
            return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "

        preds = {key(m.text): m.value.isoformat() for m in extract(raw).dates}
        golds = {key(g["text"]): g["date"] for g in gold["dates"]}
        score = self.report.scores["dates"]
        for text, value in golds.items():
            ok = any(overlaps(text, p) and v[:len(value)] == value for p, v in preds.items())
            score.add(gold=1, found=ok)
            if not ok:
                got = [v for p, v in preds.items() if overlaps(text, p)]
                self.miss("WRONG" if got else "MISS", "date", path, repr(text), value,
                          *(["got", *got] if got else []))
        for text, value in preds.items():
            ok = any(overlaps(text, g) and value[:len(v)] == v for g, v in golds.items())
            score.add(predicted=1, right=ok)
            if not any(overlaps(text, g) for g in golds):
                self.miss("EXTRA date", path, repr(text), value)

    def finish(self) -> None:
        """Actor merging over all articles: B-cubed, pairwise, false merges."""
        elements = list(self.elements.items())
        by_pred: dict[int, list[str]] = defaultdict(list)
        by_gold: dict[str, int] = defaultdict(int)
        for (_, g), actor in elements:
            by_pred[actor].append(g)
            by_gold[g] += 1
        if elements:
            p = sum(by_pred[a].count(g) / len(by_pred[a]) for (_, g), a in elements)
            r = sum(by_pred[a].count(g) / by_gold[g] for (_, g), a in elements)
            bc = self.report.scores["actors_bcubed"]
            bc.p, bc.r = p / len(elements), r / len(elements)
            bc.add(gold=len(elements), predicted=len(elements))
        pairs = self.report.scores["actors_pairwise"]
        for ((_, g1), a1), ((_, g2), a2) in combinations(elements, 2):
            same_gold, same_pred = g1 == g2, a1 == a2
            pairs.add(gold=same_gold, found=same_gold and same_pred, predicted=same_pred,
                      right=same_gold and same_pred)
        for actor, golds in sorted(by_pred.items()):
            people = sorted({g for g in golds if self.gold_kind.get(g) == "person"})
            if len(people) > 1:
                self.report.false_merges.append((self.name_of.get(actor, "?"), people))
            if len(set(golds)) > 1:
                self.miss("MIXED actor", self.name_of.get(actor, "?"), "holds",
                          ", ".join(sorted(set(golds))))
        for gold_name in sorted(by_gold):
            actors = sorted({a for (_, g), a in elements if g == gold_name})
            if len(actors) > 1:
                self.miss("SPLIT actor", gold_name, "is",
                          ", ".join(self.name_of.get(a, "?") for a in actors))


def gold_files(folder: Path) -> Iterable[tuple[Path, Path]]:
    """(article, gold) pairs of a corpus folder, sorted."""
    for gold in sorted(folder.glob("*.gold.json")):
        yield gold.with_name(gold.name.removesuffix(".gold.json") + ".txt"), gold


def evaluate(folder: Path) -> Report:
    """Ingest the corpus in `folder` into a throwaway database and score it against its gold."""
    pairs = list(gold_files(Path(folder)))
    if not pairs:
        raise FileNotFoundError(f"no *.gold.json annotations in {folder}")
    report = Report()
    tmp = Path(tempfile.mkdtemp(prefix="talkswatch-eval-"))
    try:
        seeds = tmp / "seeds"
        seeds.mkdir()
        for article, _ in pairs:
            shutil.copyfile(article, seeds / article.name)
        ingest(seeds, tmp / "eval.db")
        db = open_db(tmp / "eval.db")
        try:
            scorer = _Scorer(db, report)
            for article, gold in pairs:
                scorer.article(article.name, article.read_text(encoding="utf-8"),
                               json.loads(gold.read_text(encoding="utf-8")))
            scorer.finish()
        finally:
            db.conn.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report
