"""Who or what is behind an event: each article's account, as a dispute (`qa.blame`)."""

from __future__ import annotations

import pytest

from qa import ask
from qa.blame import _of_the_event, account, asked_blame

COMMENTARY, INFORMNAPALM, ESCOBAR, GUARDIAN, MONITOR = (
    "000_6e1992ec5b7aa0d3",
    "001_1d74b9649cbe830b",
    "002_4c9573c04f8e7a8d",
    "003_4e4462a5ceae32d3",
    "004_bbc49ac9c8e5d2ae",
)


@pytest.mark.parametrize(
    ("question", "event", "causes"),
    [
        ("Who was behind the violence in Kazakhstan?", "the violence in Kazakhstan", False),
        (
            "Who or what was behind the violence in Kazakhstan, according to the different"
            " sources?",
            "the violence in Kazakhstan",
            False,
        ),
        ("Who is blamed for orchestrating the unrest?", "the unrest", False),
        ("What caused the protests in Kazakhstan?", "the protests in Kazakhstan", True),
        ("who was responsible for the riots", "the riots", False),
    ],
)
def test_the_frame_gives_the_event_asked(question, event, causes):
    blame = asked_blame(question)
    assert blame is not None
    assert (blame.event, blame.causes) == (event, causes)


@pytest.mark.parametrize(
    "question",
    [
        "What did Putin blame for the violence?",  # a teller: the ordinary lookup's
        "Who does Pepe Escobar's source say was behind the unrest?",
        "According to one of Escobar's intel sources, who was sponsoring the unrest?",
        "Who was the former US ambassador behind the 2010 bribes cable?",
        "Who was behind the unrest, and how many died?",  # several parts
        "Who was arrested for treason?",
    ],
)
def test_questions_outside_the_frame(question):
    assert asked_blame(question) is None


def test_each_article_gives_its_own_account(config, fake_llm):
    llm = fake_llm([])
    answer = ask("Who was behind the violence in Kazakhstan?", config=config, llm=llm)
    assert not answer.refused and not llm.prompts  # no model: the accounts are quoted
    assert answer.text.startswith("The sources differ.")
    # the MI6 sentence shares no word with the question but "Kazakh": relevance alone
    # ranked "the whole story behind last week's unrest remains as murky" first
    for said in ("MI6", "international terrorism", "internal traitors", "foreign-trained"):
        assert said in answer.text
    (dispute,) = answer.conflicts
    cited = {c.doc_id for _, c in dispute.values}
    assert {INFORMNAPALM, ESCOBAR, GUARDIAN, MONITOR} <= cited
    for value, citation in dispute.values:
        assert value in citation.quote  # each account is its sentence's own words
    per_doc = [c.doc_id for _, c in dispute.values]
    assert max(per_doc.count(d) for d in per_doc) == 2  # two per article at most


def test_a_cause_that_is_no_one_answers_what_but_not_who(config):
    fuel = "sparked by rising fuel prices"
    assert fuel in ask("What caused the protests in Kazakhstan?", config=config).text
    assert fuel not in ask("Who caused the protests in Kazakhstan?", config=config).text


@pytest.mark.parametrize(
    "question",
    [
        # no account names the year: an undated article's "foreign-trained" attackers are
        # no account of protests in 2019
        "Who was behind the 2019 protests in Kazakhstan?",
        "Who was behind the protests in Uzbekistan?",  # nor of another country's
        "Who was behind the cyberattack on Kazakh banks?",  # nor of another event
    ],
)
def test_accounts_of_another_event_are_no_answer(config, question):
    answer = ask(question, config=config)
    assert not answer.conflicts
    assert "MI6" not in answer.text and "foreign-trained" not in answer.text


def test_an_event_other_than_unrest_is_named_by_its_own_word():
    said = "There is no racial or religious origin behind the murder."
    assert _of_the_event(said, "the murder of the Israeli man")
    assert not _of_the_event(said, "the shooting of the Israeli man")
    # unrest goes by many names, and by the place the question names it by
    assert _of_the_event("the terrorist attacks on the city", "the violence")
    assert _of_the_event(
        "the whole Kazakh adventure is being sponsored by MI6", "the unrest in Kazakhstan"
    )
    assert not _of_the_event("the whole Kazakh adventure", "the unrest")


def test_an_account_is_the_stretch_laying_the_blame(config, stored_docs):
    from qa.evidence import Candidate
    from qa.verify import Span

    text = (
        "This is how he framed it: Tokayev invoked a threat “caused, inter alia, by outside"
        " interference.”"
    )
    doc = stored_docs[ESCOBAR]
    c = Candidate(Span(ESCOBAR, 0, len(text), text), None, 0.0, doc)  # type: ignore[arg-type]
    assert account(c) == "Tokayev invoked a threat “caused, inter alia, by outside interference.”"
