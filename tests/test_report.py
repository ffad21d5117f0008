"""The HTML report: built with papermill + nbconvert, opened in headless Chromium.

Every page is loaded from a loopback HTTP server in Debian's chromium (driven through
chromedriver by selenium); the test fails on a console error, a broken local link or
image, or a notebook page with fewer figures than its notebook has. Screenshots go to
``reports/<corpus>/screenshots/``.
"""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
import urllib.request
from pathlib import Path

import pytest

from summitlens import paths
from summitlens.report import build_report, notebook_paths

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def report():
    return build_report(paths.RAW, progress=False)


@pytest.fixture(scope="module")
def server(report):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(report.out_dir))
    handler.log_message = lambda *a, **k: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip("Debian chromium/chromium-driver not installed (`make browser` installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    yield driver
    driver.quit()


def _n_png_outputs(nb: Path) -> int:
    cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
    return sum("image/png" in o.get("data", {}) for c in cells for o in c.get("outputs", []))


def test_report_has_every_page(report):
    assert (report.out_dir / "index.html").exists()
    assert [p.removesuffix(".html") for p in report.pages] == [nb.stem for nb in notebook_paths()]
    provenance = (report.out_dir / "index.html").read_text(encoding="utf-8")
    assert "corpus fingerprint" in provenance and "git commit" in provenance


def test_pages_in_headless_chromium(report, server, browser):
    shots = report.out_dir / "screenshots"
    shots.mkdir(exist_ok=True)
    pages = ["index.html", *report.pages]
    for page in pages:
        browser.get(f"{server}/{page}")
        errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
        assert not errors, f"{page}: console errors {errors}"
        images = browser.execute_script(
            "return Array.from(document.images).map(i => [i.getAttribute('src').slice(0, 60), "
            "i.complete && i.naturalWidth > 0])")
        broken = [src for src, ok in images if not ok]
        assert not broken, f"{page}: broken images {broken}"
        links = browser.execute_script(
            "return Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))")
        for href in links:
            if href.startswith(("#", "http://", "https://", "mailto:", "data:")):
                continue
            with urllib.request.urlopen(f"{server}/{href.split('#')[0]}") as resp:
                assert resp.status == 200, f"{page}: broken link {href}"
        assert browser.execute_script("return document.querySelectorAll('nav.summitlens-nav a').length") == len(pages), \
            f"{page}: navigation bar missing or incomplete"
        text = browser.execute_script("return document.body.innerText")
        assert "# Parameters" not in text and "without encryption" not in text, f"{page}: parameters cell or kernel warning shown"
        clipped = browser.execute_script(
            "return Array.from(document.querySelectorAll('table')).filter(t => {"
            "  let p = t.parentElement; while (p && p !== document.body) {"
            "    const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return false;"
            "    p = p.parentElement; }"
            "  return t.getBoundingClientRect().right > document.documentElement.clientWidth + 2; }).length")
        assert clipped == 0, f"{page}: {clipped} clipped tables"
        if page == "index.html":
            assert len(images) >= 1, "index shows no figure"
            uncaptioned = browser.execute_script(
                "return Array.from(document.images).filter(i => !(i.closest('figure') && "
                "i.closest('figure').querySelector('figcaption'))).length")
            assert uncaptioned == 0, f"index: {uncaptioned} figures without a caption"
        else:
            expected = _n_png_outputs(report.out_dir / page.replace(".html", ".ipynb"))
            assert expected >= 1 and len(images) >= expected, f"{page}: {len(images)} of {expected} figures"
        browser.save_screenshot(str(shots / page.replace(".html", ".png")))
    assert len(list(shots.glob("*.png"))) == len(pages)


# -- thin corpora (issue 10, item 5): the report never crashes and says what is missing --------

BBC_SPORT = paths.BBC / "sport"


def _thin_corpus(tmp_path: Path, kind: str) -> Path:
    corpus = tmp_path / f"thin_{kind}"
    corpus.mkdir()
    if kind == "no_putin_xi":
        files = sorted(BBC_SPORT.glob("*.txt"))[:3]
        if not files:
            pytest.skip(f"{BBC_SPORT} absent")
        for f in files:
            shutil.copy(f, corpus / f.name)
    return corpus


@pytest.mark.parametrize(("kind", "says"), [
    ("empty", ["No documents were read", "No Putin–Xi encounters were found in this corpus", "No money figures"]),
    ("no_putin_xi", ["No Putin–Xi encounters were found in this corpus", "No money figures"]),
])
def test_report_on_thin_corpus(tmp_path, kind, says):
    corpus = _thin_corpus(tmp_path, kind)
    out = tmp_path / "report"
    try:
        result = build_report(corpus, out_dir=out, progress=False)
    finally:
        processed = paths.processed_dir(corpus)
        if paths.PROCESSED.resolve() in processed.resolve().parents:
            shutil.rmtree(processed, ignore_errors=True)  # the tables this test built inside the project
    assert (out / "index.html").exists()
    assert [p.removesuffix(".html") for p in result.pages] == [nb.stem for nb in notebook_paths()]
    pages = {p: (out / p).read_text(encoding="utf-8") for p in ("index.html", *result.pages)}
    for nb in notebook_paths():
        cells = json.loads((out / nb.name).read_text(encoding="utf-8"))["cells"]
        errors = [o for c in cells for o in c.get("outputs", []) if o["output_type"] == "error"]
        assert not errors, f"{nb.name}: {errors[:1]}"
    everything = " ".join(pages.values())
    for text in says:
        assert text in pages["index.html"] and text in everything


def test_report_refuses_a_missing_corpus(tmp_path):
    out = tmp_path / "report"
    with pytest.raises(FileNotFoundError, match="corpus folder does not exist"):
        build_report(tmp_path / "missing", out_dir=out, progress=False)
    assert not out.exists()
    (tmp_path / "a_file.txt").write_text("x")
    with pytest.raises(FileNotFoundError, match="is not a folder"):
        build_report(tmp_path / "a_file.txt", out_dir=out, progress=False)


def test_index_findings_match_the_tables(report):
    """The findings sentences carry numbers recomputed here from the tables."""
    import re as _re

    import pandas as pd

    from summitlens import load_tables

    t = load_tables(paths.RAW, build_if_missing=False)
    text = _re.sub(r"<[^>]+>", "", (report.out_dir / "index.html").read_text(encoding="utf-8"))
    text = text.replace("&#x27;", "'")
    led = t.meetings
    n, k = len(led), int(led["reference_meeting_no"].notna().sum())
    ys = pd.to_datetime(led["start"]).dropna().dt.year
    assert f"reports {n} distinct Putin–Xi encounters between {ys.min()} and {ys.max()}, {k} of them in the " \
        "reference list" in text
    pub = t.articles["published"].dropna()
    s = pd.to_datetime(t.reference_meetings["start_date"])
    in_range = t.reference_meetings[(s >= pub.min()) & (s <= pub.max())]
    missing = int((~in_range["meeting_no"].isin(set(led["reference_meeting_no"].dropna().astype(int)))).sum())
    assert f"{missing} reference meeting" in text and "not reported" in text
    fs = t.frame_scores[t.frame_scores["voice"] == "all"]
    p = int(fs.loc[fs["category"] == "partnership", "n_terms"].sum())
    a = int(fs.loc[fs["category"] == "authoritarian", "n_terms"].sum())
    assert f"{p} partnership terms against {a} authoritarian term" in text
    figs = t.trade_check[t.trade_check["check"] == "figure"]
    assert f"reports {len(figs)} China–Russia trade figure" in text
    import yaml

    from summitlens import paths as _paths

    acc = yaml.safe_load(_paths.resource("report.yml").read_text(encoding="utf-8"))["accuracy"]
    for accuracy in (acc["meetings"][0]["value"], acc["framing"][0]["value"], "in-sample"):
        assert accuracy in text
    assert "ledger_in_person" not in text and "For the seed articles" not in text
    for nb in notebook_paths():
        page = (report.out_dir / f"{nb.stem}.html").read_text(encoding="utf-8")
        assert "For the seed articles" not in page and "without encryption" not in page


def test_interactive_table_search_filters_rows(report, server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{server}/02_meetings.html")
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.tablesReady === '1'"))
    rows = "return document.querySelector('table.interactive').querySelectorAll('tbody tr:not(:has(td.dt-empty))').length"
    before = browser.execute_script(rows)
    assert before >= 2, "no interactive table with rows on the meetings page"
    box = browser.find_element(By.CSS_SELECTOR, "input.dt-input[type=search]")
    box.send_keys("zzqx-no-such-text")
    WebDriverWait(browser, 5).until(lambda d: d.execute_script(rows) < before)
    assert browser.execute_script(rows) == 0
    assert not [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def test_index_shows_the_latest_validation_beside_its_finding(tmp_path):
    from summitlens import load_tables
    from summitlens.report import render_index

    (tmp_path / "validation_frame_terms.csv").write_text("voice,correct_voice\nquoted,1\nquoted,0\n", encoding="utf-8")
    t = load_tables(paths.RAW, build_if_missing=False)
    page = render_index(corpus=paths.RAW, pages=[], tables=t, figures=[], out_dir=tmp_path)
    framing = page[page.index("data-question='Framing'"):page.index("data-question='Trade'")]
    assert "validation_frame_terms.csv" in framing and "<td>voice</td>" in framing
    assert "validation_frame_terms.csv" not in page[:page.index("data-question='Framing'")]


def _ready(browser, url):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(url)
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.tablesReady === '1'"))


def test_evidence_sentence_in_two_clicks(report, server, browser):
    """Index → a question's page (click 1) → a row's "sentences" (click 2): the marked sentence with its source."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    for page in ("02_meetings.html", "03_framing.html", "04_trade.html"):
        browser.get(f"{server}/index.html")
        browser.find_element(By.CSS_SELECTOR, f"nav.summitlens-nav a[href='{page}']").click()
        WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.tablesReady === '1'"))
        summary = browser.find_element(By.CSS_SELECTOR, "table.evidence details summary")
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", summary)
        summary.click()
        details = summary.find_element(By.XPATH, "..")
        assert details.get_attribute("open") is not None, page
        marks = [m for m in details.find_elements(By.CSS_SELECTOR, "mark") if m.is_displayed()]
        assert marks and marks[0].text.strip(), f"{page}: no highlighted span behind the row"
        source = details.find_element(By.CSS_SELECTOR, "span.ev-source").text
        assert source.strip() and "(20" in source, f"{page}: evidence without outlet/headline/date: {source!r}"


def test_outlet_and_date_filters_on_evidence_tables(report, server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    _ready(browser, f"{server}/02_meetings.html")
    bars = browser.find_elements(By.CSS_SELECTOR, ".summitlens-filters")
    assert bars, "no outlet/date filters above the evidence table"
    bar = bars[-1]  # the flat evidence table (last on the page)
    table = bar.find_element(By.XPATH, "following-sibling::*[1]").find_element(By.CSS_SELECTOR, "table")
    heads = [th.text.strip().lower() for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
    col = heads.index("outlet")
    rows = "return Array.from(arguments[0].querySelectorAll('tbody tr')).filter(r => !r.querySelector('td.dt-empty'))" \
           ".map(r => r.cells[arguments[1]].textContent.trim())"
    select = Select(bar.find_element(By.CSS_SELECTOR, "select.filter-outlet"))
    outlet = select.options[1].get_attribute("value")
    select.select_by_value(outlet)
    WebDriverWait(browser, 5).until(lambda d: set(d.execute_script(rows, table, col)) == {outlet})
    select.select_by_value("")
    box = bar.find_element(By.CSS_SELECTOR, "input.filter-date-from")
    box.send_keys("2100")
    WebDriverWait(browser, 5).until(lambda d: d.execute_script(rows, table, col) == [])
    assert not [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    _ready(browser, f"{server}/03_framing.html")  # per-article scores, KWIC and evidence tables have filters
    assert len(browser.find_elements(By.CSS_SELECTOR, ".summitlens-filters select.filter-outlet")) >= 2
