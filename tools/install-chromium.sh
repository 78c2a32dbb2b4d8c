#!/usr/bin/env bash
# Installs Debian's Chromium and its matching ChromeDriver for the dashboard's browser test.
# Idempotent: does nothing when both are there. Run by the streams module's build (mvn verify).
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "install-chromium: need root or sudo to apt-get install chromium chromium-driver" >&2; exit 1; }
  sudo="sudo -n"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
echo "install-chromium: $(chromium --version)"
