#!/usr/bin/env bash
# One command: install what is missing, then run every test (npm test).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm test
