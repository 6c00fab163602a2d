"""The `wiretime` command: run, serve, split, tag, report, compact.

`split` and `tag` speak the JSONL contract of the evaluation kit (stdin -> stdout, one
object per line, matched by "id"); they never import Prefect, so they start fast. A line
that cannot be processed yields {"id", ..., "error"} and the others still go through.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wiretime", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="process the landing folder into the lake (one flow run)")
    run.add_argument("--input", default=_env("WIRETIME_INPUT", "seeds"),
                     help="landing folder (default: $WIRETIME_INPUT or seeds)")
    run.add_argument("--lake", default=_env("WIRETIME_LAKE", "lake"),
                     help="lake folder (default: $WIRETIME_LAKE or lake)")
    run.add_argument("--batch-size", type=int, default=500, help="articles per task batch")
    run.add_argument("--runner", choices=("default", "dask"), default="default",
                     help="where the per-batch tasks run: threads here (default) or Dask workers")
    run.add_argument("--address", help="with --runner dask: the scheduler of an existing cluster "
                     "(tcp://host:8786); default: a local cluster for this run")
    run.add_argument("--workers", type=int, default=2,
                     help="with --runner dask: local cluster size (default 2)")

    serve = sub.add_parser("serve", help="serve the scheduled deployment (needs a Prefect server)")
    serve.add_argument("--input", default=_env("WIRETIME_INPUT", "seeds"))
    serve.add_argument("--lake", default=_env("WIRETIME_LAKE", "lake"))
    serve.add_argument("--batch-size", type=int, default=500)
    when = serve.add_mutually_exclusive_group()
    when.add_argument("--interval", type=int, help="seconds between runs (default 300)")
    when.add_argument("--cron", help="a cron schedule instead, e.g. '*/10 * * * *'")

    for name, text in (("split", "sentence spans of JSONL texts"), ("tag", "time mentions of JSONL texts")):
        p = sub.add_parser(name, help=text)
        p.add_argument("--lang", required=True, choices=("ar", "en"))
        if name == "tag":
            p.add_argument("--prefer", default=None, choices=("past", "future", "nearest"),
                           help="which occurrence an unmarked time is (default: the language's news habit)")

    report = sub.add_parser("report", help="tables, row counts, quarantine and the last run")
    report.add_argument("--lake", default="lake")

    compact = sub.add_parser("compact", help="merge each partition's small files into one (atomic)")
    compact.add_argument("--lake", default=_env("WIRETIME_LAKE", "lake"))
    compact.add_argument("--min-files", type=int, default=2,
                         help="merge partitions holding at least this many files (default 2)")

    args = parser.parse_args(argv)
    if args.command == "split":
        return _jsonl(lambda rec: {"sentences": [list(s) for s in _split(rec["text"], args.lang)]})
    if args.command == "tag":
        return _jsonl(lambda rec: {"mentions": _tag(rec, args.lang, args.prefer)})
    if args.command == "report":
        from wiretime.report import report as make_report

        print(make_report(Path(args.lake)))
        return 0
    if args.command == "compact":
        from wiretime.lake import compact as compact_lake

        print(json.dumps(compact_lake(Path(args.lake), args.min_files)))
        return 0
    prefect_defaults()
    if args.command == "run":
        return _run(args)
    return _serve(args)


def _split(text: str, lang: str) -> list[tuple[int, int]]:
    from wiretime.sentences import split

    return split(text, lang)


def _tag(rec: dict, lang: str, prefer: str | None) -> list[dict]:
    from wiretime import timex, zones

    text, tz = rec["text"], rec.get("tz")
    home = zones.publication_zone(text, lang, tz=tz)  # "today" is the day there
    mentions = timex.tag(text, lang, zones.local_reference(rec["reference"], home), prefer=prefer)
    zones.assign(mentions, text, lang=lang, source_tz=tz)
    return [m.to_contract() for m in mentions]


def _jsonl(handle) -> int:
    """Apply `handle` to each JSONL record of stdin; one output line per input line."""
    out = sys.stdout
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            ident = rec["id"]
        except (ValueError, KeyError, TypeError) as e:
            print(f"wiretime: line {number}: not a JSON object with an id ({e})", file=sys.stderr)
            continue
        try:
            result = {"id": ident, **handle(rec)}
        except Exception as e:  # one bad record must not stop the stream
            print(f"wiretime: line {number} (id {ident!r}): {type(e).__name__}: {e}", file=sys.stderr)
            result = {"id": ident, "error": f"{type(e).__name__}: {e}"}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    out.flush()
    return 0


def prefect_defaults() -> None:
    """Offline, project-local Prefect settings unless the user configured Prefect.

    Keeps state in ./.prefect (embedded mode: a temporary server per run), turns telemetry
    off and gives the temporary server time to start on a small machine.
    """
    configured = any(k in os.environ for k in ("PREFECT_HOME", "PREFECT_API_URL", "PREFECT_PROFILE")) \
        or (Path.home() / ".prefect" / "profiles.toml").exists()
    if not configured:
        os.environ["PREFECT_HOME"] = str(Path.cwd() / ".prefect")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")


def _env(name: str, default: str) -> str:
    return os.environ.get(name) or default


def _run(args: argparse.Namespace) -> int:
    from flows.pipeline import pipeline
    from wiretime.report import report as make_report

    if not Path(args.input).is_dir():
        print(f"wiretime: the landing folder {args.input} does not exist", file=sys.stderr)
        return 2
    parameters = {"input_dir": args.input, "lake_dir": args.lake, "batch_size": args.batch_size}
    if args.runner == "dask":
        summary = _run_on_dask(pipeline, parameters, args.address, args.workers)
        if summary is None:
            return 2
    else:
        summary = pipeline(**parameters)
    print(json.dumps(summary, indent=2))
    print(make_report(Path(args.lake)))
    return 0


def _run_on_dask(pipeline, parameters: dict, address: str | None, workers: int) -> dict | None:
    """One flow run whose batches are mapped over Dask workers (see flows/runners.py)."""
    from flows.runners import NeedsServer, dask_runner, server_for_workers

    try:
        with server_for_workers(remote=bool(address)):
            return pipeline.with_options(task_runner=dask_runner(address, workers))(**parameters)
    except NeedsServer as e:
        print(f"wiretime: {e}", file=sys.stderr)
        return None


def _serve(args: argparse.Namespace) -> int:
    from prefect import serve
    from prefect.settings import get_current_settings

    from flows.deployments import landing_deployment

    if not get_current_settings().api.url:
        print("wiretime: serve needs a running Prefect server; start one and set PREFECT_API_URL "
              "(README, 'Scheduled runs'), e.g.\n"
              "  PREFECT_SERVER_API_HOST=127.0.0.1 PREFECT_SERVER_API_PORT=4200 prefect server start\n"
              "  export PREFECT_API_URL=http://127.0.0.1:4200/api", file=sys.stderr)
        return 2
    if not Path(args.input).is_dir():
        print(f"wiretime: the landing folder {args.input} does not exist", file=sys.stderr)
        return 2
    serve(landing_deployment(args.input, args.lake, batch_size=args.batch_size,
                             interval=args.interval, cron=args.cron))
    return 0


if __name__ == "__main__":
    sys.exit(main())
