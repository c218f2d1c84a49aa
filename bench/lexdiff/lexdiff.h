/*
** lexdiff.h -- the differential checker of the phrase lexicon: the
** frozen reference scanner (build/ref/lex/: the lexicon as it was before the
** automaton was rewritten for speed) and the current one (csrc/) behind
** one table of operations each, so that one program can build both
** from the same entries and compare their matches. side.c is compiled
** once per side; the reference's exported symbols are renamed by -D
** macros (see the Makefile), so neither copy clashes with the other.
** Test-only: never linked into dealscope.core.
** See LICENSE for copyright and licence.
*/
#ifndef lexdiff_h
#define lexdiff_h

#include <stddef.h>
#include <stdint.h>

#include "ds.h"

/* a match as both sides report it: token indices and entry id */
typedef struct ld_Match {
  uint32_t first, last, id;
} ld_Match;

typedef struct ld_Ops {
  const char *name;
  /* a lexicon under construction, or NULL when memory runs out */
  void *(*open) (void);
  /* ds_lexb_add: variant 's' of entry 'id'; its return code */
  int (*add) (void *h, uint32_t id, const char *s, size_t len);
  /* ds_lex_build over the variants added; its return code */
  int (*build) (void *h, size_t nentry);
  /* ds_lex_scan; with 'collect' the matches in '*m' ('*nm' of them) */
  int (*scan) (void *h, const char *s, const ds_Token *tok, size_t n,
               int collect, size_t *count, const ld_Match **m, size_t *nm);
  size_t (*memory) (void *h);      /* bytes the built lexicon holds */
  void (*close) (void *h);
} ld_Ops;

extern const ld_Ops ld_ref, ld_cur;

#endif
