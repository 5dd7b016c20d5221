"""Fill a store with realistic synthetic results fast: the shared seed for report and web
load benchmarks and for the demo report in ``docs/``.

Rows go in directly with bulk inserts (SQLAlchemy Core executemany, explicit primary keys),
so 100 000 calls take minutes, not the days real scoring would. What is realistic about them:
~40-turn transcripts in ru/uk/en/lt, the items of ``checklists/default.yaml`` with per-agent
skill, critical misses with their flags, agents in teams and queues, start times over months
in working hours, customers who call again, a few reviewer overrides (some confirming, most
overturning a miss), valid Scorecard / Transcript JSON bodies, and — when ``version_switch``
is set — a second checklist version scoring the calls after that date.

    python benchmarks/seed_store.py --db sqlite:////tmp/demo.db --calls 100000 [--seed 7]

Nothing here is measured data: it is a load generator with plausible shapes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, text

from speechqa import __version__
from speechqa.checklist import load_checklist
from speechqa.store import (
    Call,
    ChecklistVersion,
    FlagRow,
    ItemOverride,
    ItemResultRow,
    Run,
    ScorecardRow,
    Store,
    TranscriptRow,
    open_store,
)

ROOT = Path(__file__).resolve().parent.parent
CHECKLIST = ROOT / "checklists" / "default.yaml"
_CHUNK = 2000  # calls per transaction: bounded memory, few round trips

LINES = {
    "ru": {
        "agent": ["Добрый день, компания Телеком, меня зовут Анна.",
                  "Предупреждаю, что разговор записывается.",
                  "Назовите, пожалуйста, кодовое слово и дату рождения.",
                  "Правильно ли я понимаю, что интернет пропал вчера вечером?",
                  "Я перезапустил порт, проверьте, пожалуйста, соединение.",
                  "Итак, мы сбросили настройки и оформили заявку на выезд мастера.",
                  "Могу ли я ещё чем-нибудь помочь?",
                  "Спасибо за обращение, хорошего дня!"],
        "customer": ["Здравствуйте, у меня не работает интернет.",
                     "Кодовое слово — ромашка, двенадцатое марта.",
                     "Да, со вчерашнего вечера ничего не грузится.",
                     "Сейчас посмотрю... да, заработало.",
                     "Нет, спасибо, это всё.",
                     "Это уже третий раз за месяц, сколько можно!"],
    },
    "uk": {
        "agent": ["Добрий день, компанія Телеком, мене звати Олена.",
                  "Попереджаю, що розмова записується.",
                  "Назвіть, будь ласка, кодове слово.",
                  "Чи правильно я розумію, що рахунок прийшов подвійний?",
                  "Я виправила нарахування, гроші повернуться протягом тижня.",
                  "Чи можу я ще чимось допомогти?",
                  "Дякую за дзвінок, гарного дня!"],
        "customer": ["Добрий день, мені прийшов неправильний рахунок.",
                     "Кодове слово — соняшник.",
                     "Так, двічі списали гроші.",
                     "Дякую, це все."],
    },
    "en": {
        "agent": ["Good morning, thank you for calling Telecom, this is Mark.",
                  "Please note this call is recorded for quality purposes.",
                  "Could you confirm your date of birth and postcode?",
                  "So the router keeps dropping the connection every evening?",
                  "I've pushed a firmware update, please restart it now.",
                  "To recap, we updated the router and I'll call you back tomorrow.",
                  "Is there anything else I can help you with?",
                  "Thanks for calling, have a great day."],
        "customer": ["Hi, my internet keeps dropping out.",
                     "Sure, fourth of May, SW1A 1AA.",
                     "Yes, every single evening around eight.",
                     "Okay, it's restarting now.",
                     "No, that's all, thanks."],
    },
    "lt": {
        "agent": ["Laba diena, Telekomas, kalba Rūta.",
                  "Informuoju, kad pokalbis įrašomas.",
                  "Prašau patvirtinti savo asmens kodą.",
                  "Ar teisingai suprantu, kad sąskaita per didelė?",
                  "Perskaičiavau mokestį, grąžinsime per savaitę.",
                  "Ar galiu dar kuo nors padėti?",
                  "Ačiū, kad skambinote, gražios dienos!"],
        "customer": ["Laba diena, gavau per didelę sąskaitą.",
                     "Žinoma, štai mano kodas.",
                     "Taip, dvigubai nuskaičiavo.",
                     "Ne, ačiū, viskas."],
    },
}
LANGUAGE_WEIGHTS = {"ru": 0.55, "uk": 0.2, "en": 0.15, "lt": 0.1}
TEAMS = ["north", "south", "east", "west", "retention", "vip", "night", "central"]
QUEUES = ["billing", "tech", "sales", "retention"]
EXTRA_FLAGS = [("complaint", "warning", 0.08), ("escalation_request", "warning", 0.04),
               ("churn_threat", "critical", 0.02), ("angry_customer", "critical", 0.03),
               ("sentiment_worsened", "warning", 0.05)]


@dataclass
class _Agent:
    agent_id: str | None
    team: str | None
    queue: str
    skill: dict[str, float]  # item id -> probability of doing it


def _checklist_versions(checklist_path: Path) -> list[tuple[str, str, str]]:
    """(version, body, sha256) of the shipped checklist and a later edit of it."""
    body = checklist_path.read_text(encoding="utf-8")
    checklist = load_checklist(checklist_path)
    later = body.replace(f'version: "{checklist.version}"', 'version: "1.1.0"', 1)
    later = later.replace("title: Call-center QA", "title: Call-center QA (2nd edition)", 1)
    return [
        (version, text_, hashlib.sha256(text_.encode()).hexdigest())
        for version, text_ in ((checklist.version, body), ("1.1.0", later))
    ]


def _agents(rng: random.Random, count: int, item_ids: list[str]) -> list[_Agent]:
    agents = []
    for index in range(count):
        good = rng.betavariate(12, 1.5)  # most agents are decent, a few are not
        skill = {
            item_id: min(0.995, max(0.3, good + rng.gauss(0.05, 0.08)))
            for item_id in item_ids
        }
        agents.append(_Agent(
            agent_id=f"A{index + 1:04d}", team=TEAMS[index % len(TEAMS)],
            queue=QUEUES[rng.randrange(len(QUEUES))], skill=skill,
        ))
    # Calls from the telephony system without agent metadata: the report's "unknown" bucket.
    agents.append(_Agent(None, None, "tech", {item_id: 0.8 for item_id in item_ids}))
    return agents


def _transcript_body(rng: random.Random, call_id: str, sha: str, language: str,
                     duration: float, turns: int) -> tuple[str, list[tuple[float, float]]]:
    lines = LINES[language]
    step = duration / turns
    body_turns, spans = [], []
    for index in range(turns):
        role = "agent" if index % 2 == 0 else "customer"
        start = round(index * step + rng.uniform(0, step * 0.2), 2)
        end = round(min(duration, start + step * rng.uniform(0.5, 0.95)), 2)
        spans.append((start, end))
        body_turns.append({
            "speaker": "SPEAKER_00" if role == "agent" else "SPEAKER_01", "role": role,
            "start": start, "end": end, "text": rng.choice(lines[role]), "words": [],
            "language": language, "sentiment": None,
        })
    transcript = {
        "schema_version": "1.0", "call_id": call_id,
        "audio": {"path": f"/calls/{call_id}.wav", "sha256": sha, "format": "wav",
                  "duration": duration, "sample_rate": 8000, "channels": 2},
        "language": language, "language_probability": 0.97, "turns": body_turns,
        "diarization_source": "stereo_channels",
        "asr_model": {"name": "embedded:whisper-base", "version": "1.0.0"},
        "diarization_model": {"name": "stereo_channels", "version": None},
        "roles": {"speaker_roles": {"SPEAKER_00": "agent", "SPEAKER_01": "customer"},
                  "method": "channel_map", "confidence": 1.0, "reason": "seeded"},
        "metadata": {},
    }
    return json.dumps(transcript, ensure_ascii=False), spans


def seed(
    store: Store, calls: int, *, rng_seed: int = 7, end: date | None = None, months: int = 6,
    agents: int | None = None, version_switch: date | None = None, review_share: float = 0.03,
    checklist_path: Path = CHECKLIST, progress: bool = False,
) -> dict[str, int]:
    """Append ``calls`` synthetic scored calls to ``store``; returns rows written per table.

    ``version_switch``: calls from that date on are scored with checklist version 1.1.0 (and
    calls in the week before it with both, as a rescore would leave them).
    """
    rng = random.Random(rng_seed)
    checklist = load_checklist(checklist_path)
    item_defs = [(item.id, item.title, item.section, float(item.weight), bool(item.critical))
                 for item in checklist.items]
    item_ids = [item[0] for item in item_defs]
    versions = _checklist_versions(checklist_path)
    end = end or date.today()
    first_day = end - timedelta(days=30 * months)
    span_days = (end - first_day).days + 1
    pool = _agents(rng, agents or max(5, min(400, calls // 400)), item_ids)
    weights = [1.0] * (len(pool) - 1) + [len(pool) * 0.01]
    customers = max(10, calls // 3)
    languages, language_weights = zip(*LANGUAGE_WEIGHTS.items(), strict=True)
    counts = dict.fromkeys(("calls", "scorecards", "item_results", "flags", "overrides"), 0)

    with store.engine.begin() as connection:
        ids = {
            name: (connection.scalar(select(func.max(model.id))) or 0)
            for name, model in (("call", Call), ("transcript", TranscriptRow),
                                ("scorecard", ScorecardRow), ("item", ItemResultRow),
                                ("flag", FlagRow), ("override", ItemOverride))
        }
        existing = {row[0] for row in connection.execute(select(ChecklistVersion.version).where(
            ChecklistVersion.checklist_id == checklist.id))}
        connection.execute(ChecklistVersion.__table__.insert(), [
            {"checklist_id": checklist.id, "version": version, "content_hash": digest,
             "body": body, "created_at": datetime.now(UTC)}
            for version, body, digest in versions if version not in existing
        ])
        run_id = connection.execute(Run.__table__.insert().values(
            kind="seed", status="finished", started_at=datetime.now(UTC), host="seed", pid=0,
            speechqa_version=__version__, options={"seed": rng_seed}, done=calls, skipped=0,
            failed=0, audio_seconds=0.0,
        )).inserted_primary_key[0]

    started = time.perf_counter()
    for chunk_start in range(0, calls, _CHUNK):
        rows: dict[str, list[dict]] = {name: [] for name in (
            "calls", "transcripts", "scorecards", "items", "flags", "overrides")}
        for _ in range(min(_CHUNK, calls - chunk_start)):
            ids["call"] += 1
            call_pk = ids["call"]
            agent = rng.choices(pool, weights)[0]
            day = first_day + timedelta(days=rng.randrange(span_days))
            started_at = datetime(day.year, day.month, day.day, rng.randrange(8, 20),
                                  rng.randrange(60), rng.randrange(60), tzinfo=UTC)
            language = rng.choices(languages, language_weights)[0]
            duration = round(max(45.0, rng.lognormvariate(5.6, 0.45)), 2)
            call_id = f"C{call_pk:08d}"
            sha = hashlib.sha256(f"{rng_seed}:{call_pk}".encode()).hexdigest()
            # Squaring skews towards low numbers: some customers call again and again.
            customer = None if rng.random() < 0.1 else f"CU{int(customers * rng.random() ** 2):07d}"
            rows["calls"].append({
                "id": call_pk, "sha256": sha, "call_id": call_id, "path": f"/calls/{call_id}.wav",
                "agent_id": agent.agent_id, "queue": agent.queue, "team": agent.team,
                "direction": "inbound" if rng.random() < 0.85 else "outbound",
                "customer_id": customer, "started_at": started_at, "language": language,
                "duration": duration, "channels": 2, "sample_rate": 8000, "format": "wav",
                "extra": {}, "created_at": started_at + timedelta(hours=12), "run_id": run_id,
            })
            ids["transcript"] += 1
            body, spans = _transcript_body(rng, call_id, sha, language, duration,
                                           rng.randint(30, 50))
            rows["transcripts"].append({
                "id": ids["transcript"], "call_pk": call_pk, "schema_version": "1.0",
                "language": language, "asr_model": "embedded:whisper-base@1.0.0", "body": body,
                "created_at": started_at + timedelta(hours=12), "run_id": run_id,
            })
            scored_with = [versions[0]]
            if version_switch is not None and day >= version_switch - timedelta(days=7):
                scored_with = [versions[1]] if day >= version_switch else versions
            for version, _, digest in scored_with:
                ids["scorecard"] += 1
                _scorecard(rng, rows, ids, counts, call_pk, call_id, agent, language, duration,
                           spans, item_defs, checklist.id, version, digest, run_id,
                           started_at, review_share)
            counts["calls"] += 1
        with store.engine.begin() as connection:
            for name, model in (("calls", Call), ("transcripts", TranscriptRow),
                                ("scorecards", ScorecardRow), ("items", ItemResultRow),
                                ("flags", FlagRow), ("overrides", ItemOverride)):
                if rows[name]:
                    connection.execute(model.__table__.insert(), rows[name])
        if progress:
            done = chunk_start + len(rows["calls"])
            rate = done / (time.perf_counter() - started)
            print(f"\r{done}/{calls} calls ({rate:.0f}/s)", end="", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    _reset_sequences(store)
    return counts


def _scorecard(rng, rows, ids, counts, call_pk, call_id, agent, language, duration, spans,
               item_defs, checklist_id, version, digest, run_id, started_at, review_share):
    scorecard_pk = ids["scorecard"]
    results = []
    for item_id, title, section, weight, critical in item_defs:
        if item_id == "identity_verification" and rng.random() < 0.2:
            status, reason = "not_applicable", "no account details were discussed"
        elif rng.random() < agent.skill[item_id]:
            status, reason = "passed", f"{item_id} phrase found"
        else:
            status, reason = "failed", f"no {item_id.replace('_', ' ')} phrase by the agent"
        turn = rng.randrange(0, len(spans), 2)
        evidence = [{"turn_index": turn, "start": spans[turn][0], "end": spans[turn][1],
                     "text": f"{item_id} evidence", "rule_id": f"{item_id}.phrases"}] \
            if status == "passed" else []
        results.append({"id": item_id, "title": title, "section": section, "status": status,
                        "weight": weight, "earned": weight if status == "passed" else 0.0,
                        "critical": critical, "evidence": evidence, "reason": reason})
    applicable = [r for r in results if r["status"] != "not_applicable"]
    max_score = sum(r["weight"] for r in applicable)
    earned = sum(r["earned"] for r in applicable)
    auto_failed = any(r["critical"] and r["status"] == "failed" for r in results)
    percent = 0.0 if auto_failed else round(100.0 * earned / max_score if max_score else 100, 2)
    flag_list = [{"code": f"missed_{r['id']}", "severity": "critical",
                  "reason": f"missed critical item '{r['title']}'", "start": None, "end": None}
                 for r in results if r["critical"] and r["status"] == "failed"]
    for code, severity, share in EXTRA_FLAGS:
        if rng.random() < share:
            start = round(rng.uniform(0, duration - 5), 2)
            flag_list.append({"code": code, "severity": severity, "reason": code.replace("_", " "),
                              "start": start, "end": round(start + 4, 2)})
    sentiment = rng.choices(["negative", "neutral", "positive"], [0.18, 0.57, 0.25])[0]
    talk_agent = round(duration * rng.uniform(0.35, 0.55), 2)
    talk_customer = round(duration * rng.uniform(0.25, 0.45), 2)
    silence = round(max(0.0, duration - talk_agent - talk_customer), 2)
    models = {"asr": "embedded:whisper-base@1.0.0 sha256:5f1c0e2b", "diarization":
              "stereo_channels", "sentiment": "speechqa-e5-sentiment@2"}
    body = {
        "schema_version": "1.0", "call_id": call_id, "checklist_id": checklist_id,
        "checklist_version": version, "language": language, "items": results,
        "score": 0.0 if auto_failed else earned, "max_score": max_score, "percent": percent,
        "auto_failed": auto_failed,
        "sentiment": {"customer_sentiment": sentiment, "customer_start": "neutral",
                      "customer_end": sentiment, "agent_sentiment": "neutral",
                      "customer_negative_share": 0.1, "model": None, "fallback": False},
        "metrics": {"duration": duration, "talk_ratio": {
            "agent": round(talk_agent / (talk_agent + talk_customer), 3),
            "customer": round(talk_customer / (talk_agent + talk_customer), 3)},
            "talk_seconds": {"agent": talk_agent, "customer": talk_customer},
            "longest_silence": min(silence, 9.5), "longest_silence_start": 12.0,
            "silence_seconds": silence, "overtalk_count": 1, "overtalk_seconds": 0.8,
            "agent_interruptions": 0, "words_per_minute": {"agent": 140.0, "customer": 120.0},
            "mean_word_probability": 0.86},
        "flags": flag_list,
        "needs_review": bool(flag_list and any(f["severity"] == "critical" for f in flag_list)),
    }
    created = started_at + timedelta(hours=12)
    rows["scorecards"].append({
        "id": scorecard_pk, "call_pk": call_pk, "transcript_pk": ids["transcript"],
        "checklist_id": checklist_id, "checklist_version": version, "schema_version": "1.0",
        "language": language, "score": body["score"], "max_score": max_score, "percent": percent,
        "auto_failed": auto_failed, "needs_review": body["needs_review"],
        "customer_sentiment": sentiment, "checklist_hash": digest,
        "agent_talk_s": talk_agent, "customer_talk_s": talk_customer, "silence_s": silence,
        "speechqa_version": __version__, "models": models,
        "body": json.dumps(body, ensure_ascii=False), "created_at": created, "run_id": run_id,
    })
    reviewed = rng.random() < (review_share * (4 if auto_failed else 1))
    for result in results:
        ids["item"] += 1
        rows["items"].append({
            "id": ids["item"], "scorecard_pk": scorecard_pk, "item_id": result["id"],
            "title": result["title"], "section": result["section"], "status": result["status"],
            "weight": result["weight"], "earned": result["earned"],
            "critical": result["critical"], "reason": result["reason"],
            "evidence": result["evidence"],
        })
        if reviewed and (result["status"] == "failed" or rng.random() < 0.15):
            # Reviewers mostly overturn misses the ASR caused; some confirm the machine.
            new = "passed" if result["status"] == "failed" and rng.random() < 0.6 \
                else result["status"]
            ids["override"] += 1
            rows["overrides"].append({
                "id": ids["override"], "item_result_pk": ids["item"], "reviewer": "supervisor1",
                "created_at": created + timedelta(days=1), "old_status": result["status"],
                "new_status": new, "comment": "listened to the recording",
            })
            counts["overrides"] += 1
    for flag in flag_list:
        ids["flag"] += 1
        rows["flags"].append({"id": ids["flag"], "scorecard_pk": scorecard_pk,
                              "code": flag["code"], "severity": flag["severity"],
                              "reason": flag["reason"], "start_s": flag["start"],
                              "end_s": flag["end"]})
    counts["scorecards"] += 1
    counts["item_results"] += len(results)
    counts["flags"] += len(flag_list)


def _reset_sequences(store: Store) -> None:
    """Explicit ids leave PostgreSQL's sequences behind; move them past the rows."""
    if store.engine.dialect.name != "postgresql":
        return
    with store.engine.begin() as connection:
        for table in ("calls", "transcripts", "scorecards", "item_results", "flags",
                      "item_overrides", "checklist_versions", "runs"):
            connection.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)"
            ))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="database URL or SQLite file path")
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--end", type=date.fromisoformat, default=None,
                        help="last day of the seeded period (default today)")
    parser.add_argument("--months", type=int, default=6)
    parser.add_argument("--agents", type=int, default=None)
    parser.add_argument("--version-switch", type=date.fromisoformat, default=None,
                        help="date from which calls are scored with checklist version 1.1.0")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with open_store(args.db) as store:
        counts = seed(store, args.calls, rng_seed=args.seed, end=args.end, months=args.months,
                      agents=args.agents, version_switch=args.version_switch, progress=True)
    print(json.dumps({**counts, "seconds": round(time.perf_counter() - started, 1)}))


if __name__ == "__main__":
    main()
