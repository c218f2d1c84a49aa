/*
** ds_token.c -- the tokenizer: UTF-8 bytes in, tokens with byte
** offsets, kinds and flags out. The text is never copied or changed.
** Invalid UTF-8 becomes opaque tokens; control bytes (NUL included)
** separate tokens as white space does.
** See LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds.h"
#include "ds_swar.h"

#if defined(__SSE2__) && !defined(DS_NO_SIMD)
#include <emmintrin.h>
/* AVX2, where the CPU has it (a test at run time): 32 bytes an
   instruction in classify */
#if defined(__GNUC__) && defined(__x86_64__) && !defined(DS_NO_AVX2)
#define DS_AVX2 1
#include <immintrin.h>
#endif
#endif

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
** What a token that the fast loop (hot) reads carries, by its first
** byte: its flags (DS_TF_CAP or DS_TF_LOWER for a letter, the
** segmenter's DS_TF_M* bits: see seg_bits), its kind << 16 and its
** 'punct' << 24.
** Bytes that start no token the fast loop reads (white space, '@',
** DEL and bytes >= 0x80) have 0; ':' and the apostrophe start one
** when hot finds them not hard.
*/
#define TU (DS_TF_CAP | (uint32_t)DS_TK_WORD << 16)      /* A-Z */
#define TL (DS_TF_LOWER | (uint32_t)DS_TK_WORD << 16)    /* a-z */
#define TA (DS_TF_MAND | DS_TF_CAP | (uint32_t)DS_TK_WORD << 16)   /* A */
#define Ta (DS_TF_MAND | DS_TF_LOWER | (uint32_t)DS_TK_WORD << 16) /* a */
#define MS DS_TF_MSENT
#define TD ((uint32_t)DS_TK_NUMBER << 16)                 /* 0-9 */
#define TP(c) ((uint32_t)DS_TK_PUNCT << 16 | (uint32_t)(c) << 24)
#define TS(c) ((uint32_t)DS_TK_SYMBOL << 16 | (uint32_t)(c) << 24)

static const uint32_t ttab[256] = {
  0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
  0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
  0,TP('!') | MS,TP('"') | MS,TS('#'),TS('$'),TS('%'),TS('&'),TP('\'') | MS,
  TP('(') | MS,TP(')') | MS,TS('*'),TS('+'),TP(',') | DS_TF_MCOMMA,TP('-'),
  TP('.') | MS,TP('/'),
  TD,TD,TD,TD,TD,TD,TD,TD,TD,TD,TP(':') | DS_TF_MAFTER,TP(';') | DS_TF_MAFTER,TS('<'),TS('='),
  TS('>'),TP('?') | MS,
  0,TA,TU,TU,TU,TU,TU,TU,TU,TU,TU,TU,TU,TU,TU,TU,
  TU,TU,TU,TU,TU,TU,TU,TU,TU,TU,TU,TP('[') | MS,TS('\\'),TP(']') | MS,
  TS('^'),TP('_'),
  TS('`'),Ta,TL,TL,TL,TL,TL,TL,TL,TL,TL,TL,TL,TL,TL,TL,
  TL,TL,TL,TL,TL,TL,TL,TL,TL,TL,TL,TP('{'),TS('|'),TP('}'),TS('~'),0
  /* >= 0x80: 0 */
};

#undef TU
#undef TL
#undef TA
#undef Ta
#undef MS
#undef TD
#undef TP
#undef TS


/*
** SWAR (SIMD within a register): eight bytes at once in a uint64_t,
** each byte tested by arithmetic that cannot carry into its neighbour.
** For a byte b < 0x80, ((b | 0x80) - c) has its high bit set exactly
** when b >= c (c <= 0x80).
*/
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
  uint64_t x = ds_le64(p), ascii = ~x & DS_HIGHS;
  uint64_t y = x | DS_HIGHS, yl = y | (DS_ONES * 0x20);
  uint64_t letter = ((yl - DS_ONES * 'a') & ~(yl - DS_ONES * ('z' + 1))) & ascii;
  uint64_t dig = ((y - DS_ONES * '0') & ~(y - DS_ONES * ('9' + 1))) & ascii;
  uint64_t lower = (x << 2) & letter;    /* bit 0x20 moved to 0x80 */
  uint64_t stop, keep;
  size_t k;
  letter &= DS_HIGHS;
  dig &= DS_HIGHS;
  stop = ~(letter | dig) & DS_HIGHS;
  if (stop == 0) { keep = ~(uint64_t)0; k = 8; }
  else {
    keep = (stop & (~stop + 1)) - 1;   /* the bytes before the first stop */
    k = (size_t)ds_lowbit(stop) >> 3;
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

/* a line break (a line feed, or U+2028 and the like) after the last
   token: the flags it gives the next one. The sentence loop looks at
   every token after one (DS_TF_MSENT, see seg_bits) */
static inline void line_break (unsigned *pend, int *indent) {
  if (*pend & DS_TF_NL) *pend |= DS_TF_BLANK;
  *pend = (*pend & ~(unsigned)DS_TF_INDENT) | DS_TF_SPACE | DS_TF_NL |
          DS_TF_MSENT;
  *indent = 0;
}

/* one byte of ASCII white space (a gap byte) after the last token:
   the flags it gives the next one */
static inline void gap_byte (int c, unsigned *pend, int *indent) {
  if (c == '\n') line_break(pend, indent);
  else {                        /* indentation counts after a line break */
    *pend |= DS_TF_SPACE;
    if (*pend & DS_TF_NL) {
      *indent += (c == '\t') ? 4 : 1;
      if (*indent >= 2) *pend |= DS_TF_INDENT;
    }
  }
}


/*
** The segmenter's DS_TF_M* bits of token t (see ds.h), for the tokens
** of the general loop (the fast one has them from ttab and fxtab; a
** line break gives its own, line_break): what the sentence loop looks
** at ("U.S.", the marks), a comma, ';' and ':', and a first byte that
** may begin "and".
*/
static unsigned seg_bits (Bytes s, const ds_Token *t) {
  unsigned f = (t->flags & DS_TF_ABBR) ? DS_TF_MSENT : 0;
  if (t->kind == DS_TK_PUNCT)
    switch (t->punct) {
      case '.': case '!': case '?': case 'E': case '"': case '\'':
      case '(': case ')': case '[': case ']':
        f |= DS_TF_MSENT; break;
      case ',': f |= DS_TF_MCOMMA; break;
      case ';': case ':': f |= DS_TF_MAFTER; break;
      default: break;
    }
  if ((s[t->start] | 0x20) == 'a') f |= DS_TF_MAND;
  return f;
}


/*
** The general loop, one step at s[*pi]: a byte of white space, or a
** token. 'pend' holds the flags for the next token, 'indent' the white
** space after the last line break. The fast loop below hands it what it
** does not handle itself: non-ASCII characters, words and runs of
** white space of 64 bytes or more.
*/
static int step (ds_Mem *m, Bytes s, size_t n, size_t *pi, unsigned *pend,
                 int *indent, ds_Tokens *out) {
  size_t i = *pi, e;
  unsigned b = btab[s[i]], f;
  if (b & (B_SPACE | B_NL)) {
    gap_byte(s[i], pend, indent);
    *pi = i + 1;
    return DS_OK;
  }
  if (b & B_HI) {
    uint32_t cp;
    int k, c = class_at(s, n, i, &k, &cp);
    if (c == DS_CC_SPACE || c == DS_CC_JOIN) {
      *pend |= DS_TF_SPACE;
      if ((*pend & DS_TF_NL) && ++*indent >= 2) *pend |= DS_TF_INDENT;
      *pi = i + (size_t)k;
      return DS_OK;
    }
    if (c == DS_CC_NEWLINE) {
      line_break(pend, indent);
      *pi = i + (size_t)k;
      return DS_OK;
    }
    f = *pend;
    *pend = 0;
    return other_token(m, s, n, pi, c, k, cp, f, out);
  }
  f = *pend;
  *pend = 0;
  if (b & (B_UP | B_LO)) {      /* a word */
    Alnum a = { 0, 0, 0 };
    e = i;
    for (;;) {
      if (e + 8 <= n) {         /* eight bytes at a time */
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
    if (e < n && (btab[s[e]] & B_LOOK) && goes_on(s, n, i, e))
      return word_token(m, s, n, pi, f, out);  /* "U.S.", "don't" */
    f |= (b & B_UP) ? DS_TF_CAP : DS_TF_LOWER;
    f |= (a.up && !a.lo) ? DS_TF_UPPER : 0;
    f |= a.dig ? DS_TF_DIGIT : 0;
    *pi = e;
    return push(m, out, i, e, DS_TK_WORD, f, 0);
  }
  if ((b & B_PUNCT) && s[i] != '.' && s[i] != '-' && s[i] != '\'') {
    *pi = i + 1;
    return push(m, out, i, i + 1, DS_TK_PUNCT, f, s[i]);
  }
  if ((b & B_DIG) && (e = number_end(s, n, i), e >= n ||
      (s[e] != ':' && s[e] != '@'))) {
    *pi = e;                    /* a number, not "3com@...", "1://" */
    return push(m, out, i, e, DS_TK_NUMBER, f, 0);
  }
  if (b & B_PUNCT)
    return punct_token(m, s, n, pi, 1, s[i], f, out);
  return other_token(m, s, n, pi, (b & B_DIG) ? DS_CC_DIGIT : DS_CC_SYMBOL,
                     1, s[i], f, out);
}


/* ------------------------------------------------------------------ */
/* the fast loop: 64 bytes of classes at a time                        */
/* ------------------------------------------------------------------ */

/*
** The classes of 64 bytes as bit masks (bit k: byte k): ASCII letters
** and digits, lower-case letters, digits, white space (ASCII, line
** feed and control bytes included), line feeds, tabs, periods, commas,
** the marks between numbers (',' '-' '.'), s or S (of a possessive "'s"),
** and the bytes that the fast loop does not read itself (hard: the
** apostrophe, ':' (but see hot), '@', DEL and bytes >= 0x80).
*/
typedef struct Win {
  uint64_t alnum, lower, digit, gap, nl, tab, dot, comma, mark, ess, hard;
} Win;

#if defined(__SSE2__) && !defined(DS_NO_SIMD)

/* SSE2 (every x86-64 has it): sixteen bytes per instruction */

/*
** Bytes of x in lo..lo+n-1 (n < 0x80, lo + n <= 0x80): one add and one
** signed compare. The add moves lo to -128, so the range becomes the n
** smallest signed values; bytes >= 0x80 land outside it.
*/
#define RANGE(x, lo, n) \
  _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8((char)(0x80 - (lo)))), \
                 _mm_set1_epi8((char)((n) - 128)))

/* the classes as byte masks of 16 bytes x (0xFF: in the class); a
   letter is a byte that falls in a..z once bit 0x20 is set */
#define EQ(x, c)  _mm_cmpeq_epi8(x, _mm_set1_epi8(c))
#define LETTER(x) RANGE(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 26)
#define LOWER(x)  RANGE(x, 'a', 26)
#define DIGIT(x)  RANGE(x, '0', 10)
#define GAP(x)    _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(' ')), x)
#define NL(x)     EQ(x, '\n')
#define TAB(x)    EQ(x, '\t')
#define DOT(x)    EQ(x, '.')
#define COMMA(x)  EQ(x, ',')
#define MARK(x)   RANGE(x, ',', 3)
#define ESS(x)    EQ(_mm_or_si128(x, _mm_set1_epi8(0x20)), 's')
#define HARD(x)   _mm_or_si128(_mm_or_si128(EQ(x, '\''), EQ(x, ':')), \
  _mm_or_si128(EQ(x, '@'), \
               _mm_cmpeq_epi8(_mm_max_epu8(x, _mm_set1_epi8(0x7F)), x)))

/* a class of the window's four quarters x0..x3, as 64 bits */
#define BITS(c, x) ((uint64_t)(unsigned)_mm_movemask_epi8(c(x)))
#define QUARTERS(c) \
  (BITS(c, x0) | BITS(c, x1) << 16 | BITS(c, x2) << 32 | BITS(c, x3) << 48)

/* the classes of a window, one at a time over its parts (C: QUARTERS
   or HALVES), written out (no loop counter, no shift by a variable
   amount): fewer values are live at once than with all the classes of
   a part, which made the compiler spill registers */
#define CLASSES(w, C) \
  ((w)->lower = C(LOWER), (w)->digit = C(DIGIT), \
   (w)->alnum = C(LETTER) | (w)->digit, (w)->gap = C(GAP), \
   (w)->nl = C(NL), (w)->tab = C(TAB), (w)->dot = C(DOT), \
   (w)->comma = C(COMMA), (w)->mark = C(MARK), \
   (w)->ess = C(ESS), (w)->hard = C(HARD))

static void classify_sse2 (const unsigned char *p, Win *w) {
  const __m128i *v = (const __m128i *)(const void *)p;
  __m128i x0 = _mm_loadu_si128(v), x1 = _mm_loadu_si128(v + 1);
  __m128i x2 = _mm_loadu_si128(v + 2), x3 = _mm_loadu_si128(v + 3);
  CLASSES(w, QUARTERS);
}

#if defined(DS_AVX2)

/*
** The same classes, two halves of 32 bytes (RANGE's compare the other
** way round: AVX2 has only 'greater than'). The constants are rows of
** kavx, read through a pointer that the compiler cannot see through
** (hot_body): from constants it knows, GCC builds each vector anew in
** each window (a move, a move to a vector register and a broadcast)
** where a memory operand costs no instruction.
*/
enum {
  K_20, K_A, K_26, K_0, K_10, K_COMMA, K_3, K_SP, K_NL, K_TAB, K_DOT,
  K_CM, K_S, K_APOS, K_COLON, K_AT, K_7F,
  K_FSP, K_FNL, K_FBLANK, K_FINDENT, K_FUPPER, K_LO, K_HI, K_BIT, K_ROWS
};

#define K8(c) c, c, c, c, c, c, c, c
#define K32(c) { K8(c), K8(c), K8(c), K8(c) }
#define K4(a, b, c, d) K8(a), K8(b), K8(c), K8(d)
#define KBIT 1, 2, 4, 8, 16, 32, 64, 128
static const unsigned char kavx[K_ROWS][32] = {
  K32(0x20), K32(0x80 - 'a'), K32(26 + 128), K32(0x80 - '0'),
  K32(10 + 128), K32(0x80 - ','), K32(3 + 128), K32(' '), K32('\n'),
  K32('\t'), K32('.'), K32(','), K32('s'), K32('\''), K32(':'), K32('@'),
  K32(0x7F),
  K32(DS_TF_SPACE), K32(DS_TF_NL), K32(DS_TF_BLANK), K32(DS_TF_INDENT),
  K32(DS_TF_UPPER),
  { K4(0, 1, 2, 3) }, { K4(4, 5, 6, 7) }, { KBIT, KBIT, KBIT, KBIT }
};
#undef K8
#undef K32
#undef K4
#undef KBIT

#undef RANGE
#undef EQ
#undef ESS
#undef LETTER
#undef LOWER
#undef DIGIT
#undef GAP
#undef NL
#undef TAB
#undef DOT
#undef COMMA
#undef MARK
#undef HARD
#undef BITS
#define KV(i) _mm256_loadu_si256((const __m256i *)(const void *)K[i])
#define RANGE(x, add, lim) \
  _mm256_cmpgt_epi8(KV(lim), _mm256_add_epi8(x, KV(add)))
#define EQ(x, i)  _mm256_cmpeq_epi8(x, KV(i))
#define LETTER(x) RANGE(_mm256_or_si256(x, KV(K_20)), K_A, K_26)
#define LOWER(x)  RANGE(x, K_A, K_26)
#define DIGIT(x)  RANGE(x, K_0, K_10)
#define MARK(x)   RANGE(x, K_COMMA, K_3)
#define GAP(x)    _mm256_cmpeq_epi8(_mm256_min_epu8(x, KV(K_SP)), x)
#define NL(x)     EQ(x, K_NL)
#define TAB(x)    EQ(x, K_TAB)
#define DOT(x)    EQ(x, K_DOT)
#define COMMA(x)  EQ(x, K_CM)
#define ESS(x)    EQ(_mm256_or_si256(x, KV(K_20)), K_S)
#define HARD(x)   _mm256_or_si256(_mm256_or_si256(EQ(x, K_APOS), \
  EQ(x, K_COLON)), _mm256_or_si256(EQ(x, K_AT), \
    _mm256_cmpeq_epi8(_mm256_max_epu8(x, KV(K_7F)), x)))
#define BITS(c, x) ((uint64_t)(uint32_t)_mm256_movemask_epi8(c(x)))
#define HALVES(c) (BITS(c, y0) | BITS(c, y1) << 32)

/* the classes of the 64 bytes at p, the constants at K (kavx) */
__attribute__((target("avx2")))
static void classify_avx2k (const unsigned char *p, Win *w,
                            const unsigned char (*K)[32]) {
  const __m256i *v = (const __m256i *)(const void *)p;
  __m256i y0 = _mm256_loadu_si256(v), y1 = _mm256_loadu_si256(v + 1);
  CLASSES(w, HALVES);
}

#undef HALVES
#endif

static void classify (const unsigned char *p, Win *w) {
#if defined(DS_AVX2)
  if (__builtin_cpu_supports("avx2")) {
    classify_avx2k(p, w, kavx);
    return;
  }
#endif
  classify_sse2(p, w);
}

#undef RANGE
#undef EQ
#undef LETTER
#undef LOWER
#undef DIGIT
#undef GAP
#undef NL
#undef TAB
#undef DOT
#undef COMMA
#undef MARK
#undef ESS
#undef HARD
#undef BITS
#undef QUARTERS
#undef CLASSES

#else

/* SWAR (see alnum8): eight bytes per 64-bit number */

/* bytes of x equal to c: 0x80 in each such byte */
static inline uint64_t eq8 (uint64_t x, int c) {
  uint64_t t = x ^ (DS_ONES * (uint64_t)c);
  return ~(((t & ~DS_HIGHS) + ~DS_HIGHS) | t) & DS_HIGHS;
}

/* the high bits of the bytes of m (0x80 or 0), as eight bits */
static inline uint64_t gather8 (uint64_t m) {
  return ((m >> 7) * (uint64_t)0x0102040810204080u) >> 56;
}

static void classify (const unsigned char *p, Win *w) {
  int k;
  memset(w, 0, sizeof(*w));
  for (k = 0; k < 8; k++) {
    uint64_t x = ds_le64(p + 8 * k), ascii = ~x & DS_HIGHS, y = x | DS_HIGHS;
#define GE(c) ((y - DS_ONES * (uint64_t)(c)) & ascii)
    uint64_t up = GE('A') & ~GE('Z' + 1), lo = GE('a') & ~GE('z' + 1);
    uint64_t dg = GE('0') & ~GE('9' + 1);
    uint64_t gp = ascii & ~GE(' ' + 1);
#undef GE
    int sh = 8 * k;
    w->alnum |= gather8(up | lo | dg) << sh;
    w->lower |= gather8(lo) << sh;
    w->digit |= gather8(dg) << sh;
    w->gap |= gather8(gp) << sh;
    w->nl |= gather8(eq8(x, '\n')) << sh;
    w->tab |= gather8(eq8(x, '\t')) << sh;
    w->dot |= gather8(eq8(x, '.')) << sh;
    w->comma |= gather8(eq8(x, ',')) << sh;
    w->mark |= gather8(eq8(x, ',') | eq8(x, '-') | eq8(x, '.')) << sh;
    w->ess |= gather8(eq8(x | DS_ONES * 0x20, 's')) << sh;
    w->hard |= gather8(eq8(x, '\'') | eq8(x, ':') | eq8(x, '@') |
                       eq8(x, 0x7F) | (x & DS_HIGHS)) << sh;
  }
}

#endif


/* the index of the lowest set bit of x (x != 0), as a 64-bit number */
static inline uint64_t tz (uint64_t x) {
  return (uint64_t)(unsigned)ds_lowbit(x);
}

/*
** A number that ends at byte *pe of the window goes on: number_end's
** groups (".75", ",250") as long as the masks show them. Returns 0, or
** 1 when bytes past the window would decide (a full window).
*/
static int number_on (const Win *w, Bytes q, int full, uint64_t *pe) {
  uint64_t e = *pe, x, D = w->digit;
  for (x = e + 1; x < 64; x = e + 1) {
    if ((w->dot >> x) & 1) {
      uint64_t r;
      if (x == 63) {
        if (full) return 1;                 /* a digit may follow */
        break;
      }
      if (!((D >> (x + 1)) & 1)) break;
      r = ~D & (~(uint64_t)0 << (x + 1));
      e = r ? tz(r) - 1 : 63;
    }
    else if (q[x] == ',') {
      if (x >= 60 && full) return 1;
      if (((D >> (x + 1)) & 7) != 7 || (x + 4 < 64 && ((D >> (x + 4)) & 1)))
        break;
      e = x + 3;
    }
    else break;
  }
  *pe = e;
  return 0;
}

/* the 256 entries F(0), ..., F(255) of a table of the bytes' values */
#define T4(F, i) F(i), F((i) + 1), F((i) + 2), F((i) + 3)
#define T16(F, i) T4(F, i), T4(F, (i) + 4), T4(F, (i) + 8), T4(F, (i) + 12)
#define T64(F, i) \
  T16(F, i), T16(F, (i) + 16), T16(F, (i) + 32), T16(F, (i) + 48)
#define T256(F) T64(F, 0), T64(F, 64), T64(F, 128), T64(F, 192)

/* spread8[b]: the bits of b as the bytes of a number (bit k: byte k) */
#define SP(b) ((uint64_t)((b) & 1) | (uint64_t)((b) >> 1 & 1) << 8 | \
  (uint64_t)((b) >> 2 & 1) << 16 | (uint64_t)((b) >> 3 & 1) << 24 | \
  (uint64_t)((b) >> 4 & 1) << 32 | (uint64_t)((b) >> 5 & 1) << 40 | \
  (uint64_t)((b) >> 6 & 1) << 48 | (uint64_t)((b) >> 7 & 1) << 56)
static const uint64_t spread8[256] = { T256(SP) };
#undef SP

/* eight bytes of flag_bytes, from byte j */
static inline void flag_bytes8 (unsigned char *F, int j, uint64_t sp,
                                uint64_t nl, uint64_t blk, uint64_t ind,
                                uint64_t up) {
  uint64_t x = spread8[(sp >> j) & 0xFF] * DS_TF_SPACE |
               spread8[(nl >> j) & 0xFF] * DS_TF_NL |
               spread8[(blk >> j) & 0xFF] * DS_TF_BLANK |
               spread8[(ind >> j) & 0xFF] * DS_TF_INDENT |
               spread8[(up >> j) & 0xFF] * DS_TF_UPPER;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  memcpy(F + j, &x, 8);
#else
  int k;
  for (k = 0; k < 8; k++)
    F[j + k] = (unsigned char)(x >> (8 * k));
#endif
}

/*
** The flags that the bytes of a window give the token that starts or
** ends at each, as bytes that the store loop reads without a branch:
** F[i] holds DS_TF_SPACE, DS_TF_NL, DS_TF_BLANK and DS_TF_INDENT
** (masks sp, nl, blk, ind: see hot) for a token that starts at i, and
** DS_TF_UPPER (up) for a word that ends at i; a token's flags are
** F[st] | F[e]. No byte gives flags of both kinds to two tokens: a
** byte after white space is the last byte of no word but one of one
** byte, and a word's last byte after white space is its first.
** Written out: no loop counter, no shift by a variable amount.
*/
static void flag_bytes (unsigned char *F, uint64_t sp, uint64_t nl,
                        uint64_t blk, uint64_t ind, uint64_t up) {
  flag_bytes8(F, 0, sp, nl, blk, ind, up);
  flag_bytes8(F, 8, sp, nl, blk, ind, up);
  flag_bytes8(F, 16, sp, nl, blk, ind, up);
  flag_bytes8(F, 24, sp, nl, blk, ind, up);
  flag_bytes8(F, 32, sp, nl, blk, ind, up);
  flag_bytes8(F, 40, sp, nl, blk, ind, up);
  flag_bytes8(F, 48, sp, nl, blk, ind, up);
  flag_bytes8(F, 56, sp, nl, blk, ind, up);
}

/* the flags of a token from its bytes of flag_bytes: a line break is
   a mark of the sentence loop too (DS_TF_MSENT) */
#define FX(i) ((i) | ((i) & DS_TF_NL) * (DS_TF_MSENT / DS_TF_NL))
static const uint16_t fxtab[256] = { T256(FX) };
#undef FX
#undef T4
#undef T16
#undef T64
#undef T256

#if defined(DS_AVX2)
/* the same with AVX2: each mask's bits to bytes (each byte of the mask
   copied to eight lanes, one bit tested in each), 32 at a time */
__attribute__((target("avx2")))
static void flag_bytes_avx2 (unsigned char *F, uint64_t sp, uint64_t nl,
                             uint64_t blk, uint64_t ind, uint64_t up,
                             const unsigned char (*K)[32]) {
  const __m256i lo = KV(K_LO), hi = KV(K_HI), bit = KV(K_BIT);
  __m256i a = _mm256_setzero_si256(), b = _mm256_setzero_si256();
#define EXPAND(m, v) do { \
    __m256i x_ = _mm256_set1_epi64x((long long)(m)), v_ = KV(v); \
    a = _mm256_or_si256(a, _mm256_and_si256(v_, _mm256_cmpeq_epi8(bit, \
          _mm256_and_si256(bit, _mm256_shuffle_epi8(x_, lo))))); \
    b = _mm256_or_si256(b, _mm256_and_si256(v_, _mm256_cmpeq_epi8(bit, \
          _mm256_and_si256(bit, _mm256_shuffle_epi8(x_, hi))))); \
  } while (0)
  EXPAND(sp, K_FSP);
  EXPAND(nl, K_FNL);
  EXPAND(blk, K_FBLANK);
  EXPAND(ind, K_FINDENT);
  EXPAND(up, K_FUPPER);
#undef EXPAND
  _mm256_storeu_si256((__m256i *)(void *)F, a);
  _mm256_storeu_si256((__m256i *)(void *)(F + 32), b);
}
#undef KV
#endif

/* put_at writes a token as two numbers: its fields must lie so */
typedef char ds_token_layout[(offsetof(ds_Token, len) == 4 &&
  offsetof(ds_Token, flags) == 8 && offsetof(ds_Token, kind) == 10 &&
  offsetof(ds_Token, punct) == 11 && sizeof(ds_Token) == 12) ? 1 : -1];

/* store a token at 'tp': its start and length as one number 'sl'
   (start + (length << 32): start < 2^32, DS_MAXTEXT), its flags, kind
   and punct as 'tail' (as ttab gives them) */
static inline void put_at (ds_Token *tp, uint64_t sl, uint32_t tail) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  memcpy(tp, &sl, 8);                 /* start, len */
  memcpy(&tp->flags, &tail, 4);       /* flags, kind, punct */
#else
  ds_Token t;
  t.start = (uint32_t)sl;
  t.len = (uint32_t)(sl >> 32);
  t.flags = (uint16_t)tail;
  t.kind = (uint8_t)(tail >> 16);
  t.punct = (uint8_t)(tail >> 24);
  *tp = t;
#endif
}


#if defined(DS_AVX2)
/*
** tz by BMI1's tzcnt, for the store loop of hot_avx2 (the only caller
** with 'bmi' set). GCC clears the destination of each tzcnt it writes
** with an xor, as Haswell and Broadwell wait for its old value: two
** instructions a token (3.5M of 218M a pass, 2% of the clock). Without
** them those CPUs wait for the st or e of the token before, which the
** loop has long computed by then.
*/
static DS_ALWAYS_INLINE uint64_t tzcnt (uint64_t x) {
  uint64_t r;
  __asm__ ("tzcnt %1, %0" : "=r" (r) : "r" (x));
  return r;
}
#define TZ(x) (bmi ? tzcnt(x) : tz(x))
#else
#define TZ(x) ((void)bmi, tz(x))
#endif

/* a window's masks as emit reads them (see hot), and where it stopped */
typedef struct Marks {
  const Win *w;
  const unsigned char *F;       /* flags by first and last byte
                                   (flag_bytes) */
  uint64_t T, E;                /* tokens' first and last bytes */
  uint64_t DG, GL;              /* last bytes of words with digits, of
                                   numbers that may go on */
  uint64_t CL;                  /* last bytes of possessives: "'s" */
  uint64_t R;                   /* last bytes of the tokens that take
                                   the rare path: DG, GL, CL */
  uint64_t stop;                /* a token must end before this byte */
  uint64_t hb;                  /* the first hard byte before the
                                   horizon (65: none) */
  int full;                     /* a full window (else the padded end) */
  int why;                      /* emit stopped: 0 at the window's end,
                                   1 at a token past the horizon, 2 at a
                                   hard one */
  uint64_t st;                  /* the first byte of the token not read */
} Marks;

/*
** The store loop of hot: the tokens of one window, from the masks in
** 'mk', up to the first that does not end before byte mk->stop. The
** k-th first byte pairs with the k-th last byte (E keeps only the last
** bytes before the stop, so the loop has one test). Returns the next
** free token. hot has it inline for the windows without the rare path
** ('rare' 0), hot_avx2 with BMI1 and BMI2 (shifts by a register other
** than cl, one instruction to clear a lowest bit): with the call and the
** Marks through memory gone, 4% fewer instructions and 7% more speed
** than a call to a copy with those targets. The portable hot calls emit
** for the rest, so that the rare path's calls leave its registers be.
*/
static DS_ALWAYS_INLINE ds_Token *emit_body (Marks *mk, Bytes q,
                                             uint64_t base, ds_Token *tp,
                                             int rare, int bmi) {
  uint64_t T = mk->T, R = mk->R;
  const unsigned char *F = mk->F;
  /* a token's start and length for put_at: b1 + st + ((e - st) << 32),
     the length's + 1 in b1 (one instruction less a token) */
  uint64_t b1 = base + ((uint64_t)1 << 32);
  uint64_t E = mk->stop <= 1 ? 0 : mk->E & (~(uint64_t)0 >> (65 - mk->stop));
  while (E != 0) {
    uint64_t st = TZ(T), e = TZ(E);
    uint32_t f = 0;
    if (rare && ((R >> e) & 1)) {
      if ((mk->GL >> e) & 1) {  /* a number goes on: "1,250.75" */
        uint64_t x = e;
        if (number_on(mk->w, q, mk->full, &x) || x + 1 >= mk->stop) {
          mk->why = x + 1 >= mk->hb ? 2 : 1;
          mk->st = st;
          return tp;
        }
        if (x > e) {            /* the tokens inside go */
          e = x;
          T &= ~(((uint64_t)2 << e) - 1) | (T & (0 - T));
          E = (mk->E & ~(((uint64_t)2 << e) - 1)) | ((uint64_t)1 << e);
          E &= ~(uint64_t)0 >> (65 - mk->stop);
        }
      }
      f |= (uint32_t)((mk->DG >> e) & 1) * DS_TF_DIGIT;
      if ((mk->CL >> e) & 1) {  /* "'s": a possessive, or hard */
        if (q[st] != '\'') {
          mk->why = 2;
          mk->st = st;
          return tp;
        }
        f |= DS_TF_CLITIC | (uint32_t)DS_TK_WORD << 16 |
             (q[e] == 's' ? DS_TF_LOWER : DS_TF_CAP | DS_TF_UPPER) |
             fxtab[F[st] | F[e]];
        put_at(tp++, b1 + st + ((e - st) << 32), f);  /* (not ttab's
                                   punct of the apostrophe) */
        T &= T - 1;
        E &= E - 1;
        continue;
      }
    }
    f |= fxtab[F[st] | F[e]];
    put_at(tp++, b1 + st + ((e - st) << 32), ttab[q[st]] | f);
    T &= T - 1;
    E &= E - 1;
  }
  if (T != 0) {                 /* a token that does not end in time */
    uint64_t st = tz(T);
    uint64_t e = tz((mk->E & (0 - (T & (0 - T)))) | (uint64_t)1 << 63);
    mk->why = e + 1 >= mk->hb ? 2 : 1;
    mk->st = st;
  }
  else mk->why = 0;
  return tp;
}

static DS_NOINLINE ds_Token *emit (Marks *mk, Bytes q, uint64_t base,
                                   ds_Token *tp) {
  return emit_body(mk, q, base, tp, 1, 0);
}




/*
** Hard tokens (see hot) that the bytes of the window decide, read as
** the general loop (step) reads them: "U.S." (two letters, each with a
** period after it, and no letter, apostrophe or byte >= 0x80 after
** them: a word as dotted_at reads it, with the flags of case_flags,
** DS_TF_ABBR, and DS_TF_MSENT from seg_bits), "1ST" (a number before a
** letter: "1", then the word "ST", which hot reads) and the runs "--"
** and "..." (punct_token). They are most of the hard tokens of the
** corpus; read in hot, they cost no return to ds_tokenize and no step.
** The token starts at byte st of the window, whose last byte (63) is
** the text's or NUL in the padded end. Returns its length (0: the
** general loop reads it) and its flags, kind and punct in '*tail'.
*/
static DS_ALWAYS_INLINE uint64_t hard_token (const Win *w, Bytes q,
                                             uint64_t st, uint32_t *tail) {
  unsigned c = q[st], b = btab[c];
  uint64_t k;
  if (st >= 60) return 0;
  if (b & (B_UP | B_LO)) {
    unsigned b2 = btab[q[st + 2]];
    if (q[st + 1] != '.' || q[st + 3] != '.' || !(b2 & (B_UP | B_LO)) ||
        (btab[q[st + 4]] & (B_UP | B_LO | B_HI)) || q[st + 4] == '\'')
      return 0;
    *tail = ttab[c] | DS_TF_ABBR | DS_TF_MSENT |
            ((b & b2 & B_UP) ? DS_TF_UPPER : 0);
    return 4;
  }
  if (b & B_DIG) {              /* the digits' end: ~(x >> st) is never 0 */
    k = st + tz(~(w->digit >> st));
    if (k >= 64 || !(((w->alnum & ~w->digit) >> k) & 1)) return 0;
    *tail = ttab[c];
    return k - st;
  }
  if (c == '-' || c == '.') {
    for (k = st + 1; k < 64 && q[k] == c; k++) ;
    if (k >= 64 || k - st < (c == '-' ? 2u : 3u)) return 0;
    *tail = (uint32_t)DS_TK_PUNCT << 16 |
            (c == '-' ? (uint32_t)'D' << 24 :
                        (uint32_t)'E' << 24 | DS_TF_MSENT);
    return k - st;
  }
  return 0;
}


/*
** The fast loop over windows of 64 bytes: from byte p (a token's first
** byte, whose flags are '*ppend') of the window at s + *pbase (the
** text, or its last bytes padded with NUL: '*pq'), whose masks are '*w':
** the tokens that need no general path. Their bounds come from the
** masks of the whole window at once: a token starts at the first byte
** of a run of letters and digits or at a byte that is none of these
** nor white space, and ends at the last byte of the run or at that
** byte; the k-th start pairs with the k-th end, so the loop that stores
** the tokens has no branch on their kind. A mask of 'hard' bytes marks
** what only the general loop reads: a token is read here only when no
** hard byte lies within it or right after it. Hard are the bytes of
** Win.hard (a colon only before "//"), a period between letters or digits and a letter ("U.S.",
** "www.x"), two marks in a row ("...", "--", and rarer pairs that the
** general loop reads as the fast one would), and a letter after a
** digit ("3com"). Some hard tokens are read here all the same, by a
** look at their bytes (hard_token).
** A number goes on past a period or a comma between digits ("1,250.5"),
** as number_end reads it, on the rare path of the store loop.
**
** A token is read only when the masks tell all that decides it: its
** end and the two bytes after it lie inside the window. When the
** tokens run to the window's end and the text holds 64 more bytes from
** the first token not read, the loop moves the window there ('*pbase',
** '*pq', '*w' follow), which spares a return to ds_tokenize per window.
** Returns where it stopped, in the window at *pbase: past the window,
** at white space that runs to its end, at a token that may run past it
** ('*cross' set: the next window starts there), or at a token that the
** general loop (step) must read. '*ptp' (the next free token, with room
** for a token per byte to the window's end; 'tend' the end of the room)
** and '*ppend' (the flags for the next token) go on. 'avx2' is a
** constant of each copy (hot, hot_avx2): the CPU has AVX2, BMI1, BMI2.
*/
static DS_ALWAYS_INLINE size_t hot_body (Win *w, Bytes s, size_t n,
                                         Bytes *pq, size_t *pbase, size_t p,
                                         ds_Token **ptp, const ds_Token *tend,
                                         unsigned *ppend, int *cross,
                                         int avx2) {
  Bytes q = *pq;
  size_t base = *pbase;
  ds_Token *tp = *ptp;
  unsigned pend = *ppend;
  unsigned char F[64];                        /* see flag_bytes */
#if defined(DS_AVX2)
  /* kavx, whose rows the compiler now reads from memory (see kavx) */
  const unsigned char (*K)[32] = kavx;
  __asm__ ("" : "+r" (K));
#endif
  for (;;) {                                  /* a window, from byte p */
    uint64_t clr = ~(uint64_t)0 << p;         /* no token before p */
    uint64_t A = w->alnum & clr, D = w->digit & clr, G = w->gap & clr;
    uint64_t P = w->dot, W = A & ~D;
    uint64_t run = A & ~(A << 1);             /* runs' first bytes */
    uint64_t O = ~(w->alnum | w->gap) & clr;  /* one-byte tokens */
    uint64_t T = run | O, E = (A & ~(A >> 1)) | O;
    /* marks at the byte after a run: its run has a lower-case letter,
       a digit, starts with a letter, starts with a digit (the carry of
       a sum runs through the run to the byte after it) */
    uint64_t lo = (A + (w->lower & A)) & ~A, dg = (A + D) & ~A;
    uint64_t wd = (A + (run & W)) & ~A, nm = (A + (run & D)) & ~A;
    /* what the flags of a token need, by its first byte (SPACE, NL,
       BLANK, INDENT: see gap_byte) or its last (UPPER, DIGIT, a number
       that goes on: 'R' for the rare path) */
    uint64_t NC = w->nl & clr, S = G + NC;    /* (line feeds are gap) */
    uint64_t SP = G << 1, NL = S & ~G;
    /* a blank line: a run of white space with two line feeds. NC & S
       are the line feeds after another in the same run (adding a run's
       line feeds clears the run from its first line feed on, and sets
       the later ones again: their bits were 0) */
    uint64_t BLK = (G + (NC & S)) & ~G;
    /* two bytes of white space other than a line feed before a token,
       or a tab */
    uint64_t GX = G & ~w->nl;
    uint64_t IND = NL & (((GX << 1) & (GX << 2)) | (w->tab << 1));
    uint64_t UP = (wd & ~lo) >> 1, DG = (wd & dg) >> 1;
    uint64_t M = w->mark;
    uint64_t GL = (nm >> 1) & ((M & (D >> 1)) >> 1);
    /* "'s" after a byte that is no white space, before one that is no
       letter, digit or hard byte: a possessive (word_token, punct_token)
       when the byte is the apostrophe (emit looks), not at p (the byte
       before it may lie in the window before) */
    uint64_t CL = w->hard & (w->ess >> 1) & ~(G << 1) &
                  ~((w->alnum | w->hard) >> 2) & (clr << 1);
    uint64_t H = ((w->hard & ~CL) | (M & (M >> 1)) |
                  (P & (A << 1) & (W >> 1)) | (W & (D << 1))) & clr;
    /* the marks inside numbers, as number_end reads them: a period
       before a digit, a comma before three digits and no fourth, each
       after a run that starts with a digit ("1,250.75"). The number is
       one token: the mark's token goes, and the ends and starts
       around it. A mark that bytes past a full window decide (a
       period at 63, a comma at 60 or later) sends the window to the
       rare path, whose number_on reads it as before */
    uint64_t J = nm & ((w->dot & (D >> 1)) |
                       (w->comma & (D >> 1) & (D >> 2) & (D >> 3) &
                        ~(D >> 4)));
    uint64_t U = nm & ((w->dot >> 63 << 63) | (w->comma >> 60 << 60));
    uint64_t st, k;
    uint32_t tail;
    int full = q == s + base;   /* else the padded end of the text */
    /* a full window's last two bytes are the look-ahead of its last
       token; in the padded one NUL, white space, follows the text */
    uint64_t hb = H ? tz(H) : 64, hz = full ? 62 : 64;
    ds_Token *tp0 = tp;
    int why;                    /* 1: a token past the horizon, 2: hard */
    Marks mk;
    /* a colon is hard only before "//" (url_at, goes_on), an apostrophe
       only before a letter, a digit or a byte >= 0x80 (word_end,
       goes_on, punct_token): the others are tokens of their own ("NOTE:",
       "10:30", "bankers' "), and the word before them ends there. Before
       the horizon the window holds the two bytes after them */
    while (hb < 62 &&
           ((q[hb] == ':' && (q[hb + 1] != '/' || q[hb + 2] != '/')) ||
            (q[hb] == '\'' && !(btab[q[hb + 1]] & (B_ALNUM | B_HI))))) {
      H &= H - 1;
      hb = H ? tz(H) : 64;
    }
#if defined(DS_AVX2)
    if (avx2) flag_bytes_avx2(F, SP, NL, BLK, IND, UP, K);
    else
#endif
    flag_bytes(F, SP, NL, BLK, IND, UP);
    mk.w = w; mk.F = F;
    mk.hb = hb < hz ? hb : 65;  /* (a hard byte past the horizon waits) */
    mk.stop = hb < hz ? hb : hz; mk.full = full;
    mk.st = p;
    if ((DG | CL | (full ? U : 0)) == 0) {    /* no rare path */
      mk.T = T & ~(J | (J << 1));
      mk.E = E & ~(J | (J >> 1));
      tp = emit_body(&mk, q, base, tp, 0, avx2);
    }
    else {
      mk.T = T & ~(CL << 1);    /* "'s" is one token */
      mk.E = E & ~CL;
      mk.DG = DG; mk.GL = GL; mk.CL = CL << 1;
      mk.R = DG | GL | (CL << 1);
#if defined(DS_AVX2)
      if (avx2) tp = emit_body(&mk, q, base, tp, 1, 1);
      else
#endif
      tp = emit(&mk, q, base, tp);
    }
    why = mk.why;
    st = mk.st;
    if (tp > tp0) {             /* the first token's white space */
      tp0->flags = (uint16_t)(tp0->flags | pend);
      pend = 0;
    }
    if (why == 0)               /* white space to the end, from there */
      st = tp > tp0 ? (uint64_t)tp[-1].start + tp[-1].len - base : p;
    else if (st > p) {          /* the token at st was not read: its flags */
      if ((NL >> st) & (q[st] >= 0x7F)) {    /* (one branch) */
        if (tp > tp0) p = tp[-1].start + tp[-1].len - base;
        pend = 0;               /* (DEL, a space? step sees to them) */
        break;
      }
      pend = fxtab[F[st] & (DS_TF_SPACE | DS_TF_NL | DS_TF_BLANK |
                            DS_TF_INDENT)];
    }
    /* a hard token that hard_token reads: the window goes on after it */
    if (why == 2 && (k = hard_token(w, q, st, &tail)) != 0) {
      put_at(tp++, base + st + (k << 32), tail | pend);
      pend = 0;
      p = (size_t)(st + k);
      continue;
    }
    /* the next window starts at st (the first byte not read), if the
       text holds a full one there and the tokens have room for it: else
       ds_tokenize reads the white space, or the token past the horizon
       (cross), or the general loop the hard one */
    if (why != 2 && st > 0 && base + st + 64 <= n &&
        (size_t)(tend - tp) >= 64) {
      base += st;
      q = s + base;
#if defined(DS_AVX2)
      if (avx2) classify_avx2k(q, w, K);
      else
#endif
      classify(q, w);
      p = 0;
      continue;
    }
    p = (size_t)st;
    if (why == 1) *cross = 1;
    break;
  }
  *ptp = tp;
  *ppend = pend;
  *pbase = base;
  *pq = q;
  (void)avx2;
  return p;
}

static DS_NOINLINE size_t hot (Win *w, Bytes s, size_t n, Bytes *pq,
                               size_t *pbase, size_t p, ds_Token **ptp,
                               const ds_Token *tend, unsigned *ppend,
                               int *cross) {
  return hot_body(w, s, n, pq, pbase, p, ptp, tend, ppend, cross, 0);
}

#if defined(DS_AVX2)
/* hot where the CPU has AVX2, BMI1 and BMI2: classify_avx2k, the mask
   arithmetic and the store loop in one function (and-not in one
   instruction, shifts by any register), and no test of the CPU per
   window */
__attribute__((target("avx2,bmi,bmi2"), flatten))
static DS_NOINLINE size_t hot_avx2 (Win *w, Bytes s, size_t n, Bytes *pq,
                                    size_t *pbase, size_t p, ds_Token **ptp,
                                    const ds_Token *tend, unsigned *ppend,
                                    int *cross) {
  return hot_body(w, s, n, pq, pbase, p, ptp, tend, ppend, cross, 1);
}
#endif


/*
** The tokenizer: windows of 64 bytes, classified at once (classify);
** the fast loop (hot) reads most tokens from the masks and moves from
** window to window itself while the text holds full windows. This loop
** sets up the first window and the last (padded), takes the white space
** that the fast loop does not reach from a token (at the text's start,
** after the general loop, 64 bytes or more), and hands the tokens the
** fast loop leaves to the general loop (step), which is the loop this
** one replaced, byte by byte. bench/tokdiff.c compares the tokens with
** those of the frozen reference.
*/
int ds_tokenize (ds_Mem *m, const char *s0, size_t n, ds_Tokens *out) {
  Bytes s = (Bytes)s0;
  size_t i = 0;
  unsigned pend = 0;            /* flags for the next token */
  int indent = 0;               /* white space after the last line break */
  unsigned char pad[128];       /* the last bytes, padded with NUL */
#if defined(DS_AVX2)
  int avx2 = __builtin_cpu_supports("avx2") &&
             __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2");
  const unsigned char (*K)[32] = kavx;        /* see kavx */
  __asm__ ("" : "+r" (K));
#endif
  if (n > DS_MAXTEXT)
    return DS_ETOOBIG;
  /* a guess that saves most regrowth: one token per 5 bytes, and room
     for a last window of 64 (each window wants room for a token per
     byte: with 16, the array doubled near the end of most texts) */
  if (ds_grow(m, (void **)&out->v, &out->cap, out->n + n / 5 + 64,
              sizeof(ds_Token)))
    return DS_ENOMEM;
  while (i < n) {
    Win w;
    Bytes q = s + i;
    size_t lim = n - i < 64 ? n - i : 64, p = 0;
    ds_Token *tp;
    /* a token starts at one byte at least: room for 'lim' tokens */
    if (out->cap - out->n < lim &&
        ds_grow(m, (void **)&out->v, &out->cap, out->n + lim,
                sizeof(ds_Token)))
      return DS_ENOMEM;
    if (lim < 64) {             /* NUL is white space: it ends a word */
      if (n >= 64) {            /* the text's last 64 bytes, then NUL:
                                   copies of fixed size, no branches */
        memcpy(pad, s + n - 64, 64);
        memset(pad + 64, 0, 64);
        q = pad + (64 - lim);
      }
      else {
        memcpy(pad, s + i, lim);
        memset(pad + lim, 0, 64 - lim);
        q = pad;
      }
    }
#if defined(DS_AVX2)
    if (avx2) classify_avx2k(q, &w, K);
    else
#endif
    classify(q, &w);
    tp = out->v + out->n;
    for (;;) {
      size_t a, k0;
      int r, cross;
      if (p >= lim) break;
      if ((w.gap >> p) & 1) {                 /* white space */
        uint64_t g = ~w.gap >> p;
        size_t e, k;
        if (g == 0) {             /* to the window's end */
          if (lim < 64) { p = lim; break; }   /* and the text's */
          if (p > 0) break;                   /* a new window */
          a = i;
          while (a < n && (btab[s[a]] & (B_SPACE | B_NL)))
            gap_byte(s[a++], &pend, &indent); /* 64 bytes or more */
          p = a - i;
          break;
        }
        e = p + (size_t)ds_lowbit(g);
        if ((pend & DS_TF_NL) || ((w.nl >> p) & ((g & (~g + 1)) - 1)))
          for (k = p; k < e; k++)             /* a line break */
            gap_byte(q[k], &pend, &indent);
        else pend |= DS_TF_SPACE;
        p = e;
        continue;
      }
      cross = 0;                /* hot may move the window: i, q, w */
#if defined(DS_AVX2)
      if (avx2)
        p = hot_avx2(&w, s, n, &q, &i, p, &tp, out->v + out->cap, &pend,
                     &cross);
      else
#endif
      p = hot(&w, s, n, &q, &i, p, &tp, out->v + out->cap, &pend, &cross);
      if (p >= lim || ((w.gap >> p) & 1)) continue;
      if (cross && p > 0) break;  /* a token across the window's end */
      a = i + p;                              /* the general loop */
      out->n = (size_t)(tp - out->v);
      k0 = out->n;
      r = step(m, s, n, &a, &pend, &indent, out);
      if (r) return r;
      for (; k0 < out->n; k0++)
        out->v[k0].flags = (uint16_t)(out->v[k0].flags |
                                      seg_bits(s, &out->v[k0]));
      p = a - i;
      if (p < lim && out->cap - out->n < lim - p &&
          ds_grow(m, (void **)&out->v, &out->cap, out->n + (lim - p),
                  sizeof(ds_Token)))
        return DS_ENOMEM;
      tp = out->v + out->n;
    }
    out->n = (size_t)(tp - out->v);
    i += p;
  }
  return DS_OK;
}
