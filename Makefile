# The two commands that matter: `make run` (sample end to end) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= data/ultrafacts.duckdb

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

SEEDS ?= ../shared/gold

run: $(STAMP)
	$(BIN)/ultrafacts run --db $(DB)
	@# The two seed articles the project started from, when ../shared is beside the repo.
	@if [ -d $(SEEDS) ]; then \
	  mkdir -p $(dir $(DB)) && \
	  $(BIN)/ultrafacts extract --quiet --input $(SEEDS) --output $(dir $(DB))seed-facts.jsonl && \
	  $(BIN)/ultrafacts load --db $(DB) --facts $(dir $(DB))seed-facts.jsonl --docs $(SEEDS); \
	fi
	$(BIN)/ultrafacts summary --db $(DB)

test: $(STAMP)
	bash scripts/ensure-chromium.sh
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python bench/crawl.py
	$(BIN)/python bench/extract.py

clean:
	rm -rf data .pytest_cache
