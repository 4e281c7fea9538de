#!/usr/bin/env bash
# Installs what is missing on a fresh Debian machine with Node 20 and npm:
# Debian's chromium (for the demo and the end-to-end tests) with its UI languages
# (chromium-l10n: without it Chromium only speaks en-US, and the extension's
# Vietnamese messages file is never chosen), Debian's firefox-esr (the Firefox
# smoke run), and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROMIUM_PATH:-}" ] && { ! command -v chromium >/dev/null 2>&1 || [ ! -f /usr/lib/chromium/locales/vi.pak ]; }; then
  echo "Installing Debian's chromium and its languages…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-l10n fonts-noto-core >/dev/null
fi

# Debian's firefox-esr, for the Firefox smoke run in .ci/run (npm run smoke:firefox).
if [ -z "${FIREFOX_PATH:-}" ] && [ ! -x /usr/bin/firefox-esr ]; then
  echo "Installing Debian's firefox-esr…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq firefox-esr >/dev/null
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages…"
  npm ci --no-audit --no-fund
fi
