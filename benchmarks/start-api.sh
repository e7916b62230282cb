# Sourced by the benchmark scripts: starts the built API on $url with the rate limit lifted (plus any extra
# settings in the environment), stops it on exit, and waits until it is ready. Needs $url and $work.
ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  GraphQL__RateLimit__PermitLimit=100000000 dotnet api/bin/Release/net10.0/Sakip.Api.dll >"$work/api.log" 2>&1 &
api=$!
trap 'kill -TERM $api 2>/dev/null; wait $api 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -fs "$url/readyz" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$url/readyz" >/dev/null || { cat "$work/api.log" >&2; echo "the API did not become ready" >&2; exit 1; }
