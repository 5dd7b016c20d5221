"""Regenerate ``tests/fixtures/corpus``: a few calls written for the tests, in the format of
the development corpus (``calls.json``, ``labels.csv``, ``timing/``, ``rttm/``, ``audio/``,
``stereo/``), so the tests that need labelled calls run on any checkout.

Every call below was written for these tests (companies, people and wording are made up);
its labels follow the checklist's item definitions. Each turn is spoken by espeak-ng (one
voice per role), turns are laid end to end with short pauses, and the timings and RTTM are
taken from the synthesised speech itself, so they are exact. Audio is written for the calls
marked ``audio`` only (8 kHz: mono G.711 mu-law WAV, stereo FLAC with the agent on the
left), to keep the fixtures small.

    python tools/make_test_fixtures.py            # needs espeak-ng on the PATH
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import soundfile
from scipy.signal import resample_poly

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "corpus"
RATE = 8000
ESPEAK_RATE = 22050
ITEMS = (
    "greeting",
    "recording_disclosure",
    "identity_verification",
    "clarifying_questions",
    "summary",
    "anything_else",
    "thanks",
)
FIRST_START_S = 0.6
PAUSE_S = 0.55
VOICES = {
    "ru": {"agent": "ru+f2", "customer": "ru+m3"},
    "uk": {"agent": "uk+f2", "customer": "uk+m3"},
    "en": {"agent": "en-us+f2", "customer": "en-us+m3"},
}

ALL = dict.fromkeys(ITEMS, True)

CALLS: list[dict] = [
    {
        "id": "fx_01",
        "language": "ru",
        "scenario": "card_fee_refund",
        "company": "Банк «Северный»",
        "audio": True,
        "labels": ALL,
        "customer_sentiment": "neutral",
        "review_reasons": [],
        "notes": "Reference good call: every item present.",
        "turns": [
            ("agent", "Добрый день, банк «Северный», меня зовут Анна. Наш разговор "
                      "записывается. Чем могу помочь?"),
            ("customer", "Здравствуйте. Я хочу узнать, почему с карты списали комиссию."),
            ("agent", "Подскажите, пожалуйста, кодовое слово и дату рождения."),
            ("customer", "Кодовое слово берёза, дата рождения третье мая."),
            ("agent", "Вижу списание двести рублей за обслуживание карты. Правильно ли я "
                      "понимаю, что вы оформляли бесплатный тариф?"),
            ("customer", "Да, именно бесплатный."),
            ("agent", "Тариф сменился автоматически. Я верну комиссию и подключу бесплатный "
                      "тариф снова. Вам подходит такой вариант?"),
            ("customer", "Да, подходит."),
            ("agent", "Итак, подведём итог: комиссия двести рублей вернётся на карту в течение "
                      "трёх рабочих дней, тариф снова бесплатный. Могу ли я ещё чем-нибудь "
                      "помочь?"),
            ("customer", "Нет, это всё."),
            ("agent", "Спасибо за обращение, всего доброго!"),
        ],
    },
    {
        "id": "fx_02",
        "language": "ru",
        "scenario": "internet_outage",
        "company": "Интернет-провайдер «Линия»",
        "audio": False,
        "labels": {**ALL, "identity_verification": False, "summary": False},
        "customer_sentiment": "negative",
        "review_reasons": [],
        "notes": "Identity explicitly waived («называть не нужно»); no recap.",
        "turns": [
            ("agent", "Здравствуйте, интернет-провайдер «Линия», оператор Сергей. Звонок "
                      "записывается. Слушаю вас."),
            ("customer", "У меня третий день нет интернета, это очень неудобно."),
            ("agent", "Понимаю. Назовите, пожалуйста, адрес подключения. Паспортные данные "
                      "называть не нужно."),
            ("customer", "Улица Садовая, дом пять, квартира двенадцать."),
            ("agent", "По вашему адресу авария на линии. То есть вы совсем не можете "
                      "подключиться?"),
            ("customer", "Да, совсем ничего не работает. Плохо, что никто не предупредил."),
            ("agent", "Бригада уже занимается аварией."),
            ("customer", "Ладно, жду."),
            ("agent", "Остались ли у вас ещё вопросы?"),
            ("customer", "Нет."),
            ("agent", "Спасибо за звонок, до свидания."),
        ],
    },
    {
        "id": "fx_03",
        "language": "en",
        "scenario": "roaming_charge",
        "company": "Nova Mobile",
        "audio": False,
        "labels": {**ALL, "thanks": False},
        "customer_sentiment": "positive",
        "review_reasons": [],
        "notes": "Only the customer thanks at the end; the agent never does.",
        "turns": [
            ("agent", "Good afternoon, you have reached Nova Mobile, my name is Kate. This call "
                      "is recorded for quality purposes. How can I help?"),
            ("customer", "Hi, my phone bill is much higher than usual this month."),
            ("agent", "I can look into that. Could you give me the last four digits of the "
                      "account holder's social security number?"),
            ("customer", "Sure, it's four five one two."),
            ("agent", "I see an international roaming charge of twelve dollars from your trip. "
                      "Just to confirm, were you abroad last week?"),
            ("customer", "Yes, I was in Canada for a few days."),
            ("agent", "I have removed the charge as a one time courtesy, and I can add a travel "
                      "pass for next time. Does that work for you?"),
            ("customer", "That works, great."),
            ("agent", "To recap, the twelve dollar charge is removed and the refund will show on "
                      "your next bill. Is there anything else I can help you with?"),
            ("customer", "No, that's all. Thanks a lot, bye."),
            ("agent", "Have a good day, goodbye."),
        ],
    },
    {
        "id": "fx_04",
        "language": "uk",
        "scenario": "delivery_address_change",
        "company": "Інтернет-магазин «Затишок»",
        "audio": False,
        "labels": {**ALL, "identity_verification": False},
        "customer_sentiment": "neutral",
        "review_reasons": [],
        "notes": "The codeword is asked only after the order details were read out.",
        "turns": [
            ("agent", "Добрий день, інтернет-магазин «Затишок», мене звати Олена. Розмова "
                      "записується. Чим можу допомогти?"),
            ("customer", "Добрий день. Я хочу дізнатися, коли привезуть моє замовлення."),
            ("agent", "Бачу ваше замовлення на суму три тисячі гривень, доставка запланована "
                      "на п'ятницю."),
            ("customer", "Добре, а можна змінити адресу доставки?"),
            ("agent", "Так. Назвіть, будь ласка, кодове слово для підтвердження."),
            ("customer", "Кодове слово соняшник."),
            ("agent", "Адресу змінено. Вам зручно, якщо кур'єр зателефонує за годину до "
                      "приїзду?"),
            ("customer", "Так, зручно."),
            ("agent", "Отже, підсумуємо: доставка в п'ятницю на нову адресу, кур'єр "
                      "зателефонує за годину. Чи можу я ще чимось допомогти?"),
            ("customer", "Ні, це все."),
            ("agent", "Дякую за звернення, гарного дня!"),
        ],
    },
    {
        "id": "fx_05",
        "language": "ru",
        "scenario": "subscription_cancel",
        "company": "Компания «ТелеЛинк»",
        "audio": False,
        "labels": {**ALL, "recording_disclosure": False},
        "customer_sentiment": "neutral",
        "review_reasons": ["missing_disclosure"],
        "notes": "The recording disclosure comes only after 30 s, in the middle of the call.",
        "turns": [
            ("agent", "Здравствуйте, компания «ТелеЛинк», меня зовут Олег. Чем могу помочь?"),
            ("customer", "Добрый день. Хочу отключить платную подписку на музыку, она мне "
                         "больше не нужна."),
            ("agent", "Назовите, пожалуйста, номер договора."),
            ("customer", "Номер договора сорок два ноль семь пятнадцать."),
            ("agent", "Вижу подписку за сто девяносто девять рублей в месяц, она подключена "
                      "с прошлого года."),
            ("customer", "Да, это она, отключите её, пожалуйста. И проверьте, нет ли у меня "
                         "других платных услуг."),
            ("agent", "Других платных услуг на вашем номере нет, только эта подписка."),
            ("customer", "Хорошо, тогда только её."),
            ("agent", "Кстати, предупреждаю, наш разговор записывается."),
            ("customer", "Хорошо."),
            ("agent", "Подписку я отключил. Вам всё понятно?"),
            ("customer", "Да, понятно."),
            ("agent", "Итак, подведём итог: подписка отключена с сегодняшнего дня, деньги "
                      "больше списываться не будут. Есть ли у вас ещё вопросы?"),
            ("customer", "Нет."),
            ("agent", "Спасибо за звонок, всего доброго."),
        ],
    },
    {
        "id": "fx_06",
        "language": "en",
        "scenario": "office_hours",
        "company": "Sunrise Energy",
        "audio": True,
        "labels": {**ALL, "identity_verification": False, "summary": False},
        "customer_sentiment": "neutral",
        "review_reasons": [],
        "notes": "A short information call (under 30 s): summary is not applicable.",
        "turns": [
            ("agent", "Hello, Sunrise Energy, this is Mark, and this call is recorded."),
            ("customer", "Hi, what time does your office close today?"),
            ("agent", "We close at six today. Does that answer your question?"),
            ("customer", "Yes."),
            ("agent", "Anything else I can help with?"),
            ("customer", "No, bye."),
            ("agent", "Thank you for calling, goodbye."),
        ],
    },
]


def speak(text: str, voice: str, folder: Path) -> np.ndarray:
    """One turn spoken by espeak-ng, at 8 kHz, with its leading and trailing silence cut."""
    wav = folder / "turn.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", "165", "-w", str(wav), text], check=True)
    samples, rate = soundfile.read(wav, dtype="float32")
    assert rate == ESPEAK_RATE, rate
    samples = resample_poly(samples, RATE, ESPEAK_RATE).astype(np.float32)
    loud = np.flatnonzero(np.abs(samples) > 0.01)
    return samples[loud[0] : loud[-1] + 1] * 0.8


def render(call: dict, folder: Path) -> tuple[list[dict], np.ndarray, float]:
    """(timed turns, stereo samples [agent, customer], duration in seconds)."""
    voices = VOICES[call["language"]]
    spoken = [(role, text, speak(text, voices[role], folder)) for role, text in call["turns"]]
    timed = []
    cursor = FIRST_START_S
    for index, (role, text, samples) in enumerate(spoken):
        start = round(cursor, 3)
        end = round(start + len(samples) / RATE, 3)
        timed.append({"idx": index, "speaker": role, "start": start, "end": end, "text": text,
                      "overlaps_previous": False, "overlapped": False})
        cursor = end + PAUSE_S
    duration = round(cursor - PAUSE_S + FIRST_START_S, 3)
    stereo = np.zeros((2, round(duration * RATE)), dtype=np.float32)
    for (role, _, samples), turn in zip(spoken, timed, strict=True):
        offset = round(turn["start"] * RATE)
        stereo[0 if role == "agent" else 1, offset : offset + len(samples)] += samples
    return timed, np.clip(stereo, -1, 1), duration


def main() -> None:
    if shutil.which("espeak-ng") is None:
        raise SystemExit("espeak-ng is needed (apt-get install espeak-ng)")
    if OUT.exists():
        shutil.rmtree(OUT)
    for sub in ("timing", "rttm", "audio", "stereo"):
        (OUT / sub).mkdir(parents=True)
    records = []
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for call in CALLS:
            timed, stereo, duration = render(call, Path(scratch))
            cid = call["id"]
            audio = {"rttm": f"rttm/{cid}.rttm", "timing": f"timing/{cid}.json"}
            if call["audio"]:
                audio["mono_8k_wav"] = f"audio/{cid}.wav"
                audio["stereo_8k_flac"] = f"stereo/{cid}.flac"
                soundfile.write(OUT / audio["mono_8k_wav"], np.clip(stereo.sum(0), -1, 1), RATE,
                                format="WAV", subtype="ULAW")
                soundfile.write(OUT / audio["stereo_8k_flac"], stereo.T, RATE,
                                format="FLAC", subtype="PCM_16")
            timing = {"id": cid, "language": call["language"], "duration": duration,
                      "sample_rate": RATE, "turns": timed}
            (OUT / audio["timing"]).write_text(
                json.dumps(timing, ensure_ascii=False, indent=1) + "\n", "utf-8")
            (OUT / audio["rttm"]).write_text("".join(
                f"SPEAKER {cid} 1 {t['start']:.3f} {t['end'] - t['start']:.3f} <NA> <NA> "
                f"{t['speaker']} <NA> <NA>\n" for t in timed), "utf-8")
            needs_review = bool(call["review_reasons"])
            labels = {**call["labels"], "customer_sentiment": call["customer_sentiment"],
                      "needs_review": needs_review, "notes": call["notes"]}
            records.append({
                "id": cid, "language": call["language"], "scenario": call["scenario"],
                "company": call["company"], "voices": VOICES[call["language"]],
                "turns": [{"speaker": role, "text": text} for role, text in call["turns"]],
                "labels": labels, "aux": {"review_reasons": call["review_reasons"]},
                "duration_s": duration, "noise": "none", "audio": audio,
            })
            rows.append({"id": cid, "language": call["language"], "scenario": call["scenario"],
                         "duration_s": duration,
                         **{item: int(call["labels"][item]) for item in ITEMS},
                         "customer_sentiment": call["customer_sentiment"],
                         "needs_review": int(needs_review),
                         "review_reasons": ";".join(call["review_reasons"])})
    (OUT / "calls.json").write_text(
        json.dumps(records, ensure_ascii=False, indent=1) + "\n", "utf-8")
    with (OUT / "labels.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    size = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(f"{len(records)} calls, {size / 1e6:.2f} MB in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
