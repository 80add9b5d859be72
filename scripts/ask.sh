#!/bin/sh
# `npm run ask`: the one-shot command. While the start-up snapshot `npm run build` made of it is current, node starts
# from it in this one process: a launcher written for node would cost a second node start, a third of an answer.
# Else, or when node or the snapshot refuses to run (exit 14: another node, or the bundled corpus has changed),
# the compiled command runs as it is, with the same arguments and standard input, which a refused start leaves unread.
# Paths are taken as given, without a subshell to resolve them: each fork costs a start a millisecond or more.
case $0 in */*) here=${0%/*} ;; *) here=. ;; esac
root=$here/..
blob=$root/dist/snapshot/ask.blob
command=$root/dist/src/cli/ask.js

# The snapshot holds the bundled corpus's index and reads it through the cache: it serves no other corpus.
asks_held_corpus() {
  case ${INDEX_CACHE_DIR:-} in off) return 1 ;; esac
  [ -z "${CORPUS_DIR:-}" ] || [ "$(cd "$CORPUS_DIR" 2>/dev/null && pwd -P)" = "$(cd "$root/corpus" && pwd -P)" ]
}

# Built by this node, and no older than the last compile, install or node upgrade (what it holds would be stale).
snapshot_current() {
  [ -f "$blob" ] && [ -f "$root/dist/snapshot/ask.node" ] || return 1
  read -r built_by <"$root/dist/snapshot/ask.node"
  node=$(command -v node) || return 1
  # The node on the path is the one that built it as found, or once its links are resolved.
  [ "$node" = "$built_by" ] || [ "$(readlink -f "$node")" = "$built_by" ] || return 1
  [ ! "$node" -nt "$blob" ] && [ ! "$root/dist/.tsbuildinfo" -nt "$blob" ] &&
    [ ! "$root/node_modules/.package-lock.json" -nt "$blob" ]
}

if asks_held_corpus && snapshot_current; then
  # The V8 flags the snapshot was built with, which it must run with (split into words as written).
  flags=
  [ ! -f "$root/dist/snapshot/ask.flags" ] || read -r flags <"$root/dist/snapshot/ask.flags"
  # shellcheck disable=SC2086
  node $flags --snapshot-blob "$blob" "$command" "$@"
  status=$?
  [ "$status" -eq 14 ] || exit "$status"
fi
# Any other corpus may need building: its young generation as src/threads/young-generation.ts says.
exec node --max-semi-space-size=32 "$command" "$@"
