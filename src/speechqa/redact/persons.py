"""The PERSON detector: the cue rules (``names``), then names said without a cue
(``name_memory``), then names the dialogue gives away (``name_dialogue``), then every later
mention of a name found. Each finder sees what the earlier ones found, so none repeats another.
"""

from __future__ import annotations

from speechqa.redact.lexicon import HESITATION
from speechqa.redact.name_dialogue import (
    echoed_names,
    embossed_names,
    named_before_birth_date,
)
from speechqa.redact.name_memory import call_level_names, not_business_names
from speechqa.redact.names import (
    _borrowed_title,
    _en_unknown,
    _listed_first_name,
    _not_a_person,
    _repeated_names,
    _sentence_start,
    cued_person_findings,
    phonetic_spellings,
)
from speechqa.redact.tokens import Finding, Token, _positions


def person_findings(tokens: list[Token], language: str) -> list[Finding]:
    """Every PERSON finding of a call, in any case form."""
    findings, protected, position_of = cued_person_findings(tokens, language)
    findings = not_business_names(tokens, findings, position_of)
    findings += [found for found in call_level_names(tokens, language, findings, protected,
                                                      position_of)
                 if not _not_a_person(tokens, _positions(found.pieces, position_of))]
    taken = {(turn, i) for f in findings for turn, start, end in f.pieces
             for i in range(start, end)}
    findings += [found for found in echoed_names(tokens, language, protected)
                 + named_before_birth_date(tokens, language, protected)
                 + embossed_names(tokens, language, protected)
                 if not any((turn, i) in taken for turn, start, end in found.pieces
                            for i in range(start, end))]
    findings += _repeated_names(tokens, findings, language, protected, position_of)
    spellings = phonetic_spellings(tokens)
    spelled = {(turn, i) for f in spellings for turn, start, end in f.pieces
               for i in range(start, end)}
    # the code words of a spelling ("О как Ольга") are letters of the name, no one else
    findings = [found for found in findings if not all(
        (turn, i) in spelled for turn, start, end in found.pieces for i in range(start, end))]
    return spellings + [found for found in findings if not _not_a_name(
        tokens, _positions(found.pieces, position_of), language)]



def _not_a_name(tokens: list[Token], span: list[int], language: str) -> bool:
    """Hesitations and the titles of books borrowed are never names; an English dictionary
    word opening a sentence inside a turn is capitalised because it opens it ("See you near
    the pub"), not because it names someone."""
    if all(HESITATION.match(tokens[p].norm) for p in span) or _borrowed_title(tokens, span):
        return True
    if language != "en" or len(span) != 1:
        return False
    token = tokens[span[0]]
    # (not a turn's first word nor one before a comma: "Mitchell, that's M-I-...", "Jim, can I")
    return token.index > 0 and not token.raw.rstrip().endswith(",") \
        and _sentence_start(tokens, span[0]) and token.raw[:1].isupper() \
        and not _en_unknown(token.norm) and not _listed_first_name(token, language)
