"""Reading the landing folder: .txt + sidecar, .jsonl lines, and what goes to quarantine."""

from __future__ import annotations

import json

from wiretime.ingest import Quarantined, discover, read
from wiretime.model import Article


def test_txt_with_sidecar_and_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text("نص الخبر.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"published": "2017-01-24", "place": "Astana"}))
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "x1", "text": "Talks ended Tuesday.", "published": "2017-01-24T10:00:00Z"}) + "\n"
        + "{broken\n" + json.dumps({"id": "x2", "published": "2017-01-24"}) + "\n", encoding="utf-8")
    got = [item for path in discover(tmp_path) for item in read(path, tmp_path)]
    articles = [g for g in got if isinstance(g, Article)]
    bad = sorted((q.origin, q.reason) for q in got if isinstance(q, Quarantined))
    assert [(a.doc_id, a.lang, a.place) for a in articles] == [("a", "ar", "Astana"), ("x1", "en", None)]
    assert bad == [("feed.jsonl:2", "malformed_json"), ("feed.jsonl:3", "missing_text")]


def test_txt_without_published_date_is_quarantined(tmp_path):
    (tmp_path / "b.txt").write_text("text", encoding="utf-8")
    [item] = list(read(tmp_path / "b.txt", tmp_path))
    assert isinstance(item, Quarantined) and item.reason == "missing_published"
