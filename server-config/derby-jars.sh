# Sourced by payara/start-payara-micro.sh and wildfly/configure-wildfly.sh, which define fail().
# check_derby_jars DIR OPTION GUIDE: fails unless DIR holds derby.jar, derbyshared.jar and derbytools.jar under
# exactly these names, the ones both servers' files expect (Maven's copy names them with their version).
check_derby_jars() {
    local lib=$1 option=$2 guide=$3 missing= found= jar
    [ -d "$lib" ] || fail "$option '$lib' is not a folder. Fetch the three Derby jars into one: see $guide."
    for jar in derby derbyshared derbytools; do
        [ -f "$lib/$jar.jar" ] || missing="$missing $jar.jar"
    done
    if [ -n "$missing" ]; then
        found=$(cd "$lib" && ls derby*.jar 2>/dev/null | tr '\n' ' ')
        fail "$option $lib lacks${missing} (it has: ${found:-no derby jar}). The names carry no version: fetch" \
            "them with Maven's -Dmdep.stripVersion=true ($guide), or rename derby-10.16.1.1.jar to derby.jar and so on."
    fi
}
