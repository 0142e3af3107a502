# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test eval lint format clean

install: $(STAMP)

# A venv is reused only if it works: has pip (a `python3 -m venv` that failed half-way, e.g.
# without ensurepip, leaves a python but no pip) and Python >= 3.11. Otherwise it is rebuilt.
VENV_OK := import pip, sys; assert sys.version_info >= (3, 11)

$(STAMP): pyproject.toml
	$(BIN)/python -c '$(VENV_OK)' 2>/dev/null || { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV) \
	  && $(BIN)/python -c '$(VENV_OK)' \
	  || { echo '$(PYTHON) made no working venv: needs Python >= 3.11 with venv/ensurepip;' \
	       'try `make PYTHON=python3.12`'; exit 1; }; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: install
	$(BIN)/qa ingest
	$(BIN)/python app.py

test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/qa eval

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf .qa .pytest_cache .ruff_cache *.egg-info
