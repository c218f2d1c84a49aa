/*
** segbench.c -- the C core alone over a corpus: tokenize, sentences and
** clauses of each text, as ds_doc_build runs them (what
** dealscope.core.document costs without Lua). Three passes over the
** corpus run the first one, two and three stages of each text; the cost
** of a stage is the difference between passes, so no clock is read
** inside a pass. The third pass runs sentences and clauses together, as
** ds_doc_build does (ds_segment: one pass over the tokens less than
** ds_sentences and ds_clauses), so the figure of the clauses is what
** they add to a document. Each text reuses the arrays of the one before,
** as core.document does (a closed document leaves them to the next).
** Times are CPU times of this process (clock),
** the best of ROUNDS, so other jobs on the machine disturb them less.
** The corpus file holds the texts separated by NUL bytes
** (bench/stage_1_segment.lua writes it from the Reuters-21578 JSON
** lines).
** usage: segbench FILE [ROUNDS]
** See LICENSE for copyright and licence.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ds.h"

static void *alloc (void *ud, void *p, size_t osize, size_t nsize) {
  (void)ud; (void)osize;
  if (nsize == 0) { free(p); return NULL; }
  return realloc(p, nsize);
}

/* CPU seconds of this process */
static double cpu (void) {
  return (double)clock() / CLOCKS_PER_SEC;
}

typedef struct Text { const char *s; size_t len; } Text;

int main (int argc, char **argv) {
  ds_Mem m = { alloc, NULL };
  FILE *f;
  char *buf;
  long size;
  size_t ntext = 0, i, bytes = 0, ntok = 0, nsent = 0, ncl = 0;
  Text *tx;
  ds_Doc *d;
  int r, rounds = argc > 2 ? atoi(argv[2]) : 5;
  double best[4] = { 1e9, 1e9, 1e9, 1e9 };
  if (argc < 2 || (f = fopen(argv[1], "rb")) == NULL) {
    fprintf(stderr, "usage: segbench FILE [ROUNDS]\n");
    return 2;
  }
  fseek(f, 0, SEEK_END);
  size = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = malloc((size_t)size + 1);
  if (buf == NULL || fread(buf, 1, (size_t)size, f) != (size_t)size) {
    fprintf(stderr, "segbench: cannot read %s\n", argv[1]);
    return 1;
  }
  fclose(f);
  buf[size] = '\0';
  for (i = 0; i < (size_t)size; i += strlen(buf + i) + 1) ntext++;
  tx = malloc(ntext * sizeof(Text));
  d = malloc(sizeof(ds_Doc));
  if (tx == NULL || d == NULL) return 1;
  ds_doc_init(d);
  for (i = 0, ntext = 0; i < (size_t)size; i += tx[ntext++].len + 1) {
    tx[ntext].s = buf + i;
    tx[ntext].len = strlen(buf + i);
    bytes += tx[ntext].len;
  }
  for (r = 0; r < rounds; r++) {
    int stages;
    for (stages = 1; stages <= 3; stages++) {
      double t0 = cpu(), t;
      for (i = 0; i < ntext; i++) {
        d->tok.n = d->sent.n = d->clause.n = 0;   /* the arrays stay */
        ds_tokenize(&m, tx[i].s, tx[i].len, &d->tok);
        if (stages == 2)
          ds_sentences(&m, tx[i].s, tx[i].len, &d->tok, &d->sent);
        if (stages == 3)            /* as ds_doc_build runs them */
          ds_segment(&m, tx[i].s, tx[i].len, &d->tok, &d->sent, &d->clause);
        if (r == 0 && stages == 3) {
          ntok += d->tok.n; nsent += d->sent.n; ncl += d->clause.n;
        }
      }
      t = cpu() - t0;
      if (t < best[stages - 1]) best[stages - 1] = t;
    }
  }
  /* stage by stage: the difference between passes */
  best[3] = best[2];
  best[2] -= best[1];
  best[1] -= best[0];
  printf("texts %lu, %.1f MB, tokens %lu, sentences %lu, clauses %lu\n",
         (unsigned long)ntext, bytes / 1e6, (unsigned long)ntok,
         (unsigned long)nsent, (unsigned long)ncl);
  printf("tokenize %.1f MB/s, sentences %.1f MB/s, clauses %.1f MB/s, "
         "document %.1f MB/s (best of %d)\n",
         bytes / 1e6 / best[0], bytes / 1e6 / best[1], bytes / 1e6 / best[2],
         bytes / 1e6 / best[3], rounds);
  ds_doc_free(&m, d);
  free(d);
  free(tx);
  free(buf);
  return 0;
}
