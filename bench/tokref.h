/*
** tokref.h -- the frozen reference tokenizer and segmenter (the
** implementation as of commit bd645ac, read from git by tools/frozen.sh),
** with its symbols renamed to dsref_*. It is test-only: the
** differential checker (bench/tokdiff.c) and fuzz/fuzz_tokdiff.c
** compare the live core against it, so that the tokenizer and the
** segmenter can be made faster without changing one token or span.
** The interface uses its own plain types so that the reference does
** not depend on the live csrc/ds.h.
** See LICENSE for copyright and licence.
*/
#ifndef tokref_h
#define tokref_h

#include <stddef.h>
#include <stdint.h>

typedef struct RefToken {
  uint32_t start, len;
  uint16_t flags;
  uint8_t kind, punct;
} RefToken;

typedef struct RefSpan {
  uint32_t first, last, start, stop, sentence;
  int32_t subject;
  uint16_t flags, split;
} RefSpan;

typedef struct RefDoc {
  RefToken *tok;
  size_t ntok;
  RefSpan *sent;
  size_t nsent;
  RefSpan *clause;
  size_t nclause;
} RefDoc;

/*
** Tokens, sentences and clauses of 's' (malloc'd into 'd'); returns
** the reference's return code (0: DS_OK). tokref_free frees 'd'.
*/
int tokref_build (const char *s, size_t n, RefDoc *d);
void tokref_free (RefDoc *d);

/* the reference's word and character functions, for the same check */
int tokref_utf8_decode (const unsigned char *s, size_t n, size_t i,
                        uint32_t *cp);
int tokref_cp_class (uint32_t cp);
int tokref_cp_isupper (uint32_t cp);
int tokref_cp_islower (uint32_t cp);
int tokref_fold_cp (uint32_t cp, char out[4]);
size_t tokref_fold (const char *s, size_t len, char *out);
int tokref_abbrev_kind (const char *fold, size_t len);
int tokref_is_abbrev (const char *fold, size_t len);
int tokref_is_starter (const char *fold, size_t len);
int tokref_is_datename (const char *fold, size_t len);
int tokref_is_saying (const char *fold, size_t len);
int tokref_verb_form (const char *fold, size_t len);
int tokref_words_check (void);
unsigned char tokref_lower (unsigned char c);

#endif
