/*
** ds_lexscan.c -- scanning tokens with a phrase lexicon (built by
** ds_lexicon.c; see ds_lexicon.h). One pass over the tokens, a block
** at a time. Phase 1 folds each token (8 ASCII bytes at a time) and
** keeps those that may be words; phase 2 looks each up in the quick
** table and moves the automaton on by one edge lookup, keyed by the
** token before rather than by the state, so that the lookups of
** successive tokens overlap. Neither phase branches on whether a token
** is a word: in a text where most tokens are words of a big lexicon and
** the others are not, such a branch is mispredicted at every other
** token. What the fast path cannot take (long or non-ASCII tokens,
** wildcards, exact case, several symbols at one token) goes through
** the general path: token_syms, and threads while several states that
** are no suffix chain are live.
** See LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds_lexicon.h"
#include "ds_swar.h"


/* a hint that a line will be read soon (it changes no result) */
#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

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
  ds_free(m, sc->ring, sc->capring, sizeof(uint32_t));
  if (sc->memo != NULL)
    ds_free(m, sc->memo, (size_t)1 << DS_LEX_MEMOBITS, sizeof(ds_LexMemo));
  ds_lexscan_init(sc);
}

int ds_lexscan_bind (ds_Mem *m, ds_LexScan *sc, const ds_Lexicon *lx) {
  size_t n = (size_t)1 << DS_LEX_MEMOBITS, cap = 0;
  if (sc->memolx == lx && sc->memo != NULL) return DS_OK;
  if (sc->memo == NULL &&
      ds_grow(m, (void **)&sc->memo, &cap, n, sizeof(ds_LexMemo)))
    return DS_ENOMEM;
  memset(sc->memo, 0, n * sizeof(ds_LexMemo));
  sc->memolx = lx;
  return DS_OK;
}


/* ---------------------------------------------------------------- */
/* a token's symbols                                                 */
/* ---------------------------------------------------------------- */

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
  if (v & DS_HIGHS) return 0;
  *x = v = ds_lower8(v);
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
      if (x & DS_HIGHS) break;
      fb[k] = x = ds_lower8(x);
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

/* the wildcard symbols of cell 'c' that the token 'p' (len) fits;
   '*raw' set when an exact-case one was tried */
static size_t addwild (const ds_Lexicon *lx, uint32_t c, const char *p,
                       size_t len, uint32_t *sym, size_t n, int *raw) {
  const ds_LexRange *r = &lx->cx[c];
  uint32_t i;
  for (i = r->x; i < r->x + r->nx; i++) {
    const ds_LexExtra *x = &lx->xtra[i];
    if (x->kind == DS_LEXK_WILD) sym[n++] = x->sym;
    else {
      *raw = 1;
      if (x->rawlen <= len && memcmp(p, lx->raw + x->raw, x->rawlen) == 0)
        sym[n++] = x->sym;
    }
  }
  return n;
}

/*
** The wildcards of a token whose first 'o' folded bytes are in 'fb':
** walk them down the trie of prefixes, picking up every prefix met.
*/
static size_t wild_syms (const ds_Lexicon *lx, const uint64_t *fb, size_t o,
                         const char *p, size_t len, uint32_t *sym, size_t n,
                         int *raw) {
  const ds_LexCell *cell = lx->cell;
  uint32_t cur = 0, base = cell[0].base;
  size_t i;
  if (base & DS_LEXC_WILD) n = addwild(lx, 0, p, len, sym, n, raw);
  if (o > lx->maxwild) o = lx->maxwild;
  for (i = 0; i < o; i++) {
    uint32_t t = (base & DS_LEXC_BASE) +
                 (uint32_t)((fb[i / 8] >> (8 * (i % 8))) & 0xFF);
    if (cell[t].check != cur) break;
    cur = t;
    base = cell[t].base;
    if (base & DS_LEXC_WILD) n = addwild(lx, cur, p, len, sym, n, raw);
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
** wildcards, the word it is, the exact-case words it matches. '*raw'
** is set when they depend on more than the folded token (an exact-case
** entry was tried).
*/
static size_t token_syms (const ds_Lexicon *lx, const char *p, size_t len,
                          const uint64_t *fb, size_t o, uint64_t h,
                          uint32_t *sym, int *raw) {
  size_t n = 0;
  long slot;
  const ds_LexWord *w;
  if (!ds_lex_nowild(lx, fb[0]))
    n = wild_syms(lx, fb, o, p, len, sym, 0, raw);
  if (o > lx->maxkey) return n;
  slot = o <= 8 ? short_word(lx, fb[0], o, h) : long_word(lx, fb, o, h);
  if (slot < 0) return n;
  w = &lx->word[slot];
  if (!(w->len & DS_LEXW_X)) sym[n++] = w->word;
  else {
    const ds_LexWordX *r = &lx->wx[w->word];
    uint32_t x;
    *raw = 1;
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
  uint32_t aux;
  return ds_lex_edge(lx, s, sym, &aux);
}

/* the state after 's' on a token whose one symbol is 'x' */
static uint32_t delta (const ds_Lexicon *lx, uint32_t s, uint32_t x) {
  for (s = lx->st[s].go; s != 0; s = lx->st[s].next) {
    uint32_t e = edge(lx, s, x);
    if (e != 0) return e & DS_LEXE_STATE;
  }
  return x + 1;
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

/* what a scan's helpers share (the hot state lives in ds_lex_scan) */
typedef struct Run {
  ds_Mem *m;
  const ds_Lexicon *lx;
  ds_LexScan *sc;
  ds_LexMemo *memo;        /* sc->memo when bound to lx, else NULL */
  size_t rmask;            /* sc->ring holds the last rmask + 1 */
  int buffer;              /* keep matches in sc->m */
} Run;

/* the token at which a state of depth 'd' ending at position 'p' starts */
#define FIRST(R, p, d) ((R)->sc->ring[((p) - (d) + 1) & (R)->rmask])

/*
** The matches of a visit of state 's' at token j (position 'pos'): its
** entries, then those of its suffix states, deepest first.
*/
static int acemit (const Run *R, uint32_t s, size_t j, size_t pos) {
  const ds_Lexicon *lx = R->lx;
  ds_LexScan *sc = R->sc;
  size_t c = lx->st[s].cnt;
  ds_LexMatch *x;
  if (sc->nm + c > sc->capm &&
      ds_grow(R->m, (void **)&sc->m, &sc->capm, sc->nm + c,
              sizeof(ds_LexMatch)))
    return DS_ENOMEM;
  x = sc->m + sc->nm;
  sc->nm += c;
  if (nout(lx, s) == 0) s = lx->st[s].olink;
  for (; s != 0; s = lx->st[s].olink) {
    uint32_t first = FIRST(R, pos, lx->depth[s]), o;
    for (o = lx->outoff[s]; o < lx->outoff[s + 1]; o++, x++) {
      x->first = first;
      x->last = (uint32_t)j;
      x->id = lx->out[o];
    }
  }
  return DS_OK;
}

/* a visit of a state with matches, kept until the end of its block */
typedef struct Event {
  uint32_t s, j, pos;
} Event;

/* the matches of the events ev[0..n), in order */
static int flush (const Run *R, const Event *ev, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (acemit(R, ev[i].s, ev[i].j, ev[i].pos)) return DS_ENOMEM;
  return DS_OK;
}

/*
** Threads from automaton state 's' (the token before is at position
** 'pos'): one per state of its suffix chain that has edges, oldest
** first. Returns their number, or -1 when memory runs out.
*/
static long expand (const Run *R, uint32_t s, size_t pos) {
  const ds_Lexicon *lx = R->lx;
  ds_LexScan *sc = R->sc;
  size_t n = 0;
  if (s != 0 && reserve(R->m, &sc->cur, &sc->capcur, lx->clen[s]))
    return -1;
  for (; s != 0; s = lx->fail[s])
    if (!(lx->sflag[s] & DS_LEXS_LEAF)) {
      sc->cur[n].state = s;
      sc->cur[n].first = FIRST(R, pos, lx->depth[s]);
      n++;
    }
  return (long)n;
}

/*
** One token (index j, symbols sym[0..ns)) moves every live thread on
** and starts one of its own, as many as it has symbols; matches are
** counted in '*total' or, with R->buffer, kept. The states reached
** (leaves too) are counted in '*live', the deepest goes to '*deep':
** when they are its suffix chain, the automaton takes over again.
** Returns the number of threads now live, or -1.
*/
static long tstep (const Run *R, size_t ncur, const uint32_t *sym,
                   size_t ns, size_t j, size_t *total, size_t *live,
                   uint32_t *deep) {
  const ds_Lexicon *lx = R->lx;
  ds_LexScan *sc = R->sc;
  size_t c, k, nn = 0, mark = sc->nm, nl = 0;
  uint32_t dst = 0;
  ds_LexThread *tmp;
  if ((ncur + 1) * ns > sc->capnxt &&
      reserve(R->m, &sc->nxt, &sc->capnxt, (ncur + 1) * ns))
    return -1;
  for (c = 0; c < ncur; c++) {               /* live threads, oldest first */
    uint32_t first = sc->cur[c].first;
    for (k = 0; k < ns; k++) {
      uint32_t e = edge(lx, sc->cur[c].state, sym[k]), to;
      if (e == 0) continue;
      to = e & DS_LEXE_STATE;
      if (nl++ == 0) dst = to;       /* the oldest thread goes deepest */
      if (e & DS_LEXE_OUT) {
        if (!R->buffer) *total += nout(lx, to);
        else if (emit(R->m, lx, sc, to, first, j)) return -1;
      }
      if (!(e & DS_LEXE_LEAF)) {
        sc->nxt[nn].state = to;
        sc->nxt[nn].first = first;
        nn++;
      }
    }
  }
  for (k = 0; k < ns; k++) {                 /* a thread from this token */
    uint32_t r = sym[k] + 1;
    uint8_t rf = lx->sflag[r];
    if (nl++ == 0) dst = r;
    if (rf & DS_LEXS_OUT) {
      if (!R->buffer) *total += nout(lx, r);
      else if (emit(R->m, lx, sc, r, (uint32_t)j, j)) return -1;
    }
    if (!(rf & DS_LEXS_LEAF)) {
      sc->nxt[nn].state = r;
      sc->nxt[nn].first = (uint32_t)j;
      nn++;
    }
  }
  if (lx->dups && sc->nm - mark > 1) {       /* two variants, one match */
    sortmatches(sc->m + mark, sc->nm - mark);
    sc->nm = mark + unique(sc->m + mark, sc->nm - mark);
  }
  tmp = sc->cur; sc->cur = sc->nxt; sc->nxt = tmp;
  c = sc->capcur; sc->capcur = sc->capnxt; sc->capnxt = c;
  *live = nl;
  *deep = dst;
  return (long)nn;
}

/* tokens mapped to symbols at a time (phase 1), then run (phase 2):
   at most BLOCK tokens, so at most BLOCK candidates and positions */
#define BLOCK 256

/* the scan's state between tokens */
typedef struct Hot {
  uint32_t state;          /* the automaton's state */
  uint32_t gp;             /* 'go' of the last token's root child */
  uint32_t unsafe;         /* the state's 'go' may not be 'gp' */
  int threads;             /* the threads run, not the automaton */
  size_t ncur;             /* live threads */
  size_t pos;              /* tokens with symbols so far */
  size_t total;            /* matches counted */
} Hot;

/* the slot of the memo for a token of word hash 'h' */
#define MEMOSLOT(memo, h) (&(memo)[(h) >> (64 - DS_LEX_MEMOBITS)])

/* a token that may carry symbols, found by phase 1 */
typedef struct Cand {
  uint64_t k0, k1;         /* its quick key (k1: 9..16 bytes) */
  uint64_t h;              /* its word hash */
  uint32_t j;              /* its index */
  uint32_t pos;            /* tokens before it, joining hyphens left out */
  uint32_t len;
  uint32_t info;           /* 0, or DS_LEXQ_SLOW: the general path,
                              with FOLDED when k0, k1 and h are set */
} Cand;

#define FOLDED 0x20000000u     /* a bit DS_LEXQ_* leave free */

/* the second chunk of a candidate's key, as the memo keeps it (0 for a
   word of up to 8 bytes, whose k1 phase 1 does not set) */
static uint64_t memo_k1 (const Cand *c) {
  return c->len > 8 ? c->k1 : 0;
}

/*
** Keep what the general path found of token 'ci' (folded by phase 1;
** 'ns' symbols, at most one, the first 'sym'), unless the fast path
** could not take it anyway.
*/
static void remember (const ds_Lexicon *lx, ds_LexMemo *memo,
                      const Cand *ci, size_t ns, uint32_t sym) {
  ds_LexMemo *mm = MEMOSLOT(memo, ci->h);
  uint32_t info = ns == 0 ? 0 : ds_lex_rootinfo(lx, sym);
  if (info & DS_LEXQ_SLOW) return;
  mm->k0 = ci->k0;
  mm->k1 = memo_k1(ci);
  mm->sym = ns == 0 ? ~(uint32_t)0 : sym;
  mm->info = info;
}

/*
** A token the fast path does not take: long, not ASCII, maybe a
** wildcard, a word with exact spellings, or any token while threads
** run. Its symbols come from token_syms; with one symbol the automaton
** moves on, with more the threads take over until one suffix chain is
** live again.
*/
DS_NOINLINE static int general (const Run *R, Hot *H,
                                const unsigned char *text,
                                const unsigned char *end, const ds_Token *tok,
                                const Cand *ci, long known, uint32_t x,
                                int collect) {
  const ds_Lexicon *lx = R->lx;
  ds_LexScan *sc = R->sc;
  size_t j = ci->j;
  const ds_Token *t = &tok[j];
  const unsigned char *p = text + t->start;
  uint64_t q[3], h;
  size_t ns, live;
  uint32_t deep;
  long r;
  int raw = 0;                               /* see token_syms */
  if (known >= 0) {                          /* the quick table said */
    ns = (size_t)known;
    sc->sym[0] = x;
  }
  else if (ci->info & FOLDED) {              /* phase 1 folded it */
    q[0] = ci->k0 & ~ds_lex_lenbits(7);
    q[1] = t->len > 8 ? ci->k1 & ~ds_lex_lenbits(7) : 0;
    q[2] = 0;
    ns = token_syms(lx, (const char *)p, t->len, q, t->len, ci->h, sc->sym,
                    &raw);
    if (R->memo != NULL && !raw && ns <= 1)
      remember(lx, R->memo, ci, ns, ns > 0 ? sc->sym[0] : 0);
  }
  else if (quick_fold(p, t->len, end, &q[0], &h)) {
    q[1] = 0;
    ns = token_syms(lx, (const char *)p, t->len, q, t->len, h, sc->sym,
                    &raw);
  }
  else {
    size_t o = fold_token(p, t->len, end, lx->maxfold, sc->fold, &h);
    ns = token_syms(lx, (const char *)p, t->len, sc->fold, o, h, sc->sym,
                    &raw);
  }
  if (ns == 0) {
    H->state = H->gp = H->unsafe = 0;
    H->threads = 0;
    return DS_OK;
  }
  H->unsafe = 1;                             /* 'gp' is not known */
  if (ns == 1 && !H->threads) {              /* the automaton */
    uint32_t st = delta(lx, H->state, sc->sym[0]);
    H->gp = lx->st[sc->sym[0] + 1].go;       /* the root child or 0 */
    H->unsafe = lx->st[st].go != H->gp;
    H->state = st;
    sc->ring[++H->pos & R->rmask] = (uint32_t)j;
    if (!collect) H->total += lx->st[st].cnt;
    else if (lx->st[st].cnt != 0 && acemit(R, st, j, H->pos))
      return DS_ENOMEM;
    return DS_OK;
  }
  if (!H->threads) {                         /* several symbols: threads */
    r = expand(R, H->state, H->pos);
    if (r < 0) return DS_ENOMEM;
    H->ncur = (size_t)r;
    H->threads = 1;
  }
  sc->ring[++H->pos & R->rmask] = (uint32_t)j;
  r = tstep(R, H->ncur, sc->sym, ns, j, &H->total, &live, &deep);
  if (r < 0) return DS_ENOMEM;
  H->ncur = (size_t)r;
  if (live == lx->clen[deep]) {              /* one suffix chain again */
    H->state = deep;
    H->threads = 0;
  }
  if (R->buffer && !collect) {
    H->total += sc->nm;
    sc->nm = 0;
  }
  return DS_OK;
}

/* the bytes of a word of 'len' (1..8) bytes: LOWBYTES[len] */
static const uint64_t LOWBYTES[9] = {
  0, 0xFFu, 0xFFFFu, 0xFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFFFu,
  0xFFFFFFFFFFFFu, 0xFFFFFFFFFFFFFFu, ~(uint64_t)0
};

/* ds_lex_lenbits(len) by 'len & 7' */
static const uint64_t LENBITS[8] = {
  DS_LEX_LENBITS(0), DS_LEX_LENBITS(1), DS_LEX_LENBITS(2), DS_LEX_LENBITS(3),
  DS_LEX_LENBITS(4), DS_LEX_LENBITS(5), DS_LEX_LENBITS(6), DS_LEX_LENBITS(7)
};

/* the first 'len' (1..8) bytes at 'p' */
static uint64_t load8 (const unsigned char *p, size_t len) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v & LOWBYTES[len];
}

/*
** Phase 1a: of the tokens from token '*jp' to 'jend', those that may
** carry symbols: the ASCII tokens of at most 16 bytes that the filter
** of the word table lets through, and every token the fast path cannot
** take (longer, not ASCII, maybe a wildcard: DS_LEXQ_SLOW, with FOLDED
** when k0, k1 and h are set). The others are no word: they only reset
** the automaton, which phase 2 sees as a gap in the positions. Whether
** a token is kept costs no branch: in a text where most tokens are
** words of the lexicon and the others are not, that branch would be
** mispredicted at every other token. A word of up to 8 bytes, the
** common token, takes its own branch: it has no second chunk to fold.
** Made four times: with 'roomy', every token of the block has 16 bytes
** of text from its start (no token then tests it), and with 'wildcards'
** the lexicon has some (else no token tests the filter's pointer).
*/
static DS_ALWAYS_INLINE size_t cand_block (const ds_Lexicon *lx,
                                           const unsigned char *text,
                                           const unsigned char *end,
                                           const ds_Token *tok, size_t n,
                                           size_t jend, size_t *jp,
                                           size_t *posp, Cand *c, int roomy,
                                           int wildcards) {
  size_t j = *jp, pos = *posp, nc = 0;
  const uint64_t *bloom = lx->wbloom;
  const uint64_t *wild = lx->wfilter;
  size_t bmask = lx->wbmask;
  for (; j < jend; j++) {
    const ds_Token *t = &tok[j];
    const unsigned char *p = text + t->start;
    size_t len = t->len, f;
    uint64_t v0, v1, x0, x1, h;
    if (t->kind == DS_TK_PUNCT && ds_lex_joining(tok, j, n))
      continue;                              /* rare-earth = rare earth */
    c[nc].j = (uint32_t)j;
    c[nc].pos = (uint32_t)pos++;
    c[nc].len = (uint32_t)len;
    if (len <= 8 && (roomy || (size_t)(end - p) >= 8)) {
      v0 = load8(p, len);
      if (v0 & DS_HIGHS) {
        c[nc++].info = DS_LEXQ_SLOW;
        continue;
      }
      x0 = ds_lower8(v0);
      h = ds_lex_hashstep(DS_LEX_HSEED, x0);
      c[nc].k0 = x0 | LENBITS[len & 7];      /* k1: not read */
    }
    else if (len <= 16 && (roomy || (size_t)(end - p) >= 16)) {
      memcpy(&v0, p, 8);
      v1 = load8(p + 8, len - 8);
      if ((v0 | v1) & DS_HIGHS) {
        c[nc++].info = DS_LEXQ_SLOW;
        continue;
      }
      x0 = ds_lower8(v0);
      x1 = ds_lower8(v1);
      h = ds_lex_hashstep(ds_lex_hashstep(DS_LEX_HSEED, x0), x1);
      c[nc].k0 = x0;
      c[nc].k1 = x1 | LENBITS[len & 7];
    }
    else {
      c[nc++].info = DS_LEXQ_SLOW;           /* the general path's */
      continue;
    }
    c[nc].h = h;
    if (wildcards && ds_lex_wildhit(wild, x0)) {  /* a wildcard's? */
      c[nc++].info = DS_LEXQ_SLOW | FOLDED;
      continue;
    }
    c[nc].info = 0;
    f = (size_t)(h >> 20) & bmask;
    nc += (size_t)(bloom[f / 64] >> (f % 64)) & 1;
  }
  *jp = j;
  *posp = pos;
  return nc;
}

/* phase 1a over the next BLOCK tokens (see cand_block) */
static size_t candidates (const ds_Lexicon *lx, const unsigned char *text,
                          const unsigned char *end, const ds_Token *tok,
                          size_t n, size_t *jp, size_t *posp, Cand *c) {
  size_t j = *jp, jend = n - j > BLOCK ? j + BLOCK : n;
  int roomy = (size_t)(end - text) - tok[jend - 1].start >= 16;
  if (lx->haswild)
    return roomy ? cand_block(lx, text, end, tok, n, jend, jp, posp, c, 1, 1)
                 : cand_block(lx, text, end, tok, n, jend, jp, posp, c, 0, 1);
  return roomy ? cand_block(lx, text, end, tok, n, jend, jp, posp, c, 1, 0)
               : cand_block(lx, text, end, tok, n, jend, jp, posp, c, 0, 0);
}

/*
** The scan of tokens tok[0..n), a block at a time: phase 1, then phase
** 2 over its candidates. Written once and made three times, one for
** each mode ds_lex_scan runs in, with 'collect' and 'keepring'
** constants: the loop then tests neither, and keeps in registers what
** their tests held. 'keepring': the ring of where matches start is
** kept (for kept matches, and for threads: only a token with two
** symbols, a wildcard's or an exact word's, starts them).
*/
static DS_ALWAYS_INLINE int scan_blocks (const Run *R,
                                         const unsigned char *text,
                                         const unsigned char *end,
                                         const ds_Token *tok, size_t n,
                                         int collect, int keepring,
                                         size_t *count) {
  const ds_Lexicon *lx = R->lx;
  ds_LexScan *sc = R->sc;
  size_t j = 0, pos = 0, total = 0;
  /* threads: DS_LEXQ_SLOW while they run, so that one test sends a
     token to the general path for either reason */
  uint32_t state = 0, gp = 0, unsafe = 0, next = 0, threads = 0;
  Cand cand[BLOCK];
  Event ev[BLOCK];
  Hot H;
  H.threads = 0;
  H.ncur = 0;
  while (j < n) {
    size_t nev = 0;
    const Cand *ci = cand, *cend;
    cend = cand + candidates(lx, text, end, tok, n, &j, &pos, cand);
    for (; ci < cend; ci++) {                /* phase 2: the automaton */
      uint64_t h = ci->h, ek, he;
      uint32_t x, in, d, p = ci->pos, s2, c, ok;
      const ds_LexEdge *e;
      /* a gap: tokens that are no word came between, back to the root
         (the state itself is read only where 'unsafe' is set, which a
         gap clears, and by the general path, which is given it masked) */
      ok = -(uint32_t)(p == next);
      gp &= ok;
      unsafe &= ok;
      next = p + 1;
      in = ci->info;
      x = ~(uint32_t)0;                      /* no word: x + 1, the root */
      if (!in) {                             /* a short ASCII candidate */
        uint32_t qi, qs, f;
        if (ci->len <= 8) {
          const ds_LexQuick *q;
          d = ds_lex_phdisp(&lx->qph, h);
          q = &lx->quick[ds_lex_phslot(&lx->qph, h, d)];
          f = -(uint32_t)(q->k == ci->k0);
          qi = q->info;
          qs = q->sym;
        }
        else {
          const ds_LexQuick2 *q;
          d = ds_lex_phdisp(&lx->q2ph, h);
          q = &lx->quick2[ds_lex_phslot(&lx->q2ph, h, d)];
          f = -(uint32_t)((q->k0 == ci->k0) & (q->k1 == ci->k1));
          qi = q->info;
          qs = q->sym;
        }
        /* masks, not branches: found or not is a coin toss */
        in = (qi & f) | (d == 0 ? DS_LEXQ_SLOW : 0);
        x = qs | ~f;
      }
      else if (R->memo != NULL && (in & FOLDED)) {   /* a wildcard's? */
        const ds_LexMemo *mm = MEMOSLOT(R->memo, h);
        if (mm->k0 == ci->k0 && mm->k1 == memo_k1(ci)) {
          in = mm->info;                     /* looked up before */
          x = mm->sym;
        }
      }
      if ((in | (threads & ok)) & DS_LEXQ_SLOW) {
        int rc;
        if (nev > 0 && flush(R, ev, nev)) return DS_ENOMEM;
        nev = 0;                             /* matches stay in order */
        H.state = state & ok; H.gp = gp; H.unsafe = unsafe;
        H.pos = p - 1; H.total = total; H.threads = (threads & ok) != 0;
        rc = general(R, &H, text, end, tok, ci,
                     in & DS_LEXQ_SLOW ? -1 : (in & DS_LEXQ_WORD) != 0, x,
                     collect);
        if (rc != DS_OK) return rc;
        state = H.state; gp = H.gp; unsafe = H.unsafe;
        total = H.total; threads = H.threads ? DS_LEXQ_SLOW : 0;
        continue;
      }
      threads = 0;
      if (unsafe) {                          /* the state decides */
        if (in & DS_LEXQ_WORD) {
          s2 = delta(lx, state, x);
          c = lx->st[s2].cnt;
          unsafe = lx->st[s2].go != lx->st[x + 1].go;
        }
        else s2 = c = unsafe = 0;
      }
      else {
        /* the edge from the last word's root child (gp), when it has
           edges and this is a word: else a key that is never there
           (gp 0: the root's edges are implicit; x ~0: no symbol) */
        uint32_t hm, aux;
        ek = ds_lex_ekey(gp, x);
        /* gp 0 (a gap, or the last word starts no phrase: 43% of the
           words of Reuters with 10,000 phrases) can find no edge: its
           probe reads the slot of hash 0, a line always in the cache,
           whose key never has state 0. A mask, not a branch that skips
           the probe: that branch goes either way at random and was
           slower */
        he = ds_lex_ehash(ek) & -(uint64_t)(gp != 0);
        e = &lx->edge[ds_lex_phslot(&lx->eph, he, ds_lex_phdisp(&lx->eph, he))];
        /* masks again: an edge or not is a coin toss in a big lexicon;
           no edge: the root child x + 1 (the root when no word) */
        hm = -(uint32_t)(e->k == ek);
        aux = e->aux & hm;
        s2 = (e->to & DS_LEXE_STATE & hm) | ((x + 1) & ~hm);
        c = (aux & DS_LEXA_CNT) | (in & DS_LEXQ_CNT & ~hm);
        unsafe = aux & DS_LEXA_UNSAFE;
        if (unsafe) c = lx->st[s2].cnt;
      }
      gp = (x + 1) & -((in >> 30) & 1);      /* DS_LEXQ_KIDS */
      state = s2;
      if (keepring) sc->ring[p & R->rmask] = ci->j;
      if (!collect) total += c;
      else {                                 /* no branch: c is 0 or not */
        ev[nev].s = s2;
        ev[nev].j = ci->j;
        ev[nev].pos = p;
        nev += c != 0;
      }
    }
    if (nev > 0 && flush(R, ev, nev)) return DS_ENOMEM;
  }
  *count = total;
  return DS_OK;
}

int ds_lex_scan (ds_Mem *m, const ds_Lexicon *lx, const char *s,
                 const ds_Token *tok, size_t n, ds_LexScan *sc,
                 int collect, size_t *count) {
  const unsigned char *text = (const unsigned char *)s;
  const unsigned char *end = text +
    (n > 0 ? (size_t)tok[n - 1].start + tok[n - 1].len : 0);
  size_t ring = 4, total;
  int r;
  Run R;
  sc->nm = 0;
  *count = 0;
  if (lx->word == NULL) return DS_OK;        /* a closed lexicon */
  /* the ring outlives a block: events read it at the block's end */
  while (ring < lx->maxdepth + BLOCK + 2) ring *= 2;
  if (ds_grow(m, (void **)&sc->sym, &sc->capsym, lx->maxsyms,
              sizeof(uint32_t)) ||
      ds_grow(m, (void **)&sc->fold, &sc->capfold, lx->maxfold / 8 + 4,
              sizeof(uint64_t)) ||
      ds_grow(m, (void **)&sc->ring, &sc->capring, ring, sizeof(uint32_t)) ||
      reserve(m, &sc->cur, &sc->capcur, 2) ||
      reserve(m, &sc->nxt, &sc->capnxt, 2))
    return DS_ENOMEM;
  R.m = m;
  R.lx = lx;
  R.sc = sc;
  R.memo = sc->memolx == lx ? sc->memo : NULL;
  R.rmask = ring - 1;
  /* an entry that may end twice at one token is counted through sc->m */
  R.buffer = collect || lx->dups;
  if (collect) r = scan_blocks(&R, text, end, tok, n, 1, 1, &total);
  else if (lx->nxtra > 0)
    r = scan_blocks(&R, text, end, tok, n, 0, 1, &total);
  else r = scan_blocks(&R, text, end, tok, n, 0, 0, &total);
  if (r != DS_OK) return r;
  if (collect) {
    sortmatches(sc->m, sc->nm);
    total = sc->nm;
  }
  *count = total;
  return DS_OK;
}


/* ---------------------------------------------------------------- */
/* a text, a chunk at a time                                         */
/* ---------------------------------------------------------------- */

/*
** Where a chunk that starts at 'at' may end: at or after at + chunk, at
** an ASCII space or line break that follows a printable ASCII byte. The
** tokenizer is there just after a token, in the state it starts a text
** in (no pending flags), and the token before ends there as it would at
** the end of the text; so tokenizing the text in such chunks gives its
** tokens (spec/lexicon_spec.lua and fuzz/fuzz_lexicon.c check it).
** Returns 'len' when no such place comes.
*/
static size_t chunk_end (const unsigned char *s, size_t at, size_t len,
                         size_t chunk) {
  size_t i;
  if (chunk >= len - at) return len;
  for (i = at + (chunk > 0 ? chunk : 1); i < len; i++)
    if ((s[i] == ' ' || s[i] == '\n') && s[i - 1] > ' ' && s[i - 1] < 0x7F)
      return i;
  return len;
}

/*
** Each chunk is scanned after the last tokens of the one before (the
** context, long enough to hold any match: 'maxdepth' words, each with a
** joining hyphen), and the matches that end in the context, counted
** when it was scanned alone, are taken off: a scan finds every match
** that starts at or after its first token, whatever came before.
*/
int ds_lex_count_text (ds_Mem *m, const ds_Lexicon *lx, const char *s,
                       size_t len, size_t chunk, ds_Tokens *tok,
                       ds_LexScan *sc, size_t *count) {
  const unsigned char *text = (const unsigned char *)s;
  size_t at = 0, total = 0, keep = 2 * (size_t)lx->maxdepth + 2;
  int r;
  *count = 0;
  if (len > DS_MAXTEXT) return DS_ETOOBIG;
  tok->n = 0;
  while (at < len) {
    size_t cut = chunk_end(text, at, len, chunk), ctx = tok->n, i, n;
    if ((r = ds_tokenize(m, s + at, cut - at, tok)) != DS_OK) return r;
    for (i = ctx; i < tok->n; i++)           /* offsets in the text */
      tok->v[i].start += (uint32_t)at;
    if ((r = ds_lex_scan(m, lx, s, tok->v, tok->n, sc, 0, &n)) != DS_OK)
      return r;
    total += n;
    if (ctx > 0) {
      if ((r = ds_lex_scan(m, lx, s, tok->v, ctx, sc, 0, &n)) != DS_OK)
        return r;
      total -= n;
    }
    if (tok->n > keep) {                     /* the next context */
      memmove(tok->v, tok->v + tok->n - keep, keep * sizeof(ds_Token));
      tok->n = keep;
    }
    at = cut;
  }
  *count = total;
  return DS_OK;
}
