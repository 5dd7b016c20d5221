#!/usr/bin/env bash
# Set up a pinned virtual environment, start a throwaway PostgreSQL, lint and run every test.
# This is the README's test command; .ci/run calls it unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."

# espeak-ng voices the synthetic call of the end-to-end redaction test.
command -v espeak-ng >/dev/null 2>&1 || apt-get install -y --no-install-recommends espeak-ng

python3 -m venv .venv
.venv/bin/python -m pip install --quiet -r requirements.txt

if [ -z "${SPEECHQA_TEST_PG_URL:-}" ]; then
    SPEECHQA_TEST_PG_URL="$(bash scripts/postgres.sh)"
    export SPEECHQA_TEST_PG_URL
fi

.venv/bin/ruff check src tests benchmarks tools
.venv/bin/python -m pytest "$@"
