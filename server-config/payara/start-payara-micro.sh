#!/usr/bin/env bash
# Starts Payara Micro with a WAR and the JTA datasource jdbc/visma on embedded Derby
# (post-boot-derby-embedded.asadmin, next to this script), after checking its inputs: Payara Micro ignores a
# post-boot command that fails and deploys the WAR anyway, without jdbc/visma, so a wrong path would show only
# as a WARNING in its log and a failure at the first sign-in.
#
#   server-config/payara/start-payara-micro.sh --payara-micro JAR --derby-lib DIR --database DIR \
#       [--systemproperties FILE] [--port N] WAR
#
#   --payara-micro JAR        payara-micro.jar (fish.payara.extras:payara-micro:6.2025.10)
#   --derby-lib DIR           a folder with derby.jar, derbyshared.jar and derbytools.jar (Derby 10.16)
#   --database DIR            the Derby database's folder, created on first start; no colon in its path
#   --systemproperties FILE   the WAR's settings (server-config/payara/visma-identity.properties is a template)
#   --port N                  the HTTP port (default 8080)
#   WAR                       deployed at /<its name without .war>
#
# Exit status: 2 when an input is wrong (nothing started), else Payara Micro's. See docs/guides/payara.md.

set -u

here=$(cd "$(dirname "$0")" && pwd)
. "$here/../derby-jars.sh"
payara=
derby_lib=
database=
properties=
port=8080
war=

fail() {
    echo "start-payara-micro.sh: $*" >&2
    echo "Nothing was started. Usage: $0 --payara-micro JAR --derby-lib DIR --database DIR" \
        "[--systemproperties FILE] [--port N] WAR" >&2
    exit 2
}

value() {
    [ $# -ge 2 ] && [ -n "$2" ] || fail "$1 needs a value."
}

while [ $# -gt 0 ]; do
    case "$1" in
        --payara-micro) value "$@"; payara=$2; shift 2 ;;
        --derby-lib) value "$@"; derby_lib=$2; shift 2 ;;
        --database) value "$@"; database=$2; shift 2 ;;
        --systemproperties) value "$@"; properties=$2; shift 2 ;;
        --port) value "$@"; port=$2; shift 2 ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) fail "unknown option '$1'." ;;
        *) [ -z "$war" ] || fail "one WAR only: '$war' and '$1'."; war=$1; shift ;;
    esac
done

command -v java > /dev/null || fail "no 'java' on the PATH: install a JDK 17 or newer."
[ -n "$payara" ] || fail "no --payara-micro JAR: fetch it with ./mvnw -q -N dependency:copy -Dartifact=fish.payara.extras:payara-micro:6.2025.10 -DoutputDirectory=DIR -Dmdep.stripVersion=true"
[ -f "$payara" ] || fail "--payara-micro '$payara' is not a file."
[ -n "$derby_lib" ] || fail "no --derby-lib DIR: a folder with derby.jar, derbyshared.jar and derbytools.jar (docs/guides/payara.md)."
check_derby_jars "$derby_lib" --derby-lib docs/guides/payara.md
[ -n "$database" ] || fail "no --database DIR: the folder of the Derby database that holds the tokens (created on first start)."
case "$database" in
    *:*) fail "--database '$database' holds a colon, which splits the post-boot file's property list: choose a path without one." ;;
esac
[ -d "$(dirname "$database")" ] || fail "--database '$database': its parent folder $(dirname "$database") does not exist."
if [ -n "$properties" ]; then
    [ -f "$properties" ] && [ -r "$properties" ] || fail "--systemproperties '$properties' is not a readable file."
fi
case "$port" in
    ''|*[!0-9]*) fail "--port '$port' is not a number." ;;
esac
[ -n "$war" ] || fail "no WAR to deploy."
[ -f "$war" ] || fail "the WAR '$war' is not a file (build it first: ./mvnw package in its project)."
case "$war" in *.war) ;; *) fail "'$war' is not a .war file." ;; esac

database=$(cd "$(dirname "$database")" && pwd)/$(basename "$database")
arguments=(-jar "$payara" --nocluster --port "$port" --addlibs "$derby_lib"
    --postbootcommandfile "$here/post-boot-derby-embedded.asadmin")
[ -z "$properties" ] || arguments+=(--systemproperties "$properties")
exec java "-Dvisma.derby.database=$database" "${arguments[@]}" --deploy "$war"
