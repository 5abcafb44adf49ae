#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring (Secret Service),
# the real OS keychain the integration and e2e tests use on Linux. Its data lives in a temp folder.
# Usage: scripts/with-keyring.sh <command> [args...]
set -eu
if ! command -v gnome-keyring-daemon >/dev/null 2>&1 || ! command -v dbus-run-session >/dev/null 2>&1 ||
  ! command -v dbus-send >/dev/null 2>&1; then
  echo "with-keyring: gnome-keyring and dbus are needed (apt-get install gnome-keyring dbus)" >&2
  exit 3
fi
XDG_DATA_HOME=$(mktemp -d)
export XDG_DATA_HOME
# The keyring's folder (the tests' secrets) goes when the command ends, however it ends; the daemon
# runs in the foreground of the session so it can be stopped with it (started in the background it
# outlived every run).
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
status=0
dbus-run-session -- sh -c '
  printf %s test-pass | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
  daemon=$!
  i=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    i=$((i + 1)); if [ "$i" -gt 200 ]; then echo "with-keyring: the keyring did not start" >&2; kill "$daemon"; exit 3; fi
    sleep 0.05
  done
  status=0
  "$@" || status=$?
  kill "$daemon" 2>/dev/null || true
  wait "$daemon" 2>/dev/null || true
  exit "$status"
' sh "$@" || status=$?
exit "$status"
