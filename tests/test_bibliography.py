"""Questions about an article itself: answered from the catalog, cited where the text says it."""

from __future__ import annotations

import json

import pytest

from qa import bibliography
from qa.answer import ask
from qa.config import BUNDLED_ARTICLES
from qa.documents import Document
from qa.evidence import bylines, quoted_people

STEPPE = "002_4c9573c04f8e7a8d"
PANDORA = "001_1d74b9649cbe830b"
FLAMES = "000_6e1992ec5b7aa0d3"
FLAMES_TITLE = (
    "Kazakhstan in flames: for now more the harbingers of a civil war than of an invasion"
)


CATALOG = json.loads((BUNDLED_ARTICLES / "catalog.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        ("Who wrote the InformNapalm analysis?", ["author"]),
        ("Who is the author of “Steppe on Fire”?", ["author"]),
        ("Who wrote it?", ["author"]),  # a follow-up: the article is the one asked about before
        ("On what date was Pepe Escobar's “Steppe on Fire” published?", ["date"]),
        ("When did Escobar publish his column?", ["date"]),
        ("What is the publication date of the Monitor piece?", ["date"]),
        ("Which outlet published Pepe Escobar's column?", ["outlet"]),
        ("Who wrote “Steppe on Fire” and when was it published?", ["author", "date"]),
        # the article is not what these ask about
        ("Who wrote the letter to the CSTO, according to the Guardian?", []),
        ("When were the detainees released, according to the Guardian?", []),
        ("What website did the Guardian say was blocked?", []),
        ("When was he released?", []),
        ("When was the curfew lifted?", []),
        ("Who ordered the troops to shoot?", []),
    ],
)
def test_the_fields_a_question_asks_of_an_article(question, fields):
    assert bibliography.asked_fields(question, CATALOG) == fields


def _doc(text: str) -> Document:
    return Document(doc_id="d", title="Steppe", text=text, outlet="", author="", date="")


RECORD = {"d": {"title": "Steppe on Fire", "author": "Ann Lee", "date": "2022-01-06"}}


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Security\nJanuary 6, 2022\nThe steppe burns.", "January 6, 2022"),
        ("Posted 6 January 2022. The steppe burns.", "6 January 2022"),
        ("Posted Jan. 6, 2022. The steppe burns.", "Jan. 6, 2022"),
        ("Posted 06.01.2022. The steppe burns.", "06.01.2022"),
        ("Posted January 16, 2022. The steppe burns.", None),  # another day
        ("The steppe burns.", None),
    ],
)
def test_a_catalog_date_is_found_as_the_article_prints_it(text, stated):
    [fact] = bibliography.facts(
        "When was “Steppe on Fire” published?",
        "When was “Steppe on Fire” published?",
        RECORD,
        {"d": _doc(text)},
    )
    assert fact.value == "2022-01-06"
    assert (fact.span.text if fact.span else None) == stated
    if fact.span:
        assert text[fact.span.start : fact.span.end] == stated


def test_an_unnamed_article_asks_no_catalog_fact():
    docs = {"d": _doc("By Ann Lee.")}
    assert (
        bibliography.facts("Who wrote the article?", "Who wrote the article?", RECORD, docs) == []
    )


def test_the_author_is_quoted_from_the_article_without_the_llm(config, fake_llm, assert_span):
    llm = fake_llm([])  # no reply queued: a call would fail the test
    q = "Who wrote the InformNapalm analysis “Kazakhstan is a new Pandora's box”?"
    answer = ask(q, config=config, llm=llm)
    assert not answer.refused and llm.prompts == []
    [cite] = answer.citations
    assert cite.doc_id == PANDORA and "Sofia Hriniova" in cite.quote
    assert cite.quote.startswith("This analytical review was specially prepared by")
    assert_span(cite.doc_id, cite.start, cite.end, cite.quote)
    assert [p.chunk_id for p in answer.passages] == [cite.chunk_id]
    assert answer.claims[0].text == cite.quote and answer.claims[0].supported


def test_the_date_is_given_in_the_articles_words(config, assert_span):
    answer = ask("On what date was Pepe Escobar's “Steppe on Fire” published?", config=config)
    [cite] = answer.citations
    assert (cite.doc_id, cite.quote) == (STEPPE, "January 6, 2022")
    assert "January 6, 2022" in answer.text and "2022-01-06" not in answer.text
    assert_span(cite.doc_id, cite.start, cite.end, cite.quote)


def test_a_catalog_gap_is_refused_and_named(config):
    answer = ask("Who wrote the Guardian article?", config=config)
    assert answer.refused and answer.citations == []
    assert answer.missing == [
        "the author of ‘As Order Reestablishes In Kazakhstan, Its Future Looks Darker Than Ever’"
    ]


def test_a_catalog_value_the_text_never_states_is_not_given(config):
    # the catalog says Strategic Culture Foundation; the article's text never does
    answer = ask("Which outlet published Pepe Escobar's column?", config=config)
    assert answer.refused and "Strategic Culture" not in answer.text


def test_a_follow_up_asks_about_the_article_named_before(config):
    history = [("What does “Steppe on Fire” say about ports?", "It names Aktau [1].")]
    answer = ask("Who wrote it?", history=history, config=config)
    assert [(c.doc_id, c.quote) for c in answer.citations] == [(STEPPE, "Pepe Escobar")]


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("From which outlets are the commentators in the commentary quoted?", True),
        ("Which experts does the Monitor quote?", True),
        ("Whom does the commentary quote?", True),
        ("Which outlets reported the arrests?", False),
        ("What did Putin say about the quoted figures?", False),
        # of a nation: no byline or speaker's name says it
        ("Which Chinese experts does the Monitor quote?", False),
        ("From which outlets are the Kazakh government officials in it quoted?", False),
    ],
)
def test_questions_asking_whom_an_article_quotes(question, asks):
    assert bibliography.asks_quoted(question) is asks


def test_bylines_are_the_brackets_closing_a_paragraph():
    text = (
        "(To the editor)\n"  # a paragraph that is all brackets: no byline
        "Russia acts as it did in Ukraine (in 2014). It will stay. (Ann Lee, The Post)\n"
        "No byline here (see above) at all.\n"
        "Short one. (The Moscow Times)"
    )
    doc = _doc(text)
    found = [(b.text, text[b.start : b.end]) for b in bylines(doc)]
    assert found == [("Ann Lee, The Post",) * 2, ("The Moscow Times",) * 2]


def test_the_people_an_article_has_speaking_are_named_in_full_each_once():
    text = (
        "Kate Mallinson of Chatham House studies the region.\n"
        "“Nothing is free,” Mallinson said. Many Western observers agreed.\n"
        "Russian President Vladimir Putin said the threat was foreign. Putin added more.\n"
        "“It was spontaneous,” said Diana T Kudaibergenova, a sociologist."
    )
    doc = _doc(text)
    found = [(name, [s.text for s in spans]) for name, spans in quoted_people(doc)]
    assert found == [
        # only "Mallinson" where she speaks: cited with the sentence giving her full name
        (
            "Kate Mallinson",
            [
                "“Nothing is free,” Mallinson said.",
                "Kate Mallinson of Chatham House studies the region.",
            ],
        ),
        # without the title; "Western" ends no full name: no one
        ("Vladimir Putin", ["Russian President Vladimir Putin said the threat was foreign."]),
        (
            "Diana T Kudaibergenova",
            ["“It was spontaneous,” said Diana T Kudaibergenova, a sociologist."],
        ),
    ]


def test_speakers_in_any_script_and_not_their_affiliations():
    text = (
        "“Fine,” said Ahmet Şahin. Kate O’Brien said no.\n"
        "“I think so,” said Kfortov of the Russian Council for International Affairs.\n"
        "Analyst Fyodor Lukyanov spoke. “No,” Lukyanov said. Fyodor Lukyanov left."
    )
    names = [name for name, _ in quoted_people(_doc(text))]
    # "Kfortov" ends no full name; "Russian Council" is where he works, not a speaker
    assert names == ["Ahmet Şahin", "Kate O’Brien", "Fyodor Lukyanov"]


@pytest.mark.parametrize(
    ("question", "people"),
    [
        ("Which experts does the Monitor quote?", True),
        ("Whom does the Guardian quote?", True),
        ("Which outlets does the Monitor quote?", False),
        ("What sources does the Guardian quote on the death toll?", False),
    ],
)
def test_a_question_on_whom_an_article_quotes_may_ask_for_people(question, people):
    assert bibliography.asks_quoted_people(question) is people


def test_an_article_without_bylines_is_asked_whom_it_has_speaking(config, assert_span):
    answer = ask("Which experts does the Monitor quote?", config=config)
    names = ["Fyodor Lukyanov", "Andrey Kortunov", "Vyacheslav Abramov"]
    assert all(name in answer.text for name in names)
    assert {c.doc_id for c in answer.citations} == {"004_bbc49ac9c8e5d2ae"}
    for claim in answer.claims:  # each name is in a sentence it cites
        assert any(claim.text in c.quote for c in claim.citations)
    for c in answer.citations:
        assert_span(c.doc_id, c.start, c.end, c.quote)


def test_the_commentators_an_article_quotes_are_its_bylines(config, assert_span):
    question = "From which outlets are the commentators quoted in “Kazakhstan in flames”?"
    answer = ask(question, config=config)
    assert [c.quote for c in answer.citations] == [
        "Lena Surzhko Harned, The Conversation",
        "Eugene Chausovsky, Foreign Policy",
        "Volodymyr Fesenko on Kyiv Post",
        "The Moscow Times",
    ]
    for c in answer.citations:
        assert_span(c.doc_id, c.start, c.end, c.quote)


@pytest.mark.parametrize(
    "question",
    [
        "Which experts does the Monitor quote?",  # named, and without bylines
        "What sources are quoted on the death toll?",  # no article named
    ],
)
def test_a_question_on_quoted_sources_is_never_given_another_articles_bylines(config, question):
    answer = ask(question, config=config)
    assert "Foreign Policy" not in answer.text and "Kyiv Post" not in answer.text
    assert not any(c.doc_id.startswith("000") for c in answer.citations)


def test_an_article_named_by_its_catalog_alias(config):
    # no outlet or author: "the Italian commentary" names it only through the catalog's alias
    question = "From which outlets are the commentators of the Italian commentary quoted?"
    answer = ask(question, config=config)
    assert {c.doc_id for c in answer.citations} == {FLAMES}
    assert "Eugene Chausovsky, Foreign Policy" in [c.quote for c in answer.citations]
    answer = ask("Who wrote the Italian commentary?", config=config)
    assert answer.refused and answer.citations == []
    assert answer.missing == [f"the author of ‘{FLAMES_TITLE}’"]
