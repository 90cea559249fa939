"""The Claude models the coach knows, and what each one accepts in a request.

Models retire and new ones reject parameters the old ones took, so every rule
the drafter follows about a model lives here and nowhere else: which ids are
current, which are retired, whether forced tool choice, sampling parameters,
assistant prefill or `thinking: disabled` are allowed, the context window, the
shortest prompt prefix that can be cached, and the list prices the cost bench
uses. Checked against platform.claude.com (models overview, the Sonnet 5.5 and
Haiku 5.5 migration guides, model deprecations) in December 2026.

An id that is not in the table is accepted only when the coach talks to another
Anthropic-compatible server (a base URL is set): such servers name their own
models, and `COMPATIBLE` describes the least they can be assumed to support.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Effort = Literal["low", "medium", "high", "xhigh", "max"]

CURRENT_SONNET = "claude-sonnet-5-5"
CURRENT_HAIKU = "claude-haiku-5-5"


@dataclass(frozen=True, slots=True)
class Prices:
    """US dollars per million tokens, at the standard tier and the 5-minute cache."""

    input: float
    output: float
    cache_write: float
    cache_read: float


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """One model id and the request rules the Messages API enforces for it."""

    id: str
    name: str
    context_window: int
    max_output: int
    min_cacheable_tokens: int
    prices: Prices | None
    retired_on: date | None = None
    replacement: str | None = None
    forced_tool_choice: bool = False
    sampling_params: bool = False
    prefill: bool = False
    thinking_disabled: bool = False
    thinks_by_default: bool = True
    effort: bool = True
    structured_outputs: bool = True
    prompt_caching: bool = True

    @property
    def retired(self) -> bool:
        return self.retired_on is not None and self.retired_on <= date.today()


def _retired(model_id: str, name: str, on: date) -> ModelSpec:
    """A retired id: kept only so start-up can say when it retired and what replaces it."""
    return ModelSpec(
        model_id,
        name,
        context_window=200_000,
        max_output=64_000,
        min_cacheable_tokens=1024,
        prices=None,
        retired_on=on,
        replacement=CURRENT_SONNET,
    )


MODELS: dict[str, ModelSpec] = {
    spec.id: spec
    for spec in (
        ModelSpec(
            CURRENT_SONNET,
            "Claude Sonnet 5.5",
            context_window=1_000_000,
            max_output=128_000,
            min_cacheable_tokens=512,
            prices=Prices(input=2.00, output=10.00, cache_write=2.50, cache_read=0.10),
        ),
        ModelSpec(
            CURRENT_HAIKU,
            "Claude Haiku 5.5",
            context_window=1_000_000,
            max_output=128_000,
            min_cacheable_tokens=512,
            # Prompts up to 100k tokens; the coach's prompts are far below that.
            prices=Prices(input=0.10, output=0.50, cache_write=0.125, cache_read=0.01),
            forced_tool_choice=True,
            thinking_disabled=True,
        ),
        _retired("claude-sonnet-4-5", "Claude Sonnet 4.5", date(2026, 11, 30)),
        _retired("claude-sonnet-4-5-20250929", "Claude Sonnet 4.5", date(2026, 11, 30)),
        _retired("claude-sonnet-4-20250514", "Claude Sonnet 4", date(2026, 6, 15)),
        _retired("claude-opus-4-20250514", "Claude Opus 4", date(2026, 6, 15)),
    )
}

COMPATIBLE = ModelSpec(
    "compatible",
    "a model on an Anthropic-compatible server",
    context_window=32_000,
    max_output=8_192,
    min_cacheable_tokens=0,
    prices=None,
    forced_tool_choice=True,
    sampling_params=True,
    prefill=True,
    thinking_disabled=True,
    thinks_by_default=False,
    effort=False,
    structured_outputs=False,
    prompt_caching=False,
)
"""What the coach assumes of a model it does not know on a non-Anthropic server: no
structured outputs, no effort, no caching. The fallbacks cover each of these."""


class ModelProblem(ValueError):
    """A model setting that cannot work; the message is one line naming the setting."""


def resolve(model_id: str, setting: str, *, custom_server: bool) -> ModelSpec:
    """The rules for `model_id`, or a one-line `ModelProblem` naming `setting`."""
    spec = MODELS.get(model_id)
    if spec is not None and spec.retired:
        raise ModelProblem(
            f"{setting}={model_id} was retired on {spec.retired_on:%Y-%m-%d}; "
            f"set {setting}={spec.replacement} (or unset it for the default)."
        )
    if spec is not None:
        return spec
    if custom_server and not model_id.startswith("claude-"):
        return COMPATIBLE
    raise ModelProblem(
        f"{setting}={model_id} is not a current Claude model id; "
        f"use {CURRENT_SONNET} or {CURRENT_HAIKU} (see README, 'Models')."
    )


def thinking_tokens_reserve(effort: Effort) -> int:
    """Room to leave in `max_tokens` for thinking, which counts against it on 5.x models."""
    return {"low": 1024, "medium": 2048, "high": 4096, "xhigh": 8192, "max": 16384}[effort]
