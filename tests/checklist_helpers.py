"""Small builders and hand-written calls for the checklist-engine tests.

``HELD_OUT_STYLE_CALLS`` are short calls written for these tests with companies, scenarios and
wording that appear nowhere in the development corpus (and in Lithuanian, which it lacks):
they check that the default checklist's rules follow the label definitions rather than
the corpus sentences.
"""

from __future__ import annotations

from speechqa.evaluate import ITEM_IDS as ITEMS
from speechqa.schema import AudioInfo, Transcript, Turn


def make_transcript(
    turns: list[tuple[str, float, float, str]],
    *,
    call_id: str = "t",
    language: str | None = "ru",
    duration: float | None = None,
) -> Transcript:
    """A transcript from (role, start, end, text) tuples."""
    return Transcript(
        call_id=call_id,
        language=language,
        audio=AudioInfo(duration=duration) if duration is not None else None,
        turns=[
            Turn(speaker=role, role=role, start=start, end=end, text=text)
            for role, start, end, text in turns
        ],
    )


HELD_OUT_STYLE_CALLS: list[dict] = [
    {
        "id": "ru_all_present",
        "language": "ru",
        "expect": {item: True for item in ITEMS},
        "turns": [
            (
                "agent",
                0.8,
                8.0,
                "Доброе утро! Вы позвонили в компанию «Вектор Телеком», меня "
                "зовут Ольга. Обращаю внимание, что ведётся запись разговора.",
            ),
            (
                "customer",
                8.5,
                14.0,
                "Здравствуйте. Хочу отключить платную подписку на кино, она мне больше не нужна.",
            ),
            ("agent", 14.5, 19.0, "Хорошо. Продиктуйте, пожалуйста, номер лицевого счёта."),
            ("customer", 19.5, 23.0, "Три один пять, восемь восемь два."),
            (
                "agent",
                23.5,
                31.0,
                "Спасибо, нашла. Подписка «Кинозал» подключена с марта. "
                "Я верно понимаю, что отключить нужно только её, а пакет "
                "каналов оставить?",
            ),
            ("customer", 31.5, 34.0, "Да, только кино."),
            (
                "agent",
                34.5,
                47.0,
                "Подытожим: подписка «Кинозал» отключится сегодня в полночь, "
                "списаний за неё больше не будет, а подтверждение придёт вам "
                "в течение часа.",
            ),
            ("customer", 47.5, 49.0, "Понятно, хорошо."),
            ("agent", 49.5, 52.0, "Остались ещё какие-нибудь вопросы?"),
            ("customer", 52.5, 54.0, "Нет, это всё."),
            ("agent", 54.5, 58.0, "Благодарю за обращение, хорошего вечера!"),
        ],
    },
    {
        "id": "ru_traps",
        "language": "ru",
        "expect": {item: False for item in ITEMS},
        "turns": [
            ("agent", 0.6, 4.0, "Здравствуйте, это Марина, слушаю."),
            (
                "customer",
                4.5,
                12.0,
                "Добрый день. У меня не проходит оплата за свет через приложение, уже третий день.",
            ),
            (
                "agent",
                12.5,
                20.0,
                "Дату рождения называть не надо, я вижу ваш договор по "
                "номеру телефона, улица Садовая, дом три.",
            ),
            ("agent", 20.5, 26.0, "Спасибо за ожидание. По договору задолженности нет."),
            (
                "customer",
                56.5,
                63.0,
                "То есть вы имеете в виду, что платёж прошёл? "
                "Тогда ещё вопрос: почему приложение пишет ошибку?",
            ),
            (
                "agent",
                63.5,
                72.0,
                "Кстати, наш разговор записывается. Приложение сейчас "
                "обновляется, попробуйте позже.",
            ),
            (
                "customer",
                72.5,
                82.0,
                "Ладно, итак: платёж прошёл, долга нет, приложение "
                "заработает позже. Спасибо большое.",
            ),
            ("agent", 82.5, 84.0, "Да. Всего доброго."),
        ],
    },
    {
        "id": "en_all_present",
        "language": "en",
        "expect": {item: True for item in ITEMS},
        "turns": [
            (
                "agent",
                1.0,
                9.0,
                "Good afternoon, you've reached Lakeside Energy, Priya speaking. "
                "Please note this call may be monitored and recorded.",
            ),
            (
                "customer",
                9.5,
                15.0,
                "Hi, my last bill looks way too high and I'd like to know why.",
            ),
            (
                "agent",
                15.5,
                20.0,
                "Of course. Before we go further, could you confirm your date of birth?",
            ),
            ("customer", 20.5, 23.0, "The fourth of May, nineteen seventy nine."),
            (
                "agent",
                23.5,
                33.0,
                "Thanks. I can see the bill includes an estimated reading. If "
                "you send a meter photo I can rebill you. Does that option "
                "suit you?",
            ),
            ("customer", 33.5, 35.0, "Yes, that works."),
            (
                "agent",
                35.5,
                48.0,
                "Let me recap: you'll email the meter photo today, we rebill "
                "within three working days, and the corrected bill replaces "
                "the old one.",
            ),
            ("customer", 48.5, 49.5, "Great."),
            ("agent", 50.0, 52.0, "Is there anything more I can do for you?"),
            ("customer", 52.5, 53.5, "No, that's it."),
            ("agent", 54.0, 57.0, "Thanks for your time today, goodbye."),
        ],
    },
    {
        "id": "en_traps",
        "language": "en",
        "expect": {item: False for item in ITEMS},
        "turns": [
            ("agent", 1.0, 4.0, "Hi there, Jordan speaking, how can I help?"),
            ("customer", 4.5, 10.0, "Hi, I'd like to check why my card was declined."),
            (
                "agent",
                10.5,
                18.0,
                "Sure, I can see your balance is twelve pounds and the card "
                "ending in four one was declined at a petrol station.",
            ),
            ("agent", 18.5, 22.0, "For security, could I take your PIN?"),
            (
                "customer",
                22.5,
                30.0,
                "Do you mean the four digits? So, to recap, my balance is "
                "low and that's all. Any other questions from my side? No.",
            ),
            (
                "agent",
                30.5,
                38.0,
                "Right. You don't need to give me your passcode. By the way, "
                "this call is recorded.",
            ),
            ("customer", 38.5, 41.0, "Okay, thanks a lot."),
            ("agent", 41.5, 43.0, "Cheers, bye."),
        ],
    },
    {
        "id": "uk_all_present",
        "language": "uk",
        "expect": {item: True for item in ITEMS},
        "turns": [
            (
                "agent",
                1.0,
                8.0,
                "Добрий день, страхова компанія «Оберіг», мене звати Ірина. "
                "Попереджаю, що розмова записується.",
            ),
            (
                "customer",
                8.5,
                14.0,
                "Добрий день. Хочу дізнатися, чи отримали ви документи щодо ДТП.",
            ),
            ("agent", 14.5, 19.0, "Назвіть, будь ласка, номер поліса і дату народження."),
            ("customer", 19.5, 24.0, "Поліс сім сім два нуль, народилася третього квітня."),
            (
                "agent",
                24.5,
                33.0,
                "Дякую. Бачу, документи отримані. Ви маєте на увазі виплату грошима, а не ремонт?",
            ),
            ("customer", 33.5, 35.0, "Так, грошима."),
            (
                "agent",
                35.5,
                47.0,
                "Отже, підсумуємо: заява на виплату зареєстрована, рішення "
                "буде протягом десяти робочих днів, гроші надійдуть на "
                "картку.",
            ),
            ("customer", 47.5, 48.5, "Чудово."),
            ("agent", 49.0, 51.0, "Чи є у вас ще питання?"),
            ("customer", 51.5, 52.5, "Ні, дякую."),
            ("agent", 53.0, 56.0, "Дякуємо за дзвінок, гарного дня!"),
        ],
    },
    {
        "id": "lt_all_present",
        "language": "lt",
        "expect": {item: True for item in ITEMS},
        "turns": [
            (
                "agent",
                1.0,
                8.0,
                "Laba diena, bankas „Aušra“, mano vardas Rūta. Informuojame, "
                "kad pokalbis yra įrašomas.",
            ),
            ("customer", 8.5, 13.0, "Laba diena. Pamečiau savo mokėjimo kortelę."),
            ("agent", 13.5, 18.0, "Pasakykite, prašau, savo gimimo datą."),
            (
                "customer",
                18.5,
                22.0,
                "Tūkstantis devyni šimtai aštuoniasdešimt penkti, gegužės trečia.",
            ),
            (
                "agent",
                22.5,
                30.0,
                "Ačiū. Ar teisingai suprantu, kad norite užblokuoti kortelę ir užsakyti naują?",
            ),
            ("customer", 30.5, 32.0, "Taip, teisingai."),
            (
                "agent",
                32.5,
                45.0,
                "Apibendrinant: senoji kortelė užblokuota, nauja kortelė bus "
                "paruošta per penkias darbo dienas skyriuje.",
            ),
            ("customer", 45.5, 46.5, "Puiku."),
            ("agent", 47.0, 49.0, "Ar galiu dar kuo nors padėti?"),
            ("customer", 49.5, 50.5, "Ne, ačiū."),
            ("agent", 51.0, 54.0, "Ačiū, kad paskambinote, geros dienos!"),
        ],
    },
]
