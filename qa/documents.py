"""Loading and cleaning articles.

A `Document` keeps its *cleaned* text: every offset the rest of the system hands out
(chunk start/end, citation start/end) indexes into that string.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

SUFFIXES = (".txt", ".md", ".html", ".htm")
CATALOG_NAME = "catalog.json"
CATALOG_FIELDS = ("title", "outlet", "author", "date")
# Other names a question may give the article itself: "the Italian commentary" for a text
# whose outlet and author are unknown. A list of strings.
CATALOG_ALIASES = "aliases"
MIN_ALIAS = 5  # "it" or "the" as an alias would claim every question


class DocumentError(ValueError):
    """A file could not be read as an article; the message names the file and the fix."""


@dataclass(frozen=True)
class Document:
    doc_id: str
    title: str
    text: str  # cleaned text; offsets index into this
    outlet: str = ""
    author: str = ""
    date: str = ""
    path: str = ""
    raw_sha256: str = ""
    aliases: tuple[str, ...] = ()


# --- page furniture ---------------------------------------------------------------------------

# Whole lines that are navigation, widgets or boilerplate, never article content.
_FURNITURE_LINE = re.compile(
    r"""^(?:
        leave\ your\ comment | search | top | see\ also | share | print | menu | home
      | advertisement | read\ more | related(?:\ articles)? | comments?
      | no\ responses?\ to\ .* | \d+\ responses?\ to\ .*
      | the\ views\ of\ individual\ contributors\ do\ not\ necessarily\ represent\ .*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Photo credits: a whole line, or the tail of a caption line.
_CREDIT_LINE = re.compile(r"^(?:©|\(c\)|photo:|photograph:)\s*.*$", re.IGNORECASE)
_CREDIT_TAIL = re.compile(r"\s*Photograph:\s*[^.!?]*$")
# A bare credit such as "Vladimir Tretyakov/NUR.KZ/AP": short capitalised parts split by
# slashes, and no sentence (so "Oil/gas exports were halted." stays).
_BARE_CREDIT = re.compile(r"^[A-Z][\w.\- ]{1,40}(?:\s*/\s*[A-Z][\w.\- ]{1,30}){1,3}$")
# Reference lists: "[12] https://..." or "[8]https://..."
_REFERENCE = re.compile(r"^\[\d+\]\s*https?://\S+$")
# "Read also ..." heading: it and the "- title" items right after it are links, not text.
# A heading is short and is not a sentence ("Related talks failed." is content).
_READ_ALSO = re.compile(
    r"^(?:read also|see also|related)\b(?:\W+\w+){0,6}\W*$(?<![.!?])", re.IGNORECASE
)
# Markup: whole tags, dangling tag tails ("/> </p>") and a tag cut off at the line end.
# A tag is "<" or "</", a letter-led name, then attributes after whitespace, and ">" or "/>":
# "<5% in 2020 and >7%" is text. A tag cut off at the line end ("<img src=See details") is
# only recognised for common HTML tag names, bare or followed by an attribute ("name="), so
# "fell to <minus 30 degrees" stays.
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>\n]*)?/?>")
_TAG_TAIL = re.compile(r"(?:^|\s)/>")
_CUT_TAG_NAMES = (
    "img|p|a|div|span|br|figure|figcaption|iframe|picture|source|video|script|style"
    "|table|tr|td|li|ul|ol|h[1-6]|blockquote|em|strong|b|i"
)
_TAG_OPEN_CUT = re.compile(
    rf"</?(?:{_CUT_TAG_NAMES})(?:\s+[\w:-]+\s*=[^<>\n]*)?\s*$", re.IGNORECASE
)


def clean_text(raw: str, *, from_html: bool = False) -> str:
    """Remove markup, page furniture and verbatim-repeated blocks; keep the article's words.

    Blocks are paragraphs (blank-line separated) or, in texts without blank lines, lines.
    `from_html`: `raw` is `html_to_text` output, whose tags and entities are already gone;
    a "<" or "&" left in it is the article's own text, so it is neither stripped nor decoded.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    blocks: list[str] = []
    seen: set[str] = set()
    in_link_list = False
    for line in _lines_of(text):
        line = _collapse(line) if from_html else _strip_markup(line)
        if not line:
            in_link_list = False
            continue
        if in_link_list and line.startswith("- "):
            continue
        in_link_list = bool(_READ_ALSO.match(line))
        if in_link_list or _is_furniture(line):
            continue
        line = _CREDIT_TAIL.sub("", line).strip()
        key = re.sub(r"\W+", " ", line).strip().lower()
        if not key or key in seen:  # a block repeated verbatim is indexed once
            continue
        seen.add(key)
        blocks.append(line)
    blocks = _drop_breadcrumb(blocks)
    return "\n\n".join(blocks)


def _lines_of(text: str) -> list[str]:
    # One logical block per line: paragraphs are already one line in these texts, and
    # splitting on newlines keeps headings apart from the paragraph that follows them.
    return [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]


def _strip_markup(line: str) -> str:
    line = _TAG.sub(" ", line)
    line = _TAG_TAIL.sub(" ", line)
    line = _TAG_OPEN_CUT.sub(" ", line)
    return _collapse(html.unescape(line))


def _collapse(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()


def _is_furniture(line: str) -> bool:
    return bool(
        _FURNITURE_LINE.match(line)
        or _CREDIT_LINE.match(line)
        or _REFERENCE.match(line)
        or _BARE_CREDIT.match(line)
    )


def _drop_breadcrumb(blocks: list[str]) -> list[str]:
    """'Home Music intervention <title>' followed by '<title>': keep only the title."""
    if len(blocks) >= 2 and blocks[0] != blocks[1] and blocks[0].endswith(blocks[1]):
        return blocks[1:]
    return blocks


# --- HTML files -------------------------------------------------------------------------------

_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "blockquote",
    "figcaption",
    "title",
}
_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data.replace("\n", " "))


def html_to_text(raw: str) -> str:
    parser = _TextExtractor()
    parser.feed(raw)
    parser.close()
    return "".join(parser.parts)


# --- loading ----------------------------------------------------------------------------------


def read_raw(path: Path) -> tuple[str, str]:
    """The file's text and the sha256 of its bytes. Undecodable bytes are a clear error."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DocumentError(f"cannot read {path}: {e.strerror}") from None
    digest = hashlib.sha256(data).hexdigest()
    try:
        return data.decode("utf-8-sig"), digest
    except UnicodeDecodeError as e:
        raise DocumentError(
            f"{path} is not UTF-8 (byte {e.start}); convert it, e.g. `iconv -t utf-8`"
        ) from None


def load_document(path: Path, catalog: dict[str, dict] | None = None) -> Document:
    raw, digest = read_raw(path)
    is_html = path.suffix.lower() in (".html", ".htm")
    text = clean_text(html_to_text(raw), from_html=True) if is_html else clean_text(raw)
    if not text:
        raise DocumentError(f"{path} has no text left after cleaning")
    meta = (catalog or {}).get(path.stem, {})
    title = meta.get("title") or _first_line(text)
    return Document(
        doc_id=path.stem,
        title=title,
        text=text,
        outlet=meta.get("outlet", ""),
        author=meta.get("author", ""),
        date=meta.get("date", ""),
        path=str(path),
        raw_sha256=digest,
        aliases=tuple(a.strip() for a in meta.get(CATALOG_ALIASES, []) if a.strip()),
    )


def _first_line(text: str) -> str:
    return next((ln.strip() for ln in text.splitlines() if ln.strip()), "")[:200]


def load_catalog(folder: Path) -> dict[str, dict]:
    path = folder / CATALOG_NAME
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise DocumentError(f"{path} is not valid JSON: {e}") from None
    if not isinstance(data, dict):
        raise DocumentError(f"{path} must map doc_id to {{title, outlet, author, date}}")
    for doc_id, meta in data.items():
        if not isinstance(meta, dict):
            raise DocumentError(
                f"{path}: entry {doc_id!r} must be an object {{title, outlet, author, date}},"
                f" not {type(meta).__name__}"
            )
        for name in CATALOG_FIELDS:
            if name in meta and not isinstance(meta[name], str):
                raise DocumentError(
                    f"{path}: entry {doc_id!r} field {name!r} must be a string,"
                    f" not {type(meta[name]).__name__} ({meta[name]!r})"
                )
        aliases = meta.get(CATALOG_ALIASES, [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise DocumentError(
                f"{path}: entry {doc_id!r} field {CATALOG_ALIASES!r} must be a list of strings,"
                f' e.g. ["Italian commentary"], not {aliases!r}'
            )
        short = [a for a in aliases if a.strip() and len(a.strip()) < MIN_ALIAS]
        if short:
            raise DocumentError(
                f"{path}: entry {doc_id!r} alias {short[0]!r} is too short: an alias of under"
                f" {MIN_ALIAS} characters would match ordinary words; name the article in full"
            )
    return data


def find_files(paths: list[Path]) -> list[Path]:
    """Article files under the given files/folders, sorted; unknown suffixes are an error."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found += [f for f in sorted(p.rglob("*")) if f.suffix.lower() in SUFFIXES]
        elif p.is_file():
            if p.suffix.lower() not in SUFFIXES:
                raise DocumentError(f"{p}: unsupported file type; use {', '.join(SUFFIXES)}")
            found.append(p)
        else:
            raise DocumentError(f"{p}: no such file or folder")
    found = list(dict.fromkeys(f.resolve() for f in found))  # a file named twice counts once
    stems: dict[str, Path] = {}
    for f in found:
        if f.stem in stems and stems[f.stem] != f:
            raise DocumentError(f"two files give doc_id {f.stem!r}: {stems[f.stem]} and {f}")
        stems[f.stem] = f
    return found


def load_documents(paths: list[Path]) -> list[Document]:
    files = find_files(paths)
    catalogs: dict[Path, dict[str, dict]] = {}
    docs = []
    for f in files:
        if f.parent not in catalogs:
            catalogs[f.parent] = load_catalog(f.parent)
        docs.append(load_document(f, catalogs[f.parent]))
    return docs
