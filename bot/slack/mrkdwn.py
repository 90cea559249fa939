"""Dynamic text made inert before it goes into a Slack message.

Customer text and model output are untrusted: in mrkdwn, `<!channel>`, `<@U123>` or
`<https://x|y>` would render a broadcast, a mention or a disguised link. Slack's rule
is to escape exactly three characters, `&`, `<` and `>`; everything else shows as typed.
"""

from __future__ import annotations


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
