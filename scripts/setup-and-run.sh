#!/usr/bin/env bash
# Sets tier up on a fresh Debian machine and runs its main job, `tier ask`, against a real local model:
# installs the system libraries, builds a release binary and puts it on PATH (~/.local/bin), the man
# page and the bash, zsh and fish completions under ~/.local/share, installs and starts llama.cpp's
# server with SmolLM2-135M on 127.0.0.1:$PORT (default 8080), then asks it a few things.
# The model keeps running afterwards, so the README's examples work in your own shell; the script
# prints the two lines to paste and how to stop the model.
# Without ANTHROPIC_API_KEY the cloud tier is unavailable; the privacy lock and fallback still show.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
port="${PORT:-8080}"
case "$port" in ''|*[!0-9]*) echo "setup-and-run: PORT must be a port number, got '$port'" >&2; exit 2 ;; esac
scripts/install-deps.sh
swift build -c release --static-swift-stdlib >&2
bin="$HOME/.local/bin"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$bin" "$share/man/man1" "$share/bash-completion/completions" "$share/zsh/site-functions" \
         "$share/fish/vendor_completions.d" "$share/tier"
install -m 755 "$(swift build -c release --static-swift-stdlib --show-bin-path)/tier" "$bin/tier"
export PATH="$bin:$PATH"
tier man > "$share/man/man1/tier.1"
tier completions bash > "$share/bash-completion/completions/tier"
tier completions zsh > "$share/zsh/site-functions/_tier"
tier completions fish > "$share/fish/vendor_completions.d/tier.fish"
echo "installed: $(command -v tier) ($(tier --version)), man page and completions under $share" >&2

scripts/local-model.sh start "$port"
config="$share/tier/local.yaml"
sed "s#http://127.0.0.1:8080#http://127.0.0.1:$port#" examples/local.yaml > "$config"
export TIER_CONFIG="$config"
tier config check >&2

run() { echo "\$ $*" >&2; "$@"; echo >&2; }
run tier ask -v --max-tokens 40 --temperature 0 "What is the capital of France? Answer in one word."
run tier ask -v --max-tokens 40 "Write a one-line greeting to jane.roe@example.com"
run tier ask --json --json-output --max-tokens 60 --temperature 0 "Give a JSON object with keys city and country for Paris."
run tier route --explain "Summarize the email from bob@example.org"
cat >&2 <<MSG
request log: ${XDG_STATE_HOME:-$HOME/.local/state}/tier/requests.jsonl

The local model is still running on 127.0.0.1:$port. To use tier in your own shell:

  export PATH="$bin:\$PATH"
  export TIER_CONFIG="$config"

Stop the model with: $PWD/scripts/local-model.sh stop
MSG
