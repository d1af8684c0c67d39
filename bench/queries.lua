-- wrk script: rotates the benchmark's keyword + filter queries (the same mix as NaiveSearch.java).
-- Non-ASCII characters are percent-encoded here, so the list stays readable.
local queries = {
  "q=Java&district=3304",
  "q=会计",
  "q=销售&salaryMin=6000",
  "district=330402&sort=newest",
  "q=司机&jobType=FULL_TIME",
  "q=出纳&district=33&education=大专",
  "q=电工&district=3304&salaryMin=5000",
  "q=仓库管理员",
}
local paths = {}
for i, q in ipairs(queries) do
  paths[i] = "/api/v1/jobs?" .. q:gsub("[\128-\255]", function(c) return string.format("%%%02X", string.byte(c)) end)
end

local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  counter = id  -- each thread starts at a different query
  errors_non2xx = 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  if status ~= 200 then errors_non2xx = errors_non2xx + 1 end
end

function done(summary, latency, requests)
  local non2xx = 0
  for _, t in ipairs(threads) do non2xx = non2xx + (t:get("errors_non2xx") or 0) end
  io.write(string.format("WRK_SUMMARY requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, non2xx,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
