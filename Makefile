# PeerCenter: `make run` opens the app, `make test` runs the whole suite.
# Each target installs only what it needs into .venv: `run` and `demo` the program itself,
# `test`, `lint` and `dist` add their tools (the extras of pyproject.toml).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.run-stamp
TEST_STAMP := $(VENV)/.test-stamp
LINT_STAMP := $(VENV)/.lint-stamp
DIST_STAMP := $(VENV)/.dist-stamp
# Everything at once, for development.
STAMP := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: run demo test lint bench screenshots dist clean system-deps-run system-deps-test \
	system-deps-dist translations

$(RUN_STAMP): EXTRAS :=
$(TEST_STAMP): EXTRAS := [test]
$(LINT_STAMP): EXTRAS := [test,lint]
$(DIST_STAMP): EXTRAS := [dist]
$(STAMP): EXTRAS := [dev]

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "PeerCenter needs Python 3.11 or newer; '$(PYTHON)' is $$($(PYTHON) --version 2>&1)." \
	    "Install it, or name one with: make PYTHON=python3.12 ..." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.%-stamp: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.$(EXTRAS)'
	touch $@

system-deps-run:
	@bash build_scripts/system_deps.sh run

system-deps-test:
	@bash build_scripts/system_deps.sh test

system-deps-dist:
	@bash build_scripts/system_deps.sh dist

# The compiled translations (.qm for the window, .mo for the rest) are made from the .ts and
# .po in resources/translations whenever those are newer; they are not kept in git. Listed
# after a target's own stamp, which has installed PySide6 and Babel.
translations: | $(BIN)/python
	$(BIN)/python build_scripts/translations.py compile

run: system-deps-run $(RUN_STAMP) translations
	$(BIN)/peercenter

demo: system-deps-run $(RUN_STAMP) translations
	$(BIN)/peercenter demo

# The bundle is built and started by the slow tests (always under CI), hence the dist tools.
test: system-deps-test $(TEST_STAMP) $(DIST_STAMP) translations
	bash build_scripts/with_postgres.sh $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(LINT_STAMP)
	$(BIN)/ruff check peercenter tests build_scripts
	$(BIN)/ruff format --check peercenter tests build_scripts
	$(BIN)/mypy peercenter
	$(BIN)/lint-imports

bench: system-deps-test $(TEST_STAMP) $(DIST_STAMP) translations
	$(BIN)/python tests/benchmarks/run.py $(BENCH)

screenshots: system-deps-test $(RUN_STAMP) translations
	bash build_scripts/screenshots.sh

dist: system-deps-dist $(DIST_STAMP)
	$(BIN)/python build_scripts/build.py

clean:
	rm -rf $(VENV) build dist screenshots .pytest_cache .mypy_cache .ruff_cache
	rm -f resources/translations/*.qm resources/translations/*.mo
