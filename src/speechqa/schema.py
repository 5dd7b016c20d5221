"""The typed data model that flows through every pipeline stage.

audio → ``Transcript`` (expensive half, stored once) → ``Scorecard`` (cheap half, rerun
whenever a checklist changes). Every stage takes and returns these objects; none reaches
into another stage's internals. The JSON schemas published in ``schemas/`` are generated
from these classes (``speechqa schema``), so the files and the code cannot drift apart.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

TRANSCRIPT_SCHEMA_VERSION = "1.1"  # 1.1: redaction (spans, mode, redacted audio)
SCORECARD_SCHEMA_VERSION = "1.2"  # 1.1: provenance, per-turn sentiment, "error" items;
# 1.2: optional flag intensity (angry customer: anger → escalation → legal threat)

Role = Literal["agent", "customer", "unknown"]
SentimentLabel = Literal["negative", "neutral", "positive"]
# "error": a rule failed at run time, so the item could not be decided (left out of the
# score, and the call flagged for review).
ItemStatus = Literal["passed", "failed", "not_applicable", "error"]
Severity = Literal["info", "warning", "critical"]
DiarizationSource = Literal["stereo_channels", "pyannote", "given"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Word(_Model):
    """One recognised word with its time span in seconds from the start of the call."""

    text: str
    start: float = Field(ge=0)
    end: float = Field(ge=0)
    probability: float | None = Field(default=None, ge=0, le=1)


class Sentiment(_Model):
    """Sentiment of one utterance: the winning label and each label's probability."""

    label: SentimentLabel
    score: float = Field(ge=0, le=1, description="probability of the winning label")
    scores: dict[SentimentLabel, float] = Field(default_factory=dict)


class Turn(_Model):
    """A stretch of speech by one speaker. Turns of different speakers may overlap."""

    speaker: str = Field(description="diarisation label, e.g. 'SPEAKER_00' or 'left'")
    role: Role = "unknown"
    start: float = Field(ge=0)
    end: float = Field(ge=0)
    text: str
    words: list[Word] = Field(default_factory=list)
    language: str | None = None
    sentiment: Sentiment | None = None

    @property
    def duration(self) -> float:
        return max(0.0, self.end - self.start)


class AudioInfo(_Model):
    """What the original file was, before it was resampled for the models."""

    path: str | None = None
    sha256: str | None = None
    format: str | None = None
    duration: float = Field(ge=0)
    sample_rate: int | None = Field(default=None, description="original sample rate")
    channels: int | None = None


class ModelInfo(_Model):
    """Which model produced a stage's output, so stored results stay explainable."""

    name: str
    version: str | None = None
    sha256: str | None = Field(default=None, description="of the weights, where known")


class RoleAssignment(_Model):
    """How the agent/customer labels were decided, with a confidence in [0, 1]."""

    speaker_roles: dict[str, Role]
    method: Literal["channel_map", "content", "given"]
    confidence: float = Field(ge=0, le=1)
    reason: str = ""


class RedactionSpan(_Model):
    """Where an entity was masked: its type, turn and time range, never its value."""

    type: str = Field(description="CARD, CVV, EXPIRY, PHONE, EMAIL, PASSPORT, NATIONAL_ID, DOB, "
                      "ACCOUNT, ADDRESS or PERSON")
    turn: int = Field(ge=0, description="index of the turn")
    start: float = Field(ge=0, description="seconds, from the masked words' timestamps")
    end: float = Field(ge=0)
    word: int | None = Field(default=None, ge=0,
                             description="index of the placeholder word in the turn's words")


class Redaction(_Model):
    """How a transcript was redacted: the mode, the entity types masked and every span."""

    mode: Literal["text", "text+audio"]
    types: list[str]
    spans: list[RedactionSpan] = Field(default_factory=list)
    audio_path: str | None = Field(
        default=None, description="the redacted copy of the recording (text+audio): the one "
                                  "the review app plays")


class Transcript(_Model):
    """A diarised, role-labelled transcript of one call: the first half's product."""

    schema_version: str = TRANSCRIPT_SCHEMA_VERSION
    call_id: str
    audio: AudioInfo | None = None
    language: str | None = None
    language_probability: float | None = None
    turns: list[Turn] = Field(default_factory=list)
    diarization_source: DiarizationSource = "given"
    asr_model: ModelInfo | None = None
    diarization_model: ModelInfo | None = None
    roles: RoleAssignment | None = None
    metadata: dict[str, str | int | float | bool | None] = Field(default_factory=dict)
    redaction: Redaction | None = Field(
        default=None, description="PII masked in turns and words; absent when not redacted")

    @property
    def duration(self) -> float:
        if self.audio is not None:
            return self.audio.duration
        return max((turn.end for turn in self.turns), default=0.0)

    def speakers(self) -> list[str]:
        return sorted({turn.speaker for turn in self.turns})


class Evidence(_Model):
    """The words and time span that decided a checklist item, and the rule that fired."""

    turn_index: int | None = Field(default=None, ge=0)
    start: float | None = None
    end: float | None = None
    text: str
    rule_id: str


class ItemResult(_Model):
    """The outcome of one checklist item for one call."""

    id: str
    title: str
    section: str | None = None
    status: ItemStatus
    weight: float = Field(ge=0)
    earned: float = Field(ge=0)
    critical: bool = False
    evidence: list[Evidence] = Field(default_factory=list)
    reason: str

    @model_validator(mode="after")
    def _earned_within_weight(self) -> ItemResult:
        if self.earned > self.weight + 1e-9:
            raise ValueError(f"item {self.id}: earned {self.earned} exceeds weight {self.weight}")
        return self


IntensityName = Literal["anger", "escalation", "legal_threat"]


class FlagIntensity(_Model):
    """How far an angry customer went, so reviewers can take the worst calls first: the
    level (1 anger, 2 escalation request, 3 legal threat), then the score within it."""

    level: int = Field(ge=1, le=3)
    name: IntensityName
    score: float = Field(
        ge=0, description="strongly negative turns plus weighted anger cues: sorts calls "
                          "within one level")
    evidence: list[str] = Field(
        default_factory=list, description="the customer's words behind the level, quoted")


class Flag(_Model):
    """A reason for a supervisor to look at the call."""

    code: str
    severity: Severity
    reason: str
    start: float | None = None
    end: float | None = None
    intensity: FlagIntensity | None = None


class SentimentSummary(_Model):
    """Call-level sentiment: the customer's overall label plus its trajectory."""

    customer_sentiment: SentimentLabel
    customer_start: SentimentLabel | None = None
    customer_end: SentimentLabel | None = None
    agent_sentiment: SentimentLabel | None = None
    customer_negative_share: float | None = Field(default=None, ge=0, le=1)
    turns: list[Sentiment | None] = Field(
        default_factory=list,
        description="each turn's sentiment, in transcript order: kept with the scorecard "
                    "because a rescore with another model changes it, not the transcript")
    model: ModelInfo | None = None
    fallback: bool = Field(
        default=False, description="true when no sentiment model ran (lexicon fallback)"
    )


class CallMetrics(_Model):
    """Conversation metrics computed from turn timings."""

    duration: float = Field(ge=0)
    talk_ratio: dict[str, float] = Field(default_factory=dict, description="share of talk per role")
    talk_seconds: dict[str, float] = Field(default_factory=dict)
    longest_silence: float = Field(default=0, ge=0)
    longest_silence_start: float | None = None
    silence_seconds: float = Field(default=0, ge=0)
    overtalk_count: int = Field(default=0, ge=0)
    overtalk_seconds: float = Field(default=0, ge=0)
    agent_interruptions: int = Field(default=0, ge=0)
    words_per_minute: dict[str, float] = Field(default_factory=dict)
    mean_word_probability: float | None = None


class Scorecard(_Model):
    """The QA result of one call against one checklist version: the second half's product."""

    schema_version: str = SCORECARD_SCHEMA_VERSION
    call_id: str
    checklist_id: str
    checklist_version: str
    language: str | None = None
    items: list[ItemResult]
    score: float = Field(ge=0)
    max_score: float = Field(ge=0)
    percent: float = Field(ge=0, le=100)
    auto_failed: bool
    sentiment: SentimentSummary
    metrics: CallMetrics
    flags: list[Flag] = Field(default_factory=list)
    needs_review: bool
    checklist_hash: str | None = Field(
        default=None, description="SHA-256 of the checklist's rules (Checklist.content_hash)"
    )
    speechqa_version: str | None = None
    models: dict[str, ModelInfo] = Field(
        default_factory=dict, description="asr, diarization and sentiment models that ran"
    )

    @property
    def customer_sentiment(self) -> SentimentLabel:
        return self.sentiment.customer_sentiment

    def item(self, item_id: str) -> ItemResult:
        for result in self.items:
            if result.id == item_id:
                return result
        raise KeyError(item_id)


def json_schemas() -> dict[str, dict]:
    """The published JSON schemas, keyed by file name."""
    return {
        "transcript.schema.json": Transcript.model_json_schema(),
        "scorecard.schema.json": Scorecard.model_json_schema(),
    }
