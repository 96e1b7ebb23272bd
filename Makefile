# Thin verbs over scripts and tools; every verb bootstraps what it needs (`make help` lists them).
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PIP_VERSION := 26.3
BOOTSTRAPPED := $(VENV)/.bootstrapped

.PHONY: help venv vendor-specs generate check-generated lint format typecheck unasync check-unasync pytest test test-deep test-matrix soak bench call-budget demo dist docs clean

help: ## List the verbs
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(BOOTSTRAPPED): pyproject.toml requirements/dev.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check "pip==$(PIP_VERSION)"
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements/dev.lock --group dev -e .
	touch $@

NODE_BOOTSTRAPPED := node_modules/.bootstrapped
$(NODE_BOOTSTRAPPED): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

venv: $(BOOTSTRAPPED) ## Create .venv with the package (editable) and the pinned dev tools

vendor-specs: ## Download Customer.io's published API definitions (the tests' second oracle) into .vendor-specs/
	$(PYTHON) scripts/fetch_vendor_specs.py

generate: $(BOOTSTRAPPED) ## Regenerate generated/ from spec/openapi.yaml
	$(PY) scripts/generate.py

check-generated: $(BOOTSTRAPPED) ## Fail if generated/ is not exactly what the spec produces
	$(PY) scripts/generate.py --check

lint: $(BOOTSTRAPPED) ## ruff check + format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(BOOTSTRAPPED) ## Apply ruff fixes and formatting, then rederive customerio/_sync
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(PY) scripts/unasync.py

unasync: $(BOOTSTRAPPED) ## Rederive the sync clients (customerio/_sync) from customerio/_async
	$(PY) scripts/unasync.py

check-unasync: $(BOOTSTRAPPED) ## Fail if customerio/_sync is not what customerio/_async produces
	$(PY) scripts/unasync.py --check

typecheck: $(BOOTSTRAPPED) ## mypy --strict on customerio/, generated/, the typing tests and examples
	$(VENV)/bin/mypy
	$(VENV)/bin/mypy --strict tests/typing examples

# pytest-xdist: one worker per core, at most 4 (each worker starts its own mock servers). PYTEST_WORKERS=0 runs
# the suite in one process.
PYTEST_WORKERS ?= auto
pytest: $(BOOTSTRAPPED) $(NODE_BOOTSTRAPPED) ## Only the pytest suite (on every core)
	$(VENV)/bin/pytest -q -n $(PYTEST_WORKERS) --maxprocesses 4

test: lint typecheck check-generated check-unasync docs pytest ## Everything CI runs: lint, types, drift checks, docs, tests

test-deep: $(BOOTSTRAPPED) $(NODE_BOOTSTRAPPED) ## Contract and fuzz suites with many more Hypothesis examples
	HYPOTHESIS_PROFILE=deep $(VENV)/bin/pytest -q tests/contract tests/fuzz

test-matrix: $(BOOTSTRAPPED) ## Unit, contract, fault and fuzz suites on every supported CPython (noxfile.py; finds pyenv installs)
	PIP_VERSION=$(PIP_VERSION) $(VENV)/bin/nox $(NOX_ARGS)

docs: $(BOOTSTRAPPED) ## HTML reference of the public API, from the docstrings, into build/docs (warnings are errors)
	$(VENV)/bin/sphinx-build -E -W --keep-going -q -b html docs build/docs
	@echo "API reference: build/docs/index.html"

dist: $(BOOTSTRAPPED) ## Build the sdist, and the wheel from it, into dist/ (tests/test_packaging.py checks both)
	rm -rf dist
	$(PY) -m build --outdir dist .

soak: $(BOOTSTRAPPED) ## 100,000 mixed sync/async calls against a loopback server with 1 % injected faults
	$(PY) scripts/soak.py --calls 100000

bench: $(BOOTSTRAPPED) ## Benchmark vs raw httpx and the other Customer.io clients (writes bench/RESULTS.md); BENCH_ARGS=--quick for a smoke run
	$(PY) bench/run.py $(BENCH_ARGS)

call-budget: $(BOOTSTRAPPED) ## Re-record tests/data/call_budget.json, the Python calls per call test_call_budget holds the clients to
	$(PY) -m tests._call_budget --update

demo: $(BOOTSTRAPPED) $(NODE_BOOTSTRAPPED) ## Run the SDK's main job against a local mock of Customer.io
	$(PY) scripts/prism.py -- $(PY) examples/quickstart.py
	$(PY) scripts/prism.py -- $(PY) examples/quickstart_async.py
	$(PY) scripts/prism.py -- $(PY) examples/quickstart_pipelines.py
	$(PY) scripts/prism.py -- $(PY) examples/quickstart_cli.py

clean: ## Remove the venv, caches and build output
	rm -rf $(VENV) .nox node_modules dist build .mypy_cache .pytest_cache .ruff_cache .hypothesis bench/.venv bench/.venv-clean bench/.venv-nosniffio bench/node
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
