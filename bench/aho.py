#!/usr/bin/python3
"""pyahocorasick over the same phrases as dealscope, for 'make bench' and
the agreement spec: whole-word, case-insensitive, every match counted.

usage: aho.py PHRASES TEXT [--per-phrase]
Prints one JSON object: build and scan seconds (the scan lower-cases the
text, iterates the automaton and checks both word boundaries; reading
the files is not timed), the match count and, with --per-phrase, the
count of each phrase (by line number, 1-based).
Run it with Debian's /usr/bin/python3 and python3-ahocorasick.
"""
import json
import sys
import time

import ahocorasick


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    per = "--per-phrase" in sys.argv
    with open(args[0], encoding="utf-8") as f:
        phrases = [line.strip() for line in f if line.strip()]
    with open(args[1], encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    t0 = time.perf_counter()
    auto = ahocorasick.Automaton()
    for i, p in enumerate(phrases):
        auto.add_word(p.lower(), (i, len(p)))
    auto.make_automaton()
    t1 = time.perf_counter()
    low = text.lower()
    n, last = 0, len(low) - 1
    counts = [0] * len(phrases)
    for end, (i, size) in auto.iter(low):
        start = end - size + 1
        if (start == 0 or not low[start - 1].isalnum()) and \
           (end == last or not low[end + 1].isalnum()):
            n += 1
            if per:
                counts[i] += 1
    t2 = time.perf_counter()
    out = {"build": t1 - t0, "seconds": t2 - t1, "count": n}
    if per:
        out["phrases"] = counts
    print(json.dumps(out))


if __name__ == "__main__":
    main()
