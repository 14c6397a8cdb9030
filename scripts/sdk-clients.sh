#!/usr/bin/env bash
# The official OpenAI and Anthropic Python SDKs, from PyPI, in a venv of their own: the clients the
# gateway's end-to-end tests (and the README's example) use against `tier serve`.
#
#   scripts/sdk-clients.sh install   create the venv (idempotent)
#   scripts/sdk-clients.sh python    print the venv's python
set -euo pipefail
dir="${TIER_SDK_DIR:-$HOME/.cache/tier/sdk-clients}"
venv="$dir/venv"
install() {
  if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import openai, anthropic" 2>/dev/null; then return; fi
  echo "installing the openai and anthropic SDKs into $venv" >&2
  mkdir -p "$dir"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check openai==3.57.0 anthropic==2.15.0
}
case "${1:-}" in
  install) install ;;
  python) install; echo "$venv/bin/python" ;;
  *) echo "usage: $0 install|python" >&2; exit 2 ;;
esac
