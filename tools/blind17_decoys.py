"""Hard-negative lines for blind17: numbers and names that are NOT personal data.

Placeholders are filled by the generator with style-aware renderings (digits in the
written style, words in asr): {amount} {time} {time2} {day} {month} {last4} {order}
{case} {hotline} {year} {seat} {kg} {age} {pct}.
"""

from __future__ import annotations

# Lines that only make sense in one setting: kept out of exchanges that name a business.
SETTING_BOUND = (
    "Steinway",
    "Собак",
    "Собац",
    "dog",
    "He's",
    "Šuniui",
    "Мёд",
    "торт",
    "Victoria",
    "Vytaut",
    "Занятия",
    "Заняття",
    "Classes",
    "Užsiėmimai",
    "Ford",
)

DECOY_PAIRS = {
    "ru": [
        (
            "customer",
            "Сколько у вас стоит эта услуга?",
            "agent",
            "{amount} рублей, оплата на месте.",
        ),
        ("agent", "Записала вас на {day} {month}, в {time}.", "customer", "Отлично, буду вовремя."),
        (
            "customer",
            "Спишите с карты, которая заканчивается на {last4}.",
            "agent",
            "Хорошо, карта на {last4} у вас привязана.",
        ),
        (
            "agent",
            "Ваш заказ номер {order}, доставка в пятницу.",
            "customer",
            "А во сколько курьер?",
        ),
        ("agent", "Курьер будет с {time} до {time2}.", "customer", "Подходит."),
        ("agent", "Если что, звоните на горячую линию {hotline}.", "customer", "Записал, спасибо."),
        ("customer", "Я у вас клиент ещё с {year} года.", "agent", "Спасибо, что вы с нами!"),
        ("customer", "Мы на улице Гагарина, напротив парка.", "agent", "Курьер знает, найдёт."),
        (
            "customer",
            "У меня рояль Steinway, довольно старый.",
            "agent",
            "Наш мастер работал и со Steinway, и с Bechstein.",
        ),
        (
            "customer",
            "А торт «Наполеон» к заказу можно добавить?",
            "agent",
            "Да, и салат «Оливье» тоже есть.",
        ),
        ("agent", "Номер обращения {case}, сохраните его.", "customer", "Хорошо."),
        (
            "customer",
            "Собаке {age} лет, весит {kg} килограммов.",
            "agent",
            "Тогда стрижка по второму тарифу.",
        ),
        ("agent", "Скидка {pct} процентов действует до {day} {month}.", "customer", "Успею."),
        (
            "agent",
            "Занятия в зале номер {seat}, на втором этаже.",
            "customer",
            "Понял, а парковка есть?",
        ),
        (
            "customer",
            "Мёда возьму две банки, липового.",
            "agent",
            "Будет {amount} рублей с доставкой.",
        ),
    ],
    "uk": [
        ("customer", "Скільки коштує ця послуга?", "agent", "{amount} гривень, оплата на місці."),
        ("agent", "Записала вас на {day} {month}, о {time}.", "customer", "Чудово, буду вчасно."),
        (
            "customer",
            "Спишіть з картки, що закінчується на {last4}.",
            "agent",
            "Добре, картка на {last4} у вас прив'язана.",
        ),
        (
            "agent",
            "Ваше замовлення номер {order}, доставка в п'ятницю.",
            "customer",
            "А коли кур'єр?",
        ),
        ("agent", "Кур'єр буде з {time} до {time2}.", "customer", "Підходить."),
        ("agent", "Якщо що, телефонуйте на гарячу лінію {hotline}.", "customer", "Записав, дякую."),
        ("customer", "Я ваш клієнт ще з {year} року.", "agent", "Дякуємо, що ви з нами!"),
        ("customer", "Ми на вулиці Шевченка, біля ринку.", "agent", "Кур'єр знає, знайде."),
        (
            "customer",
            "У мене піаніно Petrof, досить старе.",
            "agent",
            "Наш майстер працював і з Petrof, і з Yamaha.",
        ),
        (
            "customer",
            "А торт «Наполеон» до замовлення можна додати?",
            "agent",
            "Так, і салат «Олів'є» теж є.",
        ),
        ("agent", "Номер звернення {case}, збережіть його.", "customer", "Добре."),
        (
            "customer",
            "Собаці {age} років, важить {kg} кілограмів.",
            "agent",
            "Тоді стрижка за другим тарифом.",
        ),
        ("agent", "Знижка {pct} відсотків діє до {day} {month}.", "customer", "Встигну."),
        (
            "agent",
            "Заняття в залі номер {seat}, на другому поверсі.",
            "customer",
            "Зрозумів, а парковка є?",
        ),
    ],
    "en": [
        (
            "customer",
            "How much is that service?",
            "agent",
            "It's {amount} pounds, paid on the day.",
        ),
        (
            "agent",
            "I've booked you in for {day} {month} at {time}.",
            "customer",
            "Lovely, I'll be there.",
        ),
        (
            "customer",
            "Use the card ending in {last4} please.",
            "agent",
            "Sure, the one ending {last4} is on file.",
        ),
        (
            "agent",
            "Your order number is {order}, it ships Friday.",
            "customer",
            "What time does the van come?",
        ),
        ("agent", "Between {time} and {time2}.", "customer", "That works."),
        ("agent", "If anything comes up, our helpline is {hotline}.", "customer", "Noted, thanks."),
        ("customer", "I've been a customer since {year}.", "agent", "Thanks for sticking with us!"),
        ("customer", "We're on Baker Street, by the church.", "agent", "The driver knows it."),
        (
            "customer",
            "It's an old Steinway upright.",
            "agent",
            "We service Steinway and Bechstein all the time.",
        ),
        (
            "customer",
            "Can I add a Victoria sponge to the order?",
            "agent",
            "Yes, and the Eccles cakes too.",
        ),
        ("agent", "Your case reference is {case}, keep that handy.", "customer", "Will do."),
        (
            "customer",
            "He's {age} years old and weighs {kg} kilos.",
            "agent",
            "Then it's the medium dog rate.",
        ),
        ("agent", "There's {pct} percent off until {day} {month}.", "customer", "I'll make it."),
        (
            "agent",
            "Classes are in room {seat}, first floor.",
            "customer",
            "Got it, is there parking?",
        ),
        (
            "customer",
            "I'll drive up in the Ford, is that fine?",
            "agent",
            "Sure, park by the Morris Minor.",
        ),
    ],
    "lt": [
        ("customer", "Kiek kainuoja ši paslauga?", "agent", "{amount} eurų, mokama vietoje."),
        (
            "agent",
            "Užrašiau jus {month} {day} dienai, {time} valandą.",
            "customer",
            "Puiku, būsiu laiku.",
        ),
        (
            "customer",
            "Nuskaičiuokite nuo kortelės, kurios pabaiga {last4}.",
            "agent",
            "Gerai, kortelė su pabaiga {last4} susieta.",
        ),
        (
            "agent",
            "Jūsų užsakymo numeris {order}, pristatymas penktadienį.",
            "customer",
            "O kada kurjeris?",
        ),
        ("agent", "Kurjeris bus nuo {time} iki {time2}.", "customer", "Tinka."),
        (
            "agent",
            "Jei kas, skambinkite karštąja linija {hotline}.",
            "customer",
            "Užsirašiau, ačiū.",
        ),
        ("customer", "Esu jūsų klientas nuo {year} metų.", "agent", "Ačiū, kad esate su mumis!"),
        ("customer", "Mes Gedimino prospekte, prie parko.", "agent", "Kurjeris žino, ras."),
        (
            "customer",
            "Ar prie užsakymo galima pridėti „Vytauto“ vandens?",
            "agent",
            "Taip, ir „Birutės“ irgi turime.",
        ),
        (
            "customer",
            "Turiu seną Steinway pianiną.",
            "agent",
            "Mūsų meistras dirba ir su Steinway.",
        ),
        ("agent", "Kreipimosi numeris {case}, išsisaugokite.", "customer", "Gerai."),
        ("customer", "Šuniui {age} metai, sveria {kg} kilogramų.", "agent", "Tada antras tarifas."),
        (
            "agent",
            "Nuolaida {pct} procentų galioja iki {month} {day} dienos.",
            "customer",
            "Spėsiu.",
        ),
        (
            "agent",
            "Užsiėmimai {seat} salėje, antrame aukšte.",
            "customer",
            "Supratau, o parkavimas yra?",
        ),
    ],
}
