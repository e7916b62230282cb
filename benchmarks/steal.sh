# Sourced by the benchmarks: the share of CPU time the hypervisor took from this virtual machine (steal, /proc/stat)
# during a measurement. This machine is a VM; when its host is busy, steal rises and every wall-time figure falls
# with it, so each figure is printed with the steal of its own run.
#   steal_mark; ...measure...; steal_since   → e.g. "12%"
steal_ticks() { awk '/^cpu / {print $9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat; }
steal_mark() { _steal_start=$(steal_ticks); }
steal_since() { echo "$_steal_start $(steal_ticks)" | awk '{ t = $4 - $2; printf "%.0f%%", (t > 0 ? 100 * ($3 - $1) / t : 0) }'; }
