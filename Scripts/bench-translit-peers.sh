#!/bin/sh
# Side by side: qamus (model alone and full cascade) against the PyPI peers
# arabic-name-romanizer, uroman and ICU Arabic-Latin (PyICU) on the same held-out files,
# in one run per file. Installs the peers into a virtual environment (.build/translit-peers-venv).
#   Scripts/bench-translit-peers.sh
# Needs ../shared (data and scorer; set QAMUS_SHARED elsewhere), python3-venv, and for
# PyICU the ICU headers and pkg-config (apt-get install libicu-dev pkg-config).
set -eu
cd "$(dirname "$0")/.."
SHARED=${QAMUS_SHARED:-../shared}
NAMES="$SHARED/data/names"
VENV=.build/translit-peers-venv
if [ ! -f "$SHARED/tools/eval_translit.py" ]; then
    echo "bench-translit-peers: $SHARED/tools/eval_translit.py not found (set QAMUS_SHARED)" >&2
    exit 2
fi
swift build -c release --product qamus >/dev/null
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet arabic-name-romanizer uroman PyICU
DB=$(mktemp -d)
trap 'rm -rf "$DB"' EXIT
for test in wikidata-persons-coling2018-test google-ar2en-test; do
    echo "## $test"
    "$VENV/bin/python" "$SHARED/tools/eval_translit.py" "$NAMES/$test.tsv" \
        --peer arabic-name-romanizer --peer uroman --peer icu \
        --cmd ".build/release/qamus translit --no-glossary" --label "qamus (model alone)" \
        --cmd ".build/release/qamus translit --db $DB/empty.sqlite" --label "qamus (lexicons + model)"
    echo
done
