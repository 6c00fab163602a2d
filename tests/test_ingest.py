"""Reading the landing folder: formats, sidecars, encodings, feeds, metadata, batches."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from wiretime.ingest import Limits, Quarantined, batches, discover, read, read_batch
from wiretime.model import Article

AR = "قال المتحدث باسم الوزارة يوم الثلاثاء إن المحادثات ستستأنف الشهر المقبل في أستانة عاصمة كازاخستان."
RSS = """<?xml version="1.0" encoding="{encoding}"?>
<rss version="2.0"><channel><title>Wire</title><language>{lang}</language>
<item><guid>tag:wire,1</guid><title>A &amp; B</title><link>http://w/1</link>
<pubDate>Tue, 24 Jan 2017 14:00:00 +0300</pubDate>
<description>&lt;p&gt;{text}&lt;/p&gt;&lt;p&gt;Second &lt;b&gt;para&lt;/b&gt;.&lt;/p&gt;</description></item>
<item><guid>tag:wire,2</guid><title>Later</title><pubDate>Wed, 25 Jan 2017 23:30:00 -0500</pubDate>
<description>Talks resumed.</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<entry><id>urn:x:1</id><title>T</title><published>2017-01-24T08:00:00Z</published>
<content type="html">&lt;p&gt;Talks ended Tuesday.&lt;/p&gt;</content></entry></feed>"""


def _all(landing: Path, **kw) -> list[Article | Quarantined]:
    return [item for unit in discover(landing, **kw) for item in read(unit, landing)]


def _articles(items) -> dict[str, Article]:
    return {a.doc_id: a for a in items if isinstance(a, Article)}


def _bad(items) -> list[tuple[str, str]]:
    return sorted((q.origin, q.reason) for q in items if isinstance(q, Quarantined))


def test_txt_with_sidecar_json_array_and_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text("نص الخبر.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"published": "2017-01-24", "dateline": "Astana"}))
    (tmp_path / "two.json").write_text(json.dumps([
        {"id": "j1", "text": "One.", "published": "2017-01-24"}, "not an object"]))
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "x1", "text": "Talks ended Tuesday.", "published": "2017-01-24T10:00:00Z"}) + "\n"
        + "{broken\n" + json.dumps({"id": "x2", "published": "2017-01-24"}) + "\n", encoding="utf-8")
    got = _all(tmp_path)
    articles = _articles(got)
    assert [(a.doc_id, a.lang, a.place) for a in articles.values()] == [
        ("a", "ar", "Astana"), ("x1", "en", None), ("j1", "en", None)]
    assert articles["x1"].origin == "feed.jsonl:1"
    assert _bad(got) == [("feed.jsonl:2", "malformed_json"), ("feed.jsonl:3", "missing_text"),
                         ("two.json[1]", "malformed_json")]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256", "iso8859_6"])
def test_arabic_text_in_every_supported_encoding(tmp_path, encoding):
    (tmp_path / "a.txt").write_bytes(AR.encode(encoding))
    (tmp_path / "a.json").write_text(json.dumps({"published": "2017-01-24"}))
    [article] = _all(tmp_path)
    assert article.text == AR and article.lang == "ar"


def test_jsonl_gz_and_legacy_encoded_lines(tmp_path):
    lines = [json.dumps({"id": f"g{i}", "text": AR, "published": "2017-01-24"}, ensure_ascii=False)
             for i in range(3)]
    with gzip.open(tmp_path / "wire.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    (tmp_path / "old.jsonl").write_bytes(lines[0].replace('"g0"', '"old"').encode("cp1256") + b"\n")
    got = _articles(_all(tmp_path))
    assert sorted(got) == ["g0", "g1", "g2", "old"] and got["old"].text == AR
    assert got["g2"].origin == "wire.jsonl.gz:3"


def test_rss_items_keep_their_own_time_and_zone(tmp_path):
    feed = RSS.format(encoding="utf-8", lang="en-us", text="Talks ended Tuesday.")
    (tmp_path / "wire.rss").write_text(feed)
    (tmp_path / "atom.xml").write_text(ATOM)
    got = _articles(_all(tmp_path))
    first, second = got["tag:wire,1"], got["tag:wire,2"]
    assert first.text == "Talks ended Tuesday.\nSecond para." and first.title == "A & B"
    assert first.published == "2017-01-24T14:00:00+03:00" and first.url == "http://w/1"
    assert second.published == "2017-01-25T23:30:00-05:00"
    assert first.source == "Wire" and first.lang == "en" and first.tz is None
    assert got["urn:x:1"].published == "2017-01-24T08:00:00Z" and got["urn:x:1"].source == "Atom wire"


def test_feed_in_windows_1256_with_sidecar_defaults(tmp_path):
    feed = RSS.format(encoding="windows-1256", lang="ar", text=AR).encode("cp1256")
    (tmp_path / "spa.rss").write_bytes(feed)
    (tmp_path / "spa.json").write_text(json.dumps({"source": "SPA", "tz": "Asia/Riyadh", "place": "الرياض"}))
    got = _articles(_all(tmp_path))
    item = got["tag:wire,1"]
    assert item.text.startswith(AR) and item.lang == "ar"
    assert (item.source, item.tz, item.place) == ("SPA", "Asia/Riyadh", "الرياض")


def test_ambiguous_legacy_bytes_are_undecodable_not_guessed(tmp_path):
    (tmp_path / "short.txt").write_bytes("قال الثلاثاء".encode("iso8859_6"))
    [item] = _all(tmp_path)
    assert isinstance(item, Quarantined) and item.reason == "undecodable" and "ambiguous" in item.detail


def test_content_hash_covers_what_changes_the_tables(tmp_path):
    base = {"id": "d", "text": "Talks ended Tuesday.", "published": "2017-01-24", "source": "A", "url": "u1"}
    variants = [base, {**base, "source": "B", "url": "u2"}, {**base, "published": "2017-01-25"},
                {**base, "text": "Talks ended Monday."}]
    (tmp_path / "v.jsonl").write_text("\n".join(json.dumps(v) for v in variants))
    hashes = [a.content_hash for a in _all(tmp_path)]
    assert hashes[0] == hashes[1] and len(set(hashes)) == 3


def test_big_jsonl_is_split_into_line_ranges_and_batches_are_bounded(tmp_path):
    rows = [json.dumps({"id": f"n{i}", "text": "Talks ended Tuesday.", "published": "2017-01-24"})
            for i in range(25)]
    (tmp_path / "big.jsonl").write_text("\n".join(rows))  # no final newline
    (tmp_path / "z.txt").write_text("Hello there.")
    units = discover(tmp_path, lines_per_unit=10)
    assert [(u.path, u.first, u.last) for u in units] == [
        ("big.jsonl", 0, 10), ("big.jsonl", 10, 20), ("big.jsonl", 20, 25), ("z.txt", 0, 0)]
    assert [sum(u.weight for u in b) for b in batches(units, 10)] == [10, 10, 6]
    got = [a.doc_id for u in units[:3] for a in read(u, tmp_path)]
    assert got == [f"n{i}" for i in range(25)]


def test_a_batch_keeps_the_last_delivery_of_a_doc_id(tmp_path):
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps({"id": "d", "text": t, "published": "2017-01-24"})
                                                for t in ("First.", "Second.", "Second.")))
    got = read_batch(discover(tmp_path), tmp_path)
    assert [a.text for a in got.articles] == ["Second."] and got.superseded == 2


def test_limits_are_configurable(tmp_path):
    (tmp_path / "a.txt").write_text("x" * 2000)
    (tmp_path / "a.json").write_text(json.dumps({"published": "1950-01-01"}))
    limits = Limits(max_file_bytes=1000)
    [item] = [i for u in discover(tmp_path, limits) for i in read(u, tmp_path, limits)]
    assert item.reason == "too_large" and len(item.data) == 2000 and "1000" in item.detail
    [item] = [i for u in discover(tmp_path) for i in read(u, tmp_path, Limits(min_year=1990))]
    assert item.reason == "absurd_date"
