"""Committing a batch to the lake: exactly once, every table or none.

Exactly once, decided under the lake lock against the state store:
- an article whose (doc_id, content) a committed batch already consumed adds nothing
  (the same file dropped again, the same item in two feeds, a second run racing this one);
- an article whose doc_id is known with other content replaces it: the new version gets
  version + 1, a new `ingested_at` and `batch_id`; the old version's rows leave every table
  (their files are rewritten without them, in the same commit as the new rows).
A document appears at most once per batch (`wiretime.ingest` keeps the last delivery).

All or nothing: the batch stages its files, commits its plan with everything else in one
SQLite transaction, then applies the plan (journal.py); a crash before the transaction
leaves nothing, a crash after it is rolled forward by the next writer.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from wiretime.lake import faults, journal, quarantine, schema
from wiretime.lake.build import Changes
from wiretime.lake.files import flush
from wiretime.lake.rows import build_tables, published_utc
from wiretime.lake.session import Session, describe, locked
from wiretime.lake.state import Commit, State
from wiretime.model import Article, Mentions, Spans


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
    units it consumed); returns counts and the files it placed."""
    if len({a.doc_id for a in articles}) != len(articles):
        raise ValueError("a batch must hold each doc_id once (ingest keeps the last delivery)")
    root.mkdir(parents=True, exist_ok=True)
    batch_id = new_batch_id()
    with locked(root) as lake:
        if lake.stale_schema():
            upgrade(lake)
        seen = lake.state.seen_contents(a.doc_id for a in articles)
        fresh = [a for a in articles if (a.doc_id, a.content_hash) not in seen]
        current = lake.state.current(a.doc_id for a in fresh)
        version = {a.doc_id: current[a.doc_id].version + 1 if a.doc_id in current else 1 for a in fresh}
        remove: dict[str, set[str]] = {}
        for a in fresh:
            if a.doc_id in current:
                remove.setdefault(current[a.doc_id].published_date, set()).add(a.doc_id)
        commit = Commit(batch_id, contents=[(a.doc_id, a.content_hash) for a in fresh], units=list(units),
                        quarantine=quarantine.store(root, list(quarantined)),
                        replaced=sum(map(len, remove.values())))
        faults.point("quarantine-stored")
        tables = {}
        if fresh:
            tables = build_tables(fresh, spans, mentions, version=version, ingested_at=datetime.now(UTC),
                                  batch_id=batch_id)
            changes = Changes(root, batch_id)
            removed = {name: changes.write_rows(name, tables[name], remove) for name in schema.BASE}
            changes.aggregates(tables, removed)
            commit.plan, commit.files = changes.plan, changes.placed
            commit.documents = [(a.doc_id, a.content_hash, version[a.doc_id], published_utc(a)[1].isoformat(),
                                 a.origin) for a in fresh]
        finish(lake, commit)
    return {"batch_id": batch_id, "documents": len(fresh), "replaced": commit.replaced,
            "skipped": len(articles) - len(fresh), "quarantined": len(commit.quarantine),
            "sentences": tables["sentences"].num_rows if tables else 0,
            "mentions": tables["time_mentions"].num_rows if tables else 0,
            "files": [f for f in commit.files if f.split("/")[0] in schema.BASE]}


def finish(lake: Session, commit: Commit) -> None:
    """Commit (the commit point), then put the files in place."""
    flush(lake.root)  # staged files and quarantine records are on disk before the commit point
    lake.state.commit(commit)
    faults.point("committed")
    if commit.plan:
        journal.apply(lake.root, commit.batch_id, commit.plan)
        lake.state.mark_applied(commit.batch_id)
        faults.point("applied")


def upgrade(lake: Session) -> None:
    """Bring every file to this code's schema (new columns as nulls), as one commit."""
    changes = Changes(lake.root, "upgrade-" + new_batch_id())
    for table in schema.BASE:
        changes.conform(table)
    changes.aggregates(None, None)
    finish(lake, Commit(changes.batch_id, plan=changes.plan, files=changes.placed))
    describe(lake.root, schema.SCHEMA_VERSION)
