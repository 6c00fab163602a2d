"""Committing a batch to the lake: exactly once, every table or none, visible all at once.

Exactly once, decided under the lake lock against the state store:
- an article whose (doc_id, content) a committed batch already consumed adds nothing
  (the same file dropped again, the same item in two feeds, a second run racing this one);
- an article whose doc_id is known with other content replaces it: the new version gets
  version + 1 and a new `ingested_at`; the old version's rows leave every table (their
  files are rewritten without them, in the same snapshot as the new rows).
A document appears at most once per batch (`wiretime.ingest` keeps the last delivery).

All or nothing: see `snapshots.py` (the snapshot), `state.py` (the commit point) and
`session.py` (recovery).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from wiretime.lake import faults, quarantine, schema, snapshots
from wiretime.lake.build import Builder
from wiretime.lake.rows import build_tables, published_utc
from wiretime.lake.session import locked
from wiretime.lake.state import Commit, State
from wiretime.model import Article, TimeMention

Spans = dict[str, list[tuple[int, int]]]
Mentions = dict[str, list[tuple[int, TimeMention]]]


def new_batch_id() -> str:
    """Sortable by time, unique across processes."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f") + "-" + uuid.uuid4().hex[:8]


def unseen(root: Path, articles: list[Article]) -> list[Article]:
    """The articles whose content no committed batch consumed (a cheap early filter: the
    decision that counts is taken again under the lock at commit)."""
    if not (root / "_state" / "state.sqlite").exists():
        return list(articles)
    with State(root) as state:
        seen = state.seen_contents(a.doc_id for a in articles)
    return [a for a in articles if (a.doc_id, a.content_hash) not in seen]


def pending(root: Path, keys: Iterable[str]) -> set[str]:
    """Those of the landing unit keys no committed batch consumed."""
    keys = set(keys)
    if not (root / "_state" / "state.sqlite").exists():
        return keys
    with State(root) as state:
        return keys - state.seen_units(keys)


def commit_batch(root: Path, articles: Sequence[Article], spans: Spans, mentions: Mentions, *,
                 quarantined: Sequence[quarantine.Refused] = (), units: Iterable[str] = ()) -> dict:
    """Commit one batch (articles with their annotations, quarantine records, the landing
    units it consumed); returns counts and the files written."""
    root.mkdir(parents=True, exist_ok=True)
    batch_id = new_batch_id()
    units = list(units)
    with locked(root) as lake:
        if len({a.doc_id for a in articles}) != len(articles):
            raise ValueError("a batch must hold each doc_id once (ingest keeps the last delivery)")
        seen = lake.state.seen_contents(a.doc_id for a in articles)
        fresh = [a for a in articles if (a.doc_id, a.content_hash) not in seen]
        current = lake.state.current(a.doc_id for a in fresh)
        version = {a.doc_id: current[a.doc_id].version + 1 if a.doc_id in current else 1 for a in fresh}
        drop: dict[str, set[str]] = {}
        for a in fresh:
            if a.doc_id in current:
                drop.setdefault(current[a.doc_id].published_date, set()).add(a.doc_id)
        stored = quarantine.store(root, list(quarantined))
        faults.point("quarantine-stored")
        commit = Commit(batch_id, None, [], [(a.doc_id, a.content_hash) for a in fresh], units, stored,
                        replaced=sum(map(len, drop.values())))
        tables = {}
        if fresh:
            tables = build_tables(fresh, spans, mentions, version=version, ingested_at=datetime.now(UTC))
            build = Builder(root, lake.snapshot, batch_id, upgrade=lake.stale_schema())
            for name in schema.BASE:
                build.carry(name, drop=drop)
                build.add(name, tables[name])
            build.aggregates()
            build.publish()
            commit.snapshot = build.snapshot
            commit.files = [build.pinned(f) for f in build.written]
            commit.documents = [(a.doc_id, a.content_hash, version[a.doc_id], published_utc(a)[1].isoformat(),
                                 a.origin) for a in fresh]
        lake.state.commit(commit)
        faults.point("committed")
        if commit.snapshot is not None:
            snapshots.point(root, commit.snapshot)
            faults.point("pointed")
            lake.snapshot = commit.snapshot
            lake.retire_expired()
    return {"batch_id": batch_id, "snapshot": commit.snapshot, "documents": len(fresh),
            "replaced": commit.replaced, "skipped": len(articles) - len(fresh), "quarantined": len(stored),
            "sentences": tables["sentences"].num_rows if tables else 0,
            "mentions": tables["time_mentions"].num_rows if tables else 0, "files": commit.files or []}

