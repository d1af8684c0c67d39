-- wrk script for the matching benchmark. Two modes, chosen by the first script argument:
--   wrk ... -s bench/matching/matching.lua <url> -- recommendations <tokens-file>
--       GET /api/v1/seeker/recommendations?size=10, rotating over the seekers' tokens (one a line)
--   wrk ... -s bench/matching/matching.lua <url> -- candidates <employer-token-file> <job-ids-file>
--       GET /api/v1/employer/jobs/{id}/candidates?size=10, rotating over the employer's jobs
local requests = {}
local counter = 0
local threads = {}

local lines = dofile("bench/lib/wrk.lua").lines

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local mode = args[1]
  if mode == "recommendations" then
    for _, token in ipairs(lines(args[2])) do
      table.insert(requests, wrk.format("GET", "/api/v1/seeker/recommendations?size=10", { ["Authorization"] = "Bearer " .. token }))
    end
  elseif mode == "candidates" then
    local token = lines(args[2])[1]
    for _, id in ipairs(lines(args[3])) do
      table.insert(requests, wrk.format("GET", "/api/v1/employer/jobs/" .. id .. "/candidates?size=10", { ["Authorization"] = "Bearer " .. token }))
    end
  else
    error("first script argument: recommendations or candidates")
  end
  counter = id
  errors_non2xx = 0
  empty = 0
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

function response(status, headers, body)
  if status ~= 200 then
    errors_non2xx = errors_non2xx + 1
  elseif body == '{"items":[]}' then
    empty = empty + 1
  end
end

function done(summary, latency, requests)
  local non2xx, emptyPages = 0, 0
  for _, t in ipairs(threads) do
    non2xx = non2xx + (t:get("errors_non2xx") or 0)
    emptyPages = emptyPages + (t:get("empty") or 0)
  end
  io.write(string.format("WRK_SUMMARY requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d empty=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, non2xx, emptyPages,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
