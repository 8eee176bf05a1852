#!/bin/sh
# Runs a test against a throwaway PostgreSQL server: a fresh cluster in a temporary
# directory, listening on 127.0.0.1 only, removed afterwards. The test gets its URL in
# ROLLCAGE_TEST_DATABASE. Exits 77 (CTest "skipped") when the server binaries are
# missing. The server refuses to run as root, so as root it runs as user postgres.
set -eu
bindir=${ROLLCAGE_PG_BINDIR:-/usr/lib/postgresql/17/bin}
if [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
    echo "SKIP: no PostgreSQL server binaries in $bindir (install postgresql, or set ROLLCAGE_PG_BINDIR); the PostgreSQL store suite is skipped" >&2
    exit 77
fi
as_server() { "$@"; }
if [ "$(id -u)" = 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "SKIP: running as root and there is no postgres user to run the server as" >&2
        exit 77
    fi
    as_server() { runuser -u postgres -- "$@"; }
fi
scratch=$(mktemp -d "${TMPDIR:-/tmp}/rollcage-pg.XXXXXX")
data="$scratch/data"
cleanup() {
    as_server "$bindir/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$scratch"
}
trap cleanup EXIT INT TERM
[ "$(id -u)" = 0 ] && chown postgres "$scratch"
# ROLLCAGE_PG_PASSWORD: the server asks for it (SCRAM) instead of trusting everyone, for
# the tests of the store password kept in the keychain.
auth=--auth=trust
if [ -n "${ROLLCAGE_PG_PASSWORD:-}" ]; then
    printf '%s\n' "$ROLLCAGE_PG_PASSWORD" >"$scratch/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres "$scratch/pwfile"
    auth="--auth=scram-sha-256 --pwfile=$scratch/pwfile"
    export PGPASSWORD="$ROLLCAGE_PG_PASSWORD" # for createdb below only
fi
# shellcheck disable=SC2086 # $auth is one or two options
as_server "$bindir/initdb" -D "$data" -U rollcage $auth --no-sync -E UTF8 >"$scratch/initdb.log" 2>&1 ||
    { cat "$scratch/initdb.log" >&2; exit 1; }
# ROLLCAGE_PG_SSL=1: the server offers TLS with a certificate for the host name
# "localhost" only, signed by a throwaway CA made here (openssl, which ca-certificates
# brings in); a second CA that signed nothing is there to be the wrong one. The test gets
# both files' paths (ROLLCAGE_TEST_CA, ROLLCAGE_TEST_OTHER_CA).
ssl_options=
if [ -n "${ROLLCAGE_PG_SSL:-}" ]; then
    cat >"$scratch/openssl.cnf" <<'CNF'
[req]
distinguished_name = dn
prompt = no
[dn]
CN = Rollcage test CA
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
[server]
subjectAltName = DNS:localhost
CNF
    ec="-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes"
    for ca in ca other-ca; do
        # shellcheck disable=SC2086 # $ec is several options
        openssl req -x509 -config "$scratch/openssl.cnf" -extensions ca $ec -days 2 \
            -keyout "$scratch/$ca.key" -out "$scratch/$ca.crt" 2>"$scratch/openssl.log" ||
            { cat "$scratch/openssl.log" >&2; exit 1; }
    done
    # shellcheck disable=SC2086
    openssl req -new -config "$scratch/openssl.cnf" $ec -subj /CN=localhost \
        -keyout "$scratch/server.key" -out "$scratch/server.csr" 2>>"$scratch/openssl.log" &&
        openssl x509 -req -in "$scratch/server.csr" -CA "$scratch/ca.crt" -CAkey "$scratch/ca.key" \
            -CAcreateserial -days 2 -extfile "$scratch/openssl.cnf" -extensions server \
            -out "$scratch/server.crt" 2>>"$scratch/openssl.log" ||
        { cat "$scratch/openssl.log" >&2; exit 1; }
    chmod 600 "$scratch/server.key"
    [ "$(id -u)" = 0 ] && chown postgres "$scratch/server.key" "$scratch/server.crt"
    ssl_options="-c ssl=on -c ssl_cert_file=$scratch/server.crt -c ssl_key_file=$scratch/server.key"
    export ROLLCAGE_TEST_CA="$scratch/ca.crt" ROLLCAGE_TEST_OTHER_CA="$scratch/other-ca.crt"
fi
# A free port: try a few derived from our pid until one starts.
started=
for attempt in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + ($$ * 7 + attempt * 977) % 40000 ))
    if as_server "$bindir/pg_ctl" -D "$data" -w -t 30 -l "$scratch/server.log" \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $scratch -c fsync=off $ssl_options" start >/dev/null 2>&1; then
        started=1
        break
    fi
done
if [ -z "$started" ]; then
    echo "could not start a PostgreSQL server; its log:" >&2
    cat "$scratch/server.log" >&2
    exit 1
fi
as_server env ${PGPASSWORD:+PGPASSWORD="$PGPASSWORD"} "$bindir/createdb" -h 127.0.0.1 -p "$port" -U rollcage rollcage_test
unset PGPASSWORD # the test gets the password from where Rollcage would: the keychain
# ROLLCAGE_TEST_PG_SERVER: "stop [fast|immediate]" or "start" this test's own server, on
# the same port, for the tests of a server restart in the middle of an incident.
runas=
[ "$(id -u)" = 0 ] && runas="runuser -u postgres --"
cat >"$scratch/server" <<SERVER
#!/bin/sh
case "\$1" in
stop) exec $runas "$bindir/pg_ctl" -D "$data" -m "\${2:-fast}" -w -t 30 stop ;;
start) exec $runas "$bindir/pg_ctl" -D "$data" -w -t 30 -l "$scratch/server.log" \\
    -o "-c listen_addresses=127.0.0.1 -p $port -k $scratch -c fsync=off $ssl_options" start ;;
*) echo "usage: \$0 stop [fast|immediate] | start" >&2; exit 2 ;;
esac
SERVER
chmod 755 "$scratch/server"
export ROLLCAGE_TEST_PG_SERVER="$scratch/server"
export ROLLCAGE_TEST_DATABASE="postgresql://rollcage@127.0.0.1:$port/rollcage_test"
"$@"
