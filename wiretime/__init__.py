"""wiretime: news articles (Arabic, English) to clean, time-resolved analytics tables.

The domain logic of the pipeline; it imports no Prefect (see `tasks/` and `flows/`).
"""

__version__ = "0.1.0"
