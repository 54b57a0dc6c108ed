# Two commands do all the set-up on a fresh machine with Python 3.11:
#   make run    installs, builds the offline gazetteer, starts the dashboard (filled from sample_articles/)
#   make test   installs what the tests need and runs the whole suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8501

.PHONY: run test setup bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

# About a minute on two cores; each step is printed as it starts.
data/gazetteer.sqlite: geo/data/wof_places.tsv.xz | $(VENV)/.installed
	$(BIN)/python -u -m geo build

setup: $(VENV)/.installed data/gazetteer.sqlite

run: setup
	$(BIN)/streamlit run dashboard.py --server.port $(PORT)

test: setup
	$(BIN)/python -m pytest

bench: setup
	for script in bench/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) data
