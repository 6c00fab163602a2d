"""Exactly once, replacement, aggregates, compaction and recovery, on the lake's own API."""

from __future__ import annotations

import importlib
import shutil
from datetime import date

import polars as pl
import pytest

from wiretime import annotate
from wiretime.ingest import Limits, make_article
from wiretime.lake import commit_batch, compact, journal, maintain, schema
from wiretime.lake.aggregate import load, recompute
from wiretime.lake.build import Changes
from wiretime.lake.session import locked
from wiretime.lake.state import Commit

compact_module = importlib.import_module("wiretime.lake.compact")  # the package exports the function
T1 = "Talks ended on Tuesday. The minister arrived at 10:00 GMT on Monday."
T2 = "Talks were suspended on Wednesday. They resume next month, on March 3 at 9 a.m. GMT."


def commit(root, *records, units=()):
    articles = [make_article(r["text"], r, "test", Limits()) for r in records]
    spans = annotate.split(articles)
    return commit_batch(root, articles, spans, annotate.tag(articles, spans), units=units)


def doc(doc_id="d", text=T1, published="2017-01-24T10:00:00Z", **extra):
    return {"id": doc_id, "text": text, "published": published, "source": "Wire", **extra}


def read(root, table):
    return pl.read_parquet(root / table / "**" / "*.parquet", hive_partitioning=True)


def files(root, table):
    return sorted(p.relative_to(root).as_posix() for p in (root / table).rglob("*.parquet"))


def assert_aggregates_exact(root):
    for table, rows in recompute(root).items():
        assert load(root, table).rows() == pl.from_arrow(rows).rows(), table


def test_the_same_document_delivered_again_adds_no_row(tmp_path):
    first = commit(tmp_path, doc(), doc("e", T2))
    again = commit(tmp_path, doc(), doc("e", T2, url="http://other.example/e"))  # another feed's url
    assert (first["documents"], again["documents"], again["skipped"]) == (2, 0, 2)
    assert read(tmp_path, "documents").height == 2
    assert read(tmp_path, "time_mentions").height == first["mentions"]


def test_changed_content_replaces_the_old_version_and_its_rows(tmp_path, monkeypatch):
    monkeypatch.setenv("WIRETIME_FSYNC", "1")  # the durable path, once
    commit(tmp_path, doc(), doc("other", T1))
    before = files(tmp_path, "time_mentions")
    replaced = commit(tmp_path, doc(text=T2))
    documents = read(tmp_path, "documents").filter(pl.col("doc_id") == "d")
    assert documents["version"].to_list() == [2] and documents["text"].to_list() == [T2]
    assert replaced["replaced"] == 1
    sentences = read(tmp_path, "sentences").filter(pl.col("doc_id") == "d")
    assert all(T2[s:e] == t for s, e, t in sentences.select("start", "end", "text").rows())
    mentions = read(tmp_path, "time_mentions").filter(pl.col("doc_id") == "d")
    assert mentions.height == replaced["mentions"] > 0
    assert all(T2[s:e] == t for s, e, t in mentions.select("start", "end", "text").rows())
    assert read(tmp_path, "documents").filter(pl.col("doc_id") == "other").height == 1
    # one file per table and partition changed, under its own name: one rename swaps the versions
    assert files(tmp_path, "time_mentions") == before
    assert sorted(f for f in replaced["files"] if f.startswith("time_mentions/")) == before
    assert_aggregates_exact(tmp_path)


def test_a_replacement_may_move_the_document_to_another_partition(tmp_path):
    commit(tmp_path, doc(), doc("stay", T2))
    commit(tmp_path, doc(published="2017-01-27T23:30:00-05:00"))  # 28 January in UTC
    days = dict(read(tmp_path, "documents").select("doc_id", "published_date").rows())
    assert days == {"d": date(2017, 1, 28), "stay": date(2017, 1, 24)}
    by_day = read(tmp_path, "sentences").group_by("doc_id").agg(pl.col("published_date").unique())
    assert dict(by_day.rows()) == {"d": [date(2017, 1, 28)], "stay": [date(2017, 1, 24)]}
    assert_aggregates_exact(tmp_path)


def test_an_older_version_delivered_again_does_not_come_back(tmp_path):
    commit(tmp_path, doc())
    commit(tmp_path, doc(text=T2))
    late = commit(tmp_path, doc())
    assert late["skipped"] == 1
    assert read(tmp_path, "documents").select("version", "text").rows() == [(2, T2)]


def test_aggregates_count_per_day_hour_and_distance_from_publication(tmp_path):
    commit(tmp_path, doc(), doc("ar", "وصل الوزير الساعة الثانية بعد الظهر (0800 بتوقيت غرينتش) يوم الاثنين.",
                                published="2017-01-24", place="Astana", lang="ar"))
    commit(tmp_path, doc(text=T2))
    assert_aggregates_exact(tmp_path)
    hours = load(tmp_path, "mentions_per_hour")
    clock_times = read(tmp_path, "time_mentions").filter(pl.col("utc").is_not_null())
    assert hours["mentions"].sum() == clock_times.height > 0
    timeline = load(tmp_path, "timeline")
    assert ((timeline["resolved_date"] - timeline["published_date"]).dt.total_days()
            == timeline["days_from_published"]).all()
    assert timeline.filter(pl.col("days_from_published") > 0).height > 0  # "next month", "March 3"


def test_compact_merges_a_partitions_files_and_keeps_every_row(tmp_path):
    for i in range(3):
        commit(tmp_path, doc(f"d{i}", T1 if i % 2 else T2))
    before = {t: read(tmp_path, t).drop(schema.PARTITION).sort("doc_id").rows() for t in schema.BASE}
    assert len(files(tmp_path, "documents")) == 3
    done = compact(tmp_path)
    assert done == {"partitions": 3, "files_before": 9}
    assert {t: len(files(tmp_path, t)) for t in schema.BASE} == dict.fromkeys(schema.BASE, 1)
    after = {t: read(tmp_path, t).drop(schema.PARTITION).sort("doc_id").rows() for t in schema.BASE}
    assert after == before
    assert_aggregates_exact(tmp_path)


def test_maintain_merges_only_what_recent_batches_touched_and_at_most_its_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(compact_module, "MAINTAIN_FILES", 2)
    monkeypatch.setattr(compact_module, "MAINTAIN_PARTITIONS", 2)
    for i in range(2):  # two files per table in partition 2017-01-24
        commit(tmp_path, doc(f"d{i}", T1 if i % 2 else T2))
    assert maintain(tmp_path) == {"partitions": 2, "files_before": 4, "deferred": 1}  # the cap left one
    assert maintain(tmp_path) == {"partitions": 1, "files_before": 2, "deferred": 0}
    assert {t: len(files(tmp_path, t)) for t in schema.BASE} == dict.fromkeys(schema.BASE, 1)
    for i in range(2):  # an older partition, then a new one: only the new one is looked at
        commit(tmp_path, doc(f"n{i}", T1, published="2017-02-01T10:00:00Z"))
    assert maintain(tmp_path)["partitions"] == 2
    assert maintain(tmp_path) == {"partitions": 1, "files_before": 2, "deferred": 0}
    assert maintain(tmp_path) == {"partitions": 0, "files_before": 0, "deferred": 0}  # nothing new since
    assert read(tmp_path, "documents").height == 4
    assert_aggregates_exact(tmp_path)


def test_a_crash_before_the_commit_leaves_nothing_and_after_it_is_rolled_forward(tmp_path):
    commit(tmp_path, doc())
    with locked(tmp_path):  # stage a batch and "die" before its commit
        Changes(tmp_path, "lost").aggregates(None, None)
    staged = tmp_path / journal.STAGING / "lost"
    assert any(staged.iterdir())
    with locked(tmp_path) as lake:  # stage and commit, "die" before applying
        changes = Changes(tmp_path, "kept")
        changes.merge("documents", "2017-01-24")
        lake.state.commit(Commit("kept", plan=changes.plan, files=changes.placed))
    assert not staged.exists()  # the uncommitted batch's files are gone...
    assert len(files(tmp_path, "documents")) == 1
    with locked(tmp_path):  # ...and the committed one is applied by the next writer
        pass
    assert files(tmp_path, "documents") == [p for p in changes.placed if p.startswith("documents/")]
    assert not (tmp_path / journal.STAGING / "kept").exists()
    assert read(tmp_path, "documents")["doc_id"].to_list() == ["d"]


def test_a_batch_must_not_hold_a_document_twice(tmp_path):
    with pytest.raises(ValueError, match="once"):
        commit(tmp_path, doc(), doc(text=T2))
    shutil.rmtree(tmp_path / "_state", ignore_errors=True)
