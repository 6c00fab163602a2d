"""One data module per language; `load` finds it by ISO 639-1 code."""

from __future__ import annotations

import importlib
from functools import cache

from wiretime.timex.language import Language

SUPPORTED = ("ar", "en")


@cache
def load(code: str) -> Language:
    """The language's tables; an unknown code falls back to English (never an exception)."""
    code = code if code in SUPPORTED else "en"
    return importlib.import_module(f"wiretime.timex.lang.{code}").LANGUAGE
