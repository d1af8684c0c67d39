-- wrk script of the load test: the mix of issue 11 over real data.
--   wrk -t T -c C -d D -s bench/load/mix.lua <url> -- <jobs-file> <tokens-file> <codes-file> <threads> <round-offset>
-- Every 20 requests of a thread: 12 searches (60 %), 4 job details (20 %), 2 recommendations (10 %),
-- 1 application (5 %) and 1 WeChat sign-in (5 %), interleaved.
--   jobs-file    published job ids, one a line (job details and applications)
--   tokens-file  access tokens of registered seekers, one a line (recommendations and applications)
--   codes-file   WeChat login codes of the same seekers (the local WeChat stand-in: code X is openid X)
--   threads      wrk's -t, so that each thread applies for its own share of the seekers
--   round-offset first "round" of applications: seeker s applies in round r to a job no round of s uses
--                again, so every application is new (a repeat would be a 409) as long as each run of the
--                script over the same seekers starts after the rounds of the runs before
--   only         (optional) one kind alone: search, detail, recommend, apply or login
-- Prints one line: LOAD_SUMMARY with requests, rate, latency percentiles and the answers by status (201: an application made).

local queries = {
  "q=Java&district=3304", "q=会计", "q=销售&salaryMin=6000", "district=330402&sort=newest",
  "q=司机&jobType=FULL_TIME", "q=出纳&district=33&education=大专", "q=电工&district=3304&salaryMin=5000",
  "q=仓库管理员", "q=护士", "q=厨师&district=3304", "sort=newest", "q=软件工程师&education=本科",
  "q=普工&district=330402", "q=客服&jobType=PART_TIME", "district=31&salaryMin=8000", "q=仓库&size=10",
}
local SLOTS = { "search", "detail", "search", "search", "recommend", "search", "detail", "search", "search", "apply",
                "search", "detail", "search", "search", "recommend", "search", "detail", "search", "search", "login" }

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local lines = dofile("bench/lib/wrk.lua").lines

local function encode(s)
  return (s:gsub("[\128-\255]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  jobs = lines(args[1])
  tokens = lines(args[2])
  codes = lines(args[3])
  local nthreads = tonumber(args[4])
  offset = tonumber(args[5])
  per = math.floor(#tokens / nthreads)
  first = id * per
  searches = {}
  for i, q in ipairs(queries) do searches[i] = "/api/v1/jobs?" .. encode(q) end
  only = args[6]
  counter = id * 7
  applies, logins, searched, details, recommends = 0, 0, 0, 0, 0
  statuses = {}
end

function request()
  counter = counter + 1
  local kind = only or SLOTS[(counter % #SLOTS) + 1]
  local req
  if kind == "search" then
    searched = searched + 1
    req = wrk.format("GET", searches[(searched % #searches) + 1])
  elseif kind == "detail" then
    details = details + 1
    req = wrk.format("GET", "/api/v1/jobs/" .. jobs[((details * 7919 + id * 104729) % #jobs) + 1])
  elseif kind == "recommend" then
    recommends = recommends + 1
    req = wrk.format("GET", "/api/v1/seeker/recommendations?size=10",
      { ["Authorization"] = "Bearer " .. tokens[((recommends * 31 + id * 613) % #tokens) + 1] })
  elseif kind == "apply" then
    local s = first + (applies % per)
    local round = offset + math.floor(applies / per)
    applies = applies + 1
    local job = jobs[((s * 131 + round * 7) % #jobs) + 1]
    req = wrk.format("POST", "/api/v1/seeker/applications",
      { ["Authorization"] = "Bearer " .. tokens[s + 1], ["Content-Type"] = "application/json" },
      '{"jobId":"' .. job .. '"}')
  else
    logins = logins + 1
    req = wrk.format("POST", "/api/v1/auth/wechat-login", { ["Content-Type"] = "application/json" },
      '{"code":"' .. codes[((logins * 17 + id * 389) % #codes) + 1] .. '"}')
  end
  return req
end

function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    for k, v in pairs(s) do total[k] = (total[k] or 0) + v end
  end
  local parts, bad = {}, 0
  for k, v in pairs(total) do
    table.insert(parts, k .. ":" .. v)
    if tonumber(k) >= 300 then bad = bad + v end
  end
  table.sort(parts)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("LOAD_SUMMARY requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f"
    .. " errors=%d socket_errors=%d statuses=%s\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000, bad + errors, errors, table.concat(parts, ",")))
end
