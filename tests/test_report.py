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
        if page == "index.html":
            assert len(images) >= 1, "index shows no figure"
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
