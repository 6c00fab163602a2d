"""Prefect tasks: thin, named wrappers over the `wiretime` stages, one call per batch."""
