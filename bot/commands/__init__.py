"""The `coach` commands, one module per group; `bot.cli` imports a group only to run it."""
