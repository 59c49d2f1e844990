"""Whatever lands in the seeds folder either ingests or is reported with a clear reason, while
every other article ingests normally, and nothing already in the database is lost."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import store.ingest as ingest_mod
from store import queries
from store.db import open_db
from store.export import export_document
from store.ingest import ingest
from tui.cli import main

GOOD = (' date 2025-06-02 Defence Minister Rustem Umerov led Ukraine\'s delegation in Istanbul.'
        '\n\n"We want a real ceasefire," Umerov said.\n')
OTHER = (" date 2025-06-03 Kremlin spokesman Dmitry Peskov said the memorandum was handed "
         "over.\n\nRussia launched 90 drones overnight, the air force said.\n")
HTML = """<!doctype html><html><head><meta charset="utf-8">
<title>Talks resume in Istanbul | Example News</title>
<meta property="article:published_time" content="2025-06-02T09:30:00Z">
<script>var tracking = "Umerov said nothing";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks resume in Istanbul</h1>
<p>&ldquo;We brought a list of prisoners to exchange,&rdquo; Foreign Minister Andrii Sybiha
said on Monday.</p><p>The <em>second</em> round lasted about an hour.</p></article>
<footer>Copyright Example News</footer></body></html>"""
MARKDOWN = """ date 2025-06-02
# Second round ends quickly

**Kremlin aide Vladimir Medinsky** said Moscow had handed over a [memorandum](https://x.test/m).

- a ceasefire only after Kyiv withdraws its troops
"""

# name -> (bytes, what the report must say); None means it must ingest
CASES: dict[str, tuple[bytes, str | None]] = {
    "good.txt": (GOOD.encode(), None),
    "other.txt": (OTHER.encode(), None),
    "binary.txt": (bytes(range(256)) * 20, "binary"),
    "latin1.txt": (" date 2025-06-02 caf\xe9 talks in Istanbul".encode("latin-1"), "UTF-8"),
    "utf16le.txt": (b"\xff\xfe" + OTHER.replace("Kremlin", "The Kremlin's").encode("utf-16-le"),
                    None),
    "utf16be.txt": (b"\xfe\xff" + GOOD.replace("real", "lasting").encode("utf-16-be"), None),
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"\n\n   \n\t\n", "empty file"),
    "header-only.txt": (b" date 2025-06-02", "no article text"),
    "huge-one-line.txt": (b"Talks went on. " * 1_400_000, "too large"),
    "page.html": (HTML.encode(), None),
    "notes.md": (MARKDOWN.encode(), None),
    "quotes.txt": (' date 2025-06-02 "He said \u201cwe \u2018will\u2019 "not" sign," Umerov '
                   'said. \u201cUnclosed quote and \u201d\u201d stray marks "" here.\n'.encode(),
                   None),
    "numbers.txt": (b" date 2025-06-02 Russia fired 10000000000000000000000000000000 drones and "
                    b"1,000,000,000,000,000 shells on February 30, the 99999th day, officials "
                    b"said.\n", None),
    "document.pdf": (b"%PDF-1.7 not read", "not an article file"),
    "deep/er/nested.txt": (GOOD.replace("real", "durable").encode(), None),
}


def _plant(seeds: Path) -> None:
    for name, (data, _) in CASES.items():
        path = seeds / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (seeds / ".hidden.txt").write_text(GOOD, encoding="utf-8")  # hidden: left alone
    (seeds / "linked.txt").symlink_to(seeds / "good.txt")  # read where it points
    (seeds / "dangling.txt").symlink_to(seeds / "nowhere.txt")
    (seeds / "self.txt").symlink_to(seeds / "self.txt")  # a link to itself
    (seeds / "deep" / "up").symlink_to(seeds, target_is_directory=True)  # a folder loop


def _outcomes(report: ingest_mod.IngestReport) -> dict[str, tuple[str, str | None]]:
    return {p: (o, r) for p, o, r in report.outcomes()}


@pytest.fixture()
def planted(tmp_path: Path) -> tuple[Path, Path, ingest_mod.IngestReport]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    _plant(seeds)
    db = tmp_path / "t.db"
    return seeds, db, ingest(seeds, db)


def test_every_file_ingests_or_is_reported_with_its_reason(
        planted: tuple[Path, Path, ingest_mod.IngestReport]) -> None:
    seeds, db, report = planted
    seen = _outcomes(report)
    for name, (_, why) in CASES.items():
        outcome, reason = seen.pop(name)
        if why is None:
            assert outcome == "added", (name, reason)
        else:
            assert outcome in ("failed", "skipped") and why in (reason or ""), (name, reason)
    assert seen.pop("linked.txt")[0] == "added"
    assert "broken symlink" in (seen.pop("dangling.txt")[1] or "")
    assert "symlink loop" in (seen.pop("self.txt")[1] or "")
    assert "symlink loop" in (seen.pop("deep/up")[1] or "")
    assert seen == {}  # nothing else: the hidden file is not even mentioned
    assert len(report.outcomes()) == len({p for p, _, _ in report.outcomes()})


def test_the_good_articles_read_right_whatever_came_beside_them(
        planted: tuple[Path, Path, ingest_mod.IngestReport]) -> None:
    _, db, _ = planted
    doc = export_document(db)
    paths = [a["path"] for a in doc["articles"]]
    assert "deep/er/nested.txt" in paths and all(not Path(p).is_absolute() for p in paths)
    by = {(s["speaker"], s["text"][:20]) for s in doc["statements"]}
    assert ("Andrii Sybiha", "We brought a list of") in by  # from the HTML page
    assert ("Rustem Umerov", "We want a lasting ce") in by  # from the UTF-16 BE file
    published = {a["path"]: a["published"] for a in doc["articles"]}
    assert published["page.html"] == "2025-06-02" and published["utf16le.txt"] == "2025-06-03"
    assert "tracking" not in str(doc) and "Copyright" not in str(doc)
    assert not any("02-30" in str(x.get("date")) for x in doc["military"] + doc["statements"])


def test_a_second_ingest_changes_nothing_and_loses_nothing(
        planted: tuple[Path, Path, ingest_mod.IngestReport]) -> None:
    seeds, db, first = planted
    before = export_document(db)
    again = ingest(seeds, db)
    assert not again.touched
    assert _outcomes(again).keys() == _outcomes(first).keys()
    assert export_document(db) == before


def test_a_file_that_turns_bad_keeps_its_previous_version(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "t.db"
    ingest(seeds, db)
    before = export_document(db)
    (seeds / "a.txt").write_bytes(b"\x00\x00garbled by a sync tool\x00" * 50)
    report = ingest(seeds, db)
    assert report.failed == [("a.txt", "binary file, not text; the previous version is kept")]
    assert export_document(db) == before


def test_an_unreadable_file_is_reported_and_its_old_version_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(GOOD, encoding="utf-8")
    (seeds / "b.txt").write_text(OTHER, encoding="utf-8")
    db = tmp_path / "t.db"
    ingest(seeds, db)
    before = export_document(db)
    (seeds / "a.txt").write_text(GOOD + "\nMore text.\n", encoding="utf-8")
    real = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    report = ingest(seeds, db)
    assert report.failed == [
        ("a.txt", "not readable (permission denied); the previous version is kept")]
    assert str(tmp_path) not in str(report.lines())  # reasons never show absolute paths
    assert export_document(db) == before


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="permissions do not bind root")
def test_a_file_without_read_permission(tmp_path: Path) -> None:  # pragma: no cover
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(GOOD, encoding="utf-8")
    (seeds / "a.txt").chmod(0)
    report = ingest(seeds, tmp_path / "t.db")
    assert report.failed == [("a.txt", "not readable (permission denied)")]


def test_an_unreadable_folder_does_not_count_as_deleted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    (seeds / "sub").mkdir(parents=True)
    (seeds / "sub" / "a.txt").write_text(GOOD, encoding="utf-8")
    (seeds / "b.txt").write_text(OTHER, encoding="utf-8")
    db = tmp_path / "t.db"
    ingest(seeds, db)
    real = os.scandir

    def denied(path: object) -> object:
        if Path(str(path)).name == "sub":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", denied)
    report = ingest(seeds, db)
    assert report.removed == []
    assert report.failed == [("sub/", "folder could not be read (permission denied); "
                                      "its articles are kept as they were")]
    assert [a["path"] for a in export_document(db)["articles"]] == ["b.txt", "sub/a.txt"]


def test_a_seeds_folder_that_cannot_be_listed_keeps_every_article(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "t.db"
    ingest(seeds, db)
    before = export_document(db)

    def denied(path: object) -> object:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", denied)
    report = ingest(seeds, db)
    assert report.removed == [] and report.failed[0][0] == "./"
    assert export_document(db) == before


def test_the_cli_prints_every_problem_file_and_the_report_is_kept(
        planted: tuple[Path, Path, ingest_mod.IngestReport],
        capsys: pytest.CaptureFixture[str]) -> None:
    seeds, db, _ = planted
    (seeds / "good.txt").write_text(GOOD + "\nAnother line.\n", encoding="utf-8")
    assert main(["ingest", "--seeds", str(seeds), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "changed  good.txt" in out and "changed  linked.txt" in out  # the link reads it
    assert "failed   binary.txt: binary file, not text" in out
    assert "skipped  document.pdf: not an article file" in out
    conn = open_db(db)
    try:
        run = queries.last_run(conn)
        files = queries.file_outcomes(conn)
    finally:
        conn.conn.close()
    assert run is not None and run.counts["changed"] == 2 and run.counts["failed"] >= 5
    assert [f.outcome for f in files][:1] == ["failed"]  # problems first
    assert {f.path for f in files} >= set(CASES)


# --- random input ------------------------------------------------------------------------------

NAMES = st.sampled_from(["a.txt", "b.md", "c.html", "d.text", "e.htm", "f.bin", "g.TXT",
                         "sub/h.txt", "i.markdown"])
CONTENT = st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(max_size=1000).map(lambda t: (" date 2025-06-02 " + t).encode("utf-8",
                                                                           "surrogatepass")),
    st.text(max_size=500).map(lambda t: b"\xff\xfe" + t.encode("utf-16-le", "surrogatepass")),
    st.text(max_size=800).map(lambda t: f"<html><body><p>{t}</p></html>".encode(
        "utf-8", "surrogatepass")),
)


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(files=st.dictionaries(NAMES, CONTENT, min_size=1, max_size=5))
def test_random_files_never_break_an_ingest(tmp_path_factory: pytest.TempPathFactory,
                                            files: dict[str, bytes]) -> None:
    root = tmp_path_factory.mktemp("random")
    seeds = root / "seeds"
    for name, data in files.items():
        (seeds / name).parent.mkdir(parents=True, exist_ok=True)
        (seeds / name).write_bytes(data)
    (seeds / "good.txt").write_text(GOOD, encoding="utf-8")
    report = ingest(seeds, root / "t.db")  # no exception escapes
    seen = _outcomes(report)
    assert set(seen) == set(files) | {"good.txt"}  # every file accounted for, once
    assert seen["good.txt"][0] == "added"
    for outcome, reason in seen.values():
        assert outcome == "added" or reason
    export_document(root / "t.db")
