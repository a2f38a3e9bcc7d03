# shellcheck shell=bash
# The one shell reader of images/*/versions.env. Sourced (by ckan-install, and by the cluster tier's
# tools/cluster/standins/build.sh), never run; it defines functions only and changes nothing else.
#
# The format is tools/manifests/src/config/versions.ts parseVersionsFile's, the one TypeScript reader:
# KEY=value lines (KEY upper case), no quoting or expansion, the line trimmed, blank lines and # comments
# ignored, the last of a repeated key wins; any other line is an error naming the file and the line. A test
# (images/ckan/test/versions-env.test.ts) feeds both readers the same files.

# versions_env_lines FILE: prints FILE's KEY=value lines, trimmed, in order. Status 2 with a message on
# stderr when FILE is missing or has a line that is neither.
versions_env_lines() {
  local file=$1 line number=0
  if [[ ! -r $file ]]; then
    printf 'versions file %s not found\n' "$file" >&2
    return 2
  fi
  while IFS= read -r line || [[ -n $line ]]; do
    number=$((number + 1))
    line=${line#"${line%%[![:space:]]*}"}
    line=${line%"${line##*[![:space:]]}"}
    [[ -z $line || $line == \#* ]] && continue
    if [[ ! $line =~ ^[A-Z][A-Z0-9_]*= ]]; then
      printf '%s:%d: expected KEY=value, got "%s"\n' "$file" "$number" "$line" >&2
      return 2
    fi
    printf '%s\n' "$line"
  done <"$file"
}

# versions_env_value FILE KEY: prints KEY's value. Status 1 when FILE has no KEY, 2 when it cannot be read.
versions_env_value() {
  local file=$1 key=$2 lines line value found=""
  lines=$(versions_env_lines "$file") || return 2
  while IFS= read -r line; do
    if [[ ${line%%=*} == "$key" ]]; then
      value=${line#*=}
      found=1
    fi
  done <<<"$lines"
  if [[ -z $found ]]; then
    printf '%s has no %s\n' "$file" "$key" >&2
    return 1
  fi
  printf '%s\n' "$value"
}

# versions_env_export FILE NAME...: exports each NAME that FILE has, unless the environment already sets it.
# Status 2 when FILE cannot be read.
versions_env_export() {
  local file=$1 lines line name
  shift
  lines=$(versions_env_lines "$file") || return 2
  local -A values=()
  while IFS= read -r line; do
    [[ -n $line ]] && values[${line%%=*}]=${line#*=}
  done <<<"$lines"
  for name in "$@"; do
    if [[ -v values[$name] && -z ${!name:-} ]]; then
      export "$name=${values[$name]}"
    fi
  done
}
