"""Prompt templates, kept as Markdown files so they can be read and reviewed as prose."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def load(name: str) -> str:
    return resources.files(__name__).joinpath(f"{name}.md").read_text(encoding="utf-8")


_WRAPPER_TAG = re.compile(r"<\s*(/?)\s*(customer_text|complaint|section|system)\b[^>]*>", re.I)


def untrusted(text: str) -> str:
    """Customer text made safe to place inside `<customer_text>` tags.

    A tag of ours written inside the text (say `</customer_text>` followed by orders) would
    end the wrapper early; it is rewritten as `[/customer_text]`, so the words stay
    visible to the model as words and the wrapper stays whole.
    """
    return _WRAPPER_TAG.sub(lambda m: f"[{m.group(1)}{m.group(2)}]", text)


@cache
def section_guides() -> dict[str, str]:
    """The per-section guidance in sections.md, keyed by section key."""
    parts = re.split(r"^## (\w+)\s*$", load("sections"), flags=re.M)
    return {key: body.strip() for key, body in zip(parts[1::2], parts[2::2], strict=True)}
