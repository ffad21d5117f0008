"""HTML pages → headline, main-text paragraphs and publication date.

The main text is extracted by trafilatura (navigation, sharing widgets, footers and other
boilerplate removed; paragraphs and transcript turns such as ``Vladimir Putin: …`` kept one
per line). Before that, a small pre-clean with lxml applies the rules of
``resources/html_extract.yml``:

- ``scope``: the article element, when the page has one, so that a page without body text
  gives none rather than its navigation;
- ``drop``: elements removed with their text (the text after them is kept), for text hidden
  in the body flow that an extractor would splice into the prose — hidden elements, the
  Kremlin's glossary tooltips (``read__tooltip``), "See also" boxes (``read__cut``) and the
  "Last updated at" line;
- ``repeated``: elements removed only when their text also occurs elsewhere in the page (pull
  quotes);
- ``lead``: the lead paragraph, added first when the extractor left it out.

Lines inside a paragraph (hard line breaks) are joined with a space; lines with no letter
or digit (``* * *`` separators, ``<…>`` omission marks) are dropped; no-break spaces and
other Unicode are left to the corpus step's normalisation. The title is trafilatura's (from
``og:title``, ``<title>`` or ``<h1>``). The date is the manifest's when it has one;
otherwise htmldate's original (publication) date, never the "Last updated" date, which the
pre-clean removes first.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import yaml

from summitlens import paths

__all__ = ["Page", "load_html_rules", "preclean", "extract_page", "page_document"]

_QUOTES = "\"'“”„«»‘’‚‹›"
_TEXT = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class Page:
    """What :func:`extract_page` found in a page."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    published: str = ""
    removed: dict[str, int] = field(default_factory=dict)


@functools.lru_cache(maxsize=4)
def load_html_rules(path: str | None = None) -> dict[str, tuple[tuple[str, str], ...]]:
    """The pre-clean rules: ``{"scope"|"drop"|"repeated"|"lead"|"text_only": ((rule id, xpath), …)}``
    (``text_only``: the drop rules not applied before the date search).

    Examples:
        >>> [i for i, _ in load_html_rules()["drop"]][:2]
        ['hidden_element', 'kremlin_tooltip']
    """
    with open(path or paths.resource("html_extract.yml"), encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    out = {k: tuple((r["id"], r["xpath"]) for r in data.get(k) or ()) for k in ("scope", "drop", "repeated", "lead")}
    out["text_only"] = tuple((r["id"], r["xpath"]) for r in data.get("drop") or () if r.get("text_only"))
    return out


def _norm(text: str) -> str:
    return " ".join(text.split())


def _unquote(text: str) -> str:
    return _norm(text).strip(_QUOTES + " ")


def preclean(html: str, *, rules=None):
    """Parse ``html`` and apply the drop/repeated rules; returns ``(tree, leads, removed counts)``.

    Examples:
        >>> tree, leads, removed = preclean('<p>Members of the <a>SCO<span class="read__tooltip">'
        ...     'Background information</span></a> met.</p>')
        >>> tree.text_content(), removed
        ('Members of the SCO met.', {'kremlin_tooltip': 1})
    """
    import lxml.html

    rules = rules or load_html_rules()
    tree = lxml.html.document_fromstring(html)
    removed: dict[str, int] = {}
    leads: list[str] = []
    for rid, xp in rules["lead"]:
        for el in tree.xpath(xp):
            for p in (el.xpath(".//p") or [el]):
                t = _norm(p.text_content())
                if t and t not in leads:
                    leads.append(t)
    for rid, xp in rules["drop"]:
        for el in tree.xpath(xp):
            if el.getparent() is not None:
                el.drop_tree()
                removed[rid] = removed.get(rid, 0) + 1
    for rid, xp in rules["repeated"]:
        els = [el for el in tree.xpath(xp) if el.getparent() is not None]
        if not els:
            continue
        rest = " ".join(_norm(p.text_content()) for p in tree.xpath("//p") if not any(
            a in els for a in p.iterancestors()))
        for el in els:
            t = _unquote(el.text_content())
            if t and t in rest:
                el.drop_tree()
                removed[rid] = removed.get(rid, 0) + 1
    return tree, leads, removed


def extract_page(html: str, *, rules=None, find_date: bool = True) -> Page:
    """Headline, main-text paragraphs and publication date of one HTML page.

    Args:
        html: The decoded page.
        rules: From :func:`load_html_rules` (default: the packaged rules).
        find_date: Look for the publication date with htmldate.

    Returns:
        A :class:`Page` (``paragraphs`` empty when no main text was found).

    Examples:
        >>> page = extract_page("<html><head><title>Talks</title></head><body><article>"
        ...     "<h1>Talks</h1><p>Vladimir Putin: Good afternoon, colleagues. We have met "
        ...     "many times this year and discussed trade at length.</p><p>Xi Jinping: Thank you "
        ...     "very much, dear friend, for the warm welcome in Moscow today.</p></article></body></html>",
        ...     find_date=False)
        >>> page.title, [p[:14] for p in page.paragraphs]
        ('Talks', ['Vladimir Putin', 'Xi Jinping: Th'])
    """
    import lxml.html
    import trafilatura

    rules = rules or load_html_rules()
    tree, leads, removed = preclean(html, rules=rules)
    cleaned = lxml.html.tostring(tree, encoding="unicode")
    scoped = cleaned
    for rid, xp in rules["scope"]:
        hits = tree.xpath(xp)
        if len(hits) == 1:
            scoped = "<html><body>" + lxml.html.tostring(hits[0], encoding="unicode") + "</body></html>"
            break
    text = trafilatura.extract(scoped, output_format="txt", include_comments=False, include_tables=True,
                               include_images=False, include_links=False, deduplicate=False,
                               favor_precision=False) or ""
    # A line without a letter or digit ("* * *" separators, "<…>" omission marks) is no text.
    paragraphs = [_norm(line) for line in text.split("\n") if _TEXT.search(line)]
    joined = " ".join(paragraphs)
    for lead in reversed(leads):
        if lead not in joined:
            paragraphs.insert(0, lead)
    meta = trafilatura.extract_metadata(cleaned)
    title = _norm(meta.title) if meta is not None and meta.title else ""
    if paragraphs and title and _norm(paragraphs[0]) == title:
        paragraphs = paragraphs[1:]
    published = ""
    if find_date:
        from htmldate import find_date as _find_date

        date_rules = dict(rules, drop=tuple(r for r in rules["drop"] if r not in rules["text_only"]))
        date_tree, _, _ = preclean(html, rules=date_rules)
        try:
            published = _find_date(lxml.html.tostring(date_tree, encoding="unicode"), original_date=True,
                                   extensive_search=False, outputformat="%Y-%m-%d") or ""
        except (ValueError, TypeError):
            published = ""
    return Page(title=title, paragraphs=paragraphs, published=published, removed=removed)


def page_document(page: Page) -> bytes:
    """A page as ``.txt`` document bytes (headline line, blank line, paragraphs).

    Examples:
        >>> page_document(Page("Talks", ["One.", "Two."]))
        b'Talks\\n\\nOne.\\n\\nTwo.'
    """
    head = [page.title] if page.title else []
    return "\n\n".join(head + page.paragraphs).encode("utf-8")
