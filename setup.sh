#!/usr/bin/env bash
# Set up newsmon on a fresh machine and run it.
#   bash setup.sh demo   create .venv, install newsmon, ingest the bundled sample site, serve Datasette
#   bash setup.sh test   create/update .venv, install newsmon with test tools, run the whole test suite
# Needs Python >= 3.11 and the package registries (PyPI; Debian's for Chromium); nothing else from the network.
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
mode=${1:-}

make_venv() {
    [ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e "$1"
}

install_chromium() {
    # The browser test drives Debian's Chromium; install it when absent and we may.
    command -v chromium >/dev/null 2>&1 && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
            || echo "setup.sh: could not install chromium; browser tests will be skipped" >&2
    else
        echo "setup.sh: chromium not found (install Debian's chromium package); browser tests will be skipped" >&2
    fi
}

case "$mode" in
    demo)
        make_venv .
        shift
        exec .venv/bin/newsmon demo "$@"
        ;;
    test)
        make_venv ".[test]"
        install_chromium
        shift
        status=0
        .venv/bin/python -m pytest "$@" || status=$?
        # pytest's 5 means "no tests collected": that is a failure of the suite, not a pass.
        exit "$status"
        ;;
    *)
        echo "usage: bash setup.sh demo | bash setup.sh test [pytest args]" >&2
        exit 2
        ;;
esac
