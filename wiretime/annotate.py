"""The annotation stages over a batch of articles: sentence spans, then time mentions.

Shared by the Prefect tasks (tasks/stages.py) and the Prefect-free driver (wiretime/driver.py)
so that both run exactly the same code on a batch.
"""

from __future__ import annotations

from wiretime import sentences, timex, zones
from wiretime.model import Article, Mentions, Spans


def split(articles: list[Article]) -> Spans:
    """Sentence spans of every article, by doc_id."""
    return {a.doc_id: sentences.split(a.text, a.lang) for a in articles}


def tag(articles: list[Article], spans: Spans) -> Mentions:
    """Time mentions of every article (with sentence index), zones resolved, by doc_id."""
    out: Mentions = {}
    for a in articles:
        home = zones.publication_zone(a.text, a.lang, tz=a.tz, place=a.place)
        a.published_tz, a.published_at = home, zones.published_at(a.published, home)
        found = timex.tag_sentences(a.text, spans[a.doc_id], a.lang, zones.local_reference(a.published, home))
        zones.assign([m for _, m in found], a.text, lang=a.lang, source_tz=a.tz, place=a.place)
        out[a.doc_id] = found
    return out


def annotate(articles: list[Article]) -> tuple[Spans, Mentions]:
    """Both stages, in order: what one batch needs before its commit."""
    spans = split(articles)
    return spans, tag(articles, spans)
