# Timing helpers shared by the bench/*.sh scripts (source it).

seconds() {  # wall time of one run of the command, in seconds (its output and exit code ignored)
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  t1=$(date +%s.%N)
  python3 -c "print(f'{$t1 - $t0:.3f}')"
}

best() {  # best wall time of RUNS runs: best RUNS command... (the VM's timing varies run to run)
  local runs=$1 times=""
  shift
  for ((i = 0; i < runs; i++)); do
    times+="$(seconds "$@"),"
  done
  python3 -c "print(f'{min(($times)):.3f}')"
}
