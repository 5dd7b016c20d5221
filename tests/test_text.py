"""Normalisation, tokenisation and lemmas: the ground the phrase rules stand on."""

from __future__ import annotations

import time

from speechqa.text import (
    MAX_TURN_CHARS,
    analyse,
    clean,
    fold,
    phrase_lemma,
    shorten,
    split_sentences,
    tokenize,
)


def test_clean_strips_markup_entities_and_control_characters():
    raw = "<b>Добрый</b>\x00 день,\u200b &lt;script&gt;alert(1)&lt;/script&gt;  банк\t«Север»\x1b"
    assert clean(raw) == "Добрый день, alert(1) банк «Север»"


def test_clean_bounds_huge_input_quickly():
    started = time.perf_counter()
    cleaned = clean("слово " * 200_000)  # ~1.2 MB
    assert len(cleaned) <= MAX_TURN_CHARS
    assert time.perf_counter() - started < 0.5


def test_fold_ignores_case_and_yo():
    assert fold("ЕЩЁ Всё") == "еще все"


def test_tokens_keep_hyphenated_and_apostrophe_words():
    words = [t.text for t in tokenize("интернет-магазин, п'ять, don't и пин-код") if t.is_word]
    assert words == ["интернет-магазин", "п'ять", "don't", "и", "пин-код"]


def test_lemmas_cover_inflection_in_every_language():
    assert "записываться" in analyse("записывается").lemmas
    assert "назвать" in analyse("назовите").lemmas
    assert "розмова" in analyse("розмову", "uk").lemmas
    assert "record" in analyse("recorded").lemmas
    assert "klausimas" in analyse("klausimų").lemmas
    assert phrase_lemma("кодовое", "ru") & analyse("кодового").lemmas


def test_language_hint_limits_cyrillic_analysis():
    assert analyse("розмова", "uk").known_in == frozenset({"uk"})
    assert "ru" in analyse("разговор").known_in


def test_person_names_are_tagged_but_brands_are_not():
    assert analyse("Елена").person_name
    assert analyse("Наталія", "uk").person_name
    assert not analyse("Северный").person_name
    assert not analyse("Домотека").known_in


def test_sentences_split_on_marks_but_not_inside_abbreviations():
    text = "Добрый день! Меня зовут Анна. Between eight a.m. and one p.m. okay? Да."
    parts = [text[a:b] for a, b in split_sentences(text)]
    assert parts == [
        "Добрый день!",
        "Меня зовут Анна.",
        "Between eight a.m. and one p.m. okay?",
        "Да.",
    ]


def test_unpunctuated_text_is_one_sentence():
    text = "hello this is harper valley national bank how can i help you"
    assert split_sentences(text) == [(0, len(text))]


def test_shorten_cuts_at_a_word_boundary():
    assert shorten("a" * 10 + " " + "b" * 400, 50) == "a" * 10 + "…"
    assert shorten("short") == "short"
