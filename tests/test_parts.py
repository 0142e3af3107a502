"""Questions asking several things, and what an answer leaves open."""

from __future__ import annotations

from qa import ask
from qa.parts import Part, covers, question_parts


def test_a_question_word_after_and_starts_a_part():
    assert question_parts("Who launched them there, and when?") == [
        Part("Who launched them there", "name"),
        Part("when?", "date"),
    ]
    parts = question_parts("Under which bloc did Beijing offer help, and on what date?")
    assert [p.kind for p in parts] == ["name", "date"]
    parts = question_parts("Who sponsored the unrest, and ahead of talks in which cities?")
    assert [p.text for p in parts] == [
        "Who sponsored the unrest",
        "ahead of talks in which cities?",
    ]
    # a question after a question is a part too
    parts = question_parts("Had the embassy warned of protests, per Escobar? Since when?")
    assert [(p.text, p.kind) for p in parts] == [
        ("Had the embassy warned of protests, per Escobar?", "other"),
        ("Since when?", "date"),
    ]
    # "and" between names, or no second question word: one part
    assert question_parts("What did Tokayev and Putin say?") == []
    assert question_parts("How many people were killed?") == []


def test_a_part_is_covered_by_the_kind_of_answer_it_wants():
    question = "Who launched them there, and when?"
    when = Part("when?", "date")
    assert covers(when, "launched by Xi Jinping in September 2013", question)
    assert not covers(when, "launched by Xi Jinping at Nazarbayev University", question)
    since = Part("Since when?", "date")  # "since" asks a date, as "when" does
    assert covers(since, "The embassy was warning of protests as early as December 16, 2021", "")
    sentence = Part("what prison sentence did he get?", "other")
    assert not covers(sentence, "Karim Masimov was arrested on suspicion of treason", question)
    assert covers(sentence, "He got a prison sentence of 18 years", question)


def test_where_a_remark_appeared_is_covered_by_a_byline_naming_its_outlet():
    question = "Who said it seemed familiar, and in which outlet did the remark appear?"
    outlet = question_parts(question)[1]
    said = "It seems familiar to me."
    assert covers(outlet, f"{said} (Lena Surzhko Harned, The Conversation)", question)
    assert not covers(outlet, f"{said} (Harned)", question)  # no outlet named
    assert not covers(outlet, said, question)


def test_a_figure_covers_only_the_part_whose_words_it_shares():
    question = "How many people died, and how many were arrested?"
    died, arrested = question_parts(question)
    assert (died.kind, arrested.kind) == ("number", "number")
    assert covers(died, "At least 164 people died.", question)
    assert not covers(arrested, "At least 164 people died.", question)
    assert covers(arrested, "Almost 6,000 were arrested.", question)
    # sharing a word is not saying what befell them: arrested on Saturday, released when?
    question = "Who was arrested for treason, and when was the former security chief released?"
    released = question_parts(question)[1]
    arrest = "On Saturday Karim Masimov, a former security chief, was arrested for treason."
    assert not covers(released, arrest, question)
    assert covers(released, "The former security chief was released on Monday.", question)
    # a fate said otherwise is said: "arrested" answers "detained", "dead" "died"
    detained = Part("how many were detained?", "number")
    assert covers(detained, "with 164 dead and almost 6,000 arrested", question)
    assert covers(died, "with 164 dead and almost 6,000 arrested", question)
    jailed = Part("how many were jailed?", "number")
    assert not covers(jailed, "with 164 dead and almost 6,000 arrested", question)
    freed = Part("when was he freed?", "date")
    assert not covers(freed, "On January 7 Tokayev said free media had fuelled it.", question)
    assert covers(freed, "On January 9 he was freed.", question)
    # words naming the kind of answer are no topic: "in 2008" answers "in which years?"
    operations = "Which operations differ, and in which years?"
    assert covers(question_parts(operations)[1], "Georgia in 2008", operations)
    # the figure and the part's word stand in one clause
    large = Part("how large was the CSTO contingent in total?", "number")
    airlift = "70 transport aircraft; a notice (required by the CSTO Charter) on January 7."
    assert not covers(large, airlift, "")
    assert covers(large, "The CSTO peacekeepers (up to 6,000 in total) are engaged.", "")
    number = "The CSTO peacekeepers, whose number is insufficient (up to 6,000), are engaged."
    assert covers(Part("how large was the CSTO contingent?", "number"), number, "")


def test_a_part_the_proposal_skips_is_quoted_from_its_sentence(config, fake_llm):
    question = "Who officially launched the New Silk Roads at Nazarbayev University, and when?"
    llm = fake_llm(["The New Silk Roads were officially launched by Xi Jinping [1]"])
    answer = ask(question, config=config, llm=llm)
    assert "Xi Jinping" in answer.text and "September 2013" in answer.text
    assert answer.missing == []
    assert any("September 2013" in c.quote for c in answer.citations)


def test_a_part_no_article_answers_is_named_as_missing(config, fake_llm):
    question = "Who was arrested on suspicion of treason, and what prison sentence did he get?"
    answer = ask(question, config=config, llm=fake_llm(["Karim Masimov [1]"]))
    assert not answer.refused and "Masimov" in answer.text
    assert answer.missing == ["what prison sentence did he get?"]
    assert answer.text.endswith("Not found in the articles: “what prison sentence did he get?”")


def test_parts_are_the_users_question_not_the_earlier_turn(config, fake_llm):
    history = [("Who launched the New Silk Roads, and why was that venue chosen?", "Xi [1]")]
    answer = ask("When did it happen?", history=history, config=config, llm=fake_llm(["NOT FOUND"]))
    assert answer.missing == [] and "Not found" not in answer.text


def test_a_question_asking_deaths_and_detentions_is_answered_by_dead_and_arrested(config):
    question = (
        "According to the Monitor, how many people died in the crackdown and how many were"
        " detained?"
    )
    answer = ask(question, config=config, llm=None)
    assert "164 dead and almost 6,000 arrested" in answer.text
    assert not answer.refused and answer.missing == []


def test_a_figure_part_is_of_the_kind_its_own_words_ask():
    # "what share" in one part asks no share of the other: 3.5 million answers how many live
    question = "How many Russians live in Kazakhstan, and what share of its citizens speak Russian?"
    live, share = question_parts(question)
    count = "At least 3.5 million Russians live in Kazakhstan."
    spoken = "Russian has the status of an official language, spoken by 51% of its citizens."
    assert covers(live, count, question) and not covers(share, count, question)
    assert covers(share, spoken, question) and not covers(live, spoken, question)


def test_a_part_is_looked_up_without_the_source_the_user_named(config):
    # "according to Escobar" names where to look, not what to find: the part looked up with
    # it falls below a bare quote's relevance
    question = "What year did Nur-Sultan sign the CSTO treaty, and what share of Kazakh citizens"
    question += " speak Russian, according to Escobar?"
    answer = ask(question, config=config, llm=None)
    assert "2003" in answer.text and "51%" in answer.text, answer.text
    assert answer.missing == []


def test_a_first_part_answered_by_someone_described_then_named(config):
    # the first part alone is answered by the sentence describing the Israeli and the next
    # one naming him; the part it leaves open is named as missing
    answer = ask("Who was the Israeli killed in Almaty and when was he buried?", config=config)
    assert not answer.refused
    assert "Levan Kogeashvili" in answer.text and "22-year-old" in answer.text
    assert answer.missing == ["when was he buried?"]
    age = ask("Who was the Israeli killed in Almaty and how old was he?", config=config)
    assert "Levan Kogeashvili" in age.text and age.missing == []


def test_a_question_after_a_question_is_answered_from_the_first_ones_sentence(config):
    # "Since when?" is not looked up alone ("Since 2019 liquefied gas is traded ...")
    question = "Had the American embassy warned about mass protests, per Escobar? Since when?"
    answer = ask(question, config=config, llm=None)
    assert "December 16, 2021" in answer.text
    assert "Since 2019" not in answer.text and not answer.missing
