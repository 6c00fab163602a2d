"""A picture of the lake: time mentions per UTC day, split by how their zone is known.

Written as `timeline.png` in the lake folder by `wiretime report` and by every pipeline run
(whose summary artifact points to it). A day is a mention's `resolved_date` (the UTC day for
a clock time with a zone); the colours say why that day is trusted: the provenance of a
clock time's zone, or "date" for day-grain mentions that carry no clock time.
"""

from __future__ import annotations

import io
import os
import uuid
from pathlib import Path

import polars as pl

from wiretime.lake.read import scan

FILE_NAME = "timeline.png"
CATEGORIES = ("explicit", "paired", "place", "source", "none", "date")
LABELS = {"none": "clock time, zone unknown (local day)", "date": "date (no clock time)"}


def counts(root: Path) -> pl.DataFrame:
    """day, provenance, mentions: one row per UTC day and provenance with dated mentions."""
    mentions = scan(root, "time_mentions")
    if mentions is None:
        return pl.DataFrame(schema={"day": pl.Date, "provenance": pl.String, "mentions": pl.UInt32})
    provenance = (pl.when(pl.col("local").is_null()).then(pl.lit("date"))
                  .otherwise(pl.col("tz_source").fill_null("none")).alias("provenance"))
    return (mentions.filter(pl.col("resolved_date").is_not_null())
            .group_by(pl.col("resolved_date").alias("day"), provenance)
            .agg(pl.len().alias("mentions"))
            .sort("day", "provenance")
            .collect())


def write(root: Path) -> Path | None:
    """Draw the timeline as `<root>/timeline.png`; None (and no file) while nothing is dated."""
    frame = counts(root)
    if frame.is_empty():
        return None
    import matplotlib

    matplotlib.use("Agg")  # files only: no display on servers and workers
    from matplotlib import dates as mdates
    from matplotlib import pyplot as plt

    # One filled step outline per provenance over every day of the span (days without
    # mentions are 0), not one bar per day: a lake of ten years has thousands of days, and
    # thousands of bar patches took matplotlib 20-30 s per run (cProfile: add_patch, draw).
    span = pl.DataFrame({"day": pl.date_range(frame["day"].min(), frame["day"].max(), "1d", eager=True)})
    wide = span.join(frame.pivot(on="provenance", index="day", values="mentions"), on="day", how="left")
    wide = wide.sort("day").fill_null(0)
    days = wide["day"].to_list()
    present = [c for c in CATEGORIES if c in wide.columns] + sorted(set(wide.columns) - {"day", *CATEGORIES})
    fig, ax = plt.subplots(figsize=(10, 4), dpi=100)
    first = mdates.date2num(days[0])
    edges = [first - 0.5 + i for i in range(len(days) + 1)]  # day d covers d-0.5 .. d+0.5
    bottom = [0] * len(days)
    for category in present:
        top = [b + h for b, h in zip(bottom, wide[category].to_list(), strict=True)]
        ax.stairs(top, edges, baseline=bottom, fill=True, label=LABELS.get(category, category),
                  color=f"C{len(ax.patches)}")
        bottom = top
    dated = frame["day"].n_unique()
    ax.set_title(f"Time mentions per UTC day by zone provenance ({sum(bottom)} mentions, "
                 f"{dated} day{'s' * (dated > 1)})")
    ax.set_ylabel("mentions")
    ax.set_xlim(first - 2, first + len(days) + 1)
    ax.xaxis_date()
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=10))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    ax.legend(fontsize="small", loc="upper left")  # "best" searched 1-6 s over many days
    fig.autofmt_xdate()
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    path = root / FILE_NAME
    tmp = root / f".{FILE_NAME}.{uuid.uuid4().hex}.tmp"  # unique: two runs may draw at once
    tmp.write_bytes(buffer.getvalue())
    os.replace(tmp, path)  # readers see the old picture or the new one, never half of one
    return path
