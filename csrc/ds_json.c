/*
** ds_json.c -- JSON writer and lexer (see ds_json.h).
** Plain C99 over ds_Mem; every function reports DS_OK or DS_ENOMEM.
** See LICENSE for copyright and licence.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <float.h>

#include "ds_json.h"


void ds_buf_init (ds_Buf *b) {
  b->p = NULL;
  b->n = b->cap = 0;
}

void ds_buf_free (ds_Mem *m, ds_Buf *b) {
  ds_free(m, b->p, b->cap, 1);
  ds_buf_init(b);
}

static int reserve (ds_Mem *m, ds_Buf *b, size_t extra) {
  if (extra > (size_t)-1 - b->n)
    return DS_ENOMEM;
  return ds_grow(m, (void **)&b->p, &b->cap, b->n + extra, 1);
}

int ds_buf_add (ds_Mem *m, ds_Buf *b, const void *s, size_t len) {
  if (len == 0) return DS_OK;
  if (reserve(m, b, len) != DS_OK) return DS_ENOMEM;
  memcpy(b->p + b->n, s, len);
  b->n += len;
  return DS_OK;
}

int ds_buf_addc (ds_Mem *m, ds_Buf *b, int c) {
  if (b->n == b->cap && reserve(m, b, 1) != DS_OK) return DS_ENOMEM;
  b->p[b->n++] = (char)c;
  return DS_OK;
}


size_t ds_utf8_valid (const char *s0, size_t len) {
  const unsigned char *s = (const unsigned char *)s0;
  size_t i = 0;
  while (i < len) {
    uint32_t cp;
    uint64_t w;
    int k;
    /* eight ASCII bytes at a time */
    while (len - i >= 8 && (memcpy(&w, s + i, 8), (w & 0x8080808080808080ULL) == 0))
      i += 8;
    if (i >= len) break;
    if (s[i] < 0x80) { i++; continue; }
    if ((k = ds_utf8_decode(s, len, i, &cp)) == 0) break;
    i += (size_t)k;
  }
  return i;
}


/* ---------------------------------------------------------------- */
/* the writer                                                        */
/* ---------------------------------------------------------------- */

static const char hexdigit[] = "0123456789abcdef";

/*
** The output is at most six bytes per input byte (a control byte
** becomes \u00XX), so one reservation covers the whole string and the
** loop writes without checks.
*/
int ds_json_string (ds_Mem *m, ds_Buf *b, const char *s0, size_t len) {
  const unsigned char *s = (const unsigned char *)s0;
  size_t i = 0;
  char *o;
  if (len > ((size_t)-1 - 2) / 6 || reserve(m, b, len * 6 + 2) != DS_OK)
    return DS_ENOMEM;
  o = b->p + b->n;
  *o++ = '"';
  while (i < len) {
    unsigned c = s[i];
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      *o++ = (char)c;
      i++;
    }
    else if (c < 0x80) {
      *o++ = '\\';
      switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\b': *o++ = 'b'; break;
        case '\f': *o++ = 'f'; break;
        case '\n': *o++ = 'n'; break;
        case '\r': *o++ = 'r'; break;
        case '\t': *o++ = 't'; break;
        default:                       /* other controls and DEL */
          *o++ = 'u'; *o++ = '0'; *o++ = '0';
          *o++ = hexdigit[c >> 4]; *o++ = hexdigit[c & 15];
      }
      i++;
    }
    else {
      uint32_t cp;
      int k = ds_utf8_decode(s, len, i, &cp);
      if (k == 0) {                    /* not UTF-8: U+FFFD */
        *o++ = (char)0xEF; *o++ = (char)0xBF; *o++ = (char)0xBD;
        i++;
      }
      else if (cp == 0x2028 || cp == 0x2029) {
        /* valid JSON raw, but they end lines in JavaScript */
        memcpy(o, cp == 0x2028 ? "\\u2028" : "\\u2029", 6);
        o += 6;
        i += 3;
      }
      else {
        memcpy(o, s + i, (size_t)k);
        o += k;
        i += (size_t)k;
      }
    }
  }
  *o++ = '"';
  b->n = (size_t)(o - b->p);
  return DS_OK;
}

int ds_json_integer (ds_Mem *m, ds_Buf *b, int64_t v) {
  char buf[24];
  size_t n = sizeof(buf);
  /* digits of the magnitude, computed unsigned so INT64_MIN works */
  uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  do {
    buf[--n] = (char)('0' + (int)(u % 10));
    u /= 10;
  } while (u > 0);
  if (v < 0) buf[--n] = '-';
  return ds_buf_add(m, b, buf + n, sizeof(buf) - n);
}

int ds_json_number (ds_Mem *m, ds_Buf *b, double v) {
  char buf[48];
  int prec, n = 0, i, plain = 1;
  if (v != v || v > DBL_MAX || v < -DBL_MAX)
    return ds_buf_add(m, b, "null", 4);
  for (prec = 15; prec <= 17; prec++) {
    n = snprintf(buf, sizeof(buf) - 3, "%.*g", prec, v);
    if (strtod(buf, NULL) == v)        /* in the current locale */
      break;
  }
  if (n < 0 || n >= (int)sizeof(buf) - 3)
    return ds_buf_add(m, b, "null", 4);   /* cannot happen for %.17g */
  for (i = 0; i < n; i++) {
    char c = buf[i];
    if (c == 'e' || c == 'E')
      plain = 0;
    else if (!(c >= '0' && c <= '9') && c != '-' && c != '+') {
      buf[i] = '.';                    /* the locale's decimal point */
      plain = 0;
    }
  }
  if (plain) {                         /* 20.0, not 20: still a float */
    buf[n++] = '.';
    buf[n++] = '0';
  }
  return ds_buf_add(m, b, buf, (size_t)n);
}


/* the writer as a sink */

static int jo_value (ds_JsonOut *o) {
  if (o->depth > 0) {
    if (o->first[o->depth] == 2)       /* right after a key */
      o->first[o->depth] = 0;
    else if (!o->first[o->depth])
      return ds_buf_addc(o->m, o->b, ',');
    else
      o->first[o->depth] = 0;
  }
  return DS_OK;
}

static int jo_open (ds_Sink *k, int array) {
  ds_JsonOut *o = (ds_JsonOut *)k;
  if (o->depth + 1 >= DS_JSON_MAXDEPTH || jo_value(o) != DS_OK)
    return DS_ENOMEM;
  o->first[++o->depth] = 1;
  return ds_buf_addc(o->m, o->b, array ? '[' : '{');
}

static int jo_close (ds_Sink *k, int array) {
  ds_JsonOut *o = (ds_JsonOut *)k;
  o->depth--;
  return ds_buf_addc(o->m, o->b, array ? ']' : '}');
}

static int jo_key (ds_Sink *k, const char *s, size_t len) {
  ds_JsonOut *o = (ds_JsonOut *)k;
  if (jo_value(o) != DS_OK || ds_json_string(o->m, o->b, s, len) != DS_OK ||
      ds_buf_addc(o->m, o->b, ':') != DS_OK)
    return DS_ENOMEM;
  o->first[o->depth] = 2;
  return DS_OK;
}

static int jo_str (ds_Sink *k, const char *s, size_t len) {
  ds_JsonOut *o = (ds_JsonOut *)k;
  if (jo_value(o) != DS_OK) return DS_ENOMEM;
  return ds_json_string(o->m, o->b, s, len);
}

static int jo_integer (ds_Sink *k, int64_t v) {
  ds_JsonOut *o = (ds_JsonOut *)k;
  if (jo_value(o) != DS_OK) return DS_ENOMEM;
  return ds_json_integer(o->m, o->b, v);
}

static int jo_number (ds_Sink *k, double v) {
  ds_JsonOut *o = (ds_JsonOut *)k;
  if (jo_value(o) != DS_OK) return DS_ENOMEM;
  return ds_json_number(o->m, o->b, v);
}

static int jo_boolean (ds_Sink *k, int v) {
  ds_JsonOut *o = (ds_JsonOut *)k;
  if (jo_value(o) != DS_OK) return DS_ENOMEM;
  return v ? ds_buf_add(o->m, o->b, "true", 4)
           : ds_buf_add(o->m, o->b, "false", 5);
}

void ds_jsonout_init (ds_JsonOut *o, ds_Mem *m, ds_Buf *b) {
  o->sink.open = jo_open;
  o->sink.close = jo_close;
  o->sink.key = jo_key;
  o->sink.str = jo_str;
  o->sink.integer = jo_integer;
  o->sink.number = jo_number;
  o->sink.boolean = jo_boolean;
  o->m = m;
  o->b = b;
  o->depth = 0;
  o->first[0] = 1;
}

int ds_sink_kstr (ds_Sink *k, const char *key, const char *s, size_t len) {
  if (k->key(k, key, strlen(key)) != DS_OK) return DS_ENOMEM;
  return k->str(k, s, len);
}

int ds_sink_kint (ds_Sink *k, const char *key, int64_t v) {
  if (k->key(k, key, strlen(key)) != DS_OK) return DS_ENOMEM;
  return k->integer(k, v);
}

int ds_sink_kbool (ds_Sink *k, const char *key, int v) {
  if (k->key(k, key, strlen(key)) != DS_OK) return DS_ENOMEM;
  return k->boolean(k, v);
}


/* ---------------------------------------------------------------- */
/* the lexer                                                         */
/* ---------------------------------------------------------------- */

void ds_jsonlex_init (ds_JsonLex *x, const char *s, size_t len) {
  x->s = s;
  x->len = len;
  x->pos = x->tpos = 0;
  x->err = NULL;
  x->nomem = 0;
}

static int lexerror (ds_JsonLex *x, const char *msg) {
  x->err = msg;
  return DS_JT_ERROR;
}

static int lexnomem (ds_JsonLex *x) {
  x->nomem = 1;
  return lexerror(x, "not enough memory");
}

static int hexval (int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* four hex digits at s[i]; -1 when they are not */
static long hex4 (const ds_JsonLex *x, size_t i) {
  long v = 0;
  int k;
  if (i > x->len || x->len - i < 4) return -1;
  for (k = 0; k < 4; k++) {
    int h = hexval((unsigned char)x->s[i + k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

static int addcp (ds_Mem *m, ds_Buf *b, uint32_t cp) {
  char u[4];
  size_t n;
  if (cp < 0x80) { u[0] = (char)cp; n = 1; }
  else if (cp < 0x800) {
    u[0] = (char)(0xC0 | (cp >> 6));
    u[1] = (char)(0x80 | (cp & 0x3F));
    n = 2;
  }
  else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | (cp >> 12));
    u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  }
  else {
    u[0] = (char)(0xF0 | (cp >> 18));
    u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  return ds_buf_add(m, b, u, n);
}

/* \uXXXX at x->pos (after the backslash and 'u') */
static int lexunicode (ds_JsonLex *x, ds_Mem *m, ds_Buf *b) {
  long hi = hex4(x, x->pos), lo;
  uint32_t cp;
  if (hi < 0) return lexerror(x, "bad \\u escape");
  x->pos += 4;
  cp = (uint32_t)hi;
  if (hi >= 0xD800 && hi <= 0xDBFF) {
    if (x->len - x->pos >= 6 && x->s[x->pos] == '\\' &&
        x->s[x->pos + 1] == 'u' &&
        (lo = hex4(x, x->pos + 2)) >= 0xDC00 && lo <= 0xDFFF) {
      cp = 0x10000 + (((uint32_t)hi - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
      x->pos += 6;
    }
    else
      cp = 0xFFFD;                     /* lone high surrogate */
  }
  else if (hi >= 0xDC00 && hi <= 0xDFFF)
    cp = 0xFFFD;                       /* lone low surrogate */
  return addcp(m, b, cp) == DS_OK ? DS_JT_STRING : lexnomem(x);
}

static int lexstring (ds_JsonLex *x, ds_Mem *m, ds_Buf *b) {
  const unsigned char *s = (const unsigned char *)x->s;
  x->pos++;                            /* skip the quote */
  for (;;) {
    size_t run = x->pos;
    unsigned c;
    /* copy plain ASCII in one go */
    while (run < x->len && s[run] >= 0x20 && s[run] < 0x80 &&
           s[run] != '"' && s[run] != '\\')
      run++;
    if (ds_buf_add(m, b, s + x->pos, run - x->pos) != DS_OK)
      return lexnomem(x);
    x->pos = run;
    if (x->pos >= x->len) return lexerror(x, "unfinished string");
    c = s[x->pos];
    if (c == '"') { x->pos++; return DS_JT_STRING; }
    if (c < 0x20) return lexerror(x, "control character in string");
    if (c == '\\') {
      int e, r = DS_OK;
      if (x->pos + 1 >= x->len) return lexerror(x, "unfinished string");
      e = s[x->pos + 1];
      x->pos += 2;
      switch (e) {
        case '"': case '\\': case '/': r = ds_buf_addc(m, b, e); break;
        case 'b': r = ds_buf_addc(m, b, '\b'); break;
        case 'f': r = ds_buf_addc(m, b, '\f'); break;
        case 'n': r = ds_buf_addc(m, b, '\n'); break;
        case 'r': r = ds_buf_addc(m, b, '\r'); break;
        case 't': r = ds_buf_addc(m, b, '\t'); break;
        case 'u':
          if (lexunicode(x, m, b) != DS_JT_STRING) return DS_JT_ERROR;
          break;
        default: return lexerror(x, "bad escape in string");
      }
      if (r != DS_OK) return lexnomem(x);
    }
    else {                             /* a byte >= 0x80 */
      uint32_t cp;
      int k = ds_utf8_decode(s, x->len, x->pos, &cp);
      if (k == 0) {
        if (addcp(m, b, 0xFFFD) != DS_OK) return lexnomem(x);
        x->pos++;
      }
      else {
        if (ds_buf_add(m, b, s + x->pos, (size_t)k) != DS_OK)
          return lexnomem(x);
        x->pos += (size_t)k;
      }
    }
  }
}

static size_t digits (const ds_JsonLex *x, size_t i) {
  while (i < x->len && x->s[i] >= '0' && x->s[i] <= '9') i++;
  return i;
}

static int lexnumber (ds_JsonLex *x, ds_Mem *m, ds_Buf *b) {
  size_t i = x->pos, j;
  if (x->s[i] == '-') i++;
  if (i >= x->len) return lexerror(x, "bad number");
  if (x->s[i] == '0') i++;
  else if ((j = digits(x, i)) > i) i = j;
  else return lexerror(x, "bad number");
  if (i < x->len && x->s[i] == '.') {
    j = digits(x, i + 1);
    if (j == i + 1) return lexerror(x, "bad number");
    i = j;
  }
  if (i < x->len && (x->s[i] == 'e' || x->s[i] == 'E')) {
    i++;
    if (i < x->len && (x->s[i] == '+' || x->s[i] == '-')) i++;
    j = digits(x, i);
    if (j == i) return lexerror(x, "bad number");
    i = j;
  }
  if (ds_buf_add(m, b, x->s + x->pos, i - x->pos) != DS_OK ||
      ds_buf_addc(m, b, '\0') != DS_OK)
    return lexnomem(x);
  x->pos = i;
  return DS_JT_NUMBER;
}

static int lexword (ds_JsonLex *x, const char *w, size_t n, int tok) {
  if (x->len - x->pos < n || memcmp(x->s + x->pos, w, n) != 0)
    return lexerror(x, "unexpected character");
  x->pos += n;
  return tok;
}

int ds_jsonlex_next (ds_JsonLex *x, ds_Mem *m, ds_Buf *str) {
  while (x->pos < x->len && (x->s[x->pos] == ' ' || x->s[x->pos] == '\t' ||
         x->s[x->pos] == '\n' || x->s[x->pos] == '\r'))
    x->pos++;
  x->tpos = x->pos;
  str->n = 0;
  if (x->pos >= x->len) return DS_JT_EOF;
  switch (x->s[x->pos]) {
    case '{': x->pos++; return DS_JT_LBRACE;
    case '}': x->pos++; return DS_JT_RBRACE;
    case '[': x->pos++; return DS_JT_LBRACKET;
    case ']': x->pos++; return DS_JT_RBRACKET;
    case ':': x->pos++; return DS_JT_COLON;
    case ',': x->pos++; return DS_JT_COMMA;
    case '"': return lexstring(x, m, str);
    case 't': return lexword(x, "true", 4, DS_JT_TRUE);
    case 'f': return lexword(x, "false", 5, DS_JT_FALSE);
    case 'n': return lexword(x, "null", 4, DS_JT_NULL);
    default:
      if (x->s[x->pos] == '-' ||
          (x->s[x->pos] >= '0' && x->s[x->pos] <= '9'))
        return lexnumber(x, m, str);
      return lexerror(x, "unexpected character");
  }
}
