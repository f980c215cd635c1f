# The two commands of the README's quick start: `make demo` and `make test`.
# Each sets up its own virtual environment (offline but for the package index).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
EXAMPLE := src/actorgraph/examples/iran-iraq-thread.txt
DEMO_DB ?= demo.db

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

demo: $(STAMP)
	$(BIN)/actorgraph ingest $(EXAMPLE) --db $(DEMO_DB) --published 2024-01-10
	$(BIN)/actorgraph events --db $(DEMO_DB)

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src/actorgraph

bench: $(STAMP)
	$(BIN)/python bench/accuracy.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info $(DEMO_DB)*
