#!/bin/sh
# Starts Chromium for an evidence capture (issue 12 point 7). Playwright runs this instead of Chromium;
# its own arguments (the debugging pipe on fd 3/4, the fresh profile in --user-data-dir) are passed on
# unchanged. The process id stays Chromium's (exec), so Vangnet can kill a hanging capture's whole
# process group by the pid written to VANGNET_CAPTURE_PIDFILE.
#
# As root (VANGNET_CAPTURE_UID set):
#   - the fresh profile is given to the capture user and becomes its HOME;
#   - Chromium gets a network namespace of its own without any network: every request of the page
#     is answered through Playwright by Vangnet's own guarded fetch, so nothing bypasses the guard;
#   - setpriv drops to the capture user: no supplementary groups, no capabilities (also not in the
#     bounding set), no_new_privs. Chromium then starts its own sandbox (user namespaces and
#     seccomp-bpf) unless Playwright passed --no-sandbox (CAPTURE_CHROMIUM_SANDBOX=off).
# As an ordinary user (VANGNET_CAPTURE_UID empty): Chromium runs as that user, with its own sandbox.
# Either way nothing of the app's environment (database address, key paths) reaches the browser.
set -eu
: "${VANGNET_CHROMIUM:?}" "${VANGNET_CAPTURE_PIDFILE:?}"
uid="${VANGNET_CAPTURE_UID:-}"
gid="${VANGNET_CAPTURE_GID:-}"
profile=''
for arg in "$@"; do
  case "$arg" in --user-data-dir=*) profile="${arg#--user-data-dir=}" ;; esac
done
if [ -z "$profile" ] || [ ! -d "$profile" ]; then echo 'sandboxed-chromium: no fresh profile directory' >&2; exit 2; fi
echo "$$" > "$VANGNET_CAPTURE_PIDFILE"
cd "$profile"
clean='PATH=/usr/local/bin:/usr/bin:/bin TZ=UTC LANG=C.UTF-8'
if [ -z "$uid" ]; then
  # shellcheck disable=SC2086
  exec env -i $clean HOME="$profile" "$VANGNET_CHROMIUM" "$@"
fi
case "$uid" in 0 | *[!0-9]*) echo 'sandboxed-chromium: the capture user must be unprivileged' >&2; exit 2 ;; esac
case "$gid" in '' | 0 | *[!0-9]*) echo 'sandboxed-chromium: the capture group must be unprivileged' >&2; exit 2 ;; esac
chown -R "$uid:$gid" "$profile"
chmod 700 "$profile"
# shellcheck disable=SC2086
exec env -i $clean HOME="$profile" unshare --net -- setpriv --reuid="$uid" --regid="$gid" --clear-groups \
  --inh-caps=-all --bounding-set=-all --no-new-privs -- "$VANGNET_CHROMIUM" "$@"
