#!/usr/bin/env bash
# Installs the Debian packages tier needs to build and test, when they are missing.
# libcurl and libyaml are the two system libraries tier links; pkg-config finds them; groff checks the
# man page; zsh and fish run the completion tests; curl, python3 and its venv module serve the local model
# and the protocol fakes; chromium (headless) loads the report --html page in its test; libhiredis is the
# Redis client of state.backend: redis, and redis-server and nginx run the fleet tests (FleetCLITests:
# three replicas behind nginx sharing state in Redis).
set -euo pipefail
packages=(libcurl4-openssl-dev libyaml-dev libssl-dev libhiredis-dev pkg-config groff-base zsh fish curl python3 python3-venv chromium redis-server nginx)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
