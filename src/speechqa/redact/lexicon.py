"""Cue words per entity type and language, month and ordinal stems, name lists.

A cue is a phrase of folded words; a word ending in ``*`` matches any word it begins
(``карт*`` matches карта, карты, картки). Cues are merged across ru/uk/en/lt because the
detected language of a call is not always right and the cue words hardly collide.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """A word list written as prose-like lines (easier to extend than a literal)."""
    return frozenset(text.split())


# Expiry cues that also describe memberships and plans: they count only near a card cue.
WEAK_EXPIRY_CUES = ("действует до", "действительна до", "срок до", "срок", "годна до",
                    "дійсна до", "дійсна по", "діє до", "термін до", "valid until", "valid to",
                    "expires", "expire", "expiring", "good through", "galioja iki",
                    "galioja", "действует", "действительна", "дійсна", "діє", "iki kada",
                    "when does it expire", "good until", "good thru", "run out", "runs out",
                    "galioj*", "закінчується термін", "заканчивается срок", "термін")

# "Код", "the code" after the card number was given: the CVV, but only in card talk.
WEAK_CVV_CUES = ("код", "кодик", "code", "the code", "code's", "the code's", "kodas", "kodą",
                 "koda", "kod")

CUES: dict[str, list[str]] = {
    "CARD": [
        "карт*", "картк*", "картoч*", "card*", "kortel*", "debit", "credit", "visa", "mastercard",
        "мастеркард", "виза", "віза", "пластик*", "maestro", "маэстро", "amex",
        "american express", "лицев* сторон*", "лицьов* бок*", "лицьов* сторон*",
        "long number", "sixteen digit*", "16 digit*", "шестнадцать цифр", "шістнадцять цифр",
        "šešiolika skaitmen*",
    ],
    "CVV": [
        "cvv", "cvc", "cvv2", "cvc2", "код с обратной стороны", "код на обороте",
        "код на звороті", "код із зворотного боку", "три цифры на обороте",
        "три цифри на звороті", "security code", "three digits on the back", "digits on the back",
        "saugos kod*", "trys skaitmenys", "трехзначный код", "тризначний код",
        "обратн* сторон*", "оборот*", "зворот*", "задн* сторон*", "код безопасности",
        "код безпеки", "on the back", "back of the card", "card code",
        "verification code", "kitoje pusėje", "kitoje puseje", "galinėje pusėje",
        "galineje puseje", "kitoje kortelės pusėje", "kitoje korteles puseje", "cvv kod*",
        "cvc kod*", "три цифры", "три цифри", "three digit*", "3 digit*", "trys skaitmen*",
        "from the back", "the back", "reverse", "kitoje pusėje", "kitoje puseje",
        "kitos pusės", "kitos puses", *WEAK_CVV_CUES,
        # where the code is printed: «сзади 666», «ззаду», "on the reverse"
        "сзади", "ззаду",
        # hyphenated as one token: «CVC-код», "cvv-code", "CVV-kodas"
        "cvv-*", "cvc-*", "cvv2-*", "cvc2-*", "cid",
        # the card's "security number" (not "social security number"), and Amex's four
        # digits over the number: «четыре цифры кода над номером», "kodas virš numerio"
        "the security number", "card security number", "кода над номером",
        "код над номером", "коду над номером", "цифры кода", "цифри коду", "virš numerio",
        "vir numerio", "four digit code", "four-digit code", "четырехзначный код",
        "чотиризначний код",
        # where Amex prints them: "the four digits on the front above the number", «четыре
        # цифры на лицевой стороне», «над номером» (the card's number is on the front too)
        "above the number", "over the number", "над номером", "four digits on the front",
        "четыре цифры на лицев*", "чотири цифри на лицьов*", "keturi skaitmenys priekin*",
    ],
    "EXPIRY": [
        "срок действия", "срок действ*", "действует до", "термін дії",
        # in any case: «что указано в сроке действия», «у терміні дії»
        "срок* действ*", "термін* дії", "дійсна до", "дійсна по",
        "expiry", "expiry's", "expiration", "expires", "expire", "valid thru", "valid through",
        "valid until",
        "exp date", "galiojimo", *WEAK_EXPIRY_CUES,
        "срок годности", "срок карты", "окончания срока", "до какого месяца", "до какого числа",
        "месяц и год", "месяц год", "до якого місяця", "до якого терміну", "до якого числа",
        "місяць і рік", "місяць та рік",
        "закінчення терміну", "термін дії картки", "кінця терміну", "expiry date",
        "expiration date", "expiry month", "month and year", "valid from", "exp",
        "galiojimo mėnuo", "galiojimo menuo", "galiojimo data", "galiojimo laikas",
        # the month or year the card ends, asked one at a time: «месяц окончания?»
        "месяц окончания", "год окончания", "месяц истечения", "місяць закінчення",
        "рік закінчення", "end month", "end year",
        "mėnuo ir metai", "menuo ir metai", "galioja iki",
    ],
    "PHONE": [
        "телефон*", "мобильн*", "мобільн*", "номер для связи", "номер для зв'язку", "сотов*",
        "phone*", "mobile", "cell", "telephone", "text me", "call me on", "call me at",
        "reach me at",
        "telefon*", "mobiliojo", "mobilusis", "перезвонить на", "передзвонити на", "контактн*",
        "plus", "плюс", "pliusas",
        "перезвон*", "позвонить", "звонить", "созвон*", "смс", "sms", "мобильного",
        "передзвон*", "зателефон*", "подзвон*", "дзвонити", "reach you", "call you",
        "callback*", "call back", "text you", "text the", "whatsapp", "viber", "вайбер",
        "ватсап", "paskambin*", "skambin*", "susisiek*", "numeris telefono", "mobile number",
        "contact number", "номер мобильного", "номер мобільного", "номер для смс",
        "telefono numer*", "mobiliojo telefono", "my number", "мой номер", "мій номер",
        "call me back", "call me", "ring me", "back on", "plius", "звон*", "дзвон*", "call",
        "ring", "a number", "best number", "good number", "contact", "reach",
        "mano numeris", "mano numerį", "mano numeri", "perskambin*", "kontakt*",
        # a changed number: «диктуйте новый номер», "go ahead with the new number" (not
        # «Загранпаспорт новый, номер 74 4011811»)
        "диктуйте новый номер", "продиктуйте новый номер", "назовите новый номер",
        "ваш новый номер", "мой новый номер", "диктуйте новий номер",
        "продиктуйте новий номер", "назвіть новий номер", "ваш новий номер",
        "мій новий номер", "new number", "naują numerį", "nauja numeri", "naujas numeris",
    ],
    "PASSPORT": [
        "паспорт*", "серия", "серія", "серию", "серії", "серии", "серію", "passport*", "id card",
        "id-карт*", "id картк*",
        "айди карт*", "ідентифікаційн* картк*", "asmens tapatybes kortel*",
        "tapatybes kortel*", "asmens dokument*", "document number", "номер документа",
        "паспортн* данн*", "данные паспорта", "дані паспорта", "паспортні дані", "pasas",
        "paso", "pasą", "pasa", "id card number", "id картки", "id-картки", "ід картки",
        "id kortel*", "driving licence", "driver's license", "водительск*", "посвідчення",
        "номер документу", "dokumento numer*",
        # compounds and the foreign passport: "загранпаспорт", "закордонний паспорт"
        "загранпаспорт*", "заграничн* паспорт*", "закордонн* паспорт*", "біометричн* паспорт*",
        "биометрическ* паспорт*",
        "užsienio pas*", "travel document", "паспорта гражданина",
    ],
    "NATIONAL_ID": [
        "инн", "інн", "снилс", "іпн", "ипн", "рнокпп", "ідентифікаційн* код*",
        "идентификационн* код*", "ідентифікаційн* номер*", "податков* номер*", "налогов* номер*",
        "страхов* номер*", "national insurance", "ni number", "insurance number", "social security",
        "ssn", "asmens kod*", "tax number", "tax id", "taxpayer", "your social", "social",
        # a person's own identity number ("my id number is ..."; not "order id number": see
        # tokens._ID_OWNER_WORDS)
        "id number", "identity number", "identification number", "national id",
        "national id number", "personal id number",
    ],
    "ACCOUNT": [
        "счет*", "счёт*", "лицев* счет*", "рахун*", "особов* рахун*", "договор*", "договір*",
        "договору", "полис*", "поліс*", "account*", "policy", "contract", "iban", "sort code",
        "sąskait*", "saskait*", "sutart*", "polis*", "sutarties", "абонент*", "customer number",
        "membership number", "номер клиента", "номер клієнта", "kliento numer*",
        "mokėtojo kod*", "mokejo kod*", "mokėtojo numer*", "mokejo numer*", "payer code",
        "payer number", "код плательщика", "код платника", "номер плательщика",
        "номер платника",
        "loan*", "mortgage", "кредитн* договор*", "кредитн* договір*", "paskolos",
        "paskolos sutart*",
        # a service plan's number, as a contract's: "can I take your service plan number"
        "service plan number", "plan number", "номер тарифного плана", "plano numer*",
        # a hire or loan agreement's number, asked for as the customer's contract
        "agreement", "agreement number", "agreement no", "client's agreement",
        # the customer's own reference with the firm ("what's your customer reference?")
        "customer reference", "client reference", "customer ref",
    ],
    "DOB": [
        "дата рождения", "дату рождения", "дня рождения", "родил*", "рожден*", "год рождения",
        "дата народження", "дату народження", "народил*", "народив*", "народж*", "рік народження",
        "date of birth", "birth date", "birthday", "born", "dob", "d o b",
        "gimimo data", "gimimo dat*", "gimiau", "gimęs", "gimes", "gimusi", "gimimo",
        "когда вы родились", "год рождения", "рождения", "народження", "were you born",
        "birth", "gimėte", "gimete", "gimė", "gime", "gim* dat*",
        # a birth year corrected later: "I gave you the wrong year, it's actually ..."
        "wrong year", "не тот год", "не той рік", "ne tuos metus", "ne tie metai",
    ],
    "ADDRESS": [
        "zip", "zip code", "zipcode", "postcode", "post code", "postal code", "почтовый индекс",
        "индекс", "поштовий індекс", "індекс", "pašto kodas", "pasto kodas",
    ],
    # Numbers here are not identifiers: a card's last four digits, menu choices, issue dates.
    "NEG": [
        "ending in", "ends in", "ending with", "ends with", "last four", "last 4", "last digits",
        "card ending", "ending", "заканчивается", "оканчивается", "закінчується",
        "заканчивающ*", "оканчивающ*",
        "заканчивается на", "оканчивается на", "последние четыре", "последние 4",
        "последние цифры", "последние", "закінчується на", "останні чотири", "останні 4",
        "останні цифри", "останні", "baigiasi", "paskutiniai", "paskutinius", "paskutinių",
        # "карта с последними цифрами 0934", «з останніми цифрами», "su paskutiniais"
        "последними", "последних", "останніми", "останніх", "paskutiniais",
        "нажмите", "натисніть", "press", "option", "spauskite", "paspauskite", "выберите",
        "оберіть", "выдан*", "видан*", "issued", "išduot*", "заказ*", "замовлен*", "order",
        "užsakym*", "заявк*", "ticket", "reference", "обращени*", "звернен*",
        # a request's own number: "request 7406790 is logged", «prašymas 1078107 priimtas»
        "request", "запрос", "запроса", "запит", "запиту", "prašym*", "prasym*",
        "kreipin*", "kreipim*", "užklaus*", "uzklaus*",
        # meter readings: "показания счётчика: день 55587, ночь 52352"
        "показани*", "показник*", "показання", "счетчик*", "лічильник*", "meter reading*",
        "rodmen*", "skaitiklio", "reading is", "reading's", "readings are",
        # an invoice's own number is no account's: «sąskaitos faktūros numeris 296726»,
        # "invoice number 0027" (but "sąskaitos numeris iš sąskaitos faktūros" asks for one)
        "faktūros numeris", "faktūros nr", "faktūros numerį", "invoice number", "invoice no",
        "номер счета-фактуры", "номер рахунку-фактури",
        # a company's line, a parcel, a report: «звоните на горячую линию 8 ...», "karštąja
        # linija 8 700 ...", "Parcel 2567201305", "pranešimo numeris 3038676"
        "горяч*", "гаряч*", "karštoji", "karštąja", "karštosios", "hotline", "helpline",
        "freephone", "nemokam*", "parcel", "посылк*", "посилк*", "siunt*", "pranešim*",
        "tracking", "трек*", "ттн",
        # "the card whose end is 1190": «с окончанием 0137», "kurios pabaiga 1190"
        "окончанием", "окончание", "закінченням", "закінчення", "pabaig*",
        # a support case the agent opened: "I've raised case 8369631484" (not "in case ...")
        "raised case", "opened case", "logged case", "case number", "case no", "case ref",
        "case reference", "номер дела", "номер справи", "bylos numer*",
        # a bank transfer's own reference: "pervedimas numeriu 3754...", «номер перевода»
        "pervedimas numeriu", "pervedimo numer*", "номер перевода", "номер переказу",
        "переказ номер", "перевод номер", "transfer reference", "transfer ref",
        "transfer number", "transaction reference", "transaction id", "переказ за номером",
        "перевод под номером", "перевод за номером",
        # a booking's code: «номер брони 3213...», "booking reference", "rezervacijos nr"
        "брони", "бронирования", "бронювання", "броні", "booking reference",
        "booking number", "booking code", "reservation number", "reservation code",
        "rezervacijos numer*", "rezervacijos kod*", "confirmation code",
        "confirmation number", "код бронирования",
        # an office line's extension: «добавочный 965», «внутрішній 359», "extension 674",
        # "vidinis 315" (a passport cue right after «внутренний» is still nearer its number)
        "добавочн*", "доб", "внутренн*", "внутрішн*", "extension", "ext", "vidinis", "vidinio",
        "vidinį", "vidini",
        # a firm's or a charity's registration number: «код ЄДРПОУ», «ОГРН», "įmonės kodas",
        # "company number", "a local charity, number ..."
        "єдрпоу", "едрпоу", "огрн", "įmonės kod*", "company number", "company registration",
        "charity number", "registered charity",
    ],
}

# Words after a number that make it an amount, a time or a count rather than an identifier.
UNIT_WORDS = {
    "рубл*", "руб", "р", "гривн*", "гривен*", "грн", "доллар*", "долар*", "евро", "євро",
    "копе*", "dollars", "dollar", "pounds", "pound", "euros", "euro", "eur", "usd", "cents",
    "pence", "eurų", "euru", "eurai", "euras", "eurą", "centų",
    "час*", "годин*", "минут*", "хвилин*", "секунд*",
    "hours", "hour", "minutes", "minute", "o'clock", "am", "pm", "valand*", "minuči*", "min",
    "процент*", "відсот*", "percent", "procent*", "дн*", "дней", "днів", "days", "dien*",
    "месяц*", "місяц*", "months", "mėnes*", "лет", "років", "years", "metų", "штук*",
    "items", "раз", "разів", "times", "kartų", "kartą", "kartus", "баллов", "points", "₽",
    "₴", "€", "$", "£",
    # distances and weights: «пробег 149000 километров», "rida 98000 kilometrų", "5 кило"
    "километр*", "кілометр*", "kilometr*", "km", "км", "miles", "mile", "кило", "кг", "kg",
    "kilo", "kilos", "kilogram*", "килограмм*", "кілограм*",
}
UNIT_PREFIX = {"$", "€", "£", "₽", "₴"}

FILLERS = {
    "так", "да", "ага", "угу", "дальше", "далее", "ещё", "еще", "э", "эм", "м", "ну", "и",
    "далі", "ще", "і", "й", "yes", "yeah", "ok", "okay", "uh", "um", "so", "then", "and", "next",
    "mhm", "right", "taip", "gerai", "toliau", "ir", "aha", "ок", "хорошо",
    "добре", "записываю", "записую", "got", "it", "go", "on", "continue", "carry", "please",
    "sure", "dalej", "пожалуйста", "будь", "ласка", "prašau", "prasau",
    # "then" said before the next group: «потом 8188», «потім», "paskui"
    "потом", "потім", "paskui", "paskiau", "tada", "tuomet",
    # hesitation sounds as ASR spells them
    "е", "ее", "еее", "ээ", "эээ", "ем", "ee", "eee", "em", "nu", "hmm", "mm", "mmm", "er",
    "erm", "ah",
}

# What people say *inside* a number they are dictating: hesitations, asides, self-repairs.
# A number continues across these even when only one digit follows ("сорок, секунду, три"),
# unlike the conjunction-like FILLERS ("and", "да"), which could also join two quantities.
PAUSE_WORDS = {
    "э", "ээ", "эээ", "эм", "м", "ммм", "ну", "е", "ее", "еее", "ем", "uh", "um", "er", "erm",
    "ah", "hmm", "mm", "mmm", "ee", "eee", "em", "nu", "aa", "ėė",
    "секунду", "секундочку", "сейчас", "щас", "минутку", "минуточку", "вот", "значит", "как",
    "бы", "это", "там", "короче", "погодите", "подождите", "сорри", "извините", "простите",
    "ой", "нет", "точнее", "вернее", "то", "есть",
    "зараз", "хвилинку", "хвилиночку", "от", "значить", "це", "ось", "стривайте", "зачекайте",
    "почекайте", "хвилину", "вибачте", "перепрошую", "ні", "тобто",
    "sorry", "wait", "hold", "hang", "see", "let", "me", "moment", "sec", "second", "just", "a",
    "like", "actually", "no", "i", "mean",
    "palaukite", "sekundėlę", "sekundele", "sekundę", "sekunde", "tuoj", "žinoma", "zinoma",
    "atsiprašau", "atsiprasau", "ne", "tai", "va", "žodžiu", "zodziu", "momentėlį", "momenteli",
    # separators read out between month and year or between groups
    "slash", "слэш", "слеш", "дробь", "дріб", "косая", "dash", "hyphen", "тире", "дефис",
    "дефіс", "brūkšnys", "bruksnys", "pasvirasis",
    "oops", "whoops", "oi", "minutėlę", "minutele", "посмотрю", "подивлюсь", "gal",
    "palaukit", "palauk", "стоп", "stop", "м-м", "мм", "э-э", "е-е", "m-m", "ė-ė", "uh-uh",
}
# Asides of several words; their number words ("one moment") are not digits.
PAUSE_PHRASES = ["let me see", "hang on", "hold on", "one moment", "one sec", "one second",
                 "just a second", "just a sec", "i mean", "scratch that", "let me check",
                 "one minute", "одну секунду",
                 "одну минутку", "одну хвилинку", "одну секундочку", "vieną sekundę",
                 "vieną minutę", "то есть", "то єсть", "bear with me", "give me a second",
                 "give me a sec", "where was i", "let me look", "сейчас посмотрю", "где же она",
                 "зараз подивлюся", "де ж вона", "tuoj pažiūrėsiu", "tuoj paziuresiu",
                 "kur ji", "that's wrong", "that's not right", "that's not it",
                 # "8 9884 55 — нет, подождите, не то" / "317 878": a self-repair, then the rest
                 "не то", "не те", "не так", "ne tas", "ne taip", "not that", "wrong"]
# An agent's whole turn while a number is being dictated: the number goes on after it.
ACK_WORDS = {
    "так", "да", "ага", "угу", "дальше", "далее", "слушаю", "записываю", "записала",
    "записал", "пишу", "хорошо", "понятно", "отлично", "продолжайте", "есть",
    "далі", "записую", "добре", "зрозуміло", "продовжуйте", "слухаю",
    "yes", "yeah", "yep", "ok", "okay", "mhm", "uh-huh", "right", "got", "that", "it", "go",
    "on", "ahead", "continue", "sure", "alright", "and", "then", "next", "great", "perfect",
    "taip", "gerai", "toliau", "aha", "užsirašau", "uzsirasau", "klausau", "tęskite",
    "teskite", "supratau", "puiku", "ir", "ок", "і", "и", "ну", "э", "uh", "um", "ee",
    # "sorry, I can't keep up, go on": the number goes on after it too
    "не", "успеваю", "успела", "успел", "ні", "встигаю", "встигла", "встиг", "записати",
    "nespėju", "nespeju", "užsirašyti", "uzsirasyti", "typing", "in", "i'm", "carry",
    "keep", "up", "я", "i", "aš", "as", "just", "rush",  # "no rush"
}

STREET_WORDS = {
    "улица", "улицы", "улице", "улицу", "ул", "проспект", "проспекта", "проспекте", "пр",
    "переулок", "переулка", "пер", "бульвар", "бульвара", "шоссе", "площадь", "набережная",
    "проезд", "вулиця", "вулиці", "вулицю", "вул", "провулок", "провулку", "пров", "площа",
    "набережна",
    "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "boulevard", "blvd",
    "way", "close", "crescent", "gatvė", "gatve", "gatvės", "gatves", "g", "prospektas",
    "prospekto", "alėja", "aleja", "skersgatvis", "aikštė", "aikste",
    "пр-т", "просп", "пр-кт", "б-р", "бульв", "наб", "пл", "ш", "пр-д", "тупик",
    "dr", "ct", "pl", "sq", "terrace", "pr", "pr-tas", "al", "cl", "cres", "gr", "gdns",
    # Lithuanian locatives ("gyvenu Ozo gatvėje"), folded
    "gatvėje", "gatveje", "prospekte", "alėjoje", "alejoje", "aikštėje", "aiksteje",
    "skersgatvyje",
    "шосе", "узвіз", "узвозі", "проспекті", "бульварі", "переулке", "бульваре",
    "place", "gardens", "grove", "row", "hill", "park", "mews", "court", "square",
}
HOUSE_WORDS = {
    "дом", "дома", "д", "б", "корпус", "корп", "строение", "квартира", "квартиры", "кв", "будинок",
    "будинку", "буд", "квартири", "apartment", "apt", "flat", "unit", "suite", "house", "number",
    "no", "and", "і", "и", "ir", "namas", "namo", "butas", "buto", "bute", "b", "номер", "дробь",
    "дріб", "слэш", "slash", "bt", "numeris", "nr",
}
# A room or office in a building: a number after one is the room's, and a street given
# with it is a business's premises (an office, a clinic), not where someone lives.
PREMISES_WORDS = {"кабинет", "кабинета", "кабинете", "офис", "офиса", "офисе", "кабінет",
                  "кабінету", "кабінеті", "офіс", "офісу", "офісі", "room", "office",
                  "kabinetas", "kabineto", "kabinete", "biuras", "biuro", "biure", "каб",
                  "kab"}
# A business saying where it is: «наш офис на улице ...», "our branch is at ...", "we're
# located at ...". What follows is the firm's address, not a person's (not «мы находимся»:
# a family says that of its home too).
OUR_PREMISES = ["наш офис", "наш офіс", "наше отделение", "наше відділення", "наш филиал",
                "наша філія", "наш магазин", "наш салон", "our office", "our branch",
                "our shop", "our store", "our showroom", "mūsų biuras", "mūsų skyrius",
                "mūsų filialas", "mūsų parduotuvė", "we're located", "we are located",
                "esame įsikūrę",
                # where to collect from the firm: "or collect from us, 10 Mill Road",
                # «или заберите у нас: ...», "arba atsiimkite: biuras ..."
                "collect from us", "pick it up from us", "pick up from us", "заберите у нас",
                "забрать у нас", "заберіть у нас", "забрати у нас", "самовывоз", "самовивіз",
                "atsiimkite", "atsiimti galite", "atsiimti galima",
                # the firm's pickup point or branch: «пункт выдачи: ул. ...», "collection
                # point is 5 Mill Road", „atsiėmimo punktas: ... g. 5“
                "пункт* выдачи", "пункт* видачі", "пункт* самовывоза", "пункт* самовивозу",
                "collection point", "collection points", "pickup point", "pick-up point",
                "collect from", "pick up from", "atsiėmimo punkt*", "наш* пункт*",
                "our collection", "our pickup", "mūsų atsiėmimo"]
# Opening hours said with an address: only a business has them («мы на Садовой, 12,
# работаем с девяти», "open from nine", "dirbame nuo 8").
OPENING_HOURS = ["работаем с", "работаем до", "работаем без", "открыты с", "открыты до",
                 "працюємо з", "працюємо до", "відчинені з", "open from", "open until",
                 "open till", "opening hours", "dirbame nuo", "dirbame iki", "darbo valandos"]
# Where an address ends: the entrance, floor or door said after the flat.
ADDRESS_END_WORDS = {"подъезд", "подъезде", "этаж", "этаже", "під'їзд", "під'їзді", "поверх",
                     "поверсі", "laiptinė", "laiptine", "aukštas", "aukstas", "aukšte",
                     "aukste", "floor", "entrance", "door", "intercom", "домофон", "domofonas",
                     "it's",
                     "its"}
# Words around an address that are not part of it.
LIVING_WORDS = ["адресою", "адресу", "адрес*", "gyvenu", "gyvenamoji", "vieta", "vietos",
                "deklaruota", "зарегистрирован*", "зареєстрован*", "registered", "проживаю",
                "живу", "мешкаю"]
ADDRESS_CUES = ["адрес*", "адреса", "проживаю", "живу", "address", "live at", "adres*",
                "gyvenu", "deliver to", "доставить на", "доставте на",
                # where to deliver asked: «Куда доставить?», «Куди доставити?», "kur pristatyti"
                "куда доставить", "куда привезти", "куди доставити", "куди привезти",
                "where should we deliver", "where shall we deliver", "kur pristatyti",
                "kur atvežti"]

# Nouns that name a record (a case, claim, ticket, order, request) whose own number follows
# them: «звоню по делу 05350», «номер заявки 15277», "case reference 703546", «щодо
# звернення ...», "bylos numeris ...". Such a number is the record's, not a phone.
RECORD_WORDS = ["по делу", "дело", "дела", "делу", "заявк*", "заказ*", "обращени*",
                "претензи*", "тикет*", "по справі", "справа", "справи", "справі", "замовлен*",
                "звернен*", "case", "claim", "ticket", "reference", "ref", "order", "request",
                "complaint", "byla", "bylos", "byl*", "užsakym*", "uzsakym*", "užklaus*",
                "uzklaus*", "prašym*", "prasym*", "pretenzij*", "skund*"]

# Words that name a thing's own code, whose number follows them: a handset's IMEI, a book's
# ISBN, a parcel's tracking number, a device's serial, a flight, a baggage tag. Such a
# number is no card, phone or account even when its check digit passes Luhn (an IMEI's does).
ITEM_CODE_WORDS = ["imei", "имей", "isbn", "трек*", "tracking", "ттн", "накладн*",
                   "серийн*", "серійн*", "serial", "serijin*", "штрихкод*", "штрих-код*",
                   "barcode", "рейс", "рейса", "рейсом", "рейсу", "flight", "reisas", "reiso",
                   "reisu", "reisą", "бирк*", "бірк*", "bag tag", "baggage tag",
                   # numbers that pass Luhn by design and are no payment card: a SIM's ICCID
                   # (89...), a pet's microchip, a ski pass, a gift voucher, a loyalty card
                   "iccid", "сим-карт*", "сим карт*", "сім-карт*", "сім карт*", "sim card",
                   "sim kortel*", "microchip", "chip number", "чипа", "чіпа", "чипе", "чіпі",
                   "mikroschem*", "ски-пас*", "ски пас*", "скипас*", "ski pass*", "skipass*",
                   "ski-pass*", "скі-пас*", "скі пас*", "slidinėjimo abonement*", "keltuv*",
                   "сертификат*", "сертифікат*", "voucher*", "ваучер*", "gift card",
                   "dovanų kupon*",
                   "dovanu kupon*", "kupon*", "лояльност*", "лояльності", "loyalty",
                   "lojalum*", "бонусн* карт*", "ean", "ean-13",
                   "pass number", "lift pass", "абонемент*", "абонемента", "abonement*",
                   # a pet's chip said bare («чип 5058...», "chip ninety two ..."), a lab
                   # tube's barcode and a device's serial in Lithuanian ("brūkšninis kodas",
                   # "serijos numeris")
                   "чип", "чіп", "chip", "čipas", "čipo", "čipą", "brūkšnin* kod*",
                   "bruksnin* kod*", "serijos numer*", "serijos nr",
                   # a parcel's own number passes Luhn by chance as often as any other
                   "посылк*", "посилк*", "parcel", "siuntos", "siuntinio",
                   # a meter's reading is the meter's figure, whatever its checksum
                   "показани*", "показання", "meter reading*", "rodmen*"]

MONTHS = [
    "январ*", "феврал*", "март*", "апрел*", "мая", "май", "мае", "июн*", "июл*", "август*",
    "сентябр*", "октябр*", "ноябр*", "декабр*",
    "січ*", "лют*", "берез*", "квіт*", "трав*", "черв*", "лип*", "серп*", "верес*", "жовт*",
    "листопад*", "груд*",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
    "saus*", "vasar*", "kovo", "kovas", "baland*", "geguž*", "geguz*", "biržel*", "birzel*",
    "liepos", "liepa", "rugpjū*", "rugpju*", "rugsėj*", "rugsej*", "spalio", "spalis",
    "lapkri*", "gruod*",
]
ORDINAL_STEMS = [
    "перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят",
    "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
    "семнадцат", "восемнадцат", "девятнадцат", "двадцат", "тридцат", "сороков", "пятидесят",
    "шестидесят", "семидесят", "восьмидесят", "девяност", "сотого", "двухтысячн", "тысячн",
    "перш", "друг", "шост", "сьом", "дев'ят", "одинадцят", "дванадцят", "тринадцят",
    "чотирнадцят", "п'ятнадцят", "шістнадцят", "сімнадцят", "вісімнадцят", "дев'ятнадцят",
    "двадцят", "тридцят", "п'ятдесят", "шістдесят", "сімдесят", "вісімдесят", "дев'яност",
    "двохтисячн", "тисячн", "п'ят",
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
    "pirm", "antr", "treči", "ketvirt", "penkt", "šešt", "sest", "septint", "aštunt", "astunt",
    "devint", "dešimt", "desimt", "vienuolikt", "dvylikt", "trylikt", "keturiolikt",
    "penkiolikt", "šešiolikt", "sesiolikt", "septyniolikt", "aštuoniolikt", "astuoniolikt",
    "devyniolikt", "dvidešimt", "dvidesimt", "trisdešimt", "trisdesimt", "tūkstant", "tukstant",
    "šimt", "simt", "devyniasdešimt", "aštuoniasdešimt", "septyniasdešimt", "šešiasdešimt",
    "penkiasdešimt", "keturiasdešimt", "dutūkstant",  # "dutūkstantųjų metų": the year 2000
]
DATE_JOINERS = {"of", "the", "and", "года", "год", "г", "року", "рік", "р", "m", "metų", "metu",
                "metai", "metais", "d", "dieną", "diena", "числа", "year", "in", "on", "st", "nd",
                "rd", "th"}

# An agent naming themself by job title ("оператор Анна"): protected in agent turns.
AGENT_TITLES = ["оператор", "специалист", "консультант", "менеджер", "спеціаліст", "operator",
                "agent", "specialist", "advisor", "operatorė", "operatore", "konsultantas",
                "konsultantė", "konsultante", "specialistas", "specialistė"]
# Phrases after which the next words are a name, and which person they name.
PERSON_CUES = [
    "меня зовут", "зовут", "моя фамилия", "фамилия", "фамилию", "имя", "на имя", "отчество",
    "меня звать", "звать", "мене звуть", "звуть",
    "мене звати", "звати", "моє прізвище", "прізвище", "ім'я", "на ім'я", "по батькові",
    "my name is", "name is", "name's", "surname", "last name", "first name", "full name",
    # the cue word with its verb: "surname's Wren", "the surname is mulcahy"
    "surname's", "surname is", "last name's", "last name is",
    # a caller's polite self-introduction: «вас беспокоит Лидия Серова», «турбує Ганна»
    "вас беспокоит", "беспокоит вас", "вас турбує", "турбує вас", "вітаю турбує",
    "добрий день турбує",
    "this is", "speaking to", "speak to", "speak with", "mr", "mrs", "ms", "miss", "mister",
    "mano vardas", "vardas", "pavardė", "pavarde", "mano pavardė", "vardu", "ponas", "ponia",
    "mane vardu", "mane vadina",
    "pone", "ponios", "господин", "госпожа", "пан", "пані", "пане", *AGENT_TITLES,
    "i'm", "i am", "aš", "aš esu", "on behalf of", "my father", "my mother", "my son",
    "my daughter", "my husband", "my wife", "my dad", "my mum", "my mom", "my brother",
    "my sister", "her daughter", "his daughter", "her son", "his son", "her husband",
    "his wife", "her mum", "his mum", "her mother", "his mother", "recipient", "payee",
    "получатель", "получателя", "отримувач", "отримувача",
    "gavėjas", "gavejas", "sūnui", "sunui", "sūnus", "sunus", "dukrai", "dukra", "vyrui",
    "žmonai", "zmonai", "mamai", "tėčiui", "teciui", "žmonos", "zmonos", "žmona", "zmona",
    "vyro", "vyras", "sūnaus", "sunaus", "dukros", "mamos", "mama", "tėvo", "tevo", "tėčio",
    "tecio", "tėvas", "tevas", "my wife's", "my husband's", "it's", "here's",
    "you're speaking with", "you are speaking with", "you're speaking to",
    "you are speaking to", "this is miss", "this is mr", "this is mrs", "this is ms",
    "жена", "жену", "жены", "муж", "мужа", "сын", "сына", "дочь", "дочери", "отец", "отца",
    "мама", "мамы", "дружина", "дружину", "дружини", "чоловік", "чоловіка", "син", "сина",
    "донька", "доньку", "доньки", "батько", "батька", "мати", "матері",
    # the everyday «дочка» and "our daughter": «дочка катя она всё знает»
    "дочка", "дочку", "дочки", "our daughter", "our son",
    # brothers, sisters, aunts and uncles: «привезёт мой брат Джонатан», "brolis Vytenis"
    "брат", "брата", "брату", "сестра", "сестру", "сестры", "сестре", "сестри", "сестрі",
    "тётя", "тетя", "тёти", "тети", "дядя", "дяди", "тітка", "тітки", "дядько", "дядька",
    "brolis", "broliui", "brolio", "sesuo", "seseriai", "sesers", "teta", "tetai", "dėdė",
    "dede", "my aunt", "my uncle", "my cousin", "my grandson", "my granddaughter",
    "страхователь", "страхувальник", "застрахованный", "застрахована", "застрахований",
    "владелец", "власник", "держатель", "policyholder", "holder", "draudėjas", "draudejas",
    "savininkas",
    # someone named in passing: "someone called Keeley", "a lady named Joan"
    "someone called", "somebody called", "someone named", "somebody named", "a man called",
    "a woman called", "a lady called", "a guy called", "a gentleman called", "named",
    "by the name of", "по имени", "по фамилии", "на прізвище", "pavarde",
    # whose name an account is in: "it's in my wife's name, Fatima"
    "wife's name", "husband's name", "partner's name", "mother's name", "mum's name",
    "father's name", "dad's name", "son's name", "daughter's name", "in the name of",
    "under the name of", "under the name",
    "ponui", "poniai", "pono", "ponu", "poną", "ponią", "пану",
    # a message for someone: «передайте Дмитрию», «перекажіть Олені», "perduokite Jonui"
    "передайте", "передай", "перекажіть", "передайте будь ласка", "perduokite",
    # acting for someone: «от имени Надежды Костенко», «від імені»
    "от имени", "від імені", "vardu",
    # asking for someone, or someone the caller dealt with: «позовите Ольгу», «покличте
    # Тараса», "pakvieskite Joną", «с вашим сотрудником Артёмом», «какая-то Светлана»
    "позовите", "пригласите", "позови", "покличте", "поклич", "запросіть", "pakvieskite",
    "pakviesk", "позвоните", "зателефонуйте", "сотрудником", "сотрудницей", "сотрудник",
    "сотрудница", "співробітником", "співробітницею", "працівником", "працівницею",
    "darbuotoja", "darbuotoju", "darbuotojas", "darbuotoją", "какая-то", "какой-то",
    "якась", "якийсь",
    # who to ask for on a call back: "ring and ask for Morwenna", «спросите Олега»,
    # «спитайте Тараса», "klauskite Vytenio"
    "ask for", "asking for", "спросите", "попросите", "спитайте", "попросіть", "klauskit",
    "klauskite",
    # calling for someone who cannot: «звоню за Ирину», «дзвоню замість Христини»
    "звоню за", "звоню вместо", "звоню от", "дзвоню за", "дзвоню замість", "дзвоню від",
    "calling for", "calling on behalf of", "ringing for", "ringing on behalf of",
    "skambinu už", "skambinu uz", "skambinu vietoj",
    # whose account it is: "the name on the account is Delaney"
    "name on the account is", "name on the account's", "account is in the name of",
    # whom a power of attorney is for: «доверенность на Димку», «довіреність на ромчика»,
    # "power of attorney for Joan", «представляю интересы ...», "i represent ..."
    "доверенность на", "доверенности на", "довіреність на", "довіреності на",
    # (not Lithuanian «įgaliojimą»: a verb comes between, «įgaliojimą išrašome Rūtai»)
    "power of attorney for", "представляю интересы", "представляю інтереси", "i represent",
    "i'm representing", "atstovauju",
]
# A self-introduction: in an agent's turn it names the agent, which is not redacted.
SELF_INTRO_CUES = ["меня зовут", "мене звати", "my name is", "my name's", "name's",
                   "меня звать", "мене звуть", "звуть",
                   "mano vardas", "this is", "зовут", "звати", "name is", "vardas", "я", "i am",
                   "i'm", "aš esu", "aš", "mane vardu", "mane vadina", "you're speaking with",
                   "you are speaking with",
                   "you're speaking to", "you are speaking to", "this is miss", "this is mr",
                   "this is mrs", "this is ms", "это", *AGENT_TITLES,
                   # how an agent names herself in the greeting: «Это Ольга, страховая ...»,
                   # "Labas, čia Indrė iš ...", "jus aptarnauja Indrė"
                   "це", "čia", "jus aptarnauja", "jus aptarnaus", "вас обслуживает",
                   "вас обслуговує", "вас приветствует", "вас вітає", "с вами говорит",
                   "з вами говорить", "на связи", "на зв'язку", "you're through to",
                   "you are through to", "su jumis kalba", "jus sveikina", "kalba"]
# Organisation words: a capitalised word after them is a company, not a person.
ORG_WORDS = frozenset(["компания", "компании", "компанія", "компанії", "банк", "банка", "банку",
                       "магазин", "ооо", "тов", "ао", "пао", "company", "bank", "store", "shop",
                       "uab", "ab", "įmonė", "imone", "bankas", "banko", "parduotuvė"])
# Animals: a name said of one is a pet's («коту ... его зовут Барсик», "my dog Poppy").
PET_WORDS = _words("""кот кота коту котом коте кошка кошки кошке кошку собака собаки
собаке собаку собакой пес пса псу щенок щенка щенку котенок котенка питомец питомца питомцу
кіт котові котика кішка кішки кішці собаці цуценя цуценяти улюбленець улюбленця улюбленцю
тварина тварини cat cats dog dogs kitten puppy pet pet's katinas katinui katino katė katei
šuo šuniui šuns šunį šuniukas augintinis augintinio augintiniui dog's cat's рыбки рыбка
рыбок рибки рибка рибок fish goldfish попугай попугая папуга папуги parrot хомяк хом'як
hamster žuvytės žuvytė papūga""")
# Words a namesake follows: venues, shows, instruments, works, dishes and «имени» («зал
# Репина», «театру Франка», «пианино Беккер», «роман Пелевина», «торт наполеон», «бібліотека
# імені Лесі Українки»):
# the surname after one is the namesake's, not a caller's.
NAMED_AFTER = _words("""имени імені им ім роман романы книга книгу книги повесть пьеса пьесу
песня песню фильм стихи книжка книжку пісня пісню вірші п'єса п'єсу
зал зала залу зале залі залом театр театра театру театре театрі
театром музей музея музею музее музеї музеем выставка выставку выставки выставке виставка
виставку виставки виставці галерея галерею галереи галереї библиотека библиотеку библиотеки
библиотеке бібліотека бібліотеку бібліотеки бібліотеці памятник памятника пам'ятник
пам'ятника сквер сквера скверу парк парка парке парку картина картину картины картини
спектакль спектакля вистава виставу концерт концерта концерту пианино піаніно рояль рояля
фортепиано gallery museum theatre theater exhibition teatras teatro teatre muziejus
muziejaus muziejuje galerija galerijos galerijoje paroda parodą parodos
торт торта торту торте торті тортом салат салата салату салате салаті cake salad tortas torto
spektaklis spektaklio spektakli spektaklyje
tortą salotos
стеллаж стеллажа стелаж стелажа шкаф шкафа шафа шафу колонка колонки велосипед велосипеда
розы роз роза троянди троянда rožės rožių lentynos lentyna spinta spintą клуб клуба кружок
кружка гурток гуртка būrelis būrelio club група
групи группа группы klubas grupė grupės трасса трассе траса трасі trasa namelis домик
будиночок корпус опера оперу балет мюзикл opera ballet musical
разучивает разучиваем разучивают учит играет играем розучує грає вчить mokosi groja""")
# («стеллаж Билли», «розы Пьер ...», «клуб Шерлок Холмс», «трасса Марічка», «разучивает
# Рахманинова»: a product's, a group's, a run's name or a composer's work, not a person)
# Borrowing a book or a film and its being late: a name just after the verb or a few words
# before it is the work's title («брала Тараса Бульбу», "I brought Jane Eyre back", «за Анну
# Каренину просрочка», "Oliver Twist is ten days overdue", „Barborą Radvilaitę grąžinau“).
LOAN_WORDS = _words("""брала брал брали взяла взял взяли вернула вернул вернули сдала сдал
сдали брав взяв повернула повернув повернули здала здав borrowed returned brought renewed
grąžinau grąžino grąžinsiu paėmiau pasiėmiau""")
LOAN_LATE_STEMS = ("просроч", "простроч", "overdue", "vėluoj", "veluoj", "vėlav", "velav")
# Shops, cafés, hotels and boats: the name-like words after one are its name, not a
# person's («магазин Иван да Марья», "the Rose and Crown pub", "viešbutis Rūta").
VENUE_WORDS = _words("""магазин магазина магазине магазину кафе ресторан ресторана ресторане бар
бара баре салон салона салоне аптека аптеки аптеке аптеку аптеці гостиница гостиницы гостинице
отель отеля отеле катер катера теплоход теплохода яхта яхты лодка лодки крамниця крамниці
крамницю кав'ярня кав'ярні ресторану готель готелю човен човна shop store cafe café pub
restaurant hotel inn boat ship yacht vessel berth parduotuvė parduotuvės parduotuvėje kavinė
kavinės kavinėje restoranas restorano restorane baras baro bare viešbutis viešbučio viešbutyje
laivas laivo laive пиццерия пиццерии піцерія піцерії pizzeria picerija picerijoje
каток катка ковзанка ковзанки rink rink's čiuožykla čiuožyklos
čiuožykloje""")
# A hesitation: one letter held or repeated («э-э», «м-м», «ммм», "uh-uh", "ėė")
HESITATION = re.compile(r"^([^\W\d_])(?:-?\1)+$|^(?:э|эм|хм|гм|uh|um|hmm|mm|ee|ėė)(?:-\w+)*$")
# Car makes: the name-like word after one is a model («Лада Веста», «Шкода Октавія»).
CAR_MAKES = _words("""лада ладу ладе ладой ладі ладою шкода шкоду шкоде шкоді шкодой
шкодою skoda škoda ford toyota тойота kia кіа киа hyundai renault рено volkswagen opel опель
nissan ниссан mazda мазда honda хонда audi ауди ауді peugeot пежо citroen volvo вольво fiat
tesla chevrolet шевроле""")
# Places named after people: "Victoria Street", "Victoria station", «метро Тараса Шевченка».
PLACE_WORDS = _words("""station square bridge market gardens
метро станция станції станція площадь площа маршала генерала академика""") | STREET_WORDS
# Greetings: a lone name after one addresses the other speaker ("Добрый день, Марина").
GREETING_WORDS = _words("""hi hello hey morning afternoon evening здравствуйте привет
добрый день вечер утро доброе доброго добрий вечір ранок вітаю привіт laba labas diena vakaras
rytas sveiki""")
# Questions after which the other speaker's next turn starts with a name.
NAME_QUESTIONS = ["как вас зовут", "как зовут вас", "як звати вас", "kaip jūsų vardas",
                  "kaip jusu vardas", "ваше имя", "вашу фамилию", "ваша фамилия", "ваши фио", "фио",
                  # the full name asked word by word: «Ваши фамилия, имя, отчество?»
                  "ваши фамилия", "ваши фамилию", "ваші прізвище",
                  "як вас звати", "ваше ім'я", "ваше прізвище", "your name", "your full name",
                  "who am i speaking", "jūsų vardas", "jusu vardas", "jūsų pavardė",
                  "kaip jus vadina",
                  "kuo jus vardu", "как к вам обращаться", "як до вас звертатися",
                  "на кого оформлен*", "на кого оформлено", "on whose name", "whose name",
                  "surname on", "name on the", "last name", "the surname", "first name",
                  # "Full name as printed?", "name as it appears on the card"
                  "full name as", "name as printed", "name as it appears",
                  # someone else's name asked for: "What's your wife's full name?", "Child's
                  # name?", "what name is it under", "your name and number"
                  "full name", "what name", "child's name", "wife's name", "husband's name",
                  "son's name", "daughter's name", "mother's name", "father's name",
                  "name and number", "name shall i put", "name should i put",
                  "фамилия на", "на чье имя", "на чьё имя", "прізвище на", "на чиє ім'я",
                  # both halves of the name asked for, or as printed on the card: «имя и
                  # фамилия как на карте», «ім'я та прізвище», "vardą ir pavardę"
                  "имя и фамилия", "имя и фамилию", "ім'я та прізвище", "ім'я і прізвище",
                  "ім'я й прізвище", "vardas ir pavardė", "vardą ir pavardę", "vardas pavardė",
                  "name and surname", "first and last name", "как на карте", "как на карточке",
                  "як на картці", "kaip kortelėje", "as on the card",
                  "kieno vardu", "pavardė", "pavarde", "who is the appointment for",
                  "на кого записываем", "на кого записуємо", "kam registruojame",
                  "представьтесь", "представтесь", "представтеся", "назовите себя",
                  "назвіться", "prisistatykite", "who's calling", "who is calling",
                  "may i have your name", "who am i talking to",
                  # "ПІБ" (Ukrainian for ФИО); "how may I address you?" in Lithuanian
                  "піб", "jus kreiptis", "į jus kreiptis", "jus vadinti",
                  # whose a second contact number is: "это Ирина, мы вместе живём"
                  "чей это номер", "чей номер", "чий це номер", "чий номер",
                  "whose number is that", "whose number is it", "whose number",
                  "kieno tai numeris", "kieno numeris",
                  # the holder's name asked in the genitive, and the caller's own name asked
                  # after a third party's: "and your own name?", «а ви хто будете?»
                  "имя владельца", "ім'я власника", "savininko vardas", "savininko vardą",
                  "holder's name", "cardholder's name", "own name", "and you are",
                  "who are you", "а вы кто", "вы кто будете", "а ви хто", "ви хто будете",
                  "jūs kas", "kas jūs"]

# First names and surname endings for English and Lithuanian (Russian and Ukrainian names
# come from pymorphy's Name/Surn/Patr tags).
EN_FIRST = _words("""james john robert michael william david richard joseph thomas charles
christopher
daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger
terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel
joe logan albert willie alan eugene russell vincent philip bobby johnny bradley oliver harry
liam lucas mason jake connor callum charlie alfie archie leo oscar theo mary patricia jennifer
linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley
kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon
laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia
joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah
jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice
judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie
brittany charlotte marie kayla alexis lori amelia chloe lily jessica ava mia ella sophie
isla poppy freya evie ruby daisy
mohammed muhammad mohammad ahmed ali omar yusuf ibrahim hassan hussein amir tariq imran bilal
fatima aisha ayesha zara zainab maryam amina layla leila noor yasmin samira
priya raj ravi arjun anil sanjay deepak vikram rahul amit neha anjali pooja sunita kavita
meera divya ananya ishaan rohan
wei li chen jun ming hiroshi yuki kenji akira mei ling hana
sofia lucia carlos juan luis miguel pedro diego javier pablo ana rosa carmen isabel elena
marco luca giulia francesca pierre louis claire camille hans klaus ingrid lars sven erik
olga ivan dmitri sergei natasha piotr tomasz agnieszka magdalena kasia ewa
kwame kofi ama chinedu ngozi tunde femi amara nia imani jamal malik darnell tyrone keisha
aaliyah jayden aiden brayden
siobhan niamh aoife ciara sinead declan eoin cian conor seamus rhys gareth bethan cerys
hamish fraser ewan iain kirsty eilidh finlay rory angus neil ian stuart gavin craig derek
trevor nigel colin clive simon tim tom ben sam dan max josh luke matt rob nick chris mike dave
steve tony andy alex jamie kate katie lucy jane jenny beth holly zoe ellie molly millie phoebe
imogen harriet rosie georgia fiona gemma leah jade kerry tracy stacey joanne louise claire
hayley natasha paula wendy yvonne
marcus tobias felix hugo jasper rupert miles owen evan caleb isaac elijah sebastian nathaniel
dominic damian adrian julian vincent quentin reuben toby jack freddie alfie stanley reggie
naomi esther abigail bethany chelsea courtney jasmine kirsten lydia maisie nadia paige tamsin
verity zara orla aisling grainne roisin saoirse maeve cormac oisin niall padraig
priyanka sunil nikhil kiran aarav vivek""")
EN_SURNAMES = _words("""field fields marsh lamb
smith johnson williams brown jones garcia miller davis rodriguez martinez
hernandez lopez gonzalez wilson anderson thomas taylor moore jackson martin lee perez thompson
white harris sanchez clark ramirez lewis robinson walker young allen king wright scott torres
nguyen hill flores green adams nelson baker hall rivera campbell mitchell carter roberts evans
turner phillips parker collins edwards stewart morris murphy cook rogers morgan peterson cooper
reed bailey bell gomez kelly howard ward cox diaz richardson wood watson brooks bennett gray
james reyes cruz hughes price myers long foster sanders ross morales powell sullivan russell
ortiz jenkins gutierrez perry butler barnes fisher henderson coleman simmons patterson jordan
reynolds hamilton graham kim gonzales alexander ramos wallace griffin west cole hayes chavez
gibson bryant ellis stevens murray ford marshall owens mcdonald harrison ruiz kennedy wells
alvarez woods mendoza castillo olson webb washington tucker freeman burns henry vasquez snyder
simpson crawford jimenez porter mason shaw gordon wagner hunter romero hicks dixon hunt palmer
robertson black holmes stone meyer boyd mills warren fox rose rice moreno schmidt patel
ferguson nichols herrera medina ryan fernandez weaver daniels stephens gardner payne kelley
dunn pierce arnold tran spencer peters hawkins grant hansen castro hoffman hart elliott cunningham
knight bradley o'brien o'connor davies wright thompson walsh
kowalski nowak wisniewski okafor okonkwo adeyemi mensah owusu clarke khan ahmed ali hussain
shah singh kaur sharma gupta kumar patel das chowdhury chen wang zhang liu yang huang wu zhou
tanaka sato suzuki park choi pham rossi russo bianchi ferrari muller mueller schneider fischer
weber novak horvat ivanov petrov smirnov popov kovalenko dubois bernard moreau lefebvre silva
santos oliveira costa pereira ferreira byrne o'neill o'sullivan mccarthy doyle gallagher quinn
macdonald thomson cameron mackenzie lloyd griffiths owen rees chapman harvey barker dawson
fletcher hudson pearce lawson newman pearson reid burke frost sutton atkinson moss rowe
brennan connolly fitzgerald kavanagh lynch nolan hart dean lambert
thornton pritchard devlin hargreaves whitfield ashworth pemberton blackwood holloway
fairbanks kirby mcallister mckenzie mcintyre o'donnell o'reilly donnelly gallacher
okoro adebayo osei boateng nwosu""")
LT_FIRST = _words("""jonas petras antanas juozas kazys vytautas tomas mantas lukas matas domantas
rokas paulius andrius darius marius mindaugas gintaras saulius algirdas povilas aurimas
dovydas karolis justinas arnas edvinas gediminas giedrius rimantas arūnas arunas ignas
simonas vilius nerijus tadas laurynas deividas audrius kęstutis kestutis ramūnas ramunas
valdas vaidas eimantas žygimantas zygimantas jurgis mykolas
ona janina irena danutė danute aldona birutė birute regina genovaitė genovaite laima rasa
jūratė jurate asta inga rūta ruta ieva agnė agne gabija emilija austėja austeja kamilė kamile
ugnė ugne greta miglė migle lina jolanta daiva vilma kristina dalia aušra ausra giedrė giedre
eglė egle vaida indrė indre simona justina monika neringa živilė zivile skaistė aistė aiste
gintarė gintare akvilė akvile viktorija goda
jurgita rasa laura diana sandra vaida lina edita renata loreta violeta vida jūra jura irma
dovilė dovile rūta ruta kotryna urtė urte liepa smiltė smilte elzė elze
benas nojus jokūbas jokubas kajus titas herkus augustas adomas julius emilis martynas
modestas mykolas vladas stasys albertas ričardas ricardas egidijus ernestas žilvinas
zilvinas šarūnas sarunas valentinas linas tautvydas""")
LT_SURNAME_ENDINGS = ("auskas", "auskienė", "auskiene", "auskaitė", "auskaite", "evičius",
                      "evicius", "avičius", "avicius", "aitis", "aitienė", "aitiene", "aitytė",
                      "aityte", "aitė", "aite", "ytė", "yte", "ūtė", "ute", "ienė", "iene",
                      "onis", "ūnas", "unas", "iūnas", "ėnas", "enas", "kus", "kas", "lis",
                      "vičius", "vicius", "ulis", "inskas", "inskienė", "ckas", "ckienė",
                      "elis", "eikis", "aičius", "aicius", "ėnienė", "onas", "onienė",
                      "oniene")
# LT common words that end like surnames; never names.
LT_NOT_SURNAME = _words("""kas tas šitas sitas visas kitas vienas pats toks koks kiekvienas
mokestis mokesčius kodas adresas numeris telefonas laikas klausimas atsakymas tikslas dalis
ponas ponia kartas atvejis balansas užsakymas uzsakymas mėnesis menesis sąskaitos
paslaugas paslaugos kaina vakaras rytas pagalbos pasas prašymas prasymas skambutis
šiandien siandien niekas vėliau veliau galas dienas vienas planas kainas metus
menesius mėnesius savaitės numerius eurus centus milijonas milijardas sezonas balkonas
regionas mikrofonas vagonas šablonas sablonas kartonas balionas skyrius peronas salonas
viskas savaitė savaite savaitę savaitės savaites pusvalandis vakarykštis
vaikas vaikai vyras brolis draugas kaimynas šuo katinas televizorius kompiuteris
automobilis lapelis popierius akinius akiniai
žinutė žinute žinutę žinutės zinute zinutė laiškas laišką laiške laišku laiskas laiska
pranešimas pranešimą pranesimas nuoroda nuorodą patvirtinimas patvirtinimą sąskaita sąskaitą
vadybininką vadybininkas vadybininkę vadybininke vadybininkė operatorių operatorius
specialistą specialistas direktorių direktorius vadovą vadovas konsultantą konsultantas
kažkas kazkas kažkur kazkur kažkada kazkada kažkokia kazkokia kažkoks kazkoks
miestas kaunas vilnius klaipėda klaipeda šiauliai siauliai panevėžys panevezys alytus
domofonas domofono domofonu""")

# Words that end a name or are never part of one (all four languages).
NOT_NAME = _words("""я меня мне мной мы вы вас вам ваш ваша ваше это как что кто где когда да
нет не и а но или по на в во с со к ко у о об от до за из для при про так вот ну уже еще ещё
тоже здравствуйте добрый день спасибо пожалуйста звоню хочу могу можно нужно подскажите
скажите алло слушаю пишите записывайте номер карта карту карты договор телефон паспорт
мене мені ви вам ваш ваше це як що хто де коли так ні і й та але чи по на в у з до за із для
при про ось вже ще теж добрий дякую будь ласка дзвоню хочу можу можна потрібно підкажіть
скажіть слухаю картка картку
i me my we you your our it is am are was be the a an and or but of to in on at for from with
i'm i've i'll i'd it's that's you're we're he's she's there's let's
he she they his her their him them its
have has had will would can could should did does do was were been get got want wants
also actually really still only even now gonna wanna gotta going trying wondering looking
unk new old
about as so yes no not hello hi thanks thank please calling call speaking here this that
name card number phone account what who how good morning afternoon evening okay ok well just
aš mano mes jūs jus jūsų jusu tai kaip kas kur kada taip ne ir o bet ar į i iš is su be per
nuo už uz apie labas laba diena ačiū aciu prašau prasau skambinu noriu galiu sveiki čia cia
vardas pavardė pavarde yra nėra nera buvo bus jau dar dabar kodėl kodel
prie pas dėl del link telefono telefoną telefona
борг борги боргу
он она оно они он він вона воно вони її його їй йому
brilliant lovely perfect great sorted cheers fab fabulous wonderful smashing""")

# Letters as people read them out in series of documents (ru/uk names of letters).
LETTER_NAMES = _words("""а б в г д е ж з и і к л м н о п р с т у ф х ц ч ш э ю я бэ вэ гэ дэ жэ
зэ ка икс игрек зет ікс ігрек
эл эм эн пэ эр эс тэ эф ха це че ша бе ве ге де ел ем ен пе ер ес те еф""")
