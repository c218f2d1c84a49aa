/*
** ds_words.h -- the word lists of ds_words.c for the segmenter's hot
** paths: lookups on a key (the folded word, zero-padded to 16 bytes, as
** two little-endian numbers) that the caller builds from a token's
** bytes, without copying the word first. ds_is_starter() and the other
** functions of ds.h answer the same through these.
** See LICENSE for copyright and licence.
*/
#ifndef ds_words_h
#define ds_words_h

#include "ds.h"

/* what the lists say of a word (ds_word_info) */
#define DS_W_ABBR    0x0007    /* its DS_AB_* kind (any length) */
#define DS_W_STARTER 0x0008
#define DS_W_DATE    0x0010
#define DS_W_SAYING  0x0020
#define DS_W_VSHIFT  8         /* its DS_VB_* flags, shifted */

/* the longest key (in bytes): longer words are in no list */
#define DS_WORDKEY 15

/* the DS_W_* bits of the word whose key is a, b (0: in no list) */
DS_FUNC unsigned ds_word_info (uint64_t a, uint64_t b);

/* ds_verb_form of the word of 'len' bytes (2 to DS_WORDKEY) whose key
   is a, b */
DS_FUNC int ds_verb_form_key (uint64_t a, uint64_t b, size_t len);

/* the auxiliaries ("is", "are", "was", "were", "has", "have", "had")
   and the modals of the verb table, each in slot DS_AUX_SLOT(a) of its
   key a (2 to 6 bytes: the key is one number), zero-padded; the modals
   in the slots of the bits of DS_AUX_MODALS (ds_words_check verifies) */
#define DS_AUX_SLOT(a) \
  ((size_t)(((uint64_t)(a) * (uint64_t)0xC20879AF1168D9E1u) >> 60))
#define DS_AUX_MODALS 0xE5A5u
DS_FUNC const char ds_aux_words[16][8];

/*
** A filter in front of ds_verb_form_key, on the first eight bytes of a
** word only (a, all of its key when it is shorter): the a of each word
** that ds_verb_form_key says is a verb form sets the bits
** DS_VBLOOM_MASK(h) of ds_verb_bloom[DS_VBLOOM_WORD(h)], h =
** DS_VBLOOM_HASH(a) (a Bloom filter: ds_words_check verifies it holds
** every form). A word whose bits are not all set is no verb, without a
** lookup; most words after commas and "and" are not. As the forms are
** lower-case letters, a word's bytes ORed with 0x20 (a lower-case
** letter stays one) give its a for the filter: cheaper than ds_lower8,
** and a word they make a form's a is one of its letters in some case.
*/
#define DS_VBLOOM_HASH(a) ((uint64_t)(a) * (uint64_t)0x9E3779B97F4A7C15u)
#define DS_VBLOOM_WORD(h) ((size_t)((h) >> 56))
#define DS_VBLOOM_MASK(h) (((uint64_t)1 << (((h) >> 50) & 63)) | \
                           ((uint64_t)1 << (((h) >> 44) & 63)))
DS_FUNC const uint64_t ds_verb_bloom[256];

#endif
