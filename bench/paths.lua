-- wrk script: requests the paths listed in a file (wrk ... -s bench/paths.lua BASE -- FILE),
-- one after another, each thread from its own random starting point, so a run of a few
-- thousand requests asks mostly distinct URLs.
local paths = {}
local i = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  i = math.random(#paths)
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
