#!/bin/sh
# Clitic splitting on the UD Arabic-PUD gold: word accuracy, clitic P/R/F1, words/s.
#   Scripts/eval-clitics.sh [N_ERRORS]
# Needs ../shared (the gold and the scorer); builds the release binary first.
set -eu
cd "$(dirname "$0")/.."
SHARED=${QAMUS_SHARED:-../shared}
GOLD="$SHARED/data/ud/pud_ar_clitics.jsonl"
if [ ! -f "$GOLD" ]; then
    echo "eval-clitics: $GOLD not found (set QAMUS_SHARED)" >&2
    exit 2
fi
swift build -c release --product qamus >/dev/null
python3 "$SHARED/tools/eval_clitics.py" "$GOLD" \
    --cmd '.build/release/qamus segment --clitics' --errors "${1:-30}"
printf "speed on 10 copies of the input: "
python3 "$SHARED/tools/eval_clitics.py" "$GOLD" \
    --cmd '.build/release/qamus segment --clitics' --speed-repeat 10 |
    python3 -c 'import json,sys; r=json.load(sys.stdin); print("words/s", r["words_per_s"], "net", r["words_per_s_net"])'
