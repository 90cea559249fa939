"""The official langgraph-checkpoint-conformance suite against a real Redis."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from langgraph.checkpoint.conformance import checkpointer_test, validate
from langgraph.checkpoint.conformance.capabilities import (
    BASE_CAPABILITIES,
    Capability,
    DetectedCapabilities,
)
from langgraph.checkpoint.conformance.report import CapabilityReport
from redis.asyncio import Redis

from bot.storage.checkpointer import RedisCheckpointSaver

IMPLEMENTED = {
    *BASE_CAPABILITIES,
    Capability.COPY_THREAD,
    Capability.PRUNE,
}


async def run_suite(url: str, capabilities: set[str] | None = None) -> CapabilityReport:
    @checkpointer_test(name="RedisCheckpointSaver")
    async def factory() -> AsyncIterator[RedisCheckpointSaver]:
        async with RedisCheckpointSaver.from_url(url) as saver:
            yield saver

    return await validate(factory, capabilities=capabilities)


def test_detected_capabilities() -> None:
    saver = RedisCheckpointSaver(Redis())
    detected = DetectedCapabilities.from_instance(saver).detected
    assert detected == IMPLEMENTED  # delete_for_runs is deliberately not implemented


@pytest.mark.parametrize("capability", sorted(c.value for c in IMPLEMENTED))
async def test_capability(capability: str, clean_redis_url: str) -> None:
    report = await run_suite(clean_redis_url, {capability})
    result = report.results[capability]
    assert result.detected
    assert result.tests_failed == 0, "\n".join(result.failures)
    assert result.tests_passed > 0


async def test_full_report(clean_redis_url: str) -> None:
    report = await run_suite(clean_redis_url)
    report.print_report()
    assert report.passed_all_base()
    assert report.conformance_level() == "FULL"
