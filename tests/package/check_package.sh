#!/bin/bash
# Builds the Debian package from this build tree and checks it as a distribution would:
# its files and dependencies (dpkg-deb), the desktop entry, the AppStream metadata, lintian
# (no error and no warning; overrides live in installer/lintian-overrides with a reason),
# then runs both executables unpacked into a scratch root.
# usage: check_package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
debs=("$work"/out/infrai-console_"$version"_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || fail "no package infrai-console_${version}_*.deb (made: $(ls "$work/out"))"
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# Control: name, version, and dependencies computed from the binaries (dpkg-shlibdeps).
control=$(dpkg-deb -f "$deb" Package Version Depends)
grep -q '^Package: infrai-console$' <<<"$control" || fail "package name"
grep -q "^Version: $version\$" <<<"$control" || fail "version"
for library in libqt6core6 libqt6widgets6 libqt6network6 libqt6keychain1 libqt6httpserver6 libc6; do
    grep -q "$library (>=" <<<"$control" || fail "Depends lacks $library: $control"
done

# Files.
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/infrai-console ./usr/bin/infrai-sandbox \
    ./usr/share/applications/io.infrai.Console.desktop ./usr/share/metainfo/io.infrai.Console.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.infrai.Console.svg \
    ./usr/share/icons/hicolor/48x48/apps/io.infrai.Console.png \
    ./usr/share/icons/hicolor/256x256/apps/io.infrai.Console.png \
    ./usr/share/man/man1/infrai-console.1.gz ./usr/share/man/man1/infrai-sandbox.1.gz \
    ./usr/share/doc/infrai-console/copyright ./usr/share/doc/infrai-console/changelog.gz; do
    grep -qx "$path" <<<"$contents" || fail "missing $path"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/io.infrai.Console.desktop" || fail "desktop-file-validate"
grep -q '^Name\[zh_CN\]=' "$root/usr/share/applications/io.infrai.Console.desktop" || fail "no zh_CN name"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.infrai.Console.metainfo.xml" || fail "appstreamcli validate"
lintian --allow-root --fail-on error,warning "$deb" || fail "lintian"
echo "lintian: no errors, no warnings"

# Both executables, from the scratch root.
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/infrai-console" --version 2>/dev/null)
[ "$out" = "infrai-console $version" ] || fail "infrai-console --version said: $out"
out=$("$root/usr/bin/infrai-sandbox" --version 2>/dev/null)
[ "$out" = "infrai-sandbox $version" ] || fail "infrai-sandbox --version said: $out"
"$root/usr/bin/infrai-sandbox" --listen 127.0.0.1:0 --ephemeral --api-key ifr_package_check >"$work/sandbox.out" 2>&1 &
sandbox_pid=$!
for _ in $(seq 100); do grep -q '^listening on ' "$work/sandbox.out" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$work/sandbox.out")
[ -n "$url" ] || { cat "$work/sandbox.out"; fail "the packaged sandbox did not start"; }
status=$(curl -s -o "$work/answer.json" -w '%{http_code}' -H 'Authorization: Bearer ifr_package_check' \
    "$url/v1/discovery/db.project.create")
[ "$status" = 200 ] || fail "the packaged sandbox answered $status"
grep -q '"capability"' "$work/answer.json" || fail "unexpected answer: $(cat "$work/answer.json")"
echo "both executables run from the package; the sandbox answered $url"
