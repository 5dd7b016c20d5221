"""The review service on SQLite and PostgreSQL: who sees and does what, the queue's order
and filters, automatic vs final results, stale edits, the workflow and the audit trail,
which the database itself keeps append-only."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from _db import db_fixture  # noqa: F401  (registers db_url)
from _review import (
    PASSWORD,
    fast_hashing_fixture,  # noqa: F401  (registers fast_hashing)
    scorecard,
    seed_calls,
    seed_users,
    transcript,
)
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from speechqa.review import Forbidden, InvalidInput, NotFound, StaleEdit, accounts
from speechqa.review import service as sv
from speechqa.review.models import APPEND_ONLY_TABLES
from speechqa.review.service import QueueFilters
from speechqa.scoring import item_totals, with_status
from speechqa.store import CallInfo, ItemOverride, ItemResultRow, ScorecardRow, open_store


@pytest.fixture
def world(db_url, fast_hashing):
    with open_store(db_url) as store:
        yield store, seed_calls(store), seed_users(store)


def order(page: sv.QueuePage) -> list[str]:
    return [
        row.call_id + ("" if row.checklist_version == "1.0" else f"@{row.checklist_version}")
        for row in page.rows
    ]


# The queue --------------------------------------------------------------------------------


def test_queue_is_worst_first_then_newest_and_scoped_by_role(world):
    store, _, users = world
    # s1: 2 critical flags; n1: 1 critical + auto-fail; n3@2.0: auto-fail; n2: 2 warnings;
    # n3: 1 warning; q1: nothing but newest (no start time: stored today). "ok" needs no review.
    assert order(sv.queue(store, users["ada"])) == ["s1", "n1", "n3@2.0", "n2", "n3", "q1"]
    assert order(sv.queue(store, users["aud"])) == ["s1", "n1", "n3@2.0", "n2", "n3", "q1"]
    # A supervisor of "north" sees its team, and the team-less call of queue "north".
    assert order(sv.queue(store, users["sam"])) == ["n1", "n3@2.0", "n2", "n3", "q1"]
    assert order(sv.queue(store, users["sue"])) == ["s1"]
    assert order(sv.queue(store, users["a1"])) == ["n1", "n3@2.0", "n3"]
    row = sv.queue(store, users["a1"]).rows[0]
    assert (row.call_id, row.team, row.queue, row.agent_id) == ("n1", "north", "billing", "A1")
    assert (row.percent, row.auto_failed, row.review_status) == (0.0, True, "open")
    assert row.flags == [("critical_0", "critical"), ("warning_1", "warning")]
    assert row.started_at == datetime(2026, 11, 1, 10, tzinfo=UTC)


def test_queue_pages_and_counts(world):
    store, _, users = world
    first = sv.queue(store, users["ada"], page=1, per_page=4)
    second = sv.queue(store, users["ada"], page=2, per_page=4)
    assert (first.total, second.total, first.pages) == (6, 6, 2)
    assert order(first) + order(second) == ["s1", "n1", "n3@2.0", "n2", "n3", "q1"]
    with pytest.raises(InvalidInput):
        sv.queue(store, users["ada"], page=0)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (QueueFilters(team="north"), ["n1", "n3@2.0", "n2", "n3"]),
        (QueueFilters(queue="sales"), ["n2"]),
        (QueueFilters(agent_id="A1"), ["n1", "n3@2.0", "n3"]),
        (QueueFilters(date_from=datetime(2026, 11, 2, tzinfo=UTC),
                      date_to=datetime(2026, 11, 4, tzinfo=UTC)), ["n3@2.0", "n2", "n3"]),
        (QueueFilters(date_to=datetime(2026, 11, 2, 10, tzinfo=UTC)), ["n1"]),  # exclusive
        (QueueFilters(flag_code="critical_1"), ["s1"]),
        (QueueFilters(failed_item="disclosure"), ["n1", "n3@2.0"]),
        (QueueFilters(failed_item="greeting"), []),
        (QueueFilters(language="uk"), ["s1"]),
        (QueueFilters(customer_sentiment="negative"), ["s1", "n1"]),
        (QueueFilters(checklist="default"), ["s1", "n1", "n3@2.0", "n2", "n3", "q1"]),
        (QueueFilters(checklist="default@2.0"), ["n3@2.0"]),
        (QueueFilters(checklist="other"), []),
        (QueueFilters(review_status="open"), ["s1", "n1", "n3@2.0", "n2", "n3", "q1"]),
        (QueueFilters(review_status="disputed"), []),
        (QueueFilters(team="north", language="ru", agent_id="A1"), ["n1", "n3@2.0", "n3"]),
    ],
)
def test_each_queue_filter(world, filters, expected):
    store, _, users = world
    page = sv.queue(store, users["ada"], filters)
    assert order(page) == expected
    assert page.total == len(expected)


def test_filter_options_list_what_the_user_may_see(world):
    store, _, users = world
    everything = sv.filter_options(store, users["ada"])
    assert everything["teams"] == ["north", "south"]
    assert everything["agents"] == ["A1", "A2", "A3", "B1"]
    assert everything["checklists"] == ["default@1.0", "default@2.0"]
    assert everything["items"] == ["disclosure", "greeting", "transfer"]
    assert "critical_1" in everything["flag_codes"]
    north = sv.filter_options(store, users["sam"])
    assert north["teams"] == ["north"] and "B1" not in north["agents"]
    assert north["languages"] == ["en", "lt", "ru"]
    assert sv.filter_options(store, users["a2"])["agents"] == ["A2"]


def test_the_failed_item_filter_and_the_order_follow_final_statuses(world):
    store, ids, users = world
    sv.override_item(store, users["sam"], ids["n3@2.0"], "disclosure", "passed",
                     "disclosure at 0:05, the rule missed it", expected_version=0)
    assert order(sv.queue(store, users["ada"], QueueFilters(failed_item="disclosure"))) == ["n1"]
    # No longer auto-failed and no flags: it drops to the end, behind the newer q1.
    assert order(sv.queue(store, users["ada"])) == ["s1", "n1", "n2", "n3", "q1", "n3@2.0"]
    row = next(r for r in sv.queue(store, users["ada"]).rows if r.checklist_version == "2.0")
    assert (row.percent, row.auto_failed) == (100.0, False)


def test_finished_reviews_leave_the_queue_and_a_dispute_brings_them_back(world):
    store, ids, users = world
    sam, a1 = users["sam"], users["a1"]
    sv.set_review_status(store, sam, ids["n1"], "in_review", expected_version=0)
    assert "n1" in order(sv.queue(store, sam))
    sv.set_review_status(store, sam, ids["n1"], "reviewed", expected_version=1)
    assert "n1" not in order(sv.queue(store, sam))
    assert "n1" in order(sv.queue(store, sam, QueueFilters(include_reviewed=True)))
    assert order(sv.queue(store, sam, QueueFilters(review_status="reviewed"))) == ["n1"]
    sv.set_review_status(store, a1, ids["n1"], "disputed", "I did say it at 0:03",
                         expected_version=2)
    assert order(sv.queue(store, sam, QueueFilters(review_status="disputed"))) == ["n1"]
    assert order(sv.queue(store, sam))[0] == "n1"
    sv.set_review_status(store, sam, ids["n1"], "resolved", "agreed, overridden",
                         expected_version=3)
    assert "n1" not in order(sv.queue(store, sam))


# Call detail and final results ------------------------------------------------------------


def test_call_detail_keeps_the_machine_result_beside_the_final_one(world):
    store, ids, users = world
    before = sv.call_detail(store, users["sam"], ids["n1"])
    assert before.call.call_id == "n1" and before.call.team == "north"
    assert not hasattr(before.call, "path")
    assert before.transcript.turns[0].text == "Добрый день"
    assert (before.final_percent, before.final_auto_failed) == (0.0, True)
    assert before.review == sv.ReviewView("open", 0, None, None)
    assert before.has_audio is False  # /calls/n1.wav does not exist
    greeting = before.items[0]
    assert greeting.rule_ids == ("greeting.phrases",)
    assert greeting.evidence[0].start == 0.5 and greeting.evidence[0].turn_index == 0
    assert before.can_override and before.can_comment
    assert before.next_statuses == ("in_review", "reviewed")

    sv.override_item(store, users["sam"], ids["n1"], "disclosure", "passed",
                     "said at 0:41", expected_version=0)
    after = sv.call_detail(store, users["sam"], ids["n1"])
    disclosure = after.items[1]
    assert (disclosure.automatic_status, disclosure.final_status, disclosure.version) == (
        "failed", "passed", 1)
    assert disclosure.overrides[0].comment == "said at 0:41"
    assert (after.final_score, after.final_max_score, after.final_percent) == (5.0, 5.0, 100.0)
    assert after.final_auto_failed is False
    # The machine's scorecard is untouched, in the detail and in the database.
    assert after.scorecard == before.scorecard and after.scorecard.auto_failed
    with store.sessions() as session:
        assert session.scalar(select(ItemResultRow.status).where(
            ItemResultRow.scorecard_pk == ids["n1"], ItemResultRow.item_id == "disclosure"
        )) == "failed"


def test_call_detail_queries_do_not_grow_with_items_or_overrides(world):
    """The call page loads items, their overrides, the call and its transcript eagerly: the
    same few queries for a call with more items and overrides (no query per item)."""
    from sqlalchemy import event

    store, ids, users = world
    statements: list[str] = []

    def count(*_args) -> None:
        statements.append(_args[2])

    def queries(scorecard_id: int) -> int:
        statements.clear()
        event.listen(store.engine, "before_cursor_execute", count)
        try:
            sv.call_detail(store, users["ada"], scorecard_id)
        finally:
            event.remove(store.engine, "before_cursor_execute", count)
        return len(statements)

    plain = queries(ids["n1"])
    assert plain <= 8, statements
    sv.override_item(store, users["sam"], ids["n1"], "disclosure", "passed", "heard",
                     expected_version=0)
    sv.override_item(store, users["sam"], ids["n1"], "disclosure", "failed", "not heard",
                     expected_version=1)
    sv.override_item(store, users["sam"], ids["n1"], "greeting", "failed", "no greeting",
                     expected_version=0)
    assert queries(ids["n1"]) == plain
    detail = sv.call_detail(store, users["ada"], ids["n1"])
    overrides = {item.item_id: len(item.overrides) for item in detail.items}
    assert (overrides["greeting"], overrides["disclosure"]) == (1, 2)


def test_final_score_is_the_scorers_own_on_a_really_scored_call(world):
    """A call scored by the real default checklist; the final score after an override is
    what speechqa.scoring gives for the overridden items."""
    from speechqa.checklist import load_checklist
    from speechqa.scoring import score_transcript

    store, _, users = world
    call = transcript("real", "en", "Good morning, thank you for calling Acme, this is Anna. "
                                    "This call is recorded for quality purposes.")
    machine = score_transcript(call, load_checklist(), semantic=False)
    machine = machine.model_copy(update={"needs_review": True})
    store.save_call(CallInfo(call_id="real", path="/calls/real.wav", team="north"), call, machine)
    [scorecard_id] = [r.id for r in store.iter_scorecards() if r.call.call_id == "real"]
    failed = next(item for item in machine.items if item.status == "failed")
    sv.override_item(store, users["sam"], scorecard_id, failed.id, "passed", "it was there",
                     expected_version=0)
    detail = sv.call_detail(store, users["sam"], scorecard_id)
    expected = item_totals([
        with_status(item, "passed") if item.id == failed.id else item for item in machine.items
    ])
    assert (detail.final_score, detail.final_max_score, detail.final_percent,
            detail.final_auto_failed) == (expected.score, expected.max_score, expected.percent,
                                          expected.auto_failed)
    assert detail.final_percent > machine.percent or machine.auto_failed


def test_audio_path_is_permission_checked_and_only_for_audio_files(world, tmp_path):
    store, _, users = world
    recording = tmp_path / "rec.wav"
    recording.write_bytes(b"RIFF")
    json_source = tmp_path / "t.json"
    json_source.write_text("{}")
    for call_id, path in (("with-audio", recording), ("from-json", json_source)):
        store.save_call(
            CallInfo(call_id=call_id, path=str(path), agent_id="A1", team="north"),
            transcript(call_id), scorecard(call_id),
        )
    ids = {r.call.call_id: r.id for r in store.iter_scorecards()}
    assert sv.audio_path(store, users["a1"], ids["with-audio"]) == recording
    assert sv.call_detail(store, users["a1"], ids["with-audio"]).has_audio
    assert sv.audio_path(store, users["sam"], ids["from-json"]) is None
    with pytest.raises(Forbidden):
        sv.audio_path(store, users["a2"], ids["with-audio"])
    recording.unlink()
    assert sv.audio_path(store, users["ada"], ids["with-audio"]) is None


def test_unknown_calls_and_items_are_not_found(world):
    store, ids, users = world
    with pytest.raises(NotFound):
        sv.call_detail(store, users["ada"], 99_999)
    with pytest.raises(NotFound):
        sv.override_item(store, users["ada"], ids["n1"], "nope", "passed", "x",
                         expected_version=0)


# Permissions: every role × action ---------------------------------------------------------

OK = "ok"
ACTIONS = ("detail", "override", "review", "acknowledge", "comment", "audit", "audio")
# Expected outcome per (user, call) and action. n1 is team north, agent A1; s1 team south.
MATRIX = {
    ("ada", "n1"): {"detail": OK, "override": OK, "review": OK, "acknowledge": Forbidden,
                    "comment": OK, "audit": OK, "audio": OK},
    ("sam", "n1"): {"detail": OK, "override": OK, "review": OK, "acknowledge": Forbidden,
                    "comment": OK, "audit": OK, "audio": OK},
    ("sam", "s1"): dict.fromkeys(ACTIONS, Forbidden),
    ("sue", "s1"): {"detail": OK, "override": OK, "review": OK, "acknowledge": Forbidden,
                    "comment": OK, "audit": OK, "audio": OK},
    ("aud", "n1"): {"detail": OK, "override": Forbidden, "review": Forbidden,
                    "acknowledge": Forbidden, "comment": Forbidden, "audit": OK, "audio": OK},
    ("aud", "s1"): {"detail": OK, "override": Forbidden, "review": Forbidden,
                    "acknowledge": Forbidden, "comment": Forbidden, "audit": OK, "audio": OK},
    ("a1", "n1"): {"detail": OK, "override": Forbidden, "review": Forbidden,
                   "acknowledge": OK, "comment": Forbidden, "audit": OK, "audio": OK},
    ("a2", "n1"): dict.fromkeys(ACTIONS, Forbidden),
    ("a1", "s1"): dict.fromkeys(ACTIONS, Forbidden),
}


def _act(store, user, scorecard_id: int, action: str, reviewed_by) -> None:
    if action == "detail":
        sv.call_detail(store, user, scorecard_id)
    elif action == "override":
        sv.override_item(store, user, scorecard_id, "greeting", "failed", "no greeting",
                         expected_version=0)
    elif action == "review":
        sv.set_review_status(store, user, scorecard_id, "in_review", expected_version=0)
    elif action == "acknowledge":
        reviewed_by(scorecard_id)
        sv.set_review_status(store, user, scorecard_id, "acknowledged", expected_version=1)
    elif action == "comment":
        sv.add_comment(store, user, scorecard_id, "looked at it")
    elif action == "audit":
        sv.audit_log(store, user, scorecard_id=scorecard_id)
    elif action == "audio":
        sv.audio_path(store, user, scorecard_id)


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize(("user_name", "call_id"), list(MATRIX))
def test_permission_matrix(world, user_name, call_id, action):
    store, ids, users = world
    expected = MATRIX[(user_name, call_id)][action]
    admin = users["ada"]

    def reviewed_by_admin(scorecard_id: int) -> None:
        sv.set_review_status(store, admin, scorecard_id, "reviewed", expected_version=0)

    audit_before = len(sv.audit_log(store, admin))
    if expected is OK:
        _act(store, users[user_name], ids[call_id], action, reviewed_by_admin)
    else:
        with pytest.raises(expected):
            _act(store, users[user_name], ids[call_id], action, reviewed_by_admin)
        # A refused action leaves no trace but the setup's.
        setup = 1 if action == "acknowledge" else 0
        assert len(sv.audit_log(store, admin)) == audit_before + setup


def test_disabled_users_can_do_nothing(world):
    store, ids, users = world
    accounts.disable_user(store, "sam")
    disabled = dataclasses.replace(users["sam"], disabled=True)
    for refused in (
        lambda: sv.queue(store, disabled),
        lambda: sv.call_detail(store, disabled, ids["n1"]),
        lambda: sv.audit_log(store, disabled),
    ):
        with pytest.raises(Forbidden):
            refused()


def test_agents_and_supervisors_see_only_their_audit_entries(world):
    store, ids, users = world
    sv.add_comment(store, users["sam"], ids["n1"], "north call")
    sv.add_comment(store, users["sue"], ids["s1"], "south call")
    assert [e.call_id for e in sv.audit_log(store, users["sam"])] == ["n1"]
    assert [e.call_id for e in sv.audit_log(store, users["a1"])] == ["n1"]
    assert sv.audit_log(store, users["a2"]) == []
    everything = sv.audit_log(store, users["aud"])
    assert [e.call_id for e in everything[:2]] == ["s1", "n1"]  # newest first
    assert {e.action for e in everything} >= {"comment", "user_created"}


# Overrides and stale edits ----------------------------------------------------------------


def test_an_override_needs_a_valid_status_and_a_comment(world):
    store, ids, users = world
    sam = users["sam"]
    with pytest.raises(InvalidInput, match="comment"):
        sv.override_item(store, sam, ids["n1"], "disclosure", "passed", "   ",
                         expected_version=0)
    with pytest.raises(InvalidInput, match="not one of"):
        sv.override_item(store, sam, ids["n1"], "disclosure", "maybe", "x", expected_version=0)
    with pytest.raises(InvalidInput, match="already"):
        sv.override_item(store, sam, ids["n1"], "disclosure", "failed", "x",
                         expected_version=0)
    assert store.counts()["item_overrides"] == 0


def test_a_stale_override_is_refused_and_nothing_is_lost(world):
    store, ids, users = world
    page = sv.call_detail(store, users["sam"], ids["n1"])
    version = page.items[1].version
    sv.override_item(store, users["ada"], ids["n1"], "disclosure", "passed", "admin: heard it",
                     expected_version=version)
    with pytest.raises(StaleEdit) as refused:
        sv.override_item(store, users["sam"], ids["n1"], "disclosure", "not_applicable",
                         "sam from an old page", expected_version=version)
    current = refused.value.current
    assert isinstance(current, sv.ItemView)
    assert (current.final_status, current.version) == ("passed", 1)
    assert "ada" in str(refused.value)
    # The newer page can go on from the current version.
    again = sv.override_item(store, users["sam"], ids["n1"], "disclosure", "not_applicable",
                             "sam after reloading", expected_version=current.version)
    assert [o.new_status for o in again.overrides] == ["passed", "not_applicable"]
    assert [o.seq for o in again.overrides] == [1, 2]
    assert [o.old_status for o in again.overrides] == ["failed", "passed"]


def test_the_database_refuses_two_overrides_with_one_sequence_number(world):
    store, ids, users = world
    sv.override_item(store, users["sam"], ids["n1"], "disclosure", "passed", "first",
                     expected_version=0)
    with store.sessions() as session:
        item_pk = session.scalar(select(ItemResultRow.id).where(
            ItemResultRow.scorecard_pk == ids["n1"], ItemResultRow.item_id == "disclosure"))
    with pytest.raises(IntegrityError), store.sessions.begin() as session:
        session.add(ItemOverride(item_result_pk=item_pk, seq=1, reviewer="racer",
                                 old_status="failed", new_status="not_applicable",
                                 comment="lost race"))


def test_a_stale_review_change_is_refused(world):
    store, ids, users = world
    sv.set_review_status(store, users["ada"], ids["n1"], "in_review", expected_version=0)
    with pytest.raises(StaleEdit) as refused:
        sv.set_review_status(store, users["sam"], ids["n1"], "reviewed", expected_version=0)
    assert refused.value.current.status == "in_review"
    assert refused.value.current.version == 1
    assert sv.set_review_status(store, users["sam"], ids["n1"], "reviewed",
                                expected_version=1).version == 2


# The workflow -----------------------------------------------------------------------------


def test_the_whole_workflow_with_a_dispute(world):
    store, ids, users = world
    sam, a1, scorecard_id = users["sam"], users["a1"], ids["n1"]
    sv.set_review_status(store, sam, scorecard_id, "in_review", expected_version=0)
    sv.override_item(store, sam, scorecard_id, "greeting", "failed", "greeting was cut",
                     expected_version=0)
    review = sv.set_review_status(store, sam, scorecard_id, "reviewed", expected_version=1)
    assert (review.status, review.reviewer) == ("reviewed", "sam")
    assert sv.call_detail(store, a1, scorecard_id).next_statuses == ("acknowledged", "disputed")
    with pytest.raises(InvalidInput, match="items can no longer"):
        sv.override_item(store, sam, scorecard_id, "greeting", "passed", "x", expected_version=1)
    with pytest.raises(InvalidInput, match="dispute needs a comment"):
        sv.set_review_status(store, a1, scorecard_id, "disputed", "", expected_version=2)
    disputed = sv.set_review_status(store, a1, scorecard_id, "disputed",
                                    "the customer hung up first", expected_version=2)
    assert (disputed.status, disputed.reviewer) == ("disputed", "sam")
    sv.override_item(store, sam, scorecard_id, "greeting", "passed", "agent is right",
                     expected_version=1)
    sv.set_review_status(store, sam, scorecard_id, "resolved", "greeting restored",
                         expected_version=3)
    detail = sv.call_detail(store, a1, scorecard_id)
    assert detail.review.status == "resolved" and detail.next_statuses == ()
    assert [c.text for c in detail.comments] == ["the customer hung up first",
                                                 "greeting restored"]
    assert [c.author_role for c in detail.comments] == ["agent", "supervisor"]
    trail = [(e.actor, e.action, e.target, e.old, e.new) for e in reversed(detail.audit)]
    assert trail == [
        ("sam", "review_status", "review", "open", "in_review"),
        ("sam", "item_override", "item:greeting", "passed", "failed"),
        ("sam", "review_status", "review", "in_review", "reviewed"),
        ("a1", "review_status", "review", "reviewed", "disputed"),
        ("sam", "item_override", "item:greeting", "failed", "passed"),
        ("sam", "review_status", "review", "disputed", "resolved"),
    ]
    assert detail.audit[-1].created_at <= detail.audit[0].created_at


@pytest.mark.parametrize(
    ("user_name", "moves", "error"),
    [
        ("sam", ["acknowledged"], Forbidden),  # only the agent acknowledges
        ("sam", ["resolved"], InvalidInput),  # nothing to resolve yet
        ("sam", ["reviewed", "open"], InvalidInput),  # a reviewed call is reopened via in_review
        ("a1", ["in_review"], Forbidden),
        ("a1", ["acknowledged"], InvalidInput),  # not reviewed yet
        ("sam", ["bogus"], InvalidInput),
    ],
)
def test_invalid_transitions_are_refused(world, user_name, moves, error):
    store, ids, users = world
    *allowed, refused = moves
    for version, status in enumerate(allowed):
        sv.set_review_status(store, users["sam"], ids["n1"], status, expected_version=version)
    with pytest.raises(error):
        sv.set_review_status(store, users[user_name], ids["n1"], refused,
                             expected_version=len(allowed))


def test_comments_are_kept_and_audited(world):
    store, ids, users = world
    comment = sv.add_comment(store, users["sam"], ids["n1"], "  <script>alert(1)</script> ")
    assert comment.text == "<script>alert(1)</script>"  # stored as given, rendered inert
    with pytest.raises(InvalidInput):
        sv.add_comment(store, users["sam"], ids["n1"], " ")
    with pytest.raises(InvalidInput):
        sv.add_comment(store, users["sam"], ids["n1"], "x" * 5000)
    [entry] = sv.audit_log(store, users["sam"], scorecard_id=ids["n1"])
    assert (entry.action, entry.new, entry.actor_role) == ("comment", comment.text, "supervisor")


# The database keeps the trail ------------------------------------------------------------


@pytest.mark.parametrize("table", [*APPEND_ONLY_TABLES, "item_overrides"])
@pytest.mark.parametrize("statement", ["UPDATE {table} SET id = id", "DELETE FROM {table}"])
def test_the_database_refuses_to_change_the_trail(world, table, statement):
    store, ids, users = world
    sv.override_item(store, users["sam"], ids["n1"], "disclosure", "passed", "heard it",
                     expected_version=0)
    sv.add_comment(store, users["sam"], ids["n1"], "a comment")
    before = store.counts()["item_overrides"]
    with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as connection:
        connection.execute(text(statement.format(table=table)))
    with store.engine.connect() as connection:
        assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() >= 1
    assert store.counts()["item_overrides"] == before


def test_a_populated_0001_store_upgrades_and_its_overrides_get_numbers(db_url, fast_hashing):
    from _db import TABLES_0001 as TABLES
    from _db import populate_revision_0001

    before = populate_revision_0001(db_url)
    with open_store(db_url) as store:
        with store.engine.connect() as connection:
            after = {
                table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in TABLES
            }
            assert connection.execute(text("SELECT seq FROM item_overrides")).scalars().all() == [1]
            for table in ("users", "reviews", "audit_log", "review_comments"):
                assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
        assert after == before
        admin = accounts.create_user(store, "ada", "admin", PASSWORD)
        # The old override is version 1 of its item: the review app goes on from there.
        with pytest.raises(StaleEdit):
            sv.override_item(store, admin, 1, "greeting", "failed", "x", expected_version=0)
        view = sv.override_item(store, admin, 1, "greeting", "failed", "no, it was missing",
                                expected_version=1)
        assert [o.seq for o in view.overrides] == [1, 2]


def test_item_overrides_recorded_by_the_store_api_are_numbered_too(world):
    store, ids, users = world
    with store.sessions() as session:
        item_pk = session.scalar(select(ItemResultRow.id).where(
            ItemResultRow.scorecard_pk == ids["n2"], ItemResultRow.item_id == "greeting"))
    assert store.record_override(item_pk, "failed", "script", "batch import").seq == 1
    view = sv.call_detail(store, users["sam"], ids["n2"]).items[0]
    assert (view.final_status, view.version) == ("failed", 1)


def test_a_call_seen_through_its_queue_when_it_has_no_team(world):
    store, ids, users = world
    assert sv.call_detail(store, users["sam"], ids["q1"]).call.team is None
    with pytest.raises(Forbidden):
        sv.call_detail(store, users["sue"], ids["q1"])


@pytest.mark.parametrize("action", ["override", "review"])
def test_simultaneous_edits_from_one_page_version_let_exactly_one_win(world, action):
    """Four reviewers submit at the same moment from pages showing the same version: the
    database lets one through; the others get StaleEdit, and nothing is half-written."""
    import threading

    store, ids, users = world
    barrier = threading.Barrier(4)
    outcomes: list[str] = []

    def submit(number: int) -> None:
        reviewer = users["ada"] if number % 2 else users["sam"]
        barrier.wait()
        try:
            if action == "override":
                sv.override_item(store, reviewer, ids["n1"], "disclosure", "passed",
                                 f"reviewer {number}", expected_version=0)
            else:
                sv.set_review_status(store, reviewer, ids["n1"], "in_review",
                                     f"reviewer {number}", expected_version=0)
        except StaleEdit:
            outcomes.append("stale")
        else:
            outcomes.append("won")

    threads = [threading.Thread(target=submit, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["stale", "stale", "stale", "won"]
    assert len(sv.audit_log(store, users["ada"], scorecard_id=ids["n1"])) == 1
    detail = sv.call_detail(store, users["ada"], ids["n1"])
    if action == "override":
        assert detail.items[1].version == 1 and store.counts()["item_overrides"] == 1
    else:
        assert (detail.review.status, detail.review.version) == ("in_review", 1)
        assert len(detail.comments) == 1


def test_a_downgrade_to_0002_keeps_the_overrides_and_their_guard(db_url, fast_hashing):
    from _db import populate_revision_0001
    from alembic import command

    from speechqa.store import alembic_config, create_db_engine

    populate_revision_0001(db_url)
    with open_store(db_url) as store:
        admin = accounts.create_user(store, "ada", "admin", PASSWORD)
        sv.override_item(store, admin, 1, "greeting", "failed", "second look",
                         expected_version=1)
    engine = create_db_engine(db_url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0002")
    with engine.connect() as connection:
        comments = connection.execute(
            text("SELECT comment FROM item_overrides ORDER BY id")).scalars().all()
        assert comments == ["heard it", "second look"]
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
        connection.execute(text("DELETE FROM item_overrides"))
    engine.dispose()


def test_an_item_whose_rule_failed_counts_once_a_reviewer_decides_it(world):
    store, _, users = world
    machine = scorecard("err", disclosure="passed")
    broken = machine.items[0].model_copy(
        update={"status": "error", "earned": 0.0, "reason": "regex over its time limit"})
    machine = machine.model_copy(update={"items": [broken, *machine.items[1:]]})
    store.save_call(CallInfo(call_id="err", path="/calls/err.wav", team="north"),
                    transcript("err"), machine)
    [scorecard_id] = [r.id for r in store.iter_scorecards() if r.call.call_id == "err"]
    before = sv.call_detail(store, users["sam"], scorecard_id)
    assert (before.items[0].final_status, before.final_max_score) == ("error", 3.0)
    sv.override_item(store, users["sam"], scorecard_id, "greeting", "passed", "greeted",
                     expected_version=0)
    after = sv.call_detail(store, users["sam"], scorecard_id)
    assert (after.final_score, after.final_max_score, after.final_percent) == (5.0, 5.0, 100.0)


def test_the_call_page_shows_the_turn_sentiment_the_scorecard_was_computed_from(
    tmp_path, fast_hashing
):
    from speechqa.schema import Sentiment

    card = scorecard("s1")
    negative = Sentiment(label="negative", score=0.9, scores={"negative": 0.9, "neutral": 0.1,
                                                   "positive": 0.0})
    card = card.model_copy(update={"sentiment": card.sentiment.model_copy(
        update={"turns": [None, negative]})})
    with open_store(tmp_path / "s.db") as store:
        store.save_call(CallInfo(call_id="s1", path="/calls/s1.wav"), transcript("s1"), card)
        admin = accounts.create_user(store, "ada", "admin", PASSWORD)
        [row] = list(store.iter_scorecards())
        turns = sv.call_detail(store, admin, row.id).transcript.turns
        assert [turn.sentiment for turn in turns] == [None, negative]
        assert store.transcripts([row.call.sha256])[row.call.sha256].turns[1].sentiment is None


def test_the_queue_shows_a_review_sample_whole_flagged_or_not(world):
    """`speechqa sample` draws unflagged calls too: filtering on the sample shows them all,
    still within the reviewer's scope."""
    from speechqa.report.models import ReviewSample, ReviewSampleCall

    store, ids, users = world
    with store.sessions.begin() as session:
        sample = ReviewSample(created_by="aud", seed=7, params={}, call_count=3)
        session.add(sample)
        session.flush()
        for position, call_id in enumerate(("ok", "n2", "s1")):
            call_pk = session.get(ScorecardRow, ids[call_id]).call_pk
            session.add(ReviewSampleCall(
                sample_id=sample.id, scorecard_pk=ids[call_id], call_pk=call_pk,
                agent_id=None, stratum="flagged" if call_id != "ok" else "unflagged",
                position=position))
        sample_id = sample.id
    assert "ok" not in order(sv.queue(store, users["ada"], QueueFilters()))
    assert set(order(sv.queue(store, users["ada"], QueueFilters(sample_id=sample_id)))) == {
        "ok", "n2", "s1"}
    assert set(order(sv.queue(store, users["sam"], QueueFilters(sample_id=sample_id)))) == {
        "ok", "n2"}  # a supervisor of north does not see the south call
    assert sv.filter_options(store, users["ada"])["samples"] == [str(sample_id)]
