/*
** ds_lexscan.c -- scanning tokens with a phrase lexicon (built by
** ds_lexicon.c; see ds_lexicon.h). One pass over the tokens: each token
** is folded (8 ASCII bytes at a time when it can be), mapped to its
** symbols, and moves the live threads of the phrase trie on.
** See LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds_lexicon.h"

#define ONES  0x0101010101010101u
#define HIGHS 0x8080808080808080u

/* folding 8 bytes at once needs to know where byte i of a load goes */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SWAR 1
#else
#define SWAR 0
#endif


void ds_lexscan_init (ds_LexScan *sc) {
  memset(sc, 0, sizeof(*sc));
}

void ds_lexscan_free (ds_Mem *m, ds_LexScan *sc) {
  ds_free(m, sc->cur, sc->capcur, sizeof(ds_LexThread));
  ds_free(m, sc->nxt, sc->capnxt, sizeof(ds_LexThread));
  ds_free(m, sc->sym, sc->capsym, sizeof(uint32_t));
  ds_free(m, sc->fold, sc->capfold, sizeof(uint64_t));
  ds_free(m, sc->m, sc->capm, sizeof(ds_LexMatch));
  ds_lexscan_init(sc);
}


/* ---------------------------------------------------------------- */
/* a token's symbols                                                 */
/* ---------------------------------------------------------------- */

/* lower-case the ASCII letters of 8 ASCII bytes at once */
static uint64_t lower8 (uint64_t x) {
  uint64_t ge_a = x + (0x80 - 'A') * ONES;     /* high bit: byte >= 'A' */
  uint64_t gt_z = x + (0x80 - 'Z' - 1) * ONES; /* high bit: byte > 'Z' */
  return x | ((ge_a & ~gt_z & HIGHS) >> 2);
}

/*
** Fold the common token, at most 8 ASCII bytes that can be loaded at
** once (below 'end'), in a register: its chunk goes to '*x', its hash
** to '*h'. Returns 0 for any other token.
*/
static int quick_fold (const unsigned char *p, size_t len,
                       const unsigned char *end, uint64_t *x, uint64_t *h) {
  uint64_t v;
  if (!SWAR || len > 8 || (size_t)(end - p) < 8) return 0;
  memcpy(&v, p, 8);
  v &= ~(uint64_t)0 >> (64 - 8 * len);
  if (v & HIGHS) return 0;
  *x = v = lower8(v);
  *h = ds_lex_hashstep(DS_LEX_HSEED, v);
  return 1;
}

/* append byte 'b' to the folded token, hashing each full chunk */
#define PUSHBYTE(b) do { \
    acc |= (uint64_t)(b) << (8 * (o & 7)); \
    if ((++o & 7) == 0) { \
      fb[o / 8 - 1] = acc; h = ds_lex_hashstep(h, acc); acc = 0; \
    } \
  } while (0)

/*
** Fold any token into chunks in 'fb' (room for max + 20 bytes) and
** hash it, as ds_fold folds. Returns the folded length; a length
** above 'max' when the token is longer than 'max' (then only its first
** 'max' bytes are there, enough for the wildcards).
*/
static size_t fold_token (const unsigned char *p, size_t len,
                          const unsigned char *end, size_t max,
                          uint64_t *fb, uint64_t *hash) {
  uint64_t acc = 0, h = DS_LEX_HSEED;
  size_t i = 0, o = 0;
  if (SWAR && len <= max && (size_t)(end - p) >= (len + 7) / 8 * 8) {
    size_t k;                                 /* all ASCII? */
    for (k = 0; 8 * k < len; k++) {
      uint64_t x;
      memcpy(&x, p + 8 * k, 8);
      if (len - 8 * k < 8) x &= ~(uint64_t)0 >> (64 - 8 * (len - 8 * k));
      if (x & HIGHS) break;
      fb[k] = x = lower8(x);
      h = ds_lex_hashstep(h, x);
    }
    if (8 * k >= len) {
      fb[k] = 0;
      *hash = h;
      return len;
    }
    h = DS_LEX_HSEED;
  }
  while (i < len && o <= max) {
    unsigned c = p[i];
    if (c < 0x80) {
      PUSHBYTE(ds_lower[c]);
      i++;
    }
    else {
      char f[4];
      uint32_t cp;
      int k = ds_utf8_decode(p, len, i, &cp), j, nf;
      if (k == 0) { f[0] = (char)c; nf = 1; k = 1; }   /* opaque byte */
      else nf = ds_fold_cp(cp, f);
      for (j = 0; j < nf; j++) PUSHBYTE((unsigned char)f[j]);
      i += (size_t)k;
    }
  }
  if (o & 7) { fb[o / 8] = acc; h = ds_lex_hashstep(h, acc); }
  else fb[o / 8] = 0;
  *hash = h;
  return o;
}

/* the wildcard symbols of cell 'c' that the token 'p' (len) fits */
static size_t addwild (const ds_Lexicon *lx, uint32_t c, const char *p,
                       size_t len, uint32_t *sym, size_t n) {
  const ds_LexRange *r = &lx->cx[c];
  uint32_t i;
  for (i = r->x; i < r->x + r->nx; i++) {
    const ds_LexExtra *x = &lx->xtra[i];
    if (x->kind == DS_LEXK_WILD ||
        (x->rawlen <= len && memcmp(p, lx->raw + x->raw, x->rawlen) == 0))
      sym[n++] = x->sym;
  }
  return n;
}

/*
** The wildcards of a token whose first 'o' folded bytes are in 'fb':
** walk them down the trie of prefixes, picking up every prefix met.
*/
static size_t wild_syms (const ds_Lexicon *lx, const uint64_t *fb, size_t o,
                         const char *p, size_t len, uint32_t *sym, size_t n) {
  const ds_LexCell *cell = lx->cell;
  uint32_t cur = 0, base = cell[0].base;
  size_t i;
  if (base & DS_LEXC_WILD) n = addwild(lx, 0, p, len, sym, n);
  if (o > lx->maxwild) o = lx->maxwild;
  for (i = 0; i < o; i++) {
    uint32_t t = (base & DS_LEXC_BASE) +
                 (uint32_t)((fb[i / 8] >> (8 * (i % 8))) & 0xFF);
    if (cell[t].check != cur) break;
    cur = t;
    base = cell[t].base;
    if (base & DS_LEXC_WILD) n = addwild(lx, cur, p, len, sym, n);
  }
  return n;
}

/* the filter says the word of hash 'h' is surely not in the table */
static int absent (const ds_Lexicon *lx, uint64_t h) {
  size_t f = ds_lex_wbit(lx, h);
  return !((lx->wbloom[f / 64] >> (f % 64)) & 1);
}

/* the slot of a word of at most 8 folded bytes (chunk 'x', hash 'h'),
   or -1 */
static long short_word (const ds_Lexicon *lx, uint64_t x, size_t len,
                        uint64_t h) {
  size_t q = ds_lex_slot(lx, h);
  uint32_t want = DS_LEXW_USED | (uint32_t)len;
  const ds_LexWord *w;
  if (absent(lx, h)) return -1;
  for (;;) {
    w = &lx->word[q];
    if (w->k0 == x && (w->len & (DS_LEXW_USED | DS_LEXW_LEN)) == want)
      return (long)q;
    if (!(w->len & DS_LEXW_MORE)) return -1;
    q = (q + 1) & lx->wmask;
  }
}

/* the chunks a[0..n) and b[0..n) are equal */
static int samechunks (const uint64_t *a, const uint64_t *b, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (a[i] != b[i]) return 0;
  return 1;
}

/* the slot of a word of 'o' (> 8) folded bytes in 'fb', or -1 */
static long long_word (const ds_Lexicon *lx, const uint64_t *fb, size_t o,
                       uint64_t h) {
  size_t q = ds_lex_slot(lx, h);
  if (absent(lx, h)) return -1;
  for (;;) {
    const ds_LexWord *w = &lx->word[q];
    if ((w->len & (DS_LEXW_USED | DS_LEXW_LEN)) == (DS_LEXW_USED | o) &&
        w->k0 == fb[0] &&
        samechunks(lx->tail + lx->wx[w->word].tail, fb + 1, (o - 1) / 8))
      return (long)q;
    if (!(w->len & DS_LEXW_MORE)) return -1;
    q = (q + 1) & lx->wmask;
  }
}

/*
** The symbols of a token folded into 'fb' (length 'o', hash 'h'): its
** wildcards, the word it is, the exact-case words it matches.
*/
static size_t token_syms (const ds_Lexicon *lx, const char *p, size_t len,
                          const uint64_t *fb, size_t o, uint64_t h,
                          uint32_t *sym) {
  size_t n = 0, head = (size_t)(fb[0] & 0xFFFF);
  long slot;
  const ds_LexWord *w;
  if (lx->haswild && (lx->wfilter[head / 64] >> (head % 64)) & 1)
    n = wild_syms(lx, fb, o, p, len, sym, 0);
  if (o > lx->maxkey) return n;
  slot = o <= 8 ? short_word(lx, fb[0], o, h) : long_word(lx, fb, o, h);
  if (slot < 0) return n;
  w = &lx->word[slot];
  if (!(w->len & DS_LEXW_X)) sym[n++] = w->word;
  else {
    const ds_LexWordX *r = &lx->wx[w->word];
    uint32_t x;
    if (r->word >= 0) sym[n++] = (uint32_t)r->word;
    for (x = r->x; x < r->x + r->nx; x++)
      if (lx->xtra[x].rawlen == len &&
          memcmp(p, lx->raw + lx->xtra[x].raw, len) == 0)
        sym[n++] = lx->xtra[x].sym;
  }
  return n;
}


/* ---------------------------------------------------------------- */
/* threads and matches                                               */
/* ---------------------------------------------------------------- */

/* the target of the edge (s, sym) with its DS_LEXE_* flags, or 0 */
static uint32_t edge (const ds_Lexicon *lx, uint32_t s, uint32_t sym) {
  size_t h;
  for (h = ds_lex_edgehash(s, sym) & lx->emask; ; h = (h + 1) & lx->emask) {
    const ds_LexEdge *e = &lx->edge[h];
    if (e->state == s && e->sym == sym) return e->to;
    if (!(e->to & DS_LEXE_MORE)) return 0;
  }
}

static int mless (const ds_LexMatch *a, const ds_LexMatch *b) {
  if (a->first != b->first) return a->first < b->first;
  if (a->last != b->last) return a->last < b->last;
  return a->id < b->id;
}

static void siftdown (ds_LexMatch *v, size_t i, size_t n) {
  for (;;) {
    size_t c = 2 * i + 1;
    ds_LexMatch t;
    if (c >= n) return;
    if (c + 1 < n && mless(&v[c], &v[c + 1])) c++;
    if (!mless(&v[i], &v[c])) return;
    t = v[i]; v[i] = v[c]; v[c] = t;
    i = c;
  }
}

/*
** Sort matches. They come nearly sorted (by last token, then first):
** insertion sort does that in linear time; when it has moved more
** than a few times n elements, heapsort takes over, so that no input
** costs more than n log n.
*/
static void sortmatches (ds_LexMatch *v, size_t n) {
  size_t i, moves = 0, budget = 8 * n + 64;
  for (i = 1; i < n; i++) {
    ds_LexMatch t = v[i];
    size_t j = i;
    while (j > 0 && mless(&t, &v[j - 1])) {
      v[j] = v[j - 1];
      j--;
      if (++moves > budget) { v[j] = t; goto heap; }
    }
    v[j] = t;
  }
  return;
heap:
  for (i = n / 2; i-- > 0; ) siftdown(v, i, n);
  for (i = n; i-- > 1; ) {
    ds_LexMatch t = v[0]; v[0] = v[i]; v[i] = t;
    siftdown(v, 0, i);
  }
}

/* drop repeated matches from v[0..n) (sorted); the new length */
static size_t unique (ds_LexMatch *v, size_t n) {
  size_t i, o = 0;
  for (i = 0; i < n; i++)
    if (o == 0 || v[i].first != v[o - 1].first ||
        v[i].last != v[o - 1].last || v[i].id != v[o - 1].id)
      v[o++] = v[i];
  return o;
}

/* the matches of state 'to' for tokens first..j, kept in sc->m */
static int emit (ds_Mem *m, const ds_Lexicon *lx, ds_LexScan *sc,
                 uint32_t to, uint32_t first, size_t j) {
  uint32_t o = lx->outoff[to], e = lx->outoff[to + 1];
  if (sc->nm + (e - o) > sc->capm &&
      ds_grow(m, (void **)&sc->m, &sc->capm, sc->nm + (e - o),
              sizeof(ds_LexMatch)))
    return DS_ENOMEM;
  for (; o < e; o++) {
    ds_LexMatch *x = &sc->m[sc->nm++];
    x->first = first;
    x->last = (uint32_t)j;
    x->id = lx->out[o];
  }
  return DS_OK;
}

/* the number of entries that end at state 's' */
static size_t nout (const ds_Lexicon *lx, uint32_t s) {
  return lx->outoff[s + 1] - lx->outoff[s];
}

static int reserve (ds_Mem *m, ds_LexThread **v, size_t *cap, size_t need) {
  return ds_grow(m, (void **)v, cap, need, sizeof(ds_LexThread));
}

/*
** One token (index j, symbols sym[0..ns)) moves every live thread on
** and starts one of its own; matches are counted in '*total' or, when
** 'buffer', kept. Returns the number of threads now live, or -1 when
** memory runs out.
*/
static long step (ds_Mem *m, const ds_Lexicon *lx, ds_LexScan *sc,
                  size_t ncur, const uint32_t *sym, size_t ns, size_t j,
                  int buffer, size_t *total) {
  size_t c, k, nn = 0, mark = sc->nm;
  ds_LexThread *tmp;
  if (ns == 1 && ncur <= 1) {        /* the common case, with few branches */
    uint32_t r = sym[0] + 1, e = 0, es, f0 = 0;
    uint8_t rf = lx->sflag[r];
    if (ncur == 1) {
      e = edge(lx, sc->cur[0].state, sym[0]);
      f0 = sc->cur[0].first;
    }
    es = e & DS_LEXE_STATE;
    if (!buffer)
      *total += nout(lx, es) + nout(lx, r);
    else if (((e & DS_LEXE_OUT) && emit(m, lx, sc, es, f0, j)) ||
             ((rf & DS_LEXS_OUT) && emit(m, lx, sc, r, (uint32_t)j, j)))
      return -1;
    sc->nxt[0].state = es;
    sc->nxt[0].first = f0;
    nn = (e != 0) & !(e & DS_LEXE_LEAF);
    sc->nxt[nn].state = r;
    sc->nxt[nn].first = (uint32_t)j;
    nn += !(rf & DS_LEXS_LEAF);
  }
  else {
    if ((ncur + 1) * ns > sc->capnxt &&
        reserve(m, &sc->nxt, &sc->capnxt, (ncur + 1) * ns))
      return -1;
    for (c = 0; c < ncur; c++) {             /* live threads, oldest first */
      uint32_t first = sc->cur[c].first;
      for (k = 0; k < ns; k++) {
        uint32_t e = edge(lx, sc->cur[c].state, sym[k]);
        if (e == 0) continue;
        if (e & DS_LEXE_OUT) {
          if (!buffer) *total += nout(lx, e & DS_LEXE_STATE);
          else if (emit(m, lx, sc, e & DS_LEXE_STATE, first, j)) return -1;
        }
        if (!(e & DS_LEXE_LEAF)) {
          sc->nxt[nn].state = e & DS_LEXE_STATE;
          sc->nxt[nn].first = first;
          nn++;
        }
      }
    }
    for (k = 0; k < ns; k++) {               /* a thread from this token */
      uint32_t r = sym[k] + 1;
      uint8_t rf = lx->sflag[r];
      if (rf & DS_LEXS_OUT) {
        if (!buffer) *total += nout(lx, r);
        else if (emit(m, lx, sc, r, (uint32_t)j, j)) return -1;
      }
      if (!(rf & DS_LEXS_LEAF)) {
        sc->nxt[nn].state = r;
        sc->nxt[nn].first = (uint32_t)j;
        nn++;
      }
    }
    if (lx->dups && sc->nm - mark > 1) {     /* two variants, one match */
      sortmatches(sc->m + mark, sc->nm - mark);
      sc->nm = mark + unique(sc->m + mark, sc->nm - mark);
    }
  }
  tmp = sc->cur; sc->cur = sc->nxt; sc->nxt = tmp;
  c = sc->capcur; sc->capcur = sc->capnxt; sc->capnxt = c;
  return (long)nn;
}

int ds_lex_scan (ds_Mem *m, const ds_Lexicon *lx, const char *s,
                 const ds_Token *tok, size_t n, ds_LexScan *sc,
                 int collect, size_t *count) {
  const unsigned char *text = (const unsigned char *)s;
  const unsigned char *end = text +
    (n > 0 ? (size_t)tok[n - 1].start + tok[n - 1].len : 0);
  size_t j, ncur = 0, total = 0;
  /* an entry that may end twice at one token is counted through sc->m */
  int buffer = collect || lx->dups;
  sc->nm = 0;
  *count = 0;
  if (lx->word == NULL) return DS_OK;        /* a closed lexicon */
  if (ds_grow(m, (void **)&sc->sym, &sc->capsym, lx->maxsyms,
              sizeof(uint32_t)) ||
      ds_grow(m, (void **)&sc->fold, &sc->capfold, lx->maxfold / 8 + 4,
              sizeof(uint64_t)) ||
      reserve(m, &sc->cur, &sc->capcur, 2) ||
      reserve(m, &sc->nxt, &sc->capnxt, 2))
    return DS_ENOMEM;
  for (j = 0; j < n; j++) {
    const ds_Token *t = &tok[j];
    const unsigned char *p = text + t->start;
    uint64_t q[2], h;
    long r;
    size_t ns;
    if (t->kind == DS_TK_PUNCT && ds_lex_joining(tok, j, n))
      continue;                              /* rare-earth = rare earth */
    if (quick_fold(p, t->len, end, &q[0], &h)) {
      q[1] = 0;
      if (!lx->haswild) {                    /* the fastest way */
        r = short_word(lx, q[0], t->len, h);
        if (r < 0) { ncur = 0; continue; }
        if (lx->word[r].len & DS_LEXW_X)
          ns = token_syms(lx, (const char *)p, t->len, q, t->len, h,
                          sc->sym);
        else {
          sc->sym[0] = lx->word[r].word;
          ns = 1;
        }
      }
      else
        ns = token_syms(lx, (const char *)p, t->len, q, t->len, h, sc->sym);
    }
    else {
      size_t o = fold_token(p, t->len, end, lx->maxfold, sc->fold, &h);
      ns = token_syms(lx, (const char *)p, t->len, sc->fold, o, h, sc->sym);
    }
    if (ns == 0) { ncur = 0; continue; }
    r = step(m, lx, sc, ncur, sc->sym, ns, j, buffer, &total);
    if (r < 0) return DS_ENOMEM;
    ncur = (size_t)r;
    if (buffer && !collect) {
      total += sc->nm;
      sc->nm = 0;
    }
  }
  if (collect) {
    sortmatches(sc->m, sc->nm);
    total = sc->nm;
  }
  *count = total;
  return DS_OK;
}
