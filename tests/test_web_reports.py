"""The compliance report in the web app: the same numbers as ``speechqa report``, for the
roles that may read every call, as HTML, PDF and CSV downloads."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from _web import seeded_store
from test_web_http import ROLES, client_for

from speechqa.report import ReportParams, build_report
from speechqa.report.render import render_csv

PERIOD = {"from": "2026-11-01", "to": "2026-11-30"}
MAY_READ = {"root", "aud"}


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory):
    store, ids = seeded_store(tmp_path_factory.mktemp("reports"))
    yield store, ids
    store.close()


@pytest.mark.parametrize("name", ROLES)
def test_report_page_and_download_by_role(shared, name):
    store, _ids = shared
    client = client_for(store, name)
    page = client.get("/reports")
    download = client.get("/reports/download", params={**PERIOD, "format": "csv"})
    if name is None:
        assert page.status_code == download.status_code == 303
    elif name in MAY_READ:
        assert page.status_code == 200 and 'action="/reports/download"' in page.text
        assert download.status_code == 200
        assert download.headers["content-disposition"].startswith("attachment;")
    else:
        assert page.status_code == download.status_code == 403
        assert "/reports" not in client.get("/queue").text  # and no menu entry either


def test_the_web_csv_is_the_cli_csv(shared):
    store, _ids = shared
    web = client_for(store, "aud").get("/reports/download",
                                       params={**PERIOD, "format": "csv", "by": "team"})
    expected = render_csv(build_report(store, ReportParams(
        date(2026, 11, 1), date(2026, 11, 30), by="team")))

    def numbers(text: str) -> list[tuple[str, ...]]:
        return [tuple(row[k] for k in ("section", "dimension", "group", "item", "numerator",
                                       "denominator", "rate", "ci_low", "ci_high", "value"))
                for row in csv.DictReader(io.StringIO(text))]

    assert numbers(web.text) == numbers(expected)
    assert any(row[0] == "adherence" for row in numbers(web.text))


def test_html_and_pdf_downloads_and_the_api(shared):
    store, _ids = shared
    client = client_for(store, "root")
    html = client.get("/reports/download", params={**PERIOD, "format": "html", "lang": "lt"})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "<svg" in html.text and "/calls/" in html.text  # charts, links to call pages
    pdf = client.get("/api/v1/report", params={**PERIOD, "format": "pdf"})
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_an_empty_period_is_a_clear_422(shared):
    store, _ids = shared
    response = client_for(store, "aud").get(
        "/api/v1/report", params={"from": "2020-01-01", "to": "2020-01-31", "format": "csv"})
    assert response.status_code == 422
    assert response.json()["detail"].startswith(
        "no scored calls between 2020-01-01 and 2020-01-31")
