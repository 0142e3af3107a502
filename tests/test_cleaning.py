"""Cleaning: page furniture, markup and repeated blocks go; the article's words stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.config import BUNDLED_ARTICLES
from qa.documents import DocumentError, clean_text, load_document, load_documents


@pytest.fixture(scope="module")
def docs() -> dict:
    return {d.doc_id: d for d in load_documents([BUNDLED_ARTICLES])}


def raw(doc_id: str) -> str:
    return (BUNDLED_ARTICLES / f"{doc_id}.txt").read_text(encoding="utf-8")


def lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines()]


# --- the bundled corpus -------------------------------------------------------------------------

G002, G003, G004 = "002_4c9573c04f8e7a8d", "003_4e4462a5ceae32d3", "004_bbc49ac9c8e5d2ae"


@pytest.mark.parametrize(
    "sentence",
    [
        "roll back the gas price to the equivalent of 8 rubles a liter",
        "Nur-Sultan signed the CSTO treaty in 2003.",
    ],
)
def test_body_repeated_three_times_is_kept_once(docs, sentence):
    assert raw(G002).count(sentence) == 3
    assert docs[G002].text.count(sentence) == 1


def test_html_debris_goes_but_caption_and_paragraph_stay(docs):
    for debris in ("<p>", "</p>", "/>", "<img"):
        assert debris in raw(G004)
        assert debris not in docs[G004].text, debris
    blocks = docs[G004].text.split("\n\n")
    caption = (
        "Vendors clean up their store that was broken into and looted during clashes in Almaty,"
        " Kazakhstan, Jan. 10, 2022."
    )
    assert caption in blocks  # a whole block, no tag left around it
    assert any(b.startswith("Following a ferocious crackdown") and "164 dead" in b for b in blocks)


@pytest.mark.parametrize(
    "doc_id, line",
    [
        (G004, "leave your comment"),
        (G004, "Search"),
        (G004, "Top"),
        (G002, "See also"),
        (
            G002,
            "The views of individual contributors do not necessarily represent those of the"
            " Strategic Culture Foundation.",
        ),
    ],
)
def test_furniture_lines_are_dropped(docs, doc_id, line):
    assert line in lines(raw(doc_id))
    assert line not in lines(docs[doc_id].text)


@pytest.mark.parametrize(
    "doc_id, credit",
    [
        (G002, "© Photo: REUTERS/Pavel Mikheyev"),
        (G003, "Photograph: Alexander Kuznetsov / EPA"),
        (G003, "Photograph: Xinhua / Rex / Shutterstock"),
        (G004, "Vladimir Tretyakov/NUR.KZ/AP"),
    ],
)
def test_photo_credits_are_dropped(docs, doc_id, credit):
    assert credit in raw(doc_id)
    assert credit not in docs[doc_id].text


def test_caption_keeps_its_words_without_the_credit(docs):
    assert "Riot police during the uprising in Almaty." in docs[G003].text.split("\n\n")


def test_breadcrumb_is_dropped_and_title_kept(docs):
    title = "As Order Reestablishes In Kazakhstan, Its Future Looks Darker Than Ever | Kazakhstan"
    assert raw(G003).startswith("Home Music intervention " + title)
    assert "Home Music intervention" not in docs[G003].text
    assert docs[G003].text.split("\n\n")[0] == title
    assert docs[G003].text.count(title) == 1


def test_reference_list_and_link_list_are_dropped(docs):
    doc_id = "001_1d74b9649cbe830b"
    assert "[1] https://www.inform.kz/" in raw(doc_id)
    assert "[8]https://www.vb.kg/" in raw(doc_id)
    text = docs[doc_id].text
    assert "http" not in text
    assert "Russia is planning to transfer new Pantsir-S1 systems" not in text  # "Read also" item
    assert "This publication was prepared by Sofia Hriniova especially for InformNapalm." in text


def test_repeated_heading_is_kept_once(docs):
    assert raw(G004).count("Why We Wrote This") == 2
    assert docs[G004].text.count("Why We Wrote This") == 1


def test_catalog_fields_are_used(docs):
    doc = docs[G002]
    assert (doc.title, doc.outlet, doc.author, doc.date) == (
        "Steppe on Fire: Kazakhstan’s Color Revolution",
        "Strategic Culture Foundation",
        "Pepe Escobar",
        "2022-01-06",
    )


# --- synthetic cases ----------------------------------------------------------------------------


def test_html_entities_are_decoded():
    assert clean_text("Fuel &amp; food prices rose&nbsp;by 5%.") == "Fuel & food prices rose by 5%."


def test_html_file_keeps_paragraphs_and_drops_script_and_nav(tmp_path: Path):
    page = tmp_path / "floods.html"
    page.write_text(
        "<html><head><title>Floods in Brenton</title><script>var tracker = 1;</script></head>"
        "<body><nav>Home | World | Sport</nav><p>The Alpha river flooded Brenton on Monday.</p>"
        "<p>Forty homes were evacuated &amp; reopened.</p></body></html>",
        encoding="utf-8",
    )
    doc = load_document(page)
    assert doc.doc_id == "floods"
    assert doc.text.split("\n\n") == [
        "Floods in Brenton",
        "The Alpha river flooded Brenton on Monday.",
        "Forty homes were evacuated & reopened.",
    ]
    assert doc.title == "Floods in Brenton"


def test_non_utf8_file_is_a_clear_error(tmp_path: Path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Café in Almaty.".encode("latin-1"))
    with pytest.raises(DocumentError) as err:
        load_document(bad)
    assert str(bad) in str(err.value) and "UTF-8" in str(err.value)


def test_title_falls_back_to_first_line_without_catalog(tmp_path: Path):
    (tmp_path / "x.txt").write_text("\n\n  Storm hits Dunmore  \n\nWinds reached 90 km/h.\n")
    (doc,) = load_documents([tmp_path])
    assert doc.title == "Storm hits Dunmore"
    assert (doc.outlet, doc.author, doc.date) == ("", "", "")


def test_catalog_in_the_folder_is_used(tmp_path: Path):
    (tmp_path / "x.txt").write_text("Storm hits Dunmore\n\nWinds reached 90 km/h.\n")
    (tmp_path / "catalog.json").write_text(
        '{"x": {"title": "The storm", "outlet": "Dunmore Post", "author": "A. Writer",'
        ' "date": "2024-03-01"}}'
    )
    (doc,) = load_documents([tmp_path])
    assert (doc.title, doc.outlet, doc.author, doc.date) == (
        "The storm",
        "Dunmore Post",
        "A. Writer",
        "2024-03-01",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Related protests spread to Aktau on Tuesday, officials said.",
        "See also the report by the ministry, which counted 40 dead.",
        "Oil/gas exports were halted.",
    ],
)
def test_content_lines_that_look_like_furniture_are_kept(sentence):
    assert clean_text(f"{sentence}\n\nOfficials said 40 people were detained.") == (
        f"{sentence}\n\nOfficials said 40 people were detained."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Inflation was <5% in 2020 and >7% in 2022.",
        "Temperatures fell to <minus 30 degrees overnight in Astana.",
        "Turnout was <half the 2019 figure.",
        "Turnout in Aktau fell by <a third",  # cut-off-looking, but no attribute follows
    ],
)
def test_angle_brackets_in_plain_text_are_kept(sentence):
    assert clean_text(sentence) == sentence


def test_real_tags_and_cut_off_tags_go():
    assert clean_text('Text <a href="x">link</a> and <BR/> <em class=k>more</em>') == (
        "Text link and more"
    )
    assert clean_text("The caption ends here. <img src=See details") == "The caption ends here."
    assert clean_text("A photo follows <IMG") == "A photo follows"
    assert clean_text("x /> </p>\n\nPrices rose.") == "x\n\nPrices rose."


def test_html_file_entities_are_decoded_once(tmp_path: Path):
    page = tmp_path / "escaped.html"
    page.write_text(
        "<p>Write &amp;lt;b&amp;gt; to show the entity.</p>"
        "<p>The &lt;b&gt; tag makes text bold &amp; loud.</p>",
        encoding="utf-8",
    )
    assert load_document(page).text.split("\n\n") == [
        "Write &lt;b&gt; to show the entity.",
        "The <b> tag makes text bold & loud.",
    ]


def write_catalog(folder: Path, entries: str) -> None:
    (folder / "x.txt").write_text("Storm hits Dunmore\n\nWinds reached 90 km/h.\n")
    (folder / "catalog.json").write_text(entries, encoding="utf-8")


@pytest.mark.parametrize(
    "entries, expected",
    [
        ('{"x": {"date": 2022}}', ["'x'", "'date'", "string"]),
        ('{"x": {"title": "T", "author": ["A", "B"]}}', ["'x'", "'author'", "string"]),
        ('{"x": {"outlet": null}}', ["'x'", "'outlet'", "string"]),
        ('{"x": "The storm"}', ["'x'", "object"]),
        ('{"x": {"aliases": "the storm report"}}', ["'x'", "'aliases'", "list of strings"]),
        ('{"x": {"aliases": ["storm report", 3]}}', ["'x'", "'aliases'", "list of strings"]),
        ('{"x": {"aliases": ["it"]}}', ["'x'", "'it'", "too short"]),
    ],
)
def test_bad_catalog_entry_is_a_clear_error(tmp_path: Path, entries, expected):
    write_catalog(tmp_path, entries)
    with pytest.raises(DocumentError) as err:
        load_documents([tmp_path])
    message = str(err.value)
    assert str(tmp_path / "catalog.json") in message
    assert all(part in message for part in expected), message


def test_catalog_aliases_are_read_trimmed_and_blank_ones_dropped(tmp_path: Path):
    write_catalog(tmp_path, '{"x": {"aliases": [" storm report ", "", "Dunmore piece"]}}')
    (doc,) = load_documents([tmp_path])
    assert doc.aliases == ("storm report", "Dunmore piece")


def test_catalog_with_extra_keys_and_missing_fields_is_fine(tmp_path: Path):
    write_catalog(tmp_path, '{"x": {"title": "The storm", "tags": [1, 2]}}')
    (doc,) = load_documents([tmp_path])
    assert (doc.title, doc.outlet, doc.date) == ("The storm", "", "")
