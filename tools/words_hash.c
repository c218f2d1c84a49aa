/*
** words_hash.c -- writes csrc/ds_words_hash.h, the hash table of the
** segmenter's word lists (csrc/ds_words.c) and the filter of the verb
** forms (ds_verb_bloom), to standard output. It includes ds_words.c
** itself, so that the lists, the forms, the hash functions and the
** slot layout are the ones the core compiles. Run it through
** 'make words-hash' after changing a list; core._selfcheck() fails
** until the table matches the lists again.
** See LICENSE for copyright and licence.
*/
#include <stdio.h>
#include <stdlib.h>

#define DS_WORDS_GEN 1
#include "../csrc/ds_words.c"

typedef struct Word {
  char w[WORDMAX];
} Word;

static Word all[1024];
static size_t nall;

static void add (const char *base, size_t n, size_t stride) {
  size_t i;
  for (i = 0; i < n; i++) {
    if (nall == NELEMS(all)) {
      fprintf(stderr, "words_hash: too many words\n");
      exit(1);
    }
    memcpy(all[nall++].w, base + i * stride, WORDMAX);
  }
}

static int cmp (const void *a, const void *b) {
  return memcmp(a, b, WORDMAX);
}

int main (void) {
  static Slot slots[HSIZE];
  static uint64_t bloom[256];
  size_t i, n = 0, longest_probe = 0, nforms = 0;
  if (!(sorted(abbrevs[0].w, NELEMS(abbrevs), sizeof(Entry)) &&
        sorted(starters[0], NELEMS(starters), WORDMAX) &&
        sorted(saying[0], NELEMS(saying), WORDMAX) &&
        sorted(datenames[0], NELEMS(datenames), WORDMAX) &&
        sorted(verbs[0].w, NELEMS(verbs), sizeof(Entry)) &&
        longest(abbrevs[0].w, NELEMS(abbrevs), sizeof(Entry)) <= DS_ABBRMAX &&
        flagged())) {
    fprintf(stderr, "words_hash: a list is not sorted, a word too long or "
            "a verb without a flag\n");
    return 1;
  }
  add(abbrevs[0].w, NELEMS(abbrevs), sizeof(Entry));
  add(starters[0], NELEMS(starters), WORDMAX);
  add(saying[0], NELEMS(saying), WORDMAX);
  add(datenames[0], NELEMS(datenames), WORDMAX);
  add(verbs[0].w, NELEMS(verbs), sizeof(Entry));
  qsort(all, nall, sizeof(Word), cmp);
  for (i = 0; i < nall; i++) {         /* each word once, in byte order */
    Key k;
    size_t h, probe = 0;
    if (i > 0 && memcmp(all[i].w, all[i - 1].w, WORDMAX) == 0) continue;
    mkkey(all[i].w, strlen(all[i].w), &k);
    h = hash(ds_le64(all[i].w), ds_le64(all[i].w + 8));
    while (slots[h].w[0] != '\0') {
      h = (h + 1) & (HSIZE - 1);
      probe++;
    }
    if (probe > longest_probe) longest_probe = probe;
    memcpy(slots[h].w, all[i].w, WORDMAX);
    slots[h].info = (unsigned short)list_info(&k);
    n++;
  }
  printf("/*\n"
         "** ds_words_hash.h -- the word lists of ds_words.c as a hash "
         "table:\n"
         "** %lu words in %lu slots, at most %lu slot(s) past their "
         "own;\n"
         "** and the filter of the verb forms (ds_verb_bloom).\n"
         "** Written by 'make words-hash' (tools/words_hash.c): do not "
         "edit.\n"
         "** See LICENSE for copyright and licence.\n"
         "*/\n"
         "static const Slot word_slots[HSIZE] = {\n",
         (unsigned long)n, (unsigned long)HSIZE,
         (unsigned long)longest_probe);
  for (i = 0; i < HSIZE; i++)
    if (slots[i].w[0] != '\0')
      printf("  [%lu] = {\"%s\", 0x%04x},\n", (unsigned long)i, slots[i].w,
             slots[i].info);
  printf("};\n");
  for (i = 0; i < NELEMS(verbs); i++) {   /* the forms' filter */
    char f[VFORMS][WORDMAX];
    size_t k, nf = verb_forms(&verbs[i], f);
    for (k = 0; k < nf; k++) {
      size_t w;
      uint64_t m = bloom_bits(f[k], &w);
      bloom[w] |= m;
      nforms++;
    }
  }
  printf("\n/* the filter of ds_verb_form_key (ds_words.h): the %lu forms of "
         "the\n   verb table's words */\n"
         "const uint64_t ds_verb_bloom[256] = {\n", (unsigned long)nforms);
  for (i = 0; i < 256; i += 2)
    printf("  0x%016llxu, 0x%016llxu%s\n", (unsigned long long)bloom[i],
           (unsigned long long)bloom[i + 1], i + 2 < 256 ? "," : "");
  printf("};\n");
  return 0;
}
