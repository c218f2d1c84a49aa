/*
** ds_words.c -- the few English words the segmenter must know:
** abbreviations that end in a period, words that start sentences,
** names of days and months, verbs of saying, and verbs whose
** coordination opens a clause. Each list is sorted (bytewise); the
** lookups read a hash table made from them, and the clause loop a
** filter of the verbs' forms (ds_words_hash.h, written by 'make
** words-hash'); core._selfcheck() verifies all three.
** See LICENSE for copyright and licence.
*/
#include <string.h>

#include "ds.h"
#include "ds_words.h"
#include "ds_swar.h"

#define NELEMS(a) (sizeof(a) / sizeof((a)[0]))

/*
** Words are stored zero-padded to WORDMAX bytes, and so is the word
** looked up: a comparison is two comparisons of 64-bit numbers (see
** Key), and the order is the bytewise order of the words.
*/
#define WORDMAX 16

typedef struct Entry {
  char w[WORDMAX];
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
static const char starters[][WORDMAX] = {
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
static const char datenames[][WORDMAX] = {
  "apr", "april", "aug", "august", "dec", "december", "feb", "february",
  "fri", "friday", "jan", "january", "jul", "july", "jun", "june", "mar",
  "march", "may", "mon", "monday", "nov", "november", "oct", "october", "sat",
  "saturday", "sep", "sept", "september", "sun", "sunday", "thu", "thurs",
  "thursday", "tue", "tues", "tuesday", "wed", "wednesday",
};

/* verbs of saying, as they follow a quotation: '"Why?" Lent asked' */
static const char saying[][WORDMAX] = {
  "added", "adds", "announced", "argued", "asked", "asks", "commented",
  "concluded", "continued", "declared", "explained", "insisted", "noted",
  "recalled", "remarked", "replied", "said", "says", "shouted", "stated",
  "states", "suggested", "told", "warned", "wrote",
};

/*
** The verb forms the clause splitter knows: lemmas (DS_VB_BASE, and
** DS_VB_NOUN for those that are common nouns too), irregular past
** forms (DS_VB_PAST) and modals (DS_VB_MODAL), in one table so that
** a word takes one search. Regular inflections ("scrapped", "pauses",
** "easing") are undone by rule in ds_verb_form.
*/
static const Entry verbs[] = {
  {"accept", DS_VB_BASE},
  {"acquire", DS_VB_BASE},
  {"add", DS_VB_BASE},
  {"address", DS_VB_BASE | DS_VB_NOUN},
  {"advance", DS_VB_BASE},
  {"agree", DS_VB_BASE},
  {"aim", DS_VB_BASE},
  {"allow", DS_VB_BASE},
  {"announce", DS_VB_BASE},
  {"approve", DS_VB_BASE},
  {"ask", DS_VB_BASE},
  {"authorize", DS_VB_BASE},
  {"back", DS_VB_BASE | DS_VB_NOUN},
  {"ban", DS_VB_BASE | DS_VB_NOUN},
  {"began", DS_VB_PAST},
  {"block", DS_VB_BASE | DS_VB_NOUN},
  {"boost", DS_VB_BASE},
  {"bought", DS_VB_PAST},
  {"buy", DS_VB_BASE},
  {"call", DS_VB_BASE | DS_VB_NOUN},
  {"can", DS_VB_MODAL},
  {"cap", DS_VB_BASE | DS_VB_NOUN},
  {"cease", DS_VB_BASE},
  {"change", DS_VB_BASE | DS_VB_NOUN},
  {"close", DS_VB_BASE | DS_VB_NOUN},
  {"commit", DS_VB_BASE},
  {"complete", DS_VB_BASE},
  {"conclude", DS_VB_BASE},
  {"consider", DS_VB_BASE},
  {"continue", DS_VB_BASE},
  {"cooperate", DS_VB_BASE},
  {"could", DS_VB_MODAL},
  {"counter", DS_VB_BASE},
  {"crack", DS_VB_BASE},
  {"create", DS_VB_BASE},
  {"curb", DS_VB_BASE},
  {"cut", DS_VB_BASE | DS_VB_PAST | DS_VB_NOUN},
  {"decide", DS_VB_BASE},
  {"declare", DS_VB_BASE},
  {"decline", DS_VB_BASE},
  {"defer", DS_VB_BASE},
  {"delay", DS_VB_BASE | DS_VB_NOUN},
  {"demand", DS_VB_BASE | DS_VB_NOUN},
  {"deny", DS_VB_BASE},
  {"discuss", DS_VB_BASE},
  {"double", DS_VB_BASE | DS_VB_NOUN},
  {"drop", DS_VB_BASE | DS_VB_NOUN},
  {"ease", DS_VB_BASE},
  {"eliminate", DS_VB_BASE},
  {"end", DS_VB_BASE | DS_VB_NOUN},
  {"enforce", DS_VB_BASE},
  {"ensure", DS_VB_BASE},
  {"establish", DS_VB_BASE},
  {"exempt", DS_VB_BASE},
  {"expand", DS_VB_BASE},
  {"expect", DS_VB_BASE},
  {"export", DS_VB_BASE | DS_VB_NOUN},
  {"extend", DS_VB_BASE},
  {"facilitate", DS_VB_BASE},
  {"fight", DS_VB_BASE | DS_VB_NOUN},
  {"fought", DS_VB_PAST},
  {"freeze", DS_VB_BASE | DS_VB_NOUN},
  {"froze", DS_VB_PAST},
  {"frozen", DS_VB_PAST},
  {"gave", DS_VB_PAST},
  {"give", DS_VB_BASE},
  {"given", DS_VB_PAST},
  {"grant", DS_VB_BASE},
  {"greenlight", DS_VB_BASE},
  {"halt", DS_VB_BASE},
  {"halve", DS_VB_BASE},
  {"held", DS_VB_PAST},
  {"hint", DS_VB_BASE | DS_VB_NOUN},
  {"hit", DS_VB_PAST},
  {"hold", DS_VB_BASE | DS_VB_NOUN},
  {"import", DS_VB_BASE | DS_VB_NOUN},
  {"impose", DS_VB_BASE},
  {"improve", DS_VB_BASE},
  {"increase", DS_VB_BASE | DS_VB_NOUN},
  {"indicate", DS_VB_BASE},
  {"introduce", DS_VB_BASE},
  {"invest", DS_VB_BASE},
  {"issue", DS_VB_BASE | DS_VB_NOUN},
  {"keep", DS_VB_BASE},
  {"kept", DS_VB_PAST},
  {"launch", DS_VB_BASE},
  {"let", DS_VB_PAST},
  {"lift", DS_VB_BASE},
  {"limit", DS_VB_BASE | DS_VB_NOUN},
  {"lower", DS_VB_BASE},
  {"made", DS_VB_PAST},
  {"maintain", DS_VB_BASE},
  {"make", DS_VB_BASE},
  {"may", DS_VB_MODAL},
  {"meet", DS_VB_BASE},
  {"met", DS_VB_PAST},
  {"might", DS_VB_MODAL},
  {"must", DS_VB_MODAL},
  {"negotiate", DS_VB_BASE},
  {"offer", DS_VB_BASE | DS_VB_NOUN},
  {"open", DS_VB_BASE},
  {"order", DS_VB_BASE | DS_VB_NOUN},
  {"pause", DS_VB_BASE | DS_VB_NOUN},
  {"permit", DS_VB_BASE},
  {"place", DS_VB_BASE},
  {"plan", DS_VB_BASE | DS_VB_NOUN},
  {"pledge", DS_VB_BASE | DS_VB_NOUN},
  {"postpone", DS_VB_BASE},
  {"press", DS_VB_BASE | DS_VB_NOUN},
  {"prevent", DS_VB_BASE},
  {"promise", DS_VB_BASE | DS_VB_NOUN},
  {"propose", DS_VB_BASE},
  {"protect", DS_VB_BASE},
  {"provide", DS_VB_BASE},
  {"purchase", DS_VB_BASE | DS_VB_NOUN},
  {"pursue", DS_VB_BASE},
  {"push", DS_VB_BASE},
  {"put", DS_VB_PAST},
  {"raise", DS_VB_BASE | DS_VB_NOUN},
  {"reach", DS_VB_BASE | DS_VB_NOUN},
  {"reaffirm", DS_VB_BASE},
  {"reduce", DS_VB_BASE},
  {"reject", DS_VB_BASE},
  {"relax", DS_VB_BASE},
  {"release", DS_VB_BASE | DS_VB_NOUN},
  {"remove", DS_VB_BASE},
  {"renew", DS_VB_BASE},
  {"reopen", DS_VB_BASE},
  {"repeal", DS_VB_BASE},
  {"resolve", DS_VB_BASE},
  {"restrict", DS_VB_BASE},
  {"resume", DS_VB_BASE},
  {"retaliate", DS_VB_BASE},
  {"return", DS_VB_BASE | DS_VB_NOUN},
  {"review", DS_VB_BASE | DS_VB_NOUN},
  {"revise", DS_VB_BASE},
  {"revisit", DS_VB_BASE},
  {"revoke", DS_VB_BASE},
  {"roll", DS_VB_BASE},
  {"said", DS_VB_PAST},
  {"sanction", DS_VB_BASE | DS_VB_NOUN},
  {"say", DS_VB_BASE},
  {"scrap", DS_VB_BASE},
  {"seek", DS_VB_BASE},
  {"sell", DS_VB_BASE},
  {"send", DS_VB_BASE},
  {"sent", DS_VB_PAST},
  {"set", DS_VB_BASE | DS_VB_PAST},
  {"shall", DS_VB_MODAL},
  {"ship", DS_VB_BASE | DS_VB_NOUN},
  {"should", DS_VB_MODAL},
  {"sign", DS_VB_BASE},
  {"signal", DS_VB_BASE | DS_VB_NOUN},
  {"slash", DS_VB_BASE},
  {"sold", DS_VB_PAST},
  {"sought", DS_VB_PAST},
  {"stop", DS_VB_BASE | DS_VB_NOUN},
  {"strengthen", DS_VB_BASE},
  {"suspend", DS_VB_BASE},
  {"take", DS_VB_BASE},
  {"taken", DS_VB_PAST},
  {"target", DS_VB_BASE | DS_VB_NOUN},
  {"tell", DS_VB_BASE},
  {"threaten", DS_VB_BASE},
  {"tighten", DS_VB_BASE},
  {"told", DS_VB_PAST},
  {"took", DS_VB_PAST},
  {"trim", DS_VB_BASE},
  {"undertook", DS_VB_PAST},
  {"urge", DS_VB_BASE},
  {"waive", DS_VB_BASE},
  {"warn", DS_VB_BASE},
  {"welcome", DS_VB_BASE},
  {"will", DS_VB_MODAL},
  {"withdraw", DS_VB_BASE},
  {"withdrawn", DS_VB_PAST},
  {"withdrew", DS_VB_PAST},
  {"work", DS_VB_BASE | DS_VB_NOUN},
  {"would", DS_VB_MODAL},
};



/* 8 bytes as a big-endian number: numbers compare as the bytes do */
static inline uint64_t be64 (const char *p) {
  const unsigned char *u = (const unsigned char *)p;
  return ((uint64_t)u[0] << 56) | ((uint64_t)u[1] << 48) |
         ((uint64_t)u[2] << 40) | ((uint64_t)u[3] << 32) |
         ((uint64_t)u[4] << 24) | ((uint64_t)u[5] << 16) |
         ((uint64_t)u[6] << 8) | (uint64_t)u[7];
}

/* a word as two numbers, for comparisons without a byte loop */
typedef struct Key {
  uint64_t h, l;
} Key;

/* the word 'w' of 'len' bytes, zero-padded, as a key; 0 if too long */
static int mkkey (const char *w, size_t len, Key *k) {
  char buf[WORDMAX];
  if (len >= WORDMAX) return 0;
  memset(buf, 0, WORDMAX);
  memcpy(buf, w, len);
  k->h = be64(buf);
  k->l = be64(buf + 8);
  return 1;
}

/* is key 'k' at or after the padded word 'w'? (no branch) */
static inline int atorafter (const Key *k, const char *w) {
  uint64_t h = be64(w), l = be64(w + 8);
  return (k->h > h) | ((k->h == h) & (k->l >= l));
}

/* is key 'k' the padded word 'w'? */
static inline int same (const Key *k, const char *w) {
  return k->h == be64(w) && k->l == be64(w + 8);
}

/*
** The index of 'k' in the sorted list 't' of 'n' words ('stride' bytes
** apart), or -1. The search halves the list without a data-dependent
** branch, so a miss costs no misprediction.
*/
static long search (const char *t, size_t n, size_t stride, const Key *k) {
  size_t base = 0;
  if (n == 0) return -1;
  while (n > 1) {
    size_t half = n / 2;
    base += atorafter(k, t + (base + half) * stride) ? half : 0;
    n -= half;
  }
  return same(k, t + base * stride) ? (long)base : -1;
}

#define SEARCH(t, k) search((const char *)(t), NELEMS(t), sizeof((t)[0]), k)


/*
** What the lists say of a word: its abbreviation kind, whether it is a
** starter, a date name, a verb of saying, and its verb flags, as the
** W_* bits of one number. The lists above are the source; the segmenter
** reads the same answers from the hash table in ds_words_hash.h (one
** probe instead of a binary search per list), which 'make words-hash'
** writes from the lists and ds_words_check() compares with them.
*/
#define W_ABBR    DS_W_ABBR
#define W_STARTER DS_W_STARTER
#define W_DATE    DS_W_DATE
#define W_SAYING  DS_W_SAYING
#define W_VSHIFT  DS_W_VSHIFT

static unsigned list_info (const Key *k) {
  unsigned info = 0;
  long x;
  if ((x = SEARCH(abbrevs, k)) >= 0) info |= (unsigned)abbrevs[x].v;
  if (SEARCH(starters, k) >= 0) info |= W_STARTER;
  if (SEARCH(datenames, k) >= 0) info |= W_DATE;
  if (SEARCH(saying, k) >= 0) info |= W_SAYING;
  if ((x = SEARCH(verbs, k)) >= 0) info |= (unsigned)verbs[x].v << W_VSHIFT;
  return info;
}

/*
** The hash table: HSIZE slots, each a zero-padded word and its W_*
** bits, or empty (all zero). A word goes to its hash's slot or, when
** that is taken, to the next free one (linear probing); the table is
** less than a quarter full, so a lookup reads one slot, rarely two.
*/
#define HBITS 11
#define HSIZE ((size_t)1 << HBITS)

typedef struct Slot {
  char w[WORDMAX];
  unsigned short info;
} Slot;

/* the home slot of the padded word whose halves are a, b */
static inline size_t hash (uint64_t a, uint64_t b) {
  return (size_t)(((a * (uint64_t)0x9E3779B97F4A7C15u) ^
                   (b * (uint64_t)0xC2B2AE3D27D4EB4Fu)) >> (64 - HBITS));
}

/*
** The words of which ds_verb_form_key may say anything but 0, for the
** filter ds_verb_bloom: a word of the verb table, or a regular form of
** one of its lemmas (DS_VB_BASE) as ds_verb_form_key undoes them, each
** rule of its giving one form: lemma + "ed", + "d", + its last letter +
** "ed", "y" to "ied"; + "ing", "e" to "ing", + its last letter + "ing";
** + "s", + "es", "y" to "ies". Forms the rules then reject are in too:
** the filter may let a word through, never keep a verb out. The forms
** of entry e go to 'out' (VFORMS words, zero-padded); their number.
*/
#define VFORMS 12

static size_t form (char out[][WORDMAX], size_t n, const char *w,
                    size_t wl, int extra, const char *suf) {
  size_t sl = strlen(suf);
  if (wl + (extra != 0) + sl >= WORDMAX) return n;   /* too long: none */
  memset(out[n], 0, WORDMAX);
  memcpy(out[n], w, wl);
  if (extra) out[n][wl++] = (char)extra;
  memcpy(out[n] + wl, suf, sl);
  return n + 1;
}

static size_t verb_forms (const Entry *e, char out[][WORDMAX]) {
  size_t l = strlen(e->w), n = form(out, 0, e->w, l, 0, "");
  int last = l > 0 ? (unsigned char)e->w[l - 1] : 0;
  if (!(e->v & DS_VB_BASE)) return n;
  n = form(out, n, e->w, l, 0, "ed");
  n = form(out, n, e->w, l, 0, "d");
  n = form(out, n, e->w, l, last, "ed");
  n = form(out, n, e->w, l, 0, "ing");
  n = form(out, n, e->w, l, last, "ing");
  n = form(out, n, e->w, l, 0, "s");
  n = form(out, n, e->w, l, 0, "es");
  if (last == 'y') {
    n = form(out, n, e->w, l - 1, 0, "ied");
    n = form(out, n, e->w, l - 1, 0, "ies");
  }
  if (last == 'e') n = form(out, n, e->w, l - 1, 0, "ing");
  return n;
}

/* the bits of DS_VBLOOM_MASK of the padded word w */
static inline uint64_t bloom_bits (const char *w, size_t *word) {
  uint64_t h = DS_VBLOOM_HASH(ds_le64(w));
  *word = DS_VBLOOM_WORD(h);
  return DS_VBLOOM_MASK(h);
}

#ifndef DS_WORDS_GEN        /* the generator (make words-hash) has none */

#include "ds_words_hash.h"

/* the W_* bits of the padded word a, b (0: in no list) */
static inline unsigned probe (uint64_t a, uint64_t b) {
  size_t i = hash(a, b);
  for (;;) {
    const Slot *e = &word_slots[i];
    uint64_t ea = ds_le64(e->w);
    if (ea == a && ds_le64(e->w + 8) == b) return e->info;
    if (ea == 0) return 0;                  /* an empty slot */
    i = (i + 1) & (HSIZE - 1);
  }
}

/* the first n (0 to 8) bytes at p as a little-endian number: two loads
   that may overlap, not a byte loop (a byte copy then a wide load
   would stall on store forwarding) */
static inline uint64_t part (const char *p, size_t n) {
  const unsigned char *u = (const unsigned char *)p;
  if (n >= 4) {
    uint64_t lo = (uint64_t)u[0] | ((uint64_t)u[1] << 8) |
                  ((uint64_t)u[2] << 16) | ((uint64_t)u[3] << 24);
    const unsigned char *v = u + n - 4;
    uint64_t hi = (uint64_t)v[0] | ((uint64_t)v[1] << 8) |
                  ((uint64_t)v[2] << 16) | ((uint64_t)v[3] << 24);
    return lo | (hi << (8 * (n - 4)));
  }
  if (n >= 2)
    return (uint64_t)u[0] | ((uint64_t)u[1] << 8) |
           ((uint64_t)u[n - 2] << (8 * (n - 2))) |
           ((uint64_t)u[n - 1] << (8 * (n - 1)));
  return n ? u[0] : 0;
}

/* the word 'w' of 'len' bytes (len < WORDMAX), zero-padded, as the
   halves the hash table compares */
static inline void halves (const char *w, size_t len, uint64_t *a,
                           uint64_t *b) {
  if (len > 8) { *a = ds_le64(w); *b = part(w + 8, len - 8); }
  else { *a = part(w, len); *b = 0; }
}

/* the W_* bits of the word 'w' of 'len' bytes */
static unsigned info (const char *w, size_t len) {
  uint64_t a, b;
  if (len >= WORDMAX) return 0;
  halves(w, len, &a, &b);
  return probe(a, b);
}

int ds_abbrev_kind (const char *w, size_t len) {
  if (len > DS_ABBRMAX) return DS_AB_NONE;
  return (int)(info(w, len) & W_ABBR);
}

int ds_is_abbrev (const char *w, size_t len) {
  return ds_abbrev_kind(w, len) != DS_AB_NONE;
}

int ds_is_starter (const char *w, size_t len) {
  return (info(w, len) & W_STARTER) != 0;
}

int ds_is_saying (const char *w, size_t len) {
  return (info(w, len) & W_SAYING) != 0;
}

int ds_is_datename (const char *w, size_t len) {
  return (info(w, len) & W_DATE) != 0;
}

unsigned ds_word_info (uint64_t a, uint64_t b) {
  return probe(a, b);
}

/* byte k of the key a, b */
#define KEYBYTE(a, b, k) \
  ((unsigned)(((k) < 8 ? (a) >> (8 * (k)) : (b) >> (8 * ((k) - 8))) & 0xFF))

/*
** Is the word of key a, b and 'len' bytes, minus its last 'cut' bytes
** plus the byte 'add' (0: none), a lemma? Returns its flags (DS_VB_NOUN
** or 0) plus 1, or 0.
*/
static int lemma_with (uint64_t a, uint64_t b, size_t len, size_t cut,
                       unsigned add) {
  size_t p = len - cut;
  int v;
  if (len <= cut || p + (add != 0) >= WORDMAX) return 0;
  if (p < 8) {                              /* keep bytes 0..p-1 */
    a &= ((uint64_t)1 << (8 * p)) - 1;
    b = 0;
    a |= (uint64_t)add << (8 * p);
  }
  else {
    b &= ((uint64_t)1 << (8 * (p - 8))) - 1;
    b |= (uint64_t)add << (8 * (p - 8));
  }
  v = (int)(probe(a, b) >> W_VSHIFT);
  if (!(v & DS_VB_BASE)) return 0;
  return (v & DS_VB_NOUN) + 1;
}

/* does the word end with the two or three bytes 'suf' (and is longer)? */
#define ENDS2(a, b, len, c1, c2) \
  ((len) > 2 && KEYBYTE(a, b, (len) - 2) == (c1) && \
   KEYBYTE(a, b, (len) - 1) == (c2))
#define ENDS3(a, b, len, c1, c2, c3) \
  ((len) > 3 && KEYBYTE(a, b, (len) - 3) == (c1) && ENDS2(a, b, len, c2, c3))

/*
** The forms a folded word can be, as DS_VB_* bits (0: not a known
** verb). Regular inflection is undone by rule: "scrapped", "pausing",
** "halves", "eased"; the table holds lemmas, irregular past forms and
** modals. The -s form of a lemma that is a noun is a noun too.
*/
int ds_verb_form_key (uint64_t a, uint64_t b, size_t len) {
  int r = (int)(probe(a, b) >> W_VSHIFT);
  if (r & DS_VB_MODAL) return DS_VB_MODAL;
  switch (KEYBYTE(a, b, len - 1)) {
    case 'd':
      if (!ENDS2(a, b, len, 'e', 'd')) break;
      if (lemma_with(a, b, len, 2, 0) || lemma_with(a, b, len, 1, 0) ||
          (len > 4 && KEYBYTE(a, b, len - 3) == KEYBYTE(a, b, len - 4) &&
           lemma_with(a, b, len, 3, 0)))
        r |= DS_VB_PAST;
      if (ENDS3(a, b, len, 'i', 'e', 'd') && lemma_with(a, b, len, 3, 'y'))
        r |= DS_VB_PAST;
      break;
    case 'g':
      if (!ENDS3(a, b, len, 'i', 'n', 'g')) break;
      if (lemma_with(a, b, len, 3, 0) || lemma_with(a, b, len, 3, 'e') ||
          (len > 5 && KEYBYTE(a, b, len - 4) == KEYBYTE(a, b, len - 5) &&
           lemma_with(a, b, len, 4, 0)))
        r |= DS_VB_ING;
      break;
    case 's': {                 /* "bans" is a plural noun too */
      int l = lemma_with(a, b, len, 1, 0);
      if (!l && ENDS2(a, b, len, 'e', 's'))
        l = lemma_with(a, b, len, 2, 0);
      if (!l && ENDS3(a, b, len, 'i', 'e', 's'))
        l = lemma_with(a, b, len, 3, 'y');
      if (l) r |= DS_VB_3SG | (l - 1);
      break;
    }
    default: break;
  }
  return r;
}

/* the modals of the verb table (ds_words_check compares the two) */
static const struct { char w[8]; size_t len; } modals[] = {
  {"can", 3}, {"could", 5}, {"may", 3}, {"might", 5}, {"must", 4},
  {"shall", 5}, {"should", 6}, {"will", 4}, {"would", 5}
};

/*
** The auxiliaries and modals the clause loop looks for, each in the
** slot DS_AUX_SLOT gives its key (a minimal perfect hash: a word is
** one of them when its slot holds it, one load and one comparison
** instead of one per word). DS_AUX_MODALS marks the modals' slots.
*/
const char ds_aux_words[16][8] = {
  "might", "was", "would", "have", "are", "may", "is", "must",
  "can", "had", "should", "has", "were", "will", "shall", "could"
};

int ds_verb_form (const char *w, size_t len) {
  uint64_t a, b;
  if (len < 2 || len >= WORDMAX) return 0;
  halves(w, len, &a, &b);
  return ds_verb_form_key(a, b, len);
}

#endif


/* are the 'n' words at 'base' ('stride' bytes apart) padded and sorted? */
static int sorted (const char *base, size_t n, size_t stride) {
  size_t i;
  for (i = 0; i < n; i++) {
    const char *w = base + i * stride;
    if (w[WORDMAX - 1] != '\0') return 0;
    if (i > 0 && memcmp(w - stride, w, WORDMAX) >= 0) return 0;
  }
  return 1;
}

/* the length of the longest of the 'n' words at 'base' */
static size_t longest (const char *base, size_t n, size_t stride) {
  size_t i, l = 0;
  for (i = 0; i < n; i++)
    if (strlen(base + i * stride) > l) l = strlen(base + i * stride);
  return l;
}

/* has every verb a flag (the hash table tells verbs by their flags)? */
static int flagged (void) {
  size_t i;
  for (i = 0; i < NELEMS(verbs); i++)
    if (verbs[i].v == 0 || (verbs[i].v >> (16 - W_VSHIFT)) != 0) return 0;
  return 1;
}

#ifndef DS_WORDS_GEN

/* does the hash table answer as the lists do, for the 'n' words at
   'base', and hold no word they lack? */
static int hashed (const char *base, size_t n, size_t stride) {
  size_t i;
  Key k;
  for (i = 0; i < n; i++) {
    const char *w = base + i * stride;
    mkkey(w, strlen(w), &k);
    if (info(w, strlen(w)) != list_info(&k)) return 0;
  }
  return 1;
}

static int hash_exact (void) {
  size_t i;
  for (i = 0; i < HSIZE; i++) {
    const Slot *e = &word_slots[i];
    const char *z = (const char *)memchr(e->w, '\0', WORDMAX);
    size_t l = z ? (size_t)(z - e->w) : WORDMAX;
    Key k;
    if (l == 0) continue;
    if (!mkkey(e->w, l, &k) || list_info(&k) != e->info ||
        info(e->w, l) != e->info)
      return 0;
  }
  return hashed(abbrevs[0].w, NELEMS(abbrevs), sizeof(Entry)) &&
         hashed(starters[0], NELEMS(starters), WORDMAX) &&
         hashed(saying[0], NELEMS(saying), WORDMAX) &&
         hashed(datenames[0], NELEMS(datenames), WORDMAX) &&
         hashed(verbs[0].w, NELEMS(verbs), sizeof(Entry));
}

/* are the modals of the list those of the verb table? */
static int modals_listed (void) {
  size_t i, k, n = 0;
  for (i = 0; i < NELEMS(verbs); i++) {
    int listed = 0;
    for (k = 0; k < NELEMS(modals); k++)
      listed |= strcmp(verbs[i].w, modals[k].w) == 0 &&
                strlen(modals[k].w) == modals[k].len;
    if (listed != ((verbs[i].v & DS_VB_MODAL) != 0)) return 0;
    n += (size_t)listed;
  }
  return n == NELEMS(modals);
}

/* is each word of ds_aux_words in its slot, a modal of the list where
   DS_AUX_MODALS says so and an auxiliary of 'be' and 'have' elsewhere?
   (16 words in 16 slots: each of both lists is there) */
static int aux_hashed (void) {
  static const char *const be[] = {
    "is", "are", "was", "were", "has", "have", "had"
  };
  size_t i, k, nmodal = 0;
  for (i = 0; i < 16; i++) {
    const char *w = ds_aux_words[i];
    size_t l = strlen(w);
    int modal = 0, other = 0;
    if (l < 2 || l > 6 || DS_AUX_SLOT(ds_le64(w)) != i) return 0;
    for (k = 0; k < NELEMS(modals); k++)
      modal |= strcmp(w, modals[k].w) == 0;
    for (k = 0; k < NELEMS(be); k++)
      other |= strcmp(w, be[k]) == 0;
    if (modal + other != 1 || modal != (int)((DS_AUX_MODALS >> i) & 1))
      return 0;
    nmodal += (size_t)modal;
  }
  return nmodal == NELEMS(modals) && 16 - nmodal == NELEMS(be);
}

/* does ds_verb_bloom let each form of each verb through? */
static int bloom_holds (void) {
  size_t i, k;
  for (i = 0; i < NELEMS(verbs); i++) {
    char f[VFORMS][WORDMAX];
    size_t n = verb_forms(&verbs[i], f);
    for (k = 0; k < n; k++) {
      size_t w;
      uint64_t m = bloom_bits(f[k], &w);
      if ((ds_verb_bloom[w] & m) != m) return 0;
    }
  }
  return 1;
}

int ds_words_check (void) {
  return sorted(abbrevs[0].w, NELEMS(abbrevs), sizeof(Entry)) &&
         sorted(starters[0], NELEMS(starters), WORDMAX) &&
         sorted(saying[0], NELEMS(saying), WORDMAX) &&
         sorted(datenames[0], NELEMS(datenames), WORDMAX) &&
         sorted(verbs[0].w, NELEMS(verbs), sizeof(Entry)) &&
         longest(abbrevs[0].w, NELEMS(abbrevs), sizeof(Entry)) <= DS_ABBRMAX &&
         flagged() && hash_exact() && modals_listed() &&
         aux_hashed() && bloom_holds();
}

#endif
