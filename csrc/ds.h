/*
** ds.h -- shared declarations of the dealscope C core.
** The core is plain C99 and does not depend on Lua: every function
** that allocates takes a ds_Mem (an allocator with the signature of
** lua_Alloc) and reports failure with a return code, never by a
** longjmp. The Lua bindings (files named *_lua.c) own every block the
** core allocates through a userdata, so a Lua error can never leak it.
** See LICENSE for copyright and licence.
*/
#ifndef ds_h
#define ds_h

#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__) && !defined(DS_FUZZ)
#define DS_FUNC __attribute__((visibility("hidden"))) extern
#else
#define DS_FUNC extern
#endif

/* return codes of core functions */
#define DS_OK      0
#define DS_ENOMEM  1   /* the allocator failed */
#define DS_ETOOBIG 2   /* text longer than DS_MAXTEXT */

/* offsets are 32-bit: texts up to 4 GiB - 1 */
#define DS_MAXTEXT ((size_t)UINT32_MAX - 1)

/* an allocator: same contract as lua_Alloc (nsize 0 frees) */
typedef void *(*ds_Alloc)(void *ud, void *ptr, size_t osize, size_t nsize);

typedef struct ds_Mem {
  ds_Alloc f;
  void *ud;
} ds_Mem;

/*
** Grow '*p' (an array of 'elsize'-byte elements with room for '*cap')
** so that it holds at least 'need' elements. Returns DS_OK or
** DS_ENOMEM; on failure '*p' and '*cap' are unchanged.
*/
DS_FUNC int ds_grow (ds_Mem *m, void **p, size_t *cap, size_t need,
                     size_t elsize);
DS_FUNC void ds_free (ds_Mem *m, void *p, size_t cap, size_t elsize);


/* ---------------------------------------------------------------- */
/* tokens (ds_token.c)                                               */
/* ---------------------------------------------------------------- */

enum ds_TokenKind {
  DS_TK_WORD = 1,    /* letters, digits after a letter, U.S., e-mail, URL */
  DS_TK_NUMBER,      /* digits with inner , or . groups: 1,250.5 */
  DS_TK_PUNCT,       /* . , ; : ! ? ( ) [ ] " ' - / ... quotes, dashes */
  DS_TK_SYMBOL,      /* % $ EUR YEN GBP & # + = and other signs */
  DS_TK_OPAQUE       /* bytes that are not valid UTF-8 */
};
#define DS_TK_NKINDS 6

/* token flags */
#define DS_TF_SPACE   0x0001  /* white space before the token */
#define DS_TF_NL      0x0002  /* a line break before the token */
#define DS_TF_BLANK   0x0004  /* a blank line before the token */
#define DS_TF_INDENT  0x0008  /* first on its line, after indentation */
#define DS_TF_CAP     0x0010  /* first letter is upper case */
#define DS_TF_UPPER   0x0020  /* has letters, all upper case */
#define DS_TF_ABBR    0x0040  /* dotted abbreviation: U.S., a.m., e.g. */
#define DS_TF_CLITIC  0x0080  /* possessive 's split from its word */
#define DS_TF_URL     0x0100  /* URL or e-mail address */
#define DS_TF_DIGIT   0x0200  /* a word that contains a digit: G7, A320 */
#define DS_TF_NONASCII 0x0400 /* has bytes >= 0x80 */
#define DS_TF_LOWER   0x0800  /* first letter is lower case */
#define DS_TF_PUBLIC  0x0FFF  /* the flags above */

/* bits of 'flags' the tokenizer sets for the segmenter: which tokens its
   loops look at (ds_sentences and ds_clauses read them, so they take
   tokens from ds_tokenize); not flags of the token, doc:token leaves
   them out */
#define DS_TF_MSENT   0x1000  /* a line break, "U.S.", . ! ? ... quotes,
                                 brackets: the sentence loop */
#define DS_TF_MCOMMA  0x2000  /* , */
#define DS_TF_MAFTER  0x4000  /* ; : (a clause may start after it) */
#define DS_TF_MAND    0x8000  /* first byte 'a' or 'A' (an "and"?) */

typedef struct ds_Token {
  uint32_t start;    /* 0-based byte offset of the first byte */
  uint32_t len;      /* length in bytes (>= 1) */
  uint16_t flags;    /* DS_TF_* */
  uint8_t kind;      /* DS_TK_* */
  uint8_t punct;     /* PUNCT: the folded ASCII char; SYMBOL: its byte
                        when ASCII; else 0 */
} ds_Token;

typedef struct ds_Tokens {
  ds_Token *v;
  size_t n, cap;
} ds_Tokens;

/* Tokenize 'len' bytes of 's' into 'out' (appends). */
DS_FUNC int ds_tokenize (ds_Mem *m, const char *s, size_t len,
                         ds_Tokens *out);


/* ---------------------------------------------------------------- */
/* UTF-8 and folding (ds_utf8.c)                                     */
/* ---------------------------------------------------------------- */

/* character classes */
enum ds_CharClass {
  DS_CC_SPACE = 1, DS_CC_NEWLINE, DS_CC_LETTER, DS_CC_DIGIT,
  DS_CC_PUNCT, DS_CC_SYMBOL, DS_CC_INVALID, DS_CC_JOIN
};

/*
** Decode the code point at s[i] (i < n). Returns its length in bytes
** (1..4), or 0 when the bytes there are not valid UTF-8 (overlong,
** surrogate, truncated, > U+10FFFF).
*/
DS_FUNC int ds_utf8_decode (const unsigned char *s, size_t n, size_t i,
                            uint32_t *cp);

/* the class of a code point (ASCII or not) */
DS_FUNC int ds_cp_class (uint32_t cp);

/* upper-case letter? lower-case letter? (ASCII, Latin, Greek, Cyrillic) */
DS_FUNC int ds_cp_isupper (uint32_t cp);
DS_FUNC int ds_cp_islower (uint32_t cp);

/*
** Fold one code point for matching: lower case, Latin accents removed,
** curly quotes to ASCII quotes, dashes to '-', ellipsis to "...".
** Writes at most 4 bytes to 'out' and returns how many (0: the code
** point vanishes, as a soft hyphen does).
*/
DS_FUNC int ds_fold_cp (uint32_t cp, char out[4]);

/*
** Fold 'len' bytes of 's' into 'out' (at most 3 * len + 1 bytes,
** caller-sized). Invalid bytes are copied as they are. Returns the
** folded length.
*/
DS_FUNC size_t ds_fold (const char *s, size_t len, char *out);

/* ASCII lower-case table shared by hot loops */
extern const unsigned char ds_lower[256];


/* ---------------------------------------------------------------- */
/* sentences and clauses (ds_segment.c)                              */
/* ---------------------------------------------------------------- */

#define DS_SF_HEADING 0x01   /* a line without end punctuation */

typedef struct ds_Span {
  uint32_t first, last;      /* token indices, 0-based, inclusive */
  uint32_t start, stop;      /* byte offsets, 0-based, stop exclusive */
  uint32_t sentence;         /* clauses: index of their sentence */
  int32_t subject;           /* clauses: clause whose subject this one
                                shares (coordination), or -1 */
  uint16_t flags;
  uint16_t split;            /* clauses: DS_SPLIT_* that opened it */
} ds_Span;

/* why a clause starts where it does */
enum ds_Split {
  DS_SPLIT_START = 0,  /* first clause of its sentence */
  DS_SPLIT_SEMI,       /* after ';' */
  DS_SPLIT_COLON,      /* after ':' */
  DS_SPLIT_COORD,      /* coordinated verb phrase: ", resume Y", "and to" */
  DS_SPLIT_SUBORD,     /* subordinate marker: ", while", ", as" */
  DS_SPLIT_INCLUDING,  /* ", including scrapping ..." */
  DS_SPLIT_CONTRAST    /* ", but" */
};

typedef struct ds_Spans {
  ds_Span *v;
  size_t n, cap;
} ds_Spans;

DS_FUNC int ds_sentences (ds_Mem *m, const char *s, size_t len,
                          const ds_Tokens *t, ds_Spans *out);
DS_FUNC int ds_clauses (ds_Mem *m, const char *s, size_t len,
                        const ds_Tokens *t, const ds_Spans *sent,
                        ds_Spans *out);
/* ds_sentences into 'sent', then ds_clauses into 'clause', at the cost
   of one pass over the tokens less (what ds_doc_build runs) */
DS_FUNC int ds_segment (ds_Mem *m, const char *s, size_t len,
                        const ds_Tokens *t, ds_Spans *sent,
                        ds_Spans *clause);

/* the words the segmenter knows (ds_words.c) */
DS_FUNC int ds_is_abbrev (const char *fold, size_t len);
DS_FUNC int ds_abbrev_kind (const char *fold, size_t len);
DS_FUNC int ds_is_starter (const char *fold, size_t len);
DS_FUNC int ds_is_datename (const char *fold, size_t len);  /* may, mon */
DS_FUNC int ds_is_saying (const char *fold, size_t len);    /* said */
DS_FUNC int ds_verb_form (const char *fold, size_t len);
DS_FUNC int ds_words_check (void);   /* 1 when every table is sorted */

/* no abbreviation is longer than this (core._selfcheck() verifies) */
#define DS_ABBRMAX 6

/* abbreviation kinds */
enum { DS_AB_NONE = 0, DS_AB_TITLE, DS_AB_MONTH, DS_AB_COMPANY,
       DS_AB_NUMBER, DS_AB_OTHER };

/* verb forms (bit set) */
#define DS_VB_BASE 0x01   /* pause, resume, cut */
#define DS_VB_PAST 0x02   /* paused, signaled, cut */
#define DS_VB_ING  0x04   /* pausing, scrapping */
#define DS_VB_3SG  0x08   /* pauses */
#define DS_VB_NOUN 0x10   /* also a common noun: export, ban, cut */
#define DS_VB_MODAL 0x20  /* will, would, could, may, must, should */


/* ---------------------------------------------------------------- */
/* documents (ds_doc.c): tokens, sentences and clauses of one text   */
/* ---------------------------------------------------------------- */

typedef struct ds_Doc {
  const char *s;        /* the text (owned by the caller) */
  size_t len;
  ds_Tokens tok;
  ds_Spans sent;
  ds_Spans clause;
} ds_Doc;

DS_FUNC void ds_doc_init (ds_Doc *d);
DS_FUNC int ds_doc_build (ds_Mem *m, ds_Doc *d, const char *s, size_t len);
/* ds_doc_build's two steps: the tokens of 's', then its sentences and
   clauses */
DS_FUNC int ds_doc_tokens (ds_Mem *m, ds_Doc *d, const char *s, size_t len);
DS_FUNC int ds_doc_segment (ds_Mem *m, ds_Doc *d);
DS_FUNC void ds_doc_free (ds_Mem *m, ds_Doc *d);

/* the index of the token that holds byte 'pos', or the next one */
DS_FUNC size_t ds_doc_token_at (const ds_Doc *d, size_t pos);

/* the index of the span (sentence or clause) that holds token 'tok' */
DS_FUNC size_t ds_doc_span_of (const ds_Spans *sp, size_t tok);

#endif
