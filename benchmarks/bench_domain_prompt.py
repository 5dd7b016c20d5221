"""ASR with and without the site's domain prompt on real Russian support calls.

Runs the mono pipeline (embedded Whisper base, diarisation, roles, checklist) on the six
role-played calls of ``real_speech/spbu_support_calls`` twice: without hints, and with
``--vocabulary benchmarks/data/vocabulary-spbu.yaml`` (built from the corpus README's
description of the service, «техническая поддержка СПбГУ», never from the reference texts).
Reports per call and pooled: WER against the reference (numbers spelt out, punctuation
dropped), whether the greeting item passes (every agent greets and names the service), and
whether the roles are right (the agent opens every call, so the first turn must be the
agent's). The audio and references are not redistributable: only figures are written, no
text (the transcripts stay in the git-ignored cache).

Run: ``nice -n 10 python benchmarks/bench_domain_prompt.py`` (one thread by default).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import jiwer
from bench_transcribe import machine_info, normalise

from speechqa.pipeline import Pipeline, PipelineConfig
from speechqa.schema import Transcript
from speechqa.vocabulary import DomainPrompt, load_vocabulary

ROOT = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("SPEECHQA_SHARED", ROOT.parent.parent / "shared"))
CORPUS = SHARED / "real_speech" / "spbu_support_calls"
VOCABULARY = ROOT / "data" / "vocabulary-spbu.yaml"


class HotwordsOnly(DomainPrompt):
    """The site's names as hotwords, no opening prompt."""

    def initial_prompt(self, language: str | None) -> str | None:
        return None


class PromptOnly(DomainPrompt):
    """The opening prompt, no hotwords."""

    def hotwords(self, language: str | None) -> str | None:
        return None


HINTS = {"hotwords+prompt": DomainPrompt, "hotwords-only": HotwordsOnly,
         "prompt-only": PromptOnly}


def run_variant(name: str, vocabulary: Path | None, calls: list[dict], threads: int,
                cache: Path, hints: str = "hotwords+prompt") -> dict:
    pipeline = Pipeline(PipelineConfig(
        threads=threads, language="ru", vocabulary=str(vocabulary) if vocabulary else None
    ))
    if vocabulary is not None:
        pipeline.__dict__["domain_prompt"] = HINTS[hints](
            load_vocabulary(vocabulary), pipeline.checklist
        )
    rows, hyps, refs = [], [], []
    for call in calls:
        stem = Path(call["file"]).stem
        cached = cache / name / f"{stem}.json"
        if cached.exists():
            transcript = Transcript.model_validate_json(cached.read_text(encoding="utf-8"))
            seconds = None
        else:
            started = time.perf_counter()
            transcript = pipeline.transcribe(CORPUS / call["file"], call_id=stem, language="ru")
            seconds = round(time.perf_counter() - started, 1)
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_text(transcript.model_dump_json(), encoding="utf-8")
        card = pipeline.score(transcript)
        hypothesis = normalise(" ".join(t.text for t in transcript.turns), "ru")
        reference = normalise(call["text"], "ru")
        measures = jiwer.process_words(reference, hypothesis)
        turns = sorted(transcript.turns, key=lambda t: t.start)
        rows.append({
            "call": stem,
            "wer": round(measures.wer, 4),
            "ref_words": len(reference.split()),
            "greeting_passed": card.item("greeting").status == "passed",
            "roles_right": bool(turns) and turns[0].role == "agent",
            "seconds": seconds,
        })
        hyps.append(hypothesis)
        refs.append(reference)
        print(name, rows[-1], flush=True)
    pooled = jiwer.process_words(refs, hyps)
    return {
        "vocabulary": str(vocabulary.relative_to(ROOT.parent)) if vocabulary else None,
        "hotwords": pipeline.domain_prompt.hotwords("ru") if pipeline.domain_prompt else None,
        "initial_prompt": (
            pipeline.domain_prompt.initial_prompt("ru") if pipeline.domain_prompt else None
        ),
        "wer": round(pooled.wer, 4),
        "greeting_passed": sum(row["greeting_passed"] for row in rows),
        "roles_right": sum(row["roles_right"] for row in rows),
        "calls": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--cache", type=Path, default=ROOT / "cache" / "spbu-transcripts")
    parser.add_argument("--out", type=Path,
                        default=ROOT / "results" / "domain-prompt-spbu.json")
    args = parser.parse_args()
    calls = json.loads((CORPUS / "calls.json").read_text(encoding="utf-8"))
    report = {
        "machine": machine_info(),
        "corpus": "real_speech/spbu_support_calls (6 calls, real voices, not redistributable)",
        "model": "embedded whisper-base, beam 5, int8, language ru",
        "greeting_truth": "all 6 agents greet and name the service",
        "after_means": "hotwords + opening prompt (the --vocabulary behaviour)",
        "before": run_variant("before", None, calls, args.threads, args.cache),
        "after": run_variant("after", VOCABULARY, calls, args.threads, args.cache),
        "hotwords_only": run_variant("hotwords-only", VOCABULARY, calls, args.threads,
                                     args.cache, "hotwords-only"),
        "prompt_only": run_variant("prompt-only", VOCABULARY, calls, args.threads,
                                   args.cache, "prompt-only"),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
    for name in ("before", "after", "hotwords_only", "prompt_only"):
        part = report[name]
        print(f"{name}: WER {part['wer']:.3f}, greeting {part['greeting_passed']}/6, "
              f"roles {part['roles_right']}/6")


if __name__ == "__main__":
    main()
