"""People, places and organisations of the blind25 calls (invented; ru/uk/en/lt).

Names carry the case forms the calls need, because callers decline them ("на имя Ольги
Кравец", "Jono Petraičio") and a detector that only knows the nominative should be caught.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    male: bool
    first: str
    first_gen: str
    first_dat: str  # uk/lt: vocative; ru/en: dative (en repeats the name)
    patr: str
    patr_gen: str
    last: str
    last_gen: str
    dim: str
    lat_first: str
    lat_last: str


def _p(spec: str) -> Person:
    f = spec.split("|")
    return Person(f[0] == "m", *f[1:])


PEOPLE = {
    "ru": [
        _p(s)
        for s in (
            "f|Ольга|Ольги|Ольге|Николаевна|Николаевны|Кравец|Кравец|Оля|olga|kravets",
            "m|Сергей|Сергея|Сергею|Петрович|Петровича|Голубев|Голубева|Серёжа|sergey|golubev",
            "f|Александра|Александры|Александре|Игоревна|Игоревны|Мельникова|Мельниковой|Саша"
            "|alexandra|melnikova",
            "m|Тимур|Тимура|Тимуру|Рашидович|Рашидовича|Хабибуллин|Хабибуллина|Тима|timur"
            "|khabibullin",
            "f|Наталья|Натальи|Наталье|Викторовна|Викторовны|Орлова-Штерн|Орловой-Штерн|Наташа"
            "|natalia|orlova",
            "m|Мигель|Мигеля|Мигелю|||Гарсиа|Гарсиа|Мигель|miguel|garcia",
            "m|Дмитрий|Дмитрия|Дмитрию|Анатольевич|Анатольевича|Шевчук|Шевчука|Дима|dmitry"
            "|shevchuk",
            "f|Екатерина|Екатерины|Екатерине|Сергеевна|Сергеевны|Лебедева|Лебедевой|Катя"
            "|ekaterina|lebedeva",
            "m|Джеймс|Джеймса|Джеймсу|||Макдугалл|Макдугалла|Джеймс|james|macdougall",
            "f|Зарина|Зарины|Зарине|Алимовна|Алимовны|Юсупова|Юсуповой|Зара|zarina|yusupova",
        )
    ],
    "uk": [
        _p(s)
        for s in (
            "f|Оксана|Оксани|Оксано|Петрівна|Петрівни|Мороз|Мороз|Оксанка|oksana|moroz",
            "m|Андрій|Андрія|Андрію|Васильович|Васильовича|Ткаченко|Ткаченка|Андрійко|andriy"
            "|tkachenko",
            "f|Ірина|Ірини|Ірино|Степанівна|Степанівни|Бондар-Левицька|Бондар-Левицької|Іринка"
            "|iryna|bondar",
            "m|Олександр|Олександра|Олександре|Іванович|Івановича|Савчук|Савчука|Сашко"
            "|oleksandr|savchuk",
            "f|Марта|Марти|Марто|Богданівна|Богданівни|Гнатюк|Гнатюк|Марточка|marta|hnatiuk",
            "m|Жан|Жана|Жане|||Дюбуа|Дюбуа|Жан|jean|dubois",
            "m|Юрій|Юрія|Юрію|Миколайович|Миколайовича|Коваль|Коваля|Юрко|yuriy|koval",
            "f|Соломія|Соломії|Соломіє|Ярославівна|Ярославівни|Лисенко|Лисенко|Соля|solomiia"
            "|lysenko",
        )
    ],
    "en": [
        _p(s)
        for s in (
            "f|Hannah|Hannah|Hannah|||Whitfield-Boateng|Whitfield-Boateng|Han|hannah|whitfield",
            "m|Oliver|Oliver|Oliver|||McAllister|McAllister|Ollie|oliver|mcallister",
            "f|Priyanka|Priyanka|Priyanka|||Raman|Raman|Priya|priyanka|raman",
            "m|Tomasz|Tomasz|Tomasz|||Kowalczyk|Kowalczyk|Tom|tomasz|kowalczyk",
            "f|Siobhan|Siobhan|Siobhan|||O'Leary|O'Leary|Shiv|siobhan|oleary",
            "m|Daniel|Daniel|Daniel|||Hughes|Hughes|Danny|daniel|hughes",
            "f|Grace|Grace|Grace|||Okafor|Okafor|Gracie|grace|okafor",
            "m|Jamie|Jamie|Jamie|||Fraser-Lowe|Fraser-Lowe|Jim|jamie|fraserlowe",
        )
    ],
    "lt": [
        _p(s)
        for s in (
            "m|Jonas|Jono|Jonai|||Petraitis|Petraičio|Jonukas|jonas|petraitis",
            "f|Rūta|Rūtos|Rūta|||Kazlauskienė|Kazlauskienės|Rūtelė|ruta|kazlauskiene",
            "m|Mindaugas|Mindaugo|Mindaugai|||Vaitkus|Vaitkaus|Mindė|mindaugas|vaitkus",
            "f|Gintarė|Gintarės|Gintare|||Žukauskaitė|Žukauskaitės|Gintarėlė|gintare|zukauskaite",
            "m|Andrius|Andriaus|Andriau|||Stankevičius|Stankevičiaus|Andriukas|andrius"
            "|stankevicius",
            "f|Ieva|Ievos|Ieva|||Paulauskaitė-Kim|Paulauskaitės-Kim|Ievutė|ieva|paulauskaite",
            "m|Aleksandras|Aleksandro|Aleksandrai|||Novikovas|Novikovo|Saša|aleksandras|novikovas",
        )
    ],
}

AGENT_NAMES = {
    "ru": ["Марина", "Алексей", "Светлана", "Денис", "Ирина", "Кирилл"],
    "uk": ["Олена", "Тарас", "Ірина", "Богдан", "Вікторія"],
    "en": ["Kate", "Tom", "Priya", "Liam", "Megan"],
    "lt": ["Eglė", "Tomas", "Rasa", "Mantas", "Vaida"],
}

SETTINGS = (
    "roaming",
    "airline",
    "eservices",
    "carclaim",
    "rental",
    "tax",
    "customs",
    "gym",
    "hospital",
    "studentloan",
    "pension",
    "leasing",
)

# org | why a card payment | why identity data is asked for
ORGS = {
    "ru": {
        "roaming": (
            "оператор «ТелеЛинк»",
            "оплатить пакет роуминга на Турцию",
            "подключить роуминг на новый номер",
        ),
        "airline": (
            "авиакомпания «Северный курс»",
            "доплатить за перенос рейса",
            "переоформить билет после отмены рейса",
        ),
        "eservices": (
            "портал «Госуслуги Онлайн»",
            "оплатить госпошлину за загранпаспорт",
            "подтвердить учётную запись",
        ),
        "carclaim": (
            "страховая «Щит-Авто»",
            "доплатить франшизу по ремонту",
            "заявить о ДТП по ОСАГО",
        ),
        "rental": (
            "агентство «Ключ-Аренда»",
            "внести залог за квартиру",
            "оформить договор аренды",
        ),
        "tax": (
            "налоговая служба, линия консультаций",
            "оплатить пени по налогу на имущество",
            "уточнить данные в личном кабинете",
        ),
        "customs": (
            "курьерская служба «Экспресс-Граница»",
            "оплатить таможенную пошлину",
            "выпустить посылку с таможни",
        ),
        "gym": ("фитнес-клуб «Атлетика»", "оплатить заморозку абонемента", "заморозить абонемент"),
        "hospital": (
            "клиника «Медицина Плюс», бухгалтерия",
            "оплатить счёт за стационар",
            "переоформить счёт на страховую",
        ),
        "studentloan": (
            "банк «Студент-Кредит»",
            "внести платёж по образовательному кредиту",
            "оформить отсрочку по кредиту",
        ),
        "pension": (
            "негосударственный пенсионный фонд «Опора»",
            "внести добровольный взнос",
            "обновить данные застрахованного лица",
        ),
        "leasing": (
            "компания «Авто-Лизинг Центр»",
            "оплатить просроченный лизинговый платёж",
            "переоформить лизинг",
        ),
    },
    "uk": {
        "roaming": (
            "оператор «Зв'язок-Плюс»",
            "оплатити пакет роумінгу на Польщу",
            "відновити сім-картку в роумінгу",
        ),
        "airline": (
            "авіакомпанія «Небесний шлях»",
            "доплатити за зміну дати рейсу",
            "перебронювати квиток",
        ),
        "eservices": (
            "служба підтримки «Дія-Сервіс»",
            "оплатити адмінпослугу",
            "відновити доступ до кабінету",
        ),
        "carclaim": (
            "страхова «Оберіг-Авто»",
            "сплатити франшизу",
            "заявити страховий випадок після ДТП",
        ),
        "rental": ("агенція «Дім-Оренда»", "внести депозит за квартиру", "укласти договір оренди"),
        "tax": ("податкова, контакт-центр", "сплатити пеню", "оновити дані платника"),
        "customs": (
            "служба доставки «Кордон-Експрес»",
            "сплатити митний платіж",
            "розмитнити посилку",
        ),
        "gym": ("спортклуб «Форма»", "оплатити заморозку абонемента", "заморозити абонемент"),
        "hospital": (
            "лікарня «Медсвіт», відділ розрахунків",
            "оплатити рахунок за лікування",
            "переоформити рахунок",
        ),
        "studentloan": (
            "банк «Освіта-Кредит»",
            "внести платіж за навчальним кредитом",
            "оформити відстрочку",
        ),
        "pension": (
            "пенсійний фонд, гаряча лінія",
            "сплатити добровільний внесок",
            "оновити дані в пенсійній справі",
        ),
        "leasing": (
            "компанія «Авто-Лізинг»",
            "оплатити лізинговий платіж",
            "переоформити договір лізингу",
        ),
    },
    "en": {
        "roaming": (
            "Skyline Mobile",
            "buy a roaming bundle for the States",
            "set up roaming on a new line",
        ),
        "airline": (
            "Northwind Airways",
            "pay the change fee for my flight",
            "rebook a cancelled flight",
        ),
        "eservices": (
            "the Gov Online helpdesk",
            "pay the application fee",
            "verify my online account",
        ),
        "carclaim": (
            "Harbour Motor Insurance",
            "pay the excess on my repair",
            "report an accident",
        ),
        "rental": ("Keystone Lettings", "pay the holding deposit", "start a tenancy"),
        "tax": (
            "the tax office helpline",
            "pay a late filing penalty",
            "update my taxpayer record",
        ),
        "customs": ("Parcelbridge Couriers", "pay the import duty", "release my parcel"),
        "gym": ("PulseFit Gyms", "pay the freeze fee", "freeze my membership"),
        "hospital": (
            "St Brigid's Hospital billing",
            "settle my hospital bill",
            "move my bill to my insurer",
        ),
        "studentloan": (
            "Student Finance Direct",
            "make a repayment",
            "update my repayment details",
        ),
        "pension": (
            "Evergreen Pensions",
            "make a one-off contribution",
            "update my pension record",
        ),
        "leasing": ("DriveLease", "clear an overdue lease payment", "transfer my car lease"),
    },
    "lt": {
        "roaming": (
            "operatorius „Ryšio Banga“",
            "apmokėti tarptinklinio ryšio paketą",
            "įjungti tarptinklinį ryšį",
        ),
        "airline": (
            "avialinijos „Baltijos Sparnai“",
            "primokėti už skrydžio pakeitimą",
            "perregistruoti bilietą",
        ),
        "eservices": ("e. paslaugų pagalbos linija", "sumokėti rinkliavą", "atkurti prisijungimą"),
        "carclaim": ("draudimas „Saugus Kelias“", "sumokėti išskaitą", "pranešti apie eismo įvykį"),
        "rental": ("agentūra „Namų Raktas“", "sumokėti užstatą už butą", "sudaryti nuomos sutartį"),
        "tax": (
            "mokesčių inspekcijos konsultacijų linija",
            "sumokėti delspinigius",
            "atnaujinti mokėtojo duomenis",
        ),
        "customs": ("kurjeriai „Sienos Ekspresas“", "sumokėti muitą", "išmuitinti siuntinį"),
        "gym": ("sporto klubas „Jėga“", "apmokėti abonemento sustabdymą", "sustabdyti abonementą"),
        "hospital": (
            "ligoninės „Sveikata“ apskaita",
            "apmokėti sąskaitą už gydymą",
            "perrašyti sąskaitą",
        ),
        "studentloan": (
            "bankas „Studijų Kreditas“",
            "įmokėti studijų paskolos įmoką",
            "atidėti paskolos grąžinimą",
        ),
        "pension": (
            "pensijų fondas „Ramuma“",
            "įmokėti papildomą įmoką",
            "atnaujinti pensijų duomenis",
        ),
        "leasing": (
            "„Auto Lizingas“",
            "sumokėti pradelstą lizingo įmoką",
            "perleisti lizingo sutartį",
        ),
    },
}

# Written street forms (short, long) with the asr long form derived by lower-casing.
STREETS = {
    "ru": [
        ("ул. Профсоюзная", "улица Профсоюзная"),
        ("ул. Маяковского", "улица Маяковского"),
        ("пр-т Мира", "проспект Мира"),
        ("ул. Генерала Белова", "улица Генерала Белова"),
        ("пер. Кривоколенный", "переулок Кривоколенный"),
        ("ш. Энтузиастов", "шоссе Энтузиастов"),
    ],
    "uk": [
        ("вул. Січових Стрільців", "вулиця Січових Стрільців"),
        ("просп. Перемоги", "проспект Перемоги"),
        ("вул. Лесі Українки", "вулиця Лесі Українки"),
        ("вул. Городоцька", "вулиця Городоцька"),
        ("пров. Тихий", "провулок Тихий"),
    ],
    "en": [
        ("Albion St", "Albion Street"),
        ("Mill Lane", "Mill Lane"),
        ("Kingsway", "Kingsway"),
        ("Cranbrook Rd", "Cranbrook Road"),
        ("Nightingale Close", "Nightingale Close"),
    ],
    "lt": [
        ("Žirmūnų g.", "Žirmūnų gatvė"),
        ("Savanorių pr.", "Savanorių prospektas"),
        ("Kalvarijų g.", "Kalvarijų gatvė"),
        ("Taikos pr.", "Taikos prospektas"),
        ("Liepų g.", "Liepų gatvė"),
    ],
}
CITIES = {
    "ru": ["Казань", "Самара", "Тверь", "Пермь"],
    "uk": ["Львів", "Вінниця", "Полтава"],
    "en": ["Leeds", "Bristol", "Croydon"],
    "lt": ["Kaunas", "Klaipėda", "Šiauliai"],
}

MONTHS_GEN = {
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "en": "January February March April May June July August September October November December",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio "
    "lapkričio gruodžio",
}
MONTHS_GEN = {lang: words.split() for lang, words in MONTHS_GEN.items()}

EMAIL_DOMAINS = {
    "ru": [("mail", "ru"), ("yandex", "ru"), ("gmail", "com")],
    "uk": [("ukr", "net"), ("gmail", "com"), ("meta", "ua")],
    "en": [("outlook", "com"), ("gmail", "com"), ("btinternet", "com")],
    "lt": [("gmail", "com"), ("inbox", "lt"), ("one", "lt")],
}
# how "@" and "." are said in each language's asr style
AT_DOT = {
    "ru": (["собака", "собачка"], "точка"),
    "uk": (["равлик", "собака"], "крапка"),
    "en": (["at"], "dot"),
    "lt": (["eta"], "taškas"),
}
