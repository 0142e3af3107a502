"""A question naming several sources is answered by each of them (`qa.each_source`)."""

from __future__ import annotations

from qa import ask
from qa.compose import Answer, Citation, Claim
from qa.each_source import each_source, joined

COMMENTARY, INFORMNAPALM, GUARDIAN = (
    "000_6e1992ec5b7aa0d3",
    "001_1d74b9649cbe830b",
    "003_4e4462a5ceae32d3",
)


def _cite(doc_id: str, quote: str) -> Citation:
    return Citation(doc_id, "T", "O", "", f"{doc_id}:0", quote, 0, len(quote))


def _quoted(doc_id: str, quote: str) -> Answer:
    cite = _cite(doc_id, quote)
    text = f"According to {doc_id}: “{quote}” [1]"
    return Answer("q", text, False, [cite], claims=[Claim(quote, [cite], True)])


def test_the_other_answer_is_renumbered_but_not_the_footnotes_it_quotes():
    first = _quoted("a", "Over 4,000 people have been arrested.")
    other = _quoted("b", "He wrote about “20,000 terrorists” [12], then deleted it.")
    both = joined(first, other, "b")
    assert both.text.endswith("then deleted it.” [2]")
    assert "[12]" in both.text  # the article's own footnote, as it stands
    assert [c.doc_id for c in both.citations] == ["a", "b"]
    # markers that cannot be found after the claims: the claims are quoted anew, by source
    lost = Answer("q", "no markers here", False, other.citations, claims=other.claims)
    restated = joined(first, lost, "InformNapalm")
    assert "According to InformNapalm: “He wrote about “20,000 terrorists”" in restated.text
    assert restated.text.endswith("then deleted it.” [2]")
    # ... in quotation marks only where the claim is its cited sentence, not the model's words
    cite = _cite("b", "Tokayev wrote about 20,000 terrorists and later deleted the post.")
    words = Answer("q", "?", False, [cite], claims=[Claim("He deleted it.", [cite], True)])
    assert joined(first, words, "InformNapalm").text.endswith(
        "According to InformNapalm: He deleted it. [2]"
    )


def test_a_source_named_and_silent_is_said_to_be_silent():
    first = _quoted("a", "Over 4,000 people have been arrested.")
    records = {"b": {"author": "Sofia Hriniova", "outlet": "InformNapalm"}}
    refusal = Answer("q", "The articles don't say.", True)
    answer = each_source(first, ["a", "b"], records, lambda doc_id: refusal)
    assert answer.text.endswith("Not found in Sofia Hriniova (InformNapalm).")
    assert answer.missing == ["according to Sofia Hriniova (InformNapalm)"]
    # one source named, or a refusal: nothing to complete
    assert each_source(first, ["a"], records, lambda doc_id: refusal) == first
    assert each_source(refusal, ["a", "b"], records, lambda doc_id: first) == refusal


def test_each_source_named_gives_its_own_answer(config):
    # the commentary's "non-Kazakh languages" is no less an answer than InformNapalm's
    answer = ask(
        "What languages did Tokayev say the attackers spoke, according to the Italian "
        "commentary and InformNapalm?",
        config=config,
        llm=None,
    )
    assert {c.doc_id for c in answer.citations} == {COMMENTARY, INFORMNAPALM}
    assert "non-Kazakh languages" in answer.text and "foreign languages" in answer.text
    # InformNapalm gives no arrest figure: it is named as silent, not passed over
    arrests = ask(
        "How many people were arrested according to the Guardian and InformNapalm?",
        config=config,
        llm=None,
    )
    assert {c.doc_id for c in arrests.citations} == {GUARDIAN}
    assert "Not found in Sofia Hriniova (InformNapalm)." in arrests.text
    # a question asking several things is not asked of each source: one answering a part
    # of it is no silent one
    parts = ask(
        "What did Tokayev tweet and how many people were arrested, according to InformNapalm "
        "and the Monitor?",
        config=config,
        llm=None,
    )
    assert "Not found in" not in parts.text
