"""Every setting the product reads, from the environment or `.env`.

Secrets are `SecretStr` so they never print in a repr, a log line or a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.llm_models import CURRENT_HAIKU, CURRENT_SONNET, Effort
from graph.locales import LANGUAGES


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    drafter: Literal["auto", "playbook", "claude"] = Field("auto", alias="COACH_DRAFTER")
    anthropic_api_key: SecretStr | None = Field(None, alias="ANTHROPIC_API_KEY")
    anthropic_base_url: str | None = Field(None, alias="ANTHROPIC_BASE_URL")
    model: str = Field(CURRENT_SONNET, alias="COACH_MODEL")
    fast_model: str = Field(CURRENT_HAIKU, alias="COACH_FAST_MODEL")
    """For short, latency-bound work: the holding script (and live coaching to come)."""
    draft_effort: Effort = Field("medium", alias="COACH_DRAFT_EFFORT")
    fast_effort: Effort = Field("low", alias="COACH_FAST_EFFORT")
    """Effort for extraction and the holding script, where speed matters more than depth."""
    max_tokens: int = Field(2000, alias="COACH_MAX_TOKENS", ge=256, le=16000)
    """Text tokens for one drafted section; room for thinking is added per effort level."""
    llm_timeout_seconds: float = Field(60.0, alias="COACH_LLM_TIMEOUT_SECONDS", gt=0)
    llm_deadline_seconds: float = Field(90.0, alias="COACH_LLM_DEADLINE_SECONDS", gt=0)
    """The most one step may spend on Claude, retries and redrafts included."""
    llm_max_retries: int = Field(2, alias="COACH_LLM_MAX_RETRIES", ge=0, le=10)

    policy_file: Path | None = Field(None, alias="POLICY_FILE")
    redis_url: str | None = Field(None, alias="REDIS_URL")
    data_dir: Path = Field(Path("data"), alias="COACH_DATA_DIR")
    case_retention_days: float = Field(
        180,
        validation_alias=AliasChoices("COACH_CASE_RETENTION_DAYS", "COACH_FINISHED_TTL_DAYS"),
        ge=0,
    )
    """Days a finished case (its conversation, case record, queue entry and follow-ups)
    is kept after its last activity; 0 keeps it forever. Half a year covers the policy's
    follow-up timeline and a renewal cycle. `COACH_FINISHED_TTL_DAYS` is its old name."""
    log_identity_retention_days: float = Field(365, alias="COACH_LOG_IDENTITY_RETENTION_DAYS", ge=0)
    """Days the resolution log keeps who a case was about (names, the complaint's facts,
    notes, the plan text); after that only the anonymised record stays, for precedent and
    training. 0 keeps them forever. A year lets a repeat failure be recognised."""
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
    shutdown_grace_seconds: float = Field(15.0, alias="COACH_SHUTDOWN_GRACE_SECONDS", ge=0, le=300)
    """At shutdown, how long work Slack was already told we received may run on: Slack
    never sends an acked event again, so work cut off before it started would be lost.
    A playbook turn takes well under a second; a Claude turn up to COACH_LLM_DEADLINE_SECONDS."""
    timezone: str = Field("UTC", alias="COACH_TIMEZONE")
    """IANA zone (Europe/London, America/New_York) that promises' times are read in: "by
    3pm" is 3pm here. A promise may name its own ("by 3pm ET")."""
    agent_language: str = Field("en", alias="COACH_AGENT_LANGUAGE")
    """The language the team's agents read, for coaching (ISO 639-1: en, es, pt, fr, de),
    when an agent's own notes are too short to tell. The customer's language is read from
    the case, never from here."""
    owner_name: str | None = Field(None, alias="COACH_OWNER_NAME")
    owner_contact: str | None = Field(None, alias="COACH_OWNER_CONTACT")
    roster_file: Path | None = Field(None, alias="COACH_ROSTER_FILE")

    slack_bot_token: SecretStr | None = Field(None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr | None = Field(None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: SecretStr | None = Field(None, alias="SLACK_APP_TOKEN")
    slack_api_url: str | None = Field(None, alias="SLACK_API_URL")
    leads: str = Field("", alias="COACH_LEADS")
    approvers: str = Field("", alias="COACH_APPROVERS")

    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] | None = Field(
        None, alias="LOG_LEVEL"
    )
    """Unset: INFO for `coach slack` (a server), WARNING for terminal commands, whose
    output is the conversation itself."""

    @field_validator("timezone")
    @classmethod
    def _zone(cls, name: str) -> str:
        try:
            ZoneInfo(name.strip())
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"'{name}' is not an IANA time zone (e.g. Europe/London)") from exc
        return name.strip()

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @field_validator("agent_language")
    @classmethod
    def _language(cls, code: str) -> str:
        code = code.strip().lower() or "en"
        if code not in LANGUAGES:
            raise ValueError(
                f"'{code}' is not one of the coach's languages: {', '.join(LANGUAGES)}"
            )
        return code

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, level: object) -> object:
        if isinstance(level, str):
            return level.strip().upper() or None
        return level

    def secret_values(self) -> list[str]:
        """Every secret's value, so the log filter can blank it wherever it appears."""
        secrets = (
            self.anthropic_api_key,
            self.slack_bot_token,
            self.slack_signing_secret,
            self.slack_app_token,
        )
        return [s.get_secret_value() for s in secrets if s is not None]

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
