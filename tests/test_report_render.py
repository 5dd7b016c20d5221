"""The report as people see it: the HTML opened in a real Chromium (charts drawn, text in
ru/uk/en/lt readable, nothing fetched from the network) and the PDF rasterised by pdftoppm
into pages that are not blank."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from report_helpers import add_calls, override
from test_report import known_calls

from speechqa.report import ReportParams, build_report, render_html, render_pdf
from speechqa.store import open_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
# A heading of each language and a word only that language's catalogue writes.
EXPECTED = {
    "en": ("QA compliance audit", "Critical misses"),
    "ru": ("Аудит соблюдения стандартов качества", "Критичные нарушения"),
    "uk": ("Аудит дотримання стандартів якості", "Критичні порушення"),
    "lt": ("Kokybės standartų laikymosi auditas", "Kritiniai pažeidimai"),
}


@pytest.fixture(scope="module", name="report")
def built_report(tmp_path_factory):
    db = tmp_path_factory.mktemp("render") / "s.db"
    calls = known_calls()
    with open_store(db) as store:
        add_calls(store, calls)
        override(store, calls[40].call_id, "disclosure", "passed")
        yield build_report(store, ReportParams(date(2026, 9, 1), date(2026, 10, 31)))


def test_html_opens_in_chromium_with_charts_and_readable_text(report, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip("needs /usr/bin/chromium (scripts/test.sh installs it)")
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            requests: list[str] = []
            page.on("request", lambda request: requests.append(request.url))
            for lang, (title, heading) in EXPECTED.items():
                path = tmp_path / f"report-{lang}.html"
                path.write_text(render_html(report, lang), encoding="utf-8")
                page.goto(path.as_uri())
                assert page.locator("h1").inner_text() == title
                body = page.locator("body").inner_text()
                assert heading in body
                charts = page.locator("svg.chart")
                assert charts.count() >= 5  # item bars, trend, heatmap, sentiment ×2
                for index in range(charts.count()):
                    box = charts.nth(index).bounding_box()
                    assert box and box["width"] > 300 and box["height"] > 40
                assert page.locator("svg .whisker").count() >= 3
                assert page.locator("svg polyline.series").count() >= 2
                # Glyphs really drawn: a line of text is as wide as its characters need.
                width = page.evaluate(
                    "() => document.querySelector('h1').getBoundingClientRect().width")
                assert width > 8 * len(title)
            assert all(url.startswith("file://") for url in requests), requests
        finally:
            browser.close()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_pdf_pages_rasterise_and_are_not_blank(report, tmp_path):
    from PIL import Image, ImageStat

    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_pdf(report, "lt"))
    assert pdf.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=120)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2
    for page in pages:
        image = Image.open(page).convert("L")
        dark = sum(image.histogram()[:128]) / (image.width * image.height)
        assert dark > 0.002, f"{page.name} looks blank"
        assert ImageStat.Stat(image).stddev[0] > 5
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    assert "Kokybės standartų laikymosi auditas" in text and "Kritiniai pažeidimai" in text
    cyrillic = tmp_path / "report-uk.pdf"
    cyrillic.write_bytes(render_pdf(report, "uk"))
    text = subprocess.run(["pdftotext", str(cyrillic), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    assert "Аудит дотримання стандартів якості" in text and "Запис розмови" in text


def test_every_message_of_the_report_is_translated_in_every_catalogue():
    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import read_po

    from speechqa.report import i18n

    package = Path(i18n.__file__).parent
    method_map = [("**.py", "python"), ("templates/**.j2", "jinja2")]
    options = {"templates/**.j2": {"extensions": "jinja2.ext.i18n"}}
    used = {message for _, _, message, *_ in extract_from_dir(
        package, method_map, options_map=options) if isinstance(message, str)}
    assert len(used) > 80
    for lang in ("ru", "uk", "lt"):
        path = package / "locale" / lang / "LC_MESSAGES" / "report.po"
        catalog = read_po(path.open("rb"), locale=lang)
        missing = sorted(m for m in used if not (catalog.get(m) and catalog.get(m).string))
        assert not missing, f"{lang}: {missing}"
