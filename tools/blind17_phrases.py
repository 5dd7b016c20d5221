"""Wording of the blind17 exchanges, per language (written form; asr is derived).

Every line here was written for this set: settings, greetings, prompts, nudges, fillers,
repairs and the hard-negative sentences. Values are never part of these strings.
"""

from __future__ import annotations

SETTINGS = {
    "ru": [
        ("мастерская «Камертон»", "оплатить настройку пианино"),
        ("ветклиника «Лапа»", "оплатить приём у ветеринара"),
        ("прокат «Снежный склон»", "продлить прокат лыж"),
        ("гончарная студия «Глина»", "оплатить курс по гончарному делу"),
        ("веломастерская «Спица»", "оплатить ремонт велосипеда"),
        ("клуб «Небо»", "купить полёт на воздушном шаре"),
        ("школа языков «Полиглот»", "оплатить курс испанского"),
        ("груминг-салон «Пушистик»", "оплатить стрижку собаки"),
        ("мастерская «Новый диван»", "оплатить перетяжку кресла"),
        ("пасека «Медовый край»", "заказать мёд с доставкой"),
    ],
    "uk": [
        ("майстерня «Камертон»", "оплатити налаштування піаніно"),
        ("ветклініка «Лапа»", "оплатити прийом у ветеринара"),
        ("прокат «Сніжний схил»", "продовжити прокат лиж"),
        ("гончарна студія «Глина»", "оплатити курс гончарства"),
        ("веломайстерня «Спиця»", "оплатити ремонт велосипеда"),
        ("клуб «Небо»", "купити політ на повітряній кулі"),
        ("школа мов «Поліглот»", "оплатити курс іспанської"),
        ("грумінг-салон «Пухнастик»", "оплатити стрижку собаки"),
        ("майстерня «Новий диван»", "оплатити перетяжку крісла"),
        ("пасіка «Медовий край»", "замовити мед з доставкою"),
    ],
    "en": [
        ("Tuning Fork Piano Services", "pay for a piano tuning"),
        ("Paws Vet Clinic", "pay for my dog's vet visit"),
        ("Snowline Rentals", "extend my ski rental"),
        ("Clay Corner Studio", "pay for the pottery course"),
        ("Spoke and Chain", "pay for my bike repair"),
        ("Skyward Balloons", "book a hot air balloon flight"),
        ("Polyglot Language School", "pay for the Spanish course"),
        ("Fluffy Groomers", "pay for my dog's grooming"),
        ("Fresh Sofa Upholstery", "pay for the armchair reupholstery"),
        ("Meadow Honey Farm", "order honey for delivery"),
    ],
    "lt": [
        ("dirbtuvės „Kamertonas“", "sumokėti už pianino derinimą"),
        ("veterinarijos klinika „Letenėlė“", "sumokėti už veterinaro vizitą"),
        ("slidžių nuoma „Šlaitas“", "pratęsti slidžių nuomą"),
        ("keramikos studija „Molis“", "sumokėti už keramikos kursą"),
        ("dviračių dirbtuvės „Stipinas“", "sumokėti už dviračio remontą"),
        ("klubas „Dangus“", "užsisakyti skrydį oro balionu"),
        ("kalbų mokykla „Poliglotas“", "sumokėti už ispanų kalbos kursą"),
        ("augintinių kirpykla „Pūkis“", "sumokėti už šuns kirpimą"),
        ("baldų apmušimo dirbtuvės", "sumokėti už fotelio apmušimą"),
        ("bitininkystės ūkis „Medutis“", "užsisakyti medaus su pristatymu"),
    ],
}

AGENT_NAMES = {
    "ru": ["Алина", "Денис", "Ксения", "Тимур"],
    "uk": ["Оксана", "Богдан", "Ірина", "Назар"],
    "en": ["Megan", "Luke", "Priya", "Owen"],
    "lt": ["Eglė", "Mantas", "Ieva", "Tomas"],
}

GREET = {
    "ru": ["{biz}, меня зовут {agent}, слушаю вас.", "{biz}, {agent}, добрый день."],
    "uk": ["{biz}, мене звати {agent}, слухаю вас.", "{biz}, {agent}, добрий день."],
    "en": [
        "{biz}, this is {agent} speaking, how can I help?",
        "Good afternoon, {biz}, you're through to {agent}.",
    ],
    "lt": ["{biz}, mano vardas {agent}, klausau.", "{biz}, kalba {agent}, laba diena."],
}

OPEN = {
    "ru": ["Здравствуйте, хочу {purpose}.", "Добрый день, мне нужно {purpose}."],
    "uk": ["Доброго дня, хочу {purpose}.", "Вітаю, мені треба {purpose}."],
    "en": ["Hi, I'd like to {purpose}.", "Hello, I need to {purpose}."],
    "lt": ["Laba diena, norėčiau {purpose}.", "Sveiki, reikia {purpose}."],
}

ASK_CARD = {
    "ru": [
        "Диктуйте номер карты, я записываю.",
        "Назовите, пожалуйста, номер карты.",
        "Номер карты полностью, пожалуйста.",
        "Какой картой будете платить? Номер?",
    ],
    "uk": [
        "Диктуйте номер картки, я записую.",
        "Назвіть, будь ласка, номер картки.",
        "Номер картки повністю, будь ласка.",
    ],
    "en": [
        "Go ahead with the long number on the card.",
        "Can I take the card number?",
        "What's the card number, please?",
    ],
    "lt": [
        "Padiktuokite kortelės numerį, užsirašau.",
        "Koks jūsų kortelės numeris?",
        "Prašau visą kortelės numerį.",
    ],
}

LEAD_IN = {
    "ru": ["Да, пишите:", "Сейчас, достану карту.", "Значит так:", "Записывайте:"],
    "uk": ["Так, пишіть:", "Зараз, дістану картку.", "Отже:", "Записуйте:"],
    "en": ["Sure, it's", "Okay, ready?", "Right, here goes:", "Let me grab it."],
    "lt": ["Gerai, rašykit:", "Tuoj, išsitrauksiu kortelę.", "Taigi:", "Užsirašykit:"],
}

NUDGE = {
    "ru": ["Да.", "Угу, дальше.", "Записала, продолжайте.", "Так.", "Да-да, слушаю."],
    "uk": ["Так.", "Угу, далі.", "Записала, продовжуйте.", "Ага, слухаю."],
    "en": ["Yep.", "Got it, carry on.", "Mm-hm, next.", "Okay, and then?"],
    "lt": ["Taip.", "Aha, toliau.", "Užsirašiau, tęskite.", "Gerai, klausau."],
}

ECHO_AFTER = {
    "ru": ["— да.", "— так, дальше.", "— записала."],
    "uk": ["— так.", "— далі.", "— записала."],
    "en": ["— okay.", "— got it.", "— yes, next."],
    "lt": ["— taip.", "— toliau.", "— užsirašiau."],
}

FILLERS = {
    "ru": ["мм", "щас", "момент", "так-с", "сейчас посмотрю", "ага"],
    "uk": ["е-е", "зараз", "хвилинку", "так", "ага"],
    "en": ["uh", "hang on", "right", "let me see", "er"],
    "lt": ["ee", "tuoj", "palaukit", "žodžiu", "aha"],
}

REPAIR = {
    "ru": ["ой, нет, извините,", "нет, стоп,", "ой, не так,"],
    "uk": ["ой, ні, вибачте,", "ні, стоп,", "ой, не те,"],
    "en": ["sorry, no,", "no wait,", "scratch that,"],
    "lt": ["atsiprašau, ne,", "ne, palaukit,", "oi, ne taip,"],
}

RESTART = {
    "ru": ["нет, давайте сначала, я сбилась.", "ой, начну заново."],
    "uk": ["ні, давайте спочатку, я збилася.", "ой, почну заново."],
    "en": ["no, let me start again, I lost my place.", "hold on, from the top."],
    "lt": ["ne, pradėsiu iš naujo, susipainiojau.", "oi, iš pradžių."],
}

READBACK = {
    "ru": ["Проверяю: {v} — верно?", "Повторю номер: {v} — всё так?"],
    "uk": ["Перевіряю: {v} — вірно?", "Повторю номер: {v} — усе так?"],
    "en": ["Let me read that back: {v} — is that right?", "So that's {v} — correct?"],
    "lt": ["Pakartosiu: {v} — teisingai?", "Tikrinu: {v} — ar taip?"],
}

CONFIRM = {
    "ru": ["Да, верно.", "Всё так."],
    "uk": ["Так, вірно.", "Усе так."],
    "en": ["Yes, that's it.", "Spot on."],
    "lt": ["Taip, teisingai.", "Viskas gerai."],
}

MISREAD_FIX = {
    "ru": "Нет, не {w} — {r}",
    "uk": "Ні, не {w} — {r}",
    "en": "No, not {w} — it's {r}",
    "lt": "Ne, ne {w} — {r}",
}

ASK_EXP = {
    "ru": [
        "Срок действия карты?",
        "До какого месяца действует карта?",
        "Что написано на карте под номером, срок?",
    ],
    "uk": ["Термін дії картки?", "До якого місяця дійсна картка?"],
    "en": ["And the expiry date?", "When does the card expire?", "Valid thru date?"],
    "lt": ["Kortelės galiojimo data?", "Iki kada galioja kortelė?"],
}

ASK_CVV = {
    "ru": [
        "И три цифры с обратной стороны.",
        "Код CVV, пожалуйста.",
        "Последний шаг — код безопасности на обороте.",
    ],
    "uk": ["І три цифри зі зворотного боку.", "Код CVV, будь ласка."],
    "en": ["And the security code on the back?", "Last thing, the CVV."],
    "lt": ["Ir trys skaitmenys kitoje pusėje.", "CVV kodas, prašau."],
}

ASK_BOTH = {
    "ru": "Срок действия и код с обратной стороны?",
    "uk": "Термін дії та код зі зворотного боку?",
    "en": "Expiry and the three digits on the back?",
    "lt": "Galiojimo data ir kodas kitoje pusėje?",
}

EXP_PRE = {
    "ru": ["до", "действует до", ""],
    "uk": ["до", "дійсна до", ""],
    "en": ["it's", "expires", ""],
    "lt": ["iki", "galioja iki", ""],
}

CVV_PRE = {
    "ru": ["код", "на обороте", ""],
    "uk": ["код", "ззаду", ""],
    "en": ["code is", "it's", ""],
    "lt": ["kodas", "gale", ""],
}

AND_CODE = {"ru": "и код", "uk": "і код", "en": "and the code is", "lt": "o kodas"}

ASK_NAME = {
    "ru": ["Имя держателя, как на карте?", "На чьё имя выпущена карта?"],
    "uk": ["Ім'я власника, як на картці?", "На кого оформлена картка?"],
    "en": ["Name as it appears on the card?", "And the cardholder's name?"],
    "lt": ["Vardas ir pavardė, kaip ant kortelės?", "Kieno vardu išduota kortelė?"],
}

THIRD = {
    "ru": ["Карта не моя, она оформлена на {acc}", "Плачу картой мужа, она на {acc}"],
    "uk": ["Картка не моя, вона оформлена на {acc}", "Плачу карткою мами, вона на {acc}"],
    "en": [
        "It's my wife's card, it's under {nom} actually.",
        "The card belongs to my father, {nom} is on it.",
    ],
    "lt": ["Kortelė ne mano, ji išduota {gen} vardu.", "Mokėsiu vyro kortele, {gen} vardu."],
}

ON_BEHALF = {
    "ru": "Звоню по поручению {gen} насчёт оплаты.",
    "uk": "Дзвоню від імені {gen} щодо оплати.",
    "en": "I'm calling on behalf of {nom} about the payment.",
    "lt": "Skambinu {gen} vardu dėl apmokėjimo.",
}

SELF_INTRO = {
    "ru": "{nom} беспокоит, хочу {purpose}.",
    "uk": "{nom} турбує, хочу {purpose}.",
    "en": "{nom} here, I want to {purpose}.",
    "lt": "Čia {nom}, norėčiau {purpose}.",
}

SPELL = {"ru": "по буквам:", "uk": "по літерах:", "en": "that's spelled", "lt": "paraidžiui:"}

NAME_ECHO = {
    "ru": "Записала: {v} — правильно?",
    "uk": "Записала: {v} — правильно?",
    "en": "I've got {v} — is that right?",
    "lt": "Užrašiau {v} — teisingai?",
}

DONE = {
    "ru": ["Оплата прошла, чек придёт на почту.", "Спасибо, платёж принят."],
    "uk": ["Оплата пройшла, чек прийде на пошту.", "Дякую, платіж прийнято."],
    "en": ["Payment's gone through, thanks.", "All done, you'll get a receipt."],
    "lt": ["Mokėjimas praėjo, ačiū.", "Ačiū, apmokėta."],
}
