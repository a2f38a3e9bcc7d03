"""Makes a k8s.io/kubernetes module zip buildable on its own, and fits its kubelet to a shared 2-core VM.

Usage: prepare-kubernetes-source.py SOURCE_DIR vMAJOR.MINOR.PATCH   (each step is idempotent)

1. go.mod requires every k8s.io/* staging module at v0.0.0 and replaces it with ./staging/..., which the
   module zip does not contain: require the published v0.MINOR.PATCH instead and drop the replaces.
2. The kubelet sets vm.overcommit_memory, kernel.panic and kernel.panic_on_oops on start (or refuses to
   start when protectKernelDefaults is on and they differ). Those sysctls are not namespaced, so on a
   shared machine the local node must only warn: KUBELET_KERNEL_TUNABLES=warn selects that.
3. KUBELET_CPU_CAPACITY=<quantity> makes the node advertise that many CPUs instead of the machine's.
   The sandbox requests 2.2 CPUs (its quota allows 3) and this machine has 2; CPU is time-shared, so
   over-committing it only slows the pods, while scheduling and the kubelet's admission stay real.
"""

import pathlib
import re
import sys

source, version = pathlib.Path(sys.argv[1]), sys.argv[2]


def patch(path: str, anchor: str, addition: str, marker: str) -> None:
    """Inserts `addition` after `anchor` in `path`, unless `marker` is already there."""
    file = source / path
    text = file.read_text()
    if marker in text:
        return
    if anchor not in text:
        sys.exit(f"{file}: the code to patch moved; update {pathlib.Path(__file__).name}")
    file.write_text(text.replace(anchor, anchor + addition, 1))


go_mod = source / "go.mod"
text = go_mod.read_text()
if "=> ./staging" in text:
    staging_version = "v0." + version.removeprefix("v1.")
    text, pinned = re.subn(r"(\tk8s\.io/[a-z0-9-]+) v0\.0\.0\n", rf"\1 {staging_version}\n", text)
    text, dropped = re.subn(r"replace \((?:\n\t[^\n]*=> \./staging[^\n]*)+\n\)\n", "", text)
    if not pinned or dropped != 1:
        sys.exit(f"{go_mod}: expected staging requirements and one replace block, found {pinned} and {dropped}")
    go_mod.write_text(text)

patch(
    "pkg/kubelet/cm/container_manager_linux.go",
    "\t\tb = KernelTunableError\n\t}\n",
    '\tif os.Getenv("KUBELET_KERNEL_TUNABLES") == "warn" {\n\t\tb = KernelTunableWarn\n\t}\n',
    "KUBELET_KERNEL_TUNABLES",
)
patch("pkg/kubelet/nodestatus/setters.go", '\t"net"\n', '\t"os"\n', '\t"os"\n')
patch(
    "pkg/kubelet/nodestatus/setters.go",
    "\t\t\t\tnode.Status.Capacity[rName] = rCap\n\t\t\t}\n",
    '\t\t\tif cpus := os.Getenv("KUBELET_CPU_CAPACITY"); cpus != "" {\n'
    "\t\t\t\tnode.Status.Capacity[v1.ResourceCPU] = resource.MustParse(cpus)\n\t\t\t}\n",
    "KUBELET_CPU_CAPACITY",
)
