/*
** ds_lexicon.h -- the phrase lexicon: every word and phrase of every
** rule compiled once into one automaton over folded tokens.
**
** Two levels. A hash table of folded words and a double-array trie of
** folded wildcard prefixes map a text token to its symbols: the id of
** the word it is, the ids of the wildcard prefixes it starts with,
** the exact-case words whose raw bytes it has. A trie over symbol
** sequences (one path per entry variant), made an Aho-Corasick
** automaton by failure states, then finds every occurrence,
** overlapping and nested ones too: one state while each token carries
** one symbol, a set of threads (one per start token still alive) while
** tokens with several symbols leave live states that are no suffix
** chain. The cost per token depends on the token, never on the number
** of entries.
**
** The scan's fast path (most tokens of most texts) reads two perfect
** hashes: the quick table (ASCII words of up to 16 bytes -> symbol and
** what the scan needs of its root child) and the edges, tried from the
** root child of the token before, so that one token's lookups need not
** wait for the last token's.
**
** Plain C99 over ds_Mem; failures are return codes. A built lexicon is
** immutable and holds no pointer into Lua: any number of scans, from
** any number of Lua states or threads, may read it at once. A scan
** keeps its state in a ds_LexScan the caller owns.
**
** ds_lexicon.c builds, ds_lexscan.c scans; the inline helpers below
** are what both must agree on (how words are folded and hashed).
** See LICENSE for copyright and licence.
*/
#ifndef ds_lexicon_h
#define ds_lexicon_h

#include <string.h>

#include "ds.h"

/* return codes beyond DS_OK / DS_ENOMEM / DS_ETOOBIG */
#define DS_LEX_EEMPTY 16   /* an entry variant without tokens */
#define DS_LEX_ELIMIT 17   /* too many states, symbols or bytes */

/* symbol kinds */
enum { DS_LEXK_WORD, DS_LEXK_EXACT, DS_LEXK_WILD, DS_LEXK_EXACTWILD };

/*
** A slot of the word table (folded token -> symbol): open addressing,
** linear probing. A key lives in its hash's slot or, when that one is
** taken, in a later one; every slot it passed says DS_LEXW_MORE, so
** that a lookup stops at the first slot without it: most stop at once.
*/
typedef struct ds_LexWord {
  uint64_t k0;             /* the first 8 folded bytes, zero padded */
  uint32_t len;            /* DS_LEXW_* flags | folded length */
  uint32_t word;           /* the folded-word symbol; with DS_LEXW_X,
                              the index of the rest in 'wx' */
} ds_LexWord;

#define DS_LEXW_USED  0x80000000u
#define DS_LEXW_X     0x40000000u  /* a long key or exact spellings */
#define DS_LEXW_MORE  0x20000000u  /* a key passed this slot */
#define DS_LEXW_LEN   0x1FFFFFFFu

/* the rest of a word that is longer than 8 bytes or has exact spellings */
typedef struct ds_LexWordX {
  int32_t word;            /* the folded-word symbol, or -1 */
  uint32_t tail;           /* key bytes 8.. in 'tail' (8-byte units) */
  uint32_t x, nx;          /* exact-case symbols: xtra[x .. x + nx) */
} ds_LexWordX;

/* the wildcard symbols of a cell of the prefix trie */
typedef struct ds_LexRange {
  uint32_t x, nx;          /* xtra[x .. x + nx) */
} ds_LexRange;

/* one cell of the double-array trie of wildcard prefixes */
typedef struct ds_LexCell {
  uint32_t base;           /* DS_LEXC_WILD | offset of the children */
  uint32_t check;          /* the parent cell; DS_LEX_FREE when unused */
} ds_LexCell;

#define DS_LEXC_WILD 0x80000000u  /* a wildcard prefix ends here */
#define DS_LEXC_BASE 0x7FFFFFFFu
#define DS_LEX_FREE  0xFFFFFFFFu

/* a wildcard or exact-case symbol */
typedef struct ds_LexExtra {
  uint32_t sym;
  uint32_t kind;           /* DS_LEXK_* */
  uint32_t raw, rawlen;    /* exact kinds: raw bytes in lex->raw */
} ds_LexExtra;

/*
** The hash tables the scan reads per token are perfect: a key's 64-bit
** hash picks a bucket (its top bits), the bucket a displacement, and
** hash and displacement the one slot where the key is, if anywhere. A
** lookup reads one slot and compares once, without a branch; the
** displacements were chosen when the lexicon was built. A bucket whose
** keys could not be placed has displacement 0 (the quick tables only:
** the scan then takes the general path).
*/
typedef struct ds_LexPH {
  uint32_t *disp;          /* by bucket */
  size_t nbucket, nslot;   /* powers of 2 */
  int gshift, sshift;      /* 64 - log2 of each */
} ds_LexPH;

#define DS_LEX_PHMUL 0xD6E8FEB86659FD93u

/* the slot of hash 'h' with displacement 'd' */
static inline size_t ds_lex_phslot (const ds_LexPH *ph, uint64_t h,
                                    uint32_t d) {
  return (size_t)(((h ^ d) * DS_LEX_PHMUL) >> ph->sshift);
}

/* the displacement of hash 'h' */
static inline uint32_t ds_lex_phdisp (const ds_LexPH *ph, uint64_t h) {
  return ph->disp[h >> ph->gshift];
}

/* an edge of the phrase trie (state 0, the root, is never a key: its
   edges are implicit) */
typedef struct ds_LexEdge {
  uint64_t k;              /* state << 32 | symbol; DS_LEX_NOKEY: free */
  uint32_t to;             /* the target state | DS_LEXE_* */
  uint32_t aux;            /* the target's matches | DS_LEXA_UNSAFE */
} ds_LexEdge;

#define DS_LEX_NOKEY  (~(uint64_t)0)

#define DS_LEXE_LEAF  0x80000000u  /* the target has no children */
#define DS_LEXE_OUT   0x40000000u  /* entries end at the target */
#define DS_LEXE_STATE 0x1FFFFFFFu

/* aux: the target's 'cnt' (see ds_LexState), when it fits, and whether
   the scan must look at the target's state before the next token */
#define DS_LEXA_UNSAFE 0x40000000u
#define DS_LEXA_CNT    0x3FFFFFFFu

/*
** The common token, a word of at most 16 ASCII bytes, is looked up in
** a table of its own: the key is its folded bytes, with its length in
** the high bits of bytes 0..2 of the last 8 (ASCII leaves them clear),
** the value its symbol and what the scan needs of the symbol's root
** child, so that such a token costs one slot of this table and one
** edge. Words of 1..8 bytes and of 9..16 have a table each.
*/
typedef struct ds_LexQuick {
  uint64_t k;              /* folded bytes | ds_lex_lenbits(len) */
  uint32_t sym;            /* the folded word's symbol */
  uint32_t info;           /* DS_LEXQ_* | the root child's matches */
} ds_LexQuick;

typedef struct ds_LexQuick2 {
  uint64_t k0;             /* folded bytes 0..7 */
  uint64_t k1;             /* folded bytes 8.. | ds_lex_lenbits(len - 8) */
  uint32_t sym, info;
  uint64_t pad;            /* a slot is 32 bytes: never across lines */
} ds_LexQuick2;

#define DS_LEXQ_SLOW 0x80000000u  /* exact spellings, no folded word or
                                     too many matches: token_syms */
#define DS_LEXQ_KIDS 0x40000000u  /* the symbol's root child has edges */
#define DS_LEXQ_WORD 0x10000000u  /* a key is here */
#define DS_LEXQ_CNT  0x0FFFFFFFu

/* state flags */
#define DS_LEXS_LEAF 0x01
#define DS_LEXS_OUT  0x02

/*
** What a scan reads of a state of the phrase automaton (Aho-Corasick
** over symbols: the failure state of a state is the state of its
** longest proper suffix). 'go' and 'next' skip the states without
** edges, so that a token tries one edge in the common case.
*/
typedef struct ds_LexState {
  uint32_t go;             /* the state or its nearest suffix state that
                              has edges; 0 when none has */
  uint32_t next;           /* 'go' of the failure state: where to try
                              next when no edge of this state fits */
  uint32_t cnt;            /* the matches a visit reports: entries that
                              end here and at every suffix state */
  uint32_t olink;          /* the nearest proper suffix state at which
                              entries end; 0 when none */
} ds_LexState;

typedef struct ds_Lexicon {
  /* level 1a: folded word -> symbol (bucketed hash) */
  ds_LexWord *word;
  ds_LexWordX *wx;
  size_t nwx;
  size_t wmask;            /* slots - 1 */
  int wshift;              /* slot = hash >> wshift */
  uint64_t *wbloom;        /* a filter of the words: most tokens that
                              are no word stop here, in a small array */
  size_t wbmask;           /* its bits - 1 */
  uint64_t *tail;          /* key bytes past the 8th, zero padded */
  size_t ntail;
  size_t maxkey;           /* the longest folded word */
  /* level 1b: folded prefixes -> wildcard symbols (double array) */
  ds_LexCell *cell;
  ds_LexRange *cx;         /* by cell: its wildcard symbols */
  size_t ncell;
  size_t maxwild;          /* the longest folded wildcard prefix */
  uint64_t *wfilter;       /* 65536 bits: a wildcard may start with the
                              token's first three folded bytes */
  size_t maxfold;          /* the larger of maxkey and maxwild */
  int haswild;
  ds_LexExtra *xtra;
  size_t nxtra;
  char *raw;
  size_t nraw;
  size_t maxsyms;          /* most symbols one token can carry */
  /* level 2: symbol sequences -> entries. Symbol s leads from the
     root to state s + 1; the other states follow */
  ds_LexEdge *edge;        /* the edges that do not leave the root */
  ds_LexPH eph;            /* their perfect hash (ds_lex_ehash) */
  ds_LexQuick *quick;      /* ASCII words of 1..8 bytes (the fast path) */
  ds_LexPH qph;            /* its perfect hash (the word hash) */
  ds_LexQuick2 *quick2;    /* ASCII words of 9..16 bytes */
  ds_LexPH q2ph;
  uint32_t *out;           /* entry ids, by state */
  uint32_t *outoff;        /* state -> out[outoff[s] .. outoff[s + 1]) */
  uint8_t *sflag;          /* DS_LEXS_* by state */
  ds_LexState *st;         /* by state: the automaton */
  uint32_t *fail;          /* by state: the failure state (0 the root) */
  uint32_t *depth;         /* by state: symbols from the root */
  uint32_t *clen;          /* by state: its suffix states and itself */
  size_t maxdepth;         /* the longest variant, in tokens */
  size_t nstate, nsym, nentry, nout;
  int dups;                /* an entry may end in two states at once */
  size_t bytes;            /* memory held */
} ds_Lexicon;

/* a growable array (builder internals) */
typedef struct ds_LexVec {
  void *v;
  size_t n, cap;
} ds_LexVec;

/* a lexicon under construction */
typedef struct ds_LexBuild {
  ds_Tokens tok;           /* tokens of the word being added */
  ds_LexVec pool;          /* bytes: folded and raw words */
  ds_LexVec syms;          /* the symbols (see ds_lexicon.c) */
  ds_LexVec shash;         /* uint32: symbol interning hash */
  ds_LexVec ekey, eval;    /* the edge hash while building */
  ds_LexVec outs;          /* (state, id) pairs */
  ds_LexVec seq;           /* symbols of the variant being added */
  size_t nstate, nedge;
  uint32_t maxid;
} ds_LexBuild;

/* a match: token indices (0-based, inclusive) and the entry id */
typedef struct ds_LexMatch {
  uint32_t first, last, id;
} ds_LexMatch;

typedef struct ds_LexThread {
  uint32_t state, first;
} ds_LexThread;

/*
** A word the general path looked up (a short ASCII token that may be a
** wildcard's), kept so that the next time it takes the fast path: what
** its symbols are does not depend on the text, only on the lexicon.
** Only tokens whose symbols do not depend on their case are kept (no
** exact-case entry was tried), with at most one symbol.
*/
typedef struct ds_LexMemo {
  uint64_t k0, k1;         /* its quick key (k1: 0 for up to 8 bytes);
                              0, 0: a free slot */
  uint32_t sym;            /* its symbol, or ~0: none */
  uint32_t info;           /* DS_LEXQ_* as in the quick table, 0: none */
  uint64_t pad;            /* a slot is 32 bytes: never across lines */
} ds_LexMemo;

#define DS_LEX_MEMOBITS 10        /* 1,024 slots, 32 KB */

/* the state of one scan: owned by the caller, reusable */
typedef struct ds_LexScan {
  ds_LexThread *cur, *nxt;
  size_t capcur, capnxt;
  uint32_t *sym;
  size_t capsym;
  uint64_t *fold;          /* the folded token */
  size_t capfold;
  ds_LexMatch *m;          /* the matches of the last collecting scan */
  size_t nm, capm;
  uint32_t *ring;          /* token index by position (the last ones) */
  size_t capring;
  ds_LexMemo *memo;        /* see ds_lexscan_bind; NULL: none */
  const ds_Lexicon *memolx;   /* the lexicon its words are of */
} ds_LexScan;

DS_FUNC void ds_lexb_init (ds_LexBuild *b);
DS_FUNC void ds_lexb_free (ds_Mem *m, ds_LexBuild *b);

/*
** Add one variant of entry 'id' (>= 1) in the simple syntax: words
** separated by white space, each tokenized as text is; '=' before a
** word asks for its exact case, '*' after it makes its last token a
** prefix. Returns DS_OK, DS_ENOMEM, DS_LEX_EEMPTY or DS_LEX_ELIMIT.
*/
DS_FUNC int ds_lexb_add (ds_Mem *m, ds_LexBuild *b, uint32_t id,
                         const char *s, size_t len);

/*
** Compile what 'b' holds into 'lx'. 'nentry' is the number of entries
** (ids 1..nentry). 'b' stays valid and is freed by the caller; on
** failure 'lx' holds what to free with ds_lex_free.
*/
DS_FUNC int ds_lex_build (ds_Mem *m, ds_LexBuild *b, size_t nentry,
                          ds_Lexicon *lx);
DS_FUNC void ds_lex_init (ds_Lexicon *lx);
DS_FUNC void ds_lex_free (ds_Mem *m, ds_Lexicon *lx);

DS_FUNC void ds_lexscan_init (ds_LexScan *sc);
DS_FUNC void ds_lexscan_free (ds_Mem *m, ds_LexScan *sc);

/*
** Let scans of lexicon 'lx' with 'sc' keep the words the general path
** looked up (see ds_LexMemo): a scan with 'sc' of another lexicon
** ignores them. Bind a scan state to one lexicon for its life (until
** ds_lexscan_free): a lexicon freed and another built at its address
** would find the first one's words. Binding again to the same lexicon
** does nothing. Returns DS_OK or DS_ENOMEM.
*/
DS_FUNC int ds_lexscan_bind (ds_Mem *m, ds_LexScan *sc,
                             const ds_Lexicon *lx);

/*
** Scan the 'n' tokens 'tok' of text 's'. With 'collect' the matches go
** to sc->m (sc->nm of them), sorted by first, last, id; their number
** goes to '*count' in both modes. Returns DS_OK or DS_ENOMEM.
*/
DS_FUNC int ds_lex_scan (ds_Mem *m, const ds_Lexicon *lx, const char *s,
                         const ds_Token *tok, size_t n, ds_LexScan *sc,
                         int collect, size_t *count);

/*
** Count the matches in the 'len' bytes of text 's', tokenizing a chunk
** of about 'chunk' bytes at a time into 'tok' (scratch: its tokens are
** overwritten), so that memory stays bounded whatever the length of
** the text. The count is that of ds_lex_scan over all the tokens of the
** text. Returns DS_OK, DS_ENOMEM or DS_ETOOBIG.
*/
DS_FUNC int ds_lex_count_text (ds_Mem *m, const ds_Lexicon *lx,
                               const char *s, size_t len, size_t chunk,
                               ds_Tokens *tok, ds_LexScan *sc,
                               size_t *count);


/*
** What the builder and the scanner share. A folded word is handled as
** 8-byte chunks, byte i in bits 8 * (i % 8) of chunk i / 8, zero
** padded; its hash chains the chunks. No folded token holds a NUL
** byte, so the chunks alone tell words apart.
*/
#define DS_LEX_HSEED 0x9E3779B97F4A7C15u
#define DS_LEX_HMUL  0xBF58476D1CE4E5B9u

static inline uint64_t ds_lex_hashstep (uint64_t h, uint64_t chunk) {
  return (h ^ chunk) * DS_LEX_HMUL;
}

/* the slot of hash 'h' in the word table (its top bits) */
static inline size_t ds_lex_slot (const ds_Lexicon *lx, uint64_t h) {
  return (size_t)(h >> lx->wshift);
}

/* the bit of hash 'h' in the word filter (not the bits of the bucket) */
static inline size_t ds_lex_wbit (const ds_Lexicon *lx, uint64_t h) {
  return (size_t)(h >> 20) & lx->wbmask;
}

static inline uint64_t ds_lex_ekey (uint32_t state, uint32_t sym) {
  return ((uint64_t)state << 32) | sym;
}

/*
** The hash of an edge key in the perfect hash (a bijection: keys never
** share a hash). The perfect hash reads only its top bits, which a
** multiplication mixes from every bit of the key; one multiplication
** is all a scan's step pays.
*/
static inline uint64_t ds_lex_ehash (uint64_t k) {
  return k * DS_LEX_HMUL;
}

/* the hash of an edge key in the builder's table, which reads its low
   bits: mixed further, so that they depend on the state too */
static inline size_t ds_lex_edgehash (uint32_t state, uint32_t sym) {
  uint64_t k = ds_lex_ehash(ds_lex_ekey(state, sym));
  return (size_t)(k ^ (k >> 32));
}

/*
** The edge (state, sym): its 'to' word (0 when there is none) and, in
** '*aux', its aux word.
*/
static inline uint32_t ds_lex_edge (const ds_Lexicon *lx, uint32_t state,
                                    uint32_t sym, uint32_t *aux) {
  uint64_t key = ds_lex_ekey(state, sym), h = ds_lex_ehash(key);
  const ds_LexEdge *e =
    &lx->edge[ds_lex_phslot(&lx->eph, h, ds_lex_phdisp(&lx->eph, h))];
  if (e->k != key) return 0;
  *aux = e->aux;
  return e->to;
}

/*
** What the fast path needs of symbol 'sym' beyond itself: its root
** child's matches and whether that child has edges, as DS_LEXQ_* bits;
** DS_LEXQ_SLOW when the matches do not fit.
*/
static inline uint32_t ds_lex_rootinfo (const ds_Lexicon *lx, uint32_t sym) {
  uint32_t r = sym + 1;
  if (lx->st[r].cnt > DS_LEXQ_CNT) return DS_LEXQ_SLOW | DS_LEXQ_WORD;
  return lx->st[r].cnt | DS_LEXQ_WORD |
         (lx->st[r].go == r ? DS_LEXQ_KIDS : 0);
}

/* the bit of the wildcard filter for a token whose first four folded
   bytes (zero padded) are 'head' */
static inline size_t ds_lex_wildbit (uint64_t head) {
  return (size_t)(((head & 0xFFFFFFFF) * DS_LEX_HSEED) >> 48);
}

/* the wildcard filter 'filter' lets by a token whose head is 'head' */
static inline int ds_lex_wildhit (const uint64_t *filter, uint64_t head) {
  size_t f = ds_lex_wildbit(head);
  return (int)((filter[f / 64] >> (f % 64)) & 1);
}

/* the wildcard filter says no wildcard prefix starts this token */
static inline int ds_lex_nowild (const ds_Lexicon *lx, uint64_t head) {
  return !lx->haswild || !ds_lex_wildhit(lx->wfilter, head);
}

/* the key bits that say a quick key's length (1..8; only len & 7
   counts): a constant expression too, for tables */
#define DS_LEX_LENBITS(len) \
  (((uint64_t)((len) & 1) << 7) | ((uint64_t)((len) & 2) << 14) | \
   ((uint64_t)((len) & 4) << 21))

static inline uint64_t ds_lex_lenbits (size_t len) {
  return DS_LEX_LENBITS(len);
}

/*
** A hyphen or dash token that joins the tokens on both sides, with no
** white space around it: left out of entries and texts alike.
*/
static inline int ds_lex_joining (const ds_Token *t, size_t i, size_t n) {
  return t[i].kind == DS_TK_PUNCT &&
         (t[i].punct == '-' || t[i].punct == 'D') &&
         i > 0 && i + 1 < n && !(t[i].flags & DS_TF_SPACE) &&
         !(t[i + 1].flags & DS_TF_SPACE);
}

#endif
