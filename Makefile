# Every target sets up its own virtual environment, so both work on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test chromium lint eval bench clean

$(BIN)/vnreport: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	# Bytecode now, as an installed package has it: a start then reads it instead of compiling
	# every module (which PYTHONDONTWRITEBYTECODE=1 would otherwise make it do at every run).
	$(BIN)/python -m compileall -q vnreport
	touch $@

demo: $(BIN)/vnreport
	$(BIN)/vnreport analyze samples/hanoi-2024-09-27.txt --format table

test: $(BIN)/vnreport
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

# Debian's chromium for tests/test_browser.py (skipped without it, except in CI, where .ci/run installs it).
chromium:
	bash .ci/install-chromium

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
