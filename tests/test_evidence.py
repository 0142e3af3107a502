"""Evidence: the sentence naming whom the sentence before describes."""

from __future__ import annotations

import pytest

from qa.documents import Document
from qa.evidence import Candidate, named_next, naming_rare
from qa.verify import sentence_spans

SHOT = "A 22-year-old Israeli was shot dead in Almaty."
NAMED = "The ministry said that Levan Kogeashvili had lived there for years."


def _first(text: str) -> Candidate:
    doc = Document(doc_id="d", title="T", text=text, outlet="", author="", date="")
    return Candidate(sentence_spans("d", text)[0], None, 0.0, doc)  # type: ignore[arg-type]


def test_the_next_sentence_names_whom_the_description_leaves_unnamed():
    span = named_next(_first(f"{SHOT} {NAMED} Nobody knows more."))
    assert span is not None and span.text == NAMED


@pytest.mark.parametrize(
    "text",
    [
        # the description names someone already: the next name may be anyone else's
        f"Police say Ivan Petrov saw an Israeli shot dead in Almaty. {NAMED}",
        # a name the article gave before introduces no one
        f"Levan Kogeashvili is a chef.\n{SHOT} {NAMED}",
        # a new paragraph starts another story
        f"{SHOT}\n{NAMED}",
        # no full name: a lone surname may be anyone's
        f"{SHOT} Kogeashvili had lived there for years.",
    ],
)
def test_no_sentence_names_the_one_described(text):
    described = next(c for c in _all(text) if "shot dead" in c.span.text)
    assert named_next(described) is None


def _all(text: str) -> list[Candidate]:
    doc = Document(doc_id="d", title="T", text=text, outlet="", author="", date="")
    return [Candidate(s, None, 0.0, doc) for s in sentence_spans("d", text)]  # type: ignore[arg-type]


def test_a_sentence_naming_a_rare_name_of_the_question_is_added_once():
    every = _all(
        "Amnesty International called it a disaster. Tokayev spoke. Tokayev left. Tokayev"
        " returned. Tokayev slept. The amnesty was internal."
    )
    added = naming_rare({"amnesti", "tokayev"}, [], every)
    # "Tokayev" is named by four sentences: common, it singles out none; "amnesty" in
    # lower case is no name
    assert [c.span.text for c in added] == ["Amnesty International called it a disaster."]
    assert naming_rare({"amnesti"}, added, every) == []  # a candidate already
