"""Customer data stays masked in every byte the bot writes.

A complaint with a card number, an IBAN, an email and a phone number is coached
through Slack to the posted plan on the bot's own embedded Redis; then Redis (every
key, every value), its append-only files, the log, every Web API call and every
uploaded file are searched for the raw values, in every spacing.
"""

from __future__ import annotations

import json
import logging
import re
import zlib
from pathlib import Path

import pytest
import redis

from bot.log_setup import configure_logging
from bot.settings import Settings
from bot.slack.server import serve_http
from bot.storage.embedded_redis import REDIS_SUBDIR, EmbeddedRedis, shutdown_embedded
from tests.fakes.fake_slack_api import BOT_TOKEN, FakeSlackApi
from tests.logging_state import logging_kept
from tests.slack.helpers import (
    DIRECTOR,
    LEAD,
    SECRET,
    approve_to_plan,
    confirm_card,
    mention,
)

CARD = "4111 1111 1111 1111"
IBAN = "GB82 WEST 1234 5698 7654 32"
EMAIL = "m.okafor@example.org"
PHONE = "+44 7700 900123"
COMPLAINT = (
    f"Customer: Marta Okafor. Our app charged her card {CARD} twice for the annual plan and "
    f"the refund went nowhere; she wants it back to {IBAN}. She pays $480 a year and has been "
    f"with us 4 years. Reach her at {EMAIL} or {PHONE}. We already apologised by email."
)


def _forms(raw: str) -> set[str]:
    """The value as typed, without separators, and as a bare digit run."""
    compact = re.sub(r"[\s-]", "", raw)
    return {raw, compact, re.sub(r"\D", "", raw)} - {""}


FORBIDDEN = set().union(*(_forms(v) for v in (CARD, IBAN, PHONE))) | {EMAIL}


def _redis_bytes(url: str) -> bytes:
    client = redis.Redis.from_url(url)
    chunks: list[bytes] = []
    for key in client.scan_iter(count=500):
        chunks.append(key)
        kind = client.type(key).decode()
        if kind == "string":
            chunks.append(client.get(key) or b"")
        elif kind == "hash":
            chunks += [b for pair in client.hgetall(key).items() for b in pair]
        elif kind == "list":
            chunks += client.lrange(key, 0, -1)
        elif kind == "set":
            chunks += list(client.smembers(key))
        elif kind == "zset":
            chunks += client.zrange(key, 0, -1)
        elif kind == "stream":
            chunks += [json.dumps(e, default=str).encode() for e in client.xrange(key)]
    client.close()
    return b"\n".join(_inflated(c) for c in chunks)


def _inflated(value: bytes) -> bytes:
    """A value as stored, plus its decompressed form when the storage layer zipped it."""
    for start in range(min(len(value), 64)):
        try:
            return value + zlib.decompress(value[start:])
        except zlib.error:
            continue
    return value


def _assert_clean(where: str, data: bytes | str) -> None:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    leaked = sorted(v for v in FORBIDDEN if v in text)
    assert not leaked, f"{where} holds raw customer data: {leaked}"


@pytest.fixture
def quiet_fake():
    with FakeSlackApi() as fake:
        fake.add_user(DIRECTOR, "sam.lee", real_name="Sam Lee")
        fake.add_user(LEAD, "lee.lead", real_name="Lee Lead")
        fake.invite_bot("C0SUPPORT1")
        yield fake


async def test_no_raw_card_iban_email_or_phone_anywhere_the_bot_writes(
    quiet_fake: FakeSlackApi, tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    fake = quiet_fake
    data_dir = tmp_path / "data"
    settings = Settings(  # type: ignore[call-arg]
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=fake.api_url,
        COACH_DRAFTER="playbook",
        COACH_APPROVERS=DIRECTOR,
        COACH_LEADS=LEAD,
        COACH_DATA_DIR=str(data_dir),
        REDIS_URL=None,  # the bot's own embedded server, whose files we can read
    )
    with logging_kept():
        configure_logging("DEBUG", settings.secret_values())  # as `coach slack` does
        caplog.set_level(logging.DEBUG)
        try:
            async with serve_http(settings, "127.0.0.1", 0) as (url, _):
                thread = await mention(url, COMPLAINT)
                await confirm_card(url, fake, thread)
                plan = await approve_to_plan(url, fake, thread)
                assert "Resolution plan" in json.dumps(plan)
                redis_url = EmbeddedRedis(data_dir / REDIS_SUBDIR).url
                stored = _redis_bytes(redis_url)
        finally:
            await shutdown_embedded(data_dir)
    masked_script = json.dumps([c.params for c in fake.calls], ensure_ascii=False)
    assert "[card ••••1111]" in masked_script, "the agent still sees which card it was"
    _assert_clean("Redis", stored)
    for aof in data_dir.rglob("*.aof*"):
        _assert_clean(f"AOF {aof.name}", _inflated(aof.read_bytes()))
    _assert_clean("the log", "\n".join(r.getMessage() for r in caplog.records))
    _assert_clean("Slack Web API calls", masked_script)
    for upload in fake.files:
        _assert_clean(f"file {upload.filename}", upload.content)
