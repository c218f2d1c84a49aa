#!/bin/sh
# tools/frozen.sh NAME DIR -- write the frozen reference NAME into DIR.
#
# The differential checkers (make tokdiff, make lexdiff and their fuzz
# targets) hold the live C core to the output of an earlier version of
# it: the files of csrc/ as they were at one commit, read from git, not
# kept as a second copy in the tree. Git names a version by the hash of
# its content, so the reference cannot drift.
#   tok: the tokenizer and segmenter before they were made faster
#   lex: the phrase lexicon's scanner before the Aho-Corasick automaton
set -eu
name=$1 dir=$2
case $name in
  tok) rev=bd645ac84a6f859c01f012012c7dff78d09e12d1
       files="ds.h ds_doc.c ds_mem.c ds_segment.c ds_token.c ds_utf8.c ds_words.c" ;;
  lex) rev=b1b44ff3b61891c0a331ce344e0e062d4a1700ad
       files="ds_lexicon.c ds_lexicon.h ds_lexscan.c" ;;
  *) echo "frozen.sh: unknown reference '$name' (tok or lex)" >&2; exit 2 ;;
esac
top=$(cd "$(dirname "$0")/.." && pwd)
if ! git -C "$top" cat-file -e "$rev^{commit}" 2>/dev/null; then
  echo "frozen.sh: the reference '$name' is commit $rev of the git history," \
       "which this copy lacks (a clone with history, or git fetch --unshallow)" >&2
  exit 1
fi
mkdir -p "$dir"
for f in $files; do
  git -C "$top" show "$rev:csrc/$f" > "$dir/$f.tmp"
  mv "$dir/$f.tmp" "$dir/$f"
done
touch "$dir/.done"
