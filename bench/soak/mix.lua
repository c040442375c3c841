-- wrk script of the soak: each connection picks, per request, a read or a write of the mix below. Writes carry a
-- marker (thread-sequence) and their ids are written, one per line, to <PH_SOAK_IDS>/<thread>.ids as «kind id».
-- Every answer other than 2xx counts as an error and is written there as «error status».
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local function split(s)
  local t = {}
  for v in string.gmatch(s or "", "[^,]+") do table.insert(t, v) end
  return t
end

function init(args)
  program = os.getenv("SOAK_PROGRAM")
  lead = os.getenv("SOAK_LEAD")
  tasks = split(os.getenv("SOAK_TASKS"))
  focal = "Bearer " .. os.getenv("SOAK_FOCAL_TOKEN")
  keeper = "Bearer " .. os.getenv("SOAK_KEEPER_TOKEN")
  cookie = os.getenv("SOAK_COOKIE")
  today = os.getenv("SOAK_TODAY")
  ids = io.open(os.getenv("SOAK_IDS") .. "/" .. tid .. ".ids", "a")
  ids:setvbuf("line")
  seq = 0
  errors = 0
  math.randomseed(os.time() + tid * 7919)
end

local words = { "c%C3%B4ng%20t%C3%A1c", "ph%E1%BB%91i%20h%E1%BB%A3p", "b%C3%A1o%20c%C3%A1o", "tuy%C3%AAn%20truy%E1%BB%81n" }

local function get(path, auth)
  local h = { ["Accept"] = "application/json" }
  if auth then h["Authorization"] = auth else h["Cookie"] = cookie; h["Accept"] = "text/html" end
  return wrk.format("GET", path, h)
end

local function post(path, auth, body)
  return wrk.format("POST", path, { ["Authorization"] = auth, ["Content-Type"] = "application/json",
    ["Accept"] = "application/json" }, body)
end

function request()
  local r = math.random(100)
  local task = tasks[math.random(#tasks)]
  if r <= 12 then
    seq = seq + 1
    return post("/api/v1/tasks/" .. task .. "/progress", focal, string.format(
      '{"reportedOn":"%s","percent":%d,"text":"Soak %d-%d: đang triển khai","completed":false}',
      today, math.random(0, 90), tid, seq))
  elseif r <= 18 then
    seq = seq + 1
    return post("/api/v1/programs/" .. program .. "/tasks", keeper, string.format(
      '{"title":"Soak %d-%d nhiệm vụ phối hợp","leadOrganizationId":%s,"dueDate":"%s"}', tid, seq, lead, today))
  elseif r <= 40 then
    return get("/api/v1/programs/" .. program .. "/tasks?page=" .. math.random(0, 9) .. "&size=25", focal)
  elseif r <= 55 then
    return get("/api/v1/tasks/" .. task, focal)
  elseif r <= 65 then
    return get("/api/v1/tasks/" .. task .. "/progress", focal)
  elseif r <= 75 then
    return get("/api/v1/search?q=" .. words[math.random(#words)], focal)
  elseif r <= 82 then
    return get("/api/v1/notifications", focal)
  elseif r <= 92 then
    return get("/programs/" .. program, nil)
  else
    return get("/tasks/" .. task, nil)
  end
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    errors = errors + 1
    ids:write("error ", status, "\n")
  elseif status == 201 and body then
    -- {"id":N,"taskId":…} is a progress report, {"id":N,"programId":…} a task.
    local id, second = string.match(body, '^{"id":(%d+),"(%a+)"')
    if id then
      ids:write(second == "taskId" and "progress" or "task", " ", id, "\n")
    end
  end
end

function done(summary, latency, requests)
  local httpErrors = 0
  for _, t in ipairs(threads) do
    httpErrors = httpErrors + t:get("errors")
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f socket_errors=%d http_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, socket, httpErrors))
end
