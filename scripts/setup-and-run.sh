#!/usr/bin/env bash
# Sets tier up on a fresh Debian machine and runs its routing core on a few prompts:
# installs the system libraries, builds a release binary, puts it on PATH (~/.local/bin),
# then shows where each prompt would go and why.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
scripts/install-deps.sh
swift build -c release --static-swift-stdlib >&2
mkdir -p "$HOME/.local/bin"
install -m 755 "$(swift build -c release --static-swift-stdlib --show-bin-path)/tier" "$HOME/.local/bin/tier"
export PATH="$HOME/.local/bin:$PATH"
echo "installed: $(command -v tier) ($(tier --version))" >&2

config=examples/hybrid.yaml
tier config check "$config" >&2
for prompt in \
  "Classify this support ticket: my invoice total is wrong" \
  "Extract the names and dates from: Jane Roe (jane.roe@example.com) joined on 2024-03-01" \
  "Prove step by step that the square root of 2 is irrational"; do
  echo "\$ tier route \"$prompt\""
  tier route --config "$config" "$prompt"
done
echo
echo "\$ tier route --explain \"Summarize the email from bob@example.org\""
tier route --config "$config" --explain "Summarize the email from bob@example.org"
