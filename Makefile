# PeerCenter: `make run` opens the app, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: run test lint bench screenshots dist clean system-deps-run system-deps-test \
	system-deps-dist

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

system-deps-run:
	@bash build_scripts/system_deps.sh run

system-deps-test:
	@bash build_scripts/system_deps.sh test

system-deps-dist:
	@bash build_scripts/system_deps.sh dist

run: system-deps-run $(STAMP)
	$(BIN)/peercenter

test: system-deps-test $(STAMP)
	bash build_scripts/with_postgres.sh $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check peercenter tests build_scripts
	$(BIN)/mypy peercenter

bench: system-deps-test $(STAMP)
	$(BIN)/python tests/benchmarks/run.py $(BENCH)

screenshots: system-deps-test $(STAMP)
	bash build_scripts/screenshots.sh

dist: system-deps-dist $(STAMP)
	$(BIN)/python build_scripts/build.py

clean:
	rm -rf $(VENV) build dist screenshots .pytest_cache .mypy_cache .ruff_cache
