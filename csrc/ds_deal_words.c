/*
** ds_deal_words.c -- the content words of an object name, which the
** merge compares to decide that two statements are about the same
** measure ("rare-earth licensing regime", "rare earth export controls").
** See ds_deal.h for ds_deal_words and LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds_deal.h"


/* function words, determiners, demonyms: not what a measure is about */
static const char *const stopwords[] = {
  "a", "about", "against", "all", "also", "among", "an", "and", "any",
  "are", "around", "as", "at", "be", "between", "by", "can", "certain",
  "could", "current", "existing", "for", "from", "further", "had", "has",
  "have", "her", "his", "in", "including", "into", "is", "it", "its",
  "may", "more", "most", "new", "no", "nor", "not", "of", "off", "on",
  "or", "other", "our", "out", "over", "per", "planned", "proposed",
  "several", "some", "such", "than", "that", "the", "their", "these",
  "this", "those", "to", "under", "up", "various", "via", "was", "were",
  "will", "with", "within", "without", "would",
  "american", "australian", "brazilian", "british", "canadian",
  "chinese", "eu", "european", "french", "german", "indian", "japanese",
  "korean", "mexican", "russian", "soviet", "taiwanese", "uk", "us",
  "usa", "vietnamese",
  NULL
};

/*
** Stems of the words that name the kind of measure rather than what it
** is about: the label already says it is a tariff or an export control.
*/
static const char *const genericstems[] = {
  "access", "agreement", "arrangement", "ban", "barrier", "commitment",
  "commodity", "concession", "control", "controll", "curb", "deal",
  "duty", "embargo", "export", "fee", "framework", "good", "import",
  "investment", "issu", "item", "levy", "limit", "measur", "plan",
  "pledg", "policy", "product", "program", "provision", "purchas",
  "regim", "regulation", "relief", "requirement", "restriction", "rul",
  "sal", "scheme", "system", "tariff", "term", "trade",
  NULL
};

static int inlist (const char *const *list, const char *w, size_t n) {
  int i;
  for (i = 0; list[i] != NULL; i++)
    if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
      return 1;
  return 0;
}

static int ends (const char *w, size_t n, const char *suf) {
  size_t k = strlen(suf);
  return n >= k && memcmp(w + n - k, suf, k) == 0;
}

static int isvowel (int c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* "scrapp" -> "scrap", "bann" -> "ban"; "controll", "pass" stay */
static size_t undouble (const char *w, size_t n) {
  if (n >= 3 && w[n - 1] == w[n - 2] && w[n - 1] >= 'a' && w[n - 1] <= 'z' &&
      !isvowel(w[n - 1]) && w[n - 1] != 'l' && w[n - 1] != 's' &&
      w[n - 1] != 'z')
    return n - 1;
  return n;
}

/*
** A light stemmer, enough to make plurals and verb forms of one word
** meet: duties/duty, cargoes/cargo, purchases/purchasing/purchase,
** licensing/licence/license, sanctioned/sanction, rules/rule.
*/
static size_t stem (char *w, size_t n) {
  if (n > 4 && ends(w, n, "ies")) { n -= 2; w[n - 1] = 'y'; }
  else if (n > 4 && ends(w, n, "sses")) n -= 2;
  else if (n > 3 && ends(w, n, "es") &&
           (strchr("sxzo", w[n - 3]) != NULL ||
            ends(w, n, "ches") || ends(w, n, "shes")))
    n -= 2;
  else if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
           w[n - 2] != 'i')
    n -= 1;
  if (n > 5 && ends(w, n, "ing")) n = undouble(w, n - 3);
  else if (n > 4 && ends(w, n, "ed")) n = undouble(w, n - 2);
  if (n > 3 && w[n - 1] == 'e') n--;
  if (n > 3 && w[n - 2] == 'n' && w[n - 1] == 'c') w[n - 1] = 's';
  return n;
}

static int wordbyte (unsigned c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* at most this many content words of an object count */
#define MAXWORDS 32

int ds_deal_words (ds_Mem *m, const char *s, size_t len, ds_Buf *out,
                   size_t *count) {
  char *f;
  size_t flen, i = 0, cap, base = out->n;
  int r = DS_OK;
  *count = 0;
  if (len > ((size_t)-1 - 1) / 3) return DS_ETOOBIG;
  cap = len * 3 + 1;
  f = (char *)m->f(m->ud, NULL, 0, cap);
  if (f == NULL) return DS_ENOMEM;
  flen = ds_fold(s, len, f);
  while (i < flen && *count < MAXWORDS && r == DS_OK) {
    size_t a, n, k, digits = 1, dup = 0;
    while (i < flen && !wordbyte((unsigned char)f[i])) i++;
    a = i;
    while (i < flen && wordbyte((unsigned char)f[i])) {
      if (!(f[i] >= '0' && f[i] <= '9')) digits = 0;
      i++;
    }
    n = i - a;
    if (n < 2 || digits || inlist(stopwords, f + a, n))
      continue;
    n = stem(f + a, n);
    if (inlist(genericstems, f + a, n))
      continue;
    for (k = base; k < out->n; ) {     /* each word once */
      size_t e = k;
      while (e < out->n && out->p[e] != ' ') e++;
      if (e - k == n && memcmp(out->p + k, f + a, n) == 0) { dup = 1; break; }
      k = e + 1;
    }
    if (dup) continue;
    if ((out->n > base && ds_buf_addc(m, out, ' ') != DS_OK) ||
        ds_buf_add(m, out, f + a, n) != DS_OK)
      r = DS_ENOMEM;
    else
      (*count)++;
  }
  m->f(m->ud, f, cap, 0);
  return r;
}


