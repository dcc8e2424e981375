#!/usr/bin/env bash
# Runs a test inside a throwaway D-Bus session with an unlocked gnome-keyring (Secret Service).
# Without the tools the test itself reports the skip.
set -euo pipefail
export HOME="$(mktemp -d)" XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config"
trap 'rm -rf "$HOME"' EXIT
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    PHC_NO_KEYRING=1 exec "$@"
fi
exec dbus-run-session -- sh -c 'printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
