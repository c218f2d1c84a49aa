/*
** ds_quant.h -- quantities, dates and changes read from a document's
** tokens: the figures of deal news as typed, normalized values.
** The C core allocates through a ds_Mem and returns DS_OK or
** DS_ENOMEM; ds_quant_lua.c turns the figures into Lua tables.
** See LICENSE for copyright and licence.
*/
#ifndef ds_quant_h
#define ds_quant_h

#include "ds.h"

/* figure kinds */
enum ds_QKind {
  DS_QK_NUMBER = 1, DS_QK_PERCENT, DS_QK_MONEY, DS_QK_MASS, DS_QK_COUNT,
  DS_QK_DURATION, DS_QK_DATE, DS_QK_CHANGE
};

/* qualifiers ("at least one year") */
enum ds_QBound {
  DS_QB_NONE = 0, DS_QB_ATLEAST, DS_QB_ATMOST, DS_QB_ABOUT, DS_QB_UPTO,
  DS_QB_MORETHAN, DS_QB_LESSTHAN
};

/* the amounts of a figure: one value, a range, or a change's parts */
enum ds_QPart { DS_QP_VALUE = 0, DS_QP_FROM, DS_QP_TO, DS_QP_BY, DS_QP_N };

/* ds_Figure.has: which parts are stated; .range: which are ranges */
#define DS_QH(p)  (1u << (p))

/* ds_Figure.dflags */
#define DS_QD_YEAR     0x01   /* the year is known */
#define DS_QD_RESOLVED 0x02   /* ... and came from the reference date */
#define DS_QD_SPAN     0x04   /* a span of years: y .. y2 (1986/87, 1970s) */
#define DS_QD_DAYS     0x08   /* a span of days: day .. day2 (May 15-30) */

typedef struct ds_Figure {
  uint32_t start, stop;       /* bytes, 0-based, stop exclusive */
  uint32_t bstart, bstop;     /* the qualifier's bytes (bstop 0: none) */
  uint32_t nstart, nstop;     /* count: the counted noun as written */
  uint32_t pstart, pstop;     /* a rate's denominator as written
                                 ("100 kg"), when 'per' is NULL */
  const char *unit;           /* "%", "pp", ISO 4217, "t", "day"...
                                 or NULL (numbers, counts, dates) */
  const char *by_unit;        /* change: unit of 'by' when it differs */
  const char *per;            /* rate period: "year", "month"... */
  double lo[DS_QP_N], hi[DS_QP_N];  /* per part: value, or low..high */
  double factor;              /* change: halved 0.5, doubled 2 */
  uint8_t kind, bound;        /* DS_QK_*, DS_QB_* */
  uint8_t has, range;         /* DS_QH(part) bits */
  int8_t dir;                 /* change: -1 down, +1 up, 0 unknown */
  uint8_t dflags;             /* dates: DS_QD_* */
  uint8_t month, day, day2;   /* dates: 0 when not stated */
  int16_t year, year2;        /* dates: year2 for spans */
  uint8_t isfactor;           /* change: 'factor' is set */
  uint8_t percount;           /* per: 1 when pstart..pstop is used */
} ds_Figure;

typedef struct ds_Figures {
  ds_Figure *v;
  size_t n, cap;
} ds_Figures;

/*
** A hash index over the keyword table: the reader looks up every word
** of the text, and a binary search over the table would cost it most
** of its time. It holds no pointers and needs no allocation; the Lua
** binding builds one per state when the module is opened.
*/
#define DS_QINDEX_SIZE 2048   /* a power of two, over 3 x the words */
#define DS_QPAIRS (27 * 27)    /* first two letters (or letter, end) */
typedef struct ds_QIndex {
  uint16_t slot[DS_QINDEX_SIZE];   /* table index + 1, 0 for empty */
  /* per first two letters, a bit per length (1 .. 15) of the words
     that begin so: most words of a text are rejected with one load */
  uint16_t any[DS_QPAIRS];         /* every keyword */
  uint16_t trig[DS_QPAIRS];        /* words a figure can start with */
} ds_QIndex;

/* the classes of words a figure can start with */
#define DS_QW_TRIGGER (DS_QW_UNIT | DS_QW_TENS | DS_QW_MONTH | \
                       DS_QW_FACTOR | DS_QW_HALF | DS_QW_ART)

/* the pair index of a word's first two bytes (folded), or -1 */
static inline int ds_qpair (const char *w, size_t len) {
  int a = (unsigned char)w[0] | 0x20, b;
  if (a < 'a' || a > 'z') return -1;
  if (len == 1) return (a - 'a') * 27 + 26;
  b = (unsigned char)w[1] | 0x20;
  if (b < 'a' || b > 'z') b = 'a' + 26;   /* u.s., o'clock */
  return (a - 'a') * 27 + (b - 'a');
}

DS_FUNC void ds_qindex_init (ds_QIndex *x);

typedef struct ds_QOpts {
  int ref_y, ref_m, ref_d;    /* reference date; ref_y 0: none */
  const ds_QIndex *index;     /* NULL: binary search (slower) */
  size_t until;               /* 0, or stop at the first token that starts
                                 at byte 'until' (0-based) or later */
} ds_QOpts;

/*
** Append to 'out' the figures of 'd', in text order and never
** overlapping. With o->until, the reading stops at the first token
** that starts at or after that byte: the figures found are those of
** the whole text found before it, a prefix of them that holds every
** figure ending at or before byte 'until' (a figure found at a token
** ends with it or after it). Returns DS_OK or DS_ENOMEM (then 'out'
** holds what was found so far; the caller frees it with ds_quant_free).
*/
DS_FUNC int ds_quantities (ds_Mem *m, const ds_Doc *d, const ds_QOpts *o,
                           ds_Figures *out);
DS_FUNC void ds_quant_free (ds_Mem *m, ds_Figures *f);

/* keyword tables (ds_quant_words.c) */
typedef struct ds_QWord {
  const char *w;              /* folded (ASCII lower case) */
  uint32_t cls;               /* DS_QW_* bits */
  int16_t v;                  /* per class: value, exponent, id */
} ds_QWord;

#define DS_QW_UNIT     0x00000001u   /* zero .. nineteen: v */
#define DS_QW_TENS     0x00000002u   /* twenty .. ninety: v */
#define DS_QW_HUNDRED  0x00000004u
#define DS_QW_SCALE    0x00000008u   /* million, mln, bn: v = exponent */
#define DS_QW_GLUEDSC  0x00000010u   /* a scale only glued: 12m, 5k */
#define DS_QW_DOZEN    0x00000020u
#define DS_QW_ART      0x00000040u   /* a, an */
#define DS_QW_PCT      0x00000080u   /* percent, pct */
#define DS_QW_POINT    0x00000100u   /* point(s), pts */
#define DS_QW_CUR      0x00000200u   /* dollars, dlrs, yen: v = currency */
#define DS_QW_CODE     0x00000400u   /* USD, RMB, Rs: v = currency */
#define DS_QW_CURADJ   0x00000800u   /* Canadian, Swiss, U.S.: v = adj */
#define DS_QW_MASS     0x00001000u   /* tonnes, kg: v = mass unit */
#define DS_QW_MASSMOD  0x00002000u   /* metric, short, long: v */
#define DS_QW_PERIOD   0x00004000u   /* day(s) .. year(s): v = period */
#define DS_QW_PERADV   0x00008000u   /* annually, monthly: v = period */
#define DS_QW_MONTH    0x00010000u   /* v = 1 .. 12 */
#define DS_QW_MONABBR  0x00020000u   /* Jan, Sept (needs . or a number) */
#define DS_QW_DATECTX  0x00040000u   /* in, since, until: a month follows */
#define DS_QW_RELDATE  0x00080000u   /* last, next, this: v = -1, 1, 0 */
#define DS_QW_FACTOR   0x00100000u   /* halved, doubled: v = factor * 4 */
#define DS_QW_STOP     0x00200000u   /* ends a counted noun phrase */
#define DS_QW_DESIG    0x00400000u   /* Section, Type, Article: a label */
#define DS_QW_TIME     0x00800000u   /* a.m., p.m., GMT */
#define DS_QW_ORD      0x01000000u   /* st, nd, rd, th */
#define DS_QW_PLURAL   0x02000000u   /* people, cattle: plural nouns */
#define DS_QW_DENOM    0x04000000u   /* tonne, bushel: "a tonne" is a rate */
#define DS_QW_CENT     0x08000000u   /* cents, cts */
#define DS_QW_HALF     0x10000000u   /* half */
#define DS_QW_QUARTER  0x20000000u   /* quarter (also a period) */
#define DS_QW_NOCOUNT  0x40000000u   /* never a counted noun: times */
#define DS_QW_BEND     0x80000000u   /* ends a qualifier: least, than */

DS_FUNC const ds_QWord *ds_qword (const char *fold, size_t len);
/* the entry for the 'len' bytes at 's' (any case), or NULL */
DS_FUNC const ds_QWord *ds_qindex_find (const ds_QIndex *x, const char *s,
                                        size_t len, uint32_t hash);

/*
** The index's hash of a word (len >= 1): its length and its first and
** last two bytes in lower case. Constant time, so a look-up costs the
** same for a long word as for "a".
*/
static inline uint32_t ds_qhash (const char *w, size_t len) {
  uint32_t a = ds_lower[(unsigned char)w[0]];
  uint32_t b = ds_lower[(unsigned char)w[len > 1 ? 1 : 0]];
  uint32_t c = ds_lower[(unsigned char)w[len - 1]];
  uint32_t d = ds_lower[(unsigned char)w[len > 2 ? len - 2 : 0]];
  uint32_t h = ((uint32_t)len * 0x9E3779B1u) ^ (a | b << 8 | c << 16 | d << 24);
  h *= 0x85EBCA6Bu;
  return h ^ (h >> 15);
}
DS_FUNC int ds_quant_check (void);   /* 1 when the tables are sorted */

/* the ISO 4217 code of currency id 'id' (NULL for DS_CUR_AMBIG) */
DS_FUNC const char *ds_qcurrency (int id);
/*
** The currency id of currency word class 'cur' (a DS_CUR_* or
** DS_FAM_* value) after adjective 'adj' (DS_ADJ_*, 0 for none), or
** DS_CUR_NONE when the pair makes no currency ("Swiss dollars").
*/
DS_FUNC int ds_qcur_adj (int adj, int cur);

/* currency ids (index of ds_qcurrency) */
enum {
  DS_CUR_NONE = 0, DS_CUR_USD, DS_CUR_EUR, DS_CUR_CNY, DS_CUR_JPY,
  DS_CUR_GBP, DS_CUR_KRW, DS_CUR_INR, DS_CUR_CHF, DS_CUR_CAD, DS_CUR_AUD,
  DS_CUR_HKD, DS_CUR_TWD, DS_CUR_SGD, DS_CUR_NZD, DS_CUR_BRL, DS_CUR_MXN,
  DS_CUR_RUB, DS_CUR_TRY, DS_CUR_DEM, DS_CUR_FRF, DS_CUR_ITL, DS_CUR_NLG,
  DS_CUR_BEF, DS_CUR_XEU, DS_CUR_XDR, DS_CUR_MYR, DS_CUR_THB, DS_CUR_IDR,
  DS_CUR_ZAR, DS_CUR_SAR, DS_CUR_SEK, DS_CUR_NOK, DS_CUR_DKK, DS_CUR_PHP,
  DS_CUR_PKR, DS_CUR_FIM, DS_CUR_LUF, DS_CUR_XOF, DS_CUR_ILS, DS_CUR_AED,
  DS_CUR_NGN, DS_CUR_VND, DS_CUR_PLN, DS_CUR_ARS, DS_CUR_CLP, DS_CUR_EGP,
  DS_CUR_LKR, DS_CUR_ESP, DS_CUR_ATS, DS_CUR_PTE,
  DS_CUR_AMBIG,                 /* francs, crowns, pesos: not known */
  DS_CUR_N
};

/* currency words that name a family: the adjective decides the code */
enum {
  DS_FAM_DOLLAR = 64, DS_FAM_POUND, DS_FAM_RUPEE, DS_FAM_FRANC,
  DS_FAM_MARK, DS_FAM_PESO, DS_FAM_CROWN, DS_FAM_WON
};

/* currency adjectives (DS_QW_CURADJ v) */
enum {
  DS_ADJ_US = 1, DS_ADJ_CANADIAN, DS_ADJ_AUSTRALIAN, DS_ADJ_HONGKONG,
  DS_ADJ_TAIWAN, DS_ADJ_SINGAPORE, DS_ADJ_NEWZEALAND, DS_ADJ_SWISS,
  DS_ADJ_FRENCH, DS_ADJ_BELGIAN, DS_ADJ_LUXEMBOURG, DS_ADJ_CFA,
  DS_ADJ_GERMAN, DS_ADJ_FINNISH, DS_ADJ_DANISH, DS_ADJ_NORWEGIAN,
  DS_ADJ_SWEDISH, DS_ADJ_MEXICAN, DS_ADJ_PHILIPPINE, DS_ADJ_ARGENTINE,
  DS_ADJ_CHILEAN, DS_ADJ_INDIAN, DS_ADJ_PAKISTANI, DS_ADJ_SRILANKAN,
  DS_ADJ_SAUDI, DS_ADJ_EGYPTIAN, DS_ADJ_CHINESE, DS_ADJ_JAPANESE,
  DS_ADJ_KOREAN, DS_ADJ_MALAYSIAN, DS_ADJ_BRITISH, DS_ADJ_IRISH,
  DS_ADJ_ISRAELI
};

/* mass units (DS_QW_MASS v) and their modifiers (DS_QW_MASSMOD v) */
enum { DS_MASS_TONNE = 1, DS_MASS_TON, DS_MASS_KG, DS_MASS_LB,
       DS_MASS_POUND, DS_MASS_MMT };
enum { DS_MMOD_METRIC = 1, DS_MMOD_SHORT, DS_MMOD_LONG };

/* the last words of qualifiers (DS_QW_BEND v) */
enum { DS_BE_LEAST = 1, DS_BE_THAN, DS_BE_OF, DS_BE_MOST, DS_BE_TO,
       DS_BE_ESTIMATED, DS_BE_OVER, DS_BE_ABOVE, DS_BE_EXCEEDING,
       DS_BE_UNDER, DS_BE_BELOW, DS_BE_ABOUT, DS_BE_AROUND,
       DS_BE_APPROXIMATELY, DS_BE_APPROX, DS_BE_ROUGHLY, DS_BE_SOME,
       DS_BE_NEARLY, DS_BE_ALMOST, DS_BE_CIRCA };

/* periods (DS_QW_PERIOD, DS_QW_PERADV v) */
enum { DS_PER_DAY = 1, DS_PER_WEEK, DS_PER_MONTH, DS_PER_QUARTER,
       DS_PER_YEAR, DS_PER_DECADE };

#endif
