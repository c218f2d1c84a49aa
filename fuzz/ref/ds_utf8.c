/*
** ds_utf8.c -- UTF-8 decoding, character classes and folding.
** Folding is for matching only (the text itself is never changed):
** lower case, Latin accents removed, curly quotes and apostrophes to
** ASCII, dashes to '-', no-break and other spaces to white space.
** See LICENSE for copyright and licence.
*/
#include "ds.h"

const unsigned char ds_lower[256] = {
  0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,
  26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,
  49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,
  'a','b','c','d','e','f','g','h','i','j','k','l','m','n','o','p','q',
  'r','s','t','u','v','w','x','y','z',
  91,92,93,94,95,96,
  'a','b','c','d','e','f','g','h','i','j','k','l','m','n','o','p','q',
  'r','s','t','u','v','w','x','y','z',
  123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,
  140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,
  157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,
  174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,
  191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,
  208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,
  225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,
  242,243,244,245,246,247,248,249,250,251,252,253,254,255
};


int ds_utf8_decode (const unsigned char *s, size_t n, size_t i,
                    uint32_t *cp) {
  unsigned c = s[i];
  uint32_t r;
  int len, k;
  if (c < 0x80) { *cp = c; return 1; }
  else if (c < 0xC2) return 0;              /* continuation or overlong */
  else if (c < 0xE0) { r = c & 0x1F; len = 2; }
  else if (c < 0xF0) { r = c & 0x0F; len = 3; }
  else if (c < 0xF5) { r = c & 0x07; len = 4; }
  else return 0;
  if (n - i < (size_t)len) return 0;        /* truncated */
  for (k = 1; k < len; k++) {
    unsigned cc = s[i + k];
    if ((cc & 0xC0) != 0x80) return 0;
    r = (r << 6) | (cc & 0x3F);
  }
  if ((len == 3 && r < 0x800) || (len == 4 && r < 0x10000) ||
      r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
    return 0;                               /* overlong or surrogate */
  *cp = r;
  return len;
}


/*
** Latin-1 letters and Latin Extended-A (U+00C0..U+017F) folded to
** ASCII. Capitals stand for two-letter folds (see 'latin2'); '*' marks
** the two signs in the range (multiplication and division).
*/
static const char latin[] =
  "aaaaaaAceeeeiiiidnooooo*ouuuuyTS"       /* C0..DF */
  "aaaaaaAceeeeiiiidnooooo*ouuuuyTy"       /* E0..FF */
  "aaaaaaccccccccddddeeeeeeeeeegggg"       /* 100..11F */
  "gggghhhhiiiiiiiiiiIIjjkkklllllll"       /* 120..13F */
  "lllnnnnnnnnnooooooOOrrrrrrssssss"       /* 140..15F */
  "ssttttttuuuuuuuuuuuuwwyyyzzzzzzs";     /* 160..17F */

static int latin2 (char c, char out[4]) {
  switch (c) {
    case 'A': out[0] = 'a'; out[1] = 'e'; return 2;
    case 'T': out[0] = 't'; out[1] = 'h'; return 2;
    case 'S': out[0] = 's'; out[1] = 's'; return 2;
    case 'I': out[0] = 'i'; out[1] = 'j'; return 2;
    case 'O': out[0] = 'o'; out[1] = 'e'; return 2;
    default: out[0] = c; return 1;
  }
}


int ds_cp_isupper (uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x137) return (cp & 1) == 0;
  if (cp >= 0x139 && cp <= 0x148) return (cp & 1) == 1;
  if (cp >= 0x14A && cp <= 0x177) return (cp & 1) == 0;
  if (cp == 0x178) return 1;
  if (cp >= 0x179 && cp <= 0x17E) return (cp & 1) == 1;
  if (cp >= 0x391 && cp <= 0x3A9) return 1;
  if (cp >= 0x400 && cp <= 0x42F) return 1;
  return 0;
}


int ds_cp_islower (uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F) return !ds_cp_isupper(cp);
  if (cp >= 0x3AC && cp <= 0x3CE) return 1;
  if (cp >= 0x430 && cp <= 0x45F) return 1;
  return 0;
}


static const unsigned char ascii_class[128] = {
  /* NUL and other controls separate words, as white space does */
  1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
  /*  ! " # $ % & ' ( ) * + , - . / */
  1,5,5,6,6,6,6,5,5,5,6,6,5,5,5,5,
  /* 0-9 : ; < = > ? */
  4,4,4,4,4,4,4,4,4,4,5,5,6,6,6,5,
  /* @ A-O */
  6,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,
  /* P-Z [ \ ] ^ _ */
  3,3,3,3,3,3,3,3,3,3,3,5,6,5,6,5,
  /* ` a-o */
  6,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,
  /* p-z { | } ~ DEL */
  3,3,3,3,3,3,3,3,3,3,3,5,6,5,6,1
};


int ds_cp_class (uint32_t cp) {
  if (cp < 0x80) return ascii_class[cp];
  switch (cp) {                          /* the odd ones out first */
    case 0x85: case 0x2028: case 0x2029: return DS_CC_NEWLINE;
    case 0xA0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
    case 0x200B: case 0xFEFF: return DS_CC_SPACE;
    case 0xAD: case 0x200C: case 0x200D: case 0x2060: return DS_CC_JOIN;
    case 0xAA: case 0xB5: case 0xBA: return DS_CC_LETTER;
    case 0xA1: case 0xAB: case 0xB7: case 0xBB: case 0xBF: case 0x2BC:
      return DS_CC_PUNCT;
    case 0xD7: case 0xF7: return DS_CC_SYMBOL;
    default: break;
  }
  if (cp < 0xC0) return cp < 0xA0 ? DS_CC_SPACE : DS_CC_SYMBOL;
  if (cp >= 0x2000 && cp <= 0x200A) return DS_CC_SPACE;
  if (cp >= 0x2010 && cp <= 0x2027) return DS_CC_PUNCT;
  if (cp >= 0x2030 && cp <= 0x2031) return DS_CC_SYMBOL;   /* per mille */
  if (cp >= 0x2032 && cp <= 0x205E) return DS_CC_PUNCT;
  if (cp >= 0x20A0 && cp <= 0x20CF) return DS_CC_SYMBOL;   /* currency */
  if (cp >= 0x2100 && cp <= 0x214F) return DS_CC_SYMBOL;   /* letterlike */
  if (cp >= 0x2190 && cp <= 0x2BFF) return DS_CC_SYMBOL;   /* arrows..shapes */
  if (cp >= 0x3001 && cp <= 0x3003) return DS_CC_PUNCT;
  if (cp >= 0x3008 && cp <= 0x301F) return DS_CC_PUNCT;
  if (cp >= 0xFF01 && cp <= 0xFF5E)                        /* full width */
    return ds_cp_class(cp - 0xFEE0);
  if (cp == 0xFFE5 || cp == 0xFFE1 || cp == 0xFFE0) return DS_CC_SYMBOL;
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return DS_CC_SYMBOL; /* emoji */
  return DS_CC_LETTER;
}


int ds_fold_cp (uint32_t cp, char out[4]) {
  if (cp < 0x80) { out[0] = (char)ds_lower[cp]; return 1; }
  if (cp >= 0xC0 && cp <= 0x17F) {
    char c = latin[cp - 0xC0];
    if (c != '*') return latin2(c, out);
  }
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
    case 0x2BC: case 0x2039: case 0x203A:
      out[0] = '\''; return 1;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0xAB: case 0xBB:
      out[0] = '"'; return 1;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63:
      out[0] = '-'; return 1;
    case 0x2026:
      out[0] = out[1] = out[2] = '.'; return 3;
    case 0xAD: case 0x200C: case 0x200D: case 0x2060:
      return 0;
    default: break;
  }
  if (cp >= 0x300 && cp <= 0x36F)
    return 0;                           /* combining accents vanish */
  if (cp >= 0xFF01 && cp <= 0xFF5E)
    return ds_fold_cp(cp - 0xFEE0, out);
  if ((cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x410 && cp <= 0x42F))
    cp += 0x20;                                 /* Greek, Cyrillic */
  else if (cp >= 0x400 && cp <= 0x40F)
    cp += 0x50;
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  else if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}


size_t ds_fold (const char *s0, size_t len, char *out) {
  const unsigned char *s = (const unsigned char *)s0;
  size_t i = 0, o = 0;
  while (i < len) {
    uint32_t cp;
    int k;
    if (s[i] < 0x80) { out[o++] = (char)ds_lower[s[i++]]; continue; }
    k = ds_utf8_decode(s, len, i, &cp);
    if (k == 0) { out[o++] = (char)s[i++]; continue; }  /* opaque byte */
    i += (size_t)k;
    o += (size_t)ds_fold_cp(cp, out + o);
  }
  return o;
}
