/*
** tokdiff.c -- the differential checker of the tokenizer and the
** segmenter: the live core (csrc/) against the frozen reference
** (csrc/ at commit bd645ac, written
** into build/ref/tok/ by tools/frozen.sh, renamed dsref_*), which defines the output. Every token
** (start, len, kind, flags, punct) and every sentence and clause span
** (first, last, start, stop, sentence, subject, flags, split) must be
** the same, for every input: the texts of the files given, then random
** and mutated texts. The character and word functions the core shares
** (ds_utf8_decode, ds_cp_*, ds_fold*, the word lists) are compared too.
** Long texts of one repeated unit must give the same output too, in
** no more than ten times the reference's time. A difference prints the
** smallest input found that shows it (written to tokdiff-fail.bin)
** and exits with status 1.
**
** usage: tokdiff [-r COUNT] [-s SEED] [-l] FILE...
**   FILE      a text (the whole file); with -l before it, a file of
**             records "LENGTH\n" followed by LENGTH bytes (make tokdiff
**             writes the corpus articles and the spec strings so)
**   -r COUNT  random and mutated texts to check after the files
**   -s SEED   seed of the random texts (default 1)
** See LICENSE for copyright and licence.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ds.h"
#include "tokref.h"


/* ------------------------------------------------------------------ */
/* allocation                                                          */
/* ------------------------------------------------------------------ */

static void *alloc (void *ud, void *p, size_t osize, size_t nsize) {
  (void)ud; (void)osize;
  if (nsize == 0) { free(p); return NULL; }
  return realloc(p, nsize);
}

/* an allocator that fails after 'left' allocations (ud: the count) */
static void *failing (void *ud, void *p, size_t osize, size_t nsize) {
  long *left = (long *)ud;
  (void)osize;
  if (nsize == 0) { free(p); return NULL; }
  if (*left <= 0) return NULL;
  --*left;
  return realloc(p, nsize);
}

static void *xmalloc (size_t n) {
  void *p = malloc(n ? n : 1);
  if (p == NULL) { fprintf(stderr, "tokdiff: out of memory\n"); exit(2); }
  return p;
}


/* ------------------------------------------------------------------ */
/* comparison                                                          */
/* ------------------------------------------------------------------ */

/* what was checked */
static struct {
  unsigned long texts, files, random, tokens, spans, words, failalloc;
  double bytes;
} stat;

/* the first difference found, for the report */
static char why[256];

static int same_tokens (const ds_Token *a, const RefToken *b, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (a[i].start != b[i].start || a[i].len != b[i].len ||
        (a[i].flags & DS_TF_PUBLIC) != b[i].flags || a[i].kind != b[i].kind ||
        a[i].punct != b[i].punct) {
      snprintf(why, sizeof(why), "token %lu: live {%lu,%lu,k%d,f%#x,p%d} "
               "ref {%lu,%lu,k%d,f%#x,p%d}", (unsigned long)i,
               (unsigned long)a[i].start, (unsigned long)a[i].len,
               a[i].kind, a[i].flags, a[i].punct,
               (unsigned long)b[i].start, (unsigned long)b[i].len,
               b[i].kind, b[i].flags, b[i].punct);
      return 0;
    }
  return 1;
}

static int same_spans (const char *what, const ds_Span *a, const RefSpan *b,
                       size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (a[i].first != b[i].first || a[i].last != b[i].last ||
        a[i].start != b[i].start || a[i].stop != b[i].stop ||
        a[i].sentence != b[i].sentence || a[i].subject != b[i].subject ||
        a[i].flags != b[i].flags || a[i].split != b[i].split) {
      snprintf(why, sizeof(why), "%s %lu: live {%lu..%lu, %lu..%lu, s%lu, "
               "subj %ld, f%#x, split %d} ref {%lu..%lu, %lu..%lu, s%lu, "
               "subj %ld, f%#x, split %d}", what, (unsigned long)i,
               (unsigned long)a[i].first, (unsigned long)a[i].last,
               (unsigned long)a[i].start, (unsigned long)a[i].stop,
               (unsigned long)a[i].sentence, (long)a[i].subject,
               a[i].flags, a[i].split,
               (unsigned long)b[i].first, (unsigned long)b[i].last,
               (unsigned long)b[i].start, (unsigned long)b[i].stop,
               (unsigned long)b[i].sentence, (long)b[i].subject,
               b[i].flags, b[i].split);
      return 0;
    }
  return 1;
}

/* does the live document 'd' (return code r) equal the reference? */
static int same_doc (int r, const ds_Doc *d, int rr, const RefDoc *ref) {
  if (r != rr) {
    snprintf(why, sizeof(why), "return code: live %d, ref %d", r, rr);
    return 0;
  }
  if (d->tok.n != ref->ntok) {
    snprintf(why, sizeof(why), "tokens: live %lu, ref %lu",
             (unsigned long)d->tok.n, (unsigned long)ref->ntok);
    return 0;
  }
  if (d->sent.n != ref->nsent) {
    snprintf(why, sizeof(why), "sentences: live %lu, ref %lu",
             (unsigned long)d->sent.n, (unsigned long)ref->nsent);
    return 0;
  }
  if (d->clause.n != ref->nclause) {
    snprintf(why, sizeof(why), "clauses: live %lu, ref %lu",
             (unsigned long)d->clause.n, (unsigned long)ref->nclause);
    return 0;
  }
  return same_tokens(d->tok.v, ref->tok, ref->ntok) &&
         same_spans("sentence", d->sent.v, ref->sent, ref->nsent) &&
         same_spans("clause", d->clause.v, ref->clause, ref->nclause);
}

static void quote (FILE *f, const char *s, size_t n) {
  size_t i;
  fputc('"', f);
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\n') fputs("\\n", f);
    else if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
    else if (c < 0x20 || c >= 0x7F) fprintf(f, "\\x%02x", c);
    else fputc(c, f);
  }
  fputs("\"\n", f);
}

/* does every word function answer as the reference's on 'w'? */
static void same_word (const char *w, size_t l) {
  if (ds_verb_form(w, l) != tokref_verb_form(w, l) ||
      ds_abbrev_kind(w, l) != tokref_abbrev_kind(w, l) ||
      ds_is_abbrev(w, l) != tokref_is_abbrev(w, l) ||
      ds_is_starter(w, l) != tokref_is_starter(w, l) ||
      ds_is_datename(w, l) != tokref_is_datename(w, l) ||
      ds_is_saying(w, l) != tokref_is_saying(w, l)) {
    fprintf(stderr, "tokdiff: DIFFERENCE in the word lists on ");
    quote(stderr, w, l);
    exit(1);
  }
  stat.words++;
}

/*
** The character and word functions over the tokens of a text: each
** word folded, then its prefixes and suffixes, go through every word
** list; each token's bytes through ds_fold.
*/
static int same_words (const char *s, const RefDoc *ref) {
  size_t i;
  char a[3 * 64 + 4], b[3 * 64 + 4];
  for (i = 0; i < ref->ntok; i++) {
    const RefToken *t = &ref->tok[i];
    size_t la, lb, k;
    if (t->len > 64) continue;
    la = ds_fold(s + t->start, t->len, a);
    lb = tokref_fold(s + t->start, t->len, b);
    if (la != lb || memcmp(a, b, la) != 0) {
      snprintf(why, sizeof(why), "ds_fold of token %lu", (unsigned long)i);
      return 0;
    }
    for (k = 0; k <= la && k <= 20; k++) {
      const char *w = a + k;
      size_t l = la - k, m;
      for (m = 0; m < 2; m++, l = (l > 2 ? l - 1 : l))
        same_word(w, l);
      if (k > 3) break;
    }
  }
  return 1;
}

/*
** Appending: ds_tokenize, ds_sentences and ds_clauses add to arrays
** that may hold the output of an earlier text. The output of text 2
** after text 1 must be the reference's, array by array.
*/
static int same_append (const char *s1, size_t n1, const char *s2,
                        size_t n2) {
  ds_Mem m = { alloc, NULL };
  ds_Doc d1, d2;
  RefDoc r2;
  size_t t1, p1, c1;
  int ok;
  ds_doc_init(&d1);
  ds_doc_init(&d2);
  if (ds_doc_build(&m, &d1, s1, n1) != DS_OK) abort();
  t1 = d1.tok.n; p1 = d1.sent.n; c1 = d1.clause.n;
  if (ds_tokenize(&m, s2, n2, &d1.tok) != DS_OK) abort();
  if (ds_tokenize(&m, s2, n2, &d2.tok) != DS_OK) abort();
  if (ds_sentences(&m, s2, n2, &d2.tok, &d1.sent) != DS_OK) abort();
  if (ds_sentences(&m, s2, n2, &d2.tok, &d2.sent) != DS_OK) abort();
  if (ds_clauses(&m, s2, n2, &d2.tok, &d2.sent, &d1.clause) != DS_OK)
    abort();
  tokref_build(s2, n2, &r2);
  ok = d1.tok.n - t1 == r2.ntok && d1.sent.n - p1 == r2.nsent &&
       same_tokens(d1.tok.v + t1, r2.tok, r2.ntok) &&
       same_spans("appended sentence", d1.sent.v + p1, r2.sent, r2.nsent);
  /* clauses appended: their 'subject' indices count from the array's
     start, as the reference's do */
  if (ok && d1.clause.n - c1 == r2.nclause) {
    size_t i;
    for (i = 0; i < r2.nclause; i++) {
      ds_Span x = d1.clause.v[c1 + i];
      if (x.subject >= 0) x.subject -= (int32_t)c1;
      if (!same_spans("appended clause", &x, &r2.clause[i], 1)) ok = 0;
    }
  }
  else if (ok) {
    snprintf(why, sizeof(why), "appended clauses: count");
    ok = 0;
  }
  else if (why[0] == '\0')
    snprintf(why, sizeof(why), "appended tokens or sentences: count");
  tokref_free(&r2);
  ds_doc_free(&m, &d1);
  ds_doc_free(&m, &d2);
  return ok;
}

/*
** An allocator that fails: the live core must report DS_ENOMEM (and
** free what it holds) or, if it did not need that many blocks,
** succeed with the reference's output.
*/
static int same_failing (const char *s, size_t n, const RefDoc *ref) {
  long k;
  for (k = 0; k < 6; k++) {
    long left = k;
    ds_Mem m = { failing, &left };
    ds_Doc d;
    int r;
    ds_doc_init(&d);
    r = ds_doc_build(&m, &d, s, n);
    if (r == DS_OK && !same_doc(r, &d, 0, ref)) {
      ds_doc_free(&m, &d);
      return 0;
    }
    if (r != DS_OK && r != DS_ENOMEM) {
      snprintf(why, sizeof(why), "failing allocator: return code %d", r);
      ds_doc_free(&m, &d);
      return 0;
    }
    ds_doc_free(&m, &d);
    stat.failalloc++;
    if (r == DS_OK) break;
  }
  return 1;
}

/* level of checking: 0 the document; 1 also the words; 2 also the
   appending and failing-allocator checks */
static int check_once (const char *s, size_t n, int level) {
  ds_Mem m = { alloc, NULL };
  ds_Doc d;
  RefDoc ref;
  int r, rr, ok;
  why[0] = '\0';
  ds_doc_init(&d);
  r = ds_doc_build(&m, &d, s, n);
  rr = tokref_build(s, n, &ref);
  ok = same_doc(r, &d, rr, &ref);
  if (ok && level >= 1) ok = same_words(s, &ref);
  if (ok && level >= 2) {
    size_t cut = n / 3;
    ok = same_append(s, cut, s + cut, n - cut) &&
         same_failing(s, n, &ref);
  }
  if (ok) {
    stat.tokens += ref.ntok;
    stat.spans += ref.nsent + ref.nclause;
  }
  tokref_free(&ref);
  ds_doc_free(&m, &d);
  return ok;
}


/* ------------------------------------------------------------------ */
/* failures: shrink the input, report, exit                            */
/* ------------------------------------------------------------------ */

/*
** Remove chunks of the text (halves, then smaller) as long as the
** difference stays: the report shows a few bytes, not an article.
*/
static void fail (const char *s0, size_t n, int level, const char *where) {
  char *s = (char *)xmalloc(n), *t = (char *)xmalloc(n);
  size_t chunk;
  FILE *f;
  memcpy(s, s0, n);
  for (chunk = n / 2; chunk >= 1; chunk /= 2) {
    size_t at = 0;
    while (at < n) {
      size_t k = chunk < n - at ? chunk : n - at, m;
      memcpy(t, s, at);
      memcpy(t + at, s + at + k, n - at - k);
      m = n - k;
      if (!check_once(t, m, level)) {
        memcpy(s, t, m);
        n = m;
      }
      else at += k;
    }
  }
  check_once(s, n, level);
  fprintf(stderr, "tokdiff: DIFFERENCE in %s\n  %s\n  input (%lu bytes): ",
          where, why, (unsigned long)n);
  quote(stderr, s, n < 2000 ? n : 2000);
  if ((f = fopen("tokdiff-fail.bin", "wb")) != NULL) {
    fwrite(s, 1, n, f);
    fclose(f);
    fprintf(stderr, "  written: tokdiff-fail.bin\n");
  }
  exit(1);
}

static void check (const char *s, size_t n, int level, const char *where) {
  if (!check_once(s, n, level)) fail(s, n, level, where);
  stat.texts++;
  stat.bytes += (double)n;
}


/* ------------------------------------------------------------------ */
/* the character functions, over every code point                      */
/* ------------------------------------------------------------------ */

static void check_chars (void) {
  uint32_t cp;
  unsigned b0, b1;
  for (cp = 0; cp <= 0x110000; cp++) {
    char a[4], b[4];
    int ka = ds_fold_cp(cp, a), kb = tokref_fold_cp(cp, b);
    if (ds_cp_class(cp) != tokref_cp_class(cp) ||
        ds_cp_isupper(cp) != tokref_cp_isupper(cp) ||
        ds_cp_islower(cp) != tokref_cp_islower(cp) || ka != kb ||
        memcmp(a, b, (size_t)ka) != 0) {
      fprintf(stderr, "tokdiff: DIFFERENCE at code point U+%04lX\n",
              (unsigned long)cp);
      exit(1);
    }
  }
  for (b0 = 0; b0 < 256; b0++) {
    if (ds_lower[b0] != tokref_lower((unsigned char)b0)) {
      fprintf(stderr, "tokdiff: DIFFERENCE in ds_lower[%u]\n", b0);
      exit(1);
    }
    for (b1 = 0; b1 < 256; b1++) {   /* every 2-byte prefix, 3 tails */
      unsigned char s[4];
      int t;
      for (t = 0; t < 3; t++) {
        uint32_t ca = 0, cb = 0;
        size_t n;
        s[0] = (unsigned char)b0; s[1] = (unsigned char)b1;
        s[2] = t == 0 ? 0x80 : t == 1 ? 0xBF : 0x41;
        s[3] = t == 0 ? 0x80 : t == 1 ? 0xBF : 0x90;
        for (n = 1; n <= 4; n++)
          if (ds_utf8_decode(s, n, 0, &ca) != tokref_utf8_decode(s, n, 0, &cb)
              || ca != cb) {
            fprintf(stderr, "tokdiff: DIFFERENCE in ds_utf8_decode "
                    "%02x %02x %02x %02x (n %lu)\n", s[0], s[1], s[2], s[3],
                    (unsigned long)n);
            exit(1);
          }
      }
    }
  }
  if (ds_words_check() != tokref_words_check()) {
    fprintf(stderr, "tokdiff: DIFFERENCE in ds_words_check\n");
    exit(1);
  }
}


/* ------------------------------------------------------------------ */
/* random and mutated texts                                            */
/* ------------------------------------------------------------------ */

static uint64_t rng = 1;

static uint32_t rnd (void) {             /* xorshift64* */
  rng ^= rng >> 12; rng ^= rng << 25; rng ^= rng >> 27;
  return (uint32_t)((rng * 0x2545F4914F6CDD1DULL) >> 32);
}

static size_t below (size_t n) { return n ? rnd() % n : 0; }

/* pieces that exercise the tokenizer's and segmenter's decisions */
static const char *const pieces[] = {
  " ", " ", " ", "  ", "\n", "\n", "\n\n", "\n  ", "\t", "\r\n", "\0",
  ".", ". ", ".\n", "...", "..", "!", "?", "?!", ",", ", ", ";", ":", "-",
  "--", "---", "'", "'s", "s'", "\"", "(", ")", "[", "]", "{", "}", "/",
  "@", "#", "$", "%", "&", "*", "+", "=", "<", ">", "|", "~", "^", "_",
  "`", "\\", "the", "The", "THE", "a", "A", "an", "and", "And", "AND",
  "or", "but", "to", "To", "of", "in", "on", "for", "with", "from", "at",
  "as", "As", "well", "while", "whereas", "although", "though",
  "including", "is", "are", "was", "were", "has", "have", "had", "will",
  "would", "could", "may", "May", "must", "should", "said", "says",
  "asked", "told", "pause", "paused", "pausing", "pauses", "resume",
  "resumed", "resuming", "cut", "cuts", "ban", "bans", "banned",
  "export", "exports", "exported", "scrapping", "scrapped", "eased",
  "halves", "studied", "studies", "by", "its", "their", "several",
  "some", "more", "new", "back", "up", "out", "that", "this", "well",
  "U.S.", "U.S", "u.s.", "U.K.", "E.U.", "a.m.", "p.m.", "A.M.", "e.g.",
  "i.e.", "Ph.D.", "No.", "no.", "Mr.", "Mrs.", "Dr.", "Gen.", "Nov.",
  "Jan.", "Inc.", "Corp.", "Co.", "Ltd.", "St.", "vs.", "etc.", "Jr.",
  "Mon.", "Monday", "EST", "GMT", "P.", "B.", "J.", "1.", "2.", "3.",
  "10.", "a.", "b.", "c.", "i.", "ii.", "iii.", "iv.", "IV.", "V.",
  "X.", "a)", "b)", "(a)", "(b)", "(1)", "(2)", "1)", "2)", "(i)",
  "(iv)", "a.)", "b.)", "1", "2", "12", "123", "1,250", "1,250.75",
  "3.5", "0.5", "2025", "1987", "G7", "A320", "3com", "1st", "10s",
  "[1]", "[2]", "11", "12", "http://x.com/a", "https://a.b/c?d=e",
  "www.example.com", "WWW.X.ORG", "a@b.com", "john.doe@mail.example",
  "ftp://h", "x://", "mailto:a@b", "don't", "O'Brien", "China's",
  "Chinas'", "it's", "rock'n'roll", "\xE2\x80\x99", "\xE2\x80\x98",
  "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x94", "\xE2\x80\x93",
  "\xE2\x80\xA6", "\xC2\xA0", "\xC2\xAD", "\xE2\x80\x8B", "\xEF\xBB\xBF",
  "\xE2\x80\xA8", "\xC2\x85", "\xCA\xBC", "China\xE2\x80\x99s",
  "na\xC3\xAFve", "\xC3\x89tat", "\xC3\xA9t\xC3\xA9", "\xC3\x9C",
  "\xC3\x9F", "\xCE\x91\xCE\xB8", "\xD0\x9C\xD0\xBE", "\xE3\x80\x82",
  "\xEF\xBC\x8E", "\xEF\xBD\xA1", "\xEF\xBC\x92\xEF\xBC\x90",
  "\xEF\xBC\xA1", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5", "\xF0\x9F\x98\x80",
  "\xCC\x81", "\xE2\x80\x8D", "\xC3\x97", "\xC2\xAB", "\xC2\xBB",
  "\xC2\xBF", "\xC2\xA1", "\x80", "\xBF", "\xC0\x80", "\xC3", "\xE2\x80",
  "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF5", "\xFF", "\xFE", "\xF0\x9F",
  "\x7F", "\x01", "\x1B", "\x0B", "\x0C", "CAP", "Word", "word", "WORD",
  "Washington", "Japan", "Reuters", "BUSAN", "SEOUL, Oct 30 -",
  "TRADE TALKS", "EXPECTED TO PAUSE", "quotas", "beef", "tariffs",
  "frozen", "given", "Lester", "Pearson", "Smith", "KRUPP", "GMBH",
  "martyr", "med", "staff", "Yes", "Why", "Lent", "Finance", "Minister",
};
#define NPIECES (sizeof(pieces) / sizeof(pieces[0]))

/* the length of piece 'k' ("\0" is one byte) */
static size_t piece_len (size_t k) {
  return pieces[k][0] == '\0' ? 1 : strlen(pieces[k]);
}

typedef struct Buf {
  char *s;
  size_t n, cap;
} Buf;

static void put (Buf *b, const char *s, size_t n) {
  if (b->n + n > b->cap) {
    b->cap = (b->n + n) * 2 + 64;
    b->s = (char *)realloc(b->s, b->cap);
    if (b->s == NULL) { fprintf(stderr, "tokdiff: out of memory\n"); exit(2); }
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
}

/* a run of one byte (or of two bytes in turn) across a 64-byte
   window: long words, numbers, white space, dots, dashes */
static void put_run (Buf *b) {
  static const char bytes[] = "aZ0 \n\t.-,'\x80\xC3";
  char x = bytes[below(sizeof(bytes) - 1)], y = bytes[below(sizeof(bytes) - 1)];
  size_t k, len = 50 + below(100), alt = below(3) == 0;
  for (k = 0; k < len; k++) put(b, (alt && (k & 1)) ? &y : &x, 1);
}

static void put_piece (Buf *b) {
  size_t k = below(NPIECES);
  if (below(64) == 0) { put_run(b); return; }
  put(b, pieces[k], piece_len(k));
}

/* a text of pieces, with or without spaces between them */
static void gen_pieces (Buf *b, size_t count, int spaced) {
  size_t i;
  for (i = 0; i < count; i++) {
    put_piece(b);
    if (spaced && below(3) != 0) put(b, " ", 1);
  }
}

/* random bytes from a small alphabet (or all 256) */
static void gen_bytes (Buf *b, size_t count) {
  static const char alpha[] = "aA .,'\"\n-:;()1sU?!\t\xE2\x80\x99\xC3";
  int full = below(2) == 0;
  size_t i;
  for (i = 0; i < count; i++) {
    char c = full ? (char)rnd() : alpha[below(sizeof(alpha) - 1)];
    put(b, &c, 1);
  }
}

/* the texts read from the files, for mutation */
static struct { const char **s; size_t *n; size_t count, cap; } texts;

static void keep_text (const char *s, size_t n) {
  if (texts.count == texts.cap) {
    texts.cap = texts.cap * 2 + 64;
    texts.s = (const char **)realloc((void *)texts.s,
                                     texts.cap * sizeof(char *));
    texts.n = (size_t *)realloc(texts.n, texts.cap * sizeof(size_t));
    if (texts.s == NULL || texts.n == NULL) exit(2);
  }
  texts.s[texts.count] = s;
  texts.n[texts.count++] = n;
}

/* a slice of a known text with a few random edits */
static void gen_mutant (Buf *b) {
  size_t k = below(texts.count), n = texts.n[k], a, l, e, edits;
  const char *s = texts.s[k];
  if (n == 0) { gen_pieces(b, 20, 1); return; }
  a = below(2) ? 0 : below(n);
  l = below(2) ? n - a : below(n - a + 1);
  if (l > 6000) l = 600 + below(5400);
  put(b, s + a, l);
  edits = below(8);
  for (e = 0; e < edits && b->n > 0; e++) {
    size_t at = below(b->n + 1), cut;
    Buf t = { NULL, 0, 0 };
    switch (below(6)) {
      case 0: case 1:                        /* insert a piece */
        put(&t, b->s + at, b->n - at);
        b->n = at;
        put_piece(b);
        put(b, t.s, t.n);
        break;
      case 2:                                /* delete bytes */
        cut = below(12);
        if (at + cut > b->n) cut = b->n - at;
        memmove(b->s + at, b->s + at + cut, b->n - at - cut);
        b->n -= cut;
        break;
      case 3:                                /* change a byte */
        if (at < b->n) b->s[at] = (char)rnd();
        break;
      case 4:                                /* flip the case of a byte */
        if (at < b->n && ((b->s[at] | 0x20) >= 'a' &&
                          (b->s[at] | 0x20) <= 'z'))
          b->s[at] ^= 0x20;
        break;
      default:                               /* a line break */
        put(&t, b->s + at, b->n - at);
        b->n = at;
        put(b, below(2) ? "\n" : "\n\n  ", below(2) ? 1 : 4);
        put(b, t.s, t.n);
        break;
    }
    free(t.s);
  }
}

/*
** Words built to reach every branch of the word functions: pieces and
** their folds with inflections added ("-s", "-es", "-ies", "-ed",
** "-ied", "-ing", a doubled last letter), cut, with a NUL or any byte
** put in, up to and past the longest key (15 bytes).
*/
static void check_words_random (unsigned long count) {
  static const char *const ends[] = {
    "", "s", "es", "ies", "d", "ed", "ied", "ing", "e", "y", "\0", "'s"
  };
  unsigned long i;
  for (i = 0; i < count; i++) {
    char w[40];
    size_t k = below(NPIECES), l = piece_len(k), e;
    if (l > 20) l = 20;
    memcpy(w, pieces[k], l);
    for (e = 0; e < l; e++) w[e] = (char)ds_lower[(unsigned char)w[e]];
    if (below(4) == 0 && l > 1) l -= 1 + below(l - 1);         /* cut */
    if (below(4) == 0 && l > 0 && l < 20) { w[l] = w[l - 1]; l++; }
    e = below(sizeof(ends) / sizeof(ends[0]));
    if (e == 10) w[l++] = '\0';
    else { memcpy(w + l, ends[e], strlen(ends[e])); l += strlen(ends[e]); }
    if (below(8) == 0 && l > 0) w[below(l)] = (char)rnd();
    if (below(16) == 0) l = below(l + 1);
    same_word(w, l);
  }
}

static void check_random (unsigned long count) {
  unsigned long i;
  Buf b = { NULL, 0, 0 };
  for (i = 0; i < count; i++) {
    size_t kind = below(16);
    b.n = 0;
    if (kind < 6) gen_pieces(&b, 1 + below(kind < 3 ? 12 : 200), below(4));
    else if (kind < 8) gen_bytes(&b, below(kind == 6 ? 16 : 400));
    else if (kind < 15 && texts.count > 0) gen_mutant(&b);
    else if (kind == 15 && i % 64 == 0) {    /* a long line, no break */
      size_t k;
      for (k = 0; k < 2000; k++) {
        put_piece(&b);
        if (b.s[b.n - 1] == '\n') b.n--;
        put(&b, " ", 1);
      }
    }
    else gen_pieces(&b, below(40), 1);
    check(b.n ? b.s : "", b.n, i % 16 == 0 ? 2 : 1, "a random text");
    stat.random++;
  }
  free(b.s);
}


/* ------------------------------------------------------------------ */
/* files                                                               */
/* ------------------------------------------------------------------ */

static char *read_file (const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  char *s;
  long size;
  if (f == NULL) { fprintf(stderr, "tokdiff: cannot open %s\n", path);
                   exit(2); }
  fseek(f, 0, SEEK_END);
  size = ftell(f);
  fseek(f, 0, SEEK_SET);
  s = (char *)xmalloc((size_t)size + 1);
  if (fread(s, 1, (size_t)size, f) != (size_t)size) {
    fprintf(stderr, "tokdiff: cannot read %s\n", path);
    exit(2);
  }
  fclose(f);
  *n = (size_t)size;
  return s;
}

/* a file of records "LENGTH\n" + bytes: each record, then all of them
   joined (one long text) */
static void check_records (const char *path) {
  size_t n, i = 0;
  char *s = read_file(path, &n), where[300];
  Buf all = { NULL, 0, 0 };
  unsigned long rec = 0;
  while (i < n) {
    char *end;
    unsigned long len = strtoul(s + i, &end, 10);
    if (end == s + i || *end != '\n' || len > n - (size_t)(end + 1 - s)) {
      fprintf(stderr, "tokdiff: %s: bad record at byte %lu\n", path,
              (unsigned long)i);
      exit(2);
    }
    i = (size_t)(end + 1 - s);
    snprintf(where, sizeof(where), "%s, record %lu", path, rec + 1);
    check(s + i, len, rec % 8 == 0 ? 2 : 1, where);
    keep_text(s + i, len);
    if (all.n) put(&all, "\n\n", 2);
    put(&all, s + i, len);
    i += len;
    rec++;
  }
  snprintf(where, sizeof(where), "%s, all records as one text", path);
  if (all.n) check(all.s, all.n, 0, where);
  free(all.s);
  stat.files++;
}

/*
** Long texts of one unit repeated (those of spec/segment_spec.lua's
** hostile cases): long lines, a million sentences, runs of quotation
** marks and brackets. The live core must stay linear on them too: each
** must take less than ten times the reference's time (plus a second).
*/
static void check_long (void) {
  static const struct { const char *unit; size_t times; } longs[] = {
    { "Tariffs and quotas rose, prices fell and ", 125000 },
    { "X! ", 1000000 }, { "\"a ", 200000 }, { "'a ", 200000 },
    { "(a ", 200000 }, { "[a. ", 200000 }, { "\"a.\" ", 200000 },
    { "a) ", 200000 }, { "a, and b, ", 200000 }, { "a; b: ", 200000 },
    { "U.S. ", 200000 }, { "\n", 300000 }, { " ", 300000 },
    { "word", 300000 }, { "1", 300000 }, { "\xC3\xA9", 200000 },
  };
  size_t k;
  for (k = 0; k < sizeof(longs) / sizeof(longs[0]); k++) {
    Buf b = { NULL, 0, 0 };
    ds_Mem m = { alloc, NULL };
    ds_Doc d;
    RefDoc ref;
    size_t t, ul = strlen(longs[k].unit);
    clock_t c0, c1, c2;
    int r, rr;
    for (t = 0; t < longs[k].times; t++) put(&b, longs[k].unit, ul);
    ds_doc_init(&d);
    c0 = clock();
    r = ds_doc_build(&m, &d, b.s, b.n);
    c1 = clock();
    rr = tokref_build(b.s, b.n, &ref);
    c2 = clock();
    why[0] = '\0';
    if (!same_doc(r, &d, rr, &ref)) {
      fprintf(stderr, "tokdiff: DIFFERENCE in a long text of \"%s\"\n  %s\n",
              longs[k].unit, why);
      exit(1);
    }
    if ((double)(c1 - c0) > 10.0 * (double)(c2 - c1) + CLOCKS_PER_SEC) {
      fprintf(stderr, "tokdiff: a long text of \"%s\" takes %.1f s "
              "(the reference: %.1f s)\n", longs[k].unit,
              (double)(c1 - c0) / CLOCKS_PER_SEC,
              (double)(c2 - c1) / CLOCKS_PER_SEC);
      exit(1);
    }
    stat.texts++;
    stat.bytes += (double)b.n;
    stat.tokens += ref.ntok;
    stat.spans += ref.nsent + ref.nclause;
    tokref_free(&ref);
    ds_doc_free(&m, &d);
    free(b.s);
  }
}

int main (int argc, char **argv) {
  unsigned long nrandom = 0;
  int i, records = 0;
  check_chars();
  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-r") == 0 && i + 1 < argc)
      nrandom = strtoul(argv[++i], NULL, 10);
    else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc)
      rng = strtoull(argv[++i], NULL, 10) * 2 + 1;
    else if (strcmp(argv[i], "-l") == 0)
      records = 1;
    else if (records) {
      check_records(argv[i]);
      records = 0;
    }
    else {
      size_t n;
      char *s = read_file(argv[i], &n);
      check(s, n, 2, argv[i]);
      keep_text(s, n);
      stat.files++;
    }
  }
  check_long();
  check_words_random(nrandom * 4);
  check_random(nrandom);
  printf("tokdiff: no difference: %lu files, %lu texts (%lu random), "
         "%.1f MB, %lu tokens, %lu sentences+clauses, %lu words, "
         "%lu failing-allocator runs, all code points\n",
         stat.files, stat.texts, stat.random, stat.bytes / 1e6, stat.tokens,
         stat.spans, stat.words, stat.failalloc);
  return 0;
}
