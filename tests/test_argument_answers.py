"""The target of a rejection that names no one (tgt13): whose word it answers, as
bench/data/README.md has it ("target = the accuser when the text names one, else null"):
the speaker of what was just told, the doer of an accusation or request, or the subject of
a report verb before it; nobody when the rejection names what it rejects, when only the
denier's own side spoke, or when the account was the author's."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _rejections(coded):
    return {(e.source, e.target) for e in coded.events if e.type == "REJECT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker in the sentence before, answered by "it" or by a claim noun
        ("Kenya says Somali militiamen raided a border post. Mogadishu denied it.",
         ("SOM", "KEN")),
        ("Egypt said Sudanese gunmen shot two traders. Khartoum called the report a lie.",
         ("SDN", "EGY")),
        # an accusation in the same sentence, which a relative clause rejects
        ("Chad accuses Niger of harbouring the rebels, a charge Niamey denies.",
         ("NER", "TCD")),
        # an insurgent group answers its own country's government: two sides, not one
        ("The Salvadoran government asked the FMLN to free the mayors. The FMLN rejected "
         "the request on Friday.", ("GRP.FMLN", "SLV.GOV")),
    ],
)
def test_a_bare_rejection_answers_the_one_who_spoke(code_text, text, expected):
    found = _rejections(code_text(text))
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        # the author's own account: no accuser to answer
        "Somali militiamen raided a border post in Kenya. Mogadishu denied it.",
        # the rejection names what it rejects, which no one proposed
        "Kenya says Somali militiamen raided a border post. Mogadishu rejected the new "
        "Jubaland constitution.",
    ],
)
def test_no_accuser_when_nobody_else_spoke(code_text, text):
    found = _rejections(code_text(text))
    assert found and all(target is None for _, target in found), found
