#!/usr/bin/env bash
# Fails (exit 1, listing the files) when the working tree differs from the last commit in tracked
# files: a fresh install must not rewrite package-lock.json or anything else that is committed.
# Untracked files (node_modules, .next, generated code) are ignored; .gitignore covers them.
set -uo pipefail
cd "${1:-.}"
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "not a git checkout: tree check skipped"
  exit 0
fi
changed="$(git status --porcelain --untracked-files=no)"
if [ -n "$changed" ]; then
  echo "the install changed tracked files:"
  echo "$changed"
  git --no-pager diff --stat
  exit 1
fi
echo "tracked files unchanged"
