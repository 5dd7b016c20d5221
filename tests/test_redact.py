"""PII redaction: spoken numbers, checksums, every entity type in ru/uk/en/lt (typed and
ASR-style, split across turns), the hard negatives, transcript masking, flags, audio."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from _redact import found
from num2words import num2words

from speechqa.redact import checksums, detect, parse_types, redact_transcript
from speechqa.redact.audio import mask_samples, masked_ranges
from speechqa.redact.numbers import words_to_digits
from speechqa.schema import Transcript, Turn, Word

ROOT = Path(__file__).resolve().parent.parent
CARD = "4276380012345679"  # Luhn-valid


def types(turns, lang, roles=None) -> list[str]:
    return [kind for kind, _ in found(turns, lang, roles)]


def spoken(digits: str, lang: str) -> str:
    return " ".join(num2words(int(d), lang=lang) for d in digits)


@pytest.mark.parametrize("lang", ["ru", "uk", "en", "lt"])
def test_number_words_compose_like_speech(lang):
    for value in (7, 15, 42, 100, 305, 1985, 4276, 9999):
        text = num2words(value, lang=lang).replace(",", " ").replace("-", " ")
        assert words_to_digits(text.split()) == str(value), text
    assert words_to_digits(spoken("4276038", lang).split()) == "4276038"


def test_groups_concatenate_and_english_repeaters():
    assert words_to_digits(["сорок", "два", "ноль", "пять"]) == "4205"
    assert words_to_digits(["four", "two", "double", "seven", "oh"][:4]) == "4277"
    assert words_to_digits(["nineteen", "eighty", "five"]) == "1985"
    assert words_to_digits(["astuoni", "penkiasdesimt"]) == "850"  # diacritics dropped


def test_checksums():
    assert checksums.luhn(CARD) and not checksums.luhn("4276380012345673")
    assert checksums.inn("500100732259") and not checksums.inn("500100732250")
    assert checksums.snils("11223344595") and not checksums.snils("11223344596")
    assert checksums.asmens_kodas("33309240064") and not checksums.asmens_kodas("33309240065")
    assert checksums.iban("LT121000011101001000") and not checksums.iban("LT121000011101001001")
    assert checksums.iban("GB82WEST12345698765432")
    assert checksums.rnokpp("3184710691") or not checksums.rnokpp("3184710690")
    assert checksums.ssn("123456789") and not checksums.ssn("666456789")


@pytest.mark.parametrize("lang,cue", [("ru", "номер карты"), ("uk", "номер картки"),
                                      ("en", "my card number is"), ("lt", "kortelės numeris")])
def test_card_spoken_digit_by_digit_in_every_language(lang, cue):
    assert found([f"{cue} {spoken(CARD, lang)}"], lang) == [("CARD", spoken(CARD, lang))]


def test_card_split_across_turns_and_read_back():
    turns = [f"номер карты {spoken(CARD[:8], 'ru')}", "так дальше", spoken(CARD[8:], "ru"),
             f"проверяю {CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]} верно"]
    result = found(turns, "ru", ["customer", "agent", "customer", "agent"])
    assert [kind for kind, _ in result] == ["CARD", "CARD"]
    assert result[0][1] == f"{spoken(CARD[:8], 'ru')} | {spoken(CARD[8:], 'ru')}"


def test_card_in_four_digit_numbers_without_any_cue():
    text = "четыре тысячи двести семьдесят шесть три тысячи восемьсот одна тысяча двести " \
           "тридцать четыре пять тысяч шестьсот семьдесят девять"
    assert types([f"вот {text}"], "ru") == ["CARD"]  # 4276 3800 1234 5679 by Luhn alone


@pytest.mark.parametrize("turns,lang,expected", [
    (["срок действия ноль пять двадцать семь код на обороте три два один"], "ru",
     ["EXPIRY", "CVV"]),
    (["the expiry is 05/27 and the security code is 123"], "en", ["EXPIRY", "CVV"]),
    (["мой телефон восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"],
     "ru", ["PHONE"]),
    (["передзвоніть на +380 67 123 45 67"], "uk", ["PHONE"]),
    (["call me on oh seven nine one one two three four five six seven"], "en", ["PHONE"]),
    (["mano telefonas pliusas trys septyni nulis šeši vienas du trys keturi penki šeši"], "lt",
     ["PHONE"]),
    (["моя почта ivan.petrov@mail.ru"], "ru", ["EMAIL"]),
    (["it's john dot smith at gmail dot com"], "en", ["EMAIL"]),
    (["паспорт сорок пять ноль один сто двадцать три четыреста пятьдесят шесть"], "ru",
     ["PASSPORT"]),
    (["паспорт КМ 123456"], "uk", ["PASSPORT"]),
    (["paso numeris 12345678"], "lt", ["PASSPORT"]),
    (["мой инн 500100732259"], "ru", ["NATIONAL_ID"]),
    (["снилс 112-233-445 95"], "ru", ["NATIONAL_ID"]),
    (["mano asmens kodas 33309240064"], "lt", ["NATIONAL_ID"]),
    (["my national insurance number is QQ 12 34 56 C"], "en", ["NATIONAL_ID"]),
    (["my social security number is 123-45-6789"], "en", ["NATIONAL_ID"]),
    (["дата рождения пятнадцатого марта тысяча девятьсот восемьдесят пятого года"], "ru",
     ["DOB"]),
    (["date of birth march fifteenth nineteen eighty five"], "en", ["DOB"]),
    (["gimimo data 1985 m. kovo 15 d."], "lt", ["DOB"]),
    (["мій рахунок UA21 3223 1300 0002 6007 2335 6600 1"], "uk", ["ACCOUNT"]),
    (["номер договора один два три четыре пять шесть семь"], "ru", ["ACCOUNT"]),
    (["я живу на улице ленина дом пять квартира двенадцать"], "ru", ["ADDRESS"]),
    (["i live at 221 Baker Street"], "en", ["ADDRESS"]),
    (["gyvenu Gedimino prospektas 9"], "lt", ["ADDRESS"]),
    (["меня зовут иван петров"], "ru", ["PERSON"]),
    (["мене звати Олександр Шевченко"], "uk", ["PERSON"]),
    (["hi my name is Sarah Johnson"], "en", ["PERSON"]),
    (["mano vardas jonas kazlauskas"], "lt", ["PERSON"]),
    (["ольга викторовна подскажите пожалуйста"], "ru", ["PERSON"]),
])
def test_entity_types(turns, lang, expected):
    assert types(turns, lang) == expected


@pytest.mark.parametrize("turns,lang", [
    (["с карты списали две тысячи пятьсот рублей а должны были тысячу двести"], "ru"),
    (["ваша карта заканчивается на один два три четыре"], "ru"),
    (["is that the card ending in 4321", "yes the last four digits are 4321"], "en"),
    (["записала вас на пятнадцатое марта в четырнадцать тридцать"], "ru"),
    (["для оплаты нажмите два для оператора нажмите ноль"], "ru"),
    (["номер вашого замовлення 4815162", "доставка п'ятнадцятого березня"], "uk"),
    (["the refund of 2500 dollars will arrive within 5 days"], "en"),
    (["grąžinimas 150 eurų ateis per 5 dienas"], "lt"),
    (["на улице сегодня холодно"], "ru"),
])
def test_hard_negatives_are_left_alone(turns, lang):
    assert found(turns, lang) == []


def test_agent_self_introduction_is_not_a_customer_name():
    turns = ["здравствуйте меня зовут анна компания альфа", "меня зовут иван петров"]
    assert found(turns, "ru", ["agent", "customer"]) == [("PERSON", "иван петров")]


def test_types_can_be_switched_off():
    words = [f"номер карты {CARD} мой телефон +7 916 123-45-67".split()]
    only_phone = detect(words, ["customer"], "ru", parse_types("PHONE"))
    assert [f.type for f in only_phone] == ["PHONE"]
    with pytest.raises(ValueError, match="unknown entity type"):
        parse_types("CARD,SHOE")


def _transcript() -> Transcript:
    texts = ["Назовите номер карты и дату рождения.",
             f"Карта {CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}, родилась 15.03.1985."]
    turns, clock = [], 0.0
    for index, text in enumerate(texts):
        words = []
        for token in text.split():
            words.append(Word(text=token, start=round(clock, 2), end=round(clock + 0.4, 2),
                              probability=0.9))
            clock += 0.5
        turns.append(Turn(speaker=f"S{index}", role=["agent", "customer"][index],
                          start=words[0].start, end=words[-1].end, text=text, words=words))
    return Transcript(call_id="c1", language="ru", turns=turns)


def test_redacted_transcript_keeps_timestamps_and_records_no_values():
    original = _transcript()
    redacted = redact_transcript(original)
    customer = redacted.turns[1]
    assert customer.text == "Карта [CARD], родилась [DOB]."
    assert [w.text for w in customer.words] == ["Карта", "[CARD],", "родилась", "[DOB]."]
    card_word = customer.words[1]
    assert (card_word.start, card_word.end) == (original.turns[1].words[1].start,
                                                original.turns[1].words[4].end)
    spans = redacted.redaction.spans
    assert [(s.type, s.turn, s.word) for s in spans] == [("CARD", 1, 1), ("DOB", 1, 3)]
    dumped = redacted.model_dump_json()
    assert CARD[:4] not in dumped and "1985" not in dumped
    assert original.turns[1].text.startswith("Карта 4276")  # the input is not modified
    Transcript.model_validate_json(dumped)


def test_minimal_transcript_without_words_is_masked_in_text():
    transcript = Transcript(call_id="m", language="en", turns=[
        Turn(speaker="c", role="customer", start=1, end=4,
             text="My card number is 4276 3800 1234 5679 thanks")])
    redacted = redact_transcript(transcript)
    assert redacted.turns[0].text == "My card number is [CARD] thanks"
    assert redacted.redaction.spans[0].start == 1


def test_pci_exposure_flag_and_checklist_on_redacted_text():
    from speechqa.checklist import load_checklist
    from speechqa.scoring import score_transcript

    redacted = redact_transcript(_transcript())
    card = score_transcript(redacted, load_checklist(None), semantic=False)
    flag = next(f for f in card.flags if f.code == "pci_exposure")
    assert flag.severity == "critical" and card.needs_review
    assert CARD[:4] not in card.model_dump_json()
    plain = score_transcript(_transcript(), load_checklist(None), semantic=False)
    assert "pci_exposure" not in {f.code for f in plain.flags}


def test_checklist_results_unchanged_on_bundled_gold_calls(corpus_dir):
    from speechqa.checklist import load_checklist
    from speechqa.evaluate import load_corpus
    from speechqa.scoring import score_transcript

    checklist = load_checklist(None)
    _, calls = load_corpus(corpus_dir)
    for call in calls:
        before = score_transcript(call.gold, checklist, semantic=False)
        after = score_transcript(redact_transcript(call.gold), checklist, semantic=False)
        assert [i.status for i in before.items] == [i.status for i in after.items], call.call_id


def test_audio_spans_are_padded_merged_and_replaced():
    from speechqa.schema import RedactionSpan

    spans = [RedactionSpan(type="CARD", turn=0, start=1.0, end=2.0),
             RedactionSpan(type="DOB", turn=0, start=2.1, end=2.5)]
    ranges = masked_ranges(spans, duration=3.0, pad=0.2)
    assert ranges == [(0.8, 2.7)]
    rate = 16000
    noise = np.random.default_rng(0).uniform(-0.5, 0.5, (2, 3 * rate)).astype(np.float32)
    silent = mask_samples(noise, rate, ranges, "silence")
    assert np.abs(silent[:, int(0.8 * rate):int(2.7 * rate)]).max() == 0
    assert np.array_equal(silent[:, :int(0.8 * rate)], noise[:, :int(0.8 * rate)])
    beep = mask_samples(noise, rate, ranges, "beep")
    segment = beep[0, int(0.8 * rate):int(2.7 * rate)]
    spectrum = np.abs(np.fft.rfft(segment))
    assert abs(np.argmax(spectrum) * rate / len(segment) - 1000) < 5


def test_eval_set_is_large_and_labelled():
    items = [json.loads(line) for line in
             (ROOT / "benchmarks/data/redaction_eval.jsonl").read_text().splitlines()]
    assert len(items) >= 400
    assert {i["lang"] for i in items} == {"ru", "uk", "en", "lt"}
    assert sum(i["style"] == "asr" for i in items) * 2 == len(items)
    assert sum(not i["entities"] for i in items) >= 100  # hard negatives


def test_cli_redact_writes_masked_transcript(tmp_path):
    from typer.testing import CliRunner

    from speechqa.cli import app

    source = tmp_path / "call.json"
    source.write_text(json.dumps({"call_id": "x1", "language": "ru", "turns": [
        {"speaker": "customer", "start": 0, "end": 5,
         "text": f"номер карты {CARD}, телефон +7 916 123-45-67"}]}), encoding="utf-8")
    result = CliRunner().invoke(app, ["redact", str(source), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    written = (tmp_path / "out" / "x1.json").read_text(encoding="utf-8")
    assert CARD not in written and "916" not in written
    for suffix in ("srt", "vtt"):
        assert "[CARD]" in (tmp_path / "out" / f"x1.{suffix}").read_text(encoding="utf-8")
    bad = CliRunner().invoke(app, ["redact", str(tmp_path / "missing.json"), "--out",
                                   str(tmp_path / "o2")])
    assert bad.exit_code == 1


@pytest.mark.parametrize("args,hint", [
    (["transcribe", "x.wav", "--redact", "bogus"], "--redact"),
    (["score", "x.json", "--redact-types", "CARD,SHOE"], "--redact-types"),
    (["score", "x.json", "--redact-audio", "hum"], "--redact-audio"),
    (["batch", ".", "--redact", "text+audio"], "--redacted-audio-dir"),
])
def test_cli_rejects_bad_redaction_options(args, hint, tmp_path):
    from typer.testing import CliRunner

    from speechqa.cli import app

    result = CliRunner().invoke(app, [*args, *(["--db", str(tmp_path / "r.db")]
                                                if args[0] == "batch" else [])])
    assert result.exit_code == 2
    assert hint in result.output


def test_agent_read_back_of_a_number_dictated_with_echoes():
    turns = ["my phone number is one two nine", "one two nine", "three five three",
             "three five three", "seven four zero two", "okay so that's one two nine three five "
             "three seven four zero two"]
    roles = ["customer", "agent", "customer", "agent", "customer", "agent"]
    result = found(turns, "en", roles)
    assert [kind for kind, _ in result] == ["PHONE", "PHONE"]
    assert result[1][1] == "one two nine three five three seven four zero two"


def test_address_dictated_over_several_turns_with_its_postcode():
    turns = ["okay and what is the company address", "zero seven six", "first street",
             "harper valley california", "six three four five three"]
    roles = ["agent", "customer", "customer", "customer", "customer"]
    assert found(turns, "en", roles) == [(
        "ADDRESS",
        "zero seven six | first street | harper valley california | six three four five three",
    )]


def test_capitalised_first_name_and_surname_in_cased_text():
    assert found(["Сейчас проверю. Ярослав Гусь?"], "ru", ["agent"]) == [
        ("PERSON", "Ярослав Гусь?")]
    assert found(["Спасибо, компания Альфа, до свидания."], "ru", ["agent"]) == []


def test_hesitations_inside_spoken_numbers():
    card = "мій номер " + " е ".join(
        spoken(CARD[i:i + 4], "uk") for i in range(0, 16, 4))
    assert types([card], "uk") == ["CARD"]
    phone = "my number's oh seven five four oh um three five four eight one oh that's my cell"
    assert found([phone], "en") == [
        ("PHONE", "oh seven five four oh um three five four eight one oh")]


def test_a_quantity_in_the_next_turn_does_not_unmask_the_number_before_it():
    turns = [f"номер карты {spoken(CARD, 'ru')}", "две минуты пожалуйста"]
    assert found(turns, "ru", ["customer", "agent"]) == [("CARD", spoken(CARD, "ru"))]
