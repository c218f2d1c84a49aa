/*
** ds_segment.c -- sentences and clauses over a token array.
**
** Sentences end at terminal punctuation (. ! ? ...) unless an
** abbreviation, an initial, a decimal or a list marker explains the
** period, and at hard line breaks. Which line breaks are hard depends
** on the shape of the text: in hard-wrapped text (Reuters wraps at
** about 65 columns and indents paragraphs) only blank lines, indented
** lines and the lines after an all-caps title are; in other text every
** line break is (one paragraph per line). A line that ends without
** end punctuation and has text after it is a heading.
**
** Clauses split a sentence at ';' and ':', at coordinated verb phrases
** (", resume Y, and advance Z" after "is expected to pause X"), and at
** subordinate markers (", while", ", as", ", but", ", including
** scrapping"). A coordinated clause records the clause whose subject
** it shares.
** See LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds.h"

#define FOLDMAX 24   /* longest word the word lists need to see */

typedef struct Seg {
  const char *s;
  size_t len;
  const ds_Token *t;
  size_t n;
} Seg;


/* the folded text of token 'i' in 'buf'; its length, 0 if too long */
static size_t fold_tok (const Seg *g, size_t i, char *buf) {
  const ds_Token *k = &g->t[i];
  char tmp[FOLDMAX * 3 + 4];
  size_t fl;
  if (k->len > FOLDMAX) return 0;
  fl = ds_fold(g->s + k->start, k->len, tmp);
  if (fl > FOLDMAX) return 0;
  memcpy(buf, tmp, fl);
  return fl;
}

static int punct (const Seg *g, size_t i) {
  return (i < g->n && g->t[i].kind == DS_TK_PUNCT) ? g->t[i].punct : 0;
}

static int is_word (const Seg *g, size_t i) {
  return i < g->n && g->t[i].kind == DS_TK_WORD;
}

static int flag (const Seg *g, size_t i, unsigned f) {
  return i < g->n && (g->t[i].flags & f) != 0;
}

static int is_terminal (const Seg *g, size_t i) {
  int p = punct(g, i);
  return p == '.' || p == '!' || p == '?' || p == 'E';
}

static int is_closer (const Seg *g, size_t i) {
  int p = punct(g, i);
  return p == ')' || p == ']' || p == '}' || p == '"' || p == '\'';
}

/* the word at token i is 'w' ('wl' bytes of ASCII lower case)? */
static int word_is_ (const Seg *g, size_t i, const char *w, size_t wl) {
  const unsigned char *p;
  size_t l;
  if (i >= g->n || g->t[i].len != wl || g->t[i].kind != DS_TK_WORD)
    return 0;
  p = (const unsigned char *)g->s + g->t[i].start;
  for (l = 0; l < wl; l++)
    if (ds_lower[p[l]] != (unsigned char)w[l]) return 0;
  return 1;
}

#define word_is(g, i, w) word_is_(g, i, "" w, sizeof(w) - 1)

/* a single letter, or a roman numeral up to "viii", as a list marker */
static int is_marker_word (const Seg *g, size_t i) {
  char buf[FOLDMAX];
  size_t l, k;
  if (!is_word(g, i)) return 0;
  l = fold_tok(g, i, buf);
  if (l == 1) return 1;
  if (l == 0 || l > 4) return 0;
  for (k = 0; k < l; k++)
    if (buf[k] != 'i' && buf[k] != 'v' && buf[k] != 'x') return 0;
  return 1;
}


/* ------------------------------------------------------------------ */
/* the shape of the text: is it hard-wrapped?                          */
/* ------------------------------------------------------------------ */

static int is_wrapped (const char *s, size_t len) {
  size_t lines = 0, longest = 0, total = 0, i = 0;
  while (i < len) {
    const char *nl = memchr(s + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - s) : len;
    size_t l = e - i;
    if (l > 0) {
      lines++;
      total += l;
      if (l > longest) longest = l;
    }
    i = e + 1;
  }
  return lines >= 3 && longest <= 90 && total / lines >= 40;
}

/* is the line of tokens first..last an all-caps title? */
static int is_title_line (const Seg *g, size_t first, size_t last) {
  size_t i, upper = 0;
  for (i = first; i <= last; i++) {
    const ds_Token *k = &g->t[i];
    if (k->kind != DS_TK_WORD) continue;
    if (!(k->flags & DS_TF_UPPER)) return 0;
    if (k->len >= 2) upper++;
  }
  return upper >= 2;
}


/* ------------------------------------------------------------------ */
/* sentences                                                           */
/* ------------------------------------------------------------------ */

/*
** Does a sentence end at the terminal token 't', given that the next
** sentence would start at token 'u' (u < n), 'first' being the first
** token of the current sentence?
*/
static int ends_at (const Seg *g, size_t first, size_t t, size_t u) {
  const ds_Token *nx = &g->t[u];
  int p = punct(g, t);
  char buf[FOLDMAX];
  size_t l;
  if (!(nx->flags & DS_TF_SPACE))
    return 0;                                  /* "14.10", "N.Y..", "?!" */
  if (nx->flags & DS_TF_LOWER)
    return 0;                                  /* "the med. staff" */
  if (p == '!' || p == '?')
    return 1;
  if (p == 'E')
    return (nx->flags & DS_TF_CAP) != 0;
  /* a period: what stands before it? */
  if (t == first) return 1;
  if (g->t[t].kind == DS_TK_WORD && (g->t[t].flags & DS_TF_ABBR))
    return is_word(g, u) && (l = fold_tok(g, u, buf)) > 0 &&
           ds_is_starter(buf, l);              /* "in the U.S. The" */
  if (g->t[t - 1].flags & DS_TF_ABBR)
    return 1;                                  /* "the E.U.. But" */
  if (g->t[t - 1].kind == DS_TK_NUMBER) {
    if (t - 1 == first) return 0;              /* "1. This is one" */
    return 1;
  }
  if (is_word(g, t - 1) && !(g->t[t].flags & DS_TF_SPACE)) {
    size_t wl = fold_tok(g, t - 1, buf);
    int kind = wl ? ds_abbrev_kind(buf, wl) : DS_AB_NONE;
    if (t - 1 == first && is_marker_word(g, t - 1) && wl <= 1)
      return 0;                                /* "a. here it is" */
    switch (kind) {
      case DS_AB_TITLE:
        return 0;                              /* "Mr. Smith" */
      case DS_AB_MONTH: case DS_AB_NUMBER:
        if (nx->kind == DS_TK_NUMBER) return 0;  /* "Nov. 10", "No. 5" */
        break;
      default: break;
    }
    if (kind != DS_AB_NONE)
      return is_word(g, u) && (l = fold_tok(g, u, buf)) > 0 &&
             ds_is_starter(buf, l);
    if (wl == 1 && (g->t[t - 1].flags & DS_TF_CAP)) {
      /* an initial: "Lester B. Pearson", unless a list follows */
      if (nx->kind == DS_TK_WORD && (nx->flags & DS_TF_CAP) &&
          !(is_word(g, u) && (l = fold_tok(g, u, buf)) > 0 &&
            ds_is_starter(buf, l)))
        return 0;
    }
  }
  return 1;
}

/* a list marker "a)", "(iv)", "2." opens a new sentence at token u? */
static int list_marker_at (const Seg *g, size_t u) {
  if (punct(g, u) != '(' && punct(g, u + 1) != ')')
    return 0;
  if (punct(g, u) == '(' && punct(g, u + 2) == ')' &&
      flag(g, u + 3, DS_TF_SPACE) && is_marker_word(g, u + 1))
    return 1;
  if (punct(g, u + 1) == ')' && !flag(g, u + 1, DS_TF_SPACE) &&
      flag(g, u + 2, DS_TF_SPACE) && (g->t[u].flags & DS_TF_SPACE) &&
      is_marker_word(g, u))
    return 1;
  return 0;
}


static int push_span (ds_Mem *m, ds_Spans *out, const Seg *g, size_t first,
                      size_t last, unsigned flags) {
  ds_Span *sp;
  if (out->n == out->cap &&
      ds_grow(m, (void **)&out->v, &out->cap, out->n + 1, sizeof(ds_Span)))
    return DS_ENOMEM;
  sp = &out->v[out->n++];
  sp->first = (uint32_t)first;
  sp->last = (uint32_t)last;
  sp->start = g->t[first].start;
  sp->stop = g->t[last].start + g->t[last].len;
  sp->sentence = 0;
  sp->subject = -1;
  sp->flags = (uint16_t)flags;
  sp->split = DS_SPLIT_START;
  return DS_OK;
}


int ds_sentences (ds_Mem *m, const char *s, size_t len, const ds_Tokens *tk,
                  ds_Spans *out) {
  Seg g;
  size_t i, first = 0, line = 0;
  int wrapped;
  g.s = s; g.len = len; g.t = tk->v; g.n = tk->n;
  if (g.n == 0) return DS_OK;
  wrapped = is_wrapped(s, len);
  for (i = 0; i < g.n; i++) {
    const ds_Token *k = &g.t[i];
    /* a hard line break before token i? */
    if (i > first && (k->flags & DS_TF_NL)) {
      int hard = !wrapped || (k->flags & (DS_TF_BLANK | DS_TF_INDENT)) ||
                 is_title_line(&g, line, i - 1);
      if (hard) {
        size_t e = i - 1;
        while (e > first && is_closer(&g, e)) e--;
        if (push_span(m, out, &g, first, i - 1,
                      is_terminal(&g, e) ? 0 : DS_SF_HEADING))
          return DS_ENOMEM;
        first = i;
      }
    }
    if (k->flags & DS_TF_NL) line = i;
    /* a list marker opens a sentence */
    if (i > first && list_marker_at(&g, i) && !is_word(&g, i - 1) &&
        punct(&g, i - 1) != ',' && punct(&g, i - 1) != '(') {
      if (push_span(m, out, &g, first, i - 1, 0)) return DS_ENOMEM;
      first = i;
    }
    else if (i > first && list_marker_at(&g, i) && is_word(&g, i - 1) &&
             (g.t[i].flags & DS_TF_SPACE) && is_marker_word(&g, i) &&
             punct(&g, i + 1) == ')' && list_marker_at(&g, first)) {
      if (push_span(m, out, &g, first, i - 1, 0)) return DS_ENOMEM;
      first = i;                                /* "a) here it is b) ..." */
    }
    if (is_terminal(&g, i) ||
        (k->kind == DS_TK_WORD && (k->flags & DS_TF_ABBR) &&
         s[k->start + k->len - 1] == '.')) {
      size_t j = i + 1;
      while (j < g.n && !(g.t[j].flags & DS_TF_SPACE) &&
             (is_terminal(&g, j) || is_closer(&g, j)))
        j++;
      if (j >= g.n) break;
      if (ends_at(&g, first, i, j)) {
        if (push_span(m, out, &g, first, j - 1, 0)) return DS_ENOMEM;
        first = j;
      }
      i = j - 1;
    }
  }
  if (first < g.n) {
    if (push_span(m, out, &g, first, g.n - 1, 0)) return DS_ENOMEM;
  }
  /* a heading stands above text: the last line is not one */
  if (out->n > 0) out->v[out->n - 1].flags &= (uint16_t)~DS_SF_HEADING;
  for (i = 0; i < out->n; i++) out->v[i].sentence = (uint32_t)i;
  return DS_OK;
}


/* ------------------------------------------------------------------ */
/* clauses                                                             */
/* ------------------------------------------------------------------ */

static int verb_at (const Seg *g, size_t i) {
  char buf[FOLDMAX];
  size_t l;
  if (!is_word(g, i) || (g->t[i].flags & (DS_TF_CAP | DS_TF_DIGIT)) ||
      g->t[i].len < 2) return 0;
  l = fold_tok(g, i, buf);
  return l ? ds_verb_form(buf, l) : 0;
}

/* words that introduce a noun phrase: a verb before one is a verb */
static int np_start (const Seg *g, size_t i) {
  static const char *const dets[] = {
    "the", "a", "an", "its", "their", "his", "her", "our", "several",
    "all", "some", "any", "more", "new", "further", "additional", "such",
    "this", "these", "those", "that", "back", "up", "down", "off", "out",
    NULL
  };
  int k;
  if (i >= g->n) return 0;
  if (g->t[i].kind == DS_TK_NUMBER || (g->t[i].flags & DS_TF_ABBR))
    return 1;
  for (k = 0; dets[k]; k++)
    if (word_is_(g, i, dets[k], strlen(dets[k]))) return 1;
  return 0;
}

/*
** The verb forms (DS_VB_*) that tokens a..b-1 show and that a
** coordinated verb phrase may repeat: DS_VB_BASE after "to" or a modal
** ("is expected to pause X, resume Y"), DS_VB_PAST ("hinted at X and
** signaled Y"), DS_VB_3SG.
*/
static int verb_modes (const Seg *g, size_t a, size_t b, size_t first) {
  int mode = 0;
  size_t i;
  for (i = a; i < b; i++) {
    int f;
    if (!is_word(g, i) || (g->t[i].flags & DS_TF_CAP)) continue;
    if (word_is(g, i, "to")) f = DS_VB_MODAL;
    else f = verb_at(g, i);
    if (f & DS_VB_MODAL) {
      if (verb_at(g, i + 1) & DS_VB_BASE) mode |= DS_VB_BASE;
    }
    else if ((f & DS_VB_PAST) && i > first) mode |= DS_VB_PAST;
    else if ((f & DS_VB_3SG) && i > first && !(f & DS_VB_NOUN))
      mode |= DS_VB_3SG;
  }
  return mode;
}

/* may the verb at v (form flags f) coordinate with 'mode'? */
static int coord_ok (const Seg *g, size_t v, int f, int mode) {
  if (!(f & mode & (DS_VB_BASE | DS_VB_PAST | DS_VB_3SG))) return 0;
  if ((f & DS_VB_NOUN) && !np_start(g, v + 1)) return 0;
  return 1;
}

static int sub_marker (const Seg *g, size_t i) {
  return word_is(g, i, "while") || word_is(g, i, "whereas") ||
         word_is(g, i, "although") || word_is(g, i, "though");
}


/* clauses of sentence 'si' (tokens a..b) */
static int sentence_clauses (ds_Mem *m, const Seg *g, size_t si, size_t a,
                             size_t b, ds_Spans *out) {
  size_t i, first = a, chain = a, upto = a;
  size_t cstart = out->n;          /* index of this sentence's first */
  int mode = 0, split = DS_SPLIT_START, shares = 0;
  for (i = a + 1; i <= b; i++) {
    int why = 0, share = 0, p = punct(g, i);
    size_t at = i;                 /* the new clause would start here */
    if (i > first + 1 && i < b && (punct(g, i - 1) == ';' ||
        (punct(g, i - 1) == ':' && (g->t[i].flags & DS_TF_SPACE))))
      why = punct(g, i - 1) == ';' ? DS_SPLIT_SEMI : DS_SPLIT_COLON;
    else if (p == ',' && i > first + 1 && i < b) {
      size_t v = i + 1;
      int conj = word_is(g, v, "and") || word_is(g, v, "or"), f;
      at = i + 1;
      if (conj) v++;
      f = v <= b ? verb_at(g, v) : 0;
      if ((f || (conj && word_is(g, v, "to"))) && upto < i) {
        mode |= verb_modes(g, upto, i, chain);
        upto = i;
      }
      if (f && coord_ok(g, v, f, mode)) { why = DS_SPLIT_COORD; share = 1; }
      else if (conj && mode && word_is(g, v, "to") && verb_at(g, v + 1)) {
        why = DS_SPLIT_COORD; share = 1;
      }
      else if (word_is(g, i + 1, "but")) why = DS_SPLIT_CONTRAST;
      else if (sub_marker(g, i + 1)) why = DS_SPLIT_SUBORD;
      else if (word_is(g, i + 1, "as") && i + 2 <= b &&
               ((g->t[i + 2].flags & DS_TF_CAP) || np_start(g, i + 2)) &&
               !word_is(g, i + 2, "well"))
        why = DS_SPLIT_SUBORD;
      else if (word_is(g, i + 1, "including") &&
               (verb_at(g, i + 2) & DS_VB_ING)) {
        why = DS_SPLIT_INCLUDING; share = 1;
      }
    }
    else if (i > first + 2 && i < b && punct(g, i - 1) != ',' &&
             word_is(g, i, "and")) {
      int f = verb_at(g, i + 1);
      int to = word_is(g, i + 1, "to");
      if (f || to) {
        if (upto < i) { mode |= verb_modes(g, upto, i, chain); upto = i; }
        if (((mode & DS_VB_PAST) && (f & DS_VB_PAST) &&
             !word_is(g, i + 2, "by")) ||
            (to && mode && (verb_at(g, i + 2) & DS_VB_BASE) &&
             !(verb_at(g, i + 2) & DS_VB_NOUN))) {
          why = DS_SPLIT_COORD; share = 1;
        }
      }
    }
    if (why && at > first && at <= b) {
      if (push_span(m, out, g, first, at - 1, 0)) return DS_ENOMEM;
      out->v[out->n - 1].sentence = (uint32_t)si;
      out->v[out->n - 1].split = (uint16_t)split;
      if (shares && out->n - 1 > cstart)
        out->v[out->n - 1].subject = out->v[out->n - 2].subject >= 0
          ? out->v[out->n - 2].subject : (int32_t)(out->n - 2);
      first = at;
      split = why;
      shares = share;
      if (!share) { mode = 0; chain = upto = at; }
    }
  }
  if (push_span(m, out, g, first, b, 0)) return DS_ENOMEM;
  out->v[out->n - 1].sentence = (uint32_t)si;
  out->v[out->n - 1].split = (uint16_t)split;
  if (shares && out->n - 1 > cstart)
    out->v[out->n - 1].subject = out->v[out->n - 2].subject >= 0
      ? out->v[out->n - 2].subject : (int32_t)(out->n - 2);
  return DS_OK;
}


int ds_clauses (ds_Mem *m, const char *s, size_t len, const ds_Tokens *tk,
                const ds_Spans *sent, ds_Spans *out) {
  Seg g;
  size_t si;
  g.s = s; g.len = len; g.t = tk->v; g.n = tk->n;
  for (si = 0; si < sent->n; si++)
    if (sentence_clauses(m, &g, si, sent->v[si].first, sent->v[si].last,
                         out))
      return DS_ENOMEM;
  return DS_OK;
}
