"""Every setting the product reads, from the environment or `.env`.

Secrets are `SecretStr` so they never print in a repr, a log line or a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    drafter: Literal["auto", "playbook", "claude"] = Field("auto", alias="COACH_DRAFTER")
    anthropic_api_key: SecretStr | None = Field(None, alias="ANTHROPIC_API_KEY")
    anthropic_base_url: str | None = Field(None, alias="ANTHROPIC_BASE_URL")
    model: str = Field("claude-sonnet-4-5", alias="COACH_MODEL")
    max_tokens: int = Field(1500, alias="COACH_MAX_TOKENS", ge=256, le=16000)
    llm_timeout_seconds: float = Field(60.0, alias="COACH_LLM_TIMEOUT_SECONDS", gt=0)
    llm_max_retries: int = Field(2, alias="COACH_LLM_MAX_RETRIES", ge=0, le=10)

    policy_file: Path | None = Field(None, alias="POLICY_FILE")
    redis_url: str | None = Field(None, alias="REDIS_URL")
    data_dir: Path = Field(Path("data"), alias="COACH_DATA_DIR")
    finished_ttl_days: float = Field(0, alias="COACH_FINISHED_TTL_DAYS", ge=0)
    finished_history: Literal["final", "full"] = Field("final", alias="COACH_FINISHED_HISTORY")
    """`final`: a finished case keeps only its final checkpoint (decisions, approvals and
    every section version live in it); `full` keeps every intermediate checkpoint."""
    lock_ttl_seconds: float = Field(30.0, alias="COACH_LOCK_TTL_SECONDS", gt=0, le=3600)
    lock_wait_seconds: float = Field(120.0, alias="COACH_LOCK_WAIT_SECONDS", gt=0)
    reminder_interval_seconds: float = Field(60.0, alias="COACH_REMINDER_INTERVAL_SECONDS", gt=0)
    """How often each Slack worker looks for due reminders and follow-ups (claimed, so
    any number of workers post each one once)."""
    home_refresh_seconds: float = Field(5.0, alias="COACH_HOME_REFRESH_SECONDS", gt=0)
    """App Home is republished for owners and leads at most once per this many seconds
    per user, across all workers, after the queue changes."""
    owner_name: str | None = Field(None, alias="COACH_OWNER_NAME")
    owner_contact: str | None = Field(None, alias="COACH_OWNER_CONTACT")
    roster_file: Path | None = Field(None, alias="COACH_ROSTER_FILE")

    slack_bot_token: SecretStr | None = Field(None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr | None = Field(None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: SecretStr | None = Field(None, alias="SLACK_APP_TOKEN")
    slack_api_url: str | None = Field(None, alias="SLACK_API_URL")
    leads: str = Field("", alias="COACH_LEADS")
    approvers: str = Field("", alias="COACH_APPROVERS")

    log_level: str = Field("INFO", alias="LOG_LEVEL")

    @property
    def use_claude(self) -> bool:
        if self.drafter == "claude":
            return True
        return self.drafter == "auto" and self.anthropic_api_key is not None

    @property
    def lead_ids(self) -> set[str]:
        return _ids(self.leads)

    @property
    def approver_ids(self) -> set[str]:
        return _ids(self.approvers)


def _ids(raw: str) -> set[str]:
    return {item.strip() for item in raw.split(",") if item.strip()}
