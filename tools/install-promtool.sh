#!/usr/bin/env bash
# Puts Prometheus' promtool at DEST (default: ./promtool) for MonitoringRulesTest, which checks and
# unit-tests docker/prometheus/. Taken from Debian's prometheus package without installing it (an
# installed package would start a Prometheus server): apt-get download, then dpkg -x.
# Idempotent; never fails the build: without promtool the test says why and skips those checks.
set -uo pipefail
dest="$(realpath -m "${1:-promtool}")"
[ -x "$dest" ] && exit 0
if command -v promtool >/dev/null; then
  mkdir -p "$(dirname "$dest")" && ln -sf "$(command -v promtool)" "$dest" && exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 0
if ! apt-get download -qq prometheus >/dev/null 2>&1; then
  # A fresh machine may have no package lists yet.
  { apt-get update -qq && apt-get download -qq prometheus; } >/dev/null 2>&1 \
    || { echo "install-promtool: could not download Debian's prometheus package; MonitoringRulesTest skips promtool" >&2; exit 0; }
fi
dpkg -x prometheus_*.deb x && mkdir -p "$(dirname "$dest")" && cp x/usr/bin/promtool "$dest" || exit 0
echo "install-promtool: $("$dest" --version 2>&1 | head -1)"
