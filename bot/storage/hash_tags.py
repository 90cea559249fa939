"""Redis Cluster hash tags: how keys that one operation touches land in one slot.

A cluster refuses a MULTI/EXEC, a WATCH or a Lua script whose keys hash to
different slots (CROSSSLOT). When a key contains `{...}`, only the part inside
the first pair of braces is hashed, so every key built around the same tag lives
in the same slot, on a cluster and on a single server alike.
"""

from __future__ import annotations


def hash_tag(part: str) -> str:
    """`{part}`, percent-escaped so no brace (or ':' separator) inside it ends the tag early."""
    escaped = part.replace("%", "%25").replace(":", "%3A")
    return "{" + escaped.replace("{", "%7B").replace("}", "%7D") + "}"
