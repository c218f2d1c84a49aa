/*
** ds_segment.c -- sentences and clauses over a token array.
**
** Sentences end at terminal punctuation (. ! ? ... and their full-width
** forms) unless something explains the mark: an abbreviation ("Nov.
** 10", "Mr. Smith", "the U.S. Air Force"), an initial ("Lester B.
** Pearson"), a list marker ("1. The first item"), a lower-case word
** after it ("the med. staff", "voila! -- you have"), or a quotation or
** bracket still open around it ("'How brave they'll think me! Why,
** ...'", "(Phil. 4:8)"). Quotations and brackets count only when they
** close within their paragraph, so a stray quote mark changes nothing.
** Citation marks stay with the sentence they follow ("martyr.[1]",
** "consultation.11 12"). A list opens a new sentence at each of its
** markers ("a) ... b) ...", "1. ... 2. ...") once a sentence starts
** with its first one.
**
** Hard line breaks end sentences too. Which line breaks are hard
** depends on the shape of the text: in hard-wrapped text (Reuters wraps
** at about 65 columns and indents paragraphs) only blank lines,
** indented lines and the line after an all-caps title are; in other
** text every line break is (one paragraph per line). A line that ends
** without end punctuation and has text after it is a heading.
**
** Clauses split a sentence at ';' and ':', at coordinated verb phrases
** (", resume Y, and advance Z" after "is expected to pause X"), and at
** subordinate markers (", while", ", as", ", but", ", including
** scrapping"). A coordinated clause records the clause whose subject
** it shares. A list of nouns ("rare earths, agriculture, and tariffs")
** is not a coordination: the verb after the comma must repeat a verb
** form of the clause before it.
**
** Words are looked up only where a decision needs them (after a period,
** at a comma, at "and"), so segmenting costs little more than a pass
** over the tokens.
** See LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds.h"
#include "ds_words.h"
#include "ds_swar.h"

#if defined(__SSE2__) && !defined(DS_NO_SIMD)
#include <emmintrin.h>
/* AVX2, where the CPU has it (a test at run time, as in ds_token.c):
   eight tokens an instruction in cands_scan */
#if defined(__GNUC__) && defined(__x86_64__) && !defined(DS_NO_AVX2)
#define DS_AVX2 1
#include <immintrin.h>
#endif
#endif

#define FOLDMAX 24      /* longest word the word lists need to see */
#define QUOTEMAX 120    /* tokens a quotation may span and still count */
#define BRACKETMAX 16   /* tokens a bracketed group may span */

typedef struct Seg {
  const char *s;
  size_t len;
  const ds_Token *t;
  size_t n;
  int wrapped;          /* hard-wrapped text (see is_wrapped) */
} Seg;


/*
** The tokens a loop must look at, as bit sets (bit j % 64 of word j /
** 64: token j), found by a pass over the tokens without a branch: a
** bit is computed for every token, most of which do not count, and the
** loops go from one set bit to the next with a count of trailing
** zeros. A document (ds_segment) finds the tokens of both loops in one
** pass. The sentence loop has a second set, the quiet line breaks (see
** find_sentences). The bit sets lie on the C stack for texts of up to
** 4096 tokens (CANDSTACK words: three sets of 64), else in a block of
** the caller's allocator.
*/
#define CANDSTACK 192

typedef struct Cands {
  uint64_t local[CANDSTACK];
  uint64_t *v;          /* the allocated block, or NULL */
  size_t cap;
} Cands;

/* room for 'nw' words: the stack's or a block (NULL: no memory) */
static uint64_t *cands_init (ds_Mem *m, Cands *c, size_t nw) {
  c->v = NULL;
  c->cap = 0;
  if (nw <= CANDSTACK) return c->local;
  if (ds_grow(m, (void **)&c->v, &c->cap, nw, sizeof(uint64_t)))
    return NULL;
  return c->v;
}

static void cands_free (ds_Mem *m, Cands *c) {
  ds_free(m, c->v, c->cap, sizeof(uint64_t));
}

/*
** The code of token k, from the bits the tokenizer set for the
** segmenter (DS_TF_M*, see ds.h): bit 0, the sentence loop looks at it
** (a line break, "U.S.", . ! ? ... quotes, brackets); bit 1, the clause
** loop does (a comma); bit 2, the clause loop looks at the token after
** it (; or :); bit 3, it begins with 'a' (the clause loop looks at it
** when it has three bytes: "and"). Bit 4: a quiet line break, one
** before a word that is neither an abbreviation nor in capitals, with
** no blank line or indentation (wrapped text continues its sentence
** there, see find_sentences).
*/
#define QUIET_MASK (DS_TF_NL | DS_TF_BLANK | DS_TF_INDENT | DS_TF_ABBR | \
                    DS_TF_UPPER)
#define cand_code(k) (((unsigned)(k)->flags >> 12) | \
  (unsigned)((k)->kind == DS_TK_WORD && \
             ((k)->flags & QUIET_MASK) == DS_TF_NL) << 4)

/*
** The code bits of the 64 tokens at k (e of them, the rest count as 0)
** as five bit sets: set[b] holds bit b of each code, except that
** set[1] also holds the "and" tokens (set[3] when the token has three
** bytes).
*/
#if !defined(__SSE2__) || defined(DS_NO_SIMD)
/* bit 'b' of each of the eight bytes of x (byte i: bit i), the
   multiplication moving each into the top byte without a carry */
static inline uint64_t bits8 (uint64_t x, int b) {
  return (((x >> b) & DS_ONES) * (uint64_t)0x0102040810204080u) >> 56;
}

/* the codes a byte each, eight bytes at a time (bits8): a shift and an
   OR per token and per set cost more */
static void cands_codes (const ds_Token *k, size_t e, uint64_t set[5]) {
  unsigned char code[64];
  size_t j;
  for (j = 0; j < e; j++) code[j] = (unsigned char)cand_code(&k[j]);
  for (; j < 64; j++) code[j] = 0;
  set[0] = set[1] = set[2] = set[3] = set[4] = 0;
  for (j = 0; j < 64; j += 8) {
    uint64_t x = ds_le64(code + j);
    set[0] |= bits8(x, 0) << j;
    set[1] |= bits8(x, 1) << j;
    set[2] |= bits8(x, 2) << j;
    set[3] |= bits8(x, 3) << j;
    set[4] |= bits8(x, 4) << j;
  }
  for (; set[3] != 0; set[3] &= set[3] - 1)  /* few words begin with 'a' */
    set[1] |= set[3] & (0 - set[3]) &
              (0 - (uint64_t)(k[ds_lowbit(set[3])].len == 3));
}
#else
/*
** SSE2: no loop per token (its load, shift and store per token were
** the costliest line of the sentence stage). The tokens are 12 bytes (start, len,
** then flags, kind and punct: a 32-bit word each), so three loads hold
** four tokens and two rounds of shufps put their lengths and their
** flags words in order, four to a register. An "a" token counts as an
** "and" only with three bytes: its MAND bit is cleared here when its
** length is not 3 (the portable cands_codes runs a loop over the 'a'
** tokens for that, its exit mispredicted). The codes (flag bits
** 12..15) are bits 4..7 of the flags' high byte, which two packs
** gather sixteen to a register; a quiet line break (a compare of the
** flags and the kind) goes to bit 0 of that byte. The tokens past 'e'
** count as zeros; the four that hold the last are copied, so no load
** reads past the array.
*/
typedef char ds_token_is_12_bytes[sizeof(ds_Token) == 12 ? 1 : -1];

#define SHUF(a, b, z, y, x, w) _mm_shuffle_ps(a, b, _MM_SHUFFLE(z, y, x, w))

/* the codes of the four tokens at p, a 32-bit word each (its low byte:
   bits 4..7, then the quiet bit, bit 0) */
static inline __m128i codes4 (const ds_Token *p) {
  const __m128i *v = (const __m128i *)(const void *)p;
  /* a: s0 l0 f0 s1, b: l1 f1 s2 l2, d: f2 s3 l3 f3 */
  __m128 a = _mm_castsi128_ps(_mm_loadu_si128(v));
  __m128 b = _mm_castsi128_ps(_mm_loadu_si128(v + 1));
  __m128 d = _mm_castsi128_ps(_mm_loadu_si128(v + 2));
  __m128i f = _mm_castps_si128(SHUF(SHUF(a, b, 1, 1, 2, 2),
                                    SHUF(d, d, 3, 3, 0, 0), 2, 0, 2, 0));
  __m128i l = _mm_castps_si128(SHUF(SHUF(a, b, 0, 0, 1, 1),
                                    SHUF(b, d, 2, 2, 3, 3), 2, 0, 2, 0));
  __m128i keep = _mm_andnot_si128(
      _mm_andnot_si128(_mm_cmpeq_epi32(l, _mm_set1_epi32(3)),
                       _mm_set1_epi32(DS_TF_MAND)),
      _mm_set1_epi32(0xF000));
  __m128i quiet = _mm_and_si128(_mm_cmpeq_epi32(
      _mm_and_si128(f, _mm_set1_epi32(0xFF0000 | QUIET_MASK)),
      _mm_set1_epi32(DS_TK_WORD << 16 | DS_TF_NL)), _mm_set1_epi32(0x100));
  return _mm_srli_epi32(_mm_or_si128(_mm_and_si128(f, keep), quiet), 8);
}

static void cands_codes (const ds_Token *k, size_t e, uint64_t set[5]) {
  __m128i c[16];
  size_t i;
  for (i = 0; i + 4 <= e; i += 4) c[i / 4] = codes4(k + i);
  if (i < e) {                  /* the text's last tokens */
    ds_Token pad[4];
    memset(pad, 0, sizeof(pad));
    memcpy(pad, k + i, (e - i) * sizeof(ds_Token));
    c[i / 4] = codes4(pad);
    i += 4;
  }
  for (; i < 64; i += 4) c[i / 4] = _mm_setzero_si128();
  set[0] = set[1] = set[2] = set[3] = set[4] = 0;
  for (i = 0; i < 64; i += 16) {
    __m128i x = _mm_packus_epi16(_mm_packs_epi32(c[i / 4], c[i / 4 + 1]),
                                 _mm_packs_epi32(c[i / 4 + 2], c[i / 4 + 3]));
#define PLANE(b) \
  ((uint64_t)(unsigned)_mm_movemask_epi8(_mm_slli_epi16(x, 7 - (b))) << i)
    set[0] |= PLANE(4);
    set[1] |= PLANE(5);
    set[2] |= PLANE(6);
    set[3] |= PLANE(7);
    set[4] |= PLANE(0);
#undef PLANE
  }
  set[1] |= set[3];
}

#if defined(DS_AVX2)
/*
** cands_codes with AVX2: eight tokens (96 bytes, three loads) at a time.
** shufps works within each 128-bit half, so a blend and a permute first
** put the first four tokens' three quarters in the low halves and the
** next four's in the high halves; codes4's steps then run on both.
** The packs work within halves too: a permute puts the 32 bytes of
** codes back in order.
*/
#define SHUF8(a, b, z, y, x, w) \
  _mm256_shuffle_ps(a, b, _MM_SHUFFLE(z, y, x, w))

__attribute__((target("avx2")))
static inline __m256i codes8 (const ds_Token *p) {
  const __m256i *v = (const __m256i *)(const void *)p;
  __m256i y0 = _mm256_loadu_si256(v), y1 = _mm256_loadu_si256(v + 1);
  __m256i y2 = _mm256_loadu_si256(v + 2);
  /* a: tokens 0..3's first 16 bytes | 4..7's; b, d: the next 16s */
  __m256 a = _mm256_castsi256_ps(_mm256_blend_epi32(y0, y1, 0xF0));
  __m256 b = _mm256_castsi256_ps(_mm256_permute2x128_si256(y0, y2, 0x21));
  __m256 d = _mm256_castsi256_ps(_mm256_blend_epi32(y1, y2, 0xF0));
  __m256i f = _mm256_castps_si256(SHUF8(SHUF8(a, b, 1, 1, 2, 2),
                                        SHUF8(d, d, 3, 3, 0, 0), 2, 0, 2, 0));
  __m256i l = _mm256_castps_si256(SHUF8(SHUF8(a, b, 0, 0, 1, 1),
                                        SHUF8(b, d, 2, 2, 3, 3), 2, 0, 2, 0));
  __m256i keep = _mm256_andnot_si256(
      _mm256_andnot_si256(_mm256_cmpeq_epi32(l, _mm256_set1_epi32(3)),
                          _mm256_set1_epi32(DS_TF_MAND)),
      _mm256_set1_epi32(0xF000));
  __m256i quiet = _mm256_and_si256(_mm256_cmpeq_epi32(
      _mm256_and_si256(f, _mm256_set1_epi32(0xFF0000 | QUIET_MASK)),
      _mm256_set1_epi32(DS_TK_WORD << 16 | DS_TF_NL)),
      _mm256_set1_epi32(0x100));
  return _mm256_srli_epi32(
      _mm256_or_si256(_mm256_and_si256(f, keep), quiet), 8);
}

__attribute__((target("avx2")))
static DS_NOINLINE void cands_codes_avx2 (const ds_Token *k, size_t e,
                                          uint64_t set[5]) {
  __m256i c[8];
  size_t i;
  for (i = 0; i + 8 <= e; i += 8) c[i / 8] = codes8(k + i);
  if (i < e && e >= 8) {        /* the text's last tokens: the eight */
    __m256i to = _mm256_add_epi32(  /* that end there, moved down */
        _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7),
        _mm256_set1_epi32((int)(8 - (e - i))));
    c[i / 8] = _mm256_and_si256(
        _mm256_permutevar8x32_epi32(codes8(k + e - 8), to),
        _mm256_cmpgt_epi32(_mm256_set1_epi32(8), to));
    i += 8;
  }
  else if (i < e) {             /* fewer than 8 in all: a copy (the
                                   stores stall the loads that follow,
                                   which the shift above avoids) */
    ds_Token pad[8];
    memset(pad, 0, sizeof(pad));
    memcpy(pad, k + i, (e - i) * sizeof(ds_Token));
    c[i / 8] = codes8(pad);
    i += 8;
  }
  for (; i < 64; i += 8) c[i / 8] = _mm256_setzero_si256();
  set[0] = set[1] = set[2] = set[3] = set[4] = 0;
  for (i = 0; i < 64; i += 32) {
    __m256i x = _mm256_permutevar8x32_epi32(
        _mm256_packus_epi16(_mm256_packs_epi32(c[i / 8], c[i / 8 + 1]),
                            _mm256_packs_epi32(c[i / 8 + 2], c[i / 8 + 3])),
        _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7));
#define PLANE(b) ((uint64_t)(uint32_t)_mm256_movemask_epi8( \
    _mm256_slli_epi16(x, 7 - (b))) << i)
    set[0] |= PLANE(4);
    set[1] |= PLANE(5);
    set[2] |= PLANE(6);
    set[3] |= PLANE(7);
    set[4] |= PLANE(0);
#undef PLANE
  }
  set[1] |= set[3];
}
#undef SHUF8
#endif
#undef SHUF
#endif

/*
** The bit sets of the tokens of 'g': 'sb' for the sentence loop and 'qb'
** its quiet line breaks, 'cb' for the clause loop (either loop's may be
** NULL), (g->n + 63) / 64 words each, 64 tokens at a time
** (cands_codes). A clause never starts at token 0.
*/
static void cands_scan (const Seg *g, uint64_t *sb, uint64_t *qb,
                        uint64_t *cb) {
  const ds_Token *t = g->t;
  size_t w, n = g->n;
  uint64_t after = 0;           /* token w * 64 - 1 was ; or : */
#if defined(DS_AVX2)
  int avx2 = __builtin_cpu_supports("avx2");
#endif
  for (w = 0; w * 64 < n; w++) {
    size_t e = n - w * 64 < 64 ? n - w * 64 : 64;
    uint64_t set[5], bc;
#if defined(DS_AVX2)
    if (avx2) cands_codes_avx2(t + w * 64, e, set);
    else
#endif
    cands_codes(t + w * 64, e, set);
    if (sb != NULL) { sb[w] = set[0]; qb[w] = set[4]; }
    bc = set[1] | (set[2] << 1) | after;
    if (e < 64) bc &= ((uint64_t)1 << e) - 1;   /* no token past n */
    if (cb != NULL) cb[w] = bc;
    after = set[2] >> 63;
  }
  if (cb != NULL && n > 0) cb[0] &= ~(uint64_t)1;
}

/* the first token of from..end-1 whose bit is set, or 'end' (the words
   past end's are not read: the clause loop asks within a sentence) */
static inline size_t cands_next (const uint64_t *bits, size_t from,
                                 size_t end) {
  size_t w = from >> 6, k;
  uint64_t x;
  if (from >= end) return end;
  x = bits[w] & (~(uint64_t)0 << (from & 63));
  while (x == 0) {
    if (++w > (end - 1) >> 6) return end;
    x = bits[w];
  }
  k = w * 64 + (size_t)ds_lowbit(x);
  return k < end ? k : end;
}

/* cands_next over the tokens of 'sb' that are not in 'qb & qm' (qm: all
   ones or zero) */
static inline size_t quiet_next (const uint64_t *sb, const uint64_t *qb,
                                 uint64_t qm, size_t from, size_t end) {
  size_t w = from >> 6, k;
  uint64_t x = (sb[w] & ~(qb[w] & qm)) & (~(uint64_t)0 << (from & 63));
  while (x == 0) {
    if (++w > (end - 1) >> 6) return end;
    x = sb[w] & ~(qb[w] & qm);
  }
  k = w * 64 + (size_t)ds_lowbit(x);
  return k < end ? k : end;
}

/* is a bit of 'bits' set for a token of from..end-1? */
static int cands_any (const uint64_t *bits, size_t from, size_t end) {
  return cands_next(bits, from, end) < end;
}


/* the folded text of token 'i' in 'buf'; its length, 0 if too long */
static size_t fold_tok (const Seg *g, size_t i, char *buf) {
  const ds_Token *k = &g->t[i];
  const unsigned char *p = (const unsigned char *)g->s + k->start;
  char tmp[FOLDMAX * 3 + 4];
  size_t fl, j;
  if (k->len > FOLDMAX) return 0;
  if (!(k->flags & DS_TF_NONASCII)) {     /* ASCII: lower case is all */
    for (j = 0; j < k->len; j++) buf[j] = (char)ds_lower[p[j]];
    return k->len;
  }
  fl = ds_fold(g->s + k->start, k->len, tmp);
  if (fl > FOLDMAX) return 0;
  memcpy(buf, tmp, fl);
  return fl;
}

/*
** A token's folded text as the word lists see it: its length as
** fold_tok gives it (0: longer than FOLDMAX, or nothing), and when that
** is 1 to DS_WORDKEY the key of ds_word_info (zero-padded bytes as two
** little-endian numbers). ASCII tokens, the usual ones, are read as two
** 8-byte numbers and lower-cased eight bytes at a time, without a copy.
*/
typedef struct WKey {
  uint64_t a, b;
  size_t len;
} WKey;

/* the key of the l bytes at p (1 <= l <= DS_WORDKEY, 16 bytes readable),
   lower-cased */
static inline void key_of (const unsigned char *p, size_t l, WKey *k) {
  if (l < 8) {
    k->a = ds_lower8(ds_le64(p) & (((uint64_t)1 << (8 * l)) - 1));
    k->b = 0;
  }
  else {
    k->a = ds_lower8(ds_le64(p));
    k->b = ds_lower8(ds_le64(p + 8) & (((uint64_t)1 << (8 * (l - 8))) - 1));
  }
  k->len = l;
}

/* the key of token t, ASCII and of DS_WORDKEY bytes at most: inline, for
   the word tests of the clause loop (fold_key is the general case) */
static inline void ascii_fold (const Seg *g, const ds_Token *t, WKey *k) {
  const unsigned char *p = (const unsigned char *)g->s + t->start;
  unsigned char buf[32];
  if (t->start + 16 > g->len) {         /* near the text's end: copy */
    memcpy(buf, p, t->len);
    memset(buf + t->len, 0, 16);
    p = buf;
  }
  key_of(p, t->len, k);
}

/* fold_key for a word with bytes >= 0x80 or longer than DS_WORDKEY */
static size_t fold_key_rare (const Seg *g, size_t i, WKey *k) {
  const ds_Token *t = &g->t[i];
  unsigned char buf[FOLDMAX + 16];
  size_t l = t->len;
  k->a = k->b = 0;
  if (t->flags & DS_TF_NONASCII) {
    l = fold_tok(g, i, (char *)buf);
    if (l == 0 || l > DS_WORDKEY) { k->len = l; return l; }
    memset(buf + l, 0, 16);
    key_of(buf, l, k);
  }
  else k->len = l > FOLDMAX ? 0 : l;
  return k->len;
}

/* fold_key_rare behind an inline case for the usual word, ASCII and
   short: the sentence loop folds at most sentence ends, the clause loop
   its verbs */
static inline size_t fold_key (const Seg *g, size_t i, WKey *k) {
  const ds_Token *t = &g->t[i];
  if ((t->flags & DS_TF_NONASCII) || t->len > DS_WORDKEY)
    return fold_key_rare(g, i, k);
  ascii_fold(g, t, k);
  return k->len;
}

/* the DS_W_* bits of a key */
static inline unsigned key_info (const WKey *k) {
  return (k->len > 0 && k->len <= DS_WORDKEY) ? ds_word_info(k->a, k->b)
                                              : 0;
}

static inline int punct (const Seg *g, size_t i) {
  return (i < g->n && g->t[i].kind == DS_TK_PUNCT) ? g->t[i].punct : 0;
}

static inline int is_word (const Seg *g, size_t i) {
  return i < g->n && g->t[i].kind == DS_TK_WORD;
}

static inline int glued (const Seg *g, size_t i) {
  return i < g->n && !(g->t[i].flags & DS_TF_SPACE);
}

static inline int term_char (int p) {
  return p == '.' || p == '!' || p == '?' || p == 'E';
}

static inline int is_terminal (const Seg *g, size_t i) {
  return term_char(punct(g, i));
}

static inline int is_closer (const Seg *g, size_t i) {
  int p = punct(g, i);
  return p == ')' || p == ']' || p == '}' || p == '"' || p == '\'';
}

/* marks that may stand between a sentence end and the next word */
static inline int is_opener (const Seg *g, size_t i) {
  int p = punct(g, i);
  return p == '(' || p == '[' || p == '{' || p == '"' || p == '\'' ||
         p == 'D' || p == '-';
}

/*
** Is the word at token i one of the words given? A word of ASCII (the
** lists below are) is compared as its key, two numbers (see WKey): a
** few comparisons without a branch instead of a loop per word. LIT(w)
** and LITB(w) are the halves of the key of a string literal.
*/
#define LCH(w, k) ((k) + 1 < sizeof(w) ? \
  (uint64_t)(unsigned char)(w)[(k) + 1 < sizeof(w) ? (k) : 0] << (8 * ((k) & 7)) \
  : 0)
#define LIT(w) (LCH(w, 0) | LCH(w, 1) | LCH(w, 2) | LCH(w, 3) | LCH(w, 4) | \
                LCH(w, 5) | LCH(w, 6) | LCH(w, 7))
#define LITB(w) (LCH(w, 8) | LCH(w, 9) | LCH(w, 10) | LCH(w, 11) | \
                 LCH(w, 12) | LCH(w, 13) | LCH(w, 14))

/* the key of word token i when it is ASCII and 'lo' to 'hi' bytes long
   (else 0: a word with bytes >= 0x80 equals none of the words given) */
static inline int ascii_key (const Seg *g, size_t i, size_t lo, size_t hi,
                             WKey *k) {
  const ds_Token *t;
  if (i >= g->n) return 0;
  t = &g->t[i];
  if (t->len < lo || t->len > hi || t->kind != DS_TK_WORD ||
      (t->flags & DS_TF_NONASCII))
    return 0;
  ascii_fold(g, t, k);
  return 1;
}

#define KEY_IS(k, w) (((k).len == sizeof(w) - 1) & ((k).a == LIT(w)) & \
                      ((k).b == LITB(w)))

static inline int word_is_ (const Seg *g, size_t i, uint64_t a, uint64_t b,
                            size_t len) {
  WKey k;
  return ascii_key(g, i, len, len, &k) && k.a == a && k.b == b;
}

#define word_is(g, i, w) word_is_(g, i, LIT(w), LITB(w), sizeof(w) - 1)

/* is token i a word from the list of sentence starters? */
static int starter_at (const Seg *g, size_t i) {
  WKey k;
  return is_word(g, i) && fold_key(g, i, &k) > 0 &&
         (key_info(&k) & DS_W_STARTER);
}


/* ------------------------------------------------------------------ */
/* the shape of the text                                               */
/* ------------------------------------------------------------------ */

/*
** The line breaks of a text in order, read from bit masks of its '\n'
** bytes, 64 bytes at a time: most lines are short, and a memchr per
** line cost more than the tests of the line did.
*/
typedef struct Breaks {
  const unsigned char *s;
  size_t len;
  size_t base;          /* 'nl' covers the 64 bytes from here */
  uint64_t nl;          /* bit k: a '\n' at base + k, not yet given */
} Breaks;

/* the '\n' bytes of s[base..len), 64 at most, as a bit mask */
static uint64_t nl_mask (const unsigned char *s, size_t base, size_t len) {
  size_t n = len - base < 64 ? len - base : 64, k = 0;
  uint64_t m = 0;
#if defined(__SSE2__) && !defined(DS_NO_SIMD)
  const __m128i lf = _mm_set1_epi8('\n');
#define NL16(k) ((uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8( \
    _mm_loadu_si128((const __m128i *)(const void *)(s + base + (k))), lf)) \
    << (k))
  if (n == 64)                  /* a whole block, the usual: no loop */
    return NL16(0) | NL16(16) | NL16(32) | NL16(48);
  if (len >= 64) {              /* the text's last bytes: its last 64,
                                   shifted down (a loop over them had
                                   its exit mispredicted) */
    base = len - 64;
    return (NL16(0) | NL16(16) | NL16(32) | NL16(48)) >> (64 - n);
  }
#undef NL16
  for (; k + 16 <= n; k += 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)
                                (s + base + k));
    m |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, lf)) << k;
  }
  if (k < n && len >= 16) {     /* the last bytes: the text's last 16 */
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)
                                (s + len - 16));
    unsigned b = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, lf));
    return m | (uint64_t)(b >> (16 - (n - k))) << k;
  }
#endif
  for (; k < n; k++)
    m |= (uint64_t)(s[base + k] == '\n') << k;
  return m;
}

static void breaks_init (Breaks *b, const unsigned char *s, size_t len) {
  b->s = s;
  b->len = len;
  b->base = 0;
  b->nl = len > 0 ? nl_mask(s, 0, len) : 0;
}

/* the next '\n' (after the one given last), or len when none is left */
static size_t next_break (Breaks *b) {
  size_t e;
  while (b->nl == 0) {
    b->base += 64;
    if (b->base >= b->len) return b->len;
    b->nl = nl_mask(b->s, b->base, b->len);
  }
  e = b->base + (size_t)ds_lowbit(b->nl);
  b->nl &= b->nl - 1;
  return e;
}

/*
** Is no line of s[i..len) longer than 90 bytes (i: a line's start)? A
** line inside a block of 64 bytes is shorter than that, so each block
** needs a look at its first and last line break only: the rest of most
** wrapped articles, once is_wrapped has seen a line run on.
*/
static int lines_short (const unsigned char *s, size_t len, size_t i) {
  size_t ls = i, base = i;              /* ls: the current line's start */
#if defined(__SSE2__) && !defined(DS_NO_SIMD)
  /* the whole blocks inline: a call to nl_mask per block cost as much
     as the block's compares */
  const __m128i lf = _mm_set1_epi8('\n');
#define NLB(k) ((uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8( \
    _mm_loadu_si128((const __m128i *)(const void *)(s + base + (k))), lf)) \
    << (k))
  for (; len - base >= 64; base += 64) {
    uint64_t m = NLB(0) | NLB(16) | NLB(32) | NLB(48);
    if (m) {
      if (base + (size_t)ds_lowbit(m) - ls > 90) return 0;
      ls = base + (size_t)ds_highbit(m) + 1;
    }
  }
#undef NLB
#endif
  for (; base < len; base += 64) {
    uint64_t m = nl_mask(s, base, len);
    if (m) {
      if (base + (size_t)ds_lowbit(m) - ls > 90) return 0;
      ls = base + (size_t)ds_highbit(m) + 1;
    }
  }
  return len - ls <= 90;
}

/* the bytes is_wrapped skips at the ends of a line: one test a byte */
static const unsigned char line_space[256] = {
  [' '] = 1, ['\t'] = 1, ['\r'] = 1
};

/*
** Hard-wrapped text has no line longer than 90 bytes, and a line that
** runs on into the next: it ends without end punctuation and the next
** line, not indented, starts with a lower-case letter or a digit
** ("in\nthe Bahia cocoa zone") or follows an indented line. Or,
** lacking that, it has three lines or more of 40 bytes on average.
** One paragraph per line gives long lines, or short lines that end
** with end punctuation or stand above a capitalized line (headings).
*/
static int is_wrapped (const char *s0, size_t len) {
  const unsigned char *s = (const unsigned char *)s0;
  size_t lines = 0, total = 0, i = 0;
  int runon = 0, last = '.';         /* last character of the line */
  int indented = 0;                  /* the line is indented */
  Breaks br;
  breaks_init(&br, s, len);
  while (i < len) {
    size_t e = next_break(&br), b = i, l;
    while (b < e && line_space[s[b]]) b++;
    l = e - i;
    if (l > 90) return 0;
    if (b < e) {
      size_t z = e;
      if (b == i && !runon && last != '.' && last != '!' && last != '?' &&
          last != ':' && last != '"' &&
          (indented || (s[b] >= 'a' && s[b] <= 'z') ||
           (s[b] >= '0' && s[b] <= '9')))
        runon = 1;
      indented = b >= i + 2;
      while (z > b && line_space[s[z - 1]]) z--;
      last = s[z - 1];
      lines++;
      total += l;
    }
    else last = '.';                /* a blank line ends a paragraph */
    i = e + 1;
    if (runon) break;
  }
  /* once a line runs on, only a long line can change the answer */
  if (i < len && !lines_short(s, len, i)) return 0;
  return runon || (lines >= 3 && total / lines >= 40);
}

/* does a line break before token i end a paragraph, whatever the
   line before it holds? */
static inline int para_break (const Seg *g, size_t i) {
  unsigned f = g->t[i].flags;
  return (f & DS_TF_NL) &&
         (!g->wrapped || (f & (DS_TF_BLANK | DS_TF_INDENT)));
}


/* ------------------------------------------------------------------ */
/* list markers: "1." "a." "IV." "a)" "a.)" "(a)" "(iv)"               */
/* ------------------------------------------------------------------ */

enum { MK_DOT = 1, MK_PAREN, MK_DOTPAREN, MK_BOTH };

typedef struct Marker {
  int shape;            /* MK_*, 0: none */
  int num;              /* value as a number (1..99) or 0 */
  int letter;           /* value as a letter (a = 1) or 0 */
  int roman;            /* value as a roman numeral or 0 */
} Marker;

/* the value of a roman numeral of i, v, x (one case), or 0 */
static int roman_value (const unsigned char *p, size_t l) {
  int v = 0, prev = 0;
  size_t k;
  int upper = p[0] < 'a';
  if (l > 4) return 0;
  for (k = l; k-- > 0; ) {
    int c = p[k], d;
    if ((c < 'a') != upper) return 0;
    switch (c | 0x20) {
      case 'i': d = 1; break;
      case 'v': d = 5; break;
      case 'x': d = 10; break;
      default: return 0;
    }
    if (d < prev) v -= d; else { v += d; prev = d; }
  }
  return v > 0 ? v : 0;
}

/* the values token i would have as a list marker; 0 when none */
static int marker_value (const Seg *g, size_t i, Marker *m) {
  const ds_Token *k = &g->t[i];
  const unsigned char *p = (const unsigned char *)g->s + k->start;
  m->num = m->letter = m->roman = 0;
  if (k->kind == DS_TK_NUMBER) {
    if (k->len == 1 && p[0] >= '1') m->num = p[0] - '0';
    else if (k->len == 2 && p[0] >= '1' && p[1] >= '0' && p[1] <= '9')
      m->num = (p[0] - '0') * 10 + (p[1] - '0');
  }
  else if (k->kind == DS_TK_WORD && k->len <= 4 &&
           !(k->flags & (DS_TF_NONASCII | DS_TF_ABBR | DS_TF_DIGIT))) {
    if (k->len == 1) m->letter = (p[0] | 0x20) - 'a' + 1;
    m->roman = roman_value(p, k->len);
  }
  return m->num || m->letter || m->roman;
}

/*
** A list marker at token u, followed by white space? Its shape and
** values go to 'm' (m->shape is 0 when there is none).
*/
static int marker_find (const Seg *g, size_t u, Marker *m) {
  size_t w = u, e;
  int shape;
  m->shape = 0;
  if (u >= g->n) return 0;
  if (punct(g, u) == '(') {
    w = u + 1;
    if (punct(g, w + 1) != ')' || !glued(g, w) || !glued(g, w + 1))
      return 0;
    shape = MK_BOTH; e = w + 2;
  }
  else if (punct(g, u + 1) == ')' && glued(g, u + 1)) {
    shape = MK_PAREN; e = u + 2;
  }
  else if (punct(g, u + 1) == '.' && glued(g, u + 1)) {
    if (punct(g, u + 2) == ')' && glued(g, u + 2)) {
      shape = MK_DOTPAREN; e = u + 3;
    }
    else { shape = MK_DOT; e = u + 2; }
  }
  else return 0;
  if (e >= g->n || glued(g, e) || !marker_value(g, w, m)) return 0;
  m->shape = shape;
  return shape;
}

/* marker_find behind an inline test: a marker is a '(' or has a ')'
   or a '.' glued after it, and the tokens asked about (every sentence
   start) are almost never either. The test has no branch but one: a
   glued mark after a sentence's first word ("He's", "Mr.") is common
   enough that a branch on it was mispredicted */
static inline int marker_at (const Seg *g, size_t u, Marker *m) {
  const ds_Token *k;
  m->shape = 0;
  if (u + 1 >= g->n) return 0;
  k = &g->t[u];
  if (!((k[0].punct == '(') |
        (((k[1].flags & DS_TF_SPACE) == 0) &
         ((k[1].punct == ')') | (k[1].punct == '.')))))
    return 0;
  return marker_find(g, u, m);
}

/* does marker 'b' come right after marker 'a' in one list? */
static int marker_next (const Marker *a, const Marker *b) {
  return a->shape == b->shape &&
         ((a->num && b->num == a->num + 1) ||
          (a->letter && b->letter == a->letter + 1) ||
          (a->roman && b->roman == a->roman + 1));
}


/* ------------------------------------------------------------------ */
/* quotations and brackets                                             */
/* ------------------------------------------------------------------ */

/* the bytes of token i are the 3-byte character e2 80 'c'? */
static inline int curly (const Seg *g, size_t i, int c) {
  const unsigned char *p = (const unsigned char *)g->s + g->t[i].start;
  return g->t[i].len == 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == c;
}

/* an opening quote: after space or an opener, before a glued token */
static int quote_opens (const Seg *g, size_t i) {
  if (curly(g, i, 0x9D) || curly(g, i, 0x99)) return 0;   /* ” ’ */
  if (i + 1 >= g->n || !glued(g, i + 1) || is_closer(g, i + 1) ||
      is_terminal(g, i + 1))
    return 0;
  return i == 0 || !glued(g, i) || is_opener(g, i - 1);
}

/* a closing quote: glued to what it closes, before space or a mark */
static int quote_closes (const Seg *g, size_t i) {
  if (curly(g, i, 0x9C) || curly(g, i, 0x98)) return 0;   /* “ ‘ */
  if (i == 0 || !glued(g, i)) return 0;
  return i + 1 >= g->n || !glued(g, i + 1) ||
         g->t[i + 1].kind == DS_TK_PUNCT;
}

/*
** The token that closes the quotation or bracket opened at token o,
** or 0 when it does not close within its paragraph and its size limit.
** The scan stops at the next mark of the same family, so the scans of
** one text look at each token at most once per family. It goes from
** candidate to candidate of the sentence loop ('sb'): the quotes, the
** brackets and the line breaks are all among them.
*/
static size_t region_end (const Seg *g, const uint64_t *sb, size_t o) {
  int p = g->t[o].punct, c;
  size_t k, lim;
  switch (p) {
    case '"': case '\'':
      if (!quote_opens(g, o)) return 0;
      c = p; lim = QUOTEMAX;
      break;
    case '(': c = ')'; lim = BRACKETMAX; break;
    case '[': c = ']'; lim = BRACKETMAX; break;
    default: return 0;
  }
  if (lim > g->n - o - 1) lim = g->n - o - 1;
  for (k = o + 1; (k = cands_next(sb, k, o + lim + 1)) <= o + lim; k++) {
    int q;
    if (para_break(g, k)) return 0;
    if (g->t[k].kind != DS_TK_PUNCT) continue;
    q = g->t[k].punct;
    if (q == c) {
      if (c != p) return k;                          /* ) or ] */
      return quote_closes(g, k) ? k : 0;
    }
    if (q == p) return 0;                            /* ( ... ( */
  }
  return 0;
}


/* ------------------------------------------------------------------ */
/* sentence ends                                                       */
/* ------------------------------------------------------------------ */

/* a.m., p.m. (a folded key) */
static int is_time_abbrev (const WKey *k) {
  return k->len == 4 && (k->a == 0x2E6D2E61u || k->a == 0x2E6D2E70u);
}

/*
** After "6 p.m." a capitalized word starts a sentence unless it names
** a day, a month or (in capitals) a time zone: "at 10 a.m. EST".
*/
static int after_time (const Seg *g, size_t w) {
  WKey key;
  const ds_Token *k;
  if (!is_word(g, w)) return 0;
  k = &g->t[w];
  if (!(k->flags & DS_TF_CAP)) return 0;
  if ((k->flags & DS_TF_UPPER) && k->len >= 2 && k->len <= 4) return 0;
  return fold_key(g, w, &key) == 0 || !(key_info(&key) & DS_W_DATE);
}

/* an initial at token w: "P." before a capitalized word */
static int is_initial (const Seg *g, size_t w) {
  return w + 2 < g->n && is_word(g, w) && g->t[w].len == 1 &&
         (g->t[w].flags & DS_TF_CAP) && punct(g, w + 1) == '.' &&
         glued(g, w + 1) && is_word(g, w + 2) && !glued(g, w + 2) &&
         (g->t[w + 2].flags & DS_TF_CAP) && !starter_at(g, w + 2);
}

/*
** A quotation ending in '!' or '?' closes the sentence tail t..u-1
** and a speaker follows it: one to three capitalized words, then a verb of
** saying ('"Why?" Lent asked.', '"No!" Finance Minister Jones said').
*/
static int attribution (const Seg *g, size_t t, size_t u) {
  size_t k;
  WKey key;
  if (punct(g, u - 1) != '"' && punct(g, u - 1) != '\'') return 0;
  if (punct(g, t) != '!' && punct(g, t) != '?') return 0;
  for (k = u; k < g->n && k < u + 4; k++) {
    if (!is_word(g, k) || (g->t[k].flags & DS_TF_NL)) return 0;
    if (!(g->t[k].flags & DS_TF_CAP))
      return k > u && fold_key(g, k, &key) > 0 &&
             (key_info(&key) & DS_W_SAYING);
  }
  return 0;
}

/*
** Does a sentence end at the terminal token 't' (a mark, or a dotted
** abbreviation ending in a period), given that the next sentence would
** start at token 'u' (u < n), 'first' being the first token of the
** current sentence?
*/
static int ends_at (const Seg *g, size_t first, size_t t, size_t u) {
  const ds_Token *tk = &g->t[t], *nx = &g->t[u];
  size_t w = u, prev;
  int p;
  Marker mk;
  if (!(nx->flags & DS_TF_SPACE) &&
      !(tk->kind == DS_TK_PUNCT && (unsigned char)g->s[tk->start] >= 0x80))
    return 0;                         /* "14.10", "?!", but "period．Does" */
  if (marker_at(g, u, &mk) && !mk.num &&
      (mk.shape != MK_DOT || mk.letter == 1 || mk.roman == 1))
    return 1;                         /* "Smith. a. here it is" */
  while (w < g->n && w < u + 3 && is_opener(g, w) && !is_word(g, w))
    w++;                              /* "(range", "-- you", "'The" */
  if (w < g->n && (g->t[w].flags & DS_TF_LOWER))
    return 0;                         /* "the med. staff" */
  if (attribution(g, t, u))
    return 0;                         /* '"Why?" Lent asked.' */
  if (t > 0 && is_word(g, t - 1) && (g->t[t - 1].flags & DS_TF_CAP) &&
      g->t[t - 1].len <= 4 && is_initial(g, w))
    return 0;                         /* "Chas. P. Young" */
  if (tk->kind == DS_TK_WORD) {       /* a dotted abbreviation */
    WKey key;
    fold_key(g, t, &key);
    if (is_time_abbrev(&key)) return after_time(g, w);
    if (is_word(g, w) && (g->t[w].flags & DS_TF_UPPER) && g->t[w].len > 1)
      return 0;                       /* "U.S. TO SET DUTIES" */
    return starter_at(g, w);          /* "in the U.S. The" */
  }
  p = tk->punct;
  if (p == '!' || p == '?') return 1;
  if (p == 'E') return w < g->n && (g->t[w].flags & DS_TF_CAP);
  /* a period: what stands before it? */
  if (t == first) return 1;
  prev = t - 1;
  if (g->t[prev].flags & DS_TF_ABBR)
    return 1;                         /* "the E.U.. But" */
  if (g->t[prev].kind == DS_TK_NUMBER)
    return prev != first;             /* "1. This is one" */
  if (g->t[prev].kind == DS_TK_WORD && !(tk->flags & DS_TF_SPACE)) {
    WKey key;
    size_t wl;
    int kind = DS_AB_NONE;
    if (!(g->t[prev].flags & DS_TF_NONASCII) &&
        g->t[prev].len > DS_ABBRMAX)    /* too long for an abbreviation: */
      wl = g->t[prev].len > FOLDMAX ? 0 : g->t[prev].len;  /* no folding */
    else if ((wl = fold_key(g, prev, &key)) > 0 && wl <= DS_ABBRMAX)
      kind = (int)(key_info(&key) & DS_W_ABBR);
    if (prev == first && marker_value(g, prev, &mk) && !mk.num)
      return 0;                       /* "II. And here" */
    switch (kind) {
      case DS_AB_TITLE:
        return 0;                     /* "Mr. Smith" */
      case DS_AB_MONTH: case DS_AB_NUMBER:
        if (nx->kind == DS_TK_NUMBER) return 0;  /* "Nov. 10", "No. 5" */
        break;
      default: break;
    }
    if (kind != DS_AB_NONE)
      return starter_at(g, w);
    if (wl == 1 && (g->t[prev].flags & DS_TF_CAP) && is_word(g, w) &&
        (g->t[w].flags & DS_TF_CAP) && !starter_at(g, w))
      return 0;                       /* "Lester B. Pearson" */
    if ((g->t[prev].flags & DS_TF_UPPER) && wl > 1 && is_word(g, w) &&
        (g->t[w].flags & DS_TF_UPPER))
      return starter_at(g, w);        /* capitals tell nothing: "FRIED.
                                         KRUPP GMBH", "SAID. THE" */
  }
  return 1;
}

/*
** Past the marks that belong to a sentence ending at terminal 'i':
** more terminals and closers glued to it ("?!", ".)", "!'"), then
** citation marks ("martyr.[1][2]", "consultation.11 12").
*/
static size_t sentence_tail (const Seg *g, size_t i) {
  size_t j = i + 1;
  while (j < g->n && glued(g, j) && (is_terminal(g, j) || is_closer(g, j)))
    j++;
  while (j + 2 < g->n && punct(g, j) == '[' && glued(g, j) &&
         g->t[j + 1].kind == DS_TK_NUMBER && punct(g, j + 2) == ']')
    j += 3;
  if (j < g->n && glued(g, j) && g->t[j].kind == DS_TK_NUMBER &&
      g->t[j].len <= 3 && punct(g, j - 1) != 0) {
    j++;
    while (j < g->n && g->t[j].kind == DS_TK_NUMBER && g->t[j].len <= 3 &&
           !(g->t[j].flags & DS_TF_NL) && (j + 1 >= g->n ||
           g->t[j + 1].kind != DS_TK_NUMBER))
      j++;
  }
  return j;
}

/*
** A bracketed group o..c that opens its sentence is a sentence of its
** own when a capitalized word follows it ("(Phil. 4:8) Yes, it is!"),
** unless it is a list marker or holds no word of two letters.
*/
static int group_ends (const Seg *g, size_t o, size_t c) {
  size_t k, w = c + 1;
  Marker mk;
  if (w >= g->n || glued(g, w) || marker_at(g, o, &mk)) return 0;
  while (w < g->n && w < c + 3 && is_opener(g, w)) w++;
  if (!is_word(g, w) || !(g->t[w].flags & DS_TF_CAP)) return 0;
  for (k = o + 1; k < c; k++)
    if (is_word(g, k) && g->t[k].len >= 2) return 1;
  return 0;
}


/* room for one more span (the rare case of push_span, kept out of the
   loops that inline it) */
static int spans_grow (ds_Mem *m, ds_Spans *out) {
  return ds_grow(m, (void **)&out->v, &out->cap, out->n + 1, sizeof(ds_Span));
}

/* the span first..last at the end of 'out', with its fields (see
   ds_Span). Inline: every sentence and clause pushes one, and a call
   with its saved registers cost about as much as the stores */
static inline int push_span (ds_Mem *m, ds_Spans *out, const Seg *g,
                             size_t first, size_t last, unsigned flags,
                             size_t sentence, int32_t subject, int split) {
  ds_Span *sp;
  if (out->n == out->cap && spans_grow(m, out)) return DS_ENOMEM;
  sp = &out->v[out->n++];
  sp->first = (uint32_t)first;
  sp->last = (uint32_t)last;
  sp->start = g->t[first].start;
  sp->stop = g->t[last].start + g->t[last].len;
  sp->sentence = (uint32_t)sentence;
  sp->subject = subject;
  sp->flags = (uint16_t)flags;
  sp->split = (uint16_t)split;
  return DS_OK;
}

/* push_span for a sentence: its index counts from 'base' */
#define push_sentence(m, out, g, first, last, flags, base) \
  push_span(m, out, g, first, last, flags, (out)->n - (base), -1, \
            DS_SPLIT_START)

/* the sentence first..last ends at a hard line break: a heading? */
static unsigned heading_flag (const Seg *g, size_t first, size_t last,
                              int multiline) {
  size_t e = last;
  while (e > first && is_closer(g, e)) e--;
  if (multiline || is_terminal(g, e)) return 0;
  if (g->t[e].kind == DS_TK_WORD && (g->t[e].flags & DS_TF_ABBR) &&
      g->s[g->t[e].start + g->t[e].len - 1] == '.')
    return 0;                          /* "... in the U.S." */
  return DS_SF_HEADING;
}


/*
** Is the line of tokens first..last an all-caps title? It stops at the
** first word that is not in capitals, so most lines cost a few tokens;
** it looks at four at a time without a branch (whether a token is a
** word, and one in capitals, varies from line to line: a branch on
** each was mispredicted), and goes on only when all four are.
*/
static int is_title_line (const Seg *g, size_t first, size_t last) {
  const ds_Token *k = &g->t[first], *e = &g->t[last] + 1;
  size_t upper = 0;
#define TITLE_AT(k, j, not_upper) \
  (w = (k)[j].kind == DS_TK_WORD, \
   not_upper |= w & !((k)[j].flags & DS_TF_UPPER), \
   upper += w & ((k)[j].len >= 2))
  for (; e - k >= 4; k += 4) {
    unsigned w, not_upper = 0;
    TITLE_AT(k, 0, not_upper);
    TITLE_AT(k, 1, not_upper);
    TITLE_AT(k, 2, not_upper);
    TITLE_AT(k, 3, not_upper);
    if (not_upper) return 0;
  }
  for (; k < e; k++) {
    unsigned w, not_upper = 0;
    TITLE_AT(k, 0, not_upper);
    if (not_upper) return 0;
  }
#undef TITLE_AT
  return upper >= 2;
}

/*
** The sentences of the tokens of 'g' (g.n > 0), whose bit sets for the
** sentence loop are 'sb' and 'qb' (see cands_scan).
** Wrapped text has a line break every 65 bytes or so, and most of them
** are quiet (see cand_code): one of those continues the sentence when
** the line above starts with a word not in capitals (so it is no
** title), and then its line starts with one too. So while the current
** line starts that way ('lineq') the loop passes over the quiet breaks
** without a look at each (quiet_next): one at a time, a test each, the
** loop mispredicted between breaks and marks. What a visit would have
** done is not needed. The current line ('line') stays the last one
** visited: while lineq holds, the title test answers no at its first
** token as it would at a passed break's (both start with a word not in
** capitals), and when lineq is false no break is passed. And a passed
** break makes the sentence span lines (a visit would have found it
** soft): the one place that asks, a hard break, looks in 'qb' too.
*/
static int find_sentences (ds_Mem *m, Seg g, const uint64_t *sb,
                           const uint64_t *qb, ds_Spans *out) {
  const char *s = g.s;
  size_t i, first = 0, base = out->n;
  size_t ropen = 0, rclose = 0;   /* open quotation/bracket: its tokens */
  size_t scanned = 0;             /* regions were sought before this */
  size_t line = 0;                /* the first token of this line */
  int lineq;                      /* quiet breaks can be passed over */
  int multiline = 0;              /* the sentence spans line breaks the
                                     loop visited */
  Marker list, mk;                /* the list marker the sentence began
                                     with (list.shape 0: none) */
  g.wrapped = is_wrapped(s, g.len);
#define LINEQ(k) (g.wrapped && (k)->kind == DS_TK_WORD && \
                  !((k)->flags & DS_TF_UPPER))
  lineq = LINEQ(&g.t[0]);
  marker_at(&g, 0, &list);
  for (i = 0; i < g.n; i++) {
    const ds_Token *k;
    unsigned f;
    if (!list.shape) {                /* skip what cannot matter */
      i = quiet_next(sb, qb, 0 - (uint64_t)lineq, i, g.n);
      if (i >= g.n) goto done;
    }
    k = &g.t[i];
    f = k->flags;
    if (f & DS_TF_NL) {               /* a hard line break before i? */
      if (i > first) {
        if (!g.wrapped || (f & (DS_TF_BLANK | DS_TF_INDENT)) ||
            is_title_line(&g, line, i - 1)) {
          if (push_sentence(m, out, &g, first, i - 1,
                            heading_flag(&g, first, i - 1, multiline ||
                                         cands_any(qb, first + 1, i)),
                            base))
            return DS_ENOMEM;
          first = i;
          rclose = 0;
          multiline = 0;
          marker_at(&g, i, &list);
        }
        else {
          multiline = 1;
          line = i;
          lineq = LINEQ(k);
          /* a soft break before a word, the usual, is all there is */
          if (k->kind == DS_TK_WORD && !(f & DS_TF_ABBR) && !list.shape)
            continue;
        }
      }
      line = i;
      lineq = LINEQ(k);
    }
    switch (k->kind) {
      case DS_TK_WORD:
        if (list.shape && i > first && i > rclose && (f & DS_TF_SPACE) &&
            k->len <= 4 && marker_at(&g, i, &mk) &&
            marker_next(&list, &mk)) {
          if (push_sentence(m, out, &g, first, i - 1, 0, base))
            return DS_ENOMEM;
          first = i;                  /* "a) here it is b) another" */
          multiline = 0;
          list = mk;
        }
        if (!(f & DS_TF_ABBR) || s[k->start + k->len - 1] != '.')
          continue;
        break;                        /* "U.S.": maybe an end */
      case DS_TK_NUMBER:
        if (list.shape && i > first && i > rclose && (f & DS_TF_SPACE) &&
            k->len <= 2 && marker_at(&g, i, &mk) &&
            marker_next(&list, &mk)) {
          if (push_sentence(m, out, &g, first, i - 1, 0, base))
            return DS_ENOMEM;
          first = i;                  /* "1. The first 2. The second" */
          multiline = 0;
          list = mk;
        }
        continue;
      case DS_TK_PUNCT:
        if (i == rclose && i > 0) {
          size_t c = i;               /* a quotation or group closes */
          rclose = 0;
          if ((g.t[ropen].punct == '(' || g.t[ropen].punct == '[') ?
              ropen == first && group_ends(&g, ropen, c) :
              punct(&g, c - 1) == 'D' && glued(&g, c) && c + 1 < g.n &&
              !glued(&g, c + 1) && is_word(&g, c + 1) &&
              (g.t[c + 1].flags & DS_TF_CAP)) {
            if (push_sentence(m, out, &g, first, c, 0, base))
              return DS_ENOMEM;
            first = c + 1;            /* "(Phil. 4:8) Yes", "to--" At" */
            multiline = 0;
            marker_at(&g, first, &list);
          }
          continue;
        }
        if (i >= rclose && i >= scanned) {
          int p = k->punct;
          if (p == '"' || p == '\'' || p == '(' || p == '[') {
            size_t c = region_end(&g, sb, i);
            if (c) { ropen = i; rclose = c; scanned = c; }
            else scanned = i + 1;
            continue;
          }
        }
        if (!term_char(k->punct)) continue;
        break;
      default:
        continue;
    }
    /* token i may end the sentence */
    {
      size_t j = sentence_tail(&g, i);
      if (j >= g.n) break;
      if (rclose > i && j <= rclose) {  /* inside a quotation */
        i = j - 1;
        continue;
      }
      if (rclose > i) rclose = 0;       /* the tail closed it */
      if (ends_at(&g, first, i, j)) {
        const ds_Token *u = &g.t[j];
        int nlw;
        if (push_sentence(m, out, &g, first, j - 1, 0, base))
          return DS_ENOMEM;
        first = j;
        multiline = 0;
        marker_at(&g, j, &list);
        /* a paragraph's first word, often next: its visit would only
           make its line the current one (see the line break case), so
           that is done here without a branch, and it is passed over */
        nlw = ((u->flags & (DS_TF_NL | DS_TF_ABBR)) == DS_TF_NL) &
              (u->kind == DS_TK_WORD) & !list.shape;
        line += (j - line) & (0 - (size_t)nlw);   /* (a ?: became a
                                                     branch) */
        lineq ^= (lineq ^ LINEQ(u)) & (0 - nlw);
        i = j - 1 + (size_t)nlw;
        continue;
      }
      i = j - 1;
    }
  }
done:
  if (first < g.n) {
    if (push_sentence(m, out, &g, first, g.n - 1, 0, base))
      return DS_ENOMEM;
  }
  /* a heading stands above text: the last line is not one */
  if (out->n > base) out->v[out->n - 1].flags &= (uint16_t)~DS_SF_HEADING;
  return DS_OK;
#undef LINEQ
}


/* ------------------------------------------------------------------ */
/* clauses                                                             */
/* ------------------------------------------------------------------ */

/*
** The key of word t for the word tables of the clause loop
** (ds_aux_words, cwords): its first eight bytes (all of them when it is
** shorter), lower-cased by an OR of 0x20, which lowers the letters and
** makes no other byte of a word one (so it does for a match with the
** lower-case words what ds_lower8 does). For ds_aux_words it is the key
** of a word of 2 to 6 bytes; a longer word's or a shorter one's matches
** no slot. Without a branch on the word: the clause loop asks about
** the words after each "and" and each comma, whose lengths are anyone's
** guess.
*/
static inline uint64_t aux_key_at (const unsigned char *p, size_t len) {
  size_t l = len < 8 ? len : 8;         /* 8 bytes readable at p */
  return (ds_le64(p) | (uint64_t)0x2020202020202020u) &
         (((uint64_t)2 << (8 * l - 1)) - 1);
}

static inline uint64_t aux_key (const Seg *g, const ds_Token *t) {
  const unsigned char *p = (const unsigned char *)g->s + t->start;
  unsigned char buf[8];
  if (t->start + 8 > g->len) {          /* near the text's end: copy */
    memset(buf, 0, 8);
    memcpy(buf, p, t->len < 8 ? t->len : 8);
    p = buf;
  }
  return aux_key_at(p, t->len);
}

/*
** The verb forms of token i (ds_verb_form_key's DS_VB_* bits, 0 for a
** capitalized word, one with a digit, or no word). The clause loop asks
** this of the words after each comma and "and" and of the words of a
** clause: most are no verb ("the", "which", "company"), and
** ds_verb_bloom says so of nearly all of them without a lookup.
*/
static DS_NOINLINE int verb_lookup (const Seg *g, size_t i) {
  WKey key;
  size_t l;
  uint64_t h, m;
  if (!is_word(g, i) || (g->t[i].flags & (DS_TF_CAP | DS_TF_DIGIT)) ||
      g->t[i].len < 2) return 0;
  l = fold_key(g, i, &key);
  if (l < 2 || l > DS_WORDKEY) return 0;
  h = DS_VBLOOM_HASH(key.a);
  m = DS_VBLOOM_MASK(h);
  if ((ds_verb_bloom[DS_VBLOOM_WORD(h)] & m) != m) return 0;
  return ds_verb_form_key(key.a, key.b, l);
}

/* verb_lookup for a word verb_at's filter let through: ASCII, 2 to
   DS_WORDKEY bytes, neither capitalized nor with a digit */
static DS_NOINLINE int verb_ascii (const Seg *g, const ds_Token *t) {
  WKey key;
  ascii_fold(g, t, &key);
  return ds_verb_form_key(key.a, key.b, key.len);
}

/*
** verb_lookup behind an inline filter for the usual token, ASCII and of
** DS_WORDKEY bytes at most: the filter's bits of its aux_key (see
** DS_VBLOOM_HASH) are computed whatever the token is, and one test of
** all of them decides, as branches on its kind, its case and its length
** would each be mispredicted often. A token's bytes may be read
** whatever its kind. verb_key takes token i (t) and its aux_key 'a'
** from a caller that has them.
*/
static inline int verb_key (const Seg *g, size_t i, const ds_Token *t,
                             uint64_t a) {
  uint64_t h, m;
  int ok;
  if (t->len > DS_WORDKEY || (t->flags & DS_TF_NONASCII))
    return verb_lookup(g, i);
  h = DS_VBLOOM_HASH(a);
  m = DS_VBLOOM_MASK(h);
  ok = (t->kind == DS_TK_WORD) & !(t->flags & (DS_TF_CAP | DS_TF_DIGIT)) &
       (t->len >= 2) & ((ds_verb_bloom[DS_VBLOOM_WORD(h)] & m) == m);
  return ok ? verb_ascii(g, t) : 0;      /* "the", "of": no verb */
}

static inline int verb_at (const Seg *g, size_t i) {
  if (i >= g->n) return 0;
  return verb_key(g, i, &g->t[i], aux_key(g, &g->t[i]));
}

/* is token t, of aux_key a, the word "to" (word_is's test: an ASCII
   word, its letters in any case)? */
static inline int key_is_to (const ds_Token *t, uint64_t a) {
  return (t->kind == DS_TK_WORD) & !(t->flags & DS_TF_NONASCII) &
         (t->len == 2) & (a == LIT("to"));
}

/* words that introduce a noun phrase: a verb before one is a verb */
static int np_start (const Seg *g, size_t i) {
  WKey k;
  if (i >= g->n) return 0;
  if (g->t[i].kind == DS_TK_NUMBER || (g->t[i].flags & DS_TF_ABBR))
    return 1;
  if (!ascii_key(g, i, 1, 10, &k)) return 0;
  return KEY_IS(k, "the") | KEY_IS(k, "a") | KEY_IS(k, "an") |
         KEY_IS(k, "its") | KEY_IS(k, "their") | KEY_IS(k, "his") |
         KEY_IS(k, "her") | KEY_IS(k, "our") | KEY_IS(k, "several") |
         KEY_IS(k, "all") | KEY_IS(k, "some") | KEY_IS(k, "any") |
         KEY_IS(k, "more") | KEY_IS(k, "new") | KEY_IS(k, "further") |
         KEY_IS(k, "additional") | KEY_IS(k, "such") | KEY_IS(k, "this") |
         KEY_IS(k, "these") | KEY_IS(k, "those") | KEY_IS(k, "that") |
         KEY_IS(k, "back") | KEY_IS(k, "up") | KEY_IS(k, "down") |
         KEY_IS(k, "off") | KEY_IS(k, "out");
}

/*
** Does the word at i make the participle after it an adjective ("of
** frozen hake", "the given date") rather than a verb?
*/
static int attributive (const Seg *g, size_t i) {
  WKey k;
  if (!ascii_key(g, i, 1, 4, &k)) return 0;
  return KEY_IS(k, "of") | KEY_IS(k, "the") | KEY_IS(k, "a") |
         KEY_IS(k, "an") | KEY_IS(k, "on") | KEY_IS(k, "in") |
         KEY_IS(k, "for") | KEY_IS(k, "with") | KEY_IS(k, "from") |
         KEY_IS(k, "at") | KEY_IS(k, "and");
}

/*
** Can token t, of key a (aux_key), be an auxiliary or a modal
** (aux_key_is)?
** An ASCII word must be one of ds_aux_words; a word with bytes >= 0x80
** may fold to one. Without a branch (see aux_key).
*/
static inline int maybe_aux (const ds_Token *t, uint64_t a) {
  return (t->kind == DS_TK_WORD) &
         ((ds_le64(ds_aux_words[DS_AUX_SLOT(a)]) == a) |
          ((t->flags & DS_TF_NONASCII) != 0));
}

/*
** An auxiliary or a modal at i (token t, of aux_key a, which the loops
** that ask verb_key of it too compute once): "will", "is", "has been".
** A modal is what verb_at says it is (not capitalized: "Will" is a
** name), so an ASCII one is one of the modals of ds_aux_words (the verb
** table's), written without capitals; "is", "Has" are auxiliaries in
** any case.
*/
static inline int aux_key_is (const Seg *g, size_t i, const ds_Token *t,
                              uint64_t a) {
  size_t h = DS_AUX_SLOT(a);
  if (t->kind != DS_TK_WORD) return 0;
  if (t->flags & DS_TF_NONASCII) return (verb_at(g, i) & DS_VB_MODAL) != 0;
  if (ds_le64(ds_aux_words[h]) != a) return 0;
  if (!((DS_AUX_MODALS >> h) & 1)) return 1;
  return !(t->flags & (DS_TF_CAP | DS_TF_DIGIT));
}

/*
** Does an independent clause start at token i ("and quotas on frozen
** beef will be increased")? A short noun phrase, with no punctuation,
** then an auxiliary or a modal and a word after it.
*/
static int clause_after (const Seg *g, size_t i, size_t b) {
  const ds_Token *t = g->t;
  size_t k, lim = b < i + 6 ? b : i + 6;   /* the last token to look at */
  /* the loop below says yes only at an auxiliary or a modal, before the
     first token that is no word or number: when no token there can be
     one (maybe_aux: its letters tell, without a verb lookup), it says
     no, which most calls do. Its tokens lie before b < n, and when the
     last one has 8 bytes before the text's end, so have all: their keys
     need no copy (aux_key's), then */
  int near;
  if (i > lim) return 0;
  near = t[lim].start + 8 > g->len;
  for (k = i; k <= lim; k++) {
    uint64_t a = near ? aux_key(g, &t[k])
                      : aux_key_at((const unsigned char *)g->s + t[k].start,
                                   t[k].len);
    if (maybe_aux(&t[k], a)) break;
    if (t[k].kind != DS_TK_WORD && t[k].kind != DS_TK_NUMBER &&
        punct(g, k) != '-' && punct(g, k) != '\'')
      return 0;
  }
  if (k > lim) return 0;
  for (k = i; k <= lim; k++) {    /* lim <= b < n */
    uint64_t a = aux_key(g, &t[k]);
    int f;
    if (aux_key_is(g, k, &t[k], a)) return k > i && k < b;
    if (t[k].kind != DS_TK_WORD && t[k].kind != DS_TK_NUMBER &&
        punct(g, k) != '-' && punct(g, k) != '\'')
      return 0;
    f = verb_key(g, k, &t[k], a);
    if ((f & (DS_VB_3SG | DS_VB_BASE)) && !(f & DS_VB_NOUN) && k > i)
      return 0;                    /* a verb of its own: not a subject */
  }
  return 0;
}

/* has tokens a..b-1 a finite verb: an auxiliary, a modal or a past form? */
static int has_finite (const Seg *g, size_t a, size_t b) {
  size_t k;
  for (k = a; k < b; k++) {       /* b < n */
    const ds_Token *t = &g->t[k];
    uint64_t key = aux_key(g, t);
    if (aux_key_is(g, k, t, key) ||
        ((verb_key(g, k, t, key) & DS_VB_PAST) && k > a &&
         !attributive(g, k - 1)))
      return 1;
  }
  return 0;
}

/*
** The verb forms that tokens first..upto-1 of a chain of coordinated
** clauses show and that a coordinated verb phrase may repeat:
** DS_VB_BASE after "to" or a modal ("is expected to pause X, resume
** Y"), DS_VB_PAST ("hinted at X and signaled Y"), DS_VB_3SG. Each
** token adds its forms whatever the others hold, and the decisions ask
** only whether some forms are among them, so the tokens are read only
** up to the first that shows a form asked for: 'mode' holds the forms
** of tokens first..done-1, and the tokens from 'done' to 'upto' wait.
*/
typedef struct Modes {
  size_t first, done, upto;
  int mode;
} Modes;

#define VB_MODES (DS_VB_BASE | DS_VB_PAST | DS_VB_3SG)

/* do tokens md->first..md->upto-1 show one of the forms 'want'? */
static int modes_any (const Seg *g, Modes *md, int want) {
  size_t i;
  int mode = md->mode;
  if ((mode & want) || md->done >= md->upto) return mode & want;
  for (i = md->done; i < md->upto && !(mode & want); i++) {
    int f;
    const ds_Token *t = &g->t[i];     /* i < upto <= b < n */
    uint64_t a;
    if (t->kind != DS_TK_WORD || (t->flags & DS_TF_CAP)) continue;
    a = aux_key(g, t);
    f = key_is_to(t, a) ? DS_VB_MODAL : verb_key(g, i, t, a);
    if (f & DS_VB_MODAL) {
      if (verb_at(g, i + 1) & DS_VB_BASE) mode |= DS_VB_BASE;
    }
    else if ((f & DS_VB_PAST) && i > md->first && !attributive(g, i - 1))
      mode |= DS_VB_PAST;
    else if ((f & DS_VB_3SG) && i > md->first && !(f & DS_VB_NOUN))
      mode |= DS_VB_3SG;
  }
  md->done = i;
  md->mode = mode;
  return mode & want;
}

/* may the verb at v (form flags f) coordinate with the forms of 'md'? */
static int coord_ok (const Seg *g, Modes *md, size_t v, int f) {
  if (!modes_any(g, md, f & VB_MODES)) return 0;
  if ((f & DS_VB_NOUN) && !np_start(g, v + 1)) return 0;
  return 1;
}

/*
** The words a comma's decision looks at, each in the slot CW_SLOT gives
** the first eight bytes of its key (a minimal perfect hash): one load
** and a comparison tell which of them a word is, rather than a
** comparison per word at each comma.
*/
enum { CW_NONE, CW_AND, CW_OR, CW_TO, CW_BUT, CW_SUB, CW_AS, CW_INCLUDING };

#define CW_SLOT(a) ((size_t)(((uint64_t)(a) * (uint64_t)0x656ABD72FB710735u) \
                             >> 60))

static const struct CWord {
  char w[16];           /* the word, zero-padded */
  unsigned char len, code;
} cwords[16] = {
  {"including", 9, CW_INCLUDING}, {"though", 6, CW_SUB},
  {"although", 8, CW_SUB}, {"to", 2, CW_TO}, {"and", 3, CW_AND},
  {"", 0, CW_NONE}, {"as", 2, CW_AS}, {"but", 3, CW_BUT},
  {"or", 2, CW_OR}, {"", 0, CW_NONE}, {"", 0, CW_NONE},
  {"whereas", 7, CW_SUB}, {"", 0, CW_NONE}, {"", 0, CW_NONE},
  {"while", 5, CW_SUB}, {"", 0, CW_NONE}
};

/* which of the words of cwords token t, of aux_key a, is (CW_SUB: a
   subordinate marker, "while", "whereas", "although", "though"),
   CW_NONE if none. Its first eight bytes are aux_key's; the ninth, of
   "including" only, is compared alone. clause_word: the same of token
   i, which may be past the last */
static inline int clause_key (const Seg *g, const ds_Token *t, uint64_t a) {
  const struct CWord *e = &cwords[CW_SLOT(a)];
  if (e->len != t->len || ds_le64(e->w) != a || t->kind != DS_TK_WORD ||
      (t->flags & DS_TF_NONASCII))
    return CW_NONE;
  if (t->len > 8 &&
      ((unsigned char)g->s[t->start + 8] | 0x20) != (unsigned char)e->w[8])
    return CW_NONE;
  return e->code;
}

static inline int clause_word (const Seg *g, size_t i) {
  if (i >= g->n) return CW_NONE;
  return clause_key(g, &g->t[i], aux_key(g, &g->t[i]));
}


/*
** The clause loop's walk over the bit set of its tokens: one pass over
** the whole text, as the sentences follow each other, rather than a
** search from each sentence's start and a last one past its end (which
** is what cands_next does: the per-sentence searches cost a sixth of the
** clause stage). 'next' is the first token at or after 'pos' whose bit
** is set (SIZE_MAX: none), 'x' the bits of word w from it on.
*/
typedef struct CandIter {
  const uint64_t *bits;
  size_t nw, w, pos, next;
  uint64_t x;
} CandIter;

/* 'next' from the bits of words w.. (x: those of word w left) */
static inline void ci_fill (CandIter *c) {
  while (c->x == 0) {
    if (++c->w >= c->nw) { c->next = SIZE_MAX; return; }
    c->x = c->bits[c->w];
  }
  c->next = c->w * 64 + (size_t)ds_lowbit(c->x);
}

/* the walk from token 'from' on */
static void ci_seek (CandIter *c, size_t from) {
  c->pos = from;
  c->w = from >> 6;
  if (c->w >= c->nw) { c->next = SIZE_MAX; c->x = 0; return; }
  c->x = c->bits[c->w] & (~(uint64_t)0 << (from & 63));
  ci_fill(c);
}

/* past the token 'next' */
static inline void ci_step (CandIter *c) {
  c->pos = c->next + 1;
  c->x &= c->x - 1;
  ci_fill(c);
}

/* the clause first..last of sentence si, opened by 'split'; when it
   'shares' the subject of the clause before it (one of its sentence's,
   which start at cstart), the subject that one has or shares */
static inline int push_clause (ds_Mem *m, ds_Spans *out, const Seg *g,
                               size_t first, size_t last, size_t si,
                               int shares, size_t cstart, int split) {
  int32_t subject = -1;
  if (shares && out->n > cstart)
    subject = out->v[out->n - 1].subject >= 0 ? out->v[out->n - 1].subject
                                              : (int32_t)(out->n - 1);
  return push_span(m, out, g, first, last, 0, si, subject, split);
}

/* clauses of sentence 'si' (tokens a..b); 'c' walks the tokens where
   one may start */
static int sentence_clauses (ds_Mem *m, const Seg *g, size_t si, size_t a,
                             size_t b, ds_Spans *out, CandIter *c) {
  size_t i, first = a;
  size_t cstart = out->n;          /* index of this sentence's first */
  int split = DS_SPLIT_START, shares = 0;
  Modes md;                        /* the verb forms of the chain */
  md.first = md.done = md.upto = a;
  md.mode = 0;
  /* the tokens a + 1..b after ; or :, and the commas and "and"s */
  if (c->next <= a || c->pos > a + 1) ci_seek(c, a + 1);
  for (; c->next <= b; ci_step(c)) {
    int why = 0, share = 0, p, q;  /* the marks of tokens i and i - 1 */
    size_t at;                     /* the new clause would start here */
    at = i = c->next;              /* a < i <= b < n: no bounds tests */
    p = g->t[i].kind == DS_TK_PUNCT ? g->t[i].punct : 0;
    q = g->t[i - 1].kind == DS_TK_PUNCT ? g->t[i - 1].punct : 0;
    if (i > first + 1 && i < b &&
        (q == ';' || (q == ':' && (g->t[i].flags & DS_TF_SPACE))))
      why = q == ';' ? DS_SPLIT_SEMI : DS_SPLIT_COLON;
    else if (p == ',' && i > first + 1 && i < b) {
      size_t v = i + 1;              /* i + 1 <= b < n */
      const ds_Token *t1 = &g->t[v];
      uint64_t a1 = aux_key(g, t1);  /* the key of both tests */
      int c1, to, conj, f;         /* c1: the word of token i + 1 */
      c1 = clause_key(g, t1, a1);
      conj = c1 == CW_AND || c1 == CW_OR;
      at = i + 1;
      if (conj) {
        to = clause_word(g, ++v) == CW_TO;
        f = v <= b ? verb_at(g, v) : 0;
      }
      else {
        to = c1 == CW_TO;
        f = verb_key(g, v, t1, a1);
      }
      if (((f & VB_MODES) || to) && md.upto < i)
        md.upto = i;               /* the chain's forms count up to i */
      if (f && coord_ok(g, &md, v, f)) { why = DS_SPLIT_COORD; share = 1; }
      else if (to && modes_any(g, &md, conj ? VB_MODES : DS_VB_BASE) &&
               (verb_at(g, v + 1) & DS_VB_BASE)) {
        why = DS_SPLIT_COORD; share = 1;   /* ", to improve tariffs" */
      }
      else if (conj && clause_after(g, v, b) && has_finite(g, first, i)) {
        why = DS_SPLIT_COORD;              /* ", and Washington will" */
      }
      else if (c1 == CW_BUT) why = DS_SPLIT_CONTRAST;
      else if (c1 == CW_SUB) why = DS_SPLIT_SUBORD;
      else if (c1 == CW_AS && i + 2 <= b &&
               ((g->t[i + 2].flags & DS_TF_CAP) || np_start(g, i + 2)) &&
               !word_is(g, i + 2, "well"))
        why = DS_SPLIT_SUBORD;
      else if (c1 == CW_INCLUDING &&
               (verb_at(g, i + 2) & DS_VB_ING)) {
        why = DS_SPLIT_INCLUDING; share = 1;
      }
    }
    else if (i > first + 2 && i < b && q != ',' &&
             word_is(g, i, "and")) {
      int to, f;
      if (clause_after(g, i + 1, b) && has_finite(g, first, i))
        why = DS_SPLIT_COORD;              /* "and quotas on beef will" */
      else {
        const ds_Token *t1 = &g->t[i + 1];  /* i + 1 <= b < n */
        uint64_t a1 = aux_key(g, t1);
        to = key_is_to(t1, a1);
        f = to ? 0 : verb_key(g, i + 1, t1, a1);
        if ((f & DS_VB_PAST) || to) {
          if (md.upto < i) md.upto = i;
          if (((f & DS_VB_PAST) && modes_any(g, &md, DS_VB_PAST) &&
               !word_is(g, i + 2, "by")) ||
              (to && modes_any(g, &md, VB_MODES) &&
               (verb_at(g, i + 2) & DS_VB_BASE) &&
               !(verb_at(g, i + 2) & DS_VB_NOUN))) {
            why = DS_SPLIT_COORD; share = 1;
          }
        }
      }
    }
    if (why && at > first && at <= b) {
      if (push_clause(m, out, g, first, at - 1, si, shares, cstart, split))
        return DS_ENOMEM;
      first = at;
      split = why;
      shares = share;
      if (!share) { md.mode = 0; md.first = md.done = md.upto = at; }
    }
  }
  return push_clause(m, out, g, first, b, si, shares, cstart, split);
}


/* the clauses of the sentences 'sent' of the tokens of 'g', whose bit
   set for the clause loop is 'cb' */
static int find_clauses (ds_Mem *m, const Seg *g, const uint64_t *cb,
                         const ds_Spans *sent, ds_Spans *out) {
  size_t si;
  int r = DS_OK;
  CandIter c;
  /* a sentence has a clause or more: room for one each at once, rather
     than a copy of the array at each doubling */
  if (ds_grow(m, (void **)&out->v, &out->cap, out->n + sent->n,
              sizeof(ds_Span)))
    return DS_ENOMEM;
  c.bits = cb;
  c.nw = (g->n + 63) / 64;
  ci_seek(&c, 0);
  for (si = 0; si < sent->n && r == DS_OK; si++)
    r = sentence_clauses(m, g, si, sent->v[si].first, sent->v[si].last,
                         out, &c);
  return r;
}

static void seg_init (Seg *g, const char *s, size_t len,
                      const ds_Tokens *tk) {
  g->s = s; g->len = len; g->t = tk->v; g->n = tk->n;
  g->wrapped = 0;
}

int ds_sentences (ds_Mem *m, const char *s, size_t len, const ds_Tokens *tk,
                  ds_Spans *out) {
  Seg g;
  Cands c;
  uint64_t *sb;
  size_t nw = (tk->n + 63) / 64;
  int r;
  seg_init(&g, s, len, tk);
  if (g.n == 0) return DS_OK;
  if ((sb = cands_init(m, &c, 2 * nw)) == NULL) return DS_ENOMEM;
  cands_scan(&g, sb, sb + nw, NULL);
  r = find_sentences(m, g, sb, sb + nw, out);
  cands_free(m, &c);
  return r;
}

int ds_clauses (ds_Mem *m, const char *s, size_t len, const ds_Tokens *tk,
                const ds_Spans *sent, ds_Spans *out) {
  Seg g;
  Cands c;
  uint64_t *cb;
  int r;
  seg_init(&g, s, len, tk);
  if ((cb = cands_init(m, &c, (g.n + 63) / 64)) == NULL) return DS_ENOMEM;
  cands_scan(&g, NULL, NULL, cb);
  r = find_clauses(m, &g, cb, sent, out);
  cands_free(m, &c);
  return r;
}

/*
** ds_sentences, then ds_clauses, with one pass over the tokens for the
** bit sets of both loops.
*/
int ds_segment (ds_Mem *m, const char *s, size_t len, const ds_Tokens *tk,
                ds_Spans *sent, ds_Spans *clause) {
  Seg g;
  Cands c;
  uint64_t *sb;
  size_t nw = (tk->n + 63) / 64;
  int r = DS_OK;
  seg_init(&g, s, len, tk);
  if ((sb = cands_init(m, &c, 3 * nw)) == NULL) return DS_ENOMEM;
  cands_scan(&g, sb, sb + nw, sb + 2 * nw);
  if (g.n > 0) r = find_sentences(m, g, sb, sb + nw, sent);
  if (r == DS_OK) r = find_clauses(m, &g, sb + 2 * nw, sent, clause);
  cands_free(m, &c);
  return r;
}
