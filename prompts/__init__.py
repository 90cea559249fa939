"""Prompt templates, kept as Markdown files so they can be read and reviewed as prose."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def load(name: str) -> str:
    return resources.files(__name__).joinpath(f"{name}.md").read_text(encoding="utf-8")


@cache
def section_guides() -> dict[str, str]:
    """The per-section guidance in sections.md, keyed by section key."""
    parts = re.split(r"^## (\w+)\s*$", load("sections"), flags=re.M)
    return {key: body.strip() for key, body in zip(parts[1::2], parts[2::2], strict=True)}
