"""What one pipeline run did, counted per batch and rendered for people (Prefect artifacts).

Counts only, never article text: a summary is stored on the Prefect server and shown in its
UI, so it must be safe to keep forever. Mention figures are read back from the Parquet files
the batch committed (not from memory), so they describe what the lake really gained.
Imports no Prefect: the flow turns these values into artifacts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from wiretime.lake.schema import AGGREGATES, BASE, PARTITION

#: order in which provenances are shown; "none" means the zone is unknown (no UTC).
PROVENANCES = ("explicit", "paired", "place", "source", "none")
#: order in which stage durations are shown (run-level and per-batch stages)
STAGES = ("discover", "ingest", "split-sentences", "tag-times", "write-lake", "maintain-lake",
          "timeline-plot", "total")
DETAIL_CHARS = 200


@dataclass
class BatchCounts:
    """What one batch did, small enough to travel back to the flow from any worker."""

    number: int
    files_read: int = 0
    documents_read: int = 0
    documents_written: int = 0
    duplicates: int = 0
    quarantined: list[tuple[str, str, str]] = field(default_factory=list)  # origin, reason, detail
    sentences: int = 0
    mentions_by_type: dict[str, int] = field(default_factory=dict)
    clock_times_by_provenance: dict[str, int] = field(default_factory=dict)
    clock_times_in_utc: int = 0
    files: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def mention_counts(lake: Path, files: list[str]) -> tuple[dict[str, int], dict[str, int], int]:
    """Mentions by type, clock times by provenance, and clock times with a UTC instant.

    `files` are lake-relative paths of a committed batch; only its time_mentions files are read.
    A clock time is a mention with a local wall time; its provenance is how its zone is known.
    """
    paths = [lake / f for f in files if f.startswith("time_mentions/")]
    if not paths:
        return {}, {}, 0
    frame = pl.read_parquet(paths, columns=["type", "local", "utc", "tz_source"])
    by_type = dict(frame.group_by("type").len().iter_rows())
    clocks = frame.filter(pl.col("local").is_not_null())
    by_source = dict(clocks.group_by(pl.col("tz_source").fill_null("none")).len().iter_rows())
    in_utc = clocks.filter(pl.col("utc").is_not_null()).height
    return by_type, by_source, in_utc


@dataclass
class RunSummary:
    """The sum of a run's batches, plus the run-level facts the artifact shows."""

    landing: str
    lake: str
    batches: list[BatchCounts]
    seconds: dict[str, float]  # run-level stages (discover, aggregate, ...) and "total"
    timeline: str | None = None
    failed: str | None = None  # the error type that stopped the run, if one did

    def total(self, name: str) -> int:
        return sum(getattr(b, name) for b in self.batches)

    def counter(self, name: str) -> Counter:
        out: Counter = Counter()
        for b in self.batches:
            out.update(getattr(b, name))
        return out

    def quarantined(self) -> list[tuple[str, str, str]]:
        return [q for b in self.batches for q in b.quarantined]

    def partitions(self) -> dict[str, list[str]]:
        """Table -> partition folders this run wrote to."""
        out: dict[str, set[str]] = {}
        for f in (f for b in self.batches for f in b.files):
            table, partition, *_ = f.split("/")
            out.setdefault(table, set()).add(partition)
        return {table: sorted(parts) for table, parts in sorted(out.items())}

    def stage_seconds(self) -> dict[str, tuple[int, float]]:
        """Stage -> (times it ran, seconds summed over batches), run-level stages included."""
        out: dict[str, tuple[int, float]] = {}
        for b in self.batches:
            for stage, s in b.seconds.items():
                n, total = out.get(stage, (0, 0.0))
                out[stage] = (n + 1, total + s)
        for stage, s in self.seconds.items():
            out.setdefault(stage, (1, s))
        rank = {stage: i for i, stage in enumerate(STAGES)}
        return dict(sorted(out.items(), key=lambda item: rank.get(item[0], len(STAGES))))

    def counts(self) -> dict[str, int]:
        """The headline figures (also the flow's return value)."""
        return {"files": self.total("files_read"), "documents_read": self.total("documents_read"),
                "documents": self.total("documents_written"), "already_ingested": self.total("duplicates"),
                "quarantined": len(self.quarantined()), "sentences": self.total("sentences"),
                "mentions": sum(self.counter("mentions_by_type").values()),
                "files_written": sum(len(b.files) for b in self.batches)}

    def quarantine_rows(self) -> list[dict[str, str]]:
        """One row per quarantined input, for a table artifact (details cut short)."""
        return [{"origin": o, "reason": r, "detail": d[:DETAIL_CHARS]} for o, r, d in self.quarantined()]

    def markdown(self, title: str) -> str:
        counts = self.counts()
        if self.failed:
            title += f" — FAILED ({self.failed}: see the failed task's logs; counts: the batches committed)"
        lines = [f"# {title}", "", f"Landing folder `{self.landing}` → lake `{self.lake}`", "",
                 "| | count |", "|---|---:|",
                 f"| files read | {counts['files']} |",
                 f"| documents read | {counts['documents_read']} |",
                 f"| new documents written | {counts['documents']} |",
                 f"| skipped as duplicates | {counts['already_ingested']} |",
                 f"| quarantined | {counts['quarantined']} |",
                 f"| sentences | {counts['sentences']} |",
                 f"| time mentions | {counts['mentions']} |", ""]
        by_type = self.counter("mentions_by_type")
        lines += ["## Mentions by type", "", "| type | mentions |", "|---|---:|"]
        lines += [f"| {t} | {n} |" for t, n in sorted(by_type.items())] or ["| (none) | 0 |"]
        lines += ["", *self._clock_table(), "", *self._partition_lines(), "", *self._duration_table(), "",
                  "## Outputs", "", f"- lake: `{self.lake}`"]
        lines += [f"- {t}: `{self.lake}/{t}/{PARTITION}=*/*.parquet`" for t in BASE]
        lines += [f"- {t}: `{self.lake}/{t}/{t}.parquet`" for t in AGGREGATES]
        lines.append(f"- timeline plot: `{self.timeline}`" if self.timeline else
                     "- timeline plot: none yet (no dated mentions)")
        if counts["quarantined"]:
            lines.append("- quarantined inputs and reasons: table artifact `wiretime-quarantine`")
        return "\n".join(lines) + "\n"

    def _clock_table(self) -> list[str]:
        by_source = self.counter("clock_times_by_provenance")
        clocks = sum(by_source.values())
        lines = ["## Clock times resolved to UTC, by provenance", "",
                 "| provenance | clock times | share |", "|---|---:|---:|"]
        for source in [*PROVENANCES, *sorted(set(by_source) - set(PROVENANCES))]:
            if by_source.get(source):
                label = "none (zone unknown: no UTC)" if source == "none" else source
                lines.append(f"| {label} | {by_source[source]} | {_share(by_source[source], clocks)} |")
        in_utc = self.total("clock_times_in_utc")
        lines.append(f"| **resolved to UTC** | {in_utc} of {clocks} | {_share(in_utc, clocks)} |")
        return lines

    def _partition_lines(self) -> list[str]:
        parts = self.partitions()
        lines = ["## Partitions written", ""]
        for table, names in parts.items():
            shown = ", ".join(names[:8]) + (f", … ({len(names)} in all)" if len(names) > 8 else "")
            lines.append(f"- {table}: {len(names)} ({shown})")
        return lines if parts else [*lines, "- none (nothing new)"]

    def _duration_table(self) -> list[str]:
        lines = ["## Duration per stage", "",
                 "| stage | runs | seconds (summed over batches) |", "|---|---:|---:|"]
        lines += [f"| {stage} | {n} | {s:.2f} |" for stage, (n, s) in self.stage_seconds().items()]
        return lines


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "–"
