"""Prefect flows composing the tasks of `tasks/`."""
