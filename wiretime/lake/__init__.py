"""The Parquet lake: explicit Arrow schemas, atomic batch writes, a state store, aggregates.

Imports no pipeline stage: it takes rows built from `wiretime.model` records.
"""
