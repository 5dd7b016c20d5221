#!/usr/bin/env bash
# Set up a pinned virtual environment, start a throwaway PostgreSQL, lint and run every test.
# This is the README's test command; .ci/run calls it unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use: chromium for the browser tests (driven by Playwright, no
# browser download), espeak-ng to voice synthetic calls.
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v espeak-ng >/dev/null 2>&1 || missing="$missing espeak-ng"
if [ -n "$missing" ]; then
    apt-get update -qq && apt-get install -y -qq $missing fonts-dejavu-core
fi

python3 -m venv .venv
.venv/bin/python -m pip install --quiet -r requirements.txt

if [ -z "${SPEECHQA_TEST_PG_URL:-}" ]; then
    SPEECHQA_TEST_PG_URL="$(bash scripts/postgres.sh)"
    export SPEECHQA_TEST_PG_URL
fi

.venv/bin/ruff check src tests benchmarks tools
.venv/bin/python -m pytest "$@"
