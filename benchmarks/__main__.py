"""The whole benchmark: stage benchmarks side by side, end to end, and the goals.

    python -m benchmarks                      # or `make bench`: a few minutes on 2 cores
    python -m benchmarks --only e2e --articles 100000 --runners dask --work /tmp/wt-bench
    python -m benchmarks --quick              # smoke run: no Prefect, no rival library

Prints, in order: sentence splitting (wiretime vs sentencex and pysbd, sentences_bench.py),
time tagging (wiretime vs Duckling and dateparser, timex_bench.py), end to end (landing
folder -> Parquet with each runner, pipeline_bench.py), then one table of the goals with
the measured figure and whether it is met. See benchmarks/README.md for what each column
means and for the figures measured on this machine.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from benchmarks import pipeline_bench, sentences_bench, timex_bench

PARTS = ("sentences", "timex", "e2e")
ONE_GB_MB = 1024
MILLION = 1_000_000


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--only", help=f"comma-separated, of {','.join(PARTS)} (default all)")
    parser.add_argument("--quick", action="store_true", help="smoke run: time tagging without rivals and "
                        "20 articles end to end with the driver, one round (default --only timex,e2e)")
    parser.add_argument("--sentence-articles", type=int, default=400,
                        help="synthetic articles for sentence splitting (default 400)")
    parser.add_argument("--timex-articles", type=int, default=60,
                        help="synthetic articles for time tagging (default 60, ~3,500 sentences)")
    parser.add_argument("--no-pysbd", action="store_true", help="leave pysbd out")
    pipeline_bench.add_arguments(parser)  # --articles, --runners, --batch-size, --work, ...
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds of the stage "
                        "benchmarks; the best counts (default 3)")
    parser.add_argument("--eval-dir", type=Path, default=timex_bench.EVAL_DIR,
                        help="the evaluation kit, for its dev sets' real texts (skipped when absent)")
    parser.add_argument("--no-duckling", action="store_true", help="leave Duckling out")
    parser.add_argument("--no-dateparser", action="store_true", help="leave dateparser out")
    parser.set_defaults(articles=1000)
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.runners, args.rounds, args.timex_articles = 20, "driver", 1, 10
        args.no_duckling = args.no_dateparser = args.no_fixed = True
        args.only = args.only or "timex,e2e"
    return args


def goals(splitting: list[dict], tagging: list[dict], e2e: list[dict]) -> list[tuple[str, str, str]]:
    """(goal, measured, met?) for every goal the parts that ran can speak to."""
    out = []
    if splitting:
        ratios = {r["corpus"]: r["vs_sentencex_offsets"] for r in splitting if r["splitter"] == "wiretime"}
        overall = _overall(splitting, "splitter", "wiretime", "sentencex (offsets)")
        slowest = min(ratios, key=ratios.get)
        out.append(("sentence splitting >= sentencex (offsets) on every corpus",
                    f"{overall:.2f}x all, {ratios[slowest]:.2f}x {slowest}", _met(ratios[slowest] >= 1)))
    if any(r["tagger"] == "duckling" for r in tagging):
        for who in ("wiretime", "wiretime+zones"):
            ratios = {r["corpus"]: r["x_duckling"] for r in tagging if r["tagger"] == who}
            slowest = min(ratios, key=ratios.get)
            out.append((f"time tagging ({who}) >= 10x Duckling's sentences/s",
                        f"{_overall(tagging, 'tagger', who, 'duckling'):.2f}x all, "
                        f"{ratios[slowest]:.2f}x {slowest}", _met(ratios[slowest] >= 10)))
    for r in e2e:
        name = r["runner"]
        if r["fixed_s"] is not None and name != "driver":
            out.append((f"Prefect fixed cost per run ({name}): empty folder / {pipeline_bench.WARM_ARTICLES}"
                        " articles", f"{r['empty_s']:.1f} s / {r['fixed_s']:.1f} s", "(report)"))
        out.append((f">= 1,000 articles/s per core end to end ({name}, marginal)",
                    f"{r['marginal_per_core']:.1f}/s per core ({r['articles_per_cpu_s']:.1f} per CPU-s)",
                    _met(r["marginal_per_core"] >= 1000)))
        out.append((f"peak memory < 1 GB, process tree ({name}, {r['articles']:,} articles): RSS sum",
                    f"{r['peak_tree_mb']:.0f} MB ({r['peak_tree_processes']} processes)",
                    _met(r["peak_tree_mb"] < ONE_GB_MB)))
        out.append((f"peak memory < 1 GB, process tree ({name}, {r['articles']:,} articles): PSS sum",
                    f"{r['peak_tree_pss_mb']:.0f} MB", _met(r["peak_tree_pss_mb"] < ONE_GB_MB)))
        if name == "dask":
            minutes = (MILLION / r["marginal_articles_per_s"] + (r["fixed_s"] or 0)) / 60
            measured = r["articles"] >= MILLION
            label = f"{r['wall_s'] / 60:.1f} min" if measured else f"{minutes:,.0f} min (projected)"
            out.append(("1M articles in < 10 min with Dask, 2 workers", label,
                        _met((r["wall_s"] / 60 if measured else minutes) < 10)))
    return out


def _overall(rows: list[dict], column: str, ours: str, theirs: str) -> float:
    """Their seconds over ours, summed over every corpus (same inputs)."""
    return sum(r["seconds"] for r in rows if r[column] == theirs) / \
        sum(r["seconds"] for r in rows if r[column] == ours)


def _met(ok: bool) -> str:
    return "yes" if ok else "NO"


def print_goals(rows: list[tuple[str, str, str]]) -> None:
    width = max(len(g) for g, _, _ in rows)
    print(f"{'goal':{width}}  {'measured':>36}  met")
    print("-" * (width + 45))
    for goal, measured, met in rows:
        print(f"{goal:{width}}  {measured:>36}  {met}")


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    parts = {p for p in (args.only or ",".join(PARTS)).split(",") if p}
    if parts - set(PARTS):
        raise SystemExit(f"unknown part(s): {', '.join(sorted(parts - set(PARTS)))}")
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"wiretime benchmarks, {os.cpu_count()} cores, load average {load}"
          " (a shared machine distorts wall times: CPU-time ratios are steadier)\n", flush=True)
    splitting = tagging = e2e = []
    figures: dict = {}
    if "sentences" in parts:
        print("== sentence splitting", flush=True)
        splitting = figures["sentences"] = sentences_bench.run(
            args.sentence_articles, args.rounds, args.eval_dir, pysbd=not args.no_pysbd)
        sentences_bench.print_table(splitting)
        print(flush=True)
    if "timex" in parts:
        print("== time tagging", flush=True)
        tagging = figures["timex"] = timex_bench.run(args.timex_articles, args.rounds, args.eval_dir,
                                                     duckling=not args.no_duckling,
                                                     dateparser=not args.no_dateparser)
        timex_bench.print_table(tagging)
        print(flush=True)
    if "e2e" in parts:
        print("== end to end", flush=True)
        result, e2e = pipeline_bench.run(args)
        figures["e2e"] = {**result, "rows": e2e}
        pipeline_bench.print_table(result, e2e)
        print(flush=True)
    table = goals(splitting, tagging, e2e)
    if table:
        print("== goals")
        print_goals(table)
    if args.json:
        args.json.write_text(json.dumps({**figures, "goals": table}, indent=1) + "\n", encoding="utf-8")
    return 0 if all(r["ok"] for r in e2e) else 1


if __name__ == "__main__":
    sys.exit(main())
