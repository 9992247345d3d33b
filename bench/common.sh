# Shared by bench/run.sh and bench/reliability.sh (sourced, from the repository root).

# Prints the command for a report: the settings that differ from the defaults (the environment variables that start
# with $1_, quoted), then the script ($2).
command_line() {
  local settings
  settings=$(env | grep -E "^$1_[A-Z_]+=" | grep -v "^$1_COMMAND=" | sort | sed -E "s/=(.*)/='\1'/" | tr '\n' ' ' \
    || true)
  echo "${settings}$2"
}

# What both scripts do first: export $1_COMMAND (the command line above, with the script $2, for the report), then
# build the service jar and the harness, unless $1_SKIP_BUILD is 1 (reuse the jars of an earlier build).
prepare_run() {
  local skip="$1_SKIP_BUILD"
  export "$1_COMMAND=$(command_line "$1" "$2")"
  export MAVEN_ARGS="${MAVEN_ARGS:--B -ntp}"
  if [ "${!skip:-}" != 1 ]; then
    echo "$2: building the service jar and the harness"
    ./mvnw -q -DskipTests package
    ./mvnw -q -f bench/pom.xml -DskipTests package
  fi
}
