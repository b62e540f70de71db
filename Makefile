# Two commands: `make run` (set up and start on embedded defaults) and `make test` (install and run the suite).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test install browser node lint worker beat web

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check uv
	$(VENV)/bin/uv pip install -q --python $(PY) -r requirements.txt
	touch $@

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput -v0
	$(PY) manage.py seed_demo
	@echo "Language Tutor on http://$(HOST):$(PORT)/  (Ctrl+C stops it)"
	$(VENV)/bin/daphne -b $(HOST) -p $(PORT) tutor_project.asgi:application

# Debian's chromium for the browser tests (Playwright's own browser download cannot work offline).
browser:
	@test -x $(CHROMIUM) || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# The real WatermelonDB client for the sync tests (sync/tests/test_watermelondb.py), from its lock file.
node: sync/tests/node/node_modules/.package-lock.json

sync/tests/node/node_modules/.package-lock.json: sync/tests/node/package-lock.json
	@if command -v npm >/dev/null 2>&1; then cd sync/tests/node && npm ci --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: the WatermelonDB sync test will be skipped"; fi

test: install browser node
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 CHROMIUM_PATH=$(CHROMIUM) $(PY) -m pytest --cov --cov-report=term $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Production-style processes (with DATABASE_URL and REDIS_URL set): see README.
web: install
	$(VENV)/bin/daphne -b $(HOST) -p $(PORT) tutor_project.asgi:application
worker: install
	$(VENV)/bin/celery -A tutor_project worker -l info -P threads -c 16 -n $(or $(NAME),w1)@%h
beat: install
	$(VENV)/bin/celery -A tutor_project beat -l info
