# The only entry points a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
# Byte-compiled modules make every start of Django several seconds faster.
unexport PYTHONDONTWRITEBYTECODE
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
UV_VERSION := 0.13.9
# One test process per core.
PYTEST_ARGS ?= -n $(shell nproc)
RUN_PACKAGES := gettext fonts-dejavu-core fonts-noto-core libpango-1.0-0 libpangoft2-1.0-0 libicu-dev pkg-config g++
TEST_PACKAGES := $(RUN_PACKAGES) chromium postgresql nginx libnginx-mod-http-js spamassassin default-jre-headless redis-server minisign
BENCH_PACKAGES := $(RUN_PACKAGES) nginx libnginx-mod-http-js wrk
# The Nu HTML checker that tests/test_valid_html.py runs over every page, pinned by
# tests/vnu/package-lock.json and installed there, npm's cache in var/. Its install script, which
# would download a Java of its own, is not run: Java is Debian's.
VNU_JAR := tests/vnu/node_modules/vnu-jar/build/dist/vnu.jar

.PHONY: run test test-sqlite test-postgres test-cluster bench lint demo screenshots setup system-packages test-system-packages vnu messages clean

run: setup
	$(MANAGE) migrate --no-input -v 0
	$(MANAGE) load_demo
	@# localhost, not 127.0.0.1: passkeys need a host name.
	@echo; echo "Admin: http://localhost:8000/admin/"; cat var/admin-login.txt 2>/dev/null || true; echo
	@# The clock (owed emails, counts, clean-ups) runs beside the server and stops with it.
	$(MANAGE) jobs & trap 'kill $$!' EXIT INT TERM; $(MANAGE) runserver 127.0.0.1:8000

test: test-system-packages setup lint vnu
	$(MANAGE) makemigrations --check --dry-run
	$(MAKE) test-sqlite
	$(MAKE) test-postgres
	$(MAKE) test-cluster

test-sqlite:
	$(PY) -m pytest $(PYTEST_ARGS)

test-postgres:
	scripts/with-postgres $(PY) -m pytest $(PYTEST_ARGS)

# Two application servers on PostgreSQL, Redis and S3-compatible media (moto's server), all on
# loopback and started once for the whole of tests/cluster/ (docs/scaling.md).
test-cluster:
	@scripts/ensure-system-packages postgresql redis-server
	FREETHEM_CLUSTER_TESTS=1 scripts/with-postgres $(PY) -m pytest tests/cluster -n 0

bench: setup
	scripts/ensure-system-packages $(BENCH_PACKAGES)
	$(PY) bench/run.py

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

demo: setup
	$(MANAGE) migrate --no-input -v 0
	$(MANAGE) load_demo

# Full-page shots of the main pages on a demo of their own (var/screenshots/) into
# docs/screenshots/; e.g. make screenshots SCREENSHOTS_ARGS="--prefix before- --only home,appeal".
screenshots: setup
	@scripts/ensure-system-packages chromium
	$(PY) scripts/screenshots $(SCREENSHOTS_ARGS)

setup: system-packages $(VENV)/.synced messages

system-packages:
	@scripts/ensure-system-packages $(RUN_PACKAGES)

test-system-packages:
	@scripts/ensure-system-packages $(TEST_PACKAGES)

vnu: $(VNU_JAR)

$(VNU_JAR): tests/vnu/package-lock.json
	@# Only when there is no npm: where Node.js brings its own, Debian's would replace that Node.js.
	@command -v npm >/dev/null || scripts/ensure-system-packages npm
	cd tests/vnu && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error --cache ../../var/npm-cache
	@touch $@

$(VENV)/.synced: requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || (scripts/ensure-system-packages python3-venv && $(PYTHON) -m venv $(VENV))
	$(PY) -m pip install -q uv==$(UV_VERSION)
	$(VENV)/bin/uv pip sync -q --compile-bytecode --python $(PY) requirements.lock
	@touch $@

messages: $(VENV)/.synced
	@cd freethem && ../$(PY) ../manage.py compilemessages -v 0

clean:
	rm -rf $(VENV) var
