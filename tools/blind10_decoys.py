"""Templates with no PII or only decoys (amounts, times, dates, order numbers, agent names)."""

from __future__ import annotations

from blind10_numbers import below_1000, cardinal, noun, rand_digits
from blind10_render import Dialog, clock, digits_out, money
from blind10_templates import greet
from blind10_values import CITIES, MONTHS_GEN, address

DAYS_NOM = {
    "ru": ["пятнадцатое", "третье", "двадцать второе"],
    "uk": ["п'ятнадцяте", "третє", "двадцять друге"],
    "en": ["fifteenth", "third", "twenty second"],
    "lt": ["penkioliktą", "trečią", "dvidešimt antrą"],
}


def plain_date(d: Dialog) -> str:
    """A non-birth date (appointment, delivery, payment)."""
    index = d.rng.randrange(3)
    month = d.rng.randint(1, 12)
    if d.asr:
        day, month_name = DAYS_NOM[d.lang][index], MONTHS_GEN[d.lang][month - 1].lower()
        if d.lang == "en":
            return f"{month_name} the {day}"
        return f"{month_name} {day}" if d.lang == "lt" else f"{day} {month_name}"
    day = [15, 3, 22][index]
    return {
        "ru": f"{day}.{month:02d}",
        "uk": f"{day}.{month:02d}",
        "en": f"{day} {MONTHS_GEN['en'][month - 1]}",
        "lt": f"{MONTHS_GEN['lt'][month - 1]} {day} d.",
    }[d.lang]


def t_amount(d: Dialog) -> None:
    greet(d, ru=0, uk=0, en=3, lt=2)
    d.say(
        "customer",
        d.pick(
            ru=["Сколько я должна за прошлый месяц?"],
            uk=["Скільки коштує встановлення?"],
            en=["How much is left on my loan?"],
            lt=["Kiek kainuoja plomba?"],
        ),
    )
    amount = d.rng.choice([450, 1280, 3799, 12500, 86, 215000])
    d.say(
        "agent",
        d.pick(
            ru=["Сумма к оплате", "Задолженность составляет"],
            uk=["Вартість", "Сума"],
            en=["The balance is", "You owe"],
            lt=["Suma", "Kaina"],
        ),
        money(d, amount) + ("" if d.asr else "."),
    )
    d.say(
        "customer",
        d.pick(
            ru=["Понятно, спасибо."],
            uk=["Зрозуміло, дякую."],
            en=["Right, thanks."],
            lt=["Aišku, ačiū."],
        ),
    )


def t_appointment(d: Dialog) -> None:
    greet(d, ru=2, uk=0, en=1, lt=2)
    d.say(
        "customer",
        d.pick(
            ru=["Хочу перенести приём к стоматологу."],
            uk=["Хочу перенести монтаж."],
            en=["Can I move the assessor's visit?"],
            lt=["Noriu perkelti vizitą pas odontologą."],
        ),
    )
    d.say(
        "agent",
        d.pick(
            ru=["Свободно", "Могу предложить"],
            uk=["Є вільне вікно", "Можу запропонувати"],
            en=["I can do", "There's a slot on"],
            lt=["Laisva", "Galiu pasiūlyti"],
        ),
        plain_date(d),
        d.pick(ru=["в"], uk=["о"], en=["at"], lt=["nuo"]),
        clock(d, d.rng.randint(8, 19), d.rng.choice([0, 15, 30, 45])),
    )
    d.say(
        "customer", d.pick(ru=["Подходит."], uk=["Підходить."], en=["That works."], lt=["Tinka."])
    )


def t_card_ending(d: Dialog) -> None:
    greet(d)
    last4 = rand_digits(d.rng, 4, False)
    d.say(
        "agent",
        d.pick(
            ru=["Списать с карты, которая заканчивается на"],
            uk=["Списати з картки, що закінчується на"],
            en=["Shall I use the card ending in"],
            lt=["Nuskaityti nuo kortelės, kurios pabaiga"],
        ),
        digits_out(d, last4, last4) + ("" if d.asr else "?"),
    )
    d.say(
        "customer",
        d.pick(ru=["Да, с неё."], uk=["Так, з неї."], en=["Yes, that one."], lt=["Taip, nuo jos."]),
    )


def t_order_number(d: Dialog) -> None:
    greet(d, en=2)
    raw = rand_digits(d.rng, d.rng.choice([6, 7, 9]))
    d.say(
        "customer",
        d.pick(
            ru=["Где мой заказ? Номер заказа"],
            uk=["Номер замовлення"],
            en=["My tracking number is", "The air waybill number is"],
            lt=["Siuntos numeris"],
        ),
        digits_out(d, raw, d.rng.choice([raw, "№" + raw, "#" + raw])),
    )
    d.say(
        "agent",
        d.pick(
            ru=["Груз на складе, доставка"],
            uk=["Доставка запланована на"],
            en=["It's due to land on"],
            lt=["Pristatymas"],
        ),
        plain_date(d) + ("" if d.asr or d.lang == "lt" else "."),
    )


def t_hotline(d: Dialog) -> None:
    greet(d)
    d.say(
        "customer",
        d.pick(
            ru=["По какому номеру звонить ночью?"],
            uk=["Куди дзвонити у вихідні?"],
            en=["Is there an out-of-hours line?"],
            lt=["Kur skambinti naktį?"],
        ),
    )
    hot = {"ru": "88005553535", "uk": "0800300545", "en": "08003767676", "lt": "1817"}[d.lang]
    d.say(
        "agent",
        d.pick(
            ru=["Горячая линия"],
            uk=["Гаряча лінія"],
            en=["The free helpline is"],
            lt=["Karštoji linija"],
        ),
        digits_out(d, hot, hot, "mixed"),
        d.pick(
            ru=[", круглосуточно."],
            uk=[", цілодобово."],
            en=[", day or night."],
            lt=[", visą parą."],
        ),
    )


CENTS = {
    "ru": ("копейка", "копейки", "копеек"),
    "uk": ("копійка", "копійки", "копійок"),
    "en": ("penny", "pence", "pence"),
    "lt": ("centas", "centai", "centų"),
}


def t_tariff(d: Dialog) -> None:
    greet(d, ru=0, uk=0, en=0, lt=1)
    rate = d.rng.randint(3, 40)
    d.say(
        "customer",
        d.pick(
            ru=["Какой тариф выгоднее, двухзонный?"],
            uk=["Який тариф на зелену енергію?"],
            en=["What's the price cap rate now?"],
            lt=["Koks tarifas per valandą?"],
        ),
    )
    d.say(
        "agent",
        d.pick(
            ru=["Тариф «Ночной»,"],
            uk=["Тариф «Сонячний»,"],
            en=["On Fixed Saver it's"],
            lt=["Planas „Miestas“,"],
        ),
        (cardinal(rate, d.lang) if d.asr else str(rate)),
        noun(d.lang, rate, CENTS[d.lang])
        + {"ru": " за киловатт", "uk": " за кіловат", "en": " per unit", "lt": " už minutę"}[d.lang]
        + ("" if d.asr else "."),
    )


def t_city_street(d: Dialog) -> None:
    greet(d)
    _, street = address(d)
    city = d.rng.choice(CITIES[d.lang])
    d.say(
        "customer",
        d.pick(
            ru=["У вас есть отделение в городе"],
            uk=["Чи є у вас філія в місті"],
            en=["Do you have a branch in"],
            lt=["Ar turite skyrių mieste"],
        ),
        (city.lower() if d.asr else city) + ("" if d.asr else "?"),
    )
    d.say(
        "agent",
        d.pick(ru=["Да, адрес:"], uk=["Так, адреса:"], en=["Yes, on"], lt=["Taip, adresas:"]),
        street + ("" if d.asr else "."),
        d.pick(
            ru=["Рядом с вокзалом."],
            uk=["Біля вокзалу."],
            en=["Near the station."],
            lt=["Prie stoties."],
        ),
    )


def t_agent_name_back(d: Dialog) -> None:
    agent = greet(d, ru=1, uk=0, en=1, lt=0)
    d.say(
        "customer",
        d.pick(
            ru=[f"{agent}, добрый день, велосипед не отстёгивается от станции."],
            uk=[f"{agent}, добрий день, інвертор пищить."],
            en=[f"Hi {agent}, my claim's gone quiet."],
            lt=[f"Labas, {agent}, dviratis neatsirakina."],
        ),
    )
    d.say(
        "agent",
        d.pick(
            ru=["Сейчас разблокирую удалённо."],
            uk=["Зараз перевірю віддалено."],
            en=["Let me chase the adjuster."],
            lt=["Tuoj atrakinsiu nuotoliu."],
        ),
    )
    d.say(
        "customer",
        d.pick(
            ru=[f"Спасибо, {agent}!"],
            uk=[f"Дякую, {agent}!"],
            en=[f"Cheers, {agent}."],
            lt=[f"Ačiū, {agent}!"],
        ),
    )


def t_menu(d: Dialog) -> None:
    choice = d.rng.randint(1, 5)
    word = below_1000(choice, d.lang) if d.asr else str(choice)
    d.say(
        "agent",
        d.pick(
            ru=["Для оплаты нажмите"],
            uk=["Для оплати натисніть"],
            en=["For billing press"],
            lt=["Dėl mokėjimų spauskite"],
        ),
        word + ("" if d.asr else "."),
    )
    d.say(
        "customer",
        d.pick(
            ru=["Нажала, жду оператора."],
            uk=["Натиснула, чекаю."],
            en=["Done, still waiting."],
            lt=["Paspaudžiau, laukiu."],
        ),
    )
    greet(d)


def t_company_product(d: Dialog) -> None:
    greet(d, ru=1, uk=0, en=0)
    d.say(
        "customer",
        d.pick(
            ru=["Купил абонемент «Студент» в приложении «Крутим», а он не работает."],
            uk=["Купила панелі Longi і інвертор Huawei, гарантія діє?"],
            en=["I bought Brightwell's Fix and Forget tariff through Octopus, is that right?"],
            lt=["Nusipirkau „Bolt“ planą, ar jis galioja?"],
        ),
    )
    d.say(
        "agent",
        d.pick(
            ru=["Да, абонемент активен до конца месяца."],
            uk=["Так, гарантія двадцять п'ять років."],
            en=["Yes, it's all on your account."],
            lt=["Taip, galioja."],
        ),
    )


def t_delivery(d: Dialog) -> None:
    greet(d, uk=0, en=2, lt=0)
    d.say(
        "customer",
        d.pick(
            ru=["Когда привезут заказ?"],
            uk=["Коли привезуть панелі?"],
            en=["When does my pallet fly?"],
            lt=["Kada atveš dviratį?"],
        ),
    )
    d.say(
        "agent",
        d.pick(ru=["Доставка"], uk=["Доставка"], en=["It's booked on"], lt=["Pristatymas"]),
        plain_date(d),
        d.pick(ru=["с"], uk=["з"], en=["from"], lt=["nuo"]),
        clock(d, d.rng.randint(8, 12), 0),
        d.pick(ru=["до"], uk=["до"], en=["to"], lt=["iki"]),
        clock(d, d.rng.randint(13, 18), 0) + ("" if d.asr else "."),
    )


def t_ticket(d: Dialog) -> None:
    greet(d)
    raw = rand_digits(d.rng, 8)
    d.say(
        "agent",
        d.pick(
            ru=["Номер вашей заявки", "Обращение зарегистрировано под номером"],
            uk=["Номер вашої заявки", "Звернення зареєстровано за номером"],
            en=["Your complaint reference is", "Your ticket number is"],
            lt=["Jūsų skundo numeris"],
        ),
        digits_out(d, raw, raw) + ("" if d.asr else "."),
    )
    d.say(
        "customer",
        d.pick(
            ru=["Записала, спасибо."],
            uk=["Записала, дякую."],
            en=["Got it, thanks."],
            lt=["Užsirašiau, ačiū."],
        ),
    )


def t_payment_date(d: Dialog) -> None:
    greet(d, ru=3, en=3, lt=3)
    d.say(
        "agent",
        d.pick(
            ru=["Следующий платёж по займу"],
            uk=["Наступний внесок"],
            en=["Your next repayment is due"],
            lt=["Kita įmoka"],
        ),
        plain_date(d),
        d.pick(ru=[", сумма"], uk=[", сума"], en=[", amount"], lt=[", suma"]),
        money(d, d.rng.choice([1500, 640, 99, 2300])) + ("" if d.asr else "."),
    )
    d.say(
        "customer",
        d.pick(
            ru=["А можно на неделю позже?"],
            uk=["А можна пізніше?"],
            en=["Could I push it back a week?"],
            lt=["Ar galima savaite vėliau?"],
        ),
    )
    d.say(
        "agent",
        d.pick(
            ru=["Можно, без штрафа."],
            uk=["Можна, без штрафу."],
            en=["Yes, no charge."],
            lt=["Galima, be baudos."],
        ),
    )


def t_pet_common(d: Dialog) -> None:
    greet(d, uk=0, en=2, lt=1)
    d.say(
        "customer",
        d.pick(
            ru=["Курьер напугал нашего пса Барона, он теперь лает на каждый звонок."],
            uk=["Наш кіт Мурчик з'їв провід від панелі, чи це страховий випадок?"],
            en=["The driver was rude, and he kicked at our dog Duke, and said Hope you're happy."],
            lt=["Vairuotojas išgąsdino mūsų šunį Reksą."],
        ),
    )
    d.say(
        "agent",
        d.pick(
            ru=["Приносим извинения, передам в службу контроля."],
            uk=["Перепрошую, передам інженерам."],
            en=["I'm sorry, I'll log a complaint."],
            lt=["Atsiprašome, perduosiu skundą."],
        ),
    )


KM = {
    "ru": ("километр", "километра", "километров"),
    "uk": ("кілометр", "кілометри", "кілометрів"),
    "en": ("mile", "miles", "miles"),
    "lt": ("kilometrą", "kilometrus", "kilometrų"),
}


def t_mileage(d: Dialog) -> None:
    greet(d, ru=1, uk=0, en=2, lt=1)
    km = d.rng.randint(3, 60)
    d.say(
        "customer",
        d.pick(
            ru=["Приложение проката посчитало поездку в"],
            uk=["Ваш монтажник наїздив"],
            en=["Your courier billed the pickup as"],
            lt=["Taksi priskaičiavo"],
        ),
        (cardinal(km, d.lang) if d.asr else str(km)),
        noun(d.lang, km, KM[d.lang])
        + {"ru": " за", "uk": ", а це", "en": ", that's", "lt": ", tai"}[d.lang].replace(
            ",", "" if d.asr else ","
        ),
        money(d, km * 37) + ("" if d.asr else "."),
    )
    d.say(
        "agent",
        d.pick(
            ru=["Сделаем перерасчёт."],
            uk=["Зробимо перерахунок."],
            en=["We'll refund the difference."],
            lt=["Perskaičiuosime."],
        ),
    )


DECOY_TEMPLATES = {
    "decoy_amount": t_amount,
    "decoy_appointment": t_appointment,
    "decoy_card_ending": t_card_ending,
    "decoy_order_number": t_order_number,
    "decoy_hotline": t_hotline,
    "decoy_tariff": t_tariff,
    "decoy_city_street": t_city_street,
    "decoy_agent_name_back": t_agent_name_back,
    "decoy_menu": t_menu,
    "decoy_company_product": t_company_product,
    "decoy_delivery": t_delivery,
    "decoy_ticket": t_ticket,
    "decoy_payment_date": t_payment_date,
    "decoy_pet_common": t_pet_common,
    "decoy_mileage": t_mileage,
}
