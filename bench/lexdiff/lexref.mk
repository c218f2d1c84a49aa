# The exported symbols of the frozen lexicon (csrc/ at the commit that
# tools/frozen.sh names 'lex'), renamed ds_* -> ref_* so that it links
# beside the live one. Included by the Makefile and fuzz/Makefile.
LEXREF_DEFS = $(foreach f,lexb_init lexb_free lexb_add lex_build lex_init \
                lex_free lexscan_init lexscan_free lex_scan,-Dds_$(f)=ref_$(f))
