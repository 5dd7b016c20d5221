"""The default checklist (1.3.0) on text as ASR and diarisation deliver it from mono audio:
garbled key words, a company name after a comma ASR inserted, a politely stated secret whose
asking verb was misheard, the customer's reply merged into the agent's opening, and a recap in
an agent turn that swallowed the customer's answer. Each failed on checklist 1.2.0. The garbled
sentences are modelled on Whisper's errors on the in-sample train_items audio."""

from __future__ import annotations

import pytest
from checklist_helpers import make_transcript

from speechqa.checklist import load_checklist
from speechqa.rules import Context, build_call, compile_checklist, evaluate_item
from speechqa.schema import Transcript, Turn, Word


def decide_on(item_id: str, transcript: Transcript) -> bool:
    compiled = compile_checklist(load_checklist())
    entry = next(e for e in compiled.items if e.item.id == item_id)
    return evaluate_item(entry, Context(build_call(transcript, compiled.vocabulary))).matched


def decide(item_id: str, turns, language: str) -> bool:
    return decide_on(item_id, make_transcript(turns, language=language))


@pytest.mark.parametrize(
    ("language", "text", "disclosed"),
    [
        # the noun garbled, the reflexive/passive verb intact
        ("ru", "Добрый день, клиника доктор плюс, Света, в вонке записываются.", True),
        ("uk", "Добрий день, банк приват кредит, Тарас, слухаю вас, двіно записується.", True),
        ("en", "Hi, Larkspur Home, Nina speaking, cool is being recorded.", True),
        ("en", "Good morning, Lakeside Inn, this may be recorded for training.", True),
        # an appointment, not a disclosure
        ("ru", "Добрый день, клиника доктор плюс, вы записаны к терапевту на понедельник.", False),
        ("ru", "Добрый день, я записываю ваш номер телефона.", False),
        ("en", "Hello, you may be charged a small fee for the visit.", False),
    ],
)
def test_disclosure_by_the_passive_verb_when_asr_garbles_its_noun(language, text, disclosed):
    turns = [("agent", 1, 6, text), ("customer", 7, 9, "Да, слушаю.")]
    assert decide("recording_disclosure", turns, language) is disclosed


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Доброе утро, страховая компания, надежный ты, Андрей, слушай вас.", True),
        ("Добрый день, интернет-магазин, Ласточка, слушаю вас.", True),
        # after the comma: the agent's name or an offer of help, not a company
        ("Добрый день, служба доставки, Андрей, слушаю вас.", False),
        ("Здравствуйте, магазин, слушаю вас.", False),
    ],
)
def test_company_name_after_a_comma_asr_inserted(text, named):
    turns = [("agent", 1, 6, text), ("customer", 7, 9, "Да, у меня вопрос по счёту.")]
    assert decide("greeting", turns, "ru") is named


@pytest.mark.parametrize(
    ("language", "text", "asked"),
    [
        ("ru", "На завице, пожалуй, становится номер договора.", True),
        ("ru", "Номер договора, пожалуйста.", True),
        ("uk", "Дату народження, будь ласка.", True),
        # a waiver or a question about the secret's delivery stays a mention
        ("ru", "Пожалуйста, никому не сообщайте кодовое слово.", False),
        ("ru", "Пожалуйста, проверьте, пришёл ли вам пин-код.", False),
    ],
)
def test_secret_with_a_politeness_word_is_a_request(language, text, asked):
    turns = [
        ("agent", 1, 5, "Добрый день, банк Вектор, слушаю вас."),
        ("customer", 6, 9, "Здравствуйте, у меня вопрос по карте."),
        ("agent", 10, 14, text),
        ("customer", 15, 17, "Сейчас."),
    ]
    assert decide("identity_verification", turns, language) is asked


def test_customer_reply_merged_into_the_opening_is_not_a_company_name():
    opening = (
        "Алло, здравствуйте, меня зовут Кирилл, слушаю вас. Здравствуйте, у меня телефон "
        "заблокировался, просит пукот. Пукот написан на пластиковой карте."
    )
    turns = [("agent", 1, 14, opening), ("customer", 15, 18, "Понятно, спасибо.")]
    assert decide("greeting", turns, "ru") is False


def _timed_turn(role: str, sentences: list[tuple[float, str]], word_s: float = 0.3) -> Turn:
    """A turn with word timestamps: each sentence starts at its time, one word every word_s."""
    words = []
    for start, sentence in sentences:
        for index, token in enumerate(sentence.split()):
            at = start + index * word_s
            words.append(Word(text=token, start=at, end=at + word_s * 0.8))
    text = " ".join(sentence for _, sentence in sentences)
    return Turn(speaker=role, role=role, start=words[0].start, end=words[-1].end, text=text,
                words=words)


def _merged_recap_call(recap_at: float) -> Transcript:
    """A 35 s call whose agent turn starts before the closing window (the last half),
    swallows the customer's «Понедельник подходит.» and runs into the recap, as diarisation
    of mono audio often delivers it."""
    return Transcript(
        call_id="merged",
        language="ru",
        turns=[
            _timed_turn("agent", [(1.0, "Добрый день, клиника Плюс, слушаю вас.")]),
            _timed_turn("customer", [(4.0, "Здравствуйте, хочу записаться к терапевту.")]),
            _timed_turn(
                "agent",
                [
                    (14.0, "Есть время в понедельник в девять."),
                    (20.0, "Понедельник подходит."),
                    (
                        recap_at,
                        "Ещё раз проговорю, вы записаны к терапевту на понедельник на девять "
                        "утра, кабинет двести пять, приходите за десять минут.",
                    ),
                ],
            ),
            _timed_turn("customer", [(recap_at + 7.5, "Спасибо большое.")]),
            _timed_turn("agent", [(recap_at + 9.0, "Спасибо за звонок, до свидания.")]),
        ],
    )


def test_recap_after_a_pause_in_a_merged_asr_turn_is_in_the_closing_window():
    assert decide_on("summary", _merged_recap_call(recap_at=24.0)) is True


def test_recap_without_word_timestamps_keeps_the_turn_start():
    merged = _merged_recap_call(recap_at=24.0)
    plain = merged.model_copy(
        update={"turns": [t.model_copy(update={"words": []}) for t in merged.turns]}
    )
    assert decide_on("summary", plain) is False
