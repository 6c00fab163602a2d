"""The zones stage's language knowledge, one data module per language (ISO 639-1 code)."""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

SUPPORTED = ("ar", "en")


@cache
def cues(code: str) -> ModuleType:
    """The language's cue tables; an unknown code falls back to English."""
    return importlib.import_module(f"wiretime.zones.lang.{code if code in SUPPORTED else 'en'}")
