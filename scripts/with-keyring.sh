#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring (Secret Service),
# the real OS keychain the integration and e2e tests use on Linux. Its data lives in a temp folder.
# Usage: scripts/with-keyring.sh <command> [args...]
set -eu
if ! command -v gnome-keyring-daemon >/dev/null 2>&1 || ! command -v dbus-run-session >/dev/null 2>&1; then
  echo "with-keyring: gnome-keyring and dbus are needed (apt-get install gnome-keyring dbus)" >&2
  exit 3
fi
XDG_DATA_HOME=$(mktemp -d)
export XDG_DATA_HOME
exec dbus-run-session -- sh -c 'printf %s test-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
