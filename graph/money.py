"""Amounts as people read them, in the customer's own currency.

One function formats every amount the coach shows (plans, Slack, the terminal,
the log), so a euro customer never sees a dollar sign and a change of style is
one edit. Babel carries the symbols and each locale's way of writing money
(`1.450,00 €`, `R$ 4.200,00`); the case's locale comes from graph/locales.py.
"""

from __future__ import annotations

from functools import lru_cache

from babel.numbers import format_currency, get_currency_symbol, is_currency

DEFAULT_CURRENCY = "USD"
SYMBOL_CODES = {"$": "USD", "€": "EUR", "£": "GBP", "R$": "BRL"}
"""Currency symbols that older checkpoints and policy files used in place of a code."""


def currency_code(text: str) -> str:
    return SYMBOL_CODES.get(text.strip(), text.strip().upper())


def is_currency_code(code: str) -> bool:
    """An ISO 4217 code Babel knows, so a typed `EUR` is accepted and `EUX` is not."""
    return len(code) == 3 and is_currency(code.upper())


@lru_cache(maxsize=4096, typed=True)
def format_money(amount: float, currency: str | None, locale: str = "en") -> str:
    """English: `€1,900`, `R$7,500`, `CHF 1,200`, cents only when the amount has them.
    Any other locale writes money its own way, cents included as people there expect
    on anything they are told they will be paid: `1.450,00 €`, `R$ 4.200,00`.

    Kept for the amounts last formatted: a plan names the same few sums in every section
    and every check of it, and each call into Babel parses the locale again."""
    code = (currency or DEFAULT_CURRENCY).upper()
    if not locale.startswith("en"):
        return format_currency(amount, code, locale=locale)
    pattern = "¤#,##0" if float(amount).is_integer() else "¤#,##0.00"
    symbol = get_currency_symbol(code, locale)
    if symbol.isalpha():
        pattern = pattern.replace("¤", "¤\u00a0")
    return format_currency(amount, code, format=pattern, locale=locale, currency_digits=False)


@lru_cache(maxsize=1024)
def currency_symbol(currency: str | None, locale: str = "en") -> str:
    """Kept, as `format_money` is: the currency checks ask it for every language at once."""
    return get_currency_symbol((currency or DEFAULT_CURRENCY).upper(), locale)
