"""Person names for blind13 with their case forms (ru, uk, lt) so names appear in every case."""

from __future__ import annotations

import random

SIBILANT_VELAR = "гкхжшчщ"


def ru_decline(word: str, kind: str) -> dict[str, str]:
    """Case forms of a Russian given name, surname or patronymic (regular patterns only)."""
    if kind == "sur_m":  # -ов/-ев/-ин
        return dict(
            nom=word,
            gen=word + "а",
            dat=word + "у",
            acc=word + "а",
            ins=word + "ым",
            pre=word + "е",
        )
    if kind == "sur_f":  # -ова/-ина
        s = word[:-1]
        return dict(nom=word, gen=s + "ой", dat=s + "ой", acc=s + "у", ins=s + "ой", pre=s + "ой")
    if kind == "indecl":
        return dict.fromkeys(("nom", "gen", "dat", "acc", "ins", "pre"), word)
    if word.endswith("ия"):
        s = word[:-1]
        return dict(nom=word, gen=s + "и", dat=s + "и", acc=s + "ю", ins=s + "ей", pre=s + "и")
    if word.endswith("я"):
        s = word[:-1]
        return dict(nom=word, gen=s + "и", dat=s + "е", acc=s + "ю", ins=s + "ей", pre=s + "е")
    if word.endswith("а"):
        s = word[:-1]
        gen = s + ("и" if s[-1] in SIBILANT_VELAR else "ы")
        ins = s + ("ей" if s[-1] in "жшчщ" else "ой")
        return dict(nom=word, gen=gen, dat=s + "е", acc=s + "у", ins=ins, pre=s + "е")
    if word.endswith("й"):
        s = word[:-1]
        return dict(nom=word, gen=s + "я", dat=s + "ю", acc=s + "я", ins=s + "ем", pre=s + "е")
    ins = word + ("ем" if word.endswith("ич") else "ом")
    return dict(nom=word, gen=word + "а", dat=word + "у", acc=word + "а", ins=ins, pre=word + "е")


def uk_decline(word: str, kind: str) -> dict[str, str]:
    """Case forms (with vocative) of a Ukrainian name; female -ук/-енко surnames don't decline."""
    if kind == "indecl":
        return dict.fromkeys(("nom", "gen", "dat", "acc", "ins", "loc", "voc"), word)
    if kind == "sky_m":
        s = word[:-2]
        return dict(
            nom=word,
            gen=s + "ого",
            dat=s + "ому",
            acc=s + "ого",
            ins=s + "им",
            loc=s + "ому",
            voc=word,
        )
    if kind == "sky_f":
        s = word[:-1]
        return dict(
            nom=word, gen=s + "ої", dat=s + "ій", acc=s + "у", ins=s + "ою", loc=s + "ій", voc=word
        )
    if word.endswith("ія"):
        s = word[:-1]
        return dict(
            nom=word, gen=s + "ї", dat=s + "ї", acc=s + "ю", ins=s + "єю", loc=s + "ї", voc=s + "є"
        )
    if word.endswith("а"):
        s = word[:-1]
        return dict(
            nom=word, gen=s + "и", dat=s + "і", acc=s + "у", ins=s + "ою", loc=s + "і", voc=s + "о"
        )
    if word.endswith("ко"):
        s = word[:-1]
        return dict(
            nom=word, gen=s + "а", dat=s + "у", acc=s + "а", ins=s + "ом", loc=s + "ові", voc=word
        )
    if word.endswith("ич"):
        return dict(
            nom=word,
            gen=word + "а",
            dat=word + "у",
            acc=word + "а",
            ins=word + "ем",
            loc=word + "у",
            voc=word + "у",
        )
    voc = word + ("у" if word.endswith(("ук", "юк", "ик")) else "е")
    return dict(
        nom=word,
        gen=word + "а",
        dat=word + "ові",
        acc=word + "а",
        ins=word + "ом",
        loc=word + "ові",
        voc=voc,
    )


def lt_decline(word: str) -> dict[str, str]:
    """Lithuanian case forms for -as, -is, -ius, -a and -ė names."""
    if word.endswith("ius"):
        s = word[:-3]
        return dict(
            nom=word,
            gen=s + "iaus",
            dat=s + "iui",
            acc=s + "ių",
            ins=s + "iumi",
            loc=s + "iuje",
            voc=s + "iau",
        )
    if word.endswith("as"):
        s = word[:-2]
        return dict(
            nom=word, gen=s + "o", dat=s + "ui", acc=s + "ą", ins=s + "u", loc=s + "e", voc=s + "ai"
        )
    if word.endswith("is"):
        s = word[:-2]
        return dict(
            nom=word,
            gen=s + "io",
            dat=s + "iui",
            acc=s + "į",
            ins=s + "iu",
            loc=s + "yje",
            voc=s + "i",
        )
    if word.endswith("a"):
        s = word[:-1]
        return dict(
            nom=word, gen=s + "os", dat=s + "ai", acc=s + "ą", ins=word, loc=s + "oje", voc=word
        )
    s = word[:-1]
    return dict(
        nom=word, gen=s + "ės", dat=s + "ei", acc=s + "ę", ins=s + "e", loc=s + "ėje", voc=s + "e"
    )


RU_MALE = [
    "Глеб",
    "Артём",
    "Тимур",
    "Роман",
    "Денис",
    "Богдан",
    "Руслан",
    "Станислав",
    "Андрей",
    "Сергей",
    "Всеволод",
    "Эрик",
]
RU_FEMALE = [
    "Алина",
    "Милена",
    "Дарина",
    "Кира",
    "Злата",
    "Валентина",
    "Людмила",
    "Ольга",
    "Мария",
    "Полина",
    "Таисия",
    "Виолетта",
]
RU_DIMIN = {
    False: ["Ваня", "Саша", "Лёша", "Петя", "Димка"],
    True: ["Танюша", "Маша", "Катя", "Саша"],
}
RU_SUR = [
    "Белоусов",
    "Корнилов",
    "Тихонов",
    "Журавлёв",
    "Миронов",
    "Сафронов",
    "Лапин",
    "Фомин",
    "Гусев",
    "Ершов",
    "Кудрявцев",
    "Никитин",
]
RU_SUR_INDECL = ["Шевчук", "Гордиенко", "Дюма", "Мюллер", "Остапенко"]
RU_PATR_M = ["Олегович", "Игоревич", "Павлович", "Викторович", "Тимурович", "Львович"]
RU_PATR_F = ["Олеговна", "Игоревна", "Павловна", "Викторовна", "Андреевна", "Сергеевна"]
RU_FOREIGN = [
    ([("Джонатан", "name"), ("Уэст", "name")], False),
    ([("Ахмед", "name"), ("Рахимов", "sur_m")], False),
    ([("Нгуен", "indecl"), ("Ван", "indecl"), ("Лонг", "indecl")], False),
    ([("Элеонора", "name"), ("Фишер-Бойко", "indecl")], True),
]

UK_MALE = ["Іван", "Богдан", "Роман", "Тарас", "Назар", "Остап", "Ярослав", "Мирон"]
UK_FEMALE = ["Оксана", "Ірина", "Галина", "Соломія", "Христина", "Марія", "Олеся", "Зоряна"]
UK_DIMIN = {False: ["Тарасик", "Ромчик"], True: ["Оксанка", "Іванка"]}
UK_SUR_M = ["Ковальчук", "Гнатюк", "Мельничук", "Бондаренко", "Кравченко", "Литвиненко"]
UK_SUR_SKY = ["Вишневський", "Яворський", "Стецьківський", "Потоцький"]
UK_PATR_M = ["Петрович", "Богданович", "Іванович", "Миронович"]
UK_PATR_F = ["Петрівна", "Богданівна", "Іванівна", "Степанівна"]

EN_FIRST = {
    True: ["Priya", "Bethany", "Siobhan", "Imogen", "Harriet", "Rosalind"],
    False: ["Callum", "Oluwaseun", "Graham", "Marcus", "Declan", "Tomasz", "Yusuf", "Kieran"],
}
EN_SUR = [
    "Whitfield",
    "Okonkwo",
    "Hargreaves",
    "Pemberton-Lloyd",
    "MacAulay",
    "Fairbairn",
    "Nowak",
    "Delacroix",
    "Ashworth",
    "Brennan",
    "Kowalczyk",
    "Abernethy",
]
EN_DIMIN = {True: ["Bex", "Kate", "Nell"], False: ["Tom", "Jim", "Rob"]}

LT_MALE = [
    "Jonas",
    "Tomas",
    "Lukas",
    "Mantas",
    "Rokas",
    "Karolis",
    "Marius",
    "Julius",
    "Domantas",
    "Paulius",
]
LT_FEMALE = ["Rūta", "Ieva", "Asta", "Jurgita", "Gintarė", "Eglė", "Austėja", "Greta"]
LT_DIMIN = {False: ["Jonukas", "Tomukas"], True: ["Rūtelė", "Eglutė"]}
LT_SUR_M = [
    "Kazlauskas",
    "Petrauskas",
    "Jankauskas",
    "Stankevičius",
    "Vasiliauskas",
    "Žukauskas",
    "Butkus",
    "Paulauskas",
]
LT_SUR_F = ["Kazlauskienė", "Petraitytė", "Jankauskaitė", "Stankevičienė", "Žukauskienė", "Butkutė"]


class Person:
    """One invented person: forms[case] gives the full name as said in that case."""

    def __init__(self, parts: list[dict[str, str]], female: bool, letters: str) -> None:
        self.parts = parts
        self.female = female
        self.letters = letters  # the surname, for spelling out letter by letter

    def form(self, case: str, which: tuple[int, ...] | None = None) -> str:
        idx = range(len(self.parts)) if which is None else which
        return " ".join(self.parts[i][case] for i in idx)


def make_person(
    lang: str, rng: random.Random, style: str = "full", female: bool | None = None
) -> Person:
    """A person whose name parts decline together; style picks full/first/dimin/foreign."""
    female = rng.random() < 0.5 if female is None else female
    if lang == "ru":
        if style == "foreign":
            parts, is_female = rng.choice(RU_FOREIGN)
            return Person([ru_decline(w, k) for w, k in parts], is_female, parts[-1][0])
        if style == "dimin":
            return Person([ru_decline(rng.choice(RU_DIMIN[female]), "name")], female, "")
        first = rng.choice(RU_FEMALE if female else RU_MALE)
        if rng.random() < 0.2:
            sur = rng.choice(RU_SUR_INDECL)
            fixed = female or sur.endswith(("ко", "ма"))
            sur_forms = ru_decline(sur, "indecl" if fixed else "name")
        else:
            sur = rng.choice(RU_SUR)
            sur = sur + "а" if female else sur
            sur_forms = ru_decline(sur, "sur_f" if female else "sur_m")
        patr = rng.choice(RU_PATR_F if female else RU_PATR_M)
        parts = [ru_decline(first, "name"), ru_decline(patr, "name"), sur_forms]
        return Person(parts, female, sur)
    if lang == "uk":
        if style == "dimin":
            return Person([uk_decline(rng.choice(UK_DIMIN[female]), "name")], female, "")
        first = rng.choice(UK_FEMALE if female else UK_MALE)
        if rng.random() < 0.35:
            sur = rng.choice(UK_SUR_SKY)
            if female:
                sur = sur[:-2] + "а"
            sur_forms = uk_decline(sur, "sky_f" if female else "sky_m")
        else:
            sur = rng.choice(UK_SUR_M)
            sur_forms = uk_decline(sur, "indecl" if female else "name")
        patr = rng.choice(UK_PATR_F if female else UK_PATR_M)
        return Person([uk_decline(first, "name"), uk_decline(patr, "name"), sur_forms], female, sur)
    if lang == "en":
        if style == "dimin":
            first = rng.choice(EN_DIMIN[female])
            return Person([dict(nom=first)], female, "")
        first, sur = rng.choice(EN_FIRST[female]), rng.choice(EN_SUR)
        return Person([dict(nom=first), dict(nom=sur)], female, sur)
    if style == "dimin":
        return Person([lt_decline(rng.choice(LT_DIMIN[female]))], female, "")
    first = rng.choice(LT_FEMALE if female else LT_MALE)
    sur = rng.choice(LT_SUR_F if female else LT_SUR_M)
    return Person([lt_decline(first), lt_decline(sur)], female, sur)
