"""Who or what is behind an event: each article's account, as a dispute (`qa.blame`)."""

from __future__ import annotations

import pytest

from qa import ask
from qa.blame import _AGENT, _CAUSE, _of_the_event, account, asked_blame

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
        "What did Putin blame for the violence?",  # the ordinary lookup's
        "According to one of Escobar's intel sources, who was sponsoring the unrest?",
        "Who was the former US ambassador behind the 2010 bribes cable?",
        "Who was behind the unrest, and how many died?",  # several parts
        "Who was responsible for the unrest and the deaths?",
        # no unrest: who had Masimov arrested is not who he is said to have plotted against
        "Who was behind the arrest of Massimov?",
        "Who was responsible for the deaths of protesters?",  # the victims are no unrest
        "Who was responsible for security in Kazakhstan?",
        "Who was behind the coup?",
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
        # InformNapalm's title names the Russian Federation, second; its accounts are of
        # Kazakhstan, and Escobar's MI6 sentence names Russia only for the talks
        "Who was behind the protests in Russia?",
        # "a formal protest lodged by the Kyrgyz government" is no protest in Kyrgyzstan
        "Who was behind the protests in Kyrgyzstan?",
        "Who was behind the protests in the US?",
        "Who was behind the attacks on journalists?",  # not "the terrorist attacks"
        "Who was behind the attack on Almaty airport?",
    ],
)
def test_accounts_of_another_event_are_no_answer(config, question):
    answer = ask(question, config=config)
    assert not answer.conflicts
    assert "MI6" not in answer.text and "foreign-trained" not in answer.text


def test_the_unrest_is_named_by_any_of_its_names_or_by_its_place_beside_the_blame():
    title = "Steppe on Fire: Kazakhstan’s Color Revolution"
    assert _of_the_event("the terrorist attacks on the city", "the violence", "")
    kazakh = "the whole Kazakh adventure is being sponsored by MI6"
    assert _of_the_event(kazakh, "the unrest in Kazakhstan", "")
    assert not _of_the_event(kazakh, "the unrest in Russia", title)
    # no place asked: the place its article is about, the first state its title names
    assert _of_the_event(kazakh, "the unrest", title)
    assert not _of_the_event(kazakh, "the unrest", "Steppe on Fire")
    # the place in another stretch than the blame: "the coup committed by Tokayev" is not
    # said of the unrest by "a revolt of the Kazakh law enforcers"
    coup = "They legitimize the coup committed by Tokayev, and a revolt of the Kazakh police."
    assert not _of_the_event(coup, "the unrest in Kazakhstan", title)


def test_a_cause_is_of_the_unrest_set_off():
    assert _CAUSE.search("The protest started last weekend, sparked by rising fuel prices")
    assert _CAUSE.search("The long-planned LPG price rise sparked protests in Aktau.")
    assert not _CAUSE.search("confusion caused by the lack of information about the protests")


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


def test_a_coup_lays_blame_only_when_someone_stages_it():
    for said in (
        "then unleashed armed units in an attempt to stage a coup d’état.",
        "It is the coup d’état attempt that becomes an official version",
        "this contingent is trying to legitimize the coup committed by Tokayev",
        "Tokayev, apparently pulled off a classic “silent coup” with foreign support.",
    ):
        assert _AGENT.search(said), said
    for said in ("forces that want to make a similar coup", "the coup in Myanmar last year"):
        assert not _AGENT.search(said), said


@pytest.mark.parametrize(
    ("question", "event", "teller"),
    [
        ("Who was behind the violence, according to Putin?", "the violence", "Putin"),
        (
            "Who does Pepe Escobar's source say was behind the unrest?",
            "the unrest",
            "Pepe Escobar's source",
        ),
        (
            "What different account of the violence did Kazakhstan's own leadership give?",
            "the violence",
            "Kazakhstan's own leadership",
        ),
        ("Who was behind the unrest, according to the different sources?", "the unrest", ""),
    ],
)
def test_a_teller_is_read(question, event, teller):
    blame = asked_blame(question)
    assert blame is not None and (blame.event, blame.teller) == (event, teller)


@pytest.mark.parametrize(
    ("question", "said", "doc_id"),
    [
        # named before the blame is laid: "Kazakh leaders have offered a different
        # explanation, pointing to ... internal traitors"
        (
            "What different account of the violence did Kazakhstan's own leadership give?",
            "internal traitors",
            MONITOR,
        ),
        ("Who was behind the violence, according to Putin?", "international terrorism", MONITOR),
        # the article's author tells what his source says: "The first source was explicit"
        ("Who does Pepe Escobar's source say was behind the unrest?", "MI6", ESCOBAR),
    ],
)
def test_a_tellers_account_is_theirs_alone(config, question, said, doc_id):
    answer = ask(question, config=config)
    assert said in answer.text and not answer.conflicts  # one teller: no dispute
    assert {c.doc_id for c in answer.citations} == {doc_id}


@pytest.mark.parametrize(
    "question",
    [
        # word for word: MiniLM puts "Kyrgyzstan" near "Kazakhstan", "Russian" near "Kazakh"
        "Who does Kyrgyzstan say was behind the unrest?",
        "What account of the violence did Belarus give?",
        # a meeting's place is no teller: "At an emergency meeting of the CSTO's Security
        # Council on Monday, Russian President Vladimir Putin placed the blame ..."
        "Who does the Security Council say was behind the violence?",
        # the author alone: her article reports the official version, it is not her own
        "What alternative explanation of the unrest did Hriniova offer?",
    ],
)
def test_a_teller_only_mentioned_or_only_the_author_tells_nothing(config, question):
    assert ask(question, config=config, llm=None).refused


def test_the_blamed_and_an_aside_are_no_tellers(config):
    # "sponsored by MI6": MI6 is blamed, and tells nothing
    assert "MI6" not in ask("Who was behind the violence, according to MI6?", config=config).text
    # "(the position claimed for life by N. Nazarbayev)" names him in an aside before
    # Tokayev's "terrorists trained outside the country"
    answer = ask("Who was behind the violence, according to Nazarbayev?", config=config)
    assert "trained outside" not in answer.text
