"""Where the end-to-end time goes: the Prefect-free driver under py-spy, split by stage.

    python -m benchmarks.profile_e2e [--articles 1500] [--batch-size 500] [--rate 100]
                                     [--work DIR] [--replay] [--spread-days D] [--top 25]

Writes a landing folder of synthetic articles (`corpus.py`), runs `python -m wiretime.driver`
on it under `py-spy record --idle --format raw` (sampled stacks, waits on disk included;
py-spy is in the `bench` extra),
and attributes every sample to one stage by the frames of its stack:

    compaction  any frame in wiretime/lake/compact.py (the end-of-run maintenance)
    aggregates  any frame in wiretime/lake/aggregate.py (the delta update of the aggregates)
    lake-write  otherwise the innermost wiretime frame is in wiretime/lake/ (rows to Arrow,
                Parquet writes, the state store, renames, syncs)
    tag         ... in wiretime/timex/
    zones       ... in wiretime/zones/ (publication zone, clock-time zones)
    split       ... in wiretime/sentences/
    ingest      ... in wiretime/ingest/ (discover, read, decode, JSON, articles)
    driver      ... in wiretime/driver.py or annotate.py (the loop itself)
    startup     no wiretime frame below the module-level imports (interpreter, imports)

`--replay` uses `lake_memory.Replay` (200 articles annotated, their annotations reused) to
profile the non-timex parts at a size the tagger would take too long for. Also prints the
hottest functions (self time) of the non-tagging stages, where the waste shows.
"""

from __future__ import annotations

import argparse
import collections
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.corpus import ensure_landing

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("ingest", "split", "tag", "zones", "lake-write", "aggregates", "compaction", "driver", "startup")
_INNER = (("wiretime/lake/", "lake-write"), ("wiretime/timex/", "tag"), ("wiretime/zones/", "zones"),
          ("wiretime/sentences/", "split"), ("wiretime/ingest/", "ingest"), ("wiretime/driver.py", "driver"),
          ("wiretime/annotate.py", "driver"), ("benchmarks/lake_memory.py", "driver"))


def stage_of(frames: list[str]) -> str:
    """The stage a sampled stack (outermost frame first) belongs to."""
    if any("wiretime/lake/compact.py" in f for f in frames):
        return "compaction"
    if any("wiretime/lake/aggregate.py" in f for f in frames):
        return "aggregates"
    for frame in reversed(frames):
        for marker, stage in _INNER:
            if marker in frame and "<module>" not in frame:
                return stage
    return "startup"


def parse(raw: str) -> tuple[collections.Counter, dict[str, collections.Counter]]:
    """Samples per stage, and per stage the samples per leaf function (self time)."""
    stages: collections.Counter = collections.Counter()
    leaves: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = [f for f in stack.split(";") if not f.startswith(("process ", "thread "))]
        stage = stage_of(frames)
        stages[stage] += int(count)
        if frames:
            leaves[stage][_short(frames[-1])] += int(count)
    return stages, leaves


def _short(frame: str) -> str:
    """`function (path:line)` -> `function (file)`; keeps the table readable."""
    name, _, where = frame.partition(" (")
    return f"{name} ({Path(where.split(':')[0]).name})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--rate", type=int, default=100, help="samples per second")
    parser.add_argument("--work", type=Path, help="keep the landing, lake and profile here")
    parser.add_argument("--replay", action="store_true", help="annotate 200 articles, reuse for the rest")
    parser.add_argument("--spread-days", type=int, default=0,
                        help="publication dates scattered over this many days (corpus.py)")
    parser.add_argument("--top", type=int, default=25, help="hottest functions shown per stage")
    args = parser.parse_args()
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    work = args.work or Path(tempfile.mkdtemp(prefix="wiretime-profile-"))
    landing, lake, raw = work / "landing", work / "lake", work / "profile.txt"
    ensure_landing(landing, args.articles, spread_days=args.spread_days)
    shutil.rmtree(lake, ignore_errors=True)
    where = [str(landing), str(lake)]
    target = (["-m", "benchmarks.lake_memory", "--child", *where] if args.replay
              else ["-m", "wiretime.driver", "--input", where[0], "--lake", where[1]])
    command = [spy, "record", "--idle", "--format", "raw", "--rate", str(args.rate), "--output", str(raw),
               "--", sys.executable, *target, "--batch-size", str(args.batch_size)]
    done = subprocess.run(command, cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
                          capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stdout[-2000:], done.stderr[-2000:], file=sys.stderr)
        return 1
    stages, leaves = parse(raw.read_text())
    total = sum(stages.values()) or 1
    print(f"{args.articles} articles, batches of {args.batch_size}{' (replay)' if args.replay else ''}: "
          f"{total} samples at {args.rate}/s")
    print(f"{'stage':<12}{'samples':>9}{'share':>8}{'ms/article':>12}")
    for stage in STAGES:
        ms = 1000 * stages[stage] / args.rate / args.articles
        print(f"{stage:<12}{stages[stage]:>9}{stages[stage] / total:>8.1%}{ms:>12.3f}")
    for stage in STAGES:
        if stage in ("tag", "startup") or not leaves[stage]:
            continue
        print(f"\n-- {stage}: hottest functions (self samples)")
        for function, count in leaves[stage].most_common(args.top):
            print(f"{count:>7}  {function}")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
