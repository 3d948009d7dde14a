#!/bin/sh
# Creates the unprivileged system user that Chromium runs as during an evidence capture when Vangnet
# runs as root (CAPTURE_USER, default vangnet-capture; issue 12 point 7). No home, no login shell,
# its own group, no other groups. Safe to run twice.
set -eu
name="${CAPTURE_USER:-vangnet-capture}"
if getent passwd "$name" >/dev/null; then
  echo "capture user $name exists (uid $(id -u "$name"))"
  exit 0
fi
useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$name"
echo "capture user $name created (uid $(id -u "$name"))"
