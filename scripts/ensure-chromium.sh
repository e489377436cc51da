#!/usr/bin/env bash
# Installs Debian's chromium for the report's browser test when it is missing (CI machines
# start without it). Needs root and Debian's package registry; prints why when it cannot.
set -u
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: chromium not installed and cannot apt-get it here; the browser test will be skipped" >&2
  exit 0
fi
echo "ensure-chromium: installing Debian's chromium for the report test" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null || \
  echo "ensure-chromium: apt-get install chromium failed; the browser test will be skipped" >&2
exit 0
