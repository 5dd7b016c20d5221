"""Review at scale in a real browser (Debian's chromium via Playwright, as in
test_web_browser.py): a search by an inflected word finds the call and its hit seeks the
player; a call opened by one supervisor shows as claimed to another; a two-reviewer
calibration session shows the agreement computed here; a review made in the browser becomes
a label that ``speechqa eval`` reproduces."""
# ruff: noqa: F811  (the imported fixtures are test parameters by the same names)

from __future__ import annotations

import threading
import time

from _scale import add_russian_call
from _web import PASSWORD
from test_web_browser import browser, live, new_page, wait_until  # noqa: F401  (fixtures)

PLAYER_TIME = "document.getElementById('player').currentTime"


def _with_russian_call(live) -> int:
    critical = next(row for row in live.store.iter_scorecards()
                    if row.call.call_id == "call-critical")
    clip = critical.call.path  # the seeded 6 s clip
    live.ids["call-ru"] = add_russian_call(live.store, critical.model(), audio_path=clip)
    return live.ids["call-ru"]


def test_search_finds_a_call_by_an_inflected_word_and_seeks_to_the_hit(live, new_page):
    sid = _with_russian_call(live)
    page = new_page("sup")
    page.goto(f"{live.base}/queue")
    page.fill("#search-q", "списали")
    with page.expect_navigation():
        page.click("#filters button[type=submit]")
    assert page.locator("#queue a.call-link").all_inner_texts() == ["call-ru"]
    # limited to the agent's speech, the customer's «списали» no longer counts but the
    # agent's «списание» (another word of the same root) does
    page.select_option("select[name=speaker]", "agent")
    with page.expect_navigation():
        page.click("#filters button[type=submit]")
    assert page.locator("#queue a.call-link").all_inner_texts() == ["call-ru"]
    page.fill("#search-q", "деньги")
    with page.expect_navigation():
        page.click("#filters button[type=submit]")
    assert page.locator("#queue a.call-link").count() == 0
    page.select_option("select[name=speaker]", "")
    with page.expect_navigation():
        page.click("#filters button[type=submit]")
    with page.expect_navigation():
        page.click("#queue a.call-link")
    assert page.url.startswith(f"{live.base}/calls/{sid}?")
    hits = page.locator(".w.hit")
    assert hits.all_inner_texts() == ["деньги"]
    # the hit button seeks the player to the word
    wait_until(page, "document.getElementById('player').readyState >= 1")
    start = float(page.locator(".w.hit").first.get_attribute("data-start"))
    page.click("#hits button.hit-link")
    wait_until(page, f"Math.abs({PLAYER_TIME} - {start}) < 0.05")
    assert start > 3.0  # in the customer's turn, not the start of the call
    assert not [m for m in page.console_messages_seen if "Content Security Policy" in m]


def test_a_claimed_call_shows_as_claimed_to_a_second_supervisor(live, new_page):
    sid = live.ids["call-critical"]
    first = new_page("sup")
    first.goto(f"{live.base}/calls/{sid}")
    assert "You are reviewing this call" in first.locator("#claim").inner_text()
    second = new_page("root")
    second.goto(f"{live.base}/queue")
    row = second.locator(f"#queue tr[data-scorecard='{sid}']")
    assert "Claimed by sup" in row.inner_text()
    second.goto(f"{live.base}/calls/{sid}")
    assert "Claimed by sup" in second.locator("#claim").inner_text()
    # the admin releases it; the next opener takes it
    with second.expect_navigation():
        second.click("#release-claim")
    second.goto(f"{live.base}/calls/{sid}")
    assert "You are reviewing this call" in second.locator("#claim").inner_text()
    first.goto(f"{live.base}/queue")
    assert "Claimed by root" in first.locator(f"#queue tr[data-scorecard='{sid}']").inner_text()


def test_a_two_reviewer_calibration_session_shows_the_agreement_computed_here(live, new_page):
    from sklearn.metrics import cohen_kappa_score

    calls = ["call-critical", "call-hostile", "call-south"]
    scores = {  # reviewer -> per call (greeting, disclosure)
        "sup": [("passed", "failed"), ("passed", "passed"), ("failed", "passed")],
        "root": [("passed", "failed"), ("failed", "passed"), ("failed", "failed")],
    }
    creator = new_page("root")
    creator.goto(f"{live.base}/calibration")
    creator.fill("#new-session input[name=name]", "Browser calibration")
    creator.fill("#new-session input[name=calls]",
                 " ".join(str(live.ids[call]) for call in calls))
    creator.select_option("#new-session select[name=reviewers]", ["sup", "root"])
    with creator.expect_navigation():
        creator.click("#new-session button[type=submit]")
    session_url = creator.url
    assert creator.locator("#blind").count() == 1  # root reviews too: blind for now
    pages = {"root": creator, "sup": new_page("sup")}
    for name, page in pages.items():
        for call, (greeting, disclosure) in zip(calls, scores[name], strict=True):
            page.goto(f"{session_url}/calls/{live.ids[call]}")
            assert page.locator("td.machine").count() == 0  # blind: no machine result
            page.check(f"input[name='item:greeting'][value={greeting}]")
            page.check(f"input[name='item:disclosure'][value={disclosure}]")
            with page.expect_navigation():
                page.click("#submit-scores")
            assert page.locator("td.machine").count() == 2  # revealed after submitting
    page = pages["sup"]
    page.goto(session_url)
    for index, item in enumerate(("greeting", "disclosure")):
        first = [pair[index] for pair in scores["sup"]]
        second = [pair[index] for pair in scores["root"]]
        kappa = cohen_kappa_score(first, second)
        row = page.locator(f"#agreement tr[data-item='{item}']")
        assert row.locator(".kappa").inner_text() == f"{kappa:.3f}"
        agree = 100 * sum(a == b for a, b in zip(first, second, strict=True)) / len(calls)
        assert row.locator(".percent-agree").inner_text() == f"{agree:.1f}%"


def test_a_review_made_in_the_browser_becomes_a_label_that_eval_reproduces(tmp_path, browser):
    """A supervisor overturns an item and closes the review in Chromium; the labels export
    fed to ``speechqa eval`` disagrees with the machine exactly there."""
    import json

    import uvicorn
    from _scale import scored_store
    from typer.testing import CliRunner

    from speechqa.cli import app
    from speechqa.web.app import create_app

    store, ids = scored_store(tmp_path)
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=0,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_for(lambda: server.started)
        port = server.servers[0].sockets[0].getsockname()[1]
        base = f"http://127.0.0.1:{port}"
        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{base}/login")
        page.fill("input[name=name]", "sup")
        page.fill("input[name=password]", PASSWORD)
        with page.expect_navigation():
            page.click("form[action='/login'] button[type=submit]")
        page.goto(f"{base}/calls/{ids['c-nov']}")
        item = page.locator("#item-greeting")
        machine = item.locator(".final-status").inner_text()
        assert machine == "passed"
        item.locator("summary").click()
        item.locator("select[name=status]").select_option("failed")
        item.locator("textarea[name=comment]").fill("greeted only after the disclosure")
        item.locator("button[type=submit]").click()
        page.wait_for_selector("#item-greeting.overridden")
        page.click("#review button[value=reviewed]")
        wait_until(page, "document.getElementById('review-status').textContent.trim() "
                         "=== 'reviewed'")
        context.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    out = tmp_path / "labels"
    runner = CliRunner()
    exported = runner.invoke(app, ["export", "--format", "labels", "--out", str(out),
                                   "--db", store.url])
    store.close()
    assert exported.exit_code == 0, exported.output
    report_path = tmp_path / "eval.json"
    evaluated = runner.invoke(app, ["eval", str(out), "--no-semantic", "--out",
                                    str(report_path)])
    assert evaluated.exit_code == 0, evaluated.output
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["calls"] == 1
    assert [(error["call_id"], error["item"], error["gold"], error["predicted"])
            for error in report["errors"]] == [("c-nov", "greeting", False, "passed")]


def wait_for(condition, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)
