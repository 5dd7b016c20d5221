"""Render the sentiment/anger tuning calls to mono telephone audio and transcribe them once.

    nice -n 10 python benchmarks/make_sentiment_audio.py [--sets sentiment_calls anger_calls2]

The whole-call tuning sets (``benchmarks/data/sentiment_calls.json``, ``anger_calls.json``,
``anger_calls2.json``: turns with call-level labels, no audio) become development-corpus
folders under ``benchmarks/cache/sentiment-audio/<set>/`` (git-ignored): ``calls.json``,
``timing/``, ``audio/<id>.wav`` (8 kHz mono after a G.711 round trip) and ``stereo/``,
rendered by ``make_fresh_audio.render`` (RHVoice for ru/uk/en, espeak-ng for lt) so that ASR
errors are like those of the held-out sets. Each call is then run once through the real mono
pipeline (Whisper base, diarisation, role labelling) and its transcript cached as
``speechqa eval`` caches them (``<set>/transcripts/mono/<id>.json``), so
``speechqa eval <set> --mode mono --cache-dir <set>/transcripts`` and the sentiment bench read
it without rerunning ASR. Existing audio and transcripts are kept.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import soundfile

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_fresh_audio import RATE, render

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
OUT = ROOT / "benchmarks" / "cache" / "sentiment-audio"
SETS = ("sentiment_calls", "anger_calls", "anger_calls2")
INTENSITY_REASONS = {"escalation": "escalation_request", "legal_threat": "legal_threat"}


def review_reasons(record: dict) -> list[str]:
    """The dev-format review reasons a call's anger labels imply."""
    if not record.get("angry_customer"):
        return []
    extra = INTENSITY_REASONS.get(record.get("angry_intensity") or "")
    return ["angry_customer", *([extra] if extra else [])]


def build(name: str, out: Path) -> Path:
    """One tuning set as a dev-format corpus folder with rendered audio; returns the folder."""
    folder = out / name
    for sub in ("timing", "audio", "stereo"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    records = []
    source = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    for index, record in enumerate(source):
        call_id = record["id"]
        call = {"id": call_id, "language": record["language"], "turns": [
            {"speaker": t["speaker"], "text": t["text"], "tags": [], "overlap": False}
            for t in record["turns"]]}
        wav = folder / "audio" / f"{call_id}.wav"
        timing_path = folder / "timing" / f"{call_id}.json"
        if not (wav.exists() and timing_path.exists()):
            mono, stereo, timing = render(call, index)
            duration = round(len(mono) / RATE, 3)
            soundfile.write(wav, mono, RATE, subtype="PCM_16")
            soundfile.write(folder / "stereo" / f"{call_id}.flac", stereo, RATE,
                            subtype="PCM_16")
            timing_path.write_text(json.dumps({
                "id": call_id, "language": record["language"], "duration": duration,
                "sample_rate": RATE, "turns": timing}, ensure_ascii=False, indent=1) + "\n",
                encoding="utf-8")
        duration = json.loads(timing_path.read_text(encoding="utf-8"))["duration"]
        reasons = review_reasons(record)
        records.append({
            "id": call_id, "language": record["language"],
            "scenario": record.get("scenario"), "turns": record["turns"],
            "labels": {"customer_sentiment": record["customer_sentiment"],
                       "needs_review": bool(reasons), "notes": record.get("note", "")},
            "aux": {"customer_sentiment_end": record["customer_sentiment_end"],
                    "review_reasons": reasons},
            "duration_s": duration,
            "audio": {"mono_8k_wav": f"audio/{call_id}.wav",
                      "stereo_8k_flac": f"stereo/{call_id}.flac",
                      "timing": f"timing/{call_id}.json"},
        })
        print(f"{name} {call_id}: {duration:6.1f} s", flush=True)
    (folder / "calls.json").write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")
    return folder


def transcribe(folder: Path) -> None:
    """Run the mono pipeline over a built set once, caching each transcript."""
    from speechqa.evaluate import load_dev_corpus, transcripts_for

    calls = load_dev_corpus(folder)
    started = time.perf_counter()
    transcripts_for(calls, "mono", cache_dir=folder / "transcripts",
                    progress=lambda message: print(message, flush=True))
    print(f"{folder.name}: {len(calls)} calls in {time.perf_counter() - started:.0f} s",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--no-transcribe", action="store_true", help="render the audio only")
    args = parser.parse_args()
    folders = [build(name, args.out) for name in args.sets]
    if not args.no_transcribe:
        for folder in folders:
            transcribe(folder)


if __name__ == "__main__":
    main()
