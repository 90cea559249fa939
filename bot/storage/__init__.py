"""Redis-backed storage: embedded server, LangGraph checkpointer, locks and dedupe.

Everything the bot persists goes through one Redis (see DESIGN.md, "One storage
engine"), so these modules only use core commands that work on Redis OSS 6+,
Valkey and managed services.
"""
