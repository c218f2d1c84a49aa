/*
** ds_lexicon.c -- building the phrase lexicon (see ds_lexicon.h for its
** two levels). Entries are tokenized by the text tokenizer, so that an
** entry and a text agree on what a token is; hyphens and dashes that
** join two tokens are left out on both sides, so "rare-earth",
** "rare–earth" and "rare earth" are one phrase.
** See LICENSE for copyright and licence.
*/
#include <stdlib.h>
#include <string.h>

#include "ds_lexicon.h"

/* an interned symbol while building */
typedef struct Sym {
  uint32_t key, keylen;    /* folded bytes in the pool */
  uint32_t raw, rawlen;    /* raw bytes in the pool */
  uint32_t kind;           /* DS_LEXK_* */
  uint32_t hash;
} Sym;

#define EDGE_EMPTY (~(uint64_t)0)
#define ROOT_CHECK 0xFFFFFFFEu
#define MAXSTATE   0x7FFFFFFFu
#define MAXTRY     16       /* free cells tried before a node goes last */


static int grow (ds_Mem *m, ds_LexVec *v, size_t need, size_t elsize) {
  return ds_grow(m, &v->v, &v->cap, need, elsize);
}

static void vfree (ds_Mem *m, ds_LexVec *v, size_t elsize) {
  ds_free(m, v->v, v->cap, elsize);
  v->v = NULL;
  v->n = v->cap = 0;
}


/* ---------------------------------------------------------------- */
/* building                                                          */
/* ---------------------------------------------------------------- */

void ds_lexb_init (ds_LexBuild *b) {
  memset(b, 0, sizeof(*b));
  b->nstate = 1;                         /* the root */
}

void ds_lexb_free (ds_Mem *m, ds_LexBuild *b) {
  ds_free(m, b->tok.v, b->tok.cap, sizeof(ds_Token));
  vfree(m, &b->pool, 1);
  vfree(m, &b->syms, sizeof(Sym));
  vfree(m, &b->shash, sizeof(uint32_t));
  vfree(m, &b->ekey, sizeof(uint64_t));
  vfree(m, &b->eval, sizeof(uint32_t));
  vfree(m, &b->outs, 2 * sizeof(uint32_t));
  vfree(m, &b->seq, sizeof(uint32_t));
  ds_lexb_init(b);
}

static uint32_t hashbytes (const unsigned char *s, size_t len, uint32_t h) {
  size_t i;
  for (i = 0; i < len; i++)               /* FNV-1a */
    h = (h ^ s[i]) * 16777619u;
  return h;
}

/* append 'len' bytes to the pool; their offset in '*off' */
static int pooladd (ds_Mem *m, ds_LexBuild *b, const char *s, size_t len,
                    uint32_t *off) {
  if (b->pool.n + len >= DS_MAXTEXT) return DS_LEX_ELIMIT;
  if (grow(m, &b->pool, b->pool.n + len + 1, 1)) return DS_ENOMEM;
  memcpy((char *)b->pool.v + b->pool.n, s, len);
  *off = (uint32_t)b->pool.n;
  b->pool.n += len;
  return DS_OK;
}

static int symeq (const ds_LexBuild *b, const Sym *a, uint32_t kind,
                  const char *key, size_t keylen, const char *raw,
                  size_t rawlen) {
  const char *pool = (const char *)b->pool.v;
  if (a->kind != kind) return 0;
  if (kind == DS_LEXK_EXACT || kind == DS_LEXK_EXACTWILD)
    return a->rawlen == rawlen && memcmp(pool + a->raw, raw, rawlen) == 0;
  return a->keylen == keylen && memcmp(pool + a->key, key, keylen) == 0;
}

/* double the symbol hash (0 marks an empty slot, else index + 1) */
static int rehash_syms (ds_Mem *m, ds_LexBuild *b) {
  size_t ncap = b->shash.n ? b->shash.n * 2 : 64, i;
  uint32_t *h;
  const Sym *sy = (const Sym *)b->syms.v;
  ds_LexVec nv = {NULL, 0, 0};
  if (grow(m, &nv, ncap, sizeof(uint32_t))) return DS_ENOMEM;
  h = (uint32_t *)nv.v;
  memset(h, 0, ncap * sizeof(uint32_t));
  for (i = 0; i < b->syms.n; i++) {
    size_t k = sy[i].hash & (ncap - 1);
    while (h[k] != 0) k = (k + 1) & (ncap - 1);
    h[k] = (uint32_t)i + 1;
  }
  vfree(m, &b->shash, sizeof(uint32_t));
  b->shash = nv;
  b->shash.n = ncap;
  return DS_OK;
}

/*
** The symbol of a token of kind 'kind' whose raw bytes are 'raw' and
** folded bytes 'key'; a new one when it is not known yet.
*/
static int intern (ds_Mem *m, ds_LexBuild *b, uint32_t kind,
                   const char *key, size_t keylen, const char *raw,
                   size_t rawlen, uint32_t *sym) {
  int exact = (kind == DS_LEXK_EXACT || kind == DS_LEXK_EXACTWILD);
  uint32_t h = exact ? hashbytes((const unsigned char *)raw, rawlen, 2166136261u)
                     : hashbytes((const unsigned char *)key, keylen, 2166136261u);
  size_t k, mask;
  uint32_t *tab;
  Sym *s;
  int r;
  h = (h ^ kind) * 16777619u;
  if ((b->syms.n + 1) * 2 > b->shash.n && (r = rehash_syms(m, b)) != DS_OK)
    return r;
  tab = (uint32_t *)b->shash.v;
  mask = b->shash.n - 1;
  for (k = h & mask; tab[k] != 0; k = (k + 1) & mask) {
    const Sym *a = (const Sym *)b->syms.v + (tab[k] - 1);
    if (a->hash == h && symeq(b, a, kind, key, keylen, raw, rawlen)) {
      *sym = tab[k] - 1;
      return DS_OK;
    }
  }
  if (b->syms.n >= MAXSTATE) return DS_LEX_ELIMIT;
  if (grow(m, &b->syms, b->syms.n + 1, sizeof(Sym))) return DS_ENOMEM;
  s = (Sym *)b->syms.v + b->syms.n;
  memset(s, 0, sizeof(*s));
  s->kind = kind;
  s->hash = h;
  s->keylen = (uint32_t)keylen;
  s->rawlen = exact ? (uint32_t)rawlen : 0;
  if ((r = pooladd(m, b, key, keylen, &s->key)) != DS_OK) return r;
  if (exact && (r = pooladd(m, b, raw, rawlen, &s->raw)) != DS_OK) return r;
  tab[k] = (uint32_t)b->syms.n + 1;
  *sym = (uint32_t)b->syms.n++;
  return DS_OK;
}

/* the edge hash while building: 'eval' holds the targets */
static int rehash_edges (ds_Mem *m, ds_LexBuild *b) {
  size_t ncap = b->ekey.n ? b->ekey.n * 2 : 64, i;
  ds_LexVec nk = {NULL, 0, 0}, nv = {NULL, 0, 0};
  const uint64_t *ok = (const uint64_t *)b->ekey.v;
  const uint32_t *ov = (const uint32_t *)b->eval.v;
  if (grow(m, &nk, ncap, sizeof(uint64_t)) ||
      grow(m, &nv, ncap, sizeof(uint32_t))) {
    vfree(m, &nk, sizeof(uint64_t));
    return DS_ENOMEM;
  }
  for (i = 0; i < ncap; i++) ((uint64_t *)nk.v)[i] = EDGE_EMPTY;
  for (i = 0; i < b->ekey.n; i++) {
    size_t k;
    if (ok[i] == EDGE_EMPTY) continue;
    k = ds_lex_edgehash((uint32_t)(ok[i] >> 32), (uint32_t)ok[i]) &
        (ncap - 1);
    while (((uint64_t *)nk.v)[k] != EDGE_EMPTY) k = (k + 1) & (ncap - 1);
    ((uint64_t *)nk.v)[k] = ok[i];
    ((uint32_t *)nv.v)[k] = ov[i];
  }
  vfree(m, &b->ekey, sizeof(uint64_t));
  vfree(m, &b->eval, sizeof(uint32_t));
  b->ekey = nk;
  b->eval = nv;
  b->ekey.n = b->eval.n = ncap;
  return DS_OK;
}

/* the child of 'state' by 'sym', made when absent */
static int child (ds_Mem *m, ds_LexBuild *b, uint32_t state, uint32_t sym,
                  uint32_t *out) {
  uint64_t key = ((uint64_t)state << 32) | sym;
  size_t k, mask;
  int r;
  if ((b->nedge + 1) * 2 > b->ekey.n && (r = rehash_edges(m, b)) != DS_OK)
    return r;
  mask = b->ekey.n - 1;
  for (k = ds_lex_edgehash(state, sym) & mask; ; k = (k + 1) & mask) {
    uint64_t *slot = (uint64_t *)b->ekey.v + k;
    if (*slot == key) {
      *out = ((uint32_t *)b->eval.v)[k];
      return DS_OK;
    }
    if (*slot == EDGE_EMPTY) break;
  }
  if (b->nstate >= MAXSTATE) return DS_LEX_ELIMIT;
  ((uint64_t *)b->ekey.v)[k] = key;
  ((uint32_t *)b->eval.v)[k] = (uint32_t)b->nstate;
  *out = (uint32_t)b->nstate++;
  b->nedge++;
  return DS_OK;
}

static int isspace_ascii (int c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

/* the symbols of one word of an entry, appended to b->seq */
static int addword (ds_Mem *m, ds_LexBuild *b, const char *w, size_t len) {
  int exact = 0, wild = 0, r;
  size_t i, n;
  char small[64];
  if (len > 1 && w[0] == '=') { exact = 1; w++; len--; }
  if (len > 1 && w[len - 1] == '*') { wild = 1; len--; }
  b->tok.n = 0;
  if ((r = ds_tokenize(m, w, len, &b->tok)) != DS_OK) return r;
  n = b->tok.n;
  for (i = 0; i < n; i++) {
    const ds_Token *t = &b->tok.v[i];
    uint32_t kind = exact ? DS_LEXK_EXACT : DS_LEXK_WORD, sym;
    char *key = small;
    size_t keylen, cap = (size_t)t->len * 3 + 1;
    if (ds_lex_joining(b->tok.v, i, n)) continue;
    if (wild && i + 1 == n)      /* the last token never joins */
      kind = exact ? DS_LEXK_EXACTWILD : DS_LEXK_WILD;
    if (cap > sizeof(small) &&
        (key = (char *)m->f(m->ud, NULL, 0, cap)) == NULL)
      return DS_ENOMEM;
    keylen = ds_fold(w + t->start, t->len, key);
    r = intern(m, b, kind, key, keylen, w + t->start, t->len, &sym);
    if (key != small) m->f(m->ud, key, cap, 0);
    if (r != DS_OK) return r;
    if (grow(m, &b->seq, b->seq.n + 1, sizeof(uint32_t))) return DS_ENOMEM;
    ((uint32_t *)b->seq.v)[b->seq.n++] = sym;
  }
  return DS_OK;
}

int ds_lexb_add (ds_Mem *m, ds_LexBuild *b, uint32_t id, const char *s,
                 size_t len) {
  size_t i = 0, k;
  uint32_t state = 0, *pair;
  int r;
  if (len >= DS_MAXTEXT) return DS_ETOOBIG;
  b->seq.n = 0;
  while (i < len) {
    size_t e;
    while (i < len && isspace_ascii((unsigned char)s[i])) i++;
    for (e = i; e < len && !isspace_ascii((unsigned char)s[e]); e++) ;
    if (e > i && (r = addword(m, b, s + i, e - i)) != DS_OK) return r;
    i = e;
  }
  if (b->seq.n == 0) return DS_LEX_EEMPTY;
  for (k = 0; k < b->seq.n; k++)
    if ((r = child(m, b, state, ((uint32_t *)b->seq.v)[k], &state)) != DS_OK)
      return r;
  if (grow(m, &b->outs, b->outs.n + 1, 2 * sizeof(uint32_t)))
    return DS_ENOMEM;
  pair = (uint32_t *)b->outs.v + 2 * b->outs.n++;
  pair[0] = state;
  pair[1] = id;
  if (id > b->maxid) b->maxid = id;
  return DS_OK;
}


void ds_lex_init (ds_Lexicon *lx) {
  memset(lx, 0, sizeof(*lx));
}

/* arrays are allocated by 'newarray': never fewer than one element */
static void delarray (ds_Mem *m, void *p, size_t n, size_t elsize) {
  ds_free(m, p, n ? n : 1, elsize);
}

void ds_lex_free (ds_Mem *m, ds_Lexicon *lx) {
  delarray(m, lx->word, lx->word ? lx->wmask + 1 : 0, sizeof(ds_LexWord));
  delarray(m, lx->wx, lx->nwx, sizeof(ds_LexWordX));
  delarray(m, lx->tail, lx->ntail, sizeof(uint64_t));
  delarray(m, lx->wbloom, lx->wbloom ? (lx->wbmask + 1) / 64 : 0,
           sizeof(uint64_t));
  delarray(m, lx->cell, lx->ncell, sizeof(ds_LexCell));
  delarray(m, lx->cx, lx->ncell, sizeof(ds_LexRange));
  delarray(m, lx->wfilter, lx->wfilter ? 1024 : 0, sizeof(uint64_t));
  delarray(m, lx->xtra, lx->nxtra, sizeof(ds_LexExtra));
  delarray(m, lx->raw, lx->nraw, 1);
  delarray(m, lx->edge, lx->eph.nslot, sizeof(ds_LexEdge));
  delarray(m, lx->eph.disp, lx->eph.nbucket, sizeof(uint32_t));
  delarray(m, lx->quick, lx->qph.nslot, sizeof(ds_LexQuick));
  delarray(m, lx->qph.disp, lx->qph.nbucket, sizeof(uint32_t));
  delarray(m, lx->quick2, lx->q2ph.nslot, sizeof(ds_LexQuick2));
  delarray(m, lx->q2ph.disp, lx->q2ph.nbucket, sizeof(uint32_t));
  delarray(m, lx->out, lx->nout, sizeof(uint32_t));
  delarray(m, lx->outoff, lx->nstate + 1, sizeof(uint32_t));
  delarray(m, lx->sflag, lx->nstate, 1);
  delarray(m, lx->st, lx->st ? lx->nstate : 0, sizeof(ds_LexState));
  delarray(m, lx->fail, lx->fail ? lx->nstate : 0, sizeof(uint32_t));
  delarray(m, lx->depth, lx->depth ? lx->nstate : 0, sizeof(uint32_t));
  delarray(m, lx->clen, lx->clen ? lx->nstate : 0, sizeof(uint32_t));
  ds_lex_init(lx);
}

/* a zeroed array of 'n' elements (n may be 0: one is allocated) */
static void *newarray (ds_Mem *m, ds_Lexicon *lx, size_t n, size_t elsize) {
  void *p;
  if (n == 0) n = 1;
  if (n > ((size_t)-1) / elsize) return NULL;
  p = m->f(m->ud, NULL, 0, n * elsize);
  if (p != NULL) {
    memset(p, 0, n * elsize);
    lx->bytes += n * elsize;
  }
  return p;
}

/* the chunks of 'len' bytes of 's' into 'c' (len / 8 + 1 of them) */
static void tochunks (const unsigned char *s, size_t len, uint64_t *c) {
  size_t i;
  memset(c, 0, (len / 8 + 1) * sizeof(uint64_t));
  for (i = 0; i < len; i++)
    c[i / 8] |= (uint64_t)s[i] << (8 * (i % 8));
}

static uint64_t wordhash (const uint64_t *c, size_t len) {
  uint64_t h = DS_LEX_HSEED;
  size_t k;
  for (k = 0; k < (len + 7) / 8; k++) h = ds_lex_hashstep(h, c[k]);
  return h;
}


/* a symbol's folded key, for sorting the keys */
typedef struct SKey {
  const unsigned char *key;
  uint32_t keylen, sym, kind;
} SKey;

static int cmpkey (const void *a, const void *b) {
  const SKey *x = (const SKey *)a, *y = (const SKey *)b;
  size_t n = x->keylen < y->keylen ? x->keylen : y->keylen;
  int c = n ? memcmp(x->key, y->key, n) : 0;
  if (c != 0) return c;
  if (x->keylen != y->keylen) return x->keylen < y->keylen ? -1 : 1;
  if (x->kind != y->kind) return x->kind < y->kind ? -1 : 1;
  return x->sym < y->sym ? -1 : x->sym > y->sym;
}

static int cmppair (const void *a, const void *b) {
  const uint32_t *x = (const uint32_t *)a, *y = (const uint32_t *)b;
  if (x[0] != y[0]) return x[0] < y[0] ? -1 : 1;
  return x[1] < y[1] ? -1 : x[1] > y[1];
}

/*
** The symbols grouped by folded key (a word, its exact spellings and
** its wildcard share one key). Group g is k[start[g] .. start[g + 1]);
** its exact-case extras are xtra[xe[g] ..) and its wildcards
** xtra[xw[g] ..), ne[g] and nw[g] of them.
*/
typedef struct Groups {
  SKey *k;
  uint32_t *start, *xe, *xw, *ne, *nw;
  int32_t *word;
  size_t n, nsym;
} Groups;

static void groups_free (ds_Mem *m, Groups *g) {
  delarray(m, g->k, g->nsym, sizeof(SKey));
  delarray(m, g->start, g->n + 1, sizeof(uint32_t));
  delarray(m, g->xe, g->n, sizeof(uint32_t));
  delarray(m, g->xw, g->n, sizeof(uint32_t));
  delarray(m, g->ne, g->n, sizeof(uint32_t));
  delarray(m, g->nw, g->n, sizeof(uint32_t));
  delarray(m, g->word, g->n, sizeof(int32_t));
}

static int samekey (const SKey *a, const SKey *b) {
  return a->keylen == b->keylen &&
         (a->keylen == 0 || memcmp(a->key, b->key, a->keylen) == 0);
}

static int groups_make (ds_Mem *m, ds_LexBuild *b, ds_Lexicon *lx,
                        Groups *g) {
  const Sym *sy = (const Sym *)b->syms.v;
  size_t i, n = 0, nx = 0, nraw = 0, save = lx->bytes;
  memset(g, 0, sizeof(*g));
  g->nsym = b->syms.n;
  if ((g->k = (SKey *)newarray(m, lx, g->nsym, sizeof(SKey))) == NULL)
    return DS_ENOMEM;
  for (i = 0; i < g->nsym; i++) {
    g->k[i].key = (const unsigned char *)b->pool.v + sy[i].key;
    g->k[i].keylen = sy[i].keylen;
    g->k[i].sym = (uint32_t)i;
    g->k[i].kind = sy[i].kind;
    if (sy[i].kind != DS_LEXK_WORD) nx++;
    nraw += sy[i].rawlen;
  }
  if (g->nsym > 1) qsort(g->k, g->nsym, sizeof(SKey), cmpkey);
  for (i = 0; i < g->nsym; i++)
    if (i == 0 || !samekey(&g->k[i], &g->k[i - 1])) n++;
  g->n = n;
  if ((g->start = (uint32_t *)newarray(m, lx, n + 1, sizeof(uint32_t)))
      == NULL ||
      (g->xe = (uint32_t *)newarray(m, lx, n, sizeof(uint32_t))) == NULL ||
      (g->xw = (uint32_t *)newarray(m, lx, n, sizeof(uint32_t))) == NULL ||
      (g->ne = (uint32_t *)newarray(m, lx, n, sizeof(uint32_t))) == NULL ||
      (g->nw = (uint32_t *)newarray(m, lx, n, sizeof(uint32_t))) == NULL ||
      (g->word = (int32_t *)newarray(m, lx, n, sizeof(int32_t))) == NULL)
    return DS_ENOMEM;
  lx->bytes = save;                     /* scaffolding, freed after */
  lx->nxtra = nx;
  lx->nraw = nraw;
  if ((lx->xtra = (ds_LexExtra *)newarray(m, lx, nx, sizeof(ds_LexExtra)))
      == NULL || (lx->raw = (char *)newarray(m, lx, nraw, 1)) == NULL)
    return DS_ENOMEM;
  for (i = 0, n = 0; i < g->nsym; i++)
    if (i == 0 || !samekey(&g->k[i], &g->k[i - 1]))
      g->start[n++] = (uint32_t)i;
  g->start[n] = (uint32_t)g->nsym;
  /* extras in group order: exact spellings, then wildcards (by kind) */
  nx = nraw = 0;
  for (n = 0; n < g->n; n++) {
    g->word[n] = -1;
    g->xe[n] = g->xw[n] = (uint32_t)nx;
    for (i = g->start[n]; i < g->start[n + 1]; i++) {
      const Sym *y = &sy[g->k[i].sym];
      ds_LexExtra *x = &lx->xtra[nx];
      if (y->kind == DS_LEXK_WORD) {
        g->word[n] = (int32_t)g->k[i].sym;
        continue;
      }
      x->sym = g->k[i].sym;
      x->kind = y->kind;
      x->raw = (uint32_t)nraw;
      x->rawlen = y->rawlen;
      if (y->rawlen > 0)
        memcpy(lx->raw + nraw, (const char *)b->pool.v + y->raw, y->rawlen);
      nraw += y->rawlen;
      nx++;
      if (y->kind == DS_LEXK_EXACT) { g->ne[n]++; g->xw[n]++; }
      else g->nw[n]++;
    }
  }
  return DS_OK;
}

/*
** Level 1a: the word table, a hash over the folded keys of the words
** and exact-case words, at most a third full, each 16-byte slot
** holding the first 8 bytes of its key: most tokens are looked up in
** one slot with one unpredictable branch (found or not), and a filter
** answers most tokens that are no word before the table is read.
*/
/* a word whose slot needs an entry in 'wx' */
static int needsx (const Groups *g, size_t i) {
  return g->k[g->start[i]].keylen > 8 || g->ne[i] > 0 || g->word[i] < 0;
}

static int build_words (ds_Mem *m, ds_Lexicon *lx, const Groups *g) {
  size_t i, nw = 0, size = 8, ntail = 0, maxkey = 0, maxterm = 0, nwx = 0;
  uint64_t *buf;
  for (i = 0; i < g->n; i++) {
    size_t len = g->k[g->start[i]].keylen;
    if (g->word[i] < 0 && g->ne[i] == 0) continue;
    nw++;
    nwx += (size_t)needsx(g, i);
    if (len > maxkey) maxkey = len;
    if (len > 8) ntail += (len - 8 + 7) / 8;
    if ((g->word[i] >= 0) + g->ne[i] > maxterm)
      maxterm = (g->word[i] >= 0) + g->ne[i];
  }
  if (maxkey > DS_LEXW_LEN || ntail >= 0xFFFFFFFFu) return DS_LEX_ELIMIT;
  lx->wshift = 64;
  while (size < 3 * nw) size *= 2;       /* a third full at most */
  for (i = size; i > 1; i /= 2) lx->wshift--;
  lx->wmask = size - 1;
  lx->ntail = ntail;
  lx->maxkey = maxkey;
  lx->maxsyms = maxterm;
  lx->nwx = nwx;
  if ((lx->word = (ds_LexWord *)newarray(m, lx, size, sizeof(ds_LexWord)))
      == NULL ||
      (lx->wx = (ds_LexWordX *)newarray(m, lx, nwx, sizeof(ds_LexWordX)))
      == NULL ||
      (lx->tail = (uint64_t *)newarray(m, lx, ntail, sizeof(uint64_t)))
      == NULL)
    return DS_ENOMEM;
  for (i = 512; i < 16 * nw; i *= 2) ;     /* 16 filter bits a word */
  lx->wbmask = i - 1;
  if ((lx->wbloom = (uint64_t *)newarray(m, lx, i / 64, sizeof(uint64_t)))
      == NULL)
    return DS_ENOMEM;
  if ((buf = (uint64_t *)m->f(m->ud, NULL, 0, (maxkey / 8 + 1) * 8)) == NULL)
    return DS_ENOMEM;
  ntail = nwx = 0;
  for (i = 0; i < g->n; i++) {
    const SKey *k = &g->k[g->start[i]];
    size_t h;
    ds_LexWord *w;
    if (g->word[i] < 0 && g->ne[i] == 0) continue;
    tochunks(k->key, k->keylen, buf);
    h = ds_lex_wbit(lx, wordhash(buf, k->keylen));
    lx->wbloom[h / 64] |= (uint64_t)1 << (h % 64);
    for (h = ds_lex_slot(lx, wordhash(buf, k->keylen));
         lx->word[h].len & DS_LEXW_USED; h = (h + 1) & lx->wmask)
      lx->word[h].len |= DS_LEXW_MORE;     /* this key goes on */
    w = &lx->word[h];
    w->k0 = buf[0];
    w->len |= (uint32_t)k->keylen | DS_LEXW_USED;
    w->word = (uint32_t)g->word[i];
    if (needsx(g, i)) {
      ds_LexWordX *x = &lx->wx[nwx];
      w->len |= DS_LEXW_X;
      w->word = (uint32_t)nwx++;
      x->word = g->word[i];
      x->x = g->xe[i];
      x->nx = g->ne[i];
      x->tail = (uint32_t)ntail;
    }
    if (k->keylen > 8) {
      size_t nt = (k->keylen - 8 + 7) / 8;
      memcpy(lx->tail + ntail, buf + 1, nt * 8);
      ntail += nt;
    }
  }
  m->f(m->ud, buf, (maxkey / 8 + 1) * 8, 0);
  return DS_OK;
}


/* a trie node waiting for its children: keys k[lo..hi) pass through it */
typedef struct Pending {
  uint32_t cell, lo, hi, depth;
  size_t nwild;            /* wildcard symbols on the path above */
} Pending;

/* the double array while building, with a list of its free cells */
typedef struct DA {
  ds_LexCell *cell;
  ds_LexRange *cx;
  uint32_t *nextf, *prevf;
  size_t cap, hi;          /* cells below 'hi' may be used */
  uint32_t head, tail;     /* the free list, ascending */
} DA;

#define NIL 0xFFFFFFFFu

static void dafree (ds_Mem *m, DA *da) {
  ds_free(m, da->cell, da->cap, sizeof(ds_LexCell));
  ds_free(m, da->cx, da->cap, sizeof(ds_LexRange));
  ds_free(m, da->nextf, da->cap, sizeof(uint32_t));
  ds_free(m, da->prevf, da->cap, sizeof(uint32_t));
}

static void *resize (ds_Mem *m, void *p, size_t o, size_t n, size_t elsize) {
  return m->f(m->ud, p, o * elsize, n * elsize);
}

/* make cells [0, need) exist; new cells are free and listed */
static int dagrow (ds_Mem *m, DA *da, size_t need) {
  size_t ncap = da->cap ? da->cap : 1024, i;
  void *p;
  if (need <= da->cap) return DS_OK;
  while (ncap < need) ncap *= 2;
  if (ncap > (size_t)DS_LEXC_BASE) return DS_LEX_ELIMIT;
  if ((p = resize(m, da->cell, da->cap, ncap, sizeof(ds_LexCell))) == NULL)
    return DS_ENOMEM;
  da->cell = (ds_LexCell *)p;
  if ((p = resize(m, da->cx, da->cap, ncap, sizeof(ds_LexRange))) == NULL)
    return DS_ENOMEM;
  da->cx = (ds_LexRange *)p;
  if ((p = resize(m, da->nextf, da->cap, ncap, sizeof(uint32_t))) == NULL)
    return DS_ENOMEM;
  da->nextf = (uint32_t *)p;
  if ((p = resize(m, da->prevf, da->cap, ncap, sizeof(uint32_t))) == NULL)
    return DS_ENOMEM;
  da->prevf = (uint32_t *)p;
  for (i = da->cap; i < ncap; i++) {
    da->cell[i].base = 0;
    da->cell[i].check = DS_LEX_FREE;
    memset(&da->cx[i], 0, sizeof(ds_LexRange));
    da->prevf[i] = da->tail;
    da->nextf[i] = NIL;
    if (da->tail == NIL) da->head = (uint32_t)i;
    else da->nextf[da->tail] = (uint32_t)i;
    da->tail = (uint32_t)i;
  }
  da->cap = ncap;
  return DS_OK;
}

static void dause (DA *da, uint32_t c, uint32_t parent) {
  if (da->prevf[c] == NIL) da->head = da->nextf[c];
  else da->nextf[da->prevf[c]] = da->nextf[c];
  if (da->nextf[c] == NIL) da->tail = da->prevf[c];
  else da->prevf[da->nextf[c]] = da->prevf[c];
  da->cell[c].check = parent;
  if (c + 1 > da->hi) da->hi = c + 1;
}

/*
** A base where every label of 'lab' finds a free cell: the first fit
** among the first MAXTRY free cells, else past every used cell.
*/
static int dafind (ds_Mem *m, DA *da, const unsigned char *lab, int nl,
                   uint32_t *base) {
  uint32_t f;
  size_t b;
  int tries = 0, k, r;
  for (f = da->head; f != NIL && tries < MAXTRY; f = da->nextf[f], tries++) {
    if (f < lab[0]) continue;
    b = f - lab[0];
    if (b + 256 > da->cap && (r = dagrow(m, da, b + 256)) != DS_OK) return r;
    for (k = 1; k < nl; k++)
      if (da->cell[b + lab[k]].check != DS_LEX_FREE) break;
    if (k == nl) { *base = (uint32_t)b; return DS_OK; }
  }
  b = da->hi > lab[0] ? da->hi - lab[0] : 0;
  if ((r = dagrow(m, da, b + 256)) != DS_OK) return r;
  *base = (uint32_t)b;
  return DS_OK;
}

/* the wildcard filter lets by tokens whose first four folded bytes
   are 'head' */
static void wildmark (ds_Lexicon *lx, uint64_t head) {
  size_t f = ds_lex_wildbit(head);
  lx->wfilter[f / 64] |= (uint64_t)1 << (f % 64);
}

/*
** Level 1b: the double-array trie over the folded wildcard prefixes
** (groups with wildcards, taken in key order through 'idx').
*/
static int build_wild (ds_Mem *m, ds_Lexicon *lx, const Groups *g) {
  ds_LexVec stack = {NULL, 0, 0};
  uint32_t *idx;
  size_t ni = 0, i, maxwild = 0;
  DA da;
  int r = DS_ENOMEM;
  memset(&da, 0, sizeof(da));
  da.head = da.tail = NIL;
  if ((idx = (uint32_t *)m->f(m->ud, NULL, 0, (g->n + 1) * sizeof(uint32_t)))
      == NULL)
    return DS_ENOMEM;
  for (i = 0; i < g->n; i++)
    if (g->nw[i] > 0) {
      idx[ni++] = (uint32_t)i;
      if (g->k[g->start[i]].keylen > lx->maxwild)
        lx->maxwild = g->k[g->start[i]].keylen;
    }
  lx->haswild = ni > 0;
  lx->maxfold = lx->maxwild > lx->maxkey ? lx->maxwild : lx->maxkey;
  /* the filter: which first four folded bytes (zero padded) may start
     a wildcard. A prefix of three bytes marks every fourth byte, and
     tokens of three bytes; a shorter prefix marks every bit. Four bytes
     rather than three keep out of the general path the words that only
     begin as a wildcard does: "all" (allow*), "inc" (increas*) */
  if ((lx->wfilter = (uint64_t *)newarray(m, lx, 1024, sizeof(uint64_t)))
      == NULL)
    goto done;
  for (i = 0; i < ni; i++) {
    const SKey *k = &g->k[g->start[idx[i]]];
    uint64_t b, lo;
    if (k->keylen < 3) {                  /* rare: the filter lets all by */
      memset(lx->wfilter, 0xFF, 1024 * sizeof(uint64_t));
      break;
    }
    lo = k->key[0] | (uint64_t)k->key[1] << 8 | (uint64_t)k->key[2] << 16;
    if (k->keylen >= 4) wildmark(lx, lo | (uint64_t)k->key[3] << 24);
    else
      for (b = 0; b < 256; b++) wildmark(lx, lo | b << 24);
  }
  if ((r = dagrow(m, &da, 1024)) != DS_OK) goto done;
  dause(&da, 0, ROOT_CHECK);
  r = DS_ENOMEM;
  if (grow(m, &stack, 1, sizeof(Pending))) goto done;
  {
    Pending *p = (Pending *)stack.v;
    p->cell = 0; p->lo = 0; p->hi = (uint32_t)ni; p->depth = 0; p->nwild = 0;
    stack.n = 1;
  }
#define KEY(j) (&g->k[g->start[idx[j]]])
  while (stack.n > 0) {
    Pending it = ((Pending *)stack.v)[--stack.n];
    unsigned char lab[256];
    uint32_t rlo[256], rhi[256], base = 0;
    int nl = 0, j;
    size_t nwild = it.nwild;
    if (it.lo < it.hi && KEY(it.lo)->keylen == it.depth) {
      uint32_t gi = idx[it.lo++];      /* a prefix ends here */
      da.cell[it.cell].base |= DS_LEXC_WILD;
      da.cx[it.cell].x = g->xw[gi];
      da.cx[it.cell].nx = g->nw[gi];
      nwild += g->nw[gi];
      if (nwild > maxwild) maxwild = nwild;
    }
    while (it.lo < it.hi) {             /* children, by their byte */
      uint32_t e = it.lo;
      unsigned char c = KEY(e)->key[it.depth];
      while (e < it.hi && KEY(e)->key[it.depth] == c) e++;
      lab[nl] = c; rlo[nl] = it.lo; rhi[nl] = e; nl++;
      it.lo = e;
    }
    if (nl == 0) continue;
    if ((r = dafind(m, &da, lab, nl, &base)) != DS_OK) goto done;
    r = DS_ENOMEM;
    da.cell[it.cell].base |= base;
    if (grow(m, &stack, stack.n + (size_t)nl, sizeof(Pending))) goto done;
    for (j = nl - 1; j >= 0; j--) {
      Pending *p = (Pending *)stack.v + stack.n++;
      dause(&da, base + lab[j], it.cell);
      p->cell = base + lab[j];
      p->lo = rlo[j]; p->hi = rhi[j];
      p->depth = it.depth + 1;
      p->nwild = nwild;
    }
  }
#undef KEY
  /* keep the used cells and 256 more: base + byte never overflows */
  lx->ncell = da.hi + 256;
  if ((r = dagrow(m, &da, lx->ncell)) != DS_OK) goto done;
  r = DS_ENOMEM;
  if ((lx->cell = (ds_LexCell *)newarray(m, lx, lx->ncell,
                                         sizeof(ds_LexCell))) == NULL ||
      (lx->cx = (ds_LexRange *)newarray(m, lx, lx->ncell,
                                        sizeof(ds_LexRange))) == NULL)
    goto done;
  memcpy(lx->cell, da.cell, lx->ncell * sizeof(ds_LexCell));
  memcpy(lx->cx, da.cx, lx->ncell * sizeof(ds_LexRange));
  lx->maxsyms += maxwild;
  if (lx->maxsyms == 0) lx->maxsyms = 1;
  r = DS_OK;
done:
  dafree(m, &da);
  vfree(m, &stack, sizeof(Pending));
  m->f(m->ud, idx, (g->n + 1) * sizeof(uint32_t), 0);
  return r;
}

/* ---------------------------------------------------------------- */
/* perfect hashing                                                   */
/* ---------------------------------------------------------------- */

#define PH_NONE  0xFFFFFFFFu
#define PH_TRIES 4096       /* displacements tried for one bucket */
#define PH_AGAIN (-1)

/* the scratch of one attempt */
typedef struct PHWork {
  uint32_t *start;         /* bucket -> its keys: key[start[g] ..) */
  uint32_t *key;
  uint32_t *order;         /* buckets, the biggest first */
  uint64_t *taken;         /* a bit per slot */
  uint32_t *tmp;           /* the slots of the bucket being placed */
} PHWork;

static void *scratch (ds_Mem *m, size_t n, size_t elsize) {
  void *p = m->f(m->ud, NULL, 0, (n ? n : 1) * elsize);
  if (p != NULL) memset(p, 0, (n ? n : 1) * elsize);
  return p;
}

static void unscratch (ds_Mem *m, void *p, size_t n, size_t elsize) {
  if (p != NULL) m->f(m->ud, p, (n ? n : 1) * elsize, 0);
}

/*
** One attempt at placing the 'n' hashes h[] in ph->nslot slots; a
** bucket that no displacement places keeps displacement 0 and its
** keys PH_NONE in slot[], or, with 'whole', the attempt fails
** (PH_AGAIN). Buckets go biggest first: they are placed while the
** table is still empty.
*/
static int ph_try (ds_Mem *m, const uint64_t *h, size_t n, int whole,
                   ds_LexPH *ph, uint32_t *disp, uint32_t *slot) {
  size_t nb = ph->nbucket, ns = ph->nslot, i, g, maxb = 0;
  PHWork w;
  int r = DS_ENOMEM;
  memset(&w, 0, sizeof(w));
  if ((w.start = (uint32_t *)scratch(m, nb + 2, sizeof(uint32_t))) == NULL ||
      (w.key = (uint32_t *)scratch(m, n, sizeof(uint32_t))) == NULL ||
      (w.order = (uint32_t *)scratch(m, nb, sizeof(uint32_t))) == NULL ||
      (w.taken = (uint64_t *)scratch(m, ns / 64 + 1, sizeof(uint64_t)))
      == NULL)
    goto done;
  for (i = 0; i < n; i++) w.start[(h[i] >> ph->gshift) + 2]++;
  for (g = 0; g < nb; g++) {
    if (w.start[g + 2] > maxb) maxb = w.start[g + 2];
    w.start[g + 2] += w.start[g + 1];
  }
  for (i = 0; i < n; i++) w.key[w.start[(h[i] >> ph->gshift) + 1]++] =
                            (uint32_t)i;
  /* now bucket g is key[start[g] .. start[g + 1]); order by size */
  {
    uint32_t *cnt = (uint32_t *)scratch(m, maxb + 2, sizeof(uint32_t));
    if (cnt == NULL) goto done;
    for (g = 0; g < nb; g++) cnt[maxb - (w.start[g + 1] - w.start[g]) + 1]++;
    for (i = 1; i <= maxb + 1; i++) cnt[i] += cnt[i - 1];
    for (g = 0; g < nb; g++)
      w.order[cnt[maxb - (w.start[g + 1] - w.start[g])]++] = (uint32_t)g;
    unscratch(m, cnt, maxb + 2, sizeof(uint32_t));
  }
  if ((w.tmp = (uint32_t *)scratch(m, maxb, sizeof(uint32_t))) == NULL)
    goto done;
  for (i = 0; i < nb; i++) disp[i] = 1;          /* empty: any but 0 */
  for (g = 0; g < nb; g++) {
    uint32_t b = w.order[g], lo = w.start[b], hi = w.start[b + 1], t, k, q;
    if (lo == hi) break;                         /* the rest are empty */
    for (t = 1; t <= PH_TRIES; t++) {
      uint32_t d = t * 0x9E3779B1u;
      for (k = lo; k < hi; k++) {
        size_t sl = ds_lex_phslot(ph, h[w.key[k]], d);
        if ((w.taken[sl / 64] >> (sl % 64)) & 1) break;
        for (q = lo; q < k; q++)
          if (w.tmp[q - lo] == sl) break;
        if (q < k) break;
        w.tmp[k - lo] = (uint32_t)sl;
      }
      if (k == hi) break;
    }
    if (t > PH_TRIES) {                          /* no displacement fits */
      if (whole) { r = PH_AGAIN; goto done; }
      disp[b] = 0;
      for (k = lo; k < hi; k++) slot[w.key[k]] = PH_NONE;
      continue;
    }
    disp[b] = t * 0x9E3779B1u;
    for (k = lo; k < hi; k++) {
      size_t sl = w.tmp[k - lo];
      w.taken[sl / 64] |= (uint64_t)1 << (sl % 64);
      slot[w.key[k]] = (uint32_t)sl;
    }
  }
  r = DS_OK;
done:
  unscratch(m, w.start, nb + 2, sizeof(uint32_t));
  unscratch(m, w.key, n, sizeof(uint32_t));
  unscratch(m, w.order, nb, sizeof(uint32_t));
  unscratch(m, w.taken, ns / 64 + 1, sizeof(uint64_t));
  unscratch(m, w.tmp, maxb, sizeof(uint32_t));
  return r;
}

/*
** A perfect hash for the 'n' hashes h[] (about four keys a bucket, at
** most 4/5 of the slots used): slot[i] gets key i's slot. With 'whole'
** every key is placed (the hashes must differ: the table grows until
** they fit); else a bucket may fail (see ph_try).
*/
static int ph_build (ds_Mem *m, ds_Lexicon *lx, const uint64_t *h, size_t n,
                     int whole, ds_LexPH *ph, uint32_t *slot) {
  int gb = 1, sb = 1, r;
  uint32_t *disp;
  memset(ph, 0, sizeof(*ph));
  while (((size_t)4 << gb) < n) gb++;
  while (((size_t)4 << sb) < n * 5) sb++;
  for (;;) {
    if (sb > 31) return DS_LEX_ELIMIT;
    ph->nbucket = (size_t)1 << gb;
    ph->nslot = (size_t)1 << sb;
    ph->gshift = 64 - gb;
    ph->sshift = 64 - sb;
    if ((disp = (uint32_t *)scratch(m, ph->nbucket, sizeof(uint32_t)))
        == NULL)
      return DS_ENOMEM;
    r = ph_try(m, h, n, whole, ph, disp, slot);
    if (r == DS_OK) {
      ph->disp = disp;
      lx->bytes += ph->nbucket * sizeof(uint32_t);
      return DS_OK;
    }
    unscratch(m, disp, ph->nbucket, sizeof(uint32_t));
    if (r != PH_AGAIN) return r;
    sb++;                                        /* more room */
  }
}

/*
** Level 2: the trie over symbol sequences, and its outputs. States are
** numbered anew: the child of the root by symbol s is state s + 1
** (an empty leaf when no entry starts with s), so that a token's
** symbol is its root transition; the other states follow. An edge
** carries the flags of its target, so that a step reads one slot.
*/
static int build_phrases (ds_Mem *m, ds_LexBuild *b, ds_Lexicon *lx) {
  const uint64_t *bk = (const uint64_t *)b->ekey.v;
  const uint32_t *bv = (const uint32_t *)b->eval.v;
  uint32_t *pairs = (uint32_t *)b->outs.v, *nid;
  size_t i, nin = 0, np = b->outs.n, o, next;
  uint8_t *seen;
  int r = DS_ENOMEM;
  lx->nsym = b->syms.n;
  for (i = 0; i < b->ekey.n; i++)
    if (bk[i] != EDGE_EMPTY && (bk[i] >> 32) != 0) nin++;
  /* the old states that are not children of the root, and the symbols */
  if (b->nstate + lx->nsym >= DS_LEXE_STATE) return DS_LEX_ELIMIT;
  lx->nstate = lx->nsym + 1 + nin;
  if ((nid = (uint32_t *)m->f(m->ud, NULL, 0, b->nstate * sizeof(uint32_t)))
      == NULL)
    return DS_ENOMEM;
  for (i = 0; i < b->ekey.n; i++)
    if (bk[i] != EDGE_EMPTY && (bk[i] >> 32) == 0)
      nid[bv[i]] = (uint32_t)(bk[i] & 0xFFFFFFFFu) + 1;
  nid[0] = 0;
  for (i = 0, next = lx->nsym + 1; i < b->ekey.n; i++)
    if (bk[i] != EDGE_EMPTY && (bk[i] >> 32) != 0)
      nid[bv[i]] = (uint32_t)next++;  /* each state has one parent edge */
  if ((lx->sflag = (uint8_t *)newarray(m, lx, lx->nstate, 1)) == NULL ||
      (lx->outoff = (uint32_t *)newarray(m, lx, lx->nstate + 1,
                                         sizeof(uint32_t))) == NULL)
    goto done;
  memset(lx->sflag, DS_LEXS_LEAF, lx->nstate);
  for (i = 0; i < b->ekey.n; i++)
    if (bk[i] != EDGE_EMPTY)
      lx->sflag[nid[bk[i] >> 32]] &= (uint8_t)~DS_LEXS_LEAF;
  /* outputs: sorted by (new) state then id, without repeats */
  for (i = 0; i < np; i++) pairs[2 * i] = nid[pairs[2 * i]];
  if (np > 1) qsort(pairs, np, 2 * sizeof(uint32_t), cmppair);
  for (i = 0, o = 0; i < np; i++)
    if (i == 0 || pairs[2 * i] != pairs[2 * o - 2] ||
        pairs[2 * i + 1] != pairs[2 * o - 1]) {
      pairs[2 * o] = pairs[2 * i];
      pairs[2 * o + 1] = pairs[2 * i + 1];
      o++;
    }
  lx->nout = o;
  if ((lx->out = (uint32_t *)newarray(m, lx, o, sizeof(uint32_t))) == NULL)
    goto done;
  if ((seen = (uint8_t *)m->f(m->ud, NULL, 0, (size_t)b->maxid + 1)) == NULL)
    goto done;
  memset(seen, 0, (size_t)b->maxid + 1);
  for (i = 0; i < o; i++) {
    uint32_t st = pairs[2 * i], id = pairs[2 * i + 1];
    lx->out[i] = id;
    lx->outoff[st + 1]++;
    lx->sflag[st] |= DS_LEXS_OUT;
    if (seen[id]) lx->dups = 1;
    seen[id] = 1;
  }
  m->f(m->ud, seen, (size_t)b->maxid + 1, 0);
  for (i = 0; i < lx->nstate; i++) lx->outoff[i + 1] += lx->outoff[i];
  /* the edges that do not leave the root, in a perfect hash */
  {
    uint64_t *hk = (uint64_t *)scratch(m, nin, sizeof(uint64_t));
    uint32_t *sl = (uint32_t *)scratch(m, nin, sizeof(uint32_t));
    uint32_t *tv = (uint32_t *)scratch(m, nin, sizeof(uint32_t));
    uint64_t *ky = (uint64_t *)scratch(m, nin, sizeof(uint64_t));
    size_t k = 0;
    if (hk == NULL || sl == NULL || tv == NULL || ky == NULL) r = DS_ENOMEM;
    else {
      for (i = 0; i < b->ekey.n; i++) {
        uint32_t st = (uint32_t)(bk[i] >> 32), sym = (uint32_t)bk[i];
        if (bk[i] == EDGE_EMPTY || st == 0) continue;
        ky[k] = ds_lex_ekey(nid[st], sym);
        hk[k] = ds_lex_ehash(ky[k]);
        tv[k] = nid[bv[i]];
        k++;
      }
      r = ph_build(m, lx, hk, nin, 1, &lx->eph, sl);
      if (r == DS_OK &&
          (lx->edge = (ds_LexEdge *)newarray(m, lx, lx->eph.nslot,
                                              sizeof(ds_LexEdge))) == NULL)
        r = DS_ENOMEM;
      if (r == DS_OK) {
        for (i = 0; i < lx->eph.nslot; i++) lx->edge[i].k = DS_LEX_NOKEY;
        for (k = 0; k < nin; k++) {
          uint32_t to = tv[k];
          ds_LexEdge *e = &lx->edge[sl[k]];
          e->k = ky[k];
          e->to = to | (lx->sflag[to] & DS_LEXS_LEAF ? DS_LEXE_LEAF : 0) |
                  (lx->sflag[to] & DS_LEXS_OUT ? DS_LEXE_OUT : 0);
        }
      }
    }
    unscratch(m, hk, nin, sizeof(uint64_t));
    unscratch(m, sl, nin, sizeof(uint32_t));
    unscratch(m, tv, nin, sizeof(uint32_t));
    unscratch(m, ky, nin, sizeof(uint64_t));
    if (r != DS_OK) goto done;
  }
  r = DS_OK;
done:
  m->f(m->ud, nid, b->nstate * sizeof(uint32_t), 0);
  return r;
}

/* the target of the edge (s, sym) in the built table, or 0 */
static uint32_t edgeto (const ds_Lexicon *lx, uint32_t s, uint32_t sym) {
  uint32_t aux;
  return ds_lex_edge(lx, s, sym, &aux) & DS_LEXE_STATE;
}

/*
** Level 2b: the automaton over the phrase trie. States are taken in
** breadth-first order (a failure state is shallower than its state,
** so it is done first): the failure state of the child of u by x is
** the child by x of the deepest suffix state of u that has one, or
** the root's child x + 1. The edges are grouped by state first.
*/
static int build_automaton (ds_Mem *m, ds_Lexicon *lx) {
  size_t ns = lx->nstate, ne = lx->eph.nslot, i, qh = 0, qt = 0;
  uint32_t *first = NULL, *kid = NULL, *queue = NULL;
  size_t nkid = 0;
  int r = DS_ENOMEM;
  if ((lx->st = (ds_LexState *)newarray(m, lx, ns, sizeof(ds_LexState)))
      == NULL ||
      (lx->fail = (uint32_t *)newarray(m, lx, ns, sizeof(uint32_t))) == NULL ||
      (lx->depth = (uint32_t *)newarray(m, lx, ns, sizeof(uint32_t)))
      == NULL ||
      (lx->clen = (uint32_t *)newarray(m, lx, ns, sizeof(uint32_t))) == NULL)
    return DS_ENOMEM;
  /* the children of each state: kid[first[s] .. first[s + 1]) */
  if ((first = (uint32_t *)m->f(m->ud, NULL, 0, (ns + 1) * sizeof(uint32_t)))
      == NULL)
    goto done;
  memset(first, 0, (ns + 1) * sizeof(uint32_t));
#define EKEY(i) (lx->edge[i].k)
  for (i = 0; i < ne; i++)
    if (EKEY(i) != DS_LEX_NOKEY) { first[(EKEY(i) >> 32) + 1]++; nkid++; }
  for (i = 0; i < ns; i++) first[i + 1] += first[i];
  if ((kid = (uint32_t *)m->f(m->ud, NULL, 0,
                              (nkid + 1) * sizeof(uint32_t))) == NULL ||
      (queue = (uint32_t *)m->f(m->ud, NULL, 0, ns * sizeof(uint32_t)))
      == NULL)
    goto done;
  for (i = 0; i < ne; i++)          /* first[s] ends up where s's kids end */
    if (EKEY(i) != DS_LEX_NOKEY) kid[first[EKEY(i) >> 32]++] = (uint32_t)i;
  for (i = ns; i > 0; i--) first[i] = first[i - 1];
  first[0] = 0;
  /* the root's children, depth 1, fail to the root */
  for (i = 1; i <= lx->nsym; i++) {
    lx->depth[i] = 1;
    lx->clen[i] = 1;
    queue[qt++] = (uint32_t)i;
  }
  while (qh < qt) {
    uint32_t u = queue[qh++], k;
    ds_LexState *su = &lx->st[u];
    uint32_t f = lx->fail[u];
    uint32_t own = lx->outoff[u + 1] - lx->outoff[u];
    su->go = first[u + 1] > first[u] ? u : lx->st[f].go;
    su->next = lx->st[f].go;
    su->cnt = own + lx->st[f].cnt;
    su->olink = lx->outoff[f + 1] > lx->outoff[f] ? f : lx->st[f].olink;
    if (lx->depth[u] > lx->maxdepth) lx->maxdepth = lx->depth[u];
    for (k = first[u]; k < first[u + 1]; k++) {
      uint32_t v = lx->edge[kid[k]].to & DS_LEXE_STATE;
      uint32_t x = (uint32_t)EKEY(kid[k]), g = f, t = 0;
      while (g != 0 && (t = edgeto(lx, g, x)) == 0) g = lx->fail[g];
      lx->fail[v] = g != 0 ? t : x + 1;
      lx->depth[v] = lx->depth[u] + 1;
      lx->clen[v] = lx->clen[lx->fail[v]] + 1;
      queue[qt++] = v;
    }
  }
  r = qt == ns - 1 ? DS_OK : DS_LEX_ELIMIT;     /* every state reached */
  /* what the scan's fast path reads of an edge's target */
  for (i = 0; i < ne; i++)
    if (EKEY(i) != DS_LEX_NOKEY) {
      uint32_t v = lx->edge[i].to & DS_LEXE_STATE;
      uint32_t x = (uint32_t)EKEY(i), a = lx->st[v].cnt;
      if (a > DS_LEXA_CNT || lx->st[v].go != lx->st[x + 1].go)
        a = DS_LEXA_UNSAFE;
      lx->edge[i].aux = a;
    }
#undef EKEY
done:
  if (first) m->f(m->ud, first, (ns + 1) * sizeof(uint32_t), 0);
  if (kid) m->f(m->ud, kid, (nkid + 1) * sizeof(uint32_t), 0);
  if (queue) m->f(m->ud, queue, ns * sizeof(uint32_t), 0);
  return r;
}

/* a folded key of 1..16 ASCII bytes as chunks c[0], c[1]; else 0 */
static int quickkey (const SKey *k, uint64_t *c) {
  size_t i;
  if (k->keylen < 1 || k->keylen > 16) return 0;
  for (i = 0; i < k->keylen; i++)
    if (k->key[i] >= 0x80) return 0;
  tochunks(k->key, k->keylen, c);                /* zero padded */
  return 1;
}

/* what the fast path needs of a word: its symbol and DS_LEXQ_* info */
static uint32_t quickinfo (const ds_Lexicon *lx, const Groups *g, size_t i,
                           uint32_t *sym) {
  *sym = 0;
  if (g->word[i] < 0 || g->ne[i] > 0) return DS_LEXQ_SLOW | DS_LEXQ_WORD;
  *sym = (uint32_t)g->word[i];
  return ds_lex_rootinfo(lx, *sym);
}

/*
** The tables of the scan's fast path: every word of the word table
** whose folded form is 1..8 or 9..16 ASCII bytes, with its symbol and
** the matches and edges of its root child, in perfect hashes over the
** word hash (the scan has it already). A word that the fast path
** cannot finish (exact spellings, no folded word) says DS_LEXQ_SLOW
** and goes through token_syms; so do the words of a bucket that could
** not be placed.
*/
static int build_quick (ds_Mem *m, ds_Lexicon *lx, const Groups *g) {
  size_t i, n1 = 0, n2 = 0, k1 = 0, k2 = 0;
  uint64_t *h1 = NULL, *h2 = NULL, c[3];
  uint32_t *s1 = NULL, *s2 = NULL, *g1 = NULL, *g2 = NULL;
  int r = DS_ENOMEM;
  for (i = 0; i < g->n; i++)
    if ((g->word[i] >= 0 || g->ne[i] > 0) && quickkey(&g->k[g->start[i]], c)) {
      if (g->k[g->start[i]].keylen <= 8) n1++;
      else n2++;
    }
  if ((h1 = (uint64_t *)scratch(m, n1, sizeof(uint64_t))) == NULL ||
      (h2 = (uint64_t *)scratch(m, n2, sizeof(uint64_t))) == NULL ||
      (s1 = (uint32_t *)scratch(m, n1, sizeof(uint32_t))) == NULL ||
      (s2 = (uint32_t *)scratch(m, n2, sizeof(uint32_t))) == NULL ||
      (g1 = (uint32_t *)scratch(m, n1, sizeof(uint32_t))) == NULL ||
      (g2 = (uint32_t *)scratch(m, n2, sizeof(uint32_t))) == NULL)
    goto done;
  for (i = 0; i < g->n; i++) {
    const SKey *k = &g->k[g->start[i]];
    if ((g->word[i] < 0 && g->ne[i] == 0) || !quickkey(k, c)) continue;
    if (k->keylen <= 8) { g1[k1] = (uint32_t)i; h1[k1++] = wordhash(c, 8); }
    else { g2[k2] = (uint32_t)i; h2[k2++] = wordhash(c, 16); }
  }
  if ((r = ph_build(m, lx, h1, n1, 0, &lx->qph, s1)) != DS_OK ||
      (r = ph_build(m, lx, h2, n2, 0, &lx->q2ph, s2)) != DS_OK)
    goto done;
  r = DS_ENOMEM;
  if ((lx->quick = (ds_LexQuick *)newarray(m, lx, lx->qph.nslot,
                                           sizeof(ds_LexQuick))) == NULL ||
      (lx->quick2 = (ds_LexQuick2 *)newarray(m, lx, lx->q2ph.nslot,
                                             sizeof(ds_LexQuick2))) == NULL)
    goto done;
  for (i = 0; i < lx->qph.nslot; i++) lx->quick[i].k = DS_LEX_NOKEY;
  for (i = 0; i < lx->q2ph.nslot; i++) lx->quick2[i].k0 = DS_LEX_NOKEY;
  for (i = 0; i < n1; i++) {
    const SKey *k = &g->k[g->start[g1[i]]];
    ds_LexQuick *q;
    if (s1[i] == PH_NONE) continue;           /* its bucket failed */
    q = &lx->quick[s1[i]];
    quickkey(k, c);
    q->k = c[0] | ds_lex_lenbits(k->keylen);
    q->info = quickinfo(lx, g, g1[i], &q->sym);
  }
  for (i = 0; i < n2; i++) {
    const SKey *k = &g->k[g->start[g2[i]]];
    ds_LexQuick2 *q;
    if (s2[i] == PH_NONE) continue;
    q = &lx->quick2[s2[i]];
    quickkey(k, c);
    q->k0 = c[0];
    q->k1 = c[1] | ds_lex_lenbits(k->keylen - 8);
    q->info = quickinfo(lx, g, g2[i], &q->sym);
  }
  r = DS_OK;
done:
  unscratch(m, h1, n1, sizeof(uint64_t));
  unscratch(m, h2, n2, sizeof(uint64_t));
  unscratch(m, s1, n1, sizeof(uint32_t));
  unscratch(m, s2, n2, sizeof(uint32_t));
  unscratch(m, g1, n1, sizeof(uint32_t));
  unscratch(m, g2, n2, sizeof(uint32_t));
  return r;
}

int ds_lex_build (ds_Mem *m, ds_LexBuild *b, size_t nentry, ds_Lexicon *lx) {
  Groups g;
  int r;
  ds_lex_init(lx);
  lx->nentry = nentry;
  lx->bytes = sizeof(*lx);
  if ((r = groups_make(m, b, lx, &g)) == DS_OK &&
      (r = build_words(m, lx, &g)) == DS_OK &&
      (r = build_wild(m, lx, &g)) == DS_OK &&
      (r = build_phrases(m, b, lx)) == DS_OK &&
      (r = build_automaton(m, lx)) == DS_OK)
    r = build_quick(m, lx, &g);
  groups_free(m, &g);
  return r;
}


/* ---------------------------------------------------------------- */
