std = "lua54"
max_line_length = 100
exclude_files = { "build", "build-asan", "fuzz/build" }
files["spec"] = { std = "+busted" }
