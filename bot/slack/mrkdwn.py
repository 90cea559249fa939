"""Slack's three control characters, both ways: the one place text is escaped or read back.

Customer text and model output are untrusted: in mrkdwn, `<!channel>`, `<@U123>` or
`<https://x|y>` would render a broadcast, a mention or a disguised link. Slack's rule
is to escape exactly three characters, `&`, `<` and `>`; everything else shows as typed.
Slack sends message text escaped the same way, so what a person typed is read back
once with `unescape` and escaped again, once, wherever it is shown.
"""

from __future__ import annotations


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
