"""Scale benchmark (issue 6): ingest, re-ingest, size, memory and dashboard latency by corpus size.

Usage: python bench/scale.py [--sizes 1000,10000,100000] [--seed 1] [--work DIR] [--keep]
                             [--json FILE] [--timeout S] [--jobs N]

For each size it makes (or reuses, from --work) a synthetic corpus with bench/synth.py, then:
ingests it with the real CLI in a subprocess, once with --jobs 1 and once with all cores, each
into a fresh database; re-ingests the unchanged folder into the second one; and runs the
dashboard headless on it (bench/dashboard_probe.py): the keys once, and first paint in five
fresh processes (the median), then five more after dropping the OS file cache where the user
may (root). Prints a line about the machine and a
Markdown table with the targets of issue 6, ready for the README. Not a test: the figures
depend on the machine, and nothing here fails on a miss.

Ingest times are the wall time of the whole CLI process (interpreter start included), run as
`python -c "from tui.cli import main; ..."` with this checkout first on PYTHONPATH (the
installed entry point may belong to another checkout). Peak RSS:
the main process's exactly (wait4's ru_maxrss), the tree's as the largest sum of VmRSS over the
process and its descendants, sampled every 20 ms. Corpus generation is never timed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from synth import generate  # noqa: E402

DEFAULT_SIZES = (1_000, 10_000, 100_000)
SAMPLE_EVERY = 0.02  # seconds between RSS samples of an ingest's process tree
PSS_EVERY = 0.5  # seconds between PSS samples (reading smaps_rollup costs a page-table walk)
CLI = "import sys; from tui.cli import main; sys.exit(main(sys.argv[1:]))"
PROBE = HERE / "dashboard_probe.py"
MB = 1024 * 1024


# --- the machine ---------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    try:
        kb = re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())
        ram = round(int(kb.group(1)) / MB, 1) if kb else None
    except OSError:
        pass
    system = platform.platform(terse=True)
    try:
        pretty = re.search(r'PRETTY_NAME="?([^"\n]+)', Path("/etc/os-release").read_text())
        if pretty:
            system = f"{pretty.group(1)}, Linux {platform.release()}"
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gb": ram,
            "python": platform.python_version(), "os": system,
            "sqlite": sqlite3.sqlite_version}


def machine_line(m: dict[str, Any]) -> str:
    return (f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GiB RAM; "
            f"Python {m['python']}; {m['os']}; SQLite {m['sqlite']}.")


# --- corpora -------------------------------------------------------------------------------------


@dataclass
class Corpus:
    path: Path
    files: int
    bytes: int
    words: int


def corpus(work: Path, size: int, seed: int) -> Corpus:
    """The corpus of (size, seed) under work, generated once; its stats sit beside it in a JSON
    file written last, so an interrupted generation is redone."""
    path = work / "corpus" / f"{size}-seed{seed}"
    stats = path.with_suffix(".json")
    if stats.exists() and path.is_dir():
        cached = json.loads(stats.read_text())
        if cached.get("files") == size:
            return Corpus(path, cached["files"], cached["bytes"], cached["words"])
    if path.exists():
        shutil.rmtree(path)
    log(f"generating {size:,} articles (seed {seed}) in {path}")
    began = time.perf_counter()
    generate(path, size, seed)
    log(f"generated in {time.perf_counter() - began:.0f} s (not part of any figure)")
    files, size_bytes, words = count_words(path)
    stats.write_text(json.dumps({"files": files, "bytes": size_bytes, "words": words}))
    return Corpus(path, files, size_bytes, words)


def count_words(folder: Path) -> tuple[int, int, int]:
    """Files, bytes and whitespace-separated words of every file under folder."""
    files = size = words = 0
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            files += 1
            size += len(data)
            words += len(data.decode("utf-8", errors="replace").split())
    return files, size, words


# --- running a process and watching its memory ---------------------------------------------------


def _ppids() -> dict[int, int]:
    """pid -> parent pid of every process (this kernel has no /proc/PID/task/TID/children)."""
    out = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(f"/proc/{entry.name}/stat").read_text()
            except OSError:
                continue
            out[int(entry.name)] = int(stat.rpartition(")")[2].split()[1])
    return out


def _tree(root: int) -> list[int]:
    """root and all its descendants (a process pool's workers, a forkserver's children)."""
    children: dict[int, list[int]] = {}
    for pid, ppid in _ppids().items():
        children.setdefault(ppid, []).append(pid)
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _pss(pid: int) -> int:
    """Proportional set size of pid in bytes: its private pages plus its share of the pages
    it shares (forked workers share the extractor with their parent, which a sum of RSS
    counts once per process). 0 once it has gone, or where the kernel does not say."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    match = re.search(r"^Pss:\s+(\d+) kB", rollup, re.MULTILINE)
    return int(match.group(1)) * 1024 if match else 0


def _rss(pid: int) -> int:
    """VmRSS of pid in bytes (0 once it has gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    match = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(match.group(1)) * 1024 if match else 0


class TreeSampler(threading.Thread):
    """Samples the RSS of a process and of its whole tree every SAMPLE_EVERY seconds."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.stop = threading.Event()
        self.main_peak = 0
        self.tree_peak = 0
        self.tree_pss_peak = 0
        self.processes: set[int] = set()

    def run(self) -> None:
        next_pss = 0.0
        while not self.stop.is_set():
            pids = _tree(self.pid)
            sizes = {pid: _rss(pid) for pid in pids}
            self.processes.update(pid for pid, rss in sizes.items() if rss)
            self.main_peak = max(self.main_peak, sizes.get(self.pid, 0))
            self.tree_peak = max(self.tree_peak, sum(sizes.values()))
            if time.monotonic() >= next_pss:
                next_pss = time.monotonic() + PSS_EVERY
                self.tree_pss_peak = max(self.tree_pss_peak, sum(map(_pss, pids)))
            self.stop.wait(SAMPLE_EVERY)


@dataclass
class Run:
    seconds: float
    returncode: int | None
    output: str
    main_peak_mb: float          # ru_maxrss from wait4: exact
    sampled_main_peak_mb: float  # the sampler's view of the same, for comparison
    tree_peak_mb: float          # peak of the sum over the tree, sampled
    tree_pss_peak_mb: float      # peak of the tree's summed PSS, sampled every PSS_EVERY s
    processes: int
    timed_out: bool = False


def run_measured(cmd: list[str], log_path: Path, timeout: float | None = None) -> Run:
    """Run cmd (own session, output to log_path), timing it and sampling its tree's RSS."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    with open(log_path, "wb") as out:
        began = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=env,
                                start_new_session=True)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        killer = None
        timed_out = threading.Event()

        def kill() -> None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # the session started for this child

        if timeout is not None:
            def expire() -> None:
                timed_out.set()
                kill()

            killer = threading.Timer(timeout, expire)
            killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:  # ^C: the child is in its own session and would go on
            kill()
            proc.wait()
            raise
        seconds = time.perf_counter() - began
        proc.returncode = os.waitstatus_to_exitcode(status)
        if killer is not None:
            killer.cancel()
        sampler.stop.set()
        sampler.join()
    return Run(seconds=seconds, returncode=proc.returncode,
               output=log_path.read_text(encoding="utf-8", errors="replace"),
               main_peak_mb=round(usage.ru_maxrss / 1024, 1),
               sampled_main_peak_mb=round(sampler.main_peak / MB, 1),
               tree_peak_mb=round(sampler.tree_peak / MB, 1),
               tree_pss_peak_mb=round(sampler.tree_pss_peak / MB, 1),
               processes=len(sampler.processes), timed_out=timed_out.is_set())


# --- ingest --------------------------------------------------------------------------------------


def fresh(db: Path) -> None:
    for path in (db, *db.parent.glob(db.name + "-*")):
        path.unlink(missing_ok=True)


def db_size(db: Path) -> tuple[float, str]:
    """MB of the database file plus its -wal, and which of the two were there."""
    size = db.stat().st_size
    wal = db.with_name(db.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        return round((size + wal.stat().st_size) / 1e6, 1), ".db + -wal"
    return round(size / 1e6, 1), ".db only"


def ingest(corp: Corpus, db: Path, jobs: int, log_path: Path) -> dict[str, Any]:
    """One `talkswatch ingest` of the corpus into db, timed, with memory peaks and its report."""
    cmd = [sys.executable, "-c", CLI, "ingest", "--seeds", str(corp.path), "--db", str(db),
           "--jobs", str(jobs)]
    run = run_measured(cmd, log_path)
    out: dict[str, Any] = {"jobs": jobs, **asdict(run)}
    del out["output"]
    out["seconds"] = round(run.seconds, 3)
    counts = re.findall(r"(\d+) (added|changed|removed|failed)", run.output)
    out.update({kind: int(n) for n, kind in counts})
    stored = re.search(r"(\d+) articles", run.output.strip().splitlines()[-1]
                       if run.output.strip() else "")
    out["articles_in_db"] = int(stored.group(1)) if stored else None
    if run.returncode != 0:
        tail = "\n".join(run.output.splitlines()[-15:])
        raise SystemExit(f"ingest failed ({run.returncode}): {' '.join(cmd)}\n{tail}")
    if out["articles_in_db"] not in (None, corp.files):
        log(f"warning: {db} holds {out['articles_in_db']} articles, the corpus "
            f"{corp.files} files")
    out["articles_per_s"] = round(corp.files / run.seconds, 1)
    out["words_per_s"] = round(corp.words / run.seconds)
    return out


# --- dashboard -----------------------------------------------------------------------------------


PAINTS = 5  # first paints timed per database (the median is reported), with the OS cache warm
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def probe(corp: Corpus, db: Path, logs: Path, timeout: float, name: str,
          paint_only: bool = False) -> tuple[dict[str, Any], Run]:
    """The probe in a fresh process: its JSON, and the process's own run."""
    result = logs / f"{db.stem}-{name}.json"
    result.unlink(missing_ok=True)
    t0 = time.time()
    cmd = [sys.executable, str(PROBE), "--db", str(db), "--seeds", str(corp.path),
           "--t0", repr(t0), "--out", str(result), "--timeout", str(timeout),
           *(["--paint-only"] if paint_only else [])]
    # every wait inside has its own timeout; this one only catches a probe that hangs outside
    run = run_measured(cmd, logs / f"{db.stem}-{name}.log", timeout=timeout * 15)
    out: dict[str, Any] = (json.loads(result.read_text()) if result.exists()
                           else {"errors": [f"the probe wrote nothing (exit {run.returncode}"
                                            f"{', killed after timeout' if run.timed_out else ''})"
                                            f": {run.output[-2000:]}"]})
    return out, run


def drop_caches() -> bool:
    """Empty the OS page cache (root only), so a start reads the database and Python from
    disk; False where that is not allowed."""
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
        return True
    except OSError:
        return False


def dashboard(corp: Corpus, db: Path, logs: Path, timeout: float) -> dict[str, Any]:
    """The probe's keys in a fresh process, and first paints: PAINTS fresh processes with the
    OS cache warm (the median is the figure), and as many after dropping the OS cache where
    this user may."""
    out, run = probe(corp, db, logs, timeout, "dashboard")
    out["process_peak_rss_mb"] = run.main_peak_mb
    paints = [out.get("first_paint_s")]
    for n in range(PAINTS - 1):
        paints.append(probe(corp, db, logs, timeout, f"paint{n}", True)[0].get("first_paint_s"))
    out["first_paints_s"] = paints
    done = [p for p in paints if p is not None]
    out["first_paint_s"] = statistics.median(done) if len(done) == len(paints) else None
    cold = []
    for n in range(PAINTS):
        if not drop_caches():
            break
        cold.append(probe(corp, db, logs, timeout, f"cold{n}", True)[0].get("first_paint_s"))
    if cold:
        out["cold_paints_s"] = cold
        done = [p for p in cold if p is not None]
        out["cold_paint_s"] = statistics.median(done) if len(done) == len(cold) else None
    return out


# --- one size ------------------------------------------------------------------------------------


def measure(size: int, args: argparse.Namespace) -> dict[str, Any]:
    work: Path = args.work
    corp = corpus(work, size, args.seed)
    logs = work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    dbs = work / "db"
    dbs.mkdir(exist_ok=True)
    res: dict[str, Any] = {"size": size, "files": corp.files, "bytes": corp.bytes,
                           "words": corp.words}
    one, every = dbs / f"{size}-seed{args.seed}-jobs1.db", dbs / f"{size}-seed{args.seed}.db"
    for db in (one, every):
        fresh(db)
    name = f"{size}-seed{args.seed}"
    if args.single_up_to is None or size <= args.single_up_to:
        log(f"{size:,}: ingest, 1 process")
        res["ingest_1"] = ingest(corp, one, 1, logs / f"{name}-ingest-jobs1.log")
        if not args.keep:
            fresh(one)
    log(f"{size:,}: ingest, {args.jobs} processes")
    res["ingest_all"] = ingest(corp, every, args.jobs, logs / f"{name}-ingest-jobs{args.jobs}.log")
    res["db_mb"], res["db_files"] = db_size(every)
    log(f"{size:,}: no-op re-ingest")
    res["reingest"] = ingest(corp, every, args.jobs, logs / f"{name}-reingest.log")
    if res["reingest"].get("added") or res["reingest"].get("changed"):
        log(f"warning: the re-ingest of {size:,} unchanged files added or changed some")
    log(f"{size:,}: dashboard")
    res["dashboard"] = dashboard(corp, every, logs, args.timeout)
    for error in res["dashboard"].get("errors", []):
        log(f"dashboard: {error}")
    if not args.keep:
        fresh(every)
    return res


# --- the table -----------------------------------------------------------------------------------


def _num(x: float) -> str:
    if x >= 100:
        return f"{x:,.0f}"
    return f"{x:.1f}" if x >= 10 else f"{x:.2f}"


def _secs(x: float | None) -> str:
    return "timeout" if x is None else f"{_num(x)} s"


def _ms(x: float) -> str:
    return f"{x:.0f}" if x >= 10 else f"{x:.1f}"


def keys(res: dict[str, Any], group: str) -> list[float | None] | None:
    return res.get("dashboard", {}).get("ms", {}).get(group)


def p95(xs: list[float]) -> float:
    """Nearest-rank 95th percentile (the max for fewer than 20 presses)."""
    ordered = sorted(xs)
    return ordered[max(math.ceil(0.95 * len(ordered)) - 1, 0)]


def key_stats(xs: list[float | None] | None) -> dict[str, Any] | None:
    if not xs:
        return None
    done = [x for x in xs if x is not None]
    if not done:
        return {"n": len(xs), "timeouts": len(xs)}
    return {"n": len(xs), "timeouts": len(xs) - len(done), "median": statistics.median(done),
            "p95": p95(done), "max": max(done)}


def key_cell(res: dict[str, Any], *groups: str) -> str:
    xs = [x for g in groups for x in (keys(res, g) or [])]
    s = key_stats(xs)
    if s is None:
        return "not run"
    if "median" not in s:
        return "timeout"
    cell = f"{_ms(s['median'])} / {_ms(s['p95'])} / {_ms(s['max'])} ms"
    return cell + (f" ({s['timeouts']} timeout)" if s["timeouts"] else "")


def key_p95(res: dict[str, Any], *groups: str) -> float | None:
    s = key_stats([x for g in groups for x in (keys(res, g) or [])])
    return s["p95"] if s and "median" in s and not s["timeouts"] else None


@dataclass
class Row:
    label: str
    cell: Callable[[dict[str, Any]], str]
    target: str = ""
    at: int | None = None  # the size the target is judged at; None: every size measured
    ok: Callable[[dict[str, Any]], bool | None] = field(default=lambda res: None)


def _dash(res: dict[str, Any], name: str) -> Any:
    return res.get("dashboard", {}).get(name)


def _le(x: float | None, limit: float) -> bool:
    return x is not None and x <= limit


def rows(jobs: int) -> list[Row]:
    def ingest_cells(key: str) -> list[Row]:
        label = "1 process" if key == "ingest_1" else f"all cores (--jobs {jobs})"
        target = Row(f"Ingest, {label}: articles/s · words/s",
                     lambda r: f"{_num(r[key]['articles_per_s'])} · "
                               f"{r[key]['words_per_s'] / 1000:,.0f}k")
        if key == "ingest_all":
            target.target = ">= 300 articles/s (~150k words/s)"
            target.ok = lambda r: r[key]["articles_per_s"] >= 300
        return [
            Row(f"Ingest, {label}: time", lambda r: _secs(r[key]["seconds"])),
            target,
            Row(f"Ingest, {label}: peak RSS main / tree",
                lambda r: f"{r[key]['main_peak_mb']:.0f} / {r[key]['tree_peak_mb']:.0f} MB"
                          f" ({r[key]['processes']} proc)"),
            Row(f"Ingest, {label}: peak memory of the tree (PSS)",
                lambda r: f"{r[key]['tree_pss_peak_mb']:.0f} MB",
                *(("<= 300 MB", 100_000, lambda r: _le(r[key]["tree_pss_peak_mb"], 300))
                  if key == "ingest_all" else ())),
        ]

    def key_row(label: str, *groups: str) -> Row:
        return Row(f"{label}: median / p95 / max", lambda r: key_cell(r, *groups),
                   "<= 50 ms (p95)", 100_000, lambda r: _le(key_p95(r, *groups), 50))

    return [
        Row("Corpus: articles · words", lambda r: f"{r['files']:,} · {r['words'] / 1e6:.2f}M"),
        *ingest_cells("ingest_1"),
        *ingest_cells("ingest_all"),
        Row("No-op re-ingest (nothing changed)", lambda r: _secs(r["reingest"]["seconds"]),
            "<= 1 s", 10_000, lambda r: _le(r["reingest"]["seconds"], 1)),
        Row("Database size", lambda r: f"{r['db_mb']:.1f} MB ({r['db_files']})"),
        Row(f"Dashboard first paint (all 5 panes; median of {PAINTS} starts)",
            lambda r: _secs(_dash(r, "first_paint_s")), "<= 0.6 s", 100_000,
            lambda r: _le(_dash(r, "first_paint_s"), 0.6)),
        Row("Dashboard first paint, OS file cache dropped first",
            lambda r: _secs(_dash(r, "cold_paint_s")) if _dash(r, "cold_paints_s") else
            "not allowed"),
        Row("Statements pane rows", lambda r: f"{_dash(r, 'rows') or 0:,}"),
        key_row("Scroll j (30 presses)", "j"),
        key_row("Scroll page down (10)", "pagedown"),
        key_row("Scroll end / home (10 + 10)", "end", "home"),
        key_row("Filter, per typed key", "filter"),
        key_row("Filter cleared (escape)", "filter_clear"),
        key_row("Detail open (enter, sources loaded)", "detail_open"),
        key_row("Detail back (escape)", "detail_back"),
        Row("Dashboard peak RSS", lambda r: f"{_dash(r, 'peak_rss_mb') or 0:.0f} MB",
            "<= 300 MB", 100_000, lambda r: _le(_dash(r, "peak_rss_mb"), 300)),
    ]


def _size(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 and n >= 1000 else str(n)


def _mark(ok: bool | None) -> str:
    return "" if ok is None else (" ✅" if ok else " ❌")


def _safe(fn: Callable[[dict[str, Any]], Any], res: dict[str, Any]) -> Any:
    try:
        return fn(res)
    except (KeyError, TypeError):
        return None


def table(results: list[dict[str, Any]], jobs: int) -> tuple[str, list[dict[str, Any]]]:
    """The Markdown table, and each target's verdict for the JSON."""
    sizes = [r["size"] for r in results]
    head = ["Figure", *(_size(s) for s in sizes), "Target", "Result"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    verdicts = []
    for row in rows(jobs):
        cells = []
        for res in results:
            applies = row.target and (row.at is None or row.at == res["size"])
            cell = _safe(row.cell, res) or "n/a"
            cells.append(cell + (_mark(_safe(row.ok, res)) if applies else ""))
        verdict = ""
        if row.target:
            judged = [r for r in results if row.at is None or r["size"] == row.at]
            oks = [_safe(row.ok, r) for r in judged]
            if not judged:
                verdict = f"not run at {_size(row.at or 0)}"
            else:
                verdict = "✅ pass" if all(oks) else "❌ miss"
            verdicts.append({"figure": row.label, "target": row.target,
                             "at": row.at, "pass": all(oks) if judged else None})
        where = f" at {_size(row.at)}" if row.target and row.at else ""
        lines.append("| " + " | ".join([row.label, *cells, row.target + where, verdict]) + " |")
    return "\n".join(lines), verdicts


# --- main ----------------------------------------------------------------------------------------


def log(text: str) -> None:
    print(f"[scale {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="talkswatch scale benchmark (issue 6).")
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="comma-separated article counts (default 1000,10000,100000)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--work", type=Path,
                        default=Path(tempfile.gettempdir()) / "talkswatch-scale",
                        help="folder for corpora (kept and reused), databases and logs")
    parser.add_argument("--keep", action="store_true", help="keep the databases")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="processes for the all-cores ingest (default: os.cpu_count())")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds the dashboard probe waits for any one thing (default 120)")
    parser.add_argument("--single-up-to", type=int, metavar="N",
                        help="run the one-process ingest only for sizes up to N (it takes "
                             "16 minutes at 100k)")
    parser.add_argument("--table", type=Path, nargs="+", metavar="JSON",
                        help="measure nothing: print the table of earlier --json files, "
                             "their sizes side by side")
    args = parser.parse_args(argv)
    if args.table:
        return print_table(args.table)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    args.work.mkdir(parents=True, exist_ok=True)
    info = machine()
    results = [measure(size, args) for size in sizes]
    if args.keep:
        log(f"databases kept in {args.work / 'db'}")
    text, verdicts = table(results, args.jobs)
    print(machine_line(info))
    print()
    print(text)
    if args.json:
        args.json.write_text(json.dumps({"machine": info, "jobs": args.jobs, "seed": args.seed,
                                         "results": results, "targets": verdicts}, indent=1),
                             encoding="utf-8")
    return 0


def print_table(files: list[Path]) -> int:
    """The table of runs saved with --json, by size: e.g. a run with --single-up-to after a
    full one, the later run's figures over the earlier's."""
    runs = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    by_size: dict[int, dict[str, Any]] = {}
    for run in runs:  # a later file's figures replace an earlier one's, figure by figure
        for r in run["results"]:
            by_size.setdefault(r["size"], {}).update(r)
    text, _ = table([by_size[size] for size in sorted(by_size)], runs[-1]["jobs"])
    print(machine_line(runs[-1]["machine"]))
    print()
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
