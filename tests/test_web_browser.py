"""The review app in a real browser: Debian's chromium driven by Playwright (no browser
download), against the app served by uvicorn on 127.0.0.1 over a seeded SQLite store."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from _web import HOSTILE_IMG, HOSTILE_SCRIPT, PASSWORD, seeded_store
from playwright.sync_api import sync_playwright

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--autoplay-policy=no-user-gesture-required"]

if not Path(CHROMIUM).exists():
    pytest.skip("no chromium binary (scripts/test.sh installs Debian's chromium)",
                allow_module_level=True)


class Live:
    """A running server over a freshly seeded store."""

    def __init__(self, directory: Path) -> None:
        import uvicorn

        from speechqa.web.app import create_app

        self.store, self.ids = seeded_store(directory)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.base = f"http://127.0.0.1:{port}"
        config = uvicorn.Config(create_app(self.store), host="127.0.0.1", port=port,
                                log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)

    def call(self, call_id: str) -> str:
        return f"{self.base}/calls/{self.ids[call_id]}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.store.close()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    server = Live(tmp_path)
    yield server
    server.stop()


@pytest.fixture
def new_page(browser, live):
    """``new_page(user)``: a page in its own browser context, signed in as ``user``."""
    contexts = []

    def make(user: str | None = None):
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        contexts.append(context)
        page = context.new_page()
        page.console_messages_seen = []
        page.on("console", lambda message: page.console_messages_seen.append(message.text))
        if user is not None:
            login(page, live, user)
        return page

    yield make
    for context in contexts:
        context.close()


def login(page, live: Live, user: str, password: str = PASSWORD):
    page.goto(f"{live.base}/login")
    page.fill("input[name=name]", user)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.click("form[action='/login'] button[type=submit]")


def wait_until(page, expression: str, timeout_s: float = 10.0) -> None:
    """Poll a JS expression (``wait_for_function`` would need eval, which the CSP forbids)."""
    deadline = time.monotonic() + timeout_s
    while not page.evaluate(f"() => Boolean({expression})"):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        time.sleep(0.05)


REVIEW_STATUS_IS = "document.getElementById('review-status').textContent.trim() === '{}'"


def queue_calls(page) -> list[str]:
    return page.locator("#queue a.call-link").all_inner_texts()


def test_login_queue_order_and_filters(live, new_page):
    page = new_page()
    page.goto(f"{live.base}/queue")
    assert "/login" in page.url  # not signed in: sent to the login form
    login(page, live, "root")
    assert page.url.endswith("/queue")
    assert queue_calls(page) == ["call-critical", "call-south", "call-hostile"]
    assert page.inner_text("#queue-count") == "3 calls"
    page.select_option("select[name=flag_code]", "long_silence")
    with page.expect_navigation():
        page.click("#filters button[type=submit]")
    assert queue_calls(page) == ["call-hostile"]
    assert page.inner_text("#queue-count") == "1 call"
    page.select_option("select[name=flag_code]", "")
    page.select_option("select[name=team]", "south")
    with page.expect_navigation():
        page.click("#filters button[type=submit]")
    assert queue_calls(page) == ["call-south"]


def test_open_flagged_call_play_and_seek_from_evidence(live, new_page):
    page = new_page("sup")
    with page.expect_navigation():
        page.click("text=call-critical")
    assert page.locator("#flags").inner_text().count("missing_disclosure") == 1
    wait_until(page, "document.getElementById('player').readyState >= 1")
    page.click("#item-greeting button.evidence")
    wait_until(page, "Math.abs(document.getElementById('player').currentTime - 0.74) < 0.05")
    assert page.locator("#turn-0 .w.hl").all_inner_texts() == ["good", "morning"]
    # play: time advances and the turn being played is highlighted
    page.evaluate("document.getElementById('player').play()")
    wait_until(page, "document.getElementById('player').currentTime > 1.3")
    page.wait_for_selector("#turn-0.current")
    page.evaluate("document.getElementById('player').pause()")
    # clicking a word of another turn seeks there and moves the highlight
    page.locator("#turn-2 .w").first.click()
    wait_until(page, "document.getElementById('player').currentTime >= 3.99")
    page.wait_for_selector("#turn-2.current")
    assert page.locator("#turn-0.current").count() == 0
    # keyboard: the left arrow steps back 5 s (not before the start)
    page.locator("h1").click()
    page.keyboard.press("ArrowLeft")
    wait_until(page, "document.getElementById('player').currentTime < 0.01")
    # the waveform was drawn from the server's peaks
    assert page.evaluate("document.getElementById('waveform').width") > 0
    assert not [text for text in page.console_messages_seen if "Content Security Policy" in text]


def test_override_with_comment_shows_audit_entry(live, new_page):
    page = new_page("sup")
    page.goto(live.call("call-critical"))
    item = page.locator("#item-disclosure")
    assert item.locator(".final-status").inner_text() == "failed"
    item.locator("summary").click()
    item.locator("select[name=status]").select_option("passed")
    item.locator("textarea[name=comment]").fill("Disclosure is played by the IVR")
    item.locator("button[type=submit]").click()
    page.wait_for_selector("#item-disclosure.overridden")
    item = page.locator("#item-disclosure")
    assert item.locator(".final-status").inner_text() == "passed"
    assert item.locator(".auto-status").inner_text() == "failed"  # the machine's kept
    audit = page.locator("#audit")
    assert "Disclosure is played by the IVR" in audit.inner_text()
    assert "sup" in audit.inner_text()
    assert page.inner_text("#final-percent") == "100.0%"  # recomputed from final statuses
    assert page.inner_text("#auto-percent") == "0.0%"
    page.reload()
    assert "Disclosure is played by the IVR" in page.locator("#audit").inner_text()


def test_agent_dispute_and_resolution(live, new_page):
    supervisor = new_page("sup")
    supervisor.goto(live.call("call-critical"))
    assert supervisor.locator("form.override").count() == 2
    supervisor.click("#review button[value=reviewed]")
    wait_until(supervisor, REVIEW_STATUS_IS.format("reviewed"))
    assert supervisor.locator("form.override").count() == 0  # a reviewed call is closed
    supervisor.goto(f"{live.base}/queue")
    assert "call-critical" not in queue_calls(supervisor)  # reviewed: off the queue

    agent = new_page("ag1")
    agent.goto(live.call("call-critical"))
    assert agent.locator("form.override").count() == 0  # agents do not override
    agent.fill("#review textarea[name=comment]", "The customer agreed to the recording")
    agent.click("#review button[value=disputed]")
    wait_until(agent, REVIEW_STATUS_IS.format("disputed"))
    assert "The customer agreed to the recording" in agent.locator("#audit").inner_text()

    supervisor.goto(f"{live.base}/queue")
    assert queue_calls(supervisor)[0] == "call-critical"  # the dispute is back in the queue
    supervisor.goto(live.call("call-critical"))
    supervisor.fill("#review textarea[name=comment]", "Checked the IVR; accepted")
    supervisor.click("#review button[value=resolved]")
    wait_until(supervisor, REVIEW_STATUS_IS.format("resolved"))
    log = supervisor.locator("#audit").inner_text()
    assert "disputed" in log and "resolved" in log


def test_agent_opening_another_agents_call_gets_403(live, new_page):
    page = new_page("ag2")
    response = page.goto(live.call("call-critical"))
    assert response.status == 403
    assert "Forbidden" in page.inner_text("#error-title")
    assert page.locator("#transcript").count() == 0
    assert page.goto(live.call("call-hostile")).status == 200  # their own call opens


def _post_from_page(page, url: str, form: dict[str, str], with_token: bool = True) -> int:
    """A fetch from inside the page, as a script or a crafted form would send it."""
    return page.evaluate(
        """async ([url, form, withToken]) => {
            const body = new URLSearchParams(form);
            const headers = {};
            if (withToken) {
                headers["X-CSRF-Token"] =
                    document.querySelector('meta[name="csrf-token"]').content;
            }
            const response = await fetch(url, {method: "POST", body, headers,
                                                redirect: "manual"});
            return response.status;
        }""",
        [url, form, with_token],
    )


def test_auditor_override_is_refused(live, new_page):
    page = new_page("aud")
    page.goto(live.call("call-critical"))
    assert page.locator("form.override").count() == 0  # no button drawn ...
    status = _post_from_page(
        page, f"{live.call('call-critical')}/items/disclosure/override",
        {"status": "passed", "comment": "auditor says so", "version": "0"},
    )
    assert status == 403  # ... and the server refuses the request anyway
    page.reload()
    assert page.locator("#item-disclosure .final-status").inner_text() == "failed"


def test_post_without_csrf_token_is_refused(live, new_page):
    page = new_page("sup")
    page.goto(live.call("call-critical"))
    status = _post_from_page(page, f"{live.call('call-critical')}/comments",
                             {"text": "no token"}, with_token=False)
    assert status == 403
    # a form whose hidden token was removed is refused too
    page.evaluate("document.querySelector('#comments input[name=csrf_token]').remove()")
    page.evaluate("document.querySelector('#comments form').removeAttribute('hx-post')")
    page.fill("#comment-text", "form without token")
    with page.expect_navigation():
        page.evaluate("document.querySelector('#comments form').submit()")
    assert "403" in page.inner_text("h1")
    page.goto(live.call("call-critical"))
    assert "no token" not in page.inner_text("#comments")
    assert "form without token" not in page.inner_text("#comments")


def test_hostile_transcript_text_is_inert(live, new_page):
    page = new_page("root")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(live.call("call-hostile"))
    page.wait_for_timeout(500)
    text = page.inner_text("#turn-1 .text")
    assert HOSTILE_SCRIPT in text and HOSTILE_IMG in text  # shown as text
    assert page.locator("#transcript img, #transcript script").count() == 0
    assert dialogs == []


def test_stale_edit_is_refused(live, new_page):
    first, second = new_page("sup"), new_page("root")
    first.goto(live.call("call-critical"))
    second.goto(live.call("call-critical"))
    item = first.locator("#item-disclosure")
    item.locator("summary").click()
    item.locator("select[name=status]").select_option("passed")
    item.locator("textarea[name=comment]").fill("IVR plays it")
    item.locator("button[type=submit]").click()
    first.wait_for_selector("#item-disclosure.overridden")

    stale = second.locator("#item-disclosure")
    stale.locator("summary").click()
    stale.locator("select[name=status]").select_option("not_applicable")
    stale.locator("textarea[name=comment]").fill("my stale draft")
    stale.locator("button[type=submit]").click()
    second.wait_for_selector("#item-disclosure .item-error")
    item = second.locator("#item-disclosure")
    assert "changed this meanwhile" in item.locator(".item-error").inner_text()
    assert item.locator("textarea[name=comment]").input_value() == "my stale draft"
    assert "IVR plays it" in item.locator(".history").inner_text()
    assert item.locator(".final-status").inner_text() == "passed"


def test_repeated_wrong_passwords_lock_the_account(live, new_page):
    page = new_page()
    for _ in range(4):
        login(page, live, "sup", "not-the-password")
        assert "Wrong user name or password" in page.inner_text("#login-error")
    login(page, live, "sup", "not-the-password")
    assert "Too many failed sign-in attempts" in page.inner_text("#login-error")
    login(page, live, "sup")  # the right password while locked
    assert "/login" in page.url
    assert "Too many failed sign-in attempts" in page.inner_text("#login-error")
