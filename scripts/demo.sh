#!/usr/bin/env bash
# One command: install what is missing, build the extension, run the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run demo -- "$@"
