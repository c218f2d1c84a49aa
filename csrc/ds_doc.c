/*
** ds_doc.c -- a document: the tokens, sentences and clauses of one
** text, built once so that later stages never tokenize again.
** See LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds.h"

void ds_doc_init (ds_Doc *d) {
  memset(d, 0, sizeof(*d));
}

void ds_doc_free (ds_Mem *m, ds_Doc *d) {
  ds_free(m, d->tok.v, d->tok.cap, sizeof(ds_Token));
  ds_free(m, d->sent.v, d->sent.cap, sizeof(ds_Span));
  ds_free(m, d->clause.v, d->clause.cap, sizeof(ds_Span));
  ds_doc_init(d);
}

/*
** Build 'd' (freshly initialized) over 's', in its two steps: the
** tokens, then sentences and clauses (the Lua binding runs the second
** only when asked for them). On failure 'd' holds what was allocated
** so far: the caller frees it with ds_doc_free.
*/
int ds_doc_tokens (ds_Mem *m, ds_Doc *d, const char *s, size_t len) {
  d->s = s;
  d->len = len;
  return ds_tokenize(m, s, len, &d->tok);
}

int ds_doc_segment (ds_Mem *m, ds_Doc *d) {
  return ds_segment(m, d->s, d->len, &d->tok, &d->sent, &d->clause);
}

int ds_doc_build (ds_Mem *m, ds_Doc *d, const char *s, size_t len) {
  int r = ds_doc_tokens(m, d, s, len);
  return r != DS_OK ? r : ds_doc_segment(m, d);
}

size_t ds_doc_token_at (const ds_Doc *d, size_t pos) {
  size_t lo = 0, hi = d->tok.n;
  while (lo < hi) {              /* first token that ends after pos */
    size_t mid = lo + (hi - lo) / 2;
    const ds_Token *t = &d->tok.v[mid];
    if ((size_t)t->start + t->len <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

size_t ds_doc_span_of (const ds_Spans *sp, size_t tok) {
  size_t lo = 0, hi = sp->n;
  while (lo < hi) {              /* first span whose last token >= tok */
    size_t mid = lo + (hi - lo) / 2;
    if (sp->v[mid].last < tok) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
