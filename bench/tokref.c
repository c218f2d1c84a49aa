/*
** tokref.c -- one translation unit holding the frozen reference
** (csrc/ds_*.c as of commit bd645ac, which tools/frozen.sh writes
** into build/ref/tok/ from git; compiled with -iquote there) with every
** shared symbol renamed from ds_* to dsref_*, so that it links next to
** the live core. The frozen files define the output
** the live tokenizer and segmenter must reproduce.
** See LICENSE for copyright and licence.
*/
#include <stdlib.h>
#include <string.h>

#define ds_grow dsref_grow
#define ds_free dsref_free
#define ds_tokenize dsref_tokenize
#define ds_utf8_decode dsref_utf8_decode
#define ds_cp_class dsref_cp_class
#define ds_cp_isupper dsref_cp_isupper
#define ds_cp_islower dsref_cp_islower
#define ds_fold_cp dsref_fold_cp
#define ds_fold dsref_fold
#define ds_lower dsref_lower
#define ds_sentences dsref_sentences
#define ds_clauses dsref_clauses
#define ds_is_abbrev dsref_is_abbrev
#define ds_abbrev_kind dsref_abbrev_kind
#define ds_is_starter dsref_is_starter
#define ds_is_datename dsref_is_datename
#define ds_is_saying dsref_is_saying
#define ds_verb_form dsref_verb_form
#define ds_words_check dsref_words_check
#define ds_doc_init dsref_doc_init
#define ds_doc_build dsref_doc_build
#define ds_doc_free dsref_doc_free
#define ds_doc_token_at dsref_doc_token_at
#define ds_doc_span_of dsref_doc_span_of

/* the frozen files include "ds.h": the one beside them */
#include "ds_mem.c"
#include "ds_utf8.c"
#include "ds_words.c"
#include "ds_token.c"
#include "ds_segment.c"
#include "ds_doc.c"

#include "tokref.h"

static void *ref_alloc (void *ud, void *p, size_t osize, size_t nsize) {
  (void)ud; (void)osize;
  if (nsize == 0) { free(p); return NULL; }
  return realloc(p, nsize);
}

static void copyspans (RefSpan **dst, size_t *n, const ds_Spans *sp) {
  size_t i;
  *n = sp->n;
  *dst = (RefSpan *)malloc((sp->n ? sp->n : 1) * sizeof(RefSpan));
  if (*dst == NULL) abort();
  for (i = 0; i < sp->n; i++) {
    const ds_Span *x = &sp->v[i];
    RefSpan *y = &(*dst)[i];
    y->first = x->first; y->last = x->last;
    y->start = x->start; y->stop = x->stop;
    y->sentence = x->sentence; y->subject = x->subject;
    y->flags = x->flags; y->split = x->split;
  }
}

int tokref_build (const char *s, size_t n, RefDoc *out) {
  ds_Mem m = { ref_alloc, NULL };
  ds_Doc d;
  size_t i;
  int r;
  ds_doc_init(&d);
  r = ds_doc_build(&m, &d, s, n);
  out->ntok = d.tok.n;
  out->tok = (RefToken *)malloc((d.tok.n ? d.tok.n : 1) * sizeof(RefToken));
  if (out->tok == NULL) abort();
  for (i = 0; i < d.tok.n; i++) {
    const ds_Token *x = &d.tok.v[i];
    RefToken *y = &out->tok[i];
    y->start = x->start; y->len = x->len;
    y->flags = x->flags; y->kind = x->kind; y->punct = x->punct;
  }
  copyspans(&out->sent, &out->nsent, &d.sent);
  copyspans(&out->clause, &out->nclause, &d.clause);
  ds_doc_free(&m, &d);
  return r;
}

void tokref_free (RefDoc *d) {
  free(d->tok);
  free(d->sent);
  free(d->clause);
  memset(d, 0, sizeof(*d));
}

int tokref_utf8_decode (const unsigned char *s, size_t n, size_t i,
                        uint32_t *cp) {
  return ds_utf8_decode(s, n, i, cp);
}
int tokref_cp_class (uint32_t cp) { return ds_cp_class(cp); }
int tokref_cp_isupper (uint32_t cp) { return ds_cp_isupper(cp); }
int tokref_cp_islower (uint32_t cp) { return ds_cp_islower(cp); }
int tokref_fold_cp (uint32_t cp, char o[4]) { return ds_fold_cp(cp, o); }
size_t tokref_fold (const char *s, size_t len, char *o) {
  return ds_fold(s, len, o);
}
int tokref_abbrev_kind (const char *w, size_t l) {
  return ds_abbrev_kind(w, l);
}
int tokref_is_abbrev (const char *w, size_t l) { return ds_is_abbrev(w, l); }
int tokref_is_starter (const char *w, size_t l) {
  return ds_is_starter(w, l);
}
int tokref_is_datename (const char *w, size_t l) {
  return ds_is_datename(w, l);
}
int tokref_is_saying (const char *w, size_t l) { return ds_is_saying(w, l); }
int tokref_verb_form (const char *w, size_t l) { return ds_verb_form(w, l); }
int tokref_words_check (void) { return ds_words_check(); }
unsigned char tokref_lower (unsigned char c) { return ds_lower[c]; }
