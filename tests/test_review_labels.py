"""Reviews as labels: the export feeds ``speechqa eval`` and reproduces the reviewers'
statuses; the overturn statistics count what reviewers changed, by item and period."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from _review import fast_hashing_fixture  # noqa: F401  (registers fast_hashing)
from _scale import scored_store
from _web import PASSWORD, USERS
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from speechqa.cli import app
from speechqa.review import Forbidden, accounts, labels, service
from speechqa.web.app import WebSettings, create_app


@pytest.fixture
def reviewed(tmp_path: Path, fast_hashing):
    """Three calls scored by the default checklist; two reviewed (one with two overrides,
    one in November), one still open with an override (not a label yet)."""
    store, ids = scored_store(tmp_path)
    sup = accounts.get_user_by_name(store, "sup")
    changed: dict[str, dict[str, str]] = {}
    for call_id, flips in (("c-nov", 2), ("c-dec", 1), ("c-open", 1)):
        detail = service.call_detail(store, sup, ids[call_id])
        targets = [item for item in detail.items if item.final_status in ("passed", "failed")]
        changed[call_id] = {}
        for item in targets[:flips]:
            new = "failed" if item.final_status == "passed" else "passed"
            service.override_item(store, sup, ids[call_id], item.item_id, new, "heard otherwise",
                                  expected_version=item.version)
            changed[call_id][item.item_id] = new
        if call_id != "c-open":
            service.set_review_status(store, sup, ids[call_id], "reviewed",
                                      expected_version=detail.review.version)
    yield store, ids, changed, tmp_path
    store.close()


def test_labels_export_feeds_eval_and_reproduces_the_reviewers_statuses(reviewed):
    store, ids, changed, tmp_path = reviewed
    assert [len(changed[call_id]) for call_id in ("c-nov", "c-dec")] == [2, 1]
    out = tmp_path / "corpus"
    runner = CliRunner()
    result = runner.invoke(app, ["export", "--format", "labels", "--out", str(out),
                                 "--db", store.url])
    assert result.exit_code == 0, result.output
    records = json.loads((out / "calls.json").read_text(encoding="utf-8"))
    assert [record["id"] for record in records] == ["c-dec", "c-nov"]  # c-open not finished
    root = accounts.get_user_by_name(store, "root")
    for record in records:
        detail = service.call_detail(store, root, ids[record["id"]])
        finals = {item.item_id: item.final_status == "passed" for item in detail.items}
        assert {k: v for k, v in record["labels"].items() if k != "needs_review"} == finals
    report_path = tmp_path / "eval.json"
    result = runner.invoke(app, ["eval", str(out), "--no-semantic", "--out", str(report_path)])
    assert result.exit_code == 0, result.output
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["calls"] == 2
    # the machine (rescoring the same text) disagrees with the labels exactly where the
    # reviewers overturned it
    disagreements = {(error["call_id"], error["item"]) for error in report["errors"]}
    assert disagreements == {(call_id, item) for call_id in ("c-nov", "c-dec")
                             for item in changed[call_id]}


def test_overturns_by_item_and_period(reviewed):
    store, _ids, changed, _tmp_path = reviewed
    root = accounts.get_user_by_name(store, "root")
    weekly = labels.overturns(store, root)
    assert {row.period for row in weekly} == {"2026-W45", "2026-W50"}
    assert weekly[0].period == "2026-W50"  # newest first
    found = {(row.period, row.item_id): row for row in weekly if row.overturned}
    expected = {("2026-W45", item) for item in changed["c-nov"]} | {
        ("2026-W50", item) for item in changed["c-dec"]}
    assert set(found) == expected
    for row in found.values():
        assert row.reviewed == 1 and row.rate == 1.0
        assert row.calls[0][1] in ("c-nov", "c-dec")
    monthly = labels.overturns(store, root, period="month",
                               date_from=datetime(2026, 12, 1, tzinfo=UTC))
    assert {row.period for row in monthly} == {"2026-12"}
    assert sum(row.overturned for row in monthly) == len(changed["c-dec"])
    assert labels.overturns(store, accounts.get_user_by_name(store, "sup2")) == []
    with pytest.raises(Forbidden):
        labels.overturns(store, accounts.get_user_by_name(store, "ag1"))


OVERTURN_ACCESS = {"root": 200, "sup": 200, "sup2": 200, "aud": 200, "ag1": 403, "ag2": 403}


@pytest.mark.parametrize("name", [None, *USERS])
def test_overturn_routes_by_role(reviewed, name):
    store, ids, changed, _tmp_path = reviewed
    client = TestClient(create_app(store, WebSettings()), follow_redirects=False)
    if name is not None:
        page = client.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        client.post("/login", data={"name": name, "password": PASSWORD, "csrf_token": token})
    html = client.get("/overturns")
    api = client.get("/api/v1/overturns", params={"period": "month"})
    if name is None:
        assert html.status_code == 303 and api.status_code == 401
        return
    assert html.status_code == api.status_code == OVERTURN_ACCESS[name]
    if OVERTURN_ACCESS[name] != 200:
        return
    linked = set(re.findall(r'href="/calls/(\d+)#item-[^"]+" class="overturned-call"', html.text))
    overturned = sum(row["overturned"] for row in api.json())
    if name == "sup2":  # team south: none of these calls
        assert linked == set() and overturned == 0
    else:
        assert linked == {str(ids["c-nov"]), str(ids["c-dec"])}
        assert overturned == len(changed["c-nov"]) + len(changed["c-dec"])
