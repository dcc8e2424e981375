#!/usr/bin/env bash
# package.deb: scripts/package turns this build directory into a .deb (no second build); the
# package holds what an installed desktop app needs, its Depends come from the linked libraries,
# and the binary extracted from it serves MCP headless against the demo workspace.
# Usage: package.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir=$1; build_dir=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/phc-package-XXXXXX")
server_pid=""
cleanup() {
    [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

deb=$("$source_dir/scripts/package" --build-dir "$build_dir" --no-build --output "$work/dist" | tail -n 1)
[[ -f "$deb" ]] || fail "scripts/package printed '$deb', which is not a file"
echo "built $deb ($(stat -c %s "$deb") bytes)"

info=$(dpkg-deb -I "$deb")
grep -q '^ Package: posthog-companion$' <<<"$info" || fail "control has no 'Package: posthog-companion':\n$info"
depends=$(grep '^ Depends:' <<<"$info") || fail "control has no Depends line"
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6httpserver6 libqt6sql6 libqt6keychain1 libstdc++6 libqt6sql6-sqlite; do
    grep -qE "[ ,]${lib//+/\\+}( |,|$)" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
expect=(./usr/bin/posthog-companion
        ./usr/share/applications/io.github.posthog_companion.PostHogCompanion.desktop
        ./usr/share/metainfo/io.github.posthog_companion.PostHogCompanion.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/posthog-companion.svg
        ./usr/share/posthog-companion/translations/posthog-companion_fr.qm
        ./usr/share/posthog-companion/translations/posthog-companion_de.qm
        ./usr/share/posthog-companion/translations/posthog-companion_en.qm)
for size in 16 22 24 32 48 64 128 256 512; do
    expect+=("./usr/share/icons/hicolor/${size}x${size}/apps/posthog-companion.png")
done
for path in "${expect[@]}"; do
    grep -qxF "$path" <<<"$contents" || fail "the package lacks $path"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
mkdir -p "$work/home"
# A language only the installed translations folder has (the French .qm under another name):
# the binary must find it there, beside its bin/, as it does once installed.
cp "$root/usr/share/posthog-companion/translations/posthog-companion_fr.qm" \
   "$root/usr/share/posthog-companion/translations/posthog-companion_xx.qm"
# The extracted binary, with nothing of the developer's: its own HOME and XDG directories.
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/home/run" \
    "$root/usr/bin/posthog-companion" --headless --demo --port 0 --no-auth --events 1000 --lang xx 2>"$work/stderr" &
server_pid=$!
mkdir -p "$work/home/run" && chmod 700 "$work/home/run"
url=""
for _ in $(seq 1 300); do
    url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+/mcp' "$work/stderr" | head -n 1 || true)
    [[ -n "$url" ]] && break
    kill -0 "$server_pid" 2>/dev/null || fail "the extracted binary exited early:\n$(cat "$work/stderr")"
    sleep 0.1
done
[[ -n "$url" ]] || fail "no http://127.0.0.1:PORT/mcp line on stderr within 30 s:\n$(cat "$work/stderr")"
echo "extracted binary serves $url"
grep -q "Serveur MCP à l'écoute sur" "$work/stderr" || fail "--lang xx did not load share/posthog-companion/translations/posthog-companion_xx.qm:\n$(cat "$work/stderr")"

post() {
    curl -sS --max-time 20 -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream' -d "$1" "$url"
}
init=$(post '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"package-test","version":"1"}}}')
grep -q '"name":"posthog-companion"' <<<"$init" || fail "initialize did not name posthog-companion: $init"
tools=$(post '{"jsonrpc":"2.0","id":2,"method":"tools/list","params":{}}')
grep -q '"name":"get_sql_insight"' <<<"$tools" || fail "tools/list lacks get_sql_insight: ${tools:0:400}"
echo "initialize and tools/list answered ($(grep -o '"name":"' <<<"$tools" | wc -l) names in tools/list)"
kill "$server_pid"
wait "$server_pid" || true
server_pid=""
echo "PASS"
