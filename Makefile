# Two commands matter: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint bench evaluate clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,bench]"
	touch $(STAMP)

run: setup
	mkdir -p out
	$(BIN)/extractor extract samples -o out/records.jsonl --errors out/errors.jsonl --db sqlite:///out/newsroom.db
	$(BIN)/extractor validate out/records.jsonl

test: setup
	$(BIN)/ruff check extractor tests benchmarks
	$(BIN)/python -m pytest

evaluate: setup
	$(BIN)/extractor evaluate samples

bench: setup
	$(BIN)/python benchmarks/bench_pipeline.py --sizes 1000 10000

clean:
	rm -rf out .pytest_cache build *.egg-info
