-- Helpers shared by the wrk scripts of the benchmarks (wrk loads one script; each loads this with
--   local lib = dofile("bench/lib/wrk.lua")
-- and the benchmark scripts run wrk from the repository's root).
local lib = {}

-- the non-empty lines of a file, in order
function lib.lines(path)
  local t = {}
  for line in io.lines(path) do
    if line ~= "" then table.insert(t, line) end
  end
  return t
end

return lib
