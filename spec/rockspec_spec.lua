-- The rockspec must build what the Makefile builds: every C source and
-- every Lua module of the tree, mapped explicitly.
describe("rockspec/dealscope-scm-1.rockspec", function()
  local spec = {}
  local chunk = assert(loadfile("rockspec/dealscope-scm-1.rockspec", "t", spec))
  chunk()

  local function ls(cmd)
    local out, p = {}, io.popen(cmd)
    for l in p:lines() do out[#out + 1] = l end
    p:close()
    table.sort(out)
    return out
  end

  it("lists every C source of csrc/", function()
    local srcs = spec.build.modules["dealscope.core"].sources
    local sorted = { table.unpack(srcs) }
    table.sort(sorted)
    assert.same(ls("ls csrc/*.c"), sorted)
  end)

  it("maps every Lua module of lua/", function()
    local mapped = {}
    for name, v in pairs(spec.build.modules) do
      if type(v) == "string" then mapped[#mapped + 1] = v end
      assert.is_string(name)
    end
    table.sort(mapped)
    assert.same(ls("find lua -name '*.lua'"), mapped)
  end)

  it("installs the command line", function()
    assert.equal("bin/dealscope", spec.build.install.bin.dealscope)
  end)
end)
