"""Ingestion: the landing folder's files to articles, or to quarantine with a reason.

    units = discover(landing)                  # every file (or JSONL line range), sorted
    for batch in batches(units, 500):          # about 500 articles each
        got = read_batch(batch, landing)       # got.articles (one per doc_id), got.quarantined

Sources (README "Sources"): `.txt` (+ optional `.json` sidecar), `.json` (an object or an
array of objects), `.jsonl` and `.jsonl.gz` (one object per line), RSS/Atom feeds (`.rss`,
`.atom`, `.xml`). Text in UTF-8 (with or without BOM), UTF-16/32 with BOM, Windows-1256,
ISO-8859-6 or Windows-1252. Nothing here raises for bad input and nothing is dropped
silently: every problem becomes a `Quarantined` record with a machine-readable reason.
"""

from __future__ import annotations

import os
from datetime import timedelta

from wiretime.ingest.article import METADATA_FIELDS, Limits, detect_language, make_article
from wiretime.ingest.decode import Rejected, decode
from wiretime.ingest.discover import KINDS, Unit, batches, discover
from wiretime.ingest.read import Ingested, Quarantined, read, read_batch

#: every reason a record can carry (README "Quarantine")
REASONS = ("binary", "empty", "undecodable", "malformed_json", "malformed_feed", "corrupt_gzip",
           "bad_sidecar", "missing_text", "bidi_only", "missing_published", "bad_date", "absurd_date",
           "bad_metadata", "unsafe_id", "too_large", "symlink_outside", "unsupported_format", "unreadable")


def limits_from_env() -> Limits:
    """Limits from WIRETIME_MAX_FILE_MB, WIRETIME_MIN_YEAR and WIRETIME_MAX_FUTURE_DAYS."""
    default = Limits()
    mb = os.environ.get("WIRETIME_MAX_FILE_MB")
    return Limits(
        max_file_bytes=int(float(mb) * 2**20) if mb else default.max_file_bytes,
        min_year=int(os.environ.get("WIRETIME_MIN_YEAR", default.min_year)),
        max_future=timedelta(days=float(os.environ.get("WIRETIME_MAX_FUTURE_DAYS",
                                                         default.max_future.days))))


__all__ = ["KINDS", "METADATA_FIELDS", "REASONS", "Ingested", "Limits", "Quarantined", "Rejected", "Unit",
           "batches", "decode", "detect_language", "discover", "limits_from_env", "make_article", "read",
           "read_batch"]
