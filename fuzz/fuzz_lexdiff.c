/*
** fuzz_lexdiff.c -- libFuzzer differential target for the phrase
** lexicon: the bytes up to the first NUL are a phrase list (one entry
** a line, variants of an entry separated by '|'), the rest a text. The
** frozen reference scanner (csrc/ at commit b1b44ff, written by
** tools/frozen.sh) and the current one (csrc/) are built from the list and scan the text in both modes; any
** difference in a return code, a count or a match aborts.
** See LICENSE for copyright and licence.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ds.h"
#include "ds_lexicon.h"     /* the return codes, as both sides share them */
#include "lexdiff.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void *alloc (void *ud, void *p, size_t osize, size_t nsize) {
  (void)ud; (void)osize;
  if (nsize == 0) { free(p); return NULL; }
  return realloc(p, nsize);
}

static const ld_Ops *const side[2] = { &ld_ref, &ld_cur };

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  const char *s = (const char *)data, *nul = memchr(s, 0, size);
  size_t llen = nul ? (size_t)(nul - s) : size;
  const char *text = nul ? nul + 1 : "";
  size_t tlen = nul ? size - llen - 1 : 0;
  ds_Mem m = { alloc, NULL };
  ds_Tokens tk = { NULL, 0, 0 };
  void *h[2];
  size_t i = 0, count[2], ccount[2], nm[2];
  const ld_Match *mv[2];
  uint32_t id = 0;
  int k, rc[2], refused = 0;
  for (k = 0; k < 2; k++)
    if ((h[k] = side[k]->open()) == NULL) abort();
  while (i < llen && !refused) {                /* one entry a line */
    size_t e = i, a;
    while (e < llen && s[e] != '\n') e++;
    id++;
    for (a = i; a <= e && !refused; ) {         /* variants by '|' */
      size_t z = a;
      while (z < e && s[z] != '|') z++;
      for (k = 0; k < 2; k++) rc[k] = side[k]->add(h[k], id, s + a, z - a);
      if (rc[0] != rc[1]) abort();
      if (rc[0] == DS_LEX_EEMPTY) { a = z + 1; continue; }
      if (rc[0] != DS_OK) refused = 1;          /* as core.lexicon stops */
      a = z + 1;
    }
    i = e + 1;
  }
  if (!refused) {
    for (k = 0; k < 2; k++) rc[k] = side[k]->build(h[k], id);
    if (rc[0] != rc[1]) abort();
    if (rc[0] == DS_OK) {
      if (ds_tokenize(&m, text, tlen, &tk) != DS_OK) abort();
      for (k = 0; k < 2; k++) {
        if (side[k]->scan(h[k], text, tk.v, tk.n, 0, &count[k], &mv[k],
                          &nm[k]) != DS_OK ||
            side[k]->scan(h[k], text, tk.v, tk.n, 1, &ccount[k], &mv[k],
                          &nm[k]) != DS_OK)
          abort();
        if (count[k] != ccount[k] || ccount[k] != nm[k]) abort();
      }
      if (nm[0] != nm[1] ||
          (nm[0] > 0 && memcmp(mv[0], mv[1], nm[0] * sizeof(ld_Match)) != 0))
        abort();
      ds_free(&m, tk.v, tk.cap, sizeof(ds_Token));
    }
  }
  for (k = 0; k < 2; k++) side[k]->close(h[k]);
  return 0;
}
