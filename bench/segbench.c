/*
** segbench.c -- the C core alone over a corpus: tokenize, sentences and
** clauses of each text, each stage timed on its own (text by text, so
** the tokens are still in cache, as in ds_doc_build), and the three
** together (what dealscope.core.document costs without Lua). The corpus file
** holds the texts separated by NUL bytes (bench/stage_1_segment.lua
** writes it from the Reuters-21578 JSON lines).
** usage: segbench FILE [ROUNDS]
** See LICENSE for copyright and licence.
*/
#define _POSIX_C_SOURCE 199309L  /* clock_gettime */

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

/* seconds, from a clock fine enough to time one text */
static double now (void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
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
  for (i = 0, ntext = 0; i < (size_t)size; i += tx[ntext++].len + 1) {
    tx[ntext].s = buf + i;
    tx[ntext].len = strlen(buf + i);
    bytes += tx[ntext].len;
  }
  for (r = 0; r < rounds; r++) {
    double t0, t1, t2, t3, sum[3] = { 0, 0, 0 };
    for (i = 0; i < ntext; i++) {
      ds_doc_init(d);
      t0 = now();
      ds_tokenize(&m, tx[i].s, tx[i].len, &d->tok);
      t1 = now();
      ds_sentences(&m, tx[i].s, tx[i].len, &d->tok, &d->sent);
      t2 = now();
      ds_clauses(&m, tx[i].s, tx[i].len, &d->tok, &d->sent, &d->clause);
      t3 = now();
      sum[0] += t1 - t0; sum[1] += t2 - t1; sum[2] += t3 - t2;
      if (r == 0) {
        ntok += d->tok.n; nsent += d->sent.n; ncl += d->clause.n;
      }
      ds_doc_free(&m, d);
    }
    for (i = 0; i < 3; i++)
      if (sum[i] < best[i]) best[i] = sum[i];
    /* the three stages as ds_doc_build runs them, with no clock between */
    t0 = now();
    for (i = 0; i < ntext; i++) {
      ds_doc_init(d);
      ds_doc_build(&m, d, tx[i].s, tx[i].len);
      ds_doc_free(&m, d);
    }
    t1 = now();
    if (t1 - t0 < best[3]) best[3] = t1 - t0;
  }
  printf("texts %lu, %.1f MB, tokens %lu, sentences %lu, clauses %lu\n",
         (unsigned long)ntext, bytes / 1e6, (unsigned long)ntok,
         (unsigned long)nsent, (unsigned long)ncl);
  printf("tokenize %.1f MB/s, sentences %.1f MB/s, clauses %.1f MB/s, "
         "document %.1f MB/s (best of %d)\n",
         bytes / 1e6 / best[0], bytes / 1e6 / best[1], bytes / 1e6 / best[2],
         bytes / 1e6 / best[3], rounds);
  free(d);
  free(tx);
  free(buf);
  return 0;
}
