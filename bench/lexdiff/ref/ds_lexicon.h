/*
** ds_lexicon.h -- the phrase lexicon: every word and phrase of every
** rule compiled once into one automaton over folded tokens.
**
** Two levels. A hash table of folded words and a double-array trie of
** folded wildcard prefixes map a text token to its symbols: the id of
** the word it is, the ids of the wildcard prefixes it starts with,
** the exact-case words whose raw bytes it has. A trie over symbol
** sequences (one path per entry variant) then runs with a set of
** active threads, one per start token still alive, so that every
** occurrence is found, overlapping and nested ones too. The cost per
** token depends on the token and on the number of live threads, never
** on the number of entries.
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

/* an edge of the phrase trie (state 0, the root, is never a key), in
   an open hash probed as the word table is */
typedef struct ds_LexEdge {
  uint32_t state, sym;
  uint32_t to;             /* the target state | DS_LEXE_* */
} ds_LexEdge;

#define DS_LEXE_LEAF  0x80000000u  /* the target has no children */
#define DS_LEXE_OUT   0x40000000u  /* entries end at the target */
#define DS_LEXE_MORE  0x20000000u  /* an edge passed this slot */
#define DS_LEXE_STATE 0x1FFFFFFFu

/* state flags */
#define DS_LEXS_LEAF 0x01
#define DS_LEXS_OUT  0x02

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
                              token's first two folded bytes */
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
  size_t emask;
  uint32_t *out;           /* entry ids, by state */
  uint32_t *outoff;        /* state -> out[outoff[s] .. outoff[s + 1]) */
  uint8_t *sflag;          /* DS_LEXS_* by state */
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
** Scan the 'n' tokens 'tok' of text 's'. With 'collect' the matches go
** to sc->m (sc->nm of them), sorted by first, last, id; their number
** goes to '*count' in both modes. Returns DS_OK or DS_ENOMEM.
*/
DS_FUNC int ds_lex_scan (ds_Mem *m, const ds_Lexicon *lx, const char *s,
                         const ds_Token *tok, size_t n, ds_LexScan *sc,
                         int collect, size_t *count);


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

static inline size_t ds_lex_edgehash (uint32_t state, uint32_t sym) {
  uint64_t k = ((uint64_t)state << 32) | sym;
  k = (k ^ (k >> 29)) * DS_LEX_HMUL;
  return (size_t)(k ^ (k >> 32));
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
