/*
** ds_token.c -- the tokenizer: UTF-8 bytes in, tokens with byte
** offsets, kinds and flags out. The text is never copied or changed.
** Invalid UTF-8 becomes opaque tokens; control bytes (NUL included)
** separate tokens as white space does.
** See LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds.h"

typedef const unsigned char *Bytes;

/* byte classes for the ASCII fast path */
#define B_UP    0x01   /* A-Z */
#define B_LO    0x02   /* a-z */
#define B_DIG   0x04   /* 0-9 */
#define B_HI    0x08   /* >= 0x80: decode */
#define B_SPACE 0x10   /* white space and control bytes */
#define B_NL    0x20   /* line feed */
#define B_LOOK  0x40   /* after a word, needs a look: ' . : @ and >= 0x80 */
#define B_PUNCT 0x80   /* ASCII punctuation (the rest are symbols) */
#define B_ALNUM (B_UP | B_LO | B_DIG)

static const unsigned char btab[256] = {
  /* controls (NUL too) separate words as white space does */
  16,16,16,16,16,16,16,16,16,16,32,16,16,16,16,16,
  16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,
  /*  sp   !   "  #  $  %  &   '    (   )  *  +   ,   -    .   / */
     16,128,128, 0, 0, 0, 0,192,128,128, 0, 0,128,128,192,128,
  /* 0-9, : ; < = > ? */
  4,4,4,4,4,4,4,4,4,4,192,128,0,0,0,128,
  /* @ A-O */
  64,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
  /* P-Z [ \ ] ^ _ */
  1,1,1,1,1,1,1,1,1,1,1,128,0,128,0,128,
  /* ` a-o */
  0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
  /* p-z { | } ~ DEL */
  2,2,2,2,2,2,2,2,2,2,2,128,0,128,0,16,
  72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
  72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
  72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
  72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
  72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
  72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
  72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
  72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72
};


/*
** SWAR (SIMD within a register): eight bytes at once in a uint64_t,
** each byte tested by arithmetic that cannot carry into its neighbour.
** For a byte b < 0x80, ((b | 0x80) - c) has its high bit set exactly
** when b >= c (c <= 0x80).
*/
#define ONES  ((uint64_t)0x0101010101010101u)
#define HIGHS ((uint64_t)0x8080808080808080u)

/* the 8 bytes at p as a little-endian number (one load on most CPUs) */
static inline uint64_t le64 (const unsigned char *p) {
  return (uint64_t)p[0] | ((uint64_t)p[1] << 8) | ((uint64_t)p[2] << 16) |
         ((uint64_t)p[3] << 24) | ((uint64_t)p[4] << 32) |
         ((uint64_t)p[5] << 40) | ((uint64_t)p[6] << 48) |
         ((uint64_t)p[7] << 56);
}

/* index of the lowest set bit of x (x != 0) */
static inline int lowbit (uint64_t x) {
#if defined(__GNUC__)
  return __builtin_ctzll(x);
#else
  int k = 0;
  while (!(x & 1)) { x >>= 1; k++; }
  return k;
#endif
}

/* what alnum8 found in the bytes of a word: bits at the high bit of
   each byte, as SWAR keeps them */
typedef struct Alnum {
  uint64_t up, lo, dig;
} Alnum;

/*
** How many of the 8 bytes at p are ASCII letters or digits, from the
** first on. The upper-case letters, lower-case letters and digits
** among them are added to 'a'. A letter is a byte that falls in a..z
** once bit 0x20 is set; its case is that bit.
*/
static inline size_t alnum8 (const unsigned char *p, Alnum *a) {
  uint64_t x = le64(p), ascii = ~x & HIGHS;
  uint64_t y = x | HIGHS, yl = y | (ONES * 0x20);
  uint64_t letter = ((yl - ONES * 'a') & ~(yl - ONES * ('z' + 1))) & ascii;
  uint64_t dig = ((y - ONES * '0') & ~(y - ONES * ('9' + 1))) & ascii;
  uint64_t lower = (x << 2) & letter;    /* bit 0x20 moved to 0x80 */
  uint64_t stop, keep;
  size_t k;
  letter &= HIGHS;
  dig &= HIGHS;
  stop = ~(letter | dig) & HIGHS;
  if (stop == 0) { keep = ~(uint64_t)0; k = 8; }
  else {
    keep = (stop & (~stop + 1)) - 1;   /* the bytes before the first stop */
    k = (size_t)lowbit(stop) >> 3;
  }
  a->up |= letter & ~lower & keep;
  a->lo |= lower & keep;
  a->dig |= dig & keep;
  return k;
}


/* class of the character at s[i]; its byte length in '*k' */
static int class_at (Bytes s, size_t n, size_t i, int *k, uint32_t *cp) {
  unsigned b = btab[s[i]];
  if (!(b & B_HI)) {
    *k = 1;
    *cp = s[i];
    if (b & B_ALNUM) return (b & B_DIG) ? DS_CC_DIGIT : DS_CC_LETTER;
    if (b & B_NL) return DS_CC_NEWLINE;
    if (b & B_SPACE) return DS_CC_SPACE;
    return ds_cp_class(s[i]);
  }
  *k = ds_utf8_decode(s, n, i, cp);
  if (*k == 0) { *k = 1; return DS_CC_INVALID; }
  return ds_cp_class(*cp);
}

static int isalpha_ascii (int c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static int isdigit_ascii (int c) {
  return c >= '0' && c <= '9';
}

/* is there an apostrophe at s[i]? returns its length (1 to 3) or 0 */
static int apostrophe_at (Bytes s, size_t n, size_t i) {
  if (s[i] == '\'') return 1;
  if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0x99)
    return 3;                                        /* U+2019 */
  if (s[i] == 0xCA && i + 1 < n && s[i + 1] == 0xBC)
    return 2;                                        /* U+02BC */
  return 0;
}

/* a word character (letter, digit, joiner) at s[i]? its length or 0 */
static int wordchar_at (Bytes s, size_t n, size_t i, uint32_t *cp) {
  int k, c;
  if (s[i] < 0x80) {
    *cp = s[i];
    return (isalpha_ascii(s[i]) || isdigit_ascii(s[i])) ? 1 : 0;
  }
  c = class_at(s, n, i, &k, cp);
  return (c == DS_CC_LETTER || c == DS_CC_JOIN) ? k : 0;
}


/* characters that may end a URL run but are stripped from its end */
static int url_trailer (int c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
         c == '?' || c == ')' || c == ']' || c == '"' || c == '\'' ||
         c == '>' || c == '}';
}

/* end of a run of URL characters starting at i (stops at white space) */
static size_t url_end (Bytes s, size_t n, size_t i) {
  size_t j = i;
  while (j < n && s[j] > ' ' && s[j] < 0x7F && s[j] != '"' && s[j] != '<'
         && s[j] != '>')
    j++;
  while (j > i && url_trailer(s[j - 1]))
    j--;
  return j;
}

/*
** A URL or e-mail address starting at 'i' whose first word ends at
** 'w'? Returns the end of the address, or 0.
*/
static size_t url_at (Bytes s, size_t n, size_t i, size_t w) {
  size_t e, k;
  if (w + 2 < n && s[w] == ':' && s[w + 1] == '/' && s[w + 2] == '/')
    return url_end(s, n, i);                         /* scheme:// */
  if (w - i == 3 && (s[i] | 0x20) == 'w' && (s[i + 1] | 0x20) == 'w' &&
      (s[i + 2] | 0x20) == 'w' && w + 1 < n && s[w] == '.' &&
      isalpha_ascii(s[w + 1]))
    return url_end(s, n, i);                         /* www. */
  if (w + 1 < n && s[w] == '@' && isalpha_ascii(s[w + 1])) {
    e = url_end(s, n, i);                            /* name@host.tld */
    for (k = w + 1; k < e; k++)
      if (s[k] == '.' && k + 1 < e && isalpha_ascii(s[k + 1]))
        return e;
  }
  return 0;
}

/*
** A dotted abbreviation (U.S., a.m., e.g., Ph.D.) starting at 'i',
** whose first letter group ends at 'w'? Groups have one or two
** letters; there are at least two. Returns its end (past the final
** period when there is one), or 0.
*/
static size_t dotted_at (Bytes s, size_t n, size_t i, size_t w) {
  size_t j = w, groups = 1, g;
  if (w - i > 2) return 0;
  while (j + 1 < n && s[j] == '.' && isalpha_ascii(s[j + 1])) {
    g = j + 1;
    while (g < n && isalpha_ascii(s[g]) && g - j <= 3)
      g++;
    if (g - (j + 1) > 2) return 0;                   /* "No.The" */
    if (g < n && (isdigit_ascii(s[g]) || s[g] >= 0x80)) return 0;
    groups++;
    j = g;
  }
  if (groups < 2) return 0;
  if (j < n && s[j] == '.') j++;
  return j;
}


/* letter case flags of a word token */
static unsigned case_flags (Bytes s, size_t n, size_t i, size_t e) {
  unsigned f = 0;
  int first = 1, letters = 0, upper = 1;
  while (i < e) {
    uint32_t cp;
    int k;
    if (s[i] < 0x80) { cp = s[i]; k = 1; }
    else {
      k = ds_utf8_decode(s, n, i, &cp);
      if (k == 0) k = 1;
      f |= DS_TF_NONASCII;
    }
    if (isdigit_ascii((int)cp)) f |= DS_TF_DIGIT;
    else if (ds_cp_isupper(cp)) {
      letters++;
      if (first) f |= DS_TF_CAP;
      first = 0;
    }
    else if (ds_cp_islower(cp)) {
      letters++;
      upper = 0;
      if (first) f |= DS_TF_LOWER;
      first = 0;
    }
    i += (size_t)k;
  }
  if (letters > 0 && upper) f |= DS_TF_UPPER;
  return f;
}


/*
** End of a word starting at i; stops before a possessive 's. Its case
** flags (DS_TF_CAP, _LOWER, _UPPER, _DIGIT, _NONASCII) go to '*flags'.
*/
static size_t word_end (Bytes s, size_t n, size_t i, unsigned *flags) {
  unsigned f = 0, acc = 0, b = btab[s[i]];
  int up = 0, lo = 0;
  uint32_t cp;
  int k;
  if (b & B_UP) f |= DS_TF_CAP;
  else if (b & B_LO) f |= DS_TF_LOWER;
  for (;;) {
    int a;
    while (i < n && ((b = btab[s[i]]) & B_ALNUM)) {  /* the fast path */
      acc |= b;
      i++;
    }
    if (i >= n) break;
    if ((b & B_HI) && (k = wordchar_at(s, n, i, &cp)) > 0) {
      f |= DS_TF_NONASCII;
      if (ds_cp_isupper(cp)) {
        up = 1;
        if (!(acc & (B_UP | B_LO)) && !lo && !(f & DS_TF_LOWER))
          f |= DS_TF_CAP;
      }
      else if (ds_cp_islower(cp)) {
        lo = 1;
        if (!(acc & (B_UP | B_LO)) && !up && !(f & DS_TF_CAP))
          f |= DS_TF_LOWER;
      }
      i += (size_t)k;
      continue;
    }
    a = apostrophe_at(s, n, i);
    if (a > 0 && i + (size_t)a < n &&
        wordchar_at(s, n, i + (size_t)a, &cp) > 0 && !isdigit_ascii((int)cp)) {
      size_t j = i + (size_t)a;
      if ((s[j] | 0x20) == 's' &&
          (j + 1 >= n || wordchar_at(s, n, j + 1, &cp) == 0))
        break;                                       /* China's */
      if (a > 1) f |= DS_TF_NONASCII;
      i = j;                                         /* O'Brien, don't */
      continue;
    }
    break;
  }
  if (acc & B_UP) up = 1;
  if (acc & B_LO) lo = 1;
  if (acc & B_DIG) f |= DS_TF_DIGIT;
  if (up && !lo) f |= DS_TF_UPPER;
  *flags = f;
  return i;
}


/* end of a number starting at i: 1,250.75 */
static size_t number_end (Bytes s, size_t n, size_t i) {
  while (i < n && isdigit_ascii(s[i])) i++;
  for (;;) {
    if (i + 1 < n && s[i] == '.' && isdigit_ascii(s[i + 1])) {
      i += 2;
      while (i < n && isdigit_ascii(s[i])) i++;
    }
    else if (i + 3 < n && s[i] == ',' && isdigit_ascii(s[i + 1]) &&
             isdigit_ascii(s[i + 2]) && isdigit_ascii(s[i + 3]) &&
             (i + 4 >= n || !isdigit_ascii(s[i + 4]))) {
      i += 4;
    }
    else break;
  }
  return i;
}

/* the folded ASCII character of a punctuation code point */
static int punct_code (uint32_t cp) {
  char f[4];
  int k;
  if (cp == 0x2013 || cp == 0x2014 || cp == 0x2015) return 'D';  /* dash */
  if (cp == 0x2026) return 'E';                                 /* ... */
  k = ds_fold_cp(cp, f);
  if (k == 1 && (unsigned char)f[0] < 0x80) return f[0];
  if (cp == 0x3002 || cp == 0xFF61) return '.';             /* CJK stop */
  return '*';
}


static inline int push (ds_Mem *m, ds_Tokens *out, size_t start, size_t end,
                 int kind, unsigned flags, int punct) {
  ds_Token *t;
  if (out->n == out->cap &&
      ds_grow(m, (void **)&out->v, &out->cap, out->n + 1, sizeof(ds_Token)))
    return DS_ENOMEM;
  t = &out->v[out->n++];
  t->start = (uint32_t)start;
  t->len = (uint32_t)(end - start);
  t->kind = (uint8_t)kind;
  t->flags = (uint16_t)flags;
  t->punct = (uint8_t)punct;
  return DS_OK;
}


/* a word starting at i (a letter): push it and what it carries */
static int word_token (ds_Mem *m, Bytes s, size_t n, size_t *pi,
                       unsigned f, ds_Tokens *out) {
  size_t i = *pi, e, w;
  unsigned cf;
  uint32_t cp;
  int k;
  w = word_end(s, n, i, &cf);
  if ((e = url_at(s, n, i, w)) != 0 && e > w)
    cf = DS_TF_URL | case_flags(s, n, i, e);
  else if ((e = dotted_at(s, n, i, w)) != 0)
    cf = DS_TF_ABBR | case_flags(s, n, i, e);
  else
    e = w;
  if (push(m, out, i, e, DS_TK_WORD, f | cf, 0))
    return DS_ENOMEM;
  i = e;
  /* a possessive 's follows? */
  if (i < n && (k = apostrophe_at(s, n, i)) > 0 && i + (size_t)k < n &&
      (s[i + (size_t)k] | 0x20) == 's' && !(cf & DS_TF_URL)) {
    e = i + (size_t)k + 1;
    if (e >= n || wordchar_at(s, n, e, &cp) == 0) {
      if (push(m, out, i, e, DS_TK_WORD,
               DS_TF_CLITIC | case_flags(s, n, i, e), 0))
        return DS_ENOMEM;
      i = e;
    }
  }
  *pi = i;
  return DS_OK;
}

/* punctuation at i (of class 'c' and length 'k'), code point cp */
static int punct_token (ds_Mem *m, Bytes s, size_t n, size_t *pi, int k,
                        uint32_t cp, unsigned f, ds_Tokens *out) {
  size_t i = *pi, e = i + (size_t)k;
  int p = s[i] < 0x80 ? s[i] : punct_code(cp);
  if (s[i] == '.' && e + 1 < n && s[e] == '.' && s[e + 1] == '.') {
    while (e < n && s[e] == '.') e++;                /* ... */
    p = 'E';
  }
  else if (s[i] == '-' && e < n && s[e] == '-') {
    while (e < n && s[e] == '-') e++;                /* -- */
    p = 'D';
  }
  else if (p == '\'' && e < n && (s[e] | 0x20) == 's' &&
           i > 0 && !(f & DS_TF_SPACE) &&
           (e + 1 >= n || wordchar_at(s, n, e + 1, &cp) == 0)) {
    e++;                                             /* a lone 's */
    if (push(m, out, i, e, DS_TK_WORD,
             f | DS_TF_CLITIC | case_flags(s, n, i, e), 0))
      return DS_ENOMEM;
    *pi = e;
    return DS_OK;
  }
  if (push(m, out, i, e, DS_TK_PUNCT, f, p))
    return DS_ENOMEM;
  *pi = e;
  return DS_OK;
}


/* a token of 'c' class (not white space) at i, code point cp of 'k'
   bytes: the paths for what the ASCII loop does not handle itself */
static int other_token (ds_Mem *m, Bytes s, size_t n, size_t *pi, int c,
                        int k, uint32_t cp, unsigned f, ds_Tokens *out) {
  size_t i = *pi, e;
  switch (c) {
    case DS_CC_LETTER:
      return word_token(m, s, n, pi, f, out);
    case DS_CC_DIGIT: {
      size_t w = number_end(s, n, i);
      if (w == i) {             /* full-width digits: "２０２５" */
        int k2;
        w = i + (size_t)k;
        while (w < n && s[w] >= 0x80 &&
               class_at(s, n, w, &k2, &cp) == DS_CC_DIGIT)
          w += (size_t)k2;
      }
      e = w;
      if (w < n && (s[w] == ':' || s[w] == '@') &&
          (e = url_at(s, n, i, w)) > w) {
        if (push(m, out, i, e, DS_TK_WORD, f | DS_TF_URL, 0))
          return DS_ENOMEM;
      }
      else {
        e = w;
        if (push(m, out, i, e, DS_TK_NUMBER, f, 0))
          return DS_ENOMEM;
      }
      break;
    }
    case DS_CC_PUNCT:
      return punct_token(m, s, n, pi, k, cp, f, out);
    case DS_CC_SYMBOL:
      e = i + (size_t)k;
      if (push(m, out, i, e, DS_TK_SYMBOL, f, s[i] < 0x80 ? s[i] : 0))
        return DS_ENOMEM;
      break;
    default:                                         /* invalid UTF-8 */
      e = i + 1;
      while (e < n && s[e] >= 0x80 && ds_utf8_decode(s, n, e, &cp) == 0)
        e++;
      if (push(m, out, i, e, DS_TK_OPAQUE, f, 0))
        return DS_ENOMEM;
      break;
  }
  *pi = e;
  return DS_OK;
}


/*
** The loop reads ASCII through one table lookup per byte, and the
** letters and digits of words eight bytes at a time (alnum8): plain
** words (whose run of letters and digits ends at a byte that needs no
** second look), numbers, most punctuation and white space never leave
** it. Words that may go on (an apostrophe, a period, ':', '@', a
** non-ASCII byte), "...", "--", "'s" and non-ASCII characters take
** the general paths above.
*/
/*
** May the word i..e-1 of ASCII letters and digits go on past e (where
** a byte of class B_LOOK stands)? "U.S.", "a.m.", "www.x" need a
** letter after the period, "don't" and "China's" one after the
** apostrophe, "http://" two slashes after the colon, "a@b" a letter
** after the at sign; a byte >= 0x80 may be a letter.
*/
static inline int goes_on (Bytes s, size_t n, size_t i, size_t e) {
  unsigned next = e + 1 < n ? btab[s[e + 1]] : 0;
  switch (s[e]) {
    case '.': return e - i <= 3 && (next & (B_UP | B_LO));
    case '@': return (next & (B_UP | B_LO)) != 0;
    case ':': return e + 2 < n && s[e + 1] == '/' && s[e + 2] == '/';
    case '\'': return (next & (B_ALNUM | B_HI)) != 0;
    default: return 1;
  }
}

/* store a token at 'tp' (room checked by the caller) */
static inline void put (ds_Token *tp, size_t start, size_t end, int kind,
                        unsigned flags, int punct) {
  ds_Token t;
  t.start = (uint32_t)start;
  t.len = (uint32_t)(end - start);
  t.flags = (uint16_t)flags;
  t.kind = (uint8_t)kind;
  t.punct = (uint8_t)punct;
  *tp = t;
}

int ds_tokenize (ds_Mem *m, const char *s0, size_t n, ds_Tokens *out) {
  Bytes s = (Bytes)s0;
  size_t i = 0;
  unsigned pend = 0;            /* flags for the next token */
  int indent = 0;               /* white space after the last line break */
  ds_Token *tp, *tend;          /* the next free token; the end of room */
  if (n > DS_MAXTEXT)
    return DS_ETOOBIG;
  /* a guess that saves most regrowth: one token per 5 bytes */
  if (ds_grow(m, (void **)&out->v, &out->cap, out->n + n / 5 + 16,
              sizeof(ds_Token)))
    return DS_ENOMEM;
  /* the loop keeps the array's end in locals ('out' is read again only
     around the general paths, which push through it) */
#define SYNC() (out->n = (size_t)(tp - out->v))
#define RELOAD() (tp = out->v + out->n, tend = out->v + out->cap)
  RELOAD();
  while (i < n) {
    unsigned b = btab[s[i]], f;
    size_t e;
    if (tp == tend) {
      SYNC();
      if (ds_grow(m, (void **)&out->v, &out->cap, out->n + 1,
                  sizeof(ds_Token)))
        return DS_ENOMEM;
      RELOAD();
    }
    if (b & (B_SPACE | B_NL | B_HI)) {
      uint32_t cp;
      int k, c, r;
      if (b & B_SPACE) {        /* indentation counts after a line break */
        pend |= DS_TF_SPACE;
        if (pend & DS_TF_NL) {
          indent += (s[i] == '\t') ? 4 : 1;
          if (indent >= 2) pend |= DS_TF_INDENT;
        }
        i++;
        continue;
      }
      if (b & B_NL) { k = 1; c = DS_CC_NEWLINE; }
      else c = class_at(s, n, i, &k, &cp);
      if (c == DS_CC_SPACE || c == DS_CC_JOIN) {
        pend |= DS_TF_SPACE;
        if ((pend & DS_TF_NL) && ++indent >= 2) pend |= DS_TF_INDENT;
        i += (size_t)k;
        continue;
      }
      if (c == DS_CC_NEWLINE) {
        if (pend & DS_TF_NL) pend |= DS_TF_BLANK;
        pend = (pend & ~(unsigned)DS_TF_INDENT) | DS_TF_SPACE | DS_TF_NL;
        indent = 0;
        i += (size_t)k;
        continue;
      }
      f = pend;
      pend = 0;
      SYNC();
      r = other_token(m, s, n, &i, c, k, cp, f, out);
      RELOAD();
      if (r) return DS_ENOMEM;
      continue;
    }
    f = pend;
    pend = 0;
    if (b & (B_UP | B_LO)) {    /* a word */
      Alnum a = { 0, 0, 0 };
      e = i;
      for (;;) {
        if (e + 8 <= n) {       /* eight bytes at a time */
          size_t k8 = alnum8(s + e, &a);
          e += k8;
          if (k8 < 8) break;
        }
        else {
          unsigned a1;
          while (e < n && ((a1 = btab[s[e]]) & B_ALNUM)) {
            a.up |= (a1 & B_UP) ? 1 : 0;
            a.lo |= (a1 & B_LO) ? 1 : 0;
            a.dig |= (a1 & B_DIG) ? 1 : 0;
            e++;
          }
          break;
        }
      }
      if (e < n && (btab[s[e]] & B_LOOK) && goes_on(s, n, i, e)) {
        int r;
        SYNC();
        r = word_token(m, s, n, &i, f, out);
        RELOAD();
        if (r) return DS_ENOMEM;
        continue;               /* "U.S.", "don't", "www.", "naïve" */
      }
      f |= (b & B_UP) ? DS_TF_CAP : DS_TF_LOWER;
      f |= (a.up && !a.lo) ? DS_TF_UPPER : 0;
      f |= a.dig ? DS_TF_DIGIT : 0;
      put(tp++, i, e, DS_TK_WORD, f, 0);
      i = e;
    }
    else if ((b & B_PUNCT) && s[i] != '.' && s[i] != '-' && s[i] != '\'') {
      put(tp++, i, i + 1, DS_TK_PUNCT, f, s[i]);
      i++;
    }
    else if ((b & B_DIG) && (e = number_end(s, n, i), e >= n ||
             (s[e] != ':' && s[e] != '@'))) {
      put(tp++, i, e, DS_TK_NUMBER, f, 0);
      i = e;                    /* a number, not "3com@...", "1://" */
    }
    else {
      int r;
      SYNC();
      if (b & B_PUNCT)
        r = punct_token(m, s, n, &i, 1, s[i], f, out);
      else
        r = other_token(m, s, n, &i, (b & B_DIG) ? DS_CC_DIGIT :
                        DS_CC_SYMBOL, 1, s[i], f, out);
      RELOAD();
      if (r) return DS_ENOMEM;
    }
  }
  SYNC();
#undef SYNC
#undef RELOAD
  return DS_OK;
}
