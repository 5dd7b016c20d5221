"""Call-centre exchanges for the fourth blind redaction set: {key} marks a value slot.

"A:" is the agent, "C:" the customer. Slots are filled by blind4_values; literal text must carry
no digits (the spoken style has none). Written in the way callers and agents actually talk.
"""

RU = {
    "card_full": [
        [
            "A: Для оплаты мне понадобится номер карты, продиктуйте, пожалуйста.",
            "C: Так, щас, достану... вот, {card}.",
            "A: Спасибо. Срок действия?",
            "C: Там написано {exp}.",
            "A: И три цифры с обратной стороны.",
            "C: {cvv}.",
        ],
        [
            "C: Я хочу привязать карту, номер {card}, она на мужа оформлена, но я пользуюсь.",
            "A: Поняла вас. Повторю: {card_rb}, верно?",
            "C: Да, всё так.",
        ],
        [
            "A: Номер карты, пожалуйста, все цифры подряд.",
            "C: Э-э, {card}. Действует до {exp}.",
            "A: Записала. Сумма списания {amount}, подтверждаете?",
            "C: Ну да, подтверждаю.",
        ],
        [
            "C: Ну смотрите, вот карта у меня в руке, {card}, это Сбер.",
            "A: Секунду... Проверяю: {card_wrong}?",
            "C: Нет, вы ошиблись, ещё раз: {card_rb}.",
            "A: Теперь верно. Срок и код на обороте?",
            "C: {exp}, код {cvv}.",
        ],
    ],
    "card_split": [
        [
            "A: Диктуйте номер карты.",
            "C: {card_a}...",
            "A: Так, дальше.",
            "C: ...{card_b}. Всё. Сзади {cvv}, если надо.",
        ],
        [
            "C: Первые цифры {card_a}, подождите, очки надену...",
            "A: Да-да, я жду, не торопитесь.",
            "C: Так, {card_b}. И срок {exp}.",
        ],
    ],
    "card_fix": [
        [
            "A: Назовите номер карты.",
            "C: {cx1}... ой, нет, сбилась, вот отсюда заново: {cx2}.",
            "A: Хорошо, записала.",
        ],
        [
            "C: Номер {cx1}, ой, не так, я с той строки начну, {cx2}.",
            "A: Поняла. Код безопасности не называйте, он не нужен.",
        ],
    ],
    "card_decoy": [
        [
            "A: Вижу у вас карту, которая заканчивается на {last4}, списать с неё?",
            "C: Да, с неё, только не больше {amount}.",
            "A: Хорошо, платёж пройдёт {date}, примерно в {time}.",
        ],
        [
            "C: У меня списали {amount} с карты на {last4_card}, я ничего не покупала!",
            "A: Сейчас посмотрю операцию по заказу {order}. Оставайтесь на линии.",
        ],
    ],
    "phone": [
        [
            "A: По какому номеру с вами связаться?",
            "C: Пишите {phone}, это мобильный.",
            "A: Повторяю: {phone_rb}.",
            "C: Да, правильно.",
        ],
        [
            "C: Э-э, номер поменялся, новый {phone}, а старый {phone2} больше не работает.",
            "A: Обновила контакт. Мастер позвонит вам {date}.",
        ],
        [
            "A: Оставьте, пожалуйста, контактный телефон.",
            "C: Ну, {phone}. Если не возьму, то после {time} звоните.",
            "A: Хорошо, записала.",
        ],
    ],
    "email": [
        [
            "A: Куда отправить договор?",
            "C: На почту, {email}.",
            "A: Отправлю в течение {minutes} минут.",
        ],
        [
            "C: Чек пришлите мне на электронку, записываете? {email}.",
            "A: Да, записала, проверьте папку «Спам», если не придёт.",
        ],
    ],
    "passport": [
        [
            "A: Для переоформления нужны паспортные данные: серия и номер.",
            "C: Серия, номер... {pass}.",
            "A: Кем выдан, не нужно, спасибо.",
        ],
        [
            "C: Паспорт у меня {pass}, я его в прошлом году менял.",
            "A: Поняла, данные обновлены. Тариф {tariff} остаётся.",
        ],
    ],
    "nid": [
        ["A: Для вычета нужен ваш {nid_kind}.", "C: Так, минутку, {nid}.", "A: Спасибо, записала."],
        [
            "C: {nid_kind} мой {nid}, посмотрите по нему, пожалуйста.",
            "A: Да, нашла вас в системе, {city}, всё верно?",
            "C: Да.",
        ],
    ],
    "dob": [
        [
            "A: Для проверки личности назовите дату рождения.",
            "C: {dob} года.",
            "A: Спасибо, личность подтверждена.",
        ],
        [
            "C: Я родилась {dob}, а в анкете почему-то другое стоит.",
            "A: Вижу, исправим. Заявка будет обработана до {date}.",
        ],
        [
            "A: Назовите дату рождения владельца.",
            "C: Владелец — мама, {third}... она {dob} года рождения.",
            "A: Спасибо.",
        ],
    ],
    "account": [
        [
            "A: Назовите номер, на который делать возврат. Это {acct_kind}?",
            "C: Да, {acct}.",
            "A: Возврат {amount} поступит в течение десяти дней.",
        ],
        [
            "C: Звоню по договору, номер {acct}, у меня там долг неправильный.",
            "A: Секундочку, смотрю... Долг {amount}, последний платёж был {date}.",
        ],
    ],
    "address": [
        [
            "A: Адрес доставки подскажите.",
            "C: {city}, {addr}.",
            "A: Курьер приедет {date} с десяти до {time}.",
        ],
        ["C: Мы переехали, теперь живём {addr}, город тот же, {city}.", "A: Записала новый адрес."],
        [
            "A: Адрес подключения?",
            "C: Э-э, ну {addr}... домофон не работает, звоните в телефон.",
            "A: Хорошо, отметила.",
        ],
    ],
    "person": [
        [
            "A: Компания «ТеплоСервис», меня зовут {agent}, чем могу помочь?",
            "C: Здравствуйте, это {name}, я по поводу заявки.",
            "A: {name_voc}, одну минуту, смотрю.",
        ],
        [
            "C: Добрый день, я звоню за {name_gen}, она сама не может, она в больнице.",
            "A: Поняла. А вы ей кем приходитесь?",
            "C: Дочь. Меня {third} зовут.",
        ],
        [
            "A: Как к вам обращаться?",
            "C: {name}.",
            "A: Очень приятно, {name_voc}. Меня зовут {agent}.",
        ],
        [
            "C: Моя фамилия {surname}, заявка на замену счётчика.",
            "A: Секунду... Да, вижу, мастер придёт {date}.",
        ],
    ],
    "verify": [
        [
            "A: Назовите, пожалуйста, ФИО и дату рождения.",
            "C: {name}, {dob}.",
            "A: И контактный номер.",
            "C: {phone}.",
            "A: Спасибо, {name_voc}, данные совпадают.",
        ],
        [
            "A: Оператор {agent}, слушаю вас.",
            "C: Здрасьте, {name}, ну, у меня карта заблокировалась.",
            "A: Для проверки — дата рождения?",
            "C: Э-э... {dob}.",
            "A: Спасибо. Вижу блокировку карты на {last4}, снимаю.",
        ],
    ],
    "decoy": [
        [
            "A: Ваш заказ {order} передан в доставку, ожидайте {date}.",
            "C: А во сколько примерно?",
            "A: С {time}, курьер позвонит заранее.",
        ],
        [
            "C: Я на тарифе {tariff}, мне списали {amount}, а должно быть меньше.",
            "A: Сейчас проверю. Да, доплата за прошлый месяц."
            " Нажмите {menu}, чтобы оценить разговор.",
        ],
        [
            "A: Горячая линия {hotline} работает круглосуточно.",
            "C: А в городе {city} офис есть? На улице Ленина вроде был.",
            "A: Да, на {street}, до {time}.",
        ],
        [
            "C: Я уже всякую надежду потеряла, третий раз звоню,"
            " роза ветров какая-то у вас, а не отдел.",
            "A: Понимаю. Перерасчёт на {amount} сделаем до {date}.",
        ],
        [
            "A: Вы подключили услугу «Вера в лучшее» за {amount} в месяц.",
            "C: Какая вера, я ничего не подключал! Отключайте.",
            "A: Отключила, деньги вернутся через {minutes} дней.",
        ],
    ],
}

UK = {
    "card_full": [
        [
            "A: Продиктуйте, будь ласка, номер картки.",
            "C: Зараз... {card}.",
            "A: Дякую. Термін дії?",
            "C: {exp}.",
            "A: І три цифри на звороті.",
            "C: {cvv}.",
        ],
        [
            "C: Номер картки {card}, це Приват.",
            "A: Перевіряю: {card_rb}, так?",
            "C: Так, усе правильно.",
            "A: Термін дії і код CVV?",
            "C: {exp}, код {cvv}.",
        ],
        [
            "A: Номер картки, будь ласка.",
            "C: Ну, {card}, до {exp}.",
            "A: Записала. Спишемо {amount}, підтверджуєте?",
            "C: Так.",
        ],
    ],
    "card_split": [
        ["A: Кажіть номер картки.", "C: {card_a}...", "A: Так, далі.", "C: ...{card_b}, все."],
        [
            "C: Перші цифри {card_a}, зачекайте, окуляри знайду...",
            "A: Звісно, чекаю.",
            "C: Ось, {card_b}. Термін {exp}, код {cvv}.",
        ],
    ],
    "card_fix": [
        [
            "A: Номер картки?",
            "C: {cx1}... ой, ні, збилася, з цього місця ще раз: {cx2}.",
            "A: Добре, записала.",
        ],
    ],
    "card_decoy": [
        [
            "A: Бачу картку, що закінчується на {last4}, списати з неї?",
            "C: Так, але не більше {amount}.",
            "A: Платіж пройде {date} близько {time}.",
        ],
        [
            "C: З картки на {last4_card} зняли {amount}, я нічого не купувала!",
            "A: Перевіряю замовлення {order}, не кладіть слухавку.",
        ],
    ],
    "phone": [
        [
            "A: За яким номером з вами зв'язатися?",
            "C: {phone}, це мобільний.",
            "A: Повторюю: {phone_rb}.",
            "C: Так, правильно.",
        ],
        [
            "C: Номер змінився, новий {phone}, а старий {phone2} вже не працює.",
            "A: Оновила. Майстер зателефонує {date}.",
        ],
    ],
    "email": [
        [
            "A: Куди надіслати рахунок?",
            "C: На пошту {email}.",
            "A: Надішлю протягом {minutes} хвилин.",
        ],
        ["C: Запишіть мою пошту, будь ласка: {email}.", "A: Записала, перевірте спам, якщо що."],
    ],
    "passport": [
        ["A: Потрібні паспортні дані.", "C: Паспорт {pass}.", "A: Дякую."],
        ["C: У мене ID-картка, номер {pass}.", "A: Прийнято, тариф {tariff} залишається."],
    ],
    "nid": [
        [
            "A: Назвіть, будь ласка, ваш РНОКПП, ідентифікаційний код.",
            "C: Хвилинку... {nid}.",
            "A: Дякую, знайшла.",
        ],
        [
            "C: Мій податковий номер {nid}, перевірте по ньому.",
            "A: Так, бачу вас, місто {city}?",
            "C: Так.",
        ],
    ],
    "dob": [
        [
            "A: Для перевірки назвіть дату народження.",
            "C: {dob} року.",
            "A: Дякую, особу підтверджено.",
        ],
        ["C: Я народилася {dob}, а у вас в анкеті інше.", "A: Виправимо до {date}."],
    ],
    "account": [
        [
            "A: Назвіть рахунок для повернення коштів, {acct_kind}.",
            "C: {acct}.",
            "A: Повернення {amount} надійде протягом десяти днів.",
        ],
        ["C: Ось мій IBAN, записуйте: {acct}.", "A: Записала, дякую."],
    ],
    "address": [
        ["A: Адреса доставки?", "C: {city}, {addr}.", "A: Кур'єр буде {date} до {time}."],
        ["C: Ми переїхали, тепер {addr}, це теж {city}.", "A: Записала нову адресу."],
    ],
    "person": [
        [
            "A: Компанія «ЕнергоЗбут», мене звати {agent}, чим можу допомогти?",
            "C: Добрий день, я {name}, телефоную щодо заявки.",
            "A: {title} {name_voc}, хвилинку.",
        ],
        [
            "C: Я дзвоню замість {name_gen}, вона сама не може.",
            "A: А ви їй хто?",
            "C: Донька, мене звати {third}.",
        ],
        ["A: Як до вас звертатися?", "C: {name}.", "A: Дякую, {title} {name_voc}."],
    ],
    "verify": [
        [
            "A: Назвіть ПІБ і дату народження.",
            "C: {name}, {dob}.",
            "A: І номер телефону.",
            "C: {phone}.",
            "A: Дякую, {title} {name_voc}, все збігається.",
        ],
    ],
    "decoy": [
        [
            "A: Ваше замовлення {order} передано в доставку, очікуйте {date}.",
            "C: А о котрій?",
            "A: Після {time}, кур'єр зателефонує.",
        ],
        [
            "C: Я на тарифі {tariff}, мені зняли {amount}, це забагато.",
            "A: Перевірю. Натисніть {menu}, щоб оцінити розмову.",
        ],
        [
            "A: Гаряча лінія {hotline}, працює цілодобово.",
            "C: А в місті {city} є відділення?",
            "A: Так, на {street}, до {time}.",
        ],
        [
            "C: Я вже втратила надію, третій раз дзвоню, і віри вам нема.",
            "A: Перерахунок на {amount} зробимо до {date}.",
        ],
    ],
}

EN = {
    "card_full": [
        [
            "A: Could I take the long number on the front of the card?",
            "C: Yeah, it's {card}.",
            "A: And the expiry?",
            "C: {exp}.",
            "A: And the three digits on the back, please.",
            "C: Um, {cvv}.",
        ],
        [
            "C: Right, card number is {card}, it's a Visa debit.",
            "A: Let me just read that back: {card_rb}. Is that correct?",
            "C: Yep, that's it.",
            "A: Expiry and security code?",
            "C: {exp}, and it's {cvv}.",
        ],
        [
            "A: Card number when you're ready.",
            "C: Okay so like {card}, expires {exp}.",
            "A: Lovely. That's {amount} going out today, is that okay?",
            "C: Yes, fine.",
        ],
        [
            "C: Card's {card}.",
            "A: Sorry, was that {card_wrong}?",
            "C: No no, {card_rb}.",
            "A: Got it now, thanks.",
        ],
    ],
    "card_split": [
        [
            "A: Go ahead with the card number.",
            "C: {card_a}...",
            "A: Mm-hm.",
            "C: ...{card_b}. That's the lot.",
        ],
        [
            "C: First bit is {card_a}, hang on, the kids are shouting, sorry...",
            "A: No worries, take your time.",
            "C: Right, {card_b}. Expires {exp}, security code {cvv}.",
        ],
    ],
    "card_fix": [
        [
            "A: The card number, please.",
            "C: {cx1}, no wait, sorry, I'll start that bit again, {cx2}.",
            "A: No problem, I've got that.",
        ],
    ],
    "card_decoy": [
        [
            "A: I can see a card ending in {last4} on the account, shall I use that one?",
            "C: Yeah, but no more than {amount}.",
            "A: It'll go out on {date} around {time}.",
        ],
        [
            "C: You've taken {amount} off my card ending {last4_card}"
            " and I never ordered anything.",
            "A: I'm looking at order {order} now, bear with me.",
        ],
    ],
    "phone": [
        [
            "A: What's the best number to reach you on?",
            "C: It's {phone}.",
            "A: So that's {phone_rb}?",
            "C: That's right.",
        ],
        [
            "C: My number's changed, it's {phone} now, the old one, {phone2}, is dead.",
            "A: Updated. The engineer will ring you on {date}.",
        ],
        [
            "A: Can I grab a contact number?",
            "C: Um, yeah, {phone}, but I'm at work till {time}.",
            "A: Noted.",
        ],
    ],
    "email": [
        [
            "A: Where should I send the confirmation?",
            "C: Email's {email}.",
            "A: You'll have it within {minutes} minutes.",
        ],
        [
            "C: Can you email me the receipt? It's {email}.",
            "A: Will do, check your junk folder too.",
        ],
    ],
    "passport": [
        [
            "A: For the travel insurance I'll need your passport number.",
            "C: Okay, it's {pass}.",
            "A: Thank you.",
        ],
        [
            "C: Passport number is {pass}, I renewed it last year.",
            "A: Lovely, and you're staying on {tariff}?",
        ],
    ],
    "nid": [
        [
            "A: Could I take your {nid_kind}?",
            "C: Yeah, it's {nid}.",
            "A: Thanks, that's all matched up.",
        ],
        [
            "C: My {nid_kind} is {nid}, does that help?",
            "A: It does, I've found you, in {city}?",
            "C: Yes.",
        ],
    ],
    "dob": [
        [
            "A: For security, can you confirm your date of birth?",
            "C: {dob}.",
            "A: Thanks, you're through security.",
        ],
        [
            "C: I was born {dob}, but the letter says something else.",
            "A: I'll get that corrected by {date}.",
        ],
        [
            "A: And the account holder's date of birth?",
            "C: That's my mum, {third}, she was born {dob}.",
            "A: Thank you.",
        ],
    ],
    "account": [
        [
            "A: Where should we send the refund? I'll need the {acct_kind}.",
            "C: It's {acct}.",
            "A: The refund of {amount} should land in three to five working days.",
        ],
        [
            "C: I'm ringing about my {acct_kind}, {acct}, the premium's gone up.",
            "A: Let me look. Yes, it renewed on {date} at {amount}.",
        ],
    ],
    "address": [
        [
            "A: What's the delivery address?",
            "C: {addr}, {city}.",
            "A: The driver will come on {date} before {time}.",
        ],
        ["C: We've moved, we're at {addr} now, still in {city}.", "A: I've updated that for you."],
    ],
    "person": [
        [
            "A: You're through to Harbour Energy, my name's {agent}, how can I help?",
            "C: Hi, it's {name}, I'm calling about my bill.",
            "A: Thanks {title} {name_voc}, one moment.",
        ],
        [
            "C: I'm calling on behalf of my mum, {name_gen}, she's had a fall.",
            "A: Oh I'm sorry to hear that. And who am I speaking to?",
            "C: I'm her daughter, {third}.",
        ],
        [
            "A: Who am I speaking with today?",
            "C: {name}.",
            "A: Lovely, thanks {title} {name_voc}. I'm {agent}.",
        ],
        [
            "C: The name on the account is {surname}.",
            "A: Brilliant, I've got it up. The engineer's booked for {date}.",
        ],
    ],
    "verify": [
        [
            "A: Can I take your full name and date of birth?",
            "C: {name}, {dob}.",
            "A: And a phone number?",
            "C: {phone}.",
            "A: Thanks {title} {name_voc}, that all matches.",
        ],
    ],
    "decoy": [
        [
            "A: Your order {order} is out for delivery, it should arrive {date}.",
            "C: Roughly what time?",
            "A: After {time}, the driver will text you.",
        ],
        [
            "C: I'm on {tariff} and you've charged me {amount}, that's way over.",
            "A: Let me check. It's a one-off adjustment. Press {menu} to rate this call.",
        ],
        [
            "A: Our helpline is {hotline}, open seven days.",
            "C: Is there a branch in {city}?",
            "A: Yes, on {street}, open till {time}.",
        ],
        [
            "C: Honestly, by the grace of God you'll sort it this time, I've got no hope left.",
            "A: We will, the credit of {amount} goes on by {date}.",
        ],
        [
            "A: Did you want to keep the Victoria bundle or switch to {tariff}?",
            "C: Switch, please. Will it be cheaper?",
            "A: Yes, {amount} a month.",
        ],
    ],
}

LT = {
    "card_full": [
        [
            "A: Padiktuokite, prašau, kortelės numerį.",
            "C: Taip, {card}.",
            "A: Ačiū. Galiojimo data?",
            "C: {exp}.",
            "A: Ir trys skaitmenys kitoje pusėje.",
            "C: {cvv}.",
        ],
        [
            "C: Kortelės numeris {card}, čia Swedbanko.",
            "A: Pakartosiu: {card_rb}, teisingai?",
            "C: Taip.",
        ],
        [
            "A: Kortelės numeris, prašau.",
            "C: Nu, {card}, galioja iki {exp}.",
            "A: Nuskaičiuosime {amount}, sutinkate?",
            "C: Taip, gerai.",
        ],
    ],
    "card_split": [
        [
            "A: Sakykite kortelės numerį.",
            "C: {card_a}...",
            "A: Taip, toliau.",
            "C: ...{card_b}. Viskas. Saugos kodas {cvv}.",
        ],
        [
            "C: Pirmi skaičiai {card_a}, palaukit, akinius užsidėsiu...",
            "A: Nieko tokio, palauksiu.",
            "C: Taip, {card_b}.",
        ],
    ],
    "card_fix": [
        [
            "A: Kortelės numeris?",
            "C: {cx1}... ai ne, susimaišiau, nuo čia iš naujo: {cx2}.",
            "A: Gerai, užsirašiau.",
        ],
    ],
    "card_decoy": [
        [
            "A: Matau kortelę, kurios numeris baigiasi {last4}, nuskaičiuoti nuo jos?",
            "C: Taip, bet ne daugiau nei {amount}.",
            "A: Mokėjimas bus {date} apie {time}.",
        ],
        [
            "C: Nuo kortelės, kuri baigiasi {last4_card}, nuskaičiavo {amount}, aš nieko nepirkau!",
            "A: Tikrinu užsakymą {order}, neatsijunkite.",
        ],
    ],
    "phone": [
        [
            "A: Kokiu numeriu su jumis susisiekti?",
            "C: {phone}, mobilusis.",
            "A: Pakartoju: {phone_rb}.",
            "C: Taip, teisingai.",
        ],
        [
            "C: Pasikeitė numeris, naujas {phone}, o senas {phone2} nebeveikia.",
            "A: Atnaujinau. Meistras paskambins {date}.",
        ],
    ],
    "email": [
        ["A: Kur atsiųsti sąskaitą?", "C: Į paštą {email}.", "A: Atsiųsiu per {minutes} minučių."],
        ["C: Užsirašykite mano el. paštą: {email}.", "A: Užsirašiau, patikrinkite ir šlamštą."],
    ],
    "passport": [
        ["A: Reikės paso numerio.", "C: Paso numeris {pass}.", "A: Ačiū."],
        ["C: Asmens tapatybės kortelės numeris {pass}.", "A: Priimta, planas {tariff} lieka."],
    ],
    "nid": [
        ["A: Prašau pasakyti asmens kodą.", "C: Minutėlę... {nid}.", "A: Ačiū, radau."],
        [
            "C: Mano asmens kodas {nid}, pažiūrėkite pagal jį.",
            "A: Taip, matau, {city}?",
            "C: Taip.",
        ],
    ],
    "dob": [
        ["A: Patikrinimui pasakykite gimimo datą.", "C: {dob}.", "A: Ačiū, tapatybė patvirtinta."],
        ["C: Gimiau {dob}, o anketoje kažkas kita.", "A: Pataisysime iki {date}."],
    ],
    "account": [
        [
            "A: Į kokią sąskaitą grąžinti pinigus? Reikia {acct_kind}.",
            "C: {acct}.",
            "A: {amount} grąžinsime per dešimt dienų.",
        ],
        ["C: Užsirašykite sąskaitą: {acct}.", "A: Užsirašiau, ačiū."],
    ],
    "address": [
        ["A: Pristatymo adresas?", "C: {city}, {addr}.", "A: Kurjeris atvyks {date} iki {time}."],
        [
            "C: Persikraustėme, dabar gyvename {addr}, miestas tas pats, {city}.",
            "A: Adresą atnaujinau.",
        ],
    ],
    "person": [
        [
            "A: Bendrovė „Elektrum“, mano vardas {agent}, kuo galiu padėti?",
            "C: Laba diena, čia {name}, skambinu dėl užklausos.",
            "A: {name_voc}, minutėlę.",
        ],
        [
            "C: Skambinu dėl {name_gen} sąskaitos, ji pati negali.",
            "A: O kas jūs jai esate?",
            "C: Dukra, mano vardas {third}.",
        ],
        ["A: Kaip į jus kreiptis?", "C: {name}.", "A: Ačiū, {name_voc}. Aš {agent}."],
    ],
    "verify": [
        [
            "A: Pasakykite vardą, pavardę ir gimimo datą.",
            "C: {name}, {dob}.",
            "A: Ir telefono numerį.",
            "C: {phone}.",
            "A: Ačiū, {name_voc}, duomenys sutampa.",
        ],
    ],
    "decoy": [
        [
            "A: Jūsų užsakymas {order} perduotas kurjeriui, laukite {date}.",
            "C: Kelintą valandą?",
            "A: Po {time}, kurjeris paskambins.",
        ],
        [
            "C: Turiu planą {tariff}, o nuskaičiavo {amount}, per daug.",
            "A: Patikrinsiu. Paspauskite {menu}, kad įvertintumėte pokalbį.",
        ],
        [
            "A: Karštoji linija {hotline}, veikia visą parą.",
            "C: Miestas {city}, ar ten yra skyrius?",
            "A: Taip, {street}, iki {time}.",
        ],
        [
            "C: Jau praradau viltį, skambinu trečią kartą dėl perskaičiavimo.",
            "A: Perskaičiavimą {amount} atliksime iki {date}.",
        ],
    ],
}

TEMPLATES = {"ru": RU, "uk": UK, "en": EN, "lt": LT}

# Longer, messier calls: background talk, interruptions, agents confirming piece by piece.
MORE = {
    "ru": {
        "card_split": [
            [
                "C: Так, {card_a}... {bg}, выключи телевизор, я по телефону!... Извините.",
                "A: Ничего страшного. Продолжайте.",
                "C: Ага, {card_b}, это всё.",
            ],
            [
                "A: Назовите первые цифры карты.",
                "C: {card_a}.",
                "A: Угу, записала, дальше.",
                "C: Дальше {card_b}.",
                "A: Итого {card_rb}, верно?",
                "C: Да.",
            ],
        ],
        "card_full": [
            [
                "A: Продиктуйте номер карты, я записываю.",
                "C: Ага... так... {card}... Всё.",
                "A: Так, {card_rb}, правильно?",
                "C: Угу, правильно.",
            ],
        ],
        "person": [
            [
                "A: Добрый день, «Домофон-Сервис», {agent}, слушаю.",
                "C: Здрасьте, у меня домофон не открывает, третий подъезд.",
                "A: Как вас зовут?",
                "C: Записывайте: {name}.",
                "A: Спасибо, {name_voc}.",
            ],
        ],
        "decoy": [
            [
                "A: Добрый день, «Домофон-Сервис», {agent}, слушаю.",
                "C: У нас домофон третий день не работает. Город {city}, {street}, все подъезды.",
                "A: Заявку приняла, мастер будет {date} с {time}.",
            ],
            [
                "C: Мне сказали нажать {menu}, а там музыка играет минут {minutes}.",
                "A: Извините за ожидание. Ваш вопрос по счёту на {amount}?",
                "C: Да.",
            ],
        ],
        "phone": [
            [
                "C: Запишите второй контактный номер: {phone}.",
                "A: Чей это номер?",
                "C: Это {third}, мы вместе живём.",
                "A: Записала, {third_again} будет вторым контактом.",
            ],
        ],
    },
    "uk": {
        "card_split": [
            [
                "C: Так, {card_a}... {bg}, не заважай, я по телефону!... Вибачте.",
                "A: Нічого. Продовжуйте.",
                "C: Ага, {card_b}, усе.",
            ],
        ],
        "decoy": [
            [
                "A: Добрий день, «Водоканал-Сервіс», {agent}, слухаю.",
                "C: У нас третій день нема води, {city}, {street}.",
                "A: Заявку прийнято, бригада буде {date} після {time}.",
            ],
        ],
        "phone": [
            [
                "C: Запишіть ще один номер: {phone}.",
                "A: Чий це номер?",
                "C: Це {third}, ми разом живемо.",
                "A: Записала, {third_again} буде другим контактом.",
            ],
        ],
    },
    "en": {
        "card_split": [
            [
                "C: Okay, {card_a}... {bg}, put that down! Sorry, sorry.",
                "A: You're fine, carry on.",
                "C: Right, {card_b}, that's it.",
            ],
            [
                "A: Give me the first few digits.",
                "C: {card_a}.",
                "A: Yep.",
                "C: Then {card_b}.",
                "A: So altogether {card_rb}?",
                "C: Yeah.",
            ],
        ],
        "decoy": [
            [
                "A: Thanks for holding, you're through to Northgate Water, this is {agent}.",
                "C: Hiya, we've had no water since this morning, over in {city}, on {street}.",
                "A: There's a burst main, engineers are on site, should be back by {time}.",
            ],
        ],
        "phone": [
            [
                "C: Can you add my partner as a contact? Her number's {phone}.",
                "A: And her name?",
                "C: It's {third}.",
                "A: Done, {third_again} is on the account now.",
            ],
        ],
    },
    "lt": {
        "card_split": [
            [
                "C: Taip, {card_a}... {bg}, netrukdyk, kalbu telefonu!... Atsiprašau.",
                "A: Nieko tokio, tęskite.",
                "C: Taip, {card_b}, viskas.",
            ],
        ],
        "decoy": [
            [
                "A: Laba diena, „Vilniaus vandenys“, {agent}, klausau.",
                "C: Trečią dieną nėra vandens, {city}, {street}.",
                "A: Užklausą priėmiau, brigada atvyks {date} po {time}.",
            ],
        ],
        "phone": [
            [
                "C: Užrašykite dar vieną numerį: {phone}.",
                "A: Kieno tai numeris?",
                "C: Tai {third}, gyvename kartu.",
                "A: Užrašiau, {third_again} bus antras kontaktas.",
            ],
        ],
    },
}
for _lang, _kinds in MORE.items():
    for _kind, _alternatives in _kinds.items():
        TEMPLATES[_lang][_kind].extend(_alternatives)
