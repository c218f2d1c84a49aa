std = "lua54"
max_line_length = 100
exclude_files = { "build", "build-asan", "fuzz/build" }
files["spec"] = { std = "+busted" }
-- rule files: word classes become names when `words` defines them, so
-- undefined-variable warnings say nothing here (the rule language itself
-- refuses an undefined name when the file loads)
files["lua/dealscope/rules"] = { ignore = { "111", "112", "113" } }
files["examples/rules"] = { ignore = { "111", "112", "113" } }
files["bench/rules20.lua"] = { ignore = { "111", "112", "113" } }
files["e2e/hostile-rules.lua"] = { ignore = { "111", "112", "113" } }
-- a lighttpd mod_magnet script: lighttpd gives it the global 'lighty'
files["examples/lighttpd"] = { globals = { "lighty" } }
