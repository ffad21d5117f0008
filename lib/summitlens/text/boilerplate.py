"""Boilerplate removal driven by ``resources/boilerplate.yml`` (STUB: replaced by the text work)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from summitlens import paths


@dataclass(frozen=True)
class Rule:
    """A boilerplate rule: id, compiled pattern, why."""

    rule_id: str
    pattern: re.Pattern[str]
    why: str


@dataclass(frozen=True)
class CleanResult:
    """Result of cleaning the lines of one file."""

    title: str
    title_line: int
    body: list[tuple[int, str]]          # (line_no, paragraph text) kept, in order
    removed: list[tuple[int, str, str]]  # (line_no, rule_id, text)


def load_rules(path: str | Path | None = None) -> tuple[Rule, ...]:
    """Load boilerplate rules from YAML (default: the packaged file)."""
    data = yaml.safe_load(Path(path or paths.resource("boilerplate.yml")).read_text(encoding="utf-8"))
    return tuple(Rule(r["id"], re.compile(r["pattern"], re.I), r.get("why", "")) for r in data)


def clean_lines(lines: list[str], *, rules: tuple[Rule, ...]) -> CleanResult:
    """Split lines into headline, kept body paragraphs and removed boilerplate.

    Examples:
        >>> r = clean_lines(["Title", "", "Body.", "Leave a Reply"], rules=load_rules())
        >>> r.title, r.body, [x[1] for x in r.removed]
        ('Title', [(2, 'Body.')], ['comment_form'])
    """
    title, title_line = "", -1
    body: list[tuple[int, str]] = []
    removed: list[tuple[int, str, str]] = []
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        hit = next((r for r in rules if r.pattern.search(s)), None)
        if hit:
            removed.append((i, hit.rule_id, s))
        elif title_line < 0:
            title, title_line = s, i
        else:
            body.append((i, s))
    return CleanResult(title, title_line, body, removed)
