"""The Parquet lake: explicit Arrow schemas, snapshot commits, a state store, aggregates.

    commit_batch(root, articles, spans, mentions, quarantined=..., units=...)   one batch
    unseen(root, articles) / pending(root, unit_keys)    what is not in the lake yet
    compact(root) / maintain(root)                       merge small files (atomically)

Imports no pipeline stage: it takes rows built from `wiretime.model` records. Layout,
guarantees and how to read the tables without our code: README "The lake".
"""

from wiretime.lake.compact import compact, maintain
from wiretime.lake.writer import commit_batch, pending, unseen

__all__ = ["commit_batch", "compact", "maintain", "pending", "unseen"]
