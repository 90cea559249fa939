"""What one plan costs on the Claude path: calls, tokens, cache share, dollars, latency floor.

Why this shape: the cost of a plan is set by how the prompts are laid out (what is
resent, what is read from the cache) and by how much each call writes and thinks.
So the bench runs `coach plan` itself, in-process, through the real anthropic SDK,
against the fake Messages API configured like today's API (cache accounting with
each model's minimum cacheable length, thinking tokens by effort), and prices the
usage the fake reports at the list prices in graph/llm_models.py, the one table of
model facts. The fake's token counts are estimates (about four characters a token)
and its thinking tokens per effort level are assumptions; read the figures as the
shape of the bill, not an invoice.

The latency floor adds, call by call, a time to first token and the output tokens at
a typical output speed (the two assumptions in `SPEED` below): the least a person
waits for a whole plan when every call runs one after another.

Run: `.venv/bin/python bench/llm_cost.py` (add `--json` for one JSON object).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.fakes

from bot.cli import main as coach
from graph.llm_models import CURRENT_SONNET, MODELS
from tests.cases import B2B_OUTAGE
from tests.fakes.coach_model import well_behaved
from tests.fakes.fake_messages_api import FakeMessagesApi

SPEED: dict[str, tuple[float, float]] = {
    "claude-sonnet-5-5": (0.8, 70.0),
    "claude-haiku-5-5": (0.4, 150.0),
}
"""Assumed (seconds to first token, output tokens per second) per model."""
GOAL_CACHE_SHARE = 0.70
GOAL_COST = 0.05


def run_plan(fake: FakeMessagesApi, workdir: Path) -> None:
    """`coach plan` on the worked B2B case, Claude path, default models."""
    case = workdir / "case.txt"
    case.write_text(B2B_OUTAGE)
    for name in [n for n in os.environ if n.startswith(("COACH_", "ANTHROPIC_", "SLACK_"))]:
        del os.environ[name]
    os.environ |= {
        "COACH_DRAFTER": "claude",
        "ANTHROPIC_API_KEY": "sk-bench",
        "ANTHROPIC_BASE_URL": fake.base_url,
        "COACH_DATA_DIR": str(workdir / "data"),
    }
    os.chdir(workdir)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
        coach(["plan", str(case), "--json"])


def measure() -> dict[str, float | int | bool]:
    with FakeMessagesApi() as fake, tempfile.TemporaryDirectory() as tmp:
        fake.responder = well_behaved
        run_plan(fake, Path(tmp))
        served = fake.usage
    uncached = written = read = output = 0
    cost = floor = 0.0
    for model, usage in served:
        prices = MODELS[model].prices
        assert prices is not None, model
        first_token, per_second = SPEED[model]
        uncached += usage["input_tokens"]
        written += usage["cache_creation_input_tokens"]
        read += usage["cache_read_input_tokens"]
        output += usage["output_tokens"]
        cost += (
            usage["input_tokens"] * prices.input
            + usage["cache_creation_input_tokens"] * prices.cache_write
            + usage["cache_read_input_tokens"] * prices.cache_read
            + usage["output_tokens"] * prices.output
        ) / 1e6
        floor += first_token + usage["output_tokens"] / per_second
    total_input = uncached + written + read
    share = read / total_input if total_input else 0.0
    return {
        "calls": len(served),
        "input_tokens": total_input,
        "uncached_input_tokens": uncached,
        "cache_write_tokens": written,
        "cache_read_tokens": read,
        "output_tokens": output,
        "cache_share": round(share, 3),
        "cost_per_plan_usd": round(cost, 4),
        "latency_floor_seconds": round(floor, 1),
        "meets_goals": share >= GOAL_CACHE_SHARE and cost <= GOAL_COST,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    figures = measure()
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"One plan on {CURRENT_SONNET} (holding script on the fast model), via the fake API")
    print(f"  calls                  {figures['calls']}")
    print(
        f"  input tokens           {figures['input_tokens']:,} "
        f"({figures['cache_read_tokens']:,} read from cache, "
        f"{figures['cache_write_tokens']:,} written, "
        f"{figures['uncached_input_tokens']:,} uncached)"
    )
    print(f"  output tokens          {figures['output_tokens']:,} (thinking included)")
    print(f"  cache share of input   {figures['cache_share']:.0%} (goal ≥ {GOAL_CACHE_SHARE:.0%})")
    print(f"  cost per plan          ${figures['cost_per_plan_usd']:.4f} (goal ≤ ${GOAL_COST})")
    print(f"  sequential latency     {figures['latency_floor_seconds']} s (floor)")


if __name__ == "__main__":
    main()
