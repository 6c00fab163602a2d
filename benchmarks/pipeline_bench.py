"""End to end: a landing folder of synthetic wire articles -> the Parquet lake, as users run it.

    python -m benchmarks.pipeline_bench [--articles 1000] [--runners driver,prefect,dask]
                                        [--batch-size 500] [--work DIR] [--json FILE]

Each runner is the real command in a child process, on a fresh lake:
  driver   `python -m wiretime.driver` (no Prefect: the same stage functions in one process)
  prefect  `wiretime run` (Prefect embedded mode: a temporary server, the default thread runner)
  dask     `wiretime run --runner dask --workers 2` (a local Dask cluster of 2 worker processes
           and the temporary server the workers report to)

Prefect's fixed cost is measured apart, two ways: the same command on an empty landing folder
(start-up, the temporary server, the flow's own bookkeeping, shutdown), and on a folder of
WARM_ARTICLES articles in batches of one ("warm"), which adds what every worker process pays
once it gets work: importing the stages (Prefect, wiretime, polars) and compiling the
sentence and time rules on first use. The marginal rate is (N - WARM_ARTICLES) / (wall time
- warm run's wall time); it is what the speed goals are about.
Figures per run: wall seconds, CPU seconds of the whole process tree (the kernel's count of
the child and every descendant it waited for: Dask workers, the Prefect server), articles/s,
MB/s of input, peak RSS of the whole tree (sampled, see treerss.py) and of the largest single
process (kernel), seconds per stage (from the run's record in the lake's state: summed over
batches, so with Dask they add up the workers' time). After each run the lake is checked:
one document row per article, no duplicate id.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import polars as pl

from benchmarks.corpus import ensure_landing
from benchmarks.treerss import TreePeak
from wiretime.runsummary import STAGES

ROOT = Path(__file__).resolve().parent.parent
WARM_ARTICLES = 4  # in batches of one: two batches reach each of the 2 Dask workers
BIN = Path(sys.executable).parent
RUNNERS = ("driver", "prefect", "dask")
DASK_WORKERS = 2


@dataclass
class Run:
    """What one child process did."""

    runner: str
    articles: int
    wall_s: float
    cpu_s: float
    peak_tree_mb: float  # sum of RSS
    peak_tree_pss_mb: float  # sum of PSS (shared pages divided among the processes mapping them)
    peak_tree_processes: int
    peak_breakdown: str
    peak_single_mb: float
    stage_s: dict[str, float] = field(default_factory=dict)
    sentences: int = 0
    mentions: int = 0
    documents: int = 0
    distinct_ids: int = 0
    returncode: int = 0


def command(runner: str, landing: Path, lake: Path, batch_size: int) -> list[str]:
    where = ["--input", str(landing), "--lake", str(lake), "--batch-size", str(batch_size)]
    if runner == "driver":
        return [sys.executable, "-m", "wiretime.driver", *where]
    run = [str(BIN / "wiretime"), "run", *where]
    return run + ["--runner", "dask", "--workers", str(DASK_WORKERS)] if runner == "dask" else run


def environment(prefect_home: Path, fsync: bool) -> dict[str, str]:
    """Embedded mode with its state in `prefect_home` (no server the user configured)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "PREFECT_PROFILE")}
    env.update({"PREFECT_HOME": str(prefect_home), "DO_NOT_TRACK": "1", "PYTHONUNBUFFERED": "1",
                "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180"})
    if not fsync:
        env["WIRETIME_FSYNC"] = "0"
    return env


def run_once(runner: str, landing: Path, lake: Path, articles: int, batch_size: int, env: dict,
             log: Path) -> Run:
    """Run one child on a fresh lake, measuring its whole process tree."""
    shutil.rmtree(lake, ignore_errors=True)
    with log.open("w") as out:
        started = time.perf_counter()
        child = subprocess.Popen(command(runner, landing, lake, batch_size), cwd=ROOT, env=env,
                                 stdout=out, stderr=subprocess.STDOUT)
        peak = TreePeak(child.pid)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
    peak.stop()
    result = Run(runner, articles, wall, usage.ru_utime + usage.ru_stime, peak.peak_rss / 2**20,
                 peak.peak_pss / 2**20, len(peak.at_peak), peak.breakdown(), usage.ru_maxrss / 1024,
                 returncode=child.returncode)
    if child.returncode == 0 and articles:
        _check_lake(result, lake)
    return result


def _check_lake(result: Run, lake: Path) -> None:
    """Fill the counts from the lake: documents, distinct ids, and the run's stage timings."""
    from wiretime.lake.state import State

    frame = pl.scan_parquet(lake / "documents" / "**" / "*.parquet", hive_partitioning=True)
    counts = frame.select(pl.len().alias("rows"), pl.col("doc_id").n_unique().alias("ids")).collect()
    result.documents, result.distinct_ids = counts.row(0)
    with State(lake) as state:
        last = state.last_run() or {}
    result.stage_s = last.get("seconds", {})
    result.sentences, result.mentions = last.get("sentences", 0), last.get("mentions", 0)


def landing_folder(work: Path, articles: int) -> tuple[Path, int]:
    """The landing folder of `articles` articles (made once, kept in `work`), and its size."""
    landing = work / f"landing-{articles}"
    ensure_landing(landing, articles)
    size = sum(p.stat().st_size for p in landing.glob("*.jsonl"))
    return landing, size


def bench(runners: list[str], articles: int, batch_size: int, work: Path, fsync: bool = True,
          fixed: bool = True) -> dict:
    """Run every runner on the empty folder and the warm-up folder (fixed costs), then on
    the landing folder."""
    load = os.getloadavg()[0]
    landing, size = landing_folder(work, articles)
    empty, warm = work / "empty", work / "warm"
    empty.mkdir(exist_ok=True)
    ensure_landing(warm, WARM_ARTICLES, per_file=1)
    home = work / "prefect-home"
    env = environment(home, fsync)
    runs: list[dict] = []
    if fixed and any(r != "driver" for r in runners) and not (home / "prefect.db").exists():
        first = run_once("prefect", empty, work / "lake", 0, batch_size, env, work / "first.log")
        runs.append({**asdict(first), "kind": "first start (new Prefect database)"})
    for runner in runners:
        if fixed:
            zero = run_once(runner, empty, work / "lake", 0, batch_size, env, work / f"{runner}-empty.log")
            runs.append({**asdict(zero), "kind": "empty"})
            warmed = run_once(runner, warm, work / "lake", WARM_ARTICLES, 1, env, work / f"{runner}-warm.log")
            runs.append({**asdict(warmed), "kind": "fixed"})
        full = run_once(runner, landing, work / "lake", articles, batch_size, env, work / f"{runner}.log")
        runs.append({**asdict(full), "kind": "run"})
        if full.returncode != 0:
            tail = (work / f"{runner}.log").read_text(errors="replace").splitlines()[-30:]
            print(f"# {runner} failed ({full.returncode}):", *tail, sep="\n", file=sys.stderr)
    return {"articles": articles, "input_mb": size / 1e6, "batch_size": batch_size, "fsync": fsync,
            "runs": runs, "load": [load, os.getloadavg()[0]]}


def summarize(result: dict) -> list[dict]:
    """One row per runner: absolute figures and the marginal rate."""
    rows = []
    fixed = {r["runner"]: r for r in result["runs"] if r["kind"] == "fixed"}
    empty = {r["runner"]: r["wall_s"] for r in result["runs"] if r["kind"] == "empty"}
    for r in (r for r in result["runs"] if r["kind"] == "run"):
        zero = fixed.get(r["runner"])
        fixed_s = zero["wall_s"] if zero else 0.0
        marginal = max(r["wall_s"] - fixed_s, 1e-9)
        n = r["articles"] - (zero["articles"] if zero else 0)
        cores = DASK_WORKERS if r["runner"] == "dask" else 1
        ok = r["returncode"] == 0 and r["documents"] == r["distinct_ids"] == r["articles"]
        rows.append({
            "runner": r["runner"], "articles": r["articles"], "ok": ok, "wall_s": r["wall_s"],
            "fixed_s": fixed_s if zero else None, "empty_s": empty.get(r["runner"]),
            "articles_per_s": r["articles"] / r["wall_s"], "marginal_articles_per_s": n / marginal,
            "marginal_per_core": n / marginal / cores,
            "articles_per_cpu_s": n / max(r["cpu_s"] - (zero["cpu_s"] if zero else 0), 1e-9),
            "mb_per_s": result["input_mb"] * n / r["articles"] / marginal, "peak_tree_mb": r["peak_tree_mb"],
            "peak_tree_pss_mb": r["peak_tree_pss_mb"],
            "peak_tree_processes": r["peak_tree_processes"], "peak_breakdown": r["peak_breakdown"],
            "peak_single_mb": r["peak_single_mb"],
            "fixed_peak_tree_mb": zero["peak_tree_mb"] if zero else None, "stage_s": r["stage_s"],
            "sentences": r["sentences"], "mentions": r["mentions"]})
    return rows


def print_table(result: dict, rows: list[dict]) -> None:
    print(f"End to end: {result['articles']} articles ({result['input_mb']:.1f} MB of JSONL), "
          f"batches of {result['batch_size']}, fsync {'on' if result['fsync'] else 'off'}, "
          f"load average {result['load'][0]:.1f} before, {result['load'][1]:.1f} after")
    header = (f"{'runner':8} {'ok':>3} {'wall s':>7} {'empty s':>7} {'fixed s':>7} {'art/s':>7}"
              f" {'marg art/s':>10}"
              f" {'/core':>6} {'art/cpu-s':>9} {'MB/s':>6} {'RSS MB':>8} {'PSS MB':>8} {'procs':>5}"
              f" {'1-proc MB':>9}")
    print(header)
    print("-" * len(header))
    for r in rows:
        fixed = "".join(f" {r[k]:7.1f}" if r[k] is not None else f" {'-':>7}" for k in ("empty_s", "fixed_s"))
        print(f"{r['runner']:8} {'yes' if r['ok'] else 'NO':>3} {r['wall_s']:7.1f}{fixed}"
              f" {r['articles_per_s']:7.1f} {r['marginal_articles_per_s']:10.1f}"
              f" {r['marginal_per_core']:6.1f}"
              f" {r['articles_per_cpu_s']:9.1f} {r['mb_per_s']:6.2f} {r['peak_tree_mb']:8.0f}"
              f" {r['peak_tree_pss_mb']:8.0f}"
              f" {r['peak_tree_processes']:5d} {r['peak_single_mb']:9.0f}")
    print()
    stages = [s for s in STAGES if s != "total" and any(s in r["stage_s"] for r in rows)]
    print(f"{'seconds per stage':18}" + "".join(f" {s[:13]:>13}" for s in stages) + f" {'total':>8}")
    for r in rows:
        print(f"{r['runner']:18}" + "".join(f" {r['stage_s'].get(s, 0):13.2f}" for s in stages)
              + f" {r['stage_s'].get('total', 0):8.2f}")
    print("\nat the peak, RSS/PSS by process (MB):")
    for r in rows:
        print(f"  {r['runner']}: {r['peak_breakdown']}")
    first = [r for r in result["runs"] if r["kind"].startswith("first")]
    for r in first:
        print(f"(first start of Prefect's embedded server, new database: {r['wall_s']:.1f} s, not counted)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    args = parser.parse_args(argv)
    result, rows = run(args)
    print_table(result, rows)
    if args.json:
        args.json.write_text(json.dumps({**result, "rows": rows}, indent=1) + "\n")
    return 0 if all(r["ok"] for r in rows) else 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--articles", type=int, default=1000, help="articles end to end (default 1000)")
    parser.add_argument("--runners", default=",".join(RUNNERS),
                        help=f"comma-separated, of {','.join(RUNNERS)} (default all)")
    parser.add_argument("--batch-size", type=int, default=500, help="articles per batch (default 500)")
    parser.add_argument("--work", type=Path, help="keep the landing folder, lakes and logs here "
                        "(default: a temporary folder, removed after)")
    parser.add_argument("--no-fsync", action="store_true", help="WIRETIME_FSYNC=0 (no power-loss safety)")
    parser.add_argument("--no-fixed", action="store_true",
                        help="skip the empty-folder and warm-up runs (fixed costs)")
    parser.add_argument("--json", type=Path, help="also write every figure here")


def run(args: argparse.Namespace) -> tuple[dict, list[dict]]:
    runners = [r for r in args.runners.split(",") if r]
    unknown = set(runners) - set(RUNNERS)
    if unknown:
        raise SystemExit(f"unknown runner(s): {', '.join(sorted(unknown))}")
    work = args.work or Path(tempfile.mkdtemp(prefix="wiretime-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        result = bench(runners, args.articles, args.batch_size, work, not args.no_fsync, not args.no_fixed)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    result["children_maxrss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return result, summarize(result)


if __name__ == "__main__":
    sys.exit(main())
