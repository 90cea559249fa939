"""A live line in the customer's language, confirmed said, puts its promises on the ledger
with the due time the line names, in the coach's time zone (real service, real Redis)."""

from __future__ import annotations

import re
from datetime import datetime

from bot.live_coach import LiveCoach
from graph.policy import default_policy
from tests.language_cases import SPANISH_RETAIL
from tests.principles.test_resolution_log import finish
from tests.test_promise_ledger import wired


async def test_a_spanish_live_line_said_becomes_a_promise_due_when_it_says(redis_client):
    tracker, service = wired(redis_client)
    await finish(service, "es", SPANISH_RETAIL.complaint)
    scripted = await tracker.promises.for_thread("es")
    assert any("en un plazo de 24 horas" in p.due_said for p in scripted), "Spanish scripts"
    coach = LiveCoach(tracker, default_policy())
    live = await coach.suggest(service, "es", "¿Y cuándo va a estar arreglado?", "U_OWNER")
    clock = re.search(r"(?:hoy|mañana) antes de las (\d{1,2}):(\d{2})", live.reply.say)
    assert clock, f"a Spanish line with a time today: {live.reply.say}"
    said = await coach.said("es", None, "U_OWNER")
    [timed] = [p for p in said.promises if p.due_kind == "clock"]
    assert timed.source == "live_line" and timed.source_ref == live.entry.id
    assert timed.due_said == clock.group(0)
    at = datetime.fromtimestamp(timed.due_at, tracker.zone)
    assert (at.hour, at.minute) == (int(clock.group(1)), int(clock.group(2))), live.reply.say
    ledger = await tracker.promises.for_thread("es")
    assert timed.id in {p.id for p in ledger if p.status == "open"}
