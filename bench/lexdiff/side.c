/*
** side.c -- one side of the differential checker (see lexdiff.h):
** compiled with -DLD_SIDE=ld_ref against the frozen reference (csrc/ at
** commit b1b44ff, in build/ref/lex/ from tools/frozen.sh), and
** with -DLD_SIDE=ld_cur against csrc/. Each lexicon gets its own
** malloc-based allocator.
** See LICENSE for copyright and licence.
*/
#include <stdlib.h>
#include <string.h>

#include "ds_lexicon.h"
#include "lexdiff.h"

#ifndef LD_SIDE
#error "compile with -DLD_SIDE=ld_ref or -DLD_SIDE=ld_cur"
#endif

#define STR2(x) #x
#define STR(x) STR2(x)

typedef struct Side {
  ds_Lexicon lx;
  ds_LexBuild b;
  ds_LexScan sc;
  ds_Mem m;
  int built;
} Side;

static void *alloc (void *ud, void *p, size_t osize, size_t nsize) {
  (void)ud; (void)osize;
  if (nsize == 0) { free(p); return NULL; }
  return realloc(p, nsize);
}

static void *s_open (void) {
  Side *x = (Side *)calloc(1, sizeof(Side));
  if (x == NULL) return NULL;
  x->m.f = alloc;
  ds_lex_init(&x->lx);
  ds_lexb_init(&x->b);
  ds_lexscan_init(&x->sc);
  return x;
}

static int s_add (void *h, uint32_t id, const char *s, size_t len) {
  Side *x = (Side *)h;
  return ds_lexb_add(&x->m, &x->b, id, s, len);
}

static int s_build (void *h, size_t nentry) {
  Side *x = (Side *)h;
  int r = ds_lex_build(&x->m, &x->b, nentry, &x->lx);
  ds_lexb_free(&x->m, &x->b);
  x->built = 1;
  return r;
}

static int s_scan (void *h, const char *s, const ds_Token *tok, size_t n,
                   int collect, size_t *count, const ld_Match **m,
                   size_t *nm) {
  Side *x = (Side *)h;
  int r;
#ifdef LD_MEMO
  /* the current side keeps the words its general path looked up, as
     the Lua binding does (every scan of a list, text after text): the
     reference keeps none, so any difference that makes shows */
  if (x->lx.haswild && ds_lexscan_bind(&x->m, &x->sc, &x->lx) != DS_OK)
    return DS_ENOMEM;
#endif
  r = ds_lex_scan(&x->m, &x->lx, s, tok, n, &x->sc, collect, count);
  /* both sides' ds_LexMatch are three uint32_t: first, last, id */
  *m = (const ld_Match *)(const void *)x->sc.m;
  *nm = x->sc.nm;
  return r;
}

static size_t s_memory (void *h) {
  return ((Side *)h)->lx.bytes;
}

static void s_close (void *h) {
  Side *x = (Side *)h;
  if (x == NULL) return;
  ds_lexscan_free(&x->m, &x->sc);
  ds_lexb_free(&x->m, &x->b);
  ds_lex_free(&x->m, &x->lx);
  free(x);
}

const ld_Ops LD_SIDE = {
  STR(LD_SIDE), s_open, s_add, s_build, s_scan, s_memory, s_close
};

/* both sides' matches are read as ld_Match: the layouts must agree */
typedef char ld_matchsize[sizeof(ds_LexMatch) == sizeof(ld_Match) ? 1 : -1];
