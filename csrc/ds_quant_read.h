/*
** ds_quant_read.h -- what the quantity reader's files share (internal:
** ds_quant.c reads numbers, units, ranges and changes, ds_quant_date.c
** reads dates): the reader's state, its quantity type, and the token
** helpers every rule asks, inline because they are asked millions of
** times per megabyte.
** See LICENSE for copyright and licence.
*/
#ifndef ds_quant_read_h
#define ds_quant_read_h

#include <string.h>

#include "ds_quant.h"

#define NONE ((size_t)-1)

typedef const ds_QWord Word;

/*
** The last look-ups, by token index: around a figure the reader asks
** about the same few tokens many times (is it a scale? a unit? a
** qualifier?), and a direct-mapped cache answers most of them.
*/
#define KWCACHE 32
typedef struct KwCache {
  size_t i[KWCACHE];
  const ds_QWord *w[KWCACHE];
} KwCache;

/* the reader's state over one document */
typedef struct P {
  const char *s;
  const ds_Token *t;
  size_t n;
  size_t floor;            /* first token after the last figure */
  const ds_QOpts *o;
  const ds_QIndex *x;      /* keyword index, or NULL */
  KwCache *cache;
} P;

/* a number: digits with an optional scale, or number words */
#define A_DIGITS 0x01
#define A_WORDS  0x02
#define A_INT    0x04      /* digits without a decimal part */
#define A_YEAR   0x08      /* four digits, 1800 .. 2100 */
#define A_DAY    0x10      /* one or two digits, 1 .. 31 */
#define A_ONE    0x20      /* the word "one" alone: rarely a figure */

typedef struct Atom {
  size_t a, b;             /* first and last token */
  size_t numtok;           /* digits: the number token */
  double base;             /* words: the value before 'exp' */
  int exp;                 /* scale exponent: million 6 */
  unsigned fl;
} Atom;

/* one quantity: an atom with its unit, maybe a range, maybe a rate */
typedef struct Q {
  size_t a, b;             /* tokens */
  int kind;
  const char *unit;
  Atom A;                  /* the (low) atom */
  int uexp;                /* unit exponent: cents -2, kg -3 */
  double umul;             /* unit factor not a power of ten: lb */
  double lo, hi;
  int range;
  int adopted;             /* took its unit from the range's other end */
  size_t noun;             /* count: the counted noun's token */
  const char *per;         /* rate period */
  size_t pa, pb;           /* rate denominator tokens, or NONE */
  /* dates */
  int y, y2, m, d, d2, dflags, rel;
} Q;


/* ---------------------------------------------------------------- */
/* tokens                                                            */
/* ---------------------------------------------------------------- */

static inline int kind (const P *p, size_t i) {
  return i < p->n ? p->t[i].kind : 0;
}

/* the token is glued to the one before it (no white space) */
static inline int glued (const P *p, size_t i) {
  return i > 0 && i < p->n && !(p->t[i].flags & DS_TF_SPACE);
}

static inline int punct (const P *p, size_t i, int c) {
  return i < p->n && p->t[i].kind == DS_TK_PUNCT && p->t[i].punct == c;
}

/* a hyphen or a dash (the tokenizer folds dashes to 'D') */
static inline int dash (const P *p, size_t i) {
  return punct(p, i, '-') || punct(p, i, 'D');
}

/* the keyword entry of word token i, or NULL (no cache) */
static inline Word *kw_find (const P *p, size_t i) {
  char buf[16];
  const ds_Token *t = &p->t[i];
  size_t k;
  if (t->kind != DS_TK_WORD || t->len >= sizeof(buf)) return NULL;
  if (p->x != NULL) {                    /* (bytes >= 0x80 never match) */
    const char *w = p->s + t->start;
    int pr = ds_qpair(w, t->len);
    if (pr < 0 || !(p->x->any[pr] & (1u << t->len))) return NULL;
    return ds_qindex_find(p->x, w, t->len, ds_qhash(w, t->len));
  }
  for (k = 0; k < t->len; k++) {
    unsigned char c = (unsigned char)p->s[t->start + k];
    if (c >= 0x80) return NULL;
    buf[k] = (char)ds_lower[c];
  }
  return ds_qword(buf, t->len);
}

/* the keyword entry of word token i, or NULL */
static inline Word *kw (const P *p, size_t i) {
  KwCache *c = p->cache;
  size_t slot = i & (KWCACHE - 1);
  if (i >= p->n) return NULL;
  if (c->i[slot] != i) {
    c->i[slot] = i;
    c->w[slot] = kw_find(p, i);
  }
  return c->w[slot];
}

static inline int has (const P *p, size_t i, uint32_t cls) {
  Word *w = kw(p, i);
  return w != NULL && (w->cls & cls) != 0;
}

/*
** Word token i is 'w' (ASCII, compared without case). Inline, so that
** strlen of a literal is a constant and most calls end at the length.
*/
static inline int is (const P *p, size_t i, const char *w) {
  size_t len = strlen(w), k;
  const ds_Token *t;
  if (i >= p->n) return 0;
  t = &p->t[i];
  if (t->len != len || t->kind != DS_TK_WORD) return 0;
  for (k = 0; k < len; k++)
    if (ds_lower[(unsigned char)p->s[t->start + k]] != (unsigned char)w[k])
      return 0;
  return 1;
}

/* the symbol token i: its bytes are 's' */
static inline int sym (const P *p, size_t i, const char *s) {
  size_t len = strlen(s);
  return i < p->n && p->t[i].kind == DS_TK_SYMBOL && p->t[i].len == len &&
         memcmp(p->s + p->t[i].start, s, len) == 0;
}

/* the last byte of token i, lower-cased */
static inline int lastc (const P *p, size_t i, size_t back) {
  const ds_Token *t = &p->t[i];
  if (back >= t->len) return 0;
  return ds_lower[(unsigned char)p->s[t->start + t->len - 1 - back]];
}


/* numbers (ds_quant.c) */
DS_FUNC int ds_qplain_number (const P *p, size_t i, unsigned *fl);
DS_FUNC int ds_qsmall_int (const P *p, size_t i);
DS_FUNC int ds_qnumber_ok (const P *p, size_t i);

/* dates (ds_quant_date.c): each fills the date fields of 'q' */
DS_FUNC int ds_qdate_at_month (const P *p, size_t i, Q *q);
DS_FUNC int ds_qdate_at_number (const P *p, size_t i, Q *q);
DS_FUNC void ds_qresolve (const P *p, Q *q);

#endif
