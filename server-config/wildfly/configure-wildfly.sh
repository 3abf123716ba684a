#!/usr/bin/env bash
# Configures a stopped WildFly 39 for an application that uses the Visma identity extension: runs one of the
# .cli files next to this script through the server's jboss-cli.sh, after checking what that file needs, so a
# wrong path ends here with what to fix instead of half-way through the server's configuration.
#
#   server-config/wildfly/configure-wildfly.sh --wildfly DIR [--server-config FILE] [--config-dir] DATABASE
#
#   DATABASE   --derby-lib DIR          visma-derby-embedded.cli: DIR holds derby.jar, derbyshared.jar, derbytools.jar
#              --postgresql-driver JAR  visma-postgresql.cli: postgresql-42.7.x.jar
#              --mariadb-driver JAR     visma-mariadb.cli: mariadb-java-client-3.5.x.jar (MariaDB and MySQL)
#   --wildfly DIR            the server's folder (JBOSS_HOME); $JBOSS_HOME when not given
#   --server-config FILE     the configuration to change, in standalone/configuration (default standalone.xml;
#                            standalone-microprofile.xml adds MicroProfile Health)
#   --config-dir             also run visma-config-dir.cli: the applications' settings from the folder
#                            standalone/configuration/visma-identity, one file per key
#
# Exit status: 0 when jboss-cli.sh succeeded, 2 when an input is wrong (nothing changed), else jboss-cli.sh's.
# See docs/guides/wildfly.md.

set -u

here=$(cd "$(dirname "$0")" && pwd)
. "$here/../derby-jars.sh"
wildfly=${JBOSS_HOME:-}
server_config=standalone.xml
config_dir=false
cli=
property=

fail() {
    echo "configure-wildfly.sh: $*" >&2
    echo "Nothing was changed. Usage: $0 --wildfly DIR [--server-config FILE] [--config-dir]" \
        "(--derby-lib DIR | --postgresql-driver JAR | --mariadb-driver JAR)" >&2
    exit 2
}

value() {
    [ $# -ge 2 ] && [ -n "$2" ] || fail "$1 needs a value."
}

database() {
    [ -z "$cli" ] || fail "give one database only: $1 and an earlier --derby-lib, --postgresql-driver or --mariadb-driver."
}

while [ $# -gt 0 ]; do
    case "$1" in
        --wildfly) value "$@"; wildfly=$2; shift 2 ;;
        --server-config) value "$@"; server_config=$2; shift 2 ;;
        --config-dir) config_dir=true; shift ;;
        --derby-lib) value "$@"; database "$1"; cli=visma-derby-embedded.cli; property=visma.derby.lib; derby_lib=$2; shift 2 ;;
        --postgresql-driver) value "$@"; database "$1"; cli=visma-postgresql.cli; property=visma.jdbc.driver; driver=$2; shift 2 ;;
        --mariadb-driver) value "$@"; database "$1"; cli=visma-mariadb.cli; property=visma.jdbc.driver; driver=$2; shift 2 ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) fail "unknown option '$1'." ;;
    esac
done

[ -n "$wildfly" ] || fail "no WildFly folder: give --wildfly DIR (the folder with bin/jboss-cli.sh), or set JBOSS_HOME."
[ -x "$wildfly/bin/jboss-cli.sh" ] || fail "'$wildfly' is not a WildFly folder: $wildfly/bin/jboss-cli.sh is missing or not executable."
configuration="$wildfly/standalone/configuration/$server_config"
[ -f "$configuration" ] || fail "no configuration '$server_config' in $wildfly/standalone/configuration (--server-config names a file there, such as standalone.xml or standalone-microprofile.xml)."
[ -n "$cli" ] || fail "no database: give --derby-lib DIR (embedded Derby), --postgresql-driver JAR or --mariadb-driver JAR."
if grep -q 'jndi-name="java:/jdbc/visma"' "$configuration"; then
    fail "$configuration already has the datasource java:/jdbc/visma: this server is configured (the .cli files run once, on a configuration without it)."
fi

case "$cli" in
    visma-derby-embedded.cli)
        check_derby_jars "$derby_lib" --derby-lib docs/guides/wildfly.md
        derby_lib=$(cd "$derby_lib" && pwd)
        input=$derby_lib
        ;;
    *)
        [ -f "$driver" ] || fail "the driver '$driver' is not a file: give the JDBC driver's jar."
        case "$driver" in *.jar) ;; *) fail "the driver '$driver' is not a .jar." ;; esac
        input=$(cd "$(dirname "$driver")" && pwd)/$(basename "$driver")
        ;;
esac

"$wildfly/bin/jboss-cli.sh" "-D$property=$input" "-Dvisma.server.config=$server_config" --file="$here/$cli" || exit $?
if [ "$config_dir" = true ]; then
    "$wildfly/bin/jboss-cli.sh" "-Dvisma.server.config=$server_config" --file="$here/visma-config-dir.cli" || exit $?
    mkdir -p -m 700 "$wildfly/standalone/configuration/visma-identity"
    echo "Put one file per setting into $wildfly/standalone/configuration/visma-identity (see docs/guides/wildfly.md)."
fi
echo "Configured $configuration with $cli. Start the server with: $wildfly/bin/standalone.sh${server_config:+ -c $server_config}"
