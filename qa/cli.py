"""Command line: `qa ingest`, `qa search`, `qa ask`."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

from .config import Config


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        config = Config.from_env()
        return args.run(args, config)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (ValueError, RuntimeError, OSError) as e:  # our errors say what to do
        print(f"qa: error: {e}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="qa", description="Cited answers from news articles.")
    sub = p.add_subparsers(required=True, metavar="COMMAND")

    ing = sub.add_parser("ingest", help="index articles (incremental)")
    ing.add_argument(
        "paths",
        nargs="*",
        type=Path,
        help="files or folders (.txt .md .html); default: the bundled articles",
    )
    ing.set_defaults(run=_ingest)

    se = sub.add_parser("search", help="show the passages retrieved for a query")
    se.add_argument("query")
    se.add_argument("-k", type=int, default=5, help="how many passages (default 5)")
    se.add_argument("--doc", action="append", dest="doc_ids", help="only this doc_id (repeatable)")
    se.add_argument("--json", action="store_true", help="print JSON")
    se.set_defaults(run=_search)

    a = sub.add_parser("ask", help="answer a question with citations")
    a.add_argument("question")
    a.add_argument("--doc", action="append", dest="doc_ids", help="only this doc_id (repeatable)")
    a.add_argument("--json", action="store_true", help="print JSON")
    a.set_defaults(run=_ask)

    ev = sub.add_parser("eval", help="run the golden questions; write eval/report.md")
    ev.add_argument("--no-baseline", action="store_true", help="skip the LlamaIndex baseline")
    ev.add_argument("--questions", type=Path, help="golden set (default eval/questions.yaml)")
    ev.set_defaults(run=_eval)
    return p


def _eval(args: argparse.Namespace, config: Config) -> int:
    from .eval_run import run

    return run(config, questions_path=args.questions, baseline=not args.no_baseline)


def _ingest(args: argparse.Namespace, config: Config) -> int:
    from .indexer import ingest

    report = ingest(args.paths or None, config, progress=lambda m: print(m, file=sys.stderr))
    for err in report.errors:
        print(f"skipped: {err}", file=sys.stderr)
    print(report.summary())
    return 1 if report.errors else 0


def _search(args: argparse.Namespace, config: Config) -> int:
    from dataclasses import asdict

    from .retrieval import retrieve

    passages = retrieve(args.query, k=args.k, doc_ids=args.doc_ids, config=config)
    if args.json:
        print(json.dumps([asdict(p) for p in passages], ensure_ascii=False, indent=2))
        return 0
    for i, p in enumerate(passages, 1):
        print(f"[{i}] {p.doc_id} {p.chunk_id} score={p.score:.4f} chars {p.start}-{p.end}")
        print(f"    {p.title}")
        print(textwrap.indent(textwrap.fill(p.text, 96), "    "), end="\n\n")
    return 0


def _ask(args: argparse.Namespace, config: Config) -> int:
    from .answer import ask

    answer = ask(args.question, doc_ids=args.doc_ids, config=config)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(format_answer(answer))
    return 0


def format_answer(answer) -> str:
    """Plain-text rendering: the answer, then each citation with its exact quote."""
    lines = [answer.text]
    if answer.citations:
        lines.append("")
    for i, c in enumerate(answer.citations, 1):
        source = ", ".join(x for x in (c.outlet, c.date) if x)
        lines.append(f"[{i}] {c.title}" + (f" ({source})" if source else ""))
        lines.append(f"    {c.doc_id} chars {c.start}-{c.end}: “{c.quote}”")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
