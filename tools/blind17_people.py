"""Names (with the case forms the templates need), agents and identity values for blind17."""

from __future__ import annotations

# (nominative, accusative, genitive) of "First Last"; en keeps one form.
PEOPLE = {
    "ru": [
        ("Марина Ковалёва", "Марину Ковалёву", "Марины Ковалёвой"),
        ("Глеб Сорокин", "Глеба Сорокина", "Глеба Сорокина"),
        ("Вера Лапшина", "Веру Лапшину", "Веры Лапшиной"),
        ("Аркадий Белов", "Аркадия Белова", "Аркадия Белова"),
        ("Зоя Гришина", "Зою Гришину", "Зои Гришиной"),
        ("Станислав Мухин", "Станислава Мухина", "Станислава Мухина"),
        ("Полина Захарченко", "Полину Захарченко", "Полины Захарченко"),
        ("Фёдор Кравец", "Фёдора Кравца", "Фёдора Кравца"),
        ("Евгения Рябова", "Евгению Рябову", "Евгении Рябовой"),
        ("Ростислав Ершов", "Ростислава Ершова", "Ростислава Ершова"),
        ("Лилия Гарипова", "Лилию Гарипову", "Лилии Гариповой"),
        ("Эдуард Пахомов", "Эдуарда Пахомова", "Эдуарда Пахомова"),
    ],
    "uk": [
        ("Олена Гуменюк", "Олену Гуменюк", "Олени Гуменюк"),
        ("Тарас Мельничук", "Тараса Мельничука", "Тараса Мельничука"),
        ("Соломія Ткачук", "Соломію Ткачук", "Соломії Ткачук"),
        ("Ярослав Дорошенко", "Ярослава Дорошенка", "Ярослава Дорошенка"),
        ("Галина Савчук", "Галину Савчук", "Галини Савчук"),
        ("Віталій Кузьмич", "Віталія Кузьмича", "Віталія Кузьмича"),
        ("Мар'яна Білоус", "Мар'яну Білоус", "Мар'яни Білоус"),
        ("Остап Процюк", "Остапа Процюка", "Остапа Процюка"),
        ("Христина Левчук", "Христину Левчук", "Христини Левчук"),
        ("Данило Ковтун", "Данила Ковтуна", "Данила Ковтуна"),
    ],
    "en": [
        ("Harriet Quinlan",) * 3,
        ("Desmond O'Leary",) * 3,
        ("Priyanka Sethi",) * 3,
        ("Callum Fairweather",) * 3,
        ("Imogen Bassett",) * 3,
        ("Tobias Wren",) * 3,
        ("Niamh Doherty",) * 3,
        ("Rafael Ortega",) * 3,
        ("Beatrix Holloway",) * 3,
        ("Kwame Mensah",) * 3,
    ],
    "lt": [
        ("Rūta Vaitkienė", "Rūtą Vaitkienę", "Rūtos Vaitkienės"),
        ("Darius Balčiūnas", "Darių Balčiūną", "Dariaus Balčiūno"),
        ("Gintarė Žukauskaitė", "Gintarę Žukauskaitę", "Gintarės Žukauskaitės"),
        ("Linas Urbonas", "Liną Urboną", "Lino Urbono"),
        ("Aistė Mockutė", "Aistę Mockutę", "Aistės Mockutės"),
        ("Povilas Stankevičius", "Povilą Stankevičių", "Povilo Stankevičiaus"),
        ("Jurgita Petrauskienė", "Jurgitą Petrauskienę", "Jurgitos Petrauskienės"),
        ("Kęstutis Rimkus", "Kęstutį Rimkų", "Kęstučio Rimkaus"),
        ("Indrė Sabaliauskaitė", "Indrę Sabaliauskaitę", "Indrės Sabaliauskaitės"),
    ],
}

PATRONYMIC = {
    "Марина": "Олеговна",
    "Глеб": "Андреевич",
    "Вера": "Павловна",
    "Аркадий": "Семёнович",
    "Зоя": "Игоревна",
    "Станислав": "Юрьевич",
    "Олена": "Петрівна",
    "Тарас": "Іванович",
    "Галина": "Степанівна",
    "Остап": "Богданович",
}

STREETS = {
    "ru": [
        ("улица", "Садовая"),
        ("проспект", "Мира"),
        ("переулок", "Столярный"),
        ("улица", "Челюскинцев"),
    ],
    "uk": [
        ("вулиця", "Городоцька"),
        ("проспект", "Перемоги"),
        ("провулок", "Тихий"),
        ("вулиця", "Ярославова"),
    ],
    "en": [("Elm", "Grove"), ("Kingsley", "Road"), ("Marsh", "Lane"), ("Orchard", "Close")],
    "lt": [("Vilniaus", "g."), ("Savanorių", "pr."), ("Ąžuolų", "g."), ("Pylimo", "g.")],
}
CITIES = {
    "ru": ["Казань", "Тверь", "Омск"],
    "uk": ["Львів", "Полтава", "Вінниця"],
    "en": ["Leeds", "Bristol", "Norwich"],
    "lt": ["Kaunas", "Šiauliai", "Klaipėda"],
}
MAIL_HOSTS = {
    "ru": ["mail.ru", "yandex.ru"],
    "uk": ["ukr.net", "gmail.com"],
    "en": ["gmail.com", "outlook.com"],
    "lt": ["gmail.com", "inbox.lt"],
}
