"""Which speaker is the agent and which the customer.

Stereo recorders put each party on a fixed channel, so a channel map decides (default
left = agent). On mono recordings the diarised speakers are anonymous; the agent is the
one who talks like an agent: greets with the company name, offers help, asks for
identification, discloses the recording, thanks for the call. The cue lists are data
(``data/role_cues.yaml``), so a QA team can extend them for its own scripts.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from importlib import resources

import yaml

from speechqa.schema import Role, RoleAssignment, Transcript

DEFAULT_CHANNEL_MAP: tuple[Role, ...] = ("agent", "customer")


@dataclass(frozen=True)
class Cue:
    role: Role
    weight: float
    pattern: re.Pattern[str]
    opening: bool


@dataclass(frozen=True)
class RoleCues:
    cues: tuple[Cue, ...]
    opening_seconds: float
    first_speaker_bonus: float
    turn_cap: float = math.inf


@functools.cache
def load_cues() -> RoleCues:
    text = resources.files("speechqa.data").joinpath("role_cues.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    cues = tuple(
        Cue(role=role, weight=float(entry["weight"]),
            pattern=re.compile(entry["pattern"], re.IGNORECASE),
            opening=bool(entry.get("opening", False)))
        for role in ("agent", "customer")
        for entry in data[role]
    )
    return RoleCues(
        cues, float(data["opening_seconds"]), float(data["first_speaker_bonus"]),
        float(data.get("turn_cap", math.inf)),
    )


def _normalise(text: str) -> str:
    return text.lower().replace("ё", "е").replace("’", "'")


def agent_evidence(transcript: Transcript, cues: RoleCues | None = None) -> dict[str, float]:
    """Agent-likeness per speaker: agent cue weight minus customer cue weight.

    One turn adds at most ``turn_cap`` either way: when diarisation glues the agent's whole
    greeting onto the customer's first turn, that one turn must not outweigh everything the
    agent says in the rest of the call.
    """
    cues = cues or load_cues()
    scores = {speaker: 0.0 for speaker in transcript.speakers()}
    for turn in transcript.turns:
        text = _normalise(turn.text)
        in_opening = turn.start < cues.opening_seconds
        evidence = 0.0
        for cue in cues.cues:
            hits = len(cue.pattern.findall(text))
            if not hits:
                continue
            weight = cue.weight * min(hits, 2) * (2 if cue.opening and in_opening else 1)
            evidence += weight if cue.role == "agent" else -weight
        scores[turn.speaker] += max(-cues.turn_cap, min(cues.turn_cap, evidence))
    if transcript.turns:
        first = min(transcript.turns, key=lambda turn: turn.start).speaker
        scores[first] += cues.first_speaker_bonus
    return scores


def assign_by_content(transcript: Transcript) -> RoleAssignment:
    """Pick the most agent-like speaker as agent; everyone else is a customer.

    Confidence grows with the margin between the best and the runner-up speaker
    (a logistic on the score gap), so a call where nobody says anything agent-like
    gets a confidence near 0.5 and can be flagged for review.
    """
    scores = agent_evidence(transcript)
    if not scores:
        return RoleAssignment(speaker_roles={}, method="content", confidence=0.0,
                              reason="no speech")
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    agent = ranked[0][0]
    margin = ranked[0][1] - (ranked[1][1] if len(ranked) > 1 else 0.0)
    confidence = 1.0 / (1.0 + math.exp(-0.6 * margin)) if len(ranked) > 1 else 0.5
    roles: dict[str, Role] = {speaker: "customer" for speaker in scores}
    roles[agent] = "agent"
    detail = ", ".join(f"{speaker}={score:+.1f}" for speaker, score in ranked)
    return RoleAssignment(
        speaker_roles=roles, method="content", confidence=round(confidence, 3),
        reason=f"agent cue score per speaker: {detail}",
    )


def assign_by_channel(
    channel_speakers: list[str], channel_map: tuple[Role, ...] = DEFAULT_CHANNEL_MAP
) -> RoleAssignment:
    """Stereo: channel i's speaker gets ``channel_map[i]``."""
    if len(channel_map) < len(channel_speakers):
        raise ValueError(
            f"channel map {channel_map} names {len(channel_map)} channels, "
            f"the recording has {len(channel_speakers)}"
        )
    roles = dict(zip(channel_speakers, channel_map, strict=False))
    return RoleAssignment(
        speaker_roles=roles, method="channel_map", confidence=1.0,
        reason="channel map " + ", ".join(f"{s}={r}" for s, r in roles.items()),
    )


def apply_roles(transcript: Transcript, assignment: RoleAssignment) -> Transcript:
    """A copy of the transcript with each turn's role set from the assignment."""
    turns = [
        turn.model_copy(update={"role": assignment.speaker_roles.get(turn.speaker, "unknown")})
        for turn in transcript.turns
    ]
    return transcript.model_copy(update={"turns": turns, "roles": assignment})


def parse_channel_map(text: str) -> tuple[Role, ...]:
    """'agent,customer' → ('agent', 'customer'); the CLI and config use this form."""
    roles = tuple(part.strip().lower() for part in text.split(",") if part.strip())
    if not roles or any(role not in ("agent", "customer") for role in roles):
        raise ValueError(
            f"channel map {text!r}: expected e.g. 'agent,customer' or 'customer,agent'"
        )
    return roles  # type: ignore[return-value]
