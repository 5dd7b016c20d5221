#!/usr/bin/env bash
# Set up a pinned virtual environment, start a throwaway PostgreSQL, lint and run every test.
# This is the README's test command; .ci/run calls it unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use: Chromium (browser tests of the review app and the report,
# driven by Playwright, no browser download), espeak-ng (voices synthetic calls), Pango for
# WeasyPrint (PDF reports), DejaVu fonts (Cyrillic and Lithuanian glyphs), poppler-utils
# (pdftoppm turns report pages into pictures).
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
ldconfig -p | grep -q libpangoft2-1.0 || missing+=(libpango-1.0-0 libpangoft2-1.0-0)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --no-cache-dir -r requirements.txt

if [ -z "${SPEECHQA_TEST_PG_URL:-}" ]; then
    SPEECHQA_TEST_PG_URL="$(bash scripts/postgres.sh)"
    export SPEECHQA_TEST_PG_URL
fi

.venv/bin/ruff check src tests benchmarks tools
.venv/bin/python -m pytest "$@"
