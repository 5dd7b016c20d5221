"""QA checklists as data: the YAML model, its JSON schema, and loading with located errors.

A checklist is versioned data (``id`` + ``version``), never code: items with weights, a
``critical`` switch (missing it fails the whole call), an N/A condition and a tree of rules
whose kinds are those of Contact Lens / Transcribe categories, Google Quality AI and Yandex
SpeechSense (phrase lists on lemmas, regex, example-based semantic matching, speaker role,
time windows, order, negation) plus what the opening of a call needs (a company mention).
The published ``schemas/checklist.schema.json`` is generated from these classes.

``load_checklist`` reports every problem at once, each with its place in the file
(``file:line:column`` and the YAML path), because checklist authors are QA analysts, not
programmers, and fixing one error per run is a poor way to spend their afternoon.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import regex
import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from speechqa.errors import BadChecklistError
from speechqa.schema import Severity

MAX_CHECKLIST_BYTES = 2_000_000
COLUMN_LIMITS = {"id": 128, "version": 64, "items.id": 128, "items.section": 255, "flags.code": 64}
"""Characters the results database keeps for these fields (``store`` columns): longer values
are refused when the checklist loads, since PostgreSQL would refuse the first INSERT."""
_REPO_CHECKLISTS = Path(__file__).resolve().parents[2] / "checklists"
_PACKAGE_CHECKLISTS = "data/checklists"


def _package_default() -> Path:
    return Path(str(importlib.resources.files("speechqa") / _PACKAGE_CHECKLISTS / "default.yaml"))


DEFAULT_CHECKLIST: Path = _package_default()
"""The shipped default checklist (package data; in a source checkout it is the same file as
``checklists/default.yaml``)."""

_ID = r"^[A-Za-z][A-Za-z0-9_.\-]*$"
PhraseLists = list[str] | dict[str, list[str]]
"""Phrases, either one list for every language or one list per language code."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Rule(_Strict):
    id: Annotated[str | None, Field(pattern=_ID)] = Field(
        default=None, description="shown as the evidence's rule id; derived from the path if absent"
    )
    description: str | None = None


Negation = Literal["exclude", "ignore", "require"]


class PhrasesRule(_Rule):
    """Phrase lists matched on lemmas, tolerant to inflection, gaps and ASR misspellings.

    Phrase syntax: words separated by spaces; ``a|b`` offers alternatives for one word;
    ``word*`` matches any word starting with ``word``; ``=word`` matches that exact form
    only (no lemma, no misspelling: "=am" is not "be"); ``@name`` includes the lexicon
    ``name``. Every word is lemmatised in its list's language, so write the natural form
    («разговор записывается»).
    """

    kind: Literal["phrases"]
    phrases: PhraseLists
    max_gap: int = Field(default=2, ge=0, le=12, description="extra words allowed between words")
    ordered: bool = Field(default=True, description="words must appear in the written order")
    fuzzy: bool = Field(default=True, description="allow 1-2 letter ASR misspellings on long words")
    negation: Negation = Field(
        default="exclude",
        description="exclude: a negated match does not count; require: only negated ones count",
    )

    @field_validator("phrases")
    @classmethod
    def _phrase_syntax(cls, value: PhraseLists) -> PhraseLists:
        for phrase in _iter_phrases(value):
            if not phrase.strip():
                raise ValueError("empty phrase")
            if phrase.startswith("@"):
                continue
            for word in phrase.split():
                if any(alt in ("", "*", "=") for alt in word.split("|")):
                    raise ValueError(f"phrase {phrase!r}: empty alternative in {word!r}")
        return value


def compile_pattern(pattern: str) -> regex.Pattern:
    """A regex rule's pattern as the engine searches with it, and as ``checklist validate``
    checks it: the author's pattern untouched except ё → е (the text is folded the same way),
    matched case-insensitively. Lower-casing the pattern instead would turn ``\\W`` into ``\\w``
    and ``\\Z`` into an error. The ``regex`` package is used for its match time limit."""
    return regex.compile(pattern.replace("ё", "е").replace("Ё", "Е"), regex.IGNORECASE)


class RegexRule(_Rule):
    """Regular expressions searched case-insensitively in the sentence (ё folded to е),
    each search stopped after ``rules.REGEX_TIMEOUT_S``."""

    kind: Literal["regex"]
    patterns: PhraseLists

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, value: PhraseLists) -> PhraseLists:
        for pattern in _iter_phrases(value):
            try:
                compile_pattern(pattern)
            except regex.error as exc:
                raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
        return value


class SemanticRule(_Rule):
    """Example-based matching with multilingual sentence embeddings.

    A sentence matches when its best cosine similarity to an example beats its best
    similarity to every counter-example by ``margin`` (e5 similarities are compressed, so a
    fixed threshold alone does not separate concepts) and reaches ``min_similarity``.
    """

    kind: Literal["semantic"]
    examples: PhraseLists
    counter_examples: PhraseLists = Field(default_factory=list)
    margin: float = Field(default=0.02, ge=0, le=1)
    min_similarity: float = Field(default=0.85, ge=0, le=1)


class QuestionRule(_Rule):
    """The sentence ends with a question mark.

    A sentence without a final mark (unpunctuated ASR text, or ASR that ends a question with a
    comma) cannot tell questions from statements; it counts as a question unless
    ``unpunctuated`` is false, and the other rules decide.
    """

    kind: Literal["question"]
    unpunctuated: bool = Field(default=True, description="what unpunctuated sentences count as")


class OrganisationRule(_Rule):
    """The text names an organisation: a quoted or brand-like name, an organisation-type word
    next to a name («банк Северный», "Brightpath Bank"), a name after an introduction such as
    "thank you for calling", or a name in the slot between a greeting and the agent's
    introduction or offer of help («Добрый день, Ласточка, слушаю вас»: the shape of a
    call-centre opening, which finds names that are ordinary words, lower case as ASR writes
    them). The agent's own name (after «меня зовут», "this is") never counts.
    """

    kind: Literal["organisation"]
    org_words: PhraseLists = Field(description="organisation-type words: банк, company, store…")
    intro_phrases: PhraseLists = Field(default_factory=list, description="'thank you for calling'")
    name_intro_phrases: PhraseLists = Field(
        default_factory=list, description="phrases before the agent's own name: 'my name is'"
    )
    generic_words: PhraseLists = Field(
        default_factory=list,
        description="words that are not a name even next to an org word: поддержка, support",
    )
    greeting_phrases: PhraseLists = Field(
        default_factory=list, description="greetings that open the name slot: 'good morning'"
    )
    offer_phrases: PhraseLists = Field(
        default_factory=list,
        description="phrases that close the name slot: «слушаю вас», 'how can I help'",
    )


class LengthRule(_Rule):
    """Enough (or not too many) words in the sentence or the whole turn."""

    kind: Literal["length"]
    of: Literal["sentence", "turn"] = "sentence"
    min_words: int | None = Field(default=None, ge=0)
    max_words: int | None = Field(default=None, ge=0)


class AllRule(_Rule):
    """Every child matches in the same sentence, turn or in the item's whole scope."""

    kind: Literal["all"]
    within: Literal["sentence", "turn", "scope"] = "sentence"
    rules: list[Rule] = Field(min_length=1)


class AnyRule(_Rule):
    """The first child (in order) that matches anywhere decides; put costly kinds last."""

    kind: Literal["any"]
    rules: list[Rule] = Field(min_length=1)


class NotRule(_Rule):
    """Inside ``all``: the unit must not match ``rule``."""

    kind: Literal["not"]
    rule: Rule


class BeforeRule(_Rule):
    """Order: ``rule`` counts only where it comes before the first match of ``reference``
    (e.g. identity asked before account details are read out)."""

    kind: Literal["before"]
    rule: Rule
    reference: Rule
    reference_label: str = Field(default="the reference", description="used in reasons")


Rule = Annotated[
    PhrasesRule
    | RegexRule
    | SemanticRule
    | QuestionRule
    | OrganisationRule
    | LengthRule
    | AllRule
    | AnyRule
    | NotRule
    | BeforeRule,
    Field(discriminator="kind"),
]
RULE_KINDS = (
    "phrases",
    "regex",
    "semantic",
    "question",
    "organisation",
    "length",
    "all",
    "any",
    "not",
    "before",
)


class Window(_Strict):
    """A time window: the turn's ``anchor`` edge must fall inside it.

    ``first_s``/``first_pct`` limit it to the start of the call, ``last_s``/``last_pct`` to the
    end. Given both seconds and percent, the wider one applies (the label definition's
    "last max(35 s, 20 %)"). First and last together mean both must hold.
    """

    anchor: Literal["start", "end"] = "start"
    first_s: float | None = Field(default=None, ge=0)
    first_pct: float | None = Field(default=None, ge=0, le=100)
    last_s: float | None = Field(default=None, ge=0)
    last_pct: float | None = Field(default=None, ge=0, le=100)


class Scope(_Strict):
    """Which turns a rule looks at."""

    speaker: Literal["agent", "customer", "any"] = "agent"
    window: Window | None = None
    segment: Literal["all", "opening"] = Field(
        default="all",
        description="opening: the agent's first turns, up to the customer's first real reply",
    )


class Applicability(_Strict):
    """When an item applies; otherwise it is not_applicable (and out of the score)."""

    min_duration_s: float | None = Field(default=None, ge=0)
    rule: Rule | None = None
    scope: Scope = Field(default_factory=lambda: Scope(speaker="any"))


class Item(_Strict):
    """One checklist question, e.g. 'the agent disclosed the recording'."""

    id: Annotated[str, Field(pattern=_ID)]
    title: str = Field(min_length=1)
    titles: dict[str, Annotated[str, Field(min_length=1)]] = Field(
        default_factory=dict,
        description="the title in the reviewers' languages, by code (ru, uk, lt, en); "
        "'title' is shown where none is given",
    )
    section: str | None = None
    description: str | None = None
    weight: float = Field(default=1.0, ge=0)
    critical: bool = Field(default=False, description="missing it fails the whole call")
    flag_on_fail: Severity | None = Field(
        default=None, description="severity of the missed-item flag; default critical if critical"
    )
    applies_when: Applicability | None = None
    scope: Scope = Field(default_factory=Scope)
    rule: Rule

    @property
    def miss_severity(self) -> Severity | None:
        if self.flag_on_fail is not None:
            return self.flag_on_fail
        return "critical" if self.critical else None


class Trigger(_Strict):
    """One way a flag can fire: a rule in a scope (e.g. the customer asks for a complaint, or
    the agent registers one)."""

    scope: Scope = Field(default_factory=lambda: Scope(speaker="customer"))
    rule: Rule


class FlagDef(_Strict):
    """A behaviour that asks for a supervisor: complaint, escalation, churn, legal, rudeness."""

    code: Annotated[str, Field(pattern=_ID)]
    title: str = Field(min_length=1)
    severity: Severity = "warning"
    triggers: list[Trigger] = Field(min_length=1)


class ReviewPolicy(_Strict):
    """When a call needs a supervisor, and the thresholds of the metric-based flags."""

    trigger_severity: Severity = Field(
        default="critical", description="any flag at or above this severity sets needs_review"
    )
    min_percent: float = Field(default=40, ge=0, le=100, description="low_score below this")
    low_score_severity: Severity = "critical"
    long_silence_s: float = Field(default=20, gt=0)
    long_silence_severity: Severity = "warning"
    overtalk_seconds: float = Field(default=12, gt=0)
    overtalk_count: int = Field(default=8, gt=0)
    overtalk_severity: Severity = "warning"
    min_word_probability: float = Field(default=0.67, ge=0, le=1)
    low_confidence_severity: Severity = "warning"
    min_role_confidence: float = Field(default=0.6, ge=0, le=1)
    role_confidence_severity: Severity = "warning"


class Checklist(_Strict):
    """A versioned QA checklist."""

    id: Annotated[str, Field(pattern=_ID)]
    version: str = Field(min_length=1)
    title: str = Field(min_length=1)
    description: str | None = None
    languages: list[str] = Field(default_factory=list)
    lexicons: dict[str, PhraseLists] = Field(
        default_factory=dict, description="named phrase lists, included in any phrase list as @name"
    )
    items: list[Item] = Field(min_length=1)
    flags: list[FlagDef] = Field(default_factory=list)
    review: ReviewPolicy = Field(default_factory=ReviewPolicy)

    _source: str | None = PrivateAttr(default=None)
    _compiled: Any = PrivateAttr(default=None)
    _text: str | None = PrivateAttr(default=None)
    _hash: str | None = PrivateAttr(default=None)

    @property
    def source(self) -> str | None:
        """Where the checklist was loaded from, for messages."""
        return self._source

    def canonical_json(self) -> str:
        """The parsed rules as sorted, compact JSON, leaving out values equal to defaults.

        This, not the file bytes, is what the content hash covers: a comment, the key order
        or quoting do not change what a checklist scores, while every rule, weight and
        threshold the author wrote does.
        """
        data = self.model_dump(mode="json", exclude_defaults=True)
        return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    @property
    def content_hash(self) -> str:
        """SHA-256 of ``canonical_json``: names one rule set, whatever its id@version says."""
        if self._hash is None:
            self._hash = hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()
        return self._hash

    @property
    def body(self) -> str:
        """Text that reloads (``parse_checklist``) as exactly this rule set: the YAML it was
        read from, or its canonical JSON (JSON is YAML) when it was built in code."""
        return self._text if self._text is not None else self.canonical_json()

    def expand(self, value: PhraseLists) -> list[tuple[str | None, str]]:
        """(language, phrase) pairs with ``@lexicon`` references replaced by their phrases."""
        out: list[tuple[str | None, str]] = []
        self._expand(value, out, ())
        return out

    def _expand(self, value: PhraseLists, out: list, seen: tuple[str, ...]) -> None:
        pairs = value.items() if isinstance(value, dict) else [(None, value)]
        for lang, phrases in pairs:
            for phrase in phrases:
                if phrase.startswith("@"):
                    name = phrase[1:]
                    if name in self.lexicons and name not in seen:
                        self._expand(self.lexicons[name], out, (*seen, name))
                else:
                    out.append((None if lang in (None, "*", "any") else lang, phrase))

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)


for _model in (
    AllRule,
    AnyRule,
    NotRule,
    BeforeRule,
    Applicability,
    Item,
    Trigger,
    FlagDef,
    Checklist,
):
    _model.model_rebuild()


def _iter_phrases(value: PhraseLists) -> Iterator[str]:
    if isinstance(value, dict):
        for phrases in value.values():
            yield from phrases
    else:
        yield from value


def checklist_json_schema() -> dict:
    """The JSON schema published as ``schemas/checklist.schema.json``."""
    schema = Checklist.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://speechqa.dev/schemas/checklist.schema.json"
    return schema


# --- loading with located errors ---------------------------------------------------------


@dataclass(frozen=True)
class ChecklistIssue:
    """One problem in a checklist file, with where it is."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    source: str = "<checklist>"

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.path or '(top level)'}: {self.message}"


class ChecklistError(BadChecklistError):
    """A checklist that cannot be used; ``issues`` lists every problem with its location."""

    def __init__(self, issues: list[ChecklistIssue]) -> None:
        self.issues = issues
        count = len(issues)
        lines = [f"{count} problem{'s' if count != 1 else ''} in checklist:"]
        lines += [f"  {issue}" for issue in issues]
        super().__init__("\n".join(lines))


class _Loader(yaml.SafeLoader):
    """A safe loader that refuses duplicate keys instead of silently keeping the last one."""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, yaml.Node] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                f"duplicate key {key!r}",
                key_node.start_mark,
            )
        seen[key] = key_node
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _format_loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


_TYPE_TAG = re.compile(r"^(list|dict|str|int|float|bool|function-\w+|constrained-\w+)(\[.*\])?$")


def _is_tag(part: Any) -> bool:
    """A path part pydantic inserts (a union member such as ``phrases`` or ``list[str]``)."""
    return isinstance(part, str) and (part in RULE_KINDS or bool(_TYPE_TAG.match(part)))


def _locate(
    root: yaml.Node | None, loc: tuple[Any, ...], tags: bool = True
) -> tuple[tuple[Any, ...], yaml.Node | None]:
    """Follow a validation error's path through the YAML node tree.

    Pydantic inserts union tags (``phrases``, ``list[str]``) into paths; they are dropped, so
    the reported path is the one the author sees in the file.
    """
    node = root
    shown: list[Any] = []
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            kind = next((v for k, v in node.value if getattr(k, "value", None) == "kind"), None)
            if tags and part in RULE_KINDS and getattr(kind, "value", None) == part:
                continue  # the union tag pydantic inserts, not the rule's own field
            child = next((v for k, v in node.value if getattr(k, "value", None) == str(part)), None)
            if child is None:
                if tags and _is_tag(part):
                    continue
                shown.append(part)
                break
            node = child
            shown.append(part)
        elif tags and _is_tag(part):
            continue
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                shown.append(part)
                break
            node = node.value[part]
            shown.append(part)
        else:
            shown.append(part)
            break
    return tuple(shown), node


def _issue(
    root: yaml.Node | None, loc: tuple[Any, ...], message: str, source: str, tags: bool = True
) -> ChecklistIssue:
    shown, node = _locate(root, loc, tags)
    line = column = None
    if node is not None:
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
    return ChecklistIssue(_format_loc(shown), message, line, column, source)


def _pydantic_message(error: dict) -> str:
    message = error["msg"]
    if error["type"] == "union_tag_invalid":
        tag = error.get("ctx", {}).get("tag")
        return f"unknown rule kind {tag!r}; expected one of: {', '.join(RULE_KINDS)}"
    if error["type"] == "union_tag_not_found":
        return f"rule has no 'kind'; expected one of: {', '.join(RULE_KINDS)}"
    if error["type"] == "extra_forbidden":
        return "unknown field (not allowed here)"
    if error["type"] == "missing":
        return "required field is missing"
    return message


def _validation_issues(
    root: yaml.Node | None, exc: ValidationError, source: str
) -> list[ChecklistIssue]:
    """One issue per real problem: a union reports a failure per member type, so an error
    whose path is a prefix of a more specific one (the wrong branch) is dropped."""
    errors = exc.errors(include_url=False)
    for err in errors:
        if err["type"] == "union_tag_invalid":
            err["loc"] = (*err["loc"], "kind")
    paths = [tuple(p for p in err["loc"] if not _is_tag(p)) for err in errors]
    issues, seen = [], set()
    for err, path in zip(errors, paths, strict=True):
        if any(len(other) > len(path) and other[: len(path)] == path for other in paths):
            continue
        issue = _issue(root, tuple(err["loc"]), _pydantic_message(err), source)
        if (str(issue), issue.line) not in seen:
            seen.add((str(issue), issue.line))
            issues.append(issue)
    return issues


def _walk_rules(
    rule: BaseModel, loc: tuple[Any, ...]
) -> Iterator[tuple[BaseModel, tuple[Any, ...]]]:
    yield rule, loc
    if isinstance(rule, AllRule | AnyRule):
        for index, child in enumerate(rule.rules):
            yield from _walk_rules(child, (*loc, "rules", index))
    elif isinstance(rule, NotRule):
        yield from _walk_rules(rule.rule, (*loc, "rule"))
    elif isinstance(rule, BeforeRule):
        yield from _walk_rules(rule.rule, (*loc, "rule"))
        yield from _walk_rules(rule.reference, (*loc, "reference"))


def iter_rules(checklist: Checklist) -> Iterator[tuple[BaseModel, tuple[Any, ...]]]:
    """Every rule node of the checklist with its YAML path."""
    for index, item in enumerate(checklist.items):
        yield from _walk_rules(item.rule, ("items", index, "rule"))
        if item.applies_when is not None and item.applies_when.rule is not None:
            yield from _walk_rules(item.applies_when.rule, ("items", index, "applies_when", "rule"))
    for index, flag in enumerate(checklist.flags):
        for number, trigger in enumerate(flag.triggers):
            yield from _walk_rules(trigger.rule, ("flags", index, "triggers", number, "rule"))


_PHRASE_FIELDS: dict[type, tuple[str, ...]] = {
    PhrasesRule: ("phrases",),
    SemanticRule: ("examples", "counter_examples"),
    OrganisationRule: (
        "org_words", "intro_phrases", "name_intro_phrases", "generic_words", "greeting_phrases",
        "offer_phrases",
    ),
}


def _reference_errors(
    checklist: Checklist, value: PhraseLists, loc: tuple[Any, ...], own: str | None
) -> list[tuple[tuple[Any, ...], str]]:
    errors = []
    for phrase in _iter_phrases(value):
        if phrase.startswith("@"):
            name = phrase[1:]
            if name == own:
                errors.append((loc, f"lexicon {name!r} includes itself"))
            elif name not in checklist.lexicons:
                known = ", ".join(sorted(checklist.lexicons)) or "none defined"
                errors.append((loc, f"unknown lexicon {phrase!r} (known: {known})"))
    return errors


def _length_errors(checklist: Checklist) -> list[tuple[tuple[Any, ...], str]]:
    """Fields longer than the database column that stores them."""
    values: list[tuple[str, tuple[Any, ...], str | None]] = [
        ("id", ("id",), checklist.id), ("version", ("version",), checklist.version),
    ]
    for index, item in enumerate(checklist.items):
        values += [
            ("items.id", ("items", index, "id"), item.id),
            ("items.section", ("items", index, "section"), item.section),
        ]
    values += [
        ("flags.code", ("flags", index, "code"), flag.code)
        for index, flag in enumerate(checklist.flags)
    ]
    return [
        (loc, f"{len(value)} characters; the results database keeps at most "
              f"{COLUMN_LIMITS[field]}")
        for field, loc, value in values
        if value is not None and len(value) > COLUMN_LIMITS[field]
    ]


def _consistency_errors(checklist: Checklist) -> list[tuple[tuple[Any, ...], str]]:
    """Cross-reference checks that a per-field schema cannot express."""
    errors: list[tuple[tuple[Any, ...], str]] = _length_errors(checklist)
    for kind, entries in (("item id", checklist.items), ("flag code", checklist.flags)):
        seen: dict[str, int] = {}
        for index, entry in enumerate(entries):
            key = entry.id if kind == "item id" else entry.code
            where = ("items" if kind == "item id" else "flags", index)
            if key in seen:
                errors.append(
                    (
                        (*where, "id" if kind == "item id" else "code"),
                        f"duplicate {kind} {key!r} (first at index {seen[key]})",
                    )
                )
            seen.setdefault(key, index)
    for name, value in checklist.lexicons.items():
        if any(not phrase.strip() for phrase in _iter_phrases(value)):
            errors.append((("lexicons", name), "empty phrase"))
        errors += _reference_errors(checklist, value, ("lexicons", name), name)
    for rule, loc in iter_rules(checklist):
        references = []
        for field in _PHRASE_FIELDS.get(type(rule), ()):
            references += _reference_errors(checklist, getattr(rule, field), (*loc, field), None)
        errors += references
        if references:
            continue
        if isinstance(rule, PhrasesRule) and not checklist.expand(rule.phrases):
            errors.append(((*loc, "phrases"), "no phrases (empty lists or empty lexicons)"))
        elif isinstance(rule, SemanticRule) and not checklist.expand(rule.examples):
            errors.append(((*loc, "examples"), "semantic rule needs at least one example"))
        elif isinstance(rule, LengthRule) and rule.min_words is None and rule.max_words is None:
            errors.append((loc, "length rule needs min_words or max_words"))
    return errors


def parse_checklist(text: str, source: str = "<checklist>") -> Checklist:
    """Validate checklist YAML text; raise ``ChecklistError`` listing every problem."""
    if len(text.encode("utf-8", "replace")) > MAX_CHECKLIST_BYTES:
        raise ChecklistError(
            [ChecklistIssue("", f"file larger than {MAX_CHECKLIST_BYTES} bytes", source=source)]
        )
    try:
        root = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        context = getattr(exc, "context", None)
        message = f"YAML syntax error: {problem}" + (f" ({context})" if context else "")
        raise ChecklistError(
            [
                ChecklistIssue(
                    "",
                    message,
                    mark.line + 1 if mark else None,
                    mark.column + 1 if mark else None,
                    source,
                )
            ]
        ) from None
    if not isinstance(data, dict):
        raise ChecklistError(
            [
                ChecklistIssue(
                    "",
                    f"a checklist must be a mapping with id, version, title and items, "
                    f"not {type(data).__name__}",
                    1,
                    1,
                    source,
                )
            ]
        )
    try:
        checklist = Checklist.model_validate(data)
    except ValidationError as exc:
        raise ChecklistError(_validation_issues(root, exc, source)) from None
    consistency = _consistency_errors(checklist)
    if consistency:
        raise ChecklistError(
            [_issue(root, loc, msg, source, tags=False) for loc, msg in consistency]
        )
    checklist._source = source
    checklist._text = text
    return checklist


def resolve_checklist_path(path_or_name: str | Path | None = None) -> Path:
    """A file path, or a checklist name looked up in ``checklists/`` and the package data."""
    if path_or_name is None or str(path_or_name) == "default":
        return DEFAULT_CHECKLIST
    path = Path(path_or_name)
    if path.exists() or path.suffix in (".yaml", ".yml") or len(path.parts) > 1:
        return path
    for folder in (_REPO_CHECKLISTS, DEFAULT_CHECKLIST.parent):
        for suffix in (".yaml", ".yml"):
            candidate = folder / f"{path_or_name}{suffix}"
            if candidate.exists():
                return candidate
    return path


def load_checklist(path_or_name: str | Path | None = None) -> Checklist:
    """Load and validate a checklist; ``None`` or ``"default"`` gives the shipped default."""
    path = resolve_checklist_path(path_or_name)
    try:
        size = path.stat().st_size
        if size > MAX_CHECKLIST_BYTES:
            raise ChecklistError(
                [
                    ChecklistIssue(
                        "", f"file larger than {MAX_CHECKLIST_BYTES} bytes", source=str(path)
                    )
                ]
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise ChecklistError(
            [ChecklistIssue("", f"cannot read checklist: {exc.strerror or exc}", source=str(path))]
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ChecklistError(
            [ChecklistIssue("", f"not UTF-8 text (byte {exc.start})", source=str(path))]
        ) from None
    return parse_checklist(text, source=str(path))
