"""Customer data masking and the log filter: what must go, and what must survive."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from bot.log_setup import CustomerDataFilter, configure_logging
from graph.pii import mask, mask_values
from tests.logging_state import logging_kept

CARD = "4242 4242 4242 4242"
IBAN = "DE89 3704 0044 0532 0130 00"
EMAIL = "jane.doe+claims@example.co.uk"
PHONES = ["+44 20 7946 0958", "(555) 123-4567", "0171 234 5678", "+33 6 12 34 56 78"]


def test_cards_ibans_emails_and_phones_are_masked_to_their_last_four():
    text = f"Card {CARD}, refund to {IBAN}, mail {EMAIL}, call " + " or ".join(PHONES)
    masked = mask(text)
    for raw in (CARD, IBAN, EMAIL, *PHONES):
        assert raw not in masked.text
    assert "[card ••••4242]" in masked.text and "[IBAN ••••3000]" in masked.text
    assert masked.found == {"card": 1, "iban": 1, "email": 1, "phone": 4}


@pytest.mark.parametrize(
    "text",
    [
        "ARR 95k since 2016, down 10:42-14:30 on 2026-11-30 (12/03/2025)",
        "€2.300, 1 800 €, R$ 7.500 por ano, USD 1 234 567 890, 120 000 000 users",
        "order 1234567890123 and invalid card 4242 4242 4242 4241",
        "3 12 45 67 89 11 people; ticket #88231234",
    ],
)
def test_amounts_dates_orders_and_failed_checksums_survive(text):
    assert mask(text).text == text


def test_the_owners_own_contact_is_kept_and_nested_values_are_masked():
    value = {"inbox": f"call me on +44 20 7946 0958, card {CARD}", "list": [EMAIL]}
    masked = mask_values(value, keep=["+44 (20) 7946-0958"])
    assert "+44 20 7946 0958" in masked["inbox"] and CARD not in masked["inbox"]
    assert masked["list"] == ["[email ••••o.uk]"]


def test_log_records_and_tracebacks_are_masked_truncated_and_free_of_secrets():
    record = logging.LogRecord(
        "x", logging.ERROR, __file__, 1, "case %s", (", ".join([CARD] * 40),), None
    )
    try:
        raise RuntimeError(f"redis write failed: {IBAN} token xoxb-secret-value-123")
    except RuntimeError:
        import sys

        record.exc_info = sys.exc_info()
    CustomerDataFilter(["xoxb-secret-value-123"]).filter(record)
    rendered = logging.Formatter().format(record)
    assert CARD not in rendered and IBAN not in rendered and "xoxb-secret" not in rendered
    assert len(record.getMessage()) <= 301
    assert "[IBAN ••••3000]" in rendered and "[secret]" in rendered


@pytest.fixture
def root_logging() -> Iterator[None]:
    with logging_kept():
        yield


def test_log_level_reaches_every_logger(capsys, root_logging):
    configure_logging("debug")
    logging.getLogger("slack_bolt.some.module").debug("visible at debug")
    logging.getLogger("bot.conversation").info("and info, card %s", CARD)
    err = capsys.readouterr().err
    assert "visible at debug" in err and "[card ••••4242]" in err and CARD not in err
    configure_logging("WARNING")
    logging.getLogger("bot.conversation").info("hidden")
    assert "hidden" not in capsys.readouterr().err
