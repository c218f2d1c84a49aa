rockspec_format = "3.0"
package = "dealscope"
version = "scm-1"
source = {
  url = "git+https://example.invalid/dealscope.git",
}
description = {
  summary = "Read trade deals out of text: a Lua 5.4 extension in C",
  detailed = [[
dealscope finds the clauses of news and policy text that grant tariff
relief, commit to purchases, ease or tighten export controls, with who
acts, towards whom, on what, with which figures, dates and certainty,
and merges them into deal records across articles.
]],
  license = "MIT",
}
dependencies = {
  "lua >= 5.4, < 5.5",
  "lpeg >= 1.0",
  "lua-cjson >= 2.1",
  "argparse >= 0.7",
}
test_dependencies = {
  "busted >= 2.0",
}
test = {
  type = "busted",
}
build = {
  type = "builtin",
  modules = {
    ["dealscope.core"] = {
      sources = {
        "csrc/ds_core.c",
        "csrc/ds_deal.c",
        "csrc/ds_deal_lua.c",
        "csrc/ds_deal_view.c",
        "csrc/ds_deal_words.c",
        "csrc/ds_doc.c",
        "csrc/ds_doc_lua.c",
        "csrc/ds_json.c",
        "csrc/ds_json_lua.c",
        "csrc/ds_lexicon.c",
        "csrc/ds_lexicon_lua.c",
        "csrc/ds_lexscan.c",
        "csrc/ds_mem.c",
        "csrc/ds_quant.c",
        "csrc/ds_quant_date.c",
        "csrc/ds_quant_lua.c",
        "csrc/ds_quant_words.c",
        "csrc/ds_segment.c",
        "csrc/ds_token.c",
        "csrc/ds_utf8.c",
        "csrc/ds_words.c",
      },
      incdirs = { "csrc" },
    },
    ["dealscope"] = "lua/dealscope/init.lua",
    ["dealscope.attributes"] = "lua/dealscope/attributes.lua",
    ["dealscope.cli"] = "lua/dealscope/cli.lua",
    ["dealscope.engine"] = "lua/dealscope/engine.lua",
    ["dealscope.eval"] = "lua/dealscope/eval.lua",
    ["dealscope.rules"] = "lua/dealscope/rules.lua",
    ["dealscope.rules.actors"] = "lua/dealscope/rules/actors.lua",
    ["dealscope.rules.context"] = "lua/dealscope/rules/context.lua",
    ["dealscope.rules.trade"] = "lua/dealscope/rules/trade.lua",
    ["dealscope.deal"] = "lua/dealscope/deal.lua",
    ["dealscope.lexicon"] = "lua/dealscope/lexicon.lua",
    ["dealscope.phrase"] = "lua/dealscope/phrase.lua",
    ["dealscope.report"] = "lua/dealscope/report/init.lua",
    ["dealscope.report.csv"] = "lua/dealscope/report/csv.lua",
    ["dealscope.report.html"] = "lua/dealscope/report/html.lua",
    ["dealscope.report.json"] = "lua/dealscope/report/json.lua",
    ["dealscope.report.md"] = "lua/dealscope/report/md.lua",
    ["dealscope.report.progress"] = "lua/dealscope/report/progress.lua",
    ["dealscope.report.table"] = "lua/dealscope/report/table.lua",
  },
  install = {
    bin = { dealscope = "bin/dealscope" },
  },
}
