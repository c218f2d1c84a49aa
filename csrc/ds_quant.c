/*
** ds_quant.c -- quantities, dates and changes: numbers in digits and
** words, percentages, money, mass, counts, durations, dates and
** changes, each with its normalized value and its span, read from
** the tokens of a document. The text is never copied: every decision
** looks at tokens and their flags; values are computed from the digits
** with one correctly rounded conversion (an exact product or quotient
** for up to 15 digits, strtod beyond), so "1,250.5" is exactly 1250.5
** and "$1.1 billion" exactly 1.1e9.
**
** The reader walks the tokens once. A figure is anchored on a number
** token or a number word (or a month, or "halved"); from there it looks
** back for what can precede it (a currency sign, a qualifier, "from",
** "to", "by") and forward for what can follow (a scale, a unit, a
** counted noun, a range's other end, a rate's period). Figures never
** overlap: the look-back stops at the end of the previous figure.
** See LICENSE for copyright and licence.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ds_quant_read.h"

/* ---------------------------------------------------------------- */
/* values                                                            */
/* ---------------------------------------------------------------- */

static const double pow10tab[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
  1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

/* v * 10^e: one correctly rounded operation when |e| <= 22 */
static double scale10 (double v, int e) {
  while (e > 22) { v *= 1e22; e -= 22; }
  while (e < -22) { v /= 1e22; e += 22; }
  return e >= 0 ? v * pow10tab[e] : v / pow10tab[-e];
}

/*
** The number token i times 10^exp, correctly rounded: its digits,
** without the separators and the decimal point (the point becomes an
** exponent, as strtod would read '.' only in the C locale), make an
** integer and a power of ten. Up to 15 digits and 10^22 that is one
** exact operation; beyond, strtod converts them. Only the first 40
** significant digits are read, the rest only moving the exponent, so a
** run of 10,000 digits takes constant space (and overflows to infinity,
** which the caller drops).
*/
static double digits_value (const P *p, size_t i, int exp) {
  const ds_Token *t = &p->t[i];
  const char *s = p->s + t->start;
  char buf[64];
  size_t k, o = 0;
  long e = exp;
  int dot = 0, sig = 0;
  for (k = 0; k < t->len; k++) {
    char c = s[k];
    if (c == ',') continue;
    if (c == '.') { dot = 1; continue; }
    if (sig == 0 && c == '0') {          /* leading zeros */
      if (dot) e--;
      continue;
    }
    if (sig < 40) {
      buf[o++] = c;
      sig++;
      if (dot) e--;
    }
    else if (!dot && e < 100000) e++;    /* dropped integer digits */
  }
  if (sig == 0) return 0.0;
  if (sig <= 15 && e >= -22 && e <= 22) {
    /* Clinger's fast path: the digits and 10^|e| are exact doubles, so
       one multiplication or division is correctly rounded */
    uint64_t v = 0;
    size_t k2;
    for (k2 = 0; k2 < o; k2++) v = v * 10 + (uint64_t)(buf[k2] - '0');
    return e >= 0 ? (double)v * pow10tab[e] : (double)v / pow10tab[-e];
  }
  if (e > 99999) e = 99999;
  if (e < -99999) e = -99999;
  buf[o++] = 'e';
  if (e < 0) { buf[o++] = '-'; e = -e; }
  {
    char d[8];
    int nd = 0;
    do { d[nd++] = (char)('0' + e % 10); e /= 10; } while (e > 0);
    while (nd > 0) buf[o++] = d[--nd];
  }
  buf[o] = '\0';
  return strtod(buf, NULL);
}

/* the atom's value with 'extra' more powers of ten */
static double atom_value (const P *p, const Atom *A, int extra) {
  if (A->fl & A_DIGITS) return digits_value(p, A->numtok, A->exp + extra);
  return scale10(A->base, A->exp + extra);
}

static double q_value (const P *p, const Q *q) {
  double v = atom_value(p, &q->A, q->uexp);
  return q->umul != 1.0 ? v * q->umul : v;
}


/* ---------------------------------------------------------------- */
/* numbers                                                           */
/* ---------------------------------------------------------------- */

/* a number token the reader can take: 1,250.5 but not 1.2.3 */
int ds_qplain_number (const P *p, size_t i, unsigned *fl) {
  const ds_Token *t = &p->t[i];
  const char *s = p->s + t->start;
  size_t k, dots = 0, commas = 0;
  for (k = 0; k < t->len; k++) {
    if (s[k] == '.') dots++;
    else if (s[k] == ',') {
      if (dots) return 0;                /* 1.250,5 */
      commas++;
    }
  }
  if (dots > 1) return 0;
  *fl = A_DIGITS;
  if (dots == 0) *fl |= A_INT;
  if (t->len == 4 && commas == 0 && dots == 0) {
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
            (s[3] - '0');
    if (y >= 1800 && y <= 2100) *fl |= A_YEAR;
  }
  if (dots == 0 && commas == 0 && t->len <= 2) {
    int d = t->len == 1 ? s[0] - '0' : (s[0] - '0') * 10 + (s[1] - '0');
    if (d >= 1 && d <= 31) *fl |= A_DAY;
  }
  return 1;
}

/* the small integer value of an A_INT number token (up to 9999) */
int ds_qsmall_int (const P *p, size_t i) {
  const ds_Token *t = &p->t[i];
  int v = 0;
  size_t k;
  if (t->len > 4) return -1;
  for (k = 0; k < t->len; k++) {
    char c = p->s[t->start + k];
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

/*
** Does the number token i stand as a number? Not when it is part of a
** label or code glued to letters ("F-16", "1e308", "3G"), a time
** ("5:30") or a version ("1.2.3").
*/
int ds_qnumber_ok (const P *p, size_t i) {
  size_t j = i + 1;
  if (glued(p, i)) {
    int k = p->t[i - 1].kind;
    if (k == DS_TK_WORD || k == DS_TK_NUMBER) return 0;
    if (k == DS_TK_PUNCT) {
      int c = p->t[i - 1].punct;
      if (c == '.' || c == ':' || c == ',' || c == '/') {
        if (i >= 2 && glued(p, i - 1) && p->t[i - 2].kind != DS_TK_PUNCT)
          return 0;
      }
      else if (c == '-' && i >= 2 && glued(p, i - 1) &&
               p->t[i - 2].kind == DS_TK_WORD && !is(p, i - 2, "mid") &&
               !is(p, i - 2, "pre") && !is(p, i - 2, "to"))
        return 0;                        /* F-16, COVID-19 (not 8-to-10) */
    }
    if (sym(p, i - 1, "#")) return 0;
  }
  if (glued(p, j)) {
    if (kind(p, j) == DS_TK_WORD) {
      Word *w = kw(p, j);
      if (w == NULL || !(w->cls & (DS_QW_SCALE | DS_QW_GLUEDSC | DS_QW_ORD |
                                   DS_QW_MASS | DS_QW_PCT | DS_QW_PERIOD |
                                   DS_QW_TIME)))
        if (!is(p, j, "s")) return 0;    /* 1e308, 3G (1970s is a date) */
    }
    if (punct(p, j, ':') && kind(p, j + 1) == DS_TK_NUMBER && glued(p, j + 1))
      return 0;                          /* 5:30 */
  }
  return 1;
}

/* the scale word at j after a number (12m, 1.5 million, 1.5-billion) */
static size_t scale_at (const P *p, size_t j, int *exp) {
  Word *w;
  if (dash(p, j) && glued(p, j) && glued(p, j + 1)) {
    w = kw(p, j + 1);
    if (w && (w->cls & DS_QW_SCALE)) { *exp = w->v; return j + 1; }
    return NONE;
  }
  w = kw(p, j);
  if (w == NULL) return NONE;
  if ((w->cls & DS_QW_SCALE) || ((w->cls & DS_QW_GLUEDSC) && glued(p, j))) {
    *exp = w->v;
    return j;
  }
  return NONE;
}

/*
** Number words: "twenty-five", "three hundred and five", "two million",
** "a dozen", "half a million", "two and a half". Returns the last token
** or NONE; the value goes to A->base and A->exp.
*/
static size_t number_words (const P *p, size_t i, Atom *A) {
  double total = 0, cur = 0;
  int last = 0, lastscale = 99, exp = 0, any = 0;
  size_t j = i, end = NONE;
  Word *w = kw(p, i);
  enum { L_NONE, L_UNIT, L_TENS, L_HUNDRED, L_SCALE };
  if (w == NULL) return NONE;
  if (w->cls & DS_QW_HALF) {             /* half a million, half a year */
    Word *x;
    if (!has(p, i + 1, DS_QW_ART)) return NONE;
    x = kw(p, i + 2);
    if (x == NULL) return NONE;
    A->base = 0.5;
    A->exp = 0;
    if ((x->cls & DS_QW_SCALE) && !(x->cls & DS_QW_GLUEDSC)) {
      A->exp = x->v;
      return i + 2;
    }
    if (x->cls & DS_QW_DOZEN) {          /* half a dozen */
      A->base = 6;
      return i + 2;
    }
    /* only a unit may follow: "half a year", not "half a century" */
    return (x->cls & (DS_QW_PERIOD | DS_QW_PCT | DS_QW_MASS | DS_QW_CUR |
                      DS_QW_CENT)) ? i + 1 : NONE;
  }
  if (w->cls & DS_QW_ART) {              /* a million, a dozen, a hundred */
    Word *x = kw(p, i + 1);
    if (x == NULL) return NONE;
    if (x->cls & DS_QW_DOZEN) { A->base = 12; A->exp = 0; return i + 1; }
    if (x->cls & DS_QW_QUARTER) {        /* a quarter of a million */
      Word *y;
      if (!is(p, i + 2, "of") || !has(p, i + 3, DS_QW_ART)) return NONE;
      y = kw(p, i + 4);
      if (!y || !(y->cls & DS_QW_SCALE) || (y->cls & DS_QW_GLUEDSC))
        return NONE;
      A->base = 0.25;
      A->exp = y->v;
      return i + 4;
    }
    if (!(x->cls & (DS_QW_SCALE | DS_QW_HUNDRED)) || (x->cls & DS_QW_GLUEDSC))
      return NONE;
    cur = 1;
    last = L_UNIT;
    any = 1;
    j = i + 1;
    end = i;
  }
  for (;; j++) {
    w = kw(p, j);
    if (w == NULL) break;
    if (w->cls & DS_QW_UNIT) {
      if (last == L_UNIT || last == L_TENS) break;
      cur += w->v;
      last = L_UNIT;
    }
    else if (w->cls & DS_QW_TENS) {
      if (last == L_UNIT || last == L_TENS) break;
      cur += w->v;
      last = L_TENS;
      if (dash(p, j + 1) && glued(p, j + 1) && glued(p, j + 2) &&
          has(p, j + 2, DS_QW_UNIT)) {   /* twenty-five */
        Word *u = kw(p, j + 2);
        if (u->v >= 1 && u->v <= 9) { cur += u->v; j += 2; }
      }
    }
    else if (w->cls & DS_QW_HUNDRED) {
      /* only a group's first 1..99 takes "hundred": the words of one
         number are bounded, so no text makes the reader quadratic */
      if (!any || last == L_HUNDRED || last == L_SCALE || cur == 0 ||
          cur >= 100)
        break;
      cur *= 100;
      last = L_HUNDRED;
    }
    else if ((w->cls & DS_QW_SCALE) && !(w->cls & DS_QW_GLUEDSC)) {
      if (!any || last == L_SCALE || w->v >= lastscale) break;
      if (cur == 0) break;
      total += scale10(cur, w->v);
      cur = 0;
      lastscale = w->v;
      exp = w->v;
      last = L_SCALE;
    }
    else if (w->cls & DS_QW_DOZEN) {
      if (!any || last != L_UNIT) break;
      cur *= 12;
      last = L_SCALE;
      lastscale = 1;
    }
    else if (is(p, j, "and") && any &&
             (last == L_HUNDRED || last == L_SCALE) &&
             has(p, j + 1, DS_QW_UNIT | DS_QW_TENS)) {
      continue;                          /* one hundred and five */
    }
    else if (is(p, j, "and") && any && (last == L_UNIT || last == L_TENS) &&
             has(p, j + 1, DS_QW_ART) &&
             (has(p, j + 2, DS_QW_HALF) || is(p, j + 2, "quarter"))) {
      cur += has(p, j + 2, DS_QW_HALF) ? 0.5 : 0.25;  /* two and a half */
      end = j + 2;
      j += 3;
      w = kw(p, j);
      if (w && (w->cls & DS_QW_SCALE) && !(w->cls & DS_QW_GLUEDSC) &&
          w->v < lastscale) {
        total += scale10(cur, w->v);
        cur = 0;
        exp = w->v;
        end = j;
      }
      break;
    }
    else break;
    any = 1;
    end = j;
  }
  if (!any || end == NONE) return NONE;
  total += cur;
  /* the value before the last scale, for ranges that borrow it */
  if (exp > 0 && cur == 0) {
    A->base = scale10(total, -exp);
    if (scale10(A->base, exp) != total) { A->base = total; exp = 0; }
  }
  else {
    A->base = total;
    exp = 0;
  }
  A->exp = exp;
  return end;
}

/* a number at token i: digits (with a scale) or number words */
static int atom_at (const P *p, size_t i, Atom *A) {
  memset(A, 0, sizeof(*A));
  A->a = i;
  A->numtok = NONE;
  if (kind(p, i) == DS_TK_NUMBER) {
    size_t j;
    if (!ds_qplain_number(p, i, &A->fl) || !ds_qnumber_ok(p, i)) return 0;
    A->numtok = i;
    A->b = i;
    if ((j = scale_at(p, i + 1, &A->exp)) != NONE) {
      A->b = j;
      A->fl &= ~(unsigned)(A_YEAR | A_DAY);
    }
    return 1;
  }
  A->b = number_words(p, i, A);
  if (A->b == NONE) return 0;
  A->fl = A_WORDS;
  if (A->b == i && is(p, i, "one")) A->fl |= A_ONE;
  return 1;
}


/* ---------------------------------------------------------------- */
/* units                                                             */
/* ---------------------------------------------------------------- */

static const char *const period_names[] = {
  NULL, "day", "week", "month", "month", "year", "year"
};

/* the currency signs before a number */
static int currency_sign (const P *p, size_t i) {
  static const struct { const char *s; int cur; } signs[] = {
    {"$", DS_CUR_USD}, {"\xE2\x82\xAC", DS_CUR_EUR}, {"\xC2\xA3", DS_CUR_GBP},
    {"\xC2\xA5", DS_CUR_JPY}, {"\xE2\x82\xA9", DS_CUR_KRW},
    {"\xE2\x82\xB9", DS_CUR_INR}, {"\xE2\x82\xBD", DS_CUR_RUB},
    {"\xE2\x82\xBA", DS_CUR_TRY}, {"\xE2\x82\xA6", DS_CUR_NGN},
    {"\xE2\x82\xAB", DS_CUR_VND}, {"\xE2\x82\xB1", DS_CUR_PHP},
    {"\xEF\xBF\xA5", DS_CUR_JPY}, {"\xEF\xBC\x84", DS_CUR_USD}
  };
  size_t k;
  const ds_Token *t;
  if (i >= p->n || (t = &p->t[i])->kind != DS_TK_SYMBOL) return 0;
  if (t->len == 1) return p->s[t->start] == '$' ? DS_CUR_USD : 0;
  for (k = 1; k < sizeof(signs) / sizeof(signs[0]); k++)
    if (p->s[t->start + 1] == signs[k].s[1] && sym(p, i, signs[k].s))
      return signs[k].cur;
  return 0;
}

/* the dollar of a prefix glued before '$': US$, HK$, A$, C$, NT$ */
static int dollar_prefix (const P *p, size_t i) {
  static const struct { const char *w; int cur; } pre[] = {
    {"us", DS_CUR_USD}, {"u.s.", DS_CUR_USD}, {"a", DS_CUR_AUD},
    {"c", DS_CUR_CAD}, {"can", DS_CUR_CAD}, {"hk", DS_CUR_HKD},
    {"nt", DS_CUR_TWD}, {"s", DS_CUR_SGD}, {"nz", DS_CUR_NZD},
    {"r", DS_CUR_BRL}, {"mex", DS_CUR_MXN}
  };
  size_t k;
  for (k = 0; k < sizeof(pre) / sizeof(pre[0]); k++)
    if (is(p, i, pre[k].w)) return pre[k].cur;
  return 0;
}

/*
** A currency before the atom at token a: a sign ($, US$, EUR sign) or
** a code (USD, RMB, Rs.). Returns the currency and sets '*start'.
*/
static int currency_before (const P *p, size_t a, size_t *start) {
  size_t i;
  int cur;
  Word *w;
  if (a == 0 || a - 1 < p->floor) return 0;
  i = a - 1;
  if ((cur = currency_sign(p, i)) != 0) {
    *start = i;
    if (cur == DS_CUR_USD && i > p->floor && glued(p, i) &&
        kind(p, i - 1) == DS_TK_WORD) {
      int c = dollar_prefix(p, i - 1);
      if (c == 0) return 0;              /* an unknown X$ */
      cur = c;
      *start = i - 1;
    }
    return cur;
  }
  if (punct(p, i, '.') && glued(p, i) && i > p->floor && is(p, i - 1, "rs")) {
    *start = i - 1;                      /* Rs. 600 */
    return DS_CUR_INR;
  }
  w = kw(p, i);
  if (w == NULL) return 0;
  if (w->cls & DS_QW_CODE) {
    if (!(p->t[i].flags & DS_TF_UPPER) && !is(p, i, "rs")) return 0;
    *start = i;
    return w->v;
  }
  if (is(p, i, "dlrs")) { *start = i; return DS_CUR_USD; }
  return 0;
}

/* money after the atom: [adjective] currency word, or cents */
static size_t currency_after (const P *p, size_t j, Q *q) {
  int adj = 0, cur;
  size_t k = j;
  Word *w;
  /* up to two adjective words: U.S., Canadian, Hong Kong, New Zealand */
  for (; k < j + 3; k++) {
    w = kw(p, k);
    if (w == NULL) {
      if (is(p, k, "new") || is(p, k, "sri") || is(p, k, "west")) continue;
      return NONE;
    }
    if (w->cls & (DS_QW_CUR | DS_QW_CENT)) break;
    if ((w->cls & DS_QW_CODE) && (p->t[k].flags & DS_TF_UPPER)) break;
    if (w->cls & DS_QW_CURADJ) { adj = w->v; continue; }
    if (is(p, k, "kong")) continue;
    return NONE;
  }
  if (k == j + 3) return NONE;
  w = kw(p, k);
  if (w->cls & DS_QW_CENT) {
    int c = ds_qcur_adj(adj, w->v);
    if (c == DS_CUR_NONE || c == DS_CUR_AMBIG) return NONE;
    q->unit = ds_qcurrency(c);
    q->uexp = -2;
  }
  else if ((w->cls & DS_QW_CODE) && !(w->cls & DS_QW_CUR)) {
    if (adj) return NONE;
    q->unit = ds_qcurrency(w->v);
  }
  else {
    if (w->v == DS_FAM_POUND && is(p, k + 1, "of"))
      return NONE;                       /* 100 mln pounds of beef: mass */
    cur = ds_qcur_adj(adj, w->v);
    if (cur == DS_CUR_NONE) return NONE;
    q->unit = ds_qcurrency(cur);         /* NULL: francs, crowns, pesos */
    if (is(p, k + 1, "sterling") && w->v == DS_FAM_POUND) k++;
  }
  q->kind = DS_QK_MONEY;
  return k;
}

/* mass after the atom: [metric | short | long] tonnes, kg, lbs */
static size_t mass_after (const P *p, size_t j, Q *q) {
  Word *w = kw(p, j);
  int mod = 0;
  if (w == NULL) return NONE;
  if (w->cls & DS_QW_MASSMOD) {
    mod = w->v;
    w = kw(p, ++j);
    if (w == NULL) return NONE;
  }
  q->kind = DS_QK_MASS;
  q->unit = "t";
  if ((w->cls & DS_QW_CUR) && w->v == DS_FAM_POUND && !mod &&
      is(p, j + 1, "of")) {
    q->umul = 0.00045359237;             /* 100 mln pounds of beef */
    return j;
  }
  if (!(w->cls & DS_QW_MASS) ||
      (mod && w->v != DS_MASS_TON && w->v != DS_MASS_TONNE)) {
    q->kind = DS_QK_NUMBER;
    q->unit = NULL;
    return NONE;
  }
  switch (w->v) {
    case DS_MASS_TON:                    /* tons are metric unless short */
      if (mod == DS_MMOD_SHORT) q->unit = "short t";
      else if (mod == DS_MMOD_LONG) q->unit = "long t";
      break;
    case DS_MASS_KG: q->uexp = -3; break;
    case DS_MASS_MMT: q->uexp = 6; break;
    case DS_MASS_LB: q->umul = 0.00045359237; break;
    default: break;
  }
  return j;
}

/* a plural noun: ends in s (not ss, us, is) or is known (cattle) */
static int plural (const P *p, size_t i) {
  const ds_Token *t = &p->t[i];
  Word *w;
  int c1, c2;
  if (t->kind != DS_TK_WORD || (t->flags & (DS_TF_CLITIC | DS_TF_URL)))
    return 0;
  w = kw(p, i);
  if (w && (w->cls & DS_QW_PLURAL)) return 1;
  if (t->len < 3) return 0;
  c1 = lastc(p, i, 0);
  c2 = lastc(p, i, 1);
  if (c1 != 's') return 0;
  if (c2 == 's' || c2 == 'u' || c2 == 'i' || c2 == '\'') return 0;
  return (c2 >= 'a' && c2 <= 'z');
}

/* words that end a counted noun phrase */
#define NOT_NOUN (DS_QW_STOP | DS_QW_PERIOD | DS_QW_PCT | DS_QW_CUR | \
                  DS_QW_CODE | DS_QW_MASS | DS_QW_SCALE | DS_QW_MONTH | \
                  DS_QW_NOCOUNT | DS_QW_POINT | DS_QW_CENT | DS_QW_TIME | \
                  DS_QW_UNIT | DS_QW_TENS | DS_QW_PERADV | DS_QW_FACTOR)

/*
** Is the figure whose unit starts at token j in a line of capitals (a
** headline: "QUOTA UP 190,000 BALES")? Then a noun in capitals counts;
** in a table's "nil 75,530 BARBADOS" it does not.
*/
static int upper_context (const P *p, size_t j) {
  size_t i = j;
  while (i > 0 && p->t[i - 1].kind != DS_TK_WORD && j - i < 6) i--;
  return i > 0 && (p->t[i - 1].flags & DS_TF_UPPER);
}

/*
** A counted noun after the atom: up to four words ("two large soybean
** cargoes", "190,000 170-kg bales") whose last plural is the noun.
*/
static size_t count_after (const P *p, size_t j, Q *q) {
  size_t k = j, head = NONE, words = 0;
  unsigned upper = 0;
  while (k < p->n && words < 4) {
    const ds_Token *t = &p->t[k];
    if (t->kind == DS_TK_WORD) {
      Word *w = kw(p, k);
      unsigned up = t->flags & DS_TF_UPPER;
      if ((t->flags & (DS_TF_CLITIC | DS_TF_URL)) || (w && (w->cls & NOT_NOUN)))
        break;
      if (words > 0 && upper && !up) break;   /* a headline ends: BALES India */
      upper = up;
      /* the noun is lower case (or in a headline's capitals): "two
         Chinese firms", not a table's "1.30 Exports" */
      if (plural(p, k) && (up ? upper_context(p, j) : !(t->flags & DS_TF_CAP)))
        head = k;
      words++;
      k++;
      if (dash(p, k) && glued(p, k) && glued(p, k + 1) &&
          kind(p, k + 1) == DS_TK_WORD)
        k++;                             /* soybean-related */
    }
    else if (t->kind == DS_TK_NUMBER && punct(p, k + 1, '-') &&
             glued(p, k + 1) && glued(p, k + 2) && kind(p, k + 2) == DS_TK_WORD) {
      k += 3;                            /* 170-kg */
      words++;
    }
    else break;
  }
  if (head == NONE) return NONE;
  q->kind = DS_QK_COUNT;
  q->noun = head;
  return head;
}

/* a percentage after the atom: %, percent, pct, per cent, points */
static size_t percent_after (const P *p, size_t j, Q *q) {
  Word *w;
  size_t k = j;
  int pp = 0;
  if (sym(p, j, "%") || sym(p, j, "\xEF\xBC\x85")) {
    k = j;
  }
  else if (is(p, j, "per") && is(p, j + 1, "cent")) {
    k = j + 1;
  }
  else {
    w = kw(p, j);
    if (w == NULL || !(w->cls & DS_QW_PCT)) return NONE;
    if (w->v == 3) {                     /* bp, bps */
      q->kind = DS_QK_PERCENT;
      q->unit = "pp";
      q->uexp = -2;
      return j;
    }
    if (w->v == 1 || w->v == 2) {        /* percentage / basis point(s) */
      size_t x = j + 1;
      if (dash(p, x) && glued(p, x)) x++;
      if (!has(p, x, DS_QW_POINT)) return NONE;
      q->kind = DS_QK_PERCENT;
      q->unit = "pp";
      if (w->v == 2) q->uexp = -2;
      return x;
    }
  }
  /* 20 pct points, 3% points, 10-percentage-point */
  {
    size_t x = k + 1;
    if (dash(p, x) && glued(p, x)) x++;
    if (has(p, x, DS_QW_POINT)) { k = x; pp = 1; }
  }
  q->kind = DS_QK_PERCENT;
  q->unit = pp ? "pp" : "%";
  return k;
}

/* a duration after the atom: one year, 90-day, three months */
static size_t duration_after (const P *p, size_t j, Q *q) {
  Word *w = kw(p, j);
  if (w == NULL || !(w->cls & DS_QW_PERIOD)) return NONE;
  if (q->A.numtok != NONE && p->t[q->A.numtok].len > 5)
    return NONE;                         /* "5,545,000 Year": a table */
  q->kind = DS_QK_DURATION;
  q->unit = period_names[w->v];
  if (w->v == DS_PER_QUARTER) q->umul = 3;
  else if (w->v == DS_PER_DECADE) q->uexp = 1;
  return j;
}

/*
** The unit after the atom (the atom ends at A.b): the first that fits
** of percent, money, mass, duration, counted noun. A unit glued with a
** hyphen ("90-day", "10-pct") counts too.
*/
static void unit_after (const P *p, Q *q) {
  size_t j = q->A.b + 1, e;
  if (dash(p, j) && glued(p, j) && glued(p, j + 1) &&
      kind(p, j + 1) == DS_TK_WORD) {
    j++;                                 /* 90-day, one-year, 10-pct */
    if ((e = percent_after(p, j, q)) != NONE ||
        (e = duration_after(p, j, q)) != NONE ||
        (e = mass_after(p, j, q)) != NONE) {
      q->b = e;
      return;
    }
    return;
  }
  if ((e = percent_after(p, j, q)) != NONE ||
      (e = currency_after(p, j, q)) != NONE ||
      (e = mass_after(p, j, q)) != NONE ||
      (e = duration_after(p, j, q)) != NONE) {
    q->b = e;
    return;
  }
  if ((q->A.fl & A_YEAR) || (q->A.fl & A_ONE))
    return;                              /* 2025 tariffs: a year */
  if ((e = count_after(p, j, q)) != NONE)
    q->b = e;
}

/* a rate after token e: annually, a year, per tonne, per 100 kg */
static size_t per_after (const P *p, size_t e, Q *q) {
  size_t j = e + 1;
  Word *w = kw(p, j);
  if (w == NULL) return e;
  if (w->cls & DS_QW_PERADV) {
    q->per = period_names[w->v];
    if (w->v == DS_PER_QUARTER) q->per = "quarter";
    return j;
  }
  if (is(p, j, "per") && is(p, j + 1, "annum")) { q->per = "year"; return j + 1; }
  if ((w->cls & DS_QW_ART) || is(p, j, "per") || is(p, j, "each") ||
      is(p, j, "every")) {
    Word *x = kw(p, j + 1);
    size_t k = j + 1;
    if (x && (x->cls & DS_QW_PERIOD) && lastc(p, j + 1, 0) != 's' &&
        !(x->cls & DS_QW_NOCOUNT)) {
      q->per = x->v == DS_PER_QUARTER ? "quarter" : period_names[x->v];
      if (x->v == DS_PER_DECADE) q->per = "decade";
      return j + 1;
    }
    if (is(p, j, "each") || is(p, j, "every")) return e;
    if (kind(p, k) == DS_TK_NUMBER && is(p, j, "per")) k++;   /* per 100 kg */
    if (has(p, k, DS_QW_MASSMOD) || is(p, k, "net") || is(p, k, "gross"))
      k++;                               /* per metric ton, per net ton */
    x = kw(p, k);
    if (kind(p, k) != DS_TK_WORD || (p->t[k].flags & DS_TF_CLITIC)) return e;
    if (is(p, j, "per")) {
      if (x && (x->cls & (DS_QW_STOP | DS_QW_PCT))) return e;
    }
    else if (!x || !(x->cls & (DS_QW_DENOM | DS_QW_MASS))) return e;
    q->per = NULL;
    q->pa = j + 1;
    q->pb = k;
    return k;
  }
  return e;
}


/* ---------------------------------------------------------------- */
/* qualifiers and changes                                            */
/* ---------------------------------------------------------------- */

/* qualifier phrases, longest first; 'dur': also before durations */
static const struct {
  const char *w[3];
  uint8_t bound, dur, last;        /* last: the DS_BE_ id of its end */
} bounds[] = {
  {{"no", "less", "than"}, DS_QB_ATLEAST, 1, DS_BE_THAN},
  {{"not", "less", "than"}, DS_QB_ATLEAST, 1, DS_BE_THAN},
  {{"a", "minimum", "of"}, DS_QB_ATLEAST, 1, DS_BE_OF},
  {{"no", "more", "than"}, DS_QB_ATMOST, 1, DS_BE_THAN},
  {{"not", "more", "than"}, DS_QB_ATMOST, 1, DS_BE_THAN},
  {{"a", "maximum", "of"}, DS_QB_ATMOST, 1, DS_BE_OF},
  {{"as", "much", "as"}, DS_QB_UPTO, 1, 0},
  {{"as", "many", "as"}, DS_QB_UPTO, 1, 0},
  {{"as", "high", "as"}, DS_QB_UPTO, 1, 0},
  {{"in", "excess", "of"}, DS_QB_MORETHAN, 0, DS_BE_OF},
  {{"at", "least", NULL}, DS_QB_ATLEAST, 1, DS_BE_LEAST},
  {{"minimum", "of", NULL}, DS_QB_ATLEAST, 1, DS_BE_OF},
  {{"at", "most", NULL}, DS_QB_ATMOST, 1, DS_BE_MOST},
  {{"maximum", "of", NULL}, DS_QB_ATMOST, 1, DS_BE_OF},
  {{"up", "to", NULL}, DS_QB_UPTO, 1, DS_BE_TO},
  {{"more", "than", NULL}, DS_QB_MORETHAN, 1, DS_BE_THAN},
  {{"upwards", "of", NULL}, DS_QB_MORETHAN, 0, DS_BE_OF},
  {{"greater", "than", NULL}, DS_QB_MORETHAN, 0, DS_BE_THAN},
  {{"higher", "than", NULL}, DS_QB_MORETHAN, 0, DS_BE_THAN},
  {{"less", "than", NULL}, DS_QB_LESSTHAN, 1, DS_BE_THAN},
  {{"fewer", "than", NULL}, DS_QB_LESSTHAN, 1, DS_BE_THAN},
  {{"lower", "than", NULL}, DS_QB_LESSTHAN, 0, DS_BE_THAN},
  {{"close", "to", NULL}, DS_QB_ABOUT, 1, DS_BE_TO},
  {{"an", "estimated", NULL}, DS_QB_ABOUT, 1, DS_BE_ESTIMATED},
  {{"over", NULL, NULL}, DS_QB_MORETHAN, 0, DS_BE_OVER},
  {{"above", NULL, NULL}, DS_QB_MORETHAN, 0, DS_BE_ABOVE},
  {{"exceeding", NULL, NULL}, DS_QB_MORETHAN, 0, DS_BE_EXCEEDING},
  {{"under", NULL, NULL}, DS_QB_LESSTHAN, 0, DS_BE_UNDER},
  {{"below", NULL, NULL}, DS_QB_LESSTHAN, 0, DS_BE_BELOW},
  {{"about", NULL, NULL}, DS_QB_ABOUT, 1, DS_BE_ABOUT},
  {{"around", NULL, NULL}, DS_QB_ABOUT, 1, DS_BE_AROUND},
  {{"approximately", NULL, NULL}, DS_QB_ABOUT, 1, DS_BE_APPROXIMATELY},
  {{"approx", NULL, NULL}, DS_QB_ABOUT, 1, DS_BE_APPROX},
  {{"roughly", NULL, NULL}, DS_QB_ABOUT, 1, DS_BE_ROUGHLY},
  {{"some", NULL, NULL}, DS_QB_ABOUT, 1, DS_BE_SOME},
  {{"nearly", NULL, NULL}, DS_QB_ABOUT, 1, DS_BE_NEARLY},
  {{"almost", NULL, NULL}, DS_QB_ABOUT, 1, DS_BE_ALMOST},
  {{"circa", NULL, NULL}, DS_QB_ABOUT, 1, DS_BE_CIRCA},
  {{"estimated", NULL, NULL}, DS_QB_ABOUT, 1, DS_BE_ESTIMATED}
};

/*
** The qualifier that ends just before token a, or DS_QB_NONE. Its
** first token goes to '*start'. The word before a figure is looked up
** once; only the phrases that end with it are compared ("as ... as"
** ends with a word the table does not index, and is compared when that
** word is "as").
*/
static int bound_before (const P *p, size_t a, int k, size_t *start) {
  size_t b;
  int last;
  Word *w;
  if (a == 0 || a - 1 < p->floor) return DS_QB_NONE;
  w = kw(p, a - 1);
  if (w != NULL && (w->cls & DS_QW_BEND)) last = w->v;
  else if (is(p, a - 1, "as")) last = 0;
  else return DS_QB_NONE;                /* most figures: one look-up */
  for (b = 0; b < sizeof(bounds) / sizeof(bounds[0]); b++) {
    size_t len, x;
    if (bounds[b].last != last) continue;
    len = bounds[b].w[2] ? 3 : bounds[b].w[1] ? 2 : 1;
    if (!bounds[b].dur && k == DS_QK_DURATION) continue;
    if (k == DS_QK_DATE && bounds[b].bound != DS_QB_ABOUT) continue;
    if (a < len || a - len < p->floor) continue;
    for (x = 0; x + 1 < len; x++)
      if (!is(p, a - len + x, bounds[b].w[x])) break;
    if (x + 1 == len) {
      *start = a - len;
      return bounds[b].bound;
    }
  }
  return DS_QB_NONE;
}

/* change verbs (matched as prefixes) and their direction */
static const struct { const char *w; int8_t dir; } verbs[] = {
  {"cut", -1}, {"reduc", -1}, {"lower", -1}, {"slash", -1}, {"trim", -1},
  {"decreas", -1}, {"declin", -1}, {"fell", -1}, {"fall", -1},
  {"drop", -1}, {"ease", -1}, {"easing", -1}, {"lessen", -1},
  {"shrink", -1}, {"shrank", -1}, {"shrunk", -1}, {"narrow", -1},
  {"plung", -1}, {"plummet", -1}, {"tumbl", -1}, {"slump", -1},
  {"halv", -1}, {"slid", -1}, {"dipp", -1}, {"scale", -1}, {"roll", -1},
  {"rais", 1}, {"increas", 1}, {"hik", 1}, {"boost", 1}, {"rise", 1},
  {"rising", 1}, {"risen", 1}, {"rose", 1}, {"grow", 1}, {"grew", 1},
  {"gain", 1}, {"climb", 1}, {"jump", 1}, {"surg", 1}, {"soar", 1},
  {"expand", 1}, {"widen", 1}, {"doubl", 1}, {"tripl", 1}, {"trebl", 1},
  {"quadrupl", 1}, {"lift", 0}, {"revis", 0}, {"chang", 0}, {"adjust", 0},
  {"bring", 0}, {"brought", 0}, {"move", 0}, {"moved", 0},
  {"alter", 0}, {"amend", 0}
};

/* token i begins with 'w' (ASCII, without case) */
static int starts (const P *p, size_t i, const char *w) {
  const ds_Token *t = &p->t[i];
  size_t k;
  for (k = 0; w[k]; k++)
    if (k >= t->len || ds_lower[(unsigned char)p->s[t->start + k]] != w[k])
      return 0;
  return 1;
}

/*
** A change verb in the eight tokens before token c, with no punctuation
** but hyphens between ("cut import taxes on 50 items by 10 pct"). It is
** context only, so it may look before the previous figure. Returns 1
** when there is one; its direction goes to '*dir'.
*/
static int verb_before (const P *p, size_t c, int *dir) {
  size_t i = c, steps = 0;
  while (i > 0 && steps < 8) {
    size_t k;
    int c0;
    i--;
    steps++;
    if (p->t[i].kind == DS_TK_PUNCT && p->t[i].punct != '-') return 0;
    if (p->t[i].kind != DS_TK_WORD) continue;
    c0 = ds_lower[(unsigned char)p->s[p->t[i].start]];
    for (k = 0; k < sizeof(verbs) / sizeof(verbs[0]); k++)
      if (verbs[k].w[0] == c0 && starts(p, i, verbs[k].w)) {
        *dir = verbs[k].dir;
        return 1;
      }
    if (is(p, i, "up")) { *dir = 1; return 1; }
    if (is(p, i, "down")) { *dir = -1; return 1; }
  }
  return 0;
}

/* kinds a change can be made of */
static int changeable (int k) {
  return k == DS_QK_NUMBER || k == DS_QK_PERCENT || k == DS_QK_MONEY ||
         k == DS_QK_MASS || k == DS_QK_COUNT;
}

/* words that may stand between "by" and its amount */
static size_t skip_filler (const P *p, size_t a) {
  /* "by an average 7.7 points", "by a further 10 pct" */
  if (a >= 2 && a - 2 >= p->floor && is(p, a - 2, "an") &&
      is(p, a - 1, "average"))
    return a - 2;
  if (a >= 3 && a - 3 >= p->floor && is(p, a - 3, "an") &&
      is(p, a - 2, "average") && is(p, a - 1, "of"))
    return a - 3;
  if (a >= 2 && a - 2 >= p->floor && is(p, a - 2, "a") &&
      is(p, a - 1, "further"))
    return a - 2;
  if (a >= 1 && a - 1 >= p->floor && is(p, a - 1, "average"))
    return a - 1;
  return a;
}


/* ---------------------------------------------------------------- */
/* quantities                                                        */
/* ---------------------------------------------------------------- */

/* the word before a bare number names it: Section 301, Boeing 737 */
static int label_before (const P *p, size_t a, int strict) {
  const ds_Token *t;
  Word *w;
  if (a == 0) return 0;
  t = &p->t[a - 1];
  if (p->t[a].flags & DS_TF_NL) return 0;
  if (t->kind == DS_TK_PUNCT && t->punct == '.' && a >= 2 &&
      glued(p, a - 1) && is(p, a - 2, "no"))
    return 1;                            /* No. 5 */
  if (t->kind != DS_TK_WORD) return 0;
  w = kw(p, a - 1);
  if (w && (w->cls & DS_QW_DESIG)) {
    if (is(p, a - 1, "no")) return 0;    /* "no 5": rare, not a label */
    return 1;
  }
  if (strict) return 0;
  if ((t->flags & (DS_TF_CAP | DS_TF_UPPER | DS_TF_ABBR | DS_TF_CLITIC)) !=
      DS_TF_CAP)
    return 0;
  return w == NULL;                      /* Boeing 737, Revs 12 */
}

/* the atom at i with its currency, unit and (not yet) range */
static int simple_at (const P *p, size_t i, Q *q) {
  size_t s;
  int cur;
  memset(q, 0, sizeof(*q));
  q->noun = q->pa = q->pb = NONE;
  q->umul = 1.0;
  if (!atom_at(p, i, &q->A)) return 0;
  q->a = i;
  q->b = q->A.b;
  q->kind = DS_QK_NUMBER;
  if ((cur = currency_before(p, i, &s)) != 0) {
    q->kind = DS_QK_MONEY;
    q->unit = ds_qcurrency(cur);
    q->a = s;
    /* "$5 billion dollars": take the word too */
    {
      Q tmp = *q;
      size_t e = currency_after(p, q->b + 1, &tmp);
      if (e != NONE && tmp.unit == q->unit && tmp.uexp == 0) q->b = e;
    }
    return 1;
  }
  unit_after(p, q);
  return 1;
}

/* two units are the same (NULL for a count or a bare number) */
static int same (const char *a, const char *b) {
  return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/* a bare number takes the unit of the other end of its range or change */
static void adopt (const P *p, Q *bare, const Q *other) {
  if (bare->kind != DS_QK_NUMBER || other->kind == DS_QK_NUMBER) return;
  bare->kind = other->kind;
  bare->unit = other->unit;
  bare->uexp = other->uexp;
  bare->umul = other->umul;
  bare->noun = other->noun;
  bare->adopted = 1;
  if (bare->A.exp == 0 && other->A.exp != 0)   /* 1 to 2 billion */
    bare->A.exp = other->A.exp;
  bare->lo = q_value(p, bare);
  if (!bare->range) bare->hi = bare->lo;
}

/* two quantities make a range: 10 to 15%, $1 to $2 bln, 5-10 days */
static int make_range (const P *p, Q *q1, const Q *q2) {
  Q r = *q1;
  double lo, hi;
  adopt(p, &r, q2);
  if (r.kind != q2->kind || !same(r.unit, q2->unit) || r.kind == DS_QK_DATE)
    return 0;
  if (r.kind == DS_QK_MONEY && r.A.exp == 0 && q2->A.exp != 0)
    r.A.exp = q2->A.exp;                 /* $1 to $2 billion */
  lo = q_value(p, &r);
  hi = q_value(p, q2);
  if (!(lo < hi)) return 0;
  r.lo = lo;
  r.hi = hi;
  r.range = 1;
  r.b = q2->b;
  if (q2->noun != NONE) r.noun = q2->noun;
  *q1 = r;
  return 1;
}

/*
** A range's connector at j: to, a dash, "and" after "between", the
** glued "-to-" of "8-to-10". Returns the token after it, or NONE.
*/
static size_t connector (const P *p, size_t j, const Q *q) {
  if (is(p, j, "to")) return j + 1;
  if (dash(p, j)) {
    if (glued(p, j) && is(p, j + 1, "to") && glued(p, j + 1) &&
        dash(p, j + 2) && glued(p, j + 2))
      return j + 3;                      /* 8-to-10 */
    return (glued(p, j) || !glued(p, j + 1)) ? j + 1 : NONE; /* not "5 -15" */
  }
  if (is(p, j, "and") && q->a > p->floor && is(p, q->a - 1, "between"))
    return j + 1;
  return NONE;
}

/*
** A quantity at i: the simple quantity, then a range's other end
** ("to", a dash, "and" after "between"), then a rate.
*/
static int quantity_at (const P *p, size_t i, Q *q, int allow_range) {
  size_t j;
  if (!simple_at(p, i, q)) return 0;
  q->lo = q->hi = q_value(p, q);
  j = q->b + 1;
  if (allow_range && (j = connector(p, j, q)) != NONE) {
    Q q2;
    size_t k = j;
    /* the other end may have its own sign: "$1 to $2 billion" */
    while (k < p->n && k < j + 2 && (currency_sign(p, k) ||
           (kind(p, k) == DS_TK_WORD && currency_sign(p, k + 1) &&
            glued(p, k + 1))))
      k++;
    if (simple_at(p, k, &q2) && q2.a == j) {
      int bare1 = q->kind == DS_QK_NUMBER && (q->A.fl & A_YEAR);
      int bare2 = q2.kind == DS_QK_NUMBER && (q2.A.fl & A_YEAR);
      if (bare1 && bare2) {
        int y1 = ds_qsmall_int(p, q->A.numtok), y2 = ds_qsmall_int(p, q2.A.numtok);
        if (y1 < y2) {                   /* 1986 to 1990 */
          q->kind = DS_QK_DATE;
          q->y = y1;
          q->y2 = y2;
          q->dflags = DS_QD_SPAN;
          q->b = q2.b;
          return 1;
        }
      }
      else {
        q2.lo = q2.hi = q_value(p, &q2);
        make_range(p, q, &q2);
      }
    }
  }
  if (q->kind != DS_QK_DURATION && q->kind != DS_QK_DATE)
    q->b = per_after(p, q->b, q);
  return 1;
}

/*
** A quantity at x, or after a qualifier that starts at x ("to about
** 47%"): the qualifier is skipped (a change's parts have none).
*/
static int quantity_after (const P *p, size_t x, Q *q) {
  size_t y, qs;
  for (y = x; y < x + 4 && y < p->n; y++) {
    if (quantity_at(p, y, q, 0)) {
      if (y == x) return 1;
      return bound_before(p, y, q->kind, &qs) != DS_QB_NONE && qs == x;
    }
    if (p->t[y].kind != DS_TK_WORD) return 0;
  }
  return 0;
}


/* ---------------------------------------------------------------- */
/* figures                                                           */
/* ---------------------------------------------------------------- */

static uint32_t tstart (const P *p, size_t i) { return p->t[i].start; }
static uint32_t tstop (const P *p, size_t i) {
  return p->t[i].start + p->t[i].len;
}

/* fill the figure of quantity q (not a change) */
static void set_figure (const P *p, const Q *q, ds_Figure *f) {
  memset(f, 0, sizeof(*f));
  f->kind = (uint8_t)q->kind;
  f->unit = q->unit;
  f->start = tstart(p, q->a);
  f->stop = tstop(p, q->b);
  if (q->kind == DS_QK_DATE) {
    f->year = (int16_t)q->y;
    f->year2 = (int16_t)q->y2;
    f->month = (uint8_t)q->m;
    f->day = (uint8_t)q->d;
    f->day2 = (uint8_t)q->d2;
    f->dflags = (uint8_t)q->dflags;
    if (q->y) f->dflags |= DS_QD_YEAR;
    return;
  }
  f->has = DS_QH(DS_QP_VALUE);
  f->lo[0] = q->lo;
  f->hi[0] = q->hi;
  if (q->range) f->range = DS_QH(DS_QP_VALUE);
  if (q->noun != NONE) {
    f->nstart = tstart(p, q->noun);
    f->nstop = tstop(p, q->noun);
  }
  f->per = q->per;
  if (q->pa != NONE) {
    f->percount = 1;
    f->pstart = tstart(p, q->pa);
    f->pstop = tstop(p, q->pb);
  }
}

/* put quantity q into part 'part' of change figure f */
static void set_part (ds_Figure *f, int part, const Q *q) {
  f->has |= DS_QH(part);
  f->lo[part] = q->lo;
  f->hi[part] = q->hi;
  if (q->range) f->range |= DS_QH(part);
}

/*
** The unit of a change from its parts: the first of to, from, by that
** has one; parts with units must be of one kind. 0 when they do not fit.
*/
static int change_unit (const P *p, ds_Figure *f, const Q *from, const Q *to,
                        const Q *by) {
  const Q *parts[3];
  const Q *u = NULL;
  int k;
  parts[0] = to; parts[1] = from; parts[2] = by;
  for (k = 0; k < 3; k++) {
    if (parts[k] == NULL) continue;
    if (!changeable(parts[k]->kind)) return 0;
    if (parts[k]->kind == DS_QK_NUMBER) continue;
    if (u == NULL) u = parts[k];
    else if (u->kind != parts[k]->kind) return 0;
    else if (parts[k] != by && !same(u->unit, parts[k]->unit)) return 0;
  }
  if (u == NULL) return 1;
  f->unit = u->unit;
  if (u->noun != NONE) {
    f->nstart = tstart(p, u->noun);
    f->nstop = tstop(p, u->noun);
  }
  if (by && by != u && by->kind != DS_QK_NUMBER && !same(by->unit, u->unit))
    f->by_unit = by->unit;
  f->per = u->per;
  if (u->pa != NONE) {
    f->percount = 1;
    f->pstart = tstart(p, u->pa);
    f->pstop = tstop(p, u->pb);
  }
  return 1;
}

static void finish_change (ds_Figure *f, int dir) {
  f->kind = DS_QK_CHANGE;
  if (dir == 0 && (f->has & DS_QH(DS_QP_FROM)) && (f->has & DS_QH(DS_QP_TO)) &&
      !(f->range & (DS_QH(DS_QP_FROM) | DS_QH(DS_QP_TO)))) {
    if (f->lo[DS_QP_FROM] > f->lo[DS_QP_TO]) dir = -1;
    else if (f->lo[DS_QP_FROM] < f->lo[DS_QP_TO]) dir = 1;
  }
  if (dir == 0 && f->isfactor) dir = f->factor < 1 ? -1 : 1;
  f->dir = (int8_t)dir;
}

/* "from Q1 to Q2" at token k (k is "from"): both parts, or 0 */
static int from_to (const P *p, size_t k, Q *q1, Q *q2) {
  if (!is(p, k, "from") || !quantity_after(p, k + 1, q1)) return 0;
  if (!is(p, q1->b + 1, "to") || !quantity_after(p, q1->b + 2, q2)) return 0;
  adopt(p, q1, q2);
  adopt(p, q2, q1);
  return changeable(q1->kind) && changeable(q2->kind);
}

/*
** "halved", "doubled to 20%", "halved tariffs from 20% to 10%",
** "cut by half", "cut in half".
*/
static int factor_at (const P *p, size_t i, ds_Figure *f, size_t *end) {
  Word *w = kw(p, i);
  size_t k, last = i;
  Q q1, q2;
  memset(f, 0, sizeof(*f));
  f->isfactor = 1;
  if (w->cls & DS_QW_HALF) {             /* by half, in half */
    if (i == 0 || i - 1 < p->floor || has(p, i + 1, DS_QW_ART) ||
        is(p, i + 1, "of") || (!is(p, i - 1, "by") && !is(p, i - 1, "in")))
      return 0;
    f->factor = 0.5;
    f->start = tstart(p, i - 1);
    last = i;
    k = punct(p, i + 1, ',') ? i + 2 : i + 1;
    if (is(p, k, "to") && quantity_after(p, k + 1, &q1) &&
        changeable(q1.kind) && change_unit(p, f, NULL, &q1, NULL)) {
      set_part(f, DS_QP_TO, &q1);        /* by half, to 10 percent */
      last = q1.b;
    }
    f->stop = tstop(p, last);
    finish_change(f, -1);
    *end = last;
    return 1;
  }
  f->factor = w->v / 4.0;
  f->start = tstart(p, i);
  for (k = i + 1; k < p->n && k <= i + 6; k++) {
    if (is(p, k, "to") && quantity_after(p, k + 1, &q1) &&
        changeable(q1.kind) && !(q1.A.fl & A_ONE)) {
      if (!change_unit(p, f, NULL, &q1, NULL)) break;
      set_part(f, DS_QP_TO, &q1);
      last = q1.b;
      break;
    }
    if (from_to(p, k, &q1, &q2)) {
      if (!change_unit(p, f, &q1, &q2, NULL)) break;
      set_part(f, DS_QP_FROM, &q1);
      set_part(f, DS_QP_TO, &q2);
      last = q2.b;
      break;
    }
    if (p->t[k].kind != DS_TK_WORD || has(p, k, DS_QW_FACTOR) ||
        is(p, k, "by"))
      break;
  }
  f->stop = tstop(p, last);
  finish_change(f, 0);
  *end = last;
  return 1;
}

/* the word after quantity q makes it a modifier: "by 100 pct tariffs" */
static int modifies (const P *p, const Q *q) {
  size_t j = q->b + 1;
  return kind(p, j) == DS_TK_WORD && !has(p, j, DS_QW_STOP) &&
         !(p->t[j].flags & DS_TF_CLITIC);
}

/*
** A change around quantity q (whose qualifier, if any, starts at
** token 'qa'): "from 57% to 47%", "to 20 pct from 31.9 pct", "by 10
** percentage points [to 20%]", "raised tariffs to 100 pct", "up 5 pct".
*/
static int change_at (const P *p, Q *q, size_t qa, ds_Figure *f,
                      size_t *end) {
  size_t c = skip_filler(p, qa);
  int dir = 0;
  Q q2;
  if (c == 0 || c - 1 < p->floor || !changeable(q->kind)) return 0;
  c--;
  if (p->t[c].kind != DS_TK_WORD || p->t[c].len > 4) return 0;
  memset(f, 0, sizeof(*f));
  if (is(p, c, "from")) {
    if (c > p->floor && (starts(p, c - 1, "rang") || is(p, c - 1, "varying")))
      return 0;                          /* ranging from 5 to 10% */
    if (q->range) {                      /* from 10 to 15% */
      Q lo = *q, hi = *q;
      lo.range = hi.range = 0;
      lo.hi = lo.lo;
      hi.lo = hi.hi;
      if (!change_unit(p, f, &lo, &hi, NULL)) return 0;
      set_part(f, DS_QP_FROM, &lo);
      set_part(f, DS_QP_TO, &hi);
      *end = q->b;
    }
    else {
      if (!is(p, q->b + 1, "to") || !quantity_after(p, q->b + 2, &q2))
        return 0;
      adopt(p, q, &q2);
      adopt(p, &q2, q);
      if (!change_unit(p, f, q, &q2, NULL)) return 0;
      set_part(f, DS_QP_FROM, q);
      set_part(f, DS_QP_TO, &q2);
      *end = q2.b;
    }
    verb_before(p, c, &dir);
  }
  else if (is(p, c, "to")) {
    int verb = verb_before(p, c, &dir);
    if (is(p, q->b + 1, "from") && quantity_after(p, q->b + 2, &q2) &&
        changeable(q2.kind)) {           /* to 20 pct from 31.9 pct */
      adopt(p, q, &q2);
      adopt(p, &q2, q);
      if (!change_unit(p, f, &q2, q, NULL)) return 0;
      set_part(f, DS_QP_FROM, &q2);
      set_part(f, DS_QP_TO, q);
      *end = q2.b;
    }
    else {                               /* raised tariffs to 100 pct */
      if (!verb || (q->A.fl & A_ONE)) return 0;
      if (!change_unit(p, f, NULL, q, NULL)) return 0;
      set_part(f, DS_QP_TO, q);
      *end = q->b;
    }
  }
  else if (is(p, c, "by")) {             /* cut by 10 points [to 20%] */
    if (!verb_before(p, c, &dir) || modifies(p, q)) return 0;
    *end = q->b;
    if (q->range && !q->adopted) {       /* by 4,500 tonnes to 34,300 tonnes */
      Q by = *q, to = *q;
      by.range = to.range = 0;
      by.hi = by.lo;
      to.lo = to.hi;
      if (!change_unit(p, f, NULL, &to, &by)) return 0;
      set_part(f, DS_QP_BY, &by);
      set_part(f, DS_QP_TO, &to);
    }
    else if (is(p, q->b + 1, "to") && quantity_after(p, q->b + 2, &q2) &&
             changeable(q2.kind)) {
      if (q2.kind == DS_QK_NUMBER && q->kind != DS_QK_NUMBER) adopt(p, &q2, q);
      if (!change_unit(p, f, NULL, &q2, q)) return 0;
      set_part(f, DS_QP_BY, q);
      set_part(f, DS_QP_TO, &q2);
      *end = q2.b;
    }
    else {
      if (!change_unit(p, f, NULL, NULL, q)) return 0;
      set_part(f, DS_QP_BY, q);
    }
  }
  else if ((is(p, c, "up") || is(p, c, "down")) && q->kind != DS_QK_NUMBER) {
    dir = is(p, c, "up") ? 1 : -1;       /* quota up 190,000 bales */
    if (!change_unit(p, f, NULL, NULL, q)) return 0;
    set_part(f, DS_QP_BY, q);
    *end = q->b;
  }
  else return 0;
  f->start = tstart(p, c);
  f->stop = tstop(p, *end);
  finish_change(f, dir);
  return 1;
}

/* skip a glued chain that is a label or code: 737-800, 1.2.3 */
static size_t chain_end (const P *p, size_t i) {
  while (i + 1 < p->n && glued(p, i + 1) &&
         (p->t[i + 1].kind == DS_TK_NUMBER || p->t[i + 1].kind == DS_TK_WORD ||
          punct(p, i + 1, '-') || punct(p, i + 1, '/') ||
          (punct(p, i + 1, '.') && glued(p, i + 2) &&
           kind(p, i + 2) == DS_TK_NUMBER) ||
          punct(p, i + 1, ':')))
    i++;
  return i;
}

/* a number glued to another by a dash or slash: 737-800, 24/7 */
static int joined (const P *p, size_t b) {
  return glued(p, b + 1) && (dash(p, b + 1) || punct(p, b + 1, '/')) &&
         kind(p, b + 2) == DS_TK_NUMBER && glued(p, b + 2);
}

/* set the qualifier of figure f */
static void set_bound (const P *p, ds_Figure *f, int bound, size_t bs,
                       size_t a) {
  if (bound == DS_QB_NONE) return;
  f->bound = (uint8_t)bound;
  f->bstart = tstart(p, bs);
  f->bstop = tstop(p, a - 1);
}

/*
** The figure anchored at token i. Returns 1 with the figure in 'f' and
** its last token in '*end', or 0 with the last token to skip in '*end'.
*/
static int figure_at (const P *p, size_t i, ds_Figure *f, size_t *end) {
  Q q;
  size_t qa, bs = NONE;
  int bound, isnum = p->t[i].kind == DS_TK_NUMBER;
  *end = i;
  q.y = q.y2 = q.m = q.d = q.d2 = q.dflags = q.rel = 0;
  q.noun = q.pa = q.pb = NONE;
  q.per = NULL;
  q.unit = NULL;
  q.range = 0;
  if (!isnum) {
    Word *w = kw(p, i);
    if (w->cls & DS_QW_MONTH) {
      if (!ds_qdate_at_month(p, i, &q)) return 0;
      goto date;
    }
    if (w->cls & DS_QW_FACTOR) return factor_at(p, i, f, end);
    if ((w->cls & DS_QW_HALF) && factor_at(p, i, f, end)) return 1;
  }
  else {
    if (label_before(p, i, 1)) { *end = chain_end(p, i); return 0; }
    if (ds_qdate_at_number(p, i, &q)) goto date;
  }
  if (!quantity_at(p, i, &q, 1)) {
    if (isnum) *end = chain_end(p, i);
    return 0;
  }
  if (q.kind == DS_QK_DATE) goto date;
  if (!isfinite(q.lo) || !isfinite(q.hi)) {
    *end = q.b;                          /* beyond the range of a double */
    return 0;
  }
  if (isnum && (q.kind == DS_QK_NUMBER || q.kind == DS_QK_COUNT) &&
      label_before(p, i, 0)) {
    *end = chain_end(p, i);              /* Boeing 737 */
    return 0;
  }
  if (q.kind == DS_QK_NUMBER && !q.range) {
    if (q.A.fl & A_ONE) return 0;        /* "one of", "no one" */
    if (has(p, q.b + 1, DS_QW_TIME)) {   /* at 5 p.m. */
      *end = q.b + 1;
      return 0;
    }
    if (isnum && joined(p, q.b)) {       /* 737-800, 24/7, 3-2 */
      *end = chain_end(p, i);
      return 0;
    }
    if (glued(p, q.b + 1) && (has(p, q.b + 1, DS_QW_ORD) ||
        (dash(p, q.b + 1) && glued(p, q.b + 2) &&
         kind(p, q.b + 2) == DS_TK_WORD && !is(p, q.b + 2, "to")))) {
      *end = q.b + 1;                    /* 100th, two-thirds, three-way */
      return 0;
    }
    if (isnum && ((p->t[i].flags & DS_TF_NL) || i == 0) && glued(p, i + 1) &&
        (punct(p, i + 1, '.') || punct(p, i + 1, ')'))) {
      *end = i + 1;                      /* a list marker: "1." */
      return 0;
    }
  }
  qa = q.a;
  bound = bound_before(p, q.a, q.kind, &bs);
  if (bound == DS_QB_NONE && q.range && q.a > p->floor &&
      is(p, q.a - 1, "between"))
    qa = q.a - 1;
  /* "about 2000 people": with a qualifier, a year-like number counts */
  if (q.kind == DS_QK_NUMBER && (q.A.fl & A_YEAR) && !q.range &&
      bound != DS_QB_NONE) {
    size_t e = count_after(p, q.b + 1, &q);
    if (e != NONE) q.b = per_after(p, e, &q);
  }
  /* a year standing alone is a date: "in 2025", "the 1987 exports",
     "around 1993" */
  if (q.kind == DS_QK_NUMBER && (q.A.fl & A_YEAR) && !q.range &&
      (bound == DS_QB_NONE || bound == DS_QB_ABOUT) && q.pa == NONE &&
      q.per == NULL) {
    q.y = ds_qsmall_int(p, q.A.numtok);
    q.kind = DS_QK_DATE;
    goto date;
  }
  if (change_at(p, &q, bound != DS_QB_NONE ? bs : qa, f, end)) return 1;
  set_figure(p, &q, f);
  set_bound(p, f, bound, bs, q.a);
  *end = q.b;
  return 1;
date:
  if (q.a > p->floor && q.m != 0 && q.y == 0) {   /* last April */
    Word *r = kw(p, q.a - 1);
    if (r && (r->cls & DS_QW_RELDATE)) {
      q.rel = r->v;
      q.a--;
    }
  }
  ds_qresolve(p, &q);
  set_figure(p, &q, f);
  bound = bound_before(p, q.a, DS_QK_DATE, &bs);
  set_bound(p, f, bound, bs, q.a);
  *end = q.b;
  return 1;
}

/* can a figure start at word token i? */
static int trigger (const P *p, size_t i) {
  Word *w;
  if (p->x != NULL) {                    /* most words: one load */
    const ds_Token *t = &p->t[i];
    int pr = t->len < 16 ? ds_qpair(p->s + t->start, t->len) : -1;
    if (pr < 0 || !(p->x->trig[pr] & (1u << t->len))) return 0;
  }
  w = kw(p, i);
  if (w == NULL) return 0;
  if (w->cls & (DS_QW_UNIT | DS_QW_TENS | DS_QW_MONTH | DS_QW_FACTOR |
                DS_QW_HALF))
    return 1;
  if (w->cls & DS_QW_ART) {
    Word *x = kw(p, i + 1);
    return x && (x->cls & (DS_QW_SCALE | DS_QW_HUNDRED | DS_QW_DOZEN |
                           DS_QW_QUARTER)) && !(x->cls & DS_QW_GLUEDSC);
  }
  return 0;
}


int ds_quantities (ds_Mem *m, const ds_Doc *d, const ds_QOpts *o,
                   ds_Figures *out) {
  P p;
  KwCache cache;
  size_t i = 0, until = o != NULL && o->until != 0 ? o->until : SIZE_MAX;
  for (i = 0; i < KWCACHE; i++) cache.i[i] = NONE;
  i = 0;
  p.cache = &cache;
  p.s = d->s;
  p.t = d->tok.v;
  p.n = d->tok.n;
  p.floor = 0;
  p.o = o;
  p.x = o != NULL ? o->index : NULL;
  while (i < p.n && p.t[i].start < until) {
    const ds_Token *t = &p.t[i];
    size_t end = i;
    if (t->kind == DS_TK_NUMBER ||
        (t->kind == DS_TK_WORD && trigger(&p, i))) {
      ds_Figure f;
      if (figure_at(&p, i, &f, &end)) {
        if (out->n == out->cap &&
            ds_grow(m, (void **)&out->v, &out->cap, out->n + 1,
                    sizeof(ds_Figure)))
          return DS_ENOMEM;
        out->v[out->n++] = f;
        p.floor = end + 1;
      }
    }
    i = end + 1;
  }
  return DS_OK;
}

void ds_quant_free (ds_Mem *m, ds_Figures *f) {
  ds_free(m, f->v, f->cap, sizeof(ds_Figure));
  f->v = NULL;
  f->n = f->cap = 0;
}
