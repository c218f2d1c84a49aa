/*
** ds_json.h -- a small JSON writer and lexer over ds_Mem.
** The writer never produces invalid JSON or invalid UTF-8, whatever
** bytes it is given: control characters, '"' and '\' are escaped and
** every byte that does not start a valid UTF-8 sequence becomes
** U+FFFD. The lexer reads JSON text token by token for a decoder that
** builds values of its own (the Lua binding builds Lua tables).
** See LICENSE for copyright and licence.
*/
#ifndef ds_json_h
#define ds_json_h

#include "ds.h"

/* a growable byte buffer */
typedef struct ds_Buf {
  char *p;
  size_t n, cap;
} ds_Buf;

DS_FUNC void ds_buf_init (ds_Buf *b);
DS_FUNC void ds_buf_free (ds_Mem *m, ds_Buf *b);
DS_FUNC int ds_buf_add (ds_Mem *m, ds_Buf *b, const void *s, size_t len);
DS_FUNC int ds_buf_addc (ds_Mem *m, ds_Buf *b, int c);

/* the length of the longest prefix of s that is valid UTF-8 */
DS_FUNC size_t ds_utf8_valid (const char *s, size_t len);

/* "..." with every needed escape; invalid UTF-8 bytes become U+FFFD */
DS_FUNC int ds_json_string (ds_Mem *m, ds_Buf *b, const char *s,
                            size_t len);
DS_FUNC int ds_json_integer (ds_Mem *m, ds_Buf *b, int64_t v);
/*
** A float as the shortest text that reads back to the same double,
** always with a '.' or an exponent (so a reader can tell 20.0 from
** 20); NaN and infinities, which JSON lacks, become null.
*/
DS_FUNC int ds_json_number (ds_Mem *m, ds_Buf *b, double v);


/*
** A sink receives a tree of values. The JSON writer is one sink; the
** Lua binding has another that builds tables, so a deal is walked by
** one function whatever it is turned into.
*/
typedef struct ds_Sink ds_Sink;
struct ds_Sink {
  int (*open) (ds_Sink *k, int array);            /* '{' or '[' */
  int (*close) (ds_Sink *k, int array);           /* '}' or ']' */
  int (*key) (ds_Sink *k, const char *s, size_t len);
  int (*str) (ds_Sink *k, const char *s, size_t len);
  int (*integer) (ds_Sink *k, int64_t v);
  int (*number) (ds_Sink *k, double v);
  int (*boolean) (ds_Sink *k, int v);
};

#define DS_JSON_MAXDEPTH 64

/* the JSON writer as a sink */
typedef struct ds_JsonOut {
  ds_Sink sink;
  ds_Mem *m;
  ds_Buf *b;
  int depth;
  unsigned char first[DS_JSON_MAXDEPTH];  /* nothing written yet at depth */
} ds_JsonOut;

DS_FUNC void ds_jsonout_init (ds_JsonOut *o, ds_Mem *m, ds_Buf *b);

/* convenience for walkers: key then value */
DS_FUNC int ds_sink_kstr (ds_Sink *k, const char *key, const char *s,
                          size_t len);
DS_FUNC int ds_sink_kint (ds_Sink *k, const char *key, int64_t v);
DS_FUNC int ds_sink_kbool (ds_Sink *k, const char *key, int v);


/* ---------------------------------------------------------------- */
/* the lexer                                                         */
/* ---------------------------------------------------------------- */

enum ds_JsonTok {
  DS_JT_ERROR = 0, DS_JT_EOF, DS_JT_LBRACE, DS_JT_RBRACE, DS_JT_LBRACKET,
  DS_JT_RBRACKET, DS_JT_COLON, DS_JT_COMMA, DS_JT_STRING, DS_JT_NUMBER,
  DS_JT_TRUE, DS_JT_FALSE, DS_JT_NULL
};

typedef struct ds_JsonLex {
  const char *s;
  size_t len, pos;
  size_t tpos;          /* where the last token started */
  const char *err;      /* DS_JT_ERROR: what is wrong (static text) */
  int nomem;            /* DS_JT_ERROR: the allocator failed */
} ds_JsonLex;

DS_FUNC void ds_jsonlex_init (ds_JsonLex *x, const char *s, size_t len);

/*
** The next token. For a string, its decoded bytes go to 'str' (reset
** first): escapes resolved, a lone surrogate escape and every invalid
** UTF-8 byte as U+FFFD. For a number, 'str' holds its text followed by
** a NUL (the JSON number grammar is checked here).
*/
DS_FUNC int ds_jsonlex_next (ds_JsonLex *x, ds_Mem *m, ds_Buf *str);

/* the Lua functions (ds_json_lua.c): json_encode, json_decode */
struct lua_State;
DS_FUNC void ds_open_json (struct lua_State *L);

#endif
