"""People's names for blind23, declined by hand, with the frames that govern each case.

Many surnames are also common words (Зима, Мороз, Голубь, Коваль, Вишня, Ąžuolas, Baker,
Cook), some are hyphenated or double; ru/uk/lt names carry their case forms
(nominative, genitive, dative, accusative, instrumental, locative, vocative/address).
"""

from __future__ import annotations

CASES = ("nom", "gen", "dat", "acc", "ins", "loc", "voc")

# (nom, gen, dat, acc, ins, loc, voc) for full names; voc is how an agent addresses the caller.
NAMES = {
    "ru": [
        ("Надежда Зима", "Надежды Зимы", "Надежде Зиме", "Надежду Зиму", "Надеждой Зимой",
         "Надежде Зиме", "Надежда"),
        ("Олег Мороз", "Олега Мороза", "Олегу Морозу", "Олега Мороза", "Олегом Морозом",
         "Олеге Морозе", "Олег"),
        ("Вера Соловей", "Веры Соловей", "Вере Соловей", "Веру Соловей", "Верой Соловей",
         "Вере Соловей", "Вера"),
        ("Анна Петрова-Вишневская", "Анны Петровой-Вишневской", "Анне Петровой-Вишневской",
         "Анну Петрову-Вишневскую", "Анной Петровой-Вишневской", "Анне Петровой-Вишневской",
         "Анна"),
        ("Любовь Голубь", "Любови Голубь", "Любови Голубь", "Любовь Голубь", "Любовью Голубь",
         "Любови Голубь", "Любовь"),
        ("Станислав Ворона", "Станислава Вороны", "Станиславу Вороне", "Станислава Ворону",
         "Станиславом Вороной", "Станиславе Вороне", "Станислав"),
        ("Роза Белая", "Розы Белой", "Розе Белой", "Розу Белую", "Розой Белой", "Розе Белой",
         "Роза"),
        ("Тимур Кадыров-Осипов", "Тимура Кадырова-Осипова", "Тимуру Кадырову-Осипову",
         "Тимура Кадырова-Осипова", "Тимуром Кадыровым-Осиповым", "Тимуре Кадырове-Осипове",
         "Тимур"),
    ],
    "uk": [
        ("Ярина Коваль", "Ярини Коваль", "Ярині Коваль", "Ярину Коваль", "Яриною Коваль",
         "Ярині Коваль", "Ярино"),
        ("Богдан Мельник", "Богдана Мельника", "Богданові Мельнику", "Богдана Мельника",
         "Богданом Мельником", "Богданові Мельнику", "Богдане"),
        ("Надія Ткач-Левицька", "Надії Ткач-Левицької", "Надії Ткач-Левицькій",
         "Надію Ткач-Левицьку", "Надією Ткач-Левицькою", "Надії Ткач-Левицькій", "Надіє"),
        ("Остап Соловей", "Остапа Солов'я", "Остапові Солов'ю", "Остапа Солов'я",
         "Остапом Солов'єм", "Остапові Солов'ю", "Остапе"),
        ("Марта Вишня", "Марти Вишні", "Марті Вишні", "Марту Вишню", "Мартою Вишнею",
         "Марті Вишні", "Марто"),
        ("Тарас Гончаренко", "Тараса Гончаренка", "Тарасові Гончаренку", "Тараса Гончаренка",
         "Тарасом Гончаренком", "Тарасові Гончаренку", "Тарасе"),
        ("Соломія Береза", "Соломії Берези", "Соломії Березі", "Соломію Березу",
         "Соломією Березою", "Соломії Березі", "Соломіє"),
    ],
    "lt": [
        ("Rasa Vilkienė", "Rasos Vilkienės", "Rasai Vilkienei", "Rasą Vilkienę",
         "Rasa Vilkiene", "Rasoje Vilkienėje", "Rasa"),
        ("Jonas Ąžuolas", "Jono Ąžuolo", "Jonui Ąžuolui", "Joną Ąžuolą", "Jonu Ąžuolu",
         "Jone Ąžuole", "Jonai"),
        ("Saulė Kairytė-Mockienė", "Saulės Kairytės-Mockienės", "Saulei Kairytei-Mockienei",
         "Saulę Kairytę-Mockienę", "Saule Kairyte-Mockiene", "Saulėje Kairytėje-Mockienėje",
         "Saule"),
        ("Vytautas Lapinas", "Vytauto Lapino", "Vytautui Lapinui", "Vytautą Lapiną",
         "Vytautu Lapinu", "Vytaute Lapine", "Vytautai"),
        ("Gintarė Žemaitienė", "Gintarės Žemaitienės", "Gintarei Žemaitienei",
         "Gintarę Žemaitienę", "Gintare Žemaitiene", "Gintarėje Žemaitienėje", "Gintare"),
        ("Darius Paukštys", "Dariaus Paukščio", "Dariui Paukščiui", "Darių Paukštį",
         "Dariumi Paukščiu", "Dariuje Paukštyje", "Dariau"),
    ],
    "en": [
        ("Rose Baker",) * 6 + ("Baker",),
        ("Mark Cook",) * 6 + ("Cook",),
        ("Will Hunter",) * 6 + ("Hunter",),
        ("Grace Field",) * 6 + ("Field",),
        ("Joy Sterling-Hughes",) * 6 + ("Sterling-Hughes",),
        ("Robin Fox",) * 6 + ("Fox",),
        ("Dawn Summers-Ng",) * 6 + ("Summers-Ng",),
    ],
}
# English: the agent says a title before the surname; the title stays outside the span.
EN_TITLE = {"Rose Baker": "Mrs", "Mark Cook": "Mr", "Will Hunter": "Mr", "Grace Field": "Ms",
            "Joy Sterling-Hughes": "Ms", "Robin Fox": "Mr", "Dawn Summers-Ng": "Ms"}

# Third-party frames: case -> list of (before, after); the name sits between.
FRAMES = {
    "ru": {
        "gen": [("Звоню по просьбе", "— сама она не может.")],
        "dat": [("Передайте, пожалуйста,", "— я перезвоню вечером.")],
        "acc": [("Впишите, пожалуйста, ещё", "— мы едем вместе.")],
        "ins": [("Я вчера уже говорила с", "— обещали перезвонить.")],
        "loc": [("Я говорю о", "— это мой сосед по площадке."),
                ("Речь о", "— квартира записана так.")],
    },
    "uk": {
        "gen": [("Телефоную від імені", "— сама не може.")],
        "dat": [("Передайте, будь ласка,", "— я передзвоню.")],
        "acc": [("Впишіть, будь ласка, ще", "— ми їдемо разом.")],
        "ins": [("Я вчора вже говорила з", "— обіцяли передзвонити.")],
        "loc": [("Уся родина тримається на", "— тому й телефоную.")],
    },
    "lt": {
        "gen": [("Skambinu", "vardu.")],
        "dat": [("Perduokite, prašau,", "— perskambinsiu vakare.")],
        "acc": [("Įrašykite dar", "— važiuojame kartu.")],
        "ins": [("Vakar jau kalbėjau su", "— žadėjo perskambinti.")],
    },
    "en": {
        "nom": [("The booking's also for", "— we travel together.")],
        "acc": [("Could you pass a message to", "— I'll ring back tonight.")],
        "gen": [("I'm calling on behalf of", "— she can't come to the phone.")],
        "ins": [("I already spoke with", "yesterday.")],
    },
}
# ru "об" only before a vowel; "о" otherwise.
RU_VOWELS = "АЕЁИОУЫЭЮЯ"

# Third parties named by title or profession; the title is outside the span.
# lang -> list of (before, title, name form, after)
TITLED = {
    "ru": [("Меня направила", "доктор", "Гусейнова", "— она сказала сдать натощак."),
           ("По направлению", "терапевта", "Гусейновой", "— там всё указано."),
           ("Жалоба на", "водителя", "Станислава Ворону", "— он нагрубил."),
           ("Мне звонил", "участковый", "Мороз", "— просил перезвонить.")],
    "uk": [("Мене направила", "лікарка", "Ковальчук", "— сказала здавати натщесерце."),
           ("За направленням", "лікаря", "Остапа Солов'я", "— там усе написано."),
           ("Скарга на", "водія", "Богдана Мельника", "— він нагрубив."),
           ("Мені телефонувала", "пані", "Береза", "— просила передзвонити.")],
    "en": [("The officer who came out was", "Sergeant", "Price", "— he gave me a crime number."),
           ("I was referred by", "Dr", "Amelia Shah", "— it's on the form."),
           ("My complaint is about the driver,", "Mr", "Cook", "— he was rude."),
           ("I had a letter from", "Councillor", "Fox", "about the repairs.")],
    "lt": [("Mane nukreipė", "daktarė", "Petrauskienė", "— sakė ateiti nevalgius."),
           ("Pagal", "gydytojos", "Rasos Vilkienės", "siuntimą."),
           ("Skundas dėl", "vairuotojo", "Dariaus Paukščio", "— jis buvo nemandagus."),
           ("Man skambino", "ponia", "Žemaitienė", "— prašė perskambinti.")],
}

# Names in Latin capitals as on a card, for the embossed holder line.
LATIN = {
    "Надежда Зима": "NADEZHDA ZIMA", "Олег Мороз": "OLEG MOROZ", "Вера Соловей": "VERA SOLOVEI",
    "Анна Петрова-Вишневская": "ANNA PETROVA-VISHNEVSKAIA", "Любовь Голубь": "LIUBOV GOLUB",
    "Станислав Ворона": "STANISLAV VORONA", "Роза Белая": "ROZA BELAIA",
    "Тимур Кадыров-Осипов": "TIMUR KADYROV-OSIPOV",
    "Ярина Коваль": "YARYNA KOVAL", "Богдан Мельник": "BOHDAN MELNYK",
    "Надія Ткач-Левицька": "NADIIA TKACH-LEVYTSKA", "Остап Соловей": "OSTAP SOLOVEI",
    "Марта Вишня": "MARTA VYSHNIA", "Тарас Гончаренко": "TARAS HONCHARENKO",
    "Соломія Береза": "SOLOMIIA BEREZA",
}
