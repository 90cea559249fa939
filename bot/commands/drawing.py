"""`coach graph`: the conversation graph as a Mermaid diagram, drawn from the graph itself.

Its own module so that only this command pays for building the graph.
"""

from __future__ import annotations

import argparse

from bot.settings import Settings


async def cmd_graph(args: argparse.Namespace, settings: Settings) -> int:
    from graph.studio import make_graph

    print(make_graph().get_graph().draw_mermaid())
    return 0
