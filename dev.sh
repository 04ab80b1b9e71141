#!/usr/bin/env bash
# Infrai Console developer entry point.
#   ./dev.sh run     build, start the sandbox with demo data, open the console on it
#   ./dev.sh test    build and run every test suite (what CI runs)
#   ./dev.sh bench   build and run the benchmarks under tests/bench
#   ./dev.sh fuzz    build the fuzz targets with clang + libFuzzer and fuzz each for a while
# Both install the Debian packages they need (with sudo when not root).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"

PACKAGES=(
    cmake ninja-build g++ pkg-config python3
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite qtkeychain-qt6-dev libsecret-1-0 libxkbcommon-dev libgl1-mesa-dev
    gnome-keyring dbus fonts-wqy-microhei curl ccache clang-format git
    qt6-svg-dev dpkg-dev lintian desktop-file-utils appstream
)

# Only for ./dev.sh fuzz.
FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_dependencies() {
    local missing=()
    for package in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing ${#missing[@]} Debian package(s): ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

build() {
    local preset=$1
    log "Configuring and building ($preset)"
    cmake --preset "$preset" -G Ninja >/dev/null
    cmake --build --preset "$preset" -j "$(nproc)"
}

# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (a real
# Secret Service) and a throw-away HOME, so tests never touch the user's keychain.
with_private_keyring() {
    local home
    home=$(mktemp -d)
    mkdir -p "$home/runtime" && chmod 700 "$home/runtime"
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/runtime" \
        dbus-run-session -- bash -c '
            printf %s "keyring-for-tests" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            exec "$@"' _ "$@" 2> >(grep -v "Failed to set fd limit" >&2)
    local status=$?
    rm -rf "$home"
    return $status
}

cmd_test() {
    install_dependencies
    build ci
    log "Running the test suites"
    QT_QPA_PLATFORM=offscreen with_private_keyring ctest --preset ci -j 2 "$@"
}

cmd_bench() {
    install_dependencies
    build ci
    log "Running the benchmarks (figures are printed as BENCH <name> <value> <unit>)"
    QT_QPA_PLATFORM=offscreen with_private_keyring ctest --test-dir build/ci -L bench -V "$@" \
        | grep -E "^[0-9]+: BENCH|BENCH " | sed -E 's/^[0-9]+: //'
}

# Fuzzes each target for FUZZ_SECONDS (default 60) with ASan; new inputs go to a scratch
# corpus under build/fuzz, crashes to build/fuzz/crashes (add them to tests/fuzz/corpus).
cmd_fuzz() {
    install_dependencies "${FUZZ_PACKAGES[@]}"
    log "Configuring and building the fuzz targets (clang, libFuzzer, AddressSanitizer)"
    cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
        -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address" -DCONSOLE_FUZZ=ON >/dev/null
    cmake --build build/fuzz --target fuzz_targets -j "$(nproc)"
    mkdir -p build/fuzz/crashes
    local failed=0
    for corpus in tests/fuzz/corpus/*/; do
        local target
        target=$(basename "$corpus")
        mkdir -p "build/fuzz/corpus/$target"
        log "Fuzzing $target for ${FUZZ_SECONDS:-60} s"
        QT_QPA_PLATFORM=offscreen "build/fuzz/tests/fuzz/$target" -max_total_time="${FUZZ_SECONDS:-60}" \
            -artifact_prefix="build/fuzz/crashes/$target-" "build/fuzz/corpus/$target" "$corpus" || failed=1
    done
    return $failed
}

cmd_run() {
    install_dependencies
    build dev
    local data="${XDG_DATA_HOME:-$HOME/.local/share}/infrai-sandbox"
    mkdir -p "$data"
    # The sandbox's own demo key (server-side state, like its database); the console keeps
    # its copy in the keychain.
    if [ ! -s "$data/demo-api-key" ]; then
        (umask 077; printf 'ifr_sbx_%s\n' "$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')" > "$data/demo-api-key")
    fi
    local key
    key=$(cat "$data/demo-api-key")
    SANDBOX_OUT=$(mktemp)
    # The key goes by file, not on the command line, where every local user could read it.
    build/dev/sandbox/infrai-sandbox --demo --listen 127.0.0.1:0 --data "$data" \
        --api-key-file "$data/demo-api-key" >"$SANDBOX_OUT" 2>&1 &
    SANDBOX_PID=$!
    trap 'kill "$SANDBOX_PID" 2>/dev/null || true; rm -f "$SANDBOX_OUT"' EXIT
    for _ in $(seq 100); do grep -q '^listening on ' "$SANDBOX_OUT" && break; sleep 0.1; done
    local url
    url=$(sed -n 's/^listening on //p' "$SANDBOX_OUT")
    [ -n "$url" ] || { echo "The sandbox did not start:"; cat "$SANDBOX_OUT"; exit 1; }
    log "Sandbox on $url (state in $data)"
    # Its Aura and Lakebase credentials (made for this run) become profiles of their own.
    local aura lakebase
    aura=$(sed -n 's/^aura client: //p' "$SANDBOX_OUT")
    lakebase=$(sed -n 's/^lakebase token: //p' "$SANDBOX_OUT")
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        local shot="$ROOT/build/console-screenshot.png"
        log "No display found: writing a screenshot to $shot instead of opening a window"
        INFRAI_API_KEY="$key" INFRAI_AURA_CLIENT="$aura" INFRAI_LAKEBASE_TOKEN="$lakebase" \
            QT_QPA_PLATFORM=offscreen with_private_keyring \
            build/dev/infrai-console --sandbox "$url" --screenshot "$shot" "$@"
        log "Screenshot written: $shot"
    else
        INFRAI_API_KEY="$key" INFRAI_AURA_CLIENT="$aura" INFRAI_LAKEBASE_TOKEN="$lakebase" \
            build/dev/infrai-console --sandbox "$url" "$@"
    fi
}

case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    test) shift; cmd_test "$@" ;;
    bench) shift; cmd_bench "$@" ;;
    fuzz) shift; cmd_fuzz "$@" ;;
    *) echo "usage: $0 run|test|bench|fuzz"; exit 2 ;;
esac
