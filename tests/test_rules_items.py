"""The default checklist (1.3.0 and later) on the item failure classes of issue 15: company
names of any shape, identity secrets asked versus mentioned, clarifying questions and recaps as
people phrase them. Each case is a short call written for this test (none is a corpus sentence)."""

from __future__ import annotations

import pytest
from checklist_helpers import make_transcript

from speechqa.checklist import load_checklist
from speechqa.rules import Context, build_call, compile_checklist, evaluate_item


def decide(item_id: str, turns, language: str, duration: float | None = None) -> bool:
    compiled = compile_checklist(load_checklist())
    entry = next(e for e in compiled.items if e.item.id == item_id)
    call = build_call(
        make_transcript(turns, language=language, duration=duration), compiled.vocabulary
    )
    return evaluate_item(entry, Context(call)).matched


def test_default_checklist_version_is_bumped_with_its_rules():
    assert load_checklist().version == "1.8.0"


@pytest.mark.parametrize(
    ("language", "text", "named"),
    [
        # a company name that is an ordinary word, as ASR writes it: no capitals, no quotes
        ("ru", "добрый день ласточка меня зовут ирина разговор записывается", True),
        ("ru", "здравствуйте ёлка слушаю вас", True),
        ("uk", "добрий день світанок мене звати ігор", True),
        ("en", "good morning blue heron how can i help", True),
        # outbound: «Вас беспокоит X»
        ("ru", "Добрый день, вас беспокоит Теплодом, по поводу вашей заявки.", True),
        ("uk", "Доброго дня, вас турбує Світанок, щодо вашої заявки.", True),
        # hotel and clinic words name a company too
        ("en", "good evening lakeside inn mia speaking", True),
        # the name opens the sentence, before the greeting
        ("ru", "ласточка здравствуйте меня зовут ира", True),
        ("ru", "Алло, здравствуйте, слушаю вас.", False),
        ("ru", "ну здравствуйте слушаю вас", False),
        ("en", "oh well hello how can i help", False),
        ("ru", "Ирина Петровна, здравствуйте, это по поводу заявки.", False),
        # the slot holds the agent's own name or a filler, not a company
        ("ru", "Добрый день, Ольга, слушаю вас.", False),
        ("ru", "Здравствуйте, минуточку, слушаю вас.", False),
        ("ru", "Здравствуйте, регистратура, слушаю вас.", False),
        ("en", "Hello, Jen, how can I help?", False),
        ("en", "hi there jordan speaking how can i help", False),
        ("ru", "Добрый день, вас беспокоит Вероника.", False),
        ("ru", "здравствуйте меня зовут елена разговор записывается слушаю вас", False),
        # letters then a digit: a brand, in any language («O2», "Zen4Net")
        ("en", "Hello, yes, O2, it's Dan here, what can I do for you?", True),
        ("en", "Hi, Zen4Net, this is Rob.", True),
        ("en", "Hi, it's Sam, your appointment is on the 12th.", False),
        # Whisper's «мене двати» for «мене звати»: the agent's name, not a company
        ("uk", "Добрий день, мене двати Оксана, слухаю вас.", False),
        ("ru", "добрый день общество с ограниченной ответственностью вектор плюс слушаю вас", True),
        # Whisper's «общество, ограниченное ответственностью …» still names the company
        ("ru", "Добрый день, общество, ограниченное ответственностью Вектор, слушаю вас.", True),
    ],
)
def test_greeting_finds_any_company_name(language, text, named):
    turns = [("agent", 1, 5, text), ("customer", 6, 9, "Да, у меня вопрос по счёту.")]
    assert decide("greeting", turns, language) is named


@pytest.mark.parametrize(
    ("language", "text", "asked"),
    [
        # asked or confirmed
        ("ru", "Подтвердите, пожалуйста, ваше кодовое слово.", True),
        ("ru", "последние четыре цифры карты какие", True),  # ASR: no question mark
        ("en", "sure what's your date a birth and the pass code on the account", True),
        ("en", "Could you confirm your date of birth for me?", True),
        ("lt", "Prašome patvirtinti savo gimimo datą.", True),
        ("en", "For security, can I take your date of birth?", True),
        ("ru", "Для проверки: кодовое слово какое?", True),
        # confirmed after the customer gave it unasked
        ("en", "Thank you, the date of birth matches.", True),
        ("ru", "Спасибо, кодовое слово совпадает.", True),
        ("en", "Your date of birth, that's correct, thanks.", True),
        ("ru", "Правильно понимаю, что вы забыли пин-код?", False),
        ("en", "That's not the right PIN, I'm afraid you'll need a new one.", False),
        # only mentioned
        ("en", "For security, you'll get a one-time code by text.", False),
        ("ru", "Для подтверждения вам придёт код подтверждения в смс.", False),
        ("en", "Do you know your PIN?", False),
        ("en", "I can confirm the PIN was reset this morning.", False),
        ("en", "Did the new PIN arrive in the post?", False),
        ("ru", "Вы уже получили новый пин-код?", False),
        ("ru", "Никому не сообщайте код из смс и ПИН-код.", False),
        ("uk", "Нікому не повідомляйте код з смс, ми його ніколи не запитуємо.", False),
        ("lt", "Mes niekada neprašome PIN kodo telefonu.", False),
    ],
)
def test_identity_needs_a_secret_asked_for_not_mentioned(language, text, asked):
    turns = [
        ("agent", 1, 4, "Здравствуйте."),
        ("customer", 5, 8, "У меня вопрос."),
        ("agent", 9, 14, text),
        ("customer", 15, 18, "Хорошо."),
    ]
    assert decide("identity_verification", turns, language) is asked


@pytest.mark.parametrize(
    ("language", "text", "clarifying"),
    [
        ("ru", "Уточню: вам нужен именно терапевт или узкий специалист?", True),
        ("ru", "Давайте уточним: вы понимаете, что проценты не начисляются?", True),
        ("ru", "У нас новый тариф, дешевле на сто рублей. Хотите перейти?", True),
        ("uk", "Я вас правильно почув, ви передавали показники?", True),
        ("en", "So if I've got this right, the engineer couldn't get in?", True),
        ("en", "That costs about two hundred pounds a year. Does that sound okay?", True),
        ("en", "I'll send you a PIN reminder by post. Would that work for you?", True),
        ("lt", "Jei gerai supratau, apgadintas automobilio langas?", True),
        ("en", "Just so we're on the same page, you only ordered one lamp?", True),
        ("en", "Let me just check I've understood, the leak is outside?", True),
        ("ru", "То есть карта у вас на руках?", True),
        ("en", "So you're looking to move the payment date?", True),
        ("en", "Does that help?", True),
        ("en", "so you're saying the payment went out twice", True),
        ("en", "A new card arrives in five days. Would that be okay with you?", True),
        ("en", "Is that what you were looking for?", True),
        ("en", "Are you happy for me to go ahead?", True),
        # a statement, not a question; an identity request is data collection
        ("ru", "уточню вам нужен именно терапевт или узкий специалист", True),
        ("ru", "Уточню у коллег и перезвоню.", False),
        ("ru", "уточню у коллег и перезвоню вам", False),
        ("en", "Could you confirm your PIN, would that be okay?", False),
        # checklist 1.5.0: check-backs by tag and offered options
        # a tag turns a statement about the request into a check
        ("ru", "Вы хотите перенести доставку на субботу, да?", True),
        ("ru", "то есть стук появился сразу после замены колодок так", True),
        ("uk", "Ви хочете перейти на ранковий абонемент, так?", True),
        ("en", "You'd like the bigger bags from now on, yeah?", True),
        ("en", "So it only crashes when you export, right?", True),
        ("lt", "Norite pakeisti planą nuo kito mėnesio, taip?", True),
        # the customer asked to choose between readings or options
        ("ru", "Уточните, пожалуйста: не пришла выплата за прошлую неделю или за весь месяц?",
         True),
        ("uk", "Уточніть, будь ласка, вас цікавить кредитна картка чи зарплатна?", True),
        ("en", "Would a double room do, or do you need twin beds?", True),
        ("en", "Correct me if I'm wrong, the charge was taken twice?", True),
        ("ru", "Вы про списание от пятнадцатого числа?", True),
        ("ru", "Вас интересует именно кредитная карта?", True),
        ("uk", "Вас цікавить саме кредитна картка?", True),
        ("ru", "Вы хотите вернуть деньги, а не обменять товар, верно.", True),  # Whisper's stop
        ("uk", "Ви хочете перенести доставку на суботу, так.", True),
        ("ru", "Хорошо, да.", False),
        ("en", "Are you looking to upgrade, or just change the plan?", True),
        ("en", "Would it help if I sent you a link?", True),
        ("lt", "Ar jums tiktų penktadienis?", True),
        ("lt", "Kitaip tariant, jūs norite nutraukti sutartį?", True),
        # data checks, diagnostics and lookups are not checks of understanding
        ("ru", "Доставка по адресу улица Гагарина, дом двенадцать, квартира сорок, верно?", False),
        ("uk", "Отримання у відділенні номер сім на Соборній, вірно?", False),
        ("en", "And the new address is forty two Elm Street, is that right?", False),
        ("lt", "Pristatymo adresas Vilniaus gatvė dešimt, teisingai?", False),
        ("ru", "Ваше кодовое слово «сосна», да?", False),
        ("ru", "Стучит на скорости или когда тормозите?", False),
        ("en", "Are the lights on the router green or red?", False),
        ("ru", "Уточните, пожалуйста, номер заказа.", False),
        ("ru", "Вы перезагружали приставку?", False),
        ("ru", "Адрес прежний, улица Лесная, дом три, верно.", False),
        ("en", "Is it the iPhone or the Android app?", False),
        ("uk", "Ви пробували перезавантажити роутер?", False),
        ("ru", "Алло, вы меня слышите, да?", False),
        ("en", "Sorry, you're still there, right?", False),
    ],
)
def test_clarifying_questions_as_people_ask_them(language, text, clarifying):
    turns = [
        ("agent", 1, 4, "Здравствуйте."),
        ("customer", 5, 8, "У меня вопрос."),
        ("agent", 9, 14, text),
        ("customer", 15, 18, "Да."),
    ]
    assert decide("clarifying_questions", turns, language) is clarifying


@pytest.mark.parametrize(
    ("language", "text", "recap"),
    [
        ("ru", "Значит, смотрите: мастер будет у вас в пятницу, перед выездом он позвонит, "
               "оплата на месте.", True),
        ("ru", "Ещё раз проговорю: вы записаны к терапевту, кабинет двести пять, приходите "
               "пораньше, не забудьте полис.", True),
        ("uk", "Тож, коротко: я зробив перерахунок, нова сума буде у наступному рахунку, "
               "а показники треба передавати щомісяця.", True),
        ("en", "So what happens now is an engineer comes out to you and your next bill is "
               "based on the real reading.", True),
        ("en", "Here's what I've done: the locker code is resent to your phone and the parcel "
               "stays there for you.", True),
        ("en", "So, to wrap up, your son is added and the new documents go to you shortly "
               "after this call.", True),
        ("lt", "Trumpai tariant, žala užregistruota, ekspertas su jumis susisieks, o remontas "
               "bus apmokėtas.", True),
        ("en", "Okay, so the upshot is a crew comes out tomorrow between eight and twelve, and "
               "there's no charge.", True),
        ("ru", "курьер привезёт заказ сегодня с шести до восьми вечера", True),
        ("ru", "Повторю: заявка оформлена, мастер позвонит вам перед выездом, оплата после "
               "ремонта на месте.", True),
        # a filler opener in a short turn is not a recap
        ("en", "Here's the thing.", False),
        # checklist 1.5.0: summing-up cues with specifics, and their decoys
        # a summing-up cue and specifics, without a set recap phrase
        ("en", "Great, so to pull it together: the van arrives Saturday at eight, three movers, "
               "and the total is four hundred and fifty pounds.", True),
        ("en", "Sure, so I've cancelled it from the twentieth, you won't be charged again, and "
               "you'll get a confirmation email today.", True),
        ("ru", "Хорошо, тогда так: мастер приедет в четверг с десяти до двух, перед выездом "
               "позвонит, выезд бесплатный.", True),
        ("uk", "Добре, тоді курьер забере посилку завтра до обіду, а гроші повернуться на "
               "картку протягом п'яти днів.", True),
        ("uk", "Резюмую: картку перевипущено, нова буде у відділенні через п'ять робочих днів.",
         True),
        ("ru", "Ещё раз кратко: возврат оформлен, деньги придут на карту в течение десяти дней.",
         True),
        ("en", "Let me go over what we've agreed: the refund goes back to your card within five "
               "working days.", True),
        ("lt", "Reziumuojant, kortelė užblokuota, o nauja atkeliaus paštu per penkias dienas.",
         True),
        ("ru", "Хорошо, давайте подведём черту: заявка принята, мастер придёт в среду с девяти "
               "до часу.", True),
        ("uk", "Домовилися: доставка в суботу, оплата під час отримання, двісті гривень.", True),
        ("en", "To confirm, the appointment is Tuesday at ten and you'll get a text reminder the "
               "day before.", True),
        ("en", "That's all set up for you now, your new card will arrive within five working "
               "days.", True),
        ("lt", "Susitarėme taip: kurjeris atvyks rytoj, o pinigai grįš per tris dienas.", True),
        # a recap word opening a question, a data check, a bare confirmation, a vague promise
        ("ru", "Итак, у вас остались ещё какие-нибудь вопросы по договору?", False),
        ("en", "So, to recap, is there anything else I can help you with today?", False),
        ("ru", "Заказ оформлен на этот номер телефона?", False),
        ("en", "Right, that's all done for you.", False),
        ("uk", "Я передам інформацію, з вами зв'яжуться.", False),
        ("en", "So you can always call us back if anything changes with the booking.", False),
        ("ru", "Значит, так: мне нужен номер договора и ваша дата рождения.", False),
        ("en", "The refund usually takes five to seven working days.", False),
        ("en", "So the problem is that your payment on the fifth was rejected because the card "
               "expired last month.", False),
        ("en", "sure um so it shows that your checking account balance is sixty seven dollars",
         False),
    ],
)
def test_summary_as_people_phrase_it(language, text, recap):
    turns = [
        ("agent", 1, 4, "Здравствуйте."),
        ("customer", 5, 30, "У меня вопрос."),
        ("agent", 40, 50, text),
        ("customer", 51, 55, "Хорошо."),
    ]
    assert decide("summary", turns, language, duration=60) is recap


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Hi, you've reached the Riverside help desk, Sam here.", True),
        ("Morning, you've reached Maplewood, how can I help?", True),
        ("Hi, you've reached the billing team, how can I help?", False),
    ],
)
def test_greeting_name_after_an_introduction_and_an_article(text, named):
    turns = [("agent", 1, 5, text), ("customer", 6, 9, "Yes, a question about my bill.")]
    assert decide("greeting", turns, "en") is named


def test_first_of_two_introductions_names_the_company():
    """ASR turned "bank" into "thing": the words between "this is" and "my name is" are still
    the company, not the agent."""
    turns = [
        ("agent", 1, 5, "hello this is happy valley national thing my name is mary how can i help"),
        ("customer", 6, 9, "hi i need to check my balance"),
    ]
    assert decide("greeting", turns, "en")
    turns[0] = ("agent", 1, 5, "hello this is mary how can i help")
    assert not decide("greeting", turns, "en")


@pytest.mark.parametrize(
    ("text", "recap"),
    [
        ("okay i have that submitted for you is there anything else i can help you with", False),
        ("I've ordered your replacement card and cancelled the old one.", True),
    ],
)
def test_a_finished_action_needs_its_object_not_a_pronoun(text, recap):
    turns = [
        ("agent", 1, 4, "Hello."),
        ("customer", 5, 30, "I need a new card."),
        ("agent", 40, 50, text),
        ("customer", 51, 55, "Okay."),
    ]
    assert decide("summary", turns, "en", duration=60) is recap


@pytest.mark.parametrize(
    ("language", "text", "offered"),
    [
        ("uk", "Щось іще потрібно?", True),
        ("en", "Any other queries?", True),
        ("en", "Is there any other way I can help?", True),
        ("en", "If you have any other queries, just call us.", False),
    ],
)
def test_anything_else_as_people_ask_it(language, text, offered):
    turns = [
        ("agent", 1, 4, "Hello, Vector Bank, Olga speaking."),
        ("customer", 5, 8, "Thanks, that's sorted."),
        ("agent", 9, 14, text),
        ("customer", 15, 18, "No."),
    ]
    assert decide("anything_else", turns, language) is offered


@pytest.mark.parametrize(
    ("item", "text", "found"),
    [
        ("clarifying_questions", "Есть пакет за триста рублей. Вам интересно такое предложение?",
         True),
        ("clarifying_questions", "Такое предложение действует до конца месяца.", False),
        ("summary", "Смотрите, что получается: завтра после двух часов весь заказ будет в аптеке, "
         "оплата при получении, восемьсот сорок рублей.", True),
    ],
)
def test_offer_check_and_recap_opener_as_people_say_them(item, text, found):
    turns = [
        ("agent", 1, 4, "Здравствуйте, аптека Фиалка, Юлия."),
        ("customer", 5, 8, "Здравствуйте, хочу забрать заказ."),
        ("agent", 9, 12, "Вижу ваш заказ."),
        ("customer", 13, 15, "Хорошо."),
        ("agent", 20, 30, text),
        ("customer", 31, 33, "Понятно."),
    ]
    assert decide(item, turns, "ru") is found


def test_the_customers_recap_confirmed_by_the_agent_is_not_a_summary():
    turns = [
        ("agent", 1, 4, "Добрый день, банк «Кедр», Евгений."),
        ("customer", 5, 30, "Хочу погасить часть ипотеки досрочно."),
        ("customer", 35, 45, "Значит, я двадцатого вношу двести тысяч, и срок сократится на год?"),
        ("agent", 46, 48, "Да, всё верно."),
        ("customer", 49, 52, "Хорошо."),
    ]
    assert decide("summary", turns, "ru", duration=60) is False


def test_a_quoted_name_after_a_job_title_is_the_company():
    turns = [
        ("agent", 1, 5, "Добрый день, это оператор «Волна», Никита. Звонок записывается."),
        ("customer", 6, 9, "Здравствуйте."),
    ]
    assert decide("greeting", turns, "ru") is True


# Checklist 1.6.0 (issue 15, batch 7): phrasings of new calls and Whisper's writing of them.
MONO_OPENING = ("agent", 1, 4, "Добрый день, банк «Кедр», Евгений.")
MONO_CASES = [
    # an invitation to add or ask something more offers further help; a wish of one's own
    # to check something does not
    ("anything_else", "ru", "Может, хотите ещё что-нибудь спросить?", True),
    ("anything_else", "uk", "Може, бажаєте щось уточнити?", True),
    ("anything_else", "en", "Is there anything else you'd like to ask?", True),
    ("anything_else", "lt", "Gal norite ką nors paklausti?", True),
    ("anything_else", "ru", "Мне нужно что-то уточнить у коллеги, минуточку.", False),
    ("anything_else", "en", "I need to ask you something about the delivery.", False),
    ("anything_else", "ru", "Хотите добавить второго водителя в полис?", False),
    # asking whether a fix worked, as a word of its own
    ("clarifying_questions", "ru", "Перезапустил услугу. Попробуйте ещё раз, получилось?", True),
    ("clarifying_questions", "uk", "Оновив налаштування. Запрацювало?", True),
    ("clarifying_questions", "ru", "Помогло вам то средство, что вы купили?", False),
    ("clarifying_questions", "ru", "Роутер работает?", False),
    # «давайте уточню, …» with Whisper's full stop instead of the question mark
    ("clarifying_questions", "ru", "Давайте уточню, курьер приезжал, но не позвонил в дверь.",
     True),
    ("clarifying_questions", "uk", "Давайте уточню: вам потрібен саме чорний колір.", True),
    ("clarifying_questions", "ru", "Давайте уточню у коллег, минуту.", False),
    # a check-back tag written with a full stop in a longer sentence; agreement is no check
    ("clarifying_questions", "en", "So it's the second bag that went missing, yeah.", True),
    ("clarifying_questions", "en", "Okay, yeah.", False),
    ("clarifying_questions", "en", "just so i understand the charge came twice on the same day",
     True),
    ("clarifying_questions", "en", "Have I answered everything you wanted to know?", True),
    ("clarifying_questions", "ru", "Правильно ли я записал? Жалоба на шум по ночам.", True),
    ("clarifying_questions", "ru", "Я правильно записал ваш номер телефона, спасибо.", False),
    # identity: Whisper's «на завице» for «назовите», an SMS code asked for, a password,
    # a policy number in Lithuanian; a password only warned about is not asked
    ("identity_verification", "ru", "На завице, последние четыре цифры паспорта.", True),
    ("identity_verification", "uk", "Назвіть, будь ласка, код, який прийшов вам у смс.", True),
    ("identity_verification", "ru", "Продиктуйте код, который пришёл вам в смс.", True),
    ("identity_verification", "en", "Could I take your account password, please?", True),
    ("identity_verification", "en", "Please never tell anyone your password.", False),
    ("identity_verification", "lt", "Prašau pasakyti savo poliso numerį.", True),
    ("identity_verification", "lt",
     "Matau, kad jūsų skola yra trisdešimt eurų. Koks jūsų kliento numeris?", False),
    # recaps: «значить так», «ще раз: …», a rhetorical «итак, что делаем?» followed by what
    # the technician will do
    ("summary", "uk", "Значить, так: з понеділка новий пакет, сто п'ятдесят гривень на місяць, "
     "роутер залишається ваш.", True),
    ("summary", "ru", "Ещё раз: мастер приедет в среду с десяти до двух, оплата после работы.",
     True),
    ("summary", "ru", "Ещё раз: какой номер заказа и когда вы его оформляли, вчера или сегодня?",
     False),
    ("summary", "uk",
     "Перевірте ще раз налаштування роутера і перезавантажте його завтра, будь ласка.", False),
    ("summary", "ru", "Итак, что делаем? Электрик придёт завтра до обеда и заменит счётчик.",
     True),
    ("summary", "en",
     "So here's the thing? You'll get the new statement in three days with the fee removed.",
     True),
]


@pytest.mark.parametrize(("item", "language", "text", "found"), MONO_CASES)
def test_items_as_new_calls_and_whisper_phrase_them(item, language, text, found):
    turns = [
        MONO_OPENING,
        ("customer", 5, 8, "Здравствуйте, у меня вопрос."),
        ("agent", 30, 40, text),
        ("customer", 41, 43, "Да."),
    ]
    assert decide(item, turns, language, duration=60) is found


@pytest.mark.parametrize(
    ("item", "text", "found"),
    [
        # Whisper base on Lithuanian telephone speech: «pokalbis įrašomas» split and misheard,
        # «ačiū» as «ačiu» / «atsu»
        ("recording_disclosure", "Lama nėra, Rūta, po kalvisi rašomas.", True),
        ("recording_disclosure", "Laba diena, pokaliti pasormas.", True),
        ("recording_disclosure", "Laba diena, po pietų parašysiu.", False),
        ("thanks", "Atsu, viso gero.", True),
        ("thanks", "ačiu, kad paskambinote", True),
        ("thanks", "Viso gero.", False),
        # the ask for questions without «dar» or «daugiau» («Ar tūrite nalgėjų klausimo»)
        ("anything_else", "Ar turite kokių nors klausimų?", True),
        ("anything_else", "Ar turite sutarties numerį?", False),
    ],
)
def test_lithuanian_as_whisper_base_writes_it(item, text, found):
    turns = [("agent", 1, 6, text), ("customer", 7, 9, "Gerai.")]
    assert decide(item, turns, "lt", duration=20) is found


# Checklist 1.7.0 (issue 15, train8: calls labelled blind to the rules). New wording for each
# class of train8's misses, in every language it applies to; the False cases are the decoys.
BLIND_CASES = [
    # identity: SMS, pickup and payer codes are secrets asked for; the code only announced is not
    ("identity_verification", "en",
     "I've texted you a four-digit code, could you read it out for me?", True),
    ("identity_verification", "en", "Can you tell me the code we sent to your phone?", True),
    ("identity_verification", "en", "You'll get a pickup code by text when the parcel arrives.",
     False),
    ("identity_verification", "lt", "Pasakykite, prašau, kodą iš SMS žinutės.", True),
    ("identity_verification", "lt", "Nurodykite savo mokėtojo kodą.", True),
    ("identity_verification", "lt", "Atsiėmimo kodą gausite SMS žinute.", False),
    ("identity_verification", "ru", "Продиктуйте, пожалуйста, код получения из сообщения.", True),
    ("identity_verification", "uk", "Назвіть код платника, будь ласка.", True),
    ("identity_verification", "lt", "Pasakykite slaptažodį.", True),
    ("identity_verification", "ru", "Назовите пароль от личного кабинета.", True),
    ("identity_verification", "uk", "Пароль можна змінити в застосунку.", False),
    # identity: a card's ending or the customer's usage read out first makes the request late
    ("identity_verification", "ru",
     "Вижу, вы потратили в роуминге три тысячи. Назовите дату рождения.", False),
    ("identity_verification", "uk", "Картка закінчується на сорок два. Назвіть кодове слово.",
     False),
    ("identity_verification", "en",
     "I can see you used four gigabytes abroad. Can I take your date of birth?", False),
    ("identity_verification", "lt", "Matau, išleidote šimtą eurų. Pasakykite gimimo datą.", False),
    # clarifying: asking whether the customer can talk now is a courtesy, not a check
    ("clarifying_questions", "ru",
     "Добрый вечер, звоню по вашей заявке. Вам сейчас удобно говорить?", False),
    ("clarifying_questions", "lt", "Ar jums dabar patogu kalbėti?", False),
    ("clarifying_questions", "ru", "Вам удобнее забрать в пункте выдачи или курьером?", True),
    # clarifying: a sales offer of something extra is no option for the request
    ("clarifying_questions", "ru", "Не хотите заодно оформить страховку багажа со скидкой?",
     False),
    ("clarifying_questions", "en",
     "While I have you, would you like to upgrade to our premium plan?", False),
    ("clarifying_questions", "en", "Would you like to upgrade to the family plan for five "
     "pounds more?", False),
    ("clarifying_questions", "en", "Would you like to try the earlier train instead?", True),
    ("clarifying_questions", "ru", "Заодно уточню: вам удобнее утром или вечером?", True),
    ("clarifying_questions", "lt", "Gal norėtumėte išbandyti mūsų naują planą?", False),
    ("clarifying_questions", "en",
     "Would you like the replacement sent to your home or to the store?", True),
    # clarifying: a reported wish is no question; the wish asked about is
    ("clarifying_questions", "ru",
     "Вы говорили, что хотите продлить подписку. На сколько месяцев?", False),
    ("clarifying_questions", "uk", "Ви казали, що хочете змінити тариф. Який саме?", False),
    ("clarifying_questions", "lt", "Rašėte, kad norite pratęsti nuomą. Kiek dienų?", False),
    ("clarifying_questions", "ru", "Вы бы хотели вернуть деньги на карту?", True),
    ("clarifying_questions", "lt", "Norite grąžinti abi prekes?", True),
    # clarifying: a tag question about someone else's facts checks data; about the request, not
    ("clarifying_questions", "uk", "Марія ходить у другу групу, правильно?", False),
    ("clarifying_questions", "ru", "Машина зарегистрирована на супругу, верно?", False),
    ("clarifying_questions", "en", "The boiler was installed in 2019, right?", False),
    ("clarifying_questions", "lt", "Automobilis pirktas pernai, tiesa?", False),
    ("clarifying_questions", "ru", "Перенести визит хотите на четверг, да?", True),
    ("clarifying_questions", "uk", "Тобто замовлення прийшло неповне, так?", True),
    # summary: an action done for the customer, the subject dropped; an offer or the present
    # tense is not done yet
    ("summary", "ru", "Записала вас на пятницу, четырнадцать ноль-ноль, к мастеру Ковалёвой, "
     "стрижка стоит девятьсот рублей.", True),
    ("summary", "ru",
     "Могу записать вас на пятницу, на четырнадцать ноль-ноль, к мастеру Ковалёвой.", False),
    ("summary", "ru", "Записываю вас на пятницу, четырнадцать ноль-ноль, к мастеру Ковалёвой.",
     False),
    ("summary", "en",
     "Booked you in for Thursday at ten with Dr Patel, and the check-up is forty pounds.", True),
    ("summary", "lt", "Gerai, perkėliau jūsų vizitą į penktadienį, dešimtą valandą, kaina ta pati.",
     True),
    ("summary", "lt", "Galiu perkelti jūsų vizitą į penktadienį, dešimtą valandą.", False),
    # summary: "pull it all together", «если свести всё вместе», a confirmation cue with a colon,
    # with month names as the specifics; the same cue before a question is none
    ("summary", "en", "Right, so to pull it all together: send the form by the fifth of March, "
     "attach two payslips, and the decision comes by post.", True),
    ("summary", "ru", "Если свести всё вместе: справку принести до двадцатого марта, заявление "
     "подать онлайн, решение придёт по почте.", True),
    ("summary", "lt", "Tai patvirtinu: vizitas kovo dvidešimtą, dešimtą valandą, atvykite "
     "penkiolika minučių anksčiau.", True),
    ("summary", "en", "So, to confirm: what date did you place the order, and was it the blue "
     "or the black one?", False),
    ("summary", "en", "Let me pull that up for you, one moment.", False),
    # summary: the agent's own next step, the subject dropped, after a summing-up cue; an
    # agreement cue opens a recap; a short promise or a question after the cue is none
    ("summary", "uk", "Значить, продовжуємо договір ще на рік, ціна та сама, чотириста гривень "
     "на місяць.", True),
    ("summary", "ru", "Хорошо, тогда отправлю договор вам на почту до пятницы, подпишете и "
     "пришлёте обратно скан.", True),
    ("summary", "lt", "Tada sutariame: kurjeris atveš naują čiužinį trečiadienį nuo dvylikos "
     "iki šešių.", True),
    ("summary", "ru", "Сейчас отправлю вам ссылку на почту.", False),
    ("summary", "uk", "Значить, продовжуємо договір ще на рік, за чотириста гривень на місяць, "
     "чи вам зручніше помісячно?", False),
    ("summary", "lt", "Tada sutariame, ar jums tinka trečiadienis?", False),
    # clarifying: whether the answer was understood, the question opening with the word; a
    # concession or a rhetorical question that tells the customer off is none
    ("clarifying_questions", "ru", "Понятно, как оформить возврат?", True),
    ("clarifying_questions", "uk", "Зрозуміло, куди звертатися?", True),
    ("clarifying_questions", "lt", "Aišku, kur kreiptis?", True),
    ("clarifying_questions", "ru", "Понятно, что вы расстроены, но что я могу сделать?", False),
    ("clarifying_questions", "en", "You do realise that's against the rules, don't you?", False),
    ("clarifying_questions", "uk", "Ви ж розумієте, що це не гарантійний випадок, так?", False),
    ("clarifying_questions", "lt", "Na o ko jūs tikėjotės, tiesa?", False),
]


@pytest.mark.parametrize(("item", "language", "text", "found"), BLIND_CASES)
def test_items_as_a_blind_labeller_judges_them(item, language, text, found):
    turns = [
        MONO_OPENING,
        ("customer", 5, 8, "Здравствуйте, у меня вопрос."),
        ("agent", 30, 40, text),
        ("customer", 41, 43, "Да."),
    ]
    assert decide(item, turns, language, duration=60) is found


@pytest.mark.parametrize(
    ("language", "text", "named"),
    [
        # public bodies: the municipality, the council, the administration name the organisation
        ("lt", "Kauno rajono savivaldybė, Klientų centras, Rasa, laba diena.", True),
        ("ru", "Администрация Заречного района, приёмная, Алина, добрый день.", True),
        ("uk", "Добрий день, Ірпінська міська рада, Оксана.", True),
        ("en", "Good morning, Westbury Borough Council, Sam speaking.", True),
        ("lt", "Laba diena, Rasa, klausau.", False),
        ("ru", "Добрый день, администрация, Алина, слушаю.", False),
    ],
)
def test_public_bodies_name_the_organisation(language, text, named):
    turns = [("agent", 1, 6, text), ("customer", 7, 9, "Laba diena.")]
    assert decide("greeting", turns, language, duration=20) is named
