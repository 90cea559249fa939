# Two commands on a fresh machine: `make demo` and `make test`. Both build .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint format bench clean

# Some machines set PYTHONDONTWRITEBYTECODE, so every `coach` and every test worker compiled
# langgraph, langchain-core and our own modules from source again: 7.3 s for `coach demo`
# instead of 2.5 s. The bytecode cache is how Python is meant to run; let it write one.
unexport PYTHONDONTWRITEBYTECODE

# uv (from PyPI) installs the same versions as pip in a fifth of the time, which is most
# of a fresh clone's `make test`. It lives in .venv/uv, so the venv is made without pip
# (ensurepip alone took 6 s); if uv cannot run here, the venv gets pip and pip does the job.
# --compile-bytecode writes the libraries' bytecode once, on both cores, at install (as pip
# does by default): otherwise the three test workers each compiled the same modules as
# they imported them, and a fresh clone's `make test` took 2m26s instead of 2m02s.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv --without-pip $(VENV)
	( $(PYTHON) -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --target $(VENV)/uv uv \
	  && $(VENV)/uv/bin/uv pip install --quiet --compile-bytecode --native-tls --python $(BIN)/python -e '.[dev]' ) \
	  || ( $(BIN)/python -m ensurepip --default-pip \
	  && $(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]' )
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/coach demo

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP)
	$(BIN)/python bench/understanding.py --split fresh3
	$(BIN)/python bench/llm_cost.py
	$(BIN)/python bench/storage_per_case.py
	$(BIN)/python bench/cli_startup.py
	$(BIN)/python bench/ack_under_load.py
	$(BIN)/python bench/turn_overhead.py

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache
