/*
** ds_words.c -- the few English words the segmenter must know:
** abbreviations that end in a period, words that start sentences,
** names of days and months, verbs of saying, and verbs whose
** coordination opens a clause. Each table is sorted (bytewise) for
** binary search; core._selfcheck() verifies it.
** See LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds.h"

typedef struct Entry {
  const char *w;
  int v;
} Entry;

/* abbreviations, folded, without their period */
static const Entry abbrevs[] = {
  {"adm", DS_AB_TITLE},
  {"al", DS_AB_OTHER},
  {"approx", DS_AB_OTHER},
  {"apr", DS_AB_MONTH},
  {"ariz", DS_AB_OTHER},
  {"art", DS_AB_NUMBER},
  {"arts", DS_AB_NUMBER},
  {"assn", DS_AB_COMPANY},
  {"atty", DS_AB_TITLE},
  {"aug", DS_AB_MONTH},
  {"ave", DS_AB_OTHER},
  {"blvd", DS_AB_OTHER},
  {"bros", DS_AB_COMPANY},
  {"btw", DS_AB_OTHER},
  {"ca", DS_AB_OTHER},
  {"cal", DS_AB_OTHER},
  {"calif", DS_AB_OTHER},
  {"capt", DS_AB_TITLE},
  {"cf", DS_AB_OTHER},
  {"ch", DS_AB_NUMBER},
  {"cmdr", DS_AB_TITLE},
  {"co", DS_AB_COMPANY},
  {"col", DS_AB_TITLE},
  {"colo", DS_AB_OTHER},
  {"conn", DS_AB_OTHER},
  {"corp", DS_AB_COMPANY},
  {"cos", DS_AB_COMPANY},
  {"dec", DS_AB_MONTH},
  {"del", DS_AB_OTHER},
  {"dept", DS_AB_COMPANY},
  {"dist", DS_AB_OTHER},
  {"div", DS_AB_OTHER},
  {"dr", DS_AB_TITLE},
  {"ed", DS_AB_NUMBER},
  {"eds", DS_AB_NUMBER},
  {"esp", DS_AB_OTHER},
  {"est", DS_AB_OTHER},
  {"etc", DS_AB_OTHER},
  {"feb", DS_AB_MONTH},
  {"fig", DS_AB_NUMBER},
  {"figs", DS_AB_NUMBER},
  {"fla", DS_AB_OTHER},
  {"fri", DS_AB_OTHER},
  {"ft", DS_AB_OTHER},
  {"ga", DS_AB_OTHER},
  {"gen", DS_AB_TITLE},
  {"gens", DS_AB_TITLE},
  {"gov", DS_AB_TITLE},
  {"govt", DS_AB_OTHER},
  {"hon", DS_AB_TITLE},
  {"hr", DS_AB_OTHER},
  {"hrs", DS_AB_OTHER},
  {"ill", DS_AB_OTHER},
  {"inc", DS_AB_COMPANY},
  {"ind", DS_AB_OTHER},
  {"insp", DS_AB_TITLE},
  {"intl", DS_AB_COMPANY},
  {"jan", DS_AB_MONTH},
  {"jap", DS_AB_OTHER},
  {"jr", DS_AB_TITLE},
  {"jul", DS_AB_MONTH},
  {"jun", DS_AB_MONTH},
  {"kan", DS_AB_OTHER},
  {"ky", DS_AB_OTHER},
  {"la", DS_AB_OTHER},
  {"llc", DS_AB_COMPANY},
  {"lt", DS_AB_TITLE},
  {"ltd", DS_AB_COMPANY},
  {"maj", DS_AB_TITLE},
  {"mar", DS_AB_MONTH},
  {"mass", DS_AB_OTHER},
  {"max", DS_AB_OTHER},
  {"md", DS_AB_OTHER},
  {"med", DS_AB_OTHER},
  {"messrs", DS_AB_TITLE},
  {"mfg", DS_AB_COMPANY},
  {"mich", DS_AB_OTHER},
  {"min", DS_AB_OTHER},
  {"minn", DS_AB_OTHER},
  {"miss", DS_AB_OTHER},
  {"mlle", DS_AB_TITLE},
  {"mme", DS_AB_TITLE},
  {"mo", DS_AB_OTHER},
  {"mon", DS_AB_OTHER},
  {"mont", DS_AB_OTHER},
  {"mr", DS_AB_TITLE},
  {"mrs", DS_AB_TITLE},
  {"ms", DS_AB_TITLE},
  {"mt", DS_AB_OTHER},
  {"neb", DS_AB_OTHER},
  {"nev", DS_AB_OTHER},
  {"no", DS_AB_NUMBER},
  {"nos", DS_AB_NUMBER},
  {"nov", DS_AB_MONTH},
  {"nr", DS_AB_NUMBER},
  {"oct", DS_AB_MONTH},
  {"okla", DS_AB_OTHER},
  {"op", DS_AB_OTHER},
  {"ore", DS_AB_OTHER},
  {"p", DS_AB_NUMBER},
  {"pa", DS_AB_OTHER},
  {"para", DS_AB_NUMBER},
  {"penn", DS_AB_OTHER},
  {"plc", DS_AB_COMPANY},
  {"pp", DS_AB_NUMBER},
  {"pres", DS_AB_TITLE},
  {"prof", DS_AB_TITLE},
  {"rd", DS_AB_OTHER},
  {"rep", DS_AB_TITLE},
  {"reps", DS_AB_TITLE},
  {"rev", DS_AB_TITLE},
  {"rs", DS_AB_NUMBER},
  {"sat", DS_AB_OTHER},
  {"sec", DS_AB_NUMBER},
  {"sen", DS_AB_TITLE},
  {"sens", DS_AB_TITLE},
  {"sep", DS_AB_MONTH},
  {"sept", DS_AB_MONTH},
  {"sgt", DS_AB_TITLE},
  {"sq", DS_AB_OTHER},
  {"sr", DS_AB_TITLE},
  {"sra", DS_AB_TITLE},
  {"srta", DS_AB_TITLE},
  {"st", DS_AB_TITLE},
  {"subsp", DS_AB_OTHER},
  {"sun", DS_AB_OTHER},
  {"supt", DS_AB_TITLE},
  {"tenn", DS_AB_OTHER},
  {"tex", DS_AB_OTHER},
  {"thu", DS_AB_OTHER},
  {"thur", DS_AB_OTHER},
  {"thurs", DS_AB_OTHER},
  {"tue", DS_AB_OTHER},
  {"tues", DS_AB_OTHER},
  {"undef", DS_AB_OTHER},
  {"univ", DS_AB_COMPANY},
  {"v", DS_AB_OTHER},
  {"va", DS_AB_OTHER},
  {"viz", DS_AB_OTHER},
  {"vol", DS_AB_NUMBER},
  {"vols", DS_AB_NUMBER},
  {"vs", DS_AB_OTHER},
  {"vt", DS_AB_OTHER},
  {"wash", DS_AB_OTHER},
  {"wed", DS_AB_OTHER},
  {"wis", DS_AB_OTHER},
  {"wk", DS_AB_OTHER},
  {"wks", DS_AB_OTHER},
  {"wyo", DS_AB_OTHER},
  {"yr", DS_AB_OTHER},
  {"yrs", DS_AB_OTHER},
};

/* words that begin sentences after an ambiguous period */
static const char *const starters[] = {
  "a", "about", "after", "again", "all", "also", "although", "among", "an",
  "analysts", "and", "another", "any", "as", "at", "because", "before",
  "billions", "both", "but", "by", "despite", "dozens", "during", "each",
  "even", "every", "few", "first", "following", "for", "from", "further",
  "he", "her", "here", "his", "how", "however", "hundreds", "i", "if", "in",
  "instead", "it", "its", "last", "many", "meanwhile", "millions", "more",
  "moreover", "most", "much", "my", "neither", "nevertheless", "next", "no",
  "nor", "not", "now", "officials", "on", "once", "one", "only", "or",
  "other", "our", "over", "overall", "perhaps", "prices", "separately",
  "several", "she", "since", "so", "some", "still", "such", "tens", "that",
  "the", "their", "then", "there", "therefore", "these", "they", "this",
  "those", "though", "thousands", "thus", "to", "today", "under", "unlike",
  "until", "we", "what", "when", "where", "whether", "which", "while", "who",
  "why", "with", "within", "without", "yesterday", "yet", "you", "your",
};

/* names of days and months, and their short forms */
static const char *const datenames[] = {
  "apr", "april", "aug", "august", "dec", "december", "feb", "february",
  "fri", "friday", "jan", "january", "jul", "july", "jun", "june", "mar",
  "march", "may", "mon", "monday", "nov", "november", "oct", "october", "sat",
  "saturday", "sep", "sept", "september", "sun", "sunday", "thu", "thurs",
  "thursday", "tue", "tues", "tuesday", "wed", "wednesday",
};

/* verbs of saying, as they follow a quotation: '"Why?" Lent asked' */
static const char *const saying[] = {
  "added", "adds", "announced", "argued", "asked", "asks", "commented",
  "concluded", "continued", "declared", "explained", "insisted", "noted",
  "recalled", "remarked", "replied", "said", "says", "shouted", "stated",
  "states", "suggested", "told", "warned", "wrote",
};

/* verbs (lemmas); DS_VB_NOUN marks those that are nouns too */
static const Entry verbs[] = {
  {"accept", 0},
  {"acquire", 0},
  {"add", 0},
  {"address", DS_VB_NOUN},
  {"advance", 0},
  {"agree", 0},
  {"aim", 0},
  {"allow", 0},
  {"announce", 0},
  {"approve", 0},
  {"ask", 0},
  {"authorize", 0},
  {"back", DS_VB_NOUN},
  {"ban", DS_VB_NOUN},
  {"block", DS_VB_NOUN},
  {"boost", 0},
  {"buy", 0},
  {"call", DS_VB_NOUN},
  {"cap", DS_VB_NOUN},
  {"cease", 0},
  {"change", DS_VB_NOUN},
  {"close", DS_VB_NOUN},
  {"commit", 0},
  {"complete", 0},
  {"conclude", 0},
  {"consider", 0},
  {"continue", 0},
  {"cooperate", 0},
  {"counter", 0},
  {"crack", 0},
  {"create", 0},
  {"curb", 0},
  {"cut", DS_VB_NOUN},
  {"decide", 0},
  {"declare", 0},
  {"decline", 0},
  {"defer", 0},
  {"delay", DS_VB_NOUN},
  {"demand", DS_VB_NOUN},
  {"deny", 0},
  {"discuss", 0},
  {"double", DS_VB_NOUN},
  {"drop", DS_VB_NOUN},
  {"ease", 0},
  {"eliminate", 0},
  {"end", DS_VB_NOUN},
  {"enforce", 0},
  {"ensure", 0},
  {"establish", 0},
  {"exempt", 0},
  {"expand", 0},
  {"expect", 0},
  {"export", DS_VB_NOUN},
  {"extend", 0},
  {"facilitate", 0},
  {"fight", DS_VB_NOUN},
  {"freeze", DS_VB_NOUN},
  {"give", 0},
  {"grant", 0},
  {"greenlight", 0},
  {"halt", 0},
  {"halve", 0},
  {"hint", DS_VB_NOUN},
  {"hold", DS_VB_NOUN},
  {"import", DS_VB_NOUN},
  {"impose", 0},
  {"improve", 0},
  {"increase", DS_VB_NOUN},
  {"indicate", 0},
  {"introduce", 0},
  {"invest", 0},
  {"issue", DS_VB_NOUN},
  {"keep", 0},
  {"launch", 0},
  {"lift", 0},
  {"limit", DS_VB_NOUN},
  {"lower", 0},
  {"maintain", 0},
  {"make", 0},
  {"meet", 0},
  {"negotiate", 0},
  {"offer", DS_VB_NOUN},
  {"open", 0},
  {"order", DS_VB_NOUN},
  {"pause", DS_VB_NOUN},
  {"permit", 0},
  {"place", 0},
  {"plan", DS_VB_NOUN},
  {"pledge", DS_VB_NOUN},
  {"postpone", 0},
  {"press", DS_VB_NOUN},
  {"prevent", 0},
  {"promise", DS_VB_NOUN},
  {"propose", 0},
  {"protect", 0},
  {"provide", 0},
  {"purchase", DS_VB_NOUN},
  {"pursue", 0},
  {"push", 0},
  {"raise", DS_VB_NOUN},
  {"reach", DS_VB_NOUN},
  {"reaffirm", 0},
  {"reduce", 0},
  {"reject", 0},
  {"relax", 0},
  {"release", DS_VB_NOUN},
  {"remove", 0},
  {"renew", 0},
  {"reopen", 0},
  {"repeal", 0},
  {"resolve", 0},
  {"restrict", 0},
  {"resume", 0},
  {"retaliate", 0},
  {"return", DS_VB_NOUN},
  {"review", DS_VB_NOUN},
  {"revise", 0},
  {"revisit", 0},
  {"revoke", 0},
  {"roll", 0},
  {"sanction", DS_VB_NOUN},
  {"say", 0},
  {"scrap", 0},
  {"seek", 0},
  {"sell", 0},
  {"send", 0},
  {"set", 0},
  {"ship", DS_VB_NOUN},
  {"sign", 0},
  {"signal", DS_VB_NOUN},
  {"slash", 0},
  {"stop", DS_VB_NOUN},
  {"strengthen", 0},
  {"suspend", 0},
  {"take", 0},
  {"target", DS_VB_NOUN},
  {"tell", 0},
  {"threaten", 0},
  {"tighten", 0},
  {"trim", 0},
  {"urge", 0},
  {"waive", 0},
  {"warn", 0},
  {"welcome", 0},
  {"withdraw", 0},
  {"work", DS_VB_NOUN},
};

/* irregular past forms and their lemma */
static const char *const irregular[][2] = {
  {"began", "begin"},
  {"bought", "buy"},
  {"cut", "cut"},
  {"fought", "fight"},
  {"froze", "freeze"},
  {"frozen", "freeze"},
  {"gave", "give"},
  {"given", "give"},
  {"held", "hold"},
  {"hit", "hit"},
  {"kept", "keep"},
  {"let", "let"},
  {"made", "make"},
  {"met", "meet"},
  {"put", "put"},
  {"said", "say"},
  {"sent", "send"},
  {"set", "set"},
  {"sold", "sell"},
  {"sought", "seek"},
  {"taken", "take"},
  {"told", "tell"},
  {"took", "take"},
  {"undertook", "undertake"},
  {"withdrawn", "withdraw"},
  {"withdrew", "withdraw"},
};


#define NELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* compare 'w' (not terminated, 'len' bytes) with the C string 'e' */
static int cmpw (const char *w, size_t len, const char *e) {
  size_t i;
  for (i = 0; i < len; i++) {
    unsigned char a = (unsigned char)w[i], b = (unsigned char)e[i];
    if (a != b) return (b == 0 || a > b) ? 1 : -1;
  }
  return e[len] == '\0' ? 0 : -1;
}

static const Entry *find (const Entry *t, size_t n, const char *w,
                          size_t len) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int r = cmpw(w, len, t[mid].w);
    if (r == 0) return &t[mid];
    if (r < 0) hi = mid; else lo = mid + 1;
  }
  return NULL;
}

int ds_abbrev_kind (const char *w, size_t len) {
  const Entry *e = find(abbrevs, NELEMS(abbrevs), w, len);
  return e ? e->v : DS_AB_NONE;
}

int ds_is_abbrev (const char *w, size_t len) {
  return ds_abbrev_kind(w, len) != DS_AB_NONE;
}

/* is 'w' in the sorted list 't' of 'n' strings? */
static int inlist (const char *const *t, size_t n, const char *w,
                   size_t len) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int r = cmpw(w, len, t[mid]);
    if (r == 0) return 1;
    if (r < 0) hi = mid; else lo = mid + 1;
  }
  return 0;
}

int ds_is_starter (const char *w, size_t len) {
  return inlist(starters, NELEMS(starters), w, len);
}

int ds_is_saying (const char *w, size_t len) {
  return inlist(saying, NELEMS(saying), w, len);
}

int ds_is_datename (const char *w, size_t len) {
  return inlist(datenames, NELEMS(datenames), w, len);
}

/* lemma flags (DS_VB_NOUN or 0) plus 1, or 0 when not a known verb */
static int lemma (const char *w, size_t len) {
  const Entry *e = find(verbs, NELEMS(verbs), w, len);
  return e ? e->v + 1 : 0;
}

/* 'w' minus 'cut' bytes plus 'add' (a short suffix) is a lemma? */
static int lemma_with (const char *w, size_t len, size_t cut,
                       const char *add) {
  char buf[40];
  size_t al = strlen(add);
  if (len <= cut || len - cut + al >= sizeof(buf)) return 0;
  memcpy(buf, w, len - cut);
  memcpy(buf + len - cut, add, al);
  return lemma(buf, len - cut + al);
}

static int endswith (const char *w, size_t len, const char *suf) {
  size_t sl = strlen(suf);
  return len > sl && memcmp(w + len - sl, suf, sl) == 0;
}

/*
** The forms a folded word can be, as DS_VB_* bits (0: not a known
** verb). Regular inflection is undone by rule: "scrapped", "pausing",
** "halves", "eased"; irregular past forms come from a table.
*/
int ds_verb_form (const char *w, size_t len) {
  static const char *const modals[] = {
    "can", "could", "may", "might", "must", "shall", "should", "will",
    "would"
  };
  int r = 0, l;
  size_t i;
  if (len <= 6)
    for (i = 0; i < NELEMS(modals); i++)
      if (cmpw(w, len, modals[i]) == 0) return DS_VB_MODAL;
  if ((l = lemma(w, len)) != 0) r |= DS_VB_BASE | (l - 1);
  {
    size_t lo = 0, hi = NELEMS(irregular);
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      int c = cmpw(w, len, irregular[mid][0]);
      if (c == 0) { r |= DS_VB_PAST; break; }
      if (c < 0) hi = mid; else lo = mid + 1;
    }
  }
  if (endswith(w, len, "ed")) {
    if (lemma_with(w, len, 2, "") || lemma_with(w, len, 1, "") ||
        (len > 4 && w[len - 3] == w[len - 4] && lemma_with(w, len, 3, "")))
      r |= DS_VB_PAST;
    if (endswith(w, len, "ied") && lemma_with(w, len, 3, "y"))
      r |= DS_VB_PAST;
  }
  if (endswith(w, len, "ing")) {
    if (lemma_with(w, len, 3, "") || lemma_with(w, len, 3, "e") ||
        (len > 5 && w[len - 4] == w[len - 5] && lemma_with(w, len, 4, "")))
      r |= DS_VB_ING;
  }
  if (endswith(w, len, "s")) {
    if (lemma_with(w, len, 1, "") || (endswith(w, len, "es") &&
        lemma_with(w, len, 2, "")) ||
        (endswith(w, len, "ies") && lemma_with(w, len, 3, "y")))
      r |= DS_VB_3SG;
  }
  return r;
}


int ds_words_check (void) {
  size_t i;
  for (i = 1; i < NELEMS(abbrevs); i++)
    if (strcmp(abbrevs[i - 1].w, abbrevs[i].w) >= 0) return 0;
  for (i = 1; i < NELEMS(starters); i++)
    if (strcmp(starters[i - 1], starters[i]) >= 0) return 0;
  for (i = 1; i < NELEMS(saying); i++)
    if (strcmp(saying[i - 1], saying[i]) >= 0) return 0;
  for (i = 1; i < NELEMS(datenames); i++)
    if (strcmp(datenames[i - 1], datenames[i]) >= 0) return 0;
  for (i = 1; i < NELEMS(verbs); i++)
    if (strcmp(verbs[i - 1].w, verbs[i].w) >= 0) return 0;
  for (i = 1; i < NELEMS(irregular); i++)
    if (strcmp(irregular[i - 1][0], irregular[i][0]) >= 0) return 0;
  return 1;
}
