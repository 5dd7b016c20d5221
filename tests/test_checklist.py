"""Checklists as data: loading, the published schema, and located, complete error reports."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from speechqa.checklist import (
    DEFAULT_CHECKLIST,
    ChecklistError,
    checklist_json_schema,
    load_checklist,
    parse_checklist,
)
from speechqa.cli import app

ROOT = Path(__file__).resolve().parent.parent

MINIMAL = """\
id: mini
version: "1"
title: Mini
items:
  - id: thanks
    title: Thanks
    rule: {kind: phrases, phrases: [спасибо]}
"""


def test_default_checklist_has_the_seven_items_in_four_languages():
    checklist = load_checklist()
    assert checklist.id == "default" and checklist.version
    assert [item.id for item in checklist.items] == [
        "greeting",
        "recording_disclosure",
        "identity_verification",
        "clarifying_questions",
        "summary",
        "anything_else",
        "thanks",
    ]
    assert {"ru", "uk", "en", "lt"} <= set(checklist.languages)
    critical = {item.id for item in checklist.items if item.critical}
    assert critical == {"recording_disclosure", "identity_verification"}
    assert {f.code for f in checklist.flags} >= {
        "complaint",
        "escalation_request",
        "churn_threat",
        "legal_threat",
        "agent_rudeness",
    }


def test_default_is_found_by_name_and_is_the_repository_file():
    assert load_checklist("default").id == "default"
    assert DEFAULT_CHECKLIST.read_bytes() == (ROOT / "checklists" / "default.yaml").read_bytes()


def test_published_schema_matches_the_model_and_validates_the_default():
    published = json.loads((ROOT / "schemas" / "checklist.schema.json").read_text("utf-8"))
    assert published == checklist_json_schema()
    data = yaml.safe_load(DEFAULT_CHECKLIST.read_text("utf-8"))
    jsonschema.validate(data, published)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(
            {**data, "items": [{"id": "x", "title": "X", "rule": {"kind": "telepathy"}}]}, published
        )


def test_yaml_syntax_error_reports_its_line():
    text = MINIMAL.replace("title: Mini", "title: [unclosed")
    with pytest.raises(ChecklistError) as caught:
        parse_checklist(text, source="bad.yaml")
    issue = caught.value.issues[0]
    assert issue.source == "bad.yaml" and issue.line is not None and issue.line >= 3
    assert "YAML syntax error" in str(caught.value)


def test_every_schema_error_is_reported_at_once_with_its_location():
    text = """\
id: broken
version: "1"
title: Broken
items:
  - title: No id here
    rule: {kind: phrases, phrases: [привет]}
  - id: bad_kind
    title: Unknown kind
    rule:
      kind: telepathy
  - id: bad_type
    title: Wrong type
    weight: heavy
    rule: {kind: phrases, phrases: [пока], max_gap: -1}
"""
    with pytest.raises(ChecklistError) as caught:
        parse_checklist(text, source="broken.yaml")
    issues = caught.value.issues
    by_path = {issue.path: issue for issue in issues}
    assert "items[0].id" in by_path and "missing" in by_path["items[0].id"].message
    assert by_path["items[1].rule.kind"].line == 10
    assert "unknown rule kind 'telepathy'" in by_path["items[1].rule.kind"].message
    assert by_path["items[2].weight"].line == 13
    assert by_path["items[2].rule.max_gap"].line == 14
    assert len(issues) == 4
    assert "broken.yaml:10:" in str(caught.value)


def test_cross_reference_errors_are_located():
    text = (
        MINIMAL
        + """\
  - id: thanks
    title: Duplicate
    rule: {kind: phrases, phrases: ["@no_such_lexicon"]}
"""
    )
    with pytest.raises(ChecklistError) as caught:
        parse_checklist(text)
    messages = [f"{issue.path}: {issue.message}" for issue in caught.value.issues]
    assert any("duplicate item id 'thanks'" in m for m in messages)
    assert any(
        m.startswith("items[1].rule.phrases: unknown lexicon '@no_such_lexicon'") for m in messages
    )


def test_duplicate_keys_and_non_mapping_documents_are_rejected():
    with pytest.raises(ChecklistError, match="duplicate key 'title'"):
        parse_checklist(MINIMAL + "title: Again\n")
    with pytest.raises(ChecklistError, match="must be a mapping"):
        parse_checklist("- just\n- a list\n")


def test_bad_regex_and_empty_phrases_are_schema_errors():
    text = MINIMAL.replace(
        "{kind: phrases, phrases: [спасибо]}", "{kind: regex, patterns: ['(unclosed']}"
    )
    with pytest.raises(ChecklistError, match="invalid regular expression"):
        parse_checklist(text)
    with pytest.raises(ChecklistError, match="empty"):
        parse_checklist(MINIMAL.replace("[спасибо]", "['спасибо ||']"))


def test_missing_file_is_a_checklist_error(tmp_path):
    with pytest.raises(ChecklistError, match="cannot read checklist"):
        load_checklist(tmp_path / "absent.yaml")


def test_cli_validate_reports_errors_and_exit_codes(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINIMAL.replace("kind: phrases", "kind: telepathy"), encoding="utf-8")
    runner = CliRunner()
    ok = runner.invoke(app, ["checklist", "validate", str(DEFAULT_CHECKLIST)])
    assert ok.exit_code == 0 and "ok (default" in ok.output
    failed = runner.invoke(app, ["checklist", "validate", str(bad)])
    assert failed.exit_code == 1
    assert f"{bad}:7:" in failed.output and "unknown rule kind 'telepathy'" in failed.output
