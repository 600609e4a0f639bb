# The handful of commands a contributor needs. `make help` lists them.
VENV := .venv
BIN := $(VENV)/bin
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: help setup build serve test lint guard bench clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

setup: ## Install everything (Debian Chromium, pinned Python and Node packages)
	@scripts/setup

build: setup ## Build the site into site/ (strict; the guard runs inside the build)
	$(BIN)/mkdocs build --strict --clean

serve: setup ## Build and serve the site with live reload on http://127.0.0.1:8000/ (one build)
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

test: setup ## Run lint, type check and every test (unit, build, browser)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest -n 2 --dist loadgroup

lint: setup ## Ruff fix + format
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

guard: setup ## Report what a build would refuse (contacts, markers, content, files), publishing nothing
	$(BIN)/python -m helpcenter.guard

bench: setup ## Run every benchmark under benchmarks/ and print the figures
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean: ## Remove build output and caches (the build's own: helpcenter.cache_dir)
	rm -rf site .cache .pytest_cache .mypy_cache .ruff_cache
	rm -rf "$${HELPCENTER_CACHE_DIR:-$${XDG_CACHE_HOME:-$$HOME/.cache}/helpcenter}"
