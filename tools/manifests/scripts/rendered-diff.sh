#!/usr/bin/env bash
# The change a pull request makes to what Argo CD applies: `kustomize build` of every overlay and of every
# manifests/argocd/<env> folder at <base-ref> and at the working tree, as a unified diff per folder, in
# Markdown (for the job summary and the PR comment). The committed manifests/ are compared: the drift check
# (`npm run check`) proves they are what the sources render.
#   usage: tools/manifests/scripts/rendered-diff.sh <base-ref>   (run from the repository root)
set -euo pipefail

base_ref=${1:?usage: rendered-diff.sh <base-ref>}
root=$(git rev-parse --show-toplevel)
base_tree=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$base_tree" >/dev/null 2>&1 || rm -rf "$base_tree"' EXIT
git -C "$root" worktree add --detach --quiet "$base_tree" "$base_ref"

# Prints `kustomize build` of a folder, or nothing when the folder does not exist on that side.
build() {
  if [ -f "$1/kustomization.yaml" ]; then kubectl kustomize "$1"; fi
}

folders() {
  for tree in "$root" "$base_tree"; do
    (cd "$tree" && { find manifests/overlays manifests/argocd -mindepth 1 -maxdepth 1 -type d 2>/dev/null || true; })
  done | sort -u
}

changed=0
echo "## Rendered manifests: what Argo CD will change"
echo
echo "Compared with \`$base_ref\` ($(git -C "$root" rev-parse --short "$base_ref"))."
for folder in $(folders); do
  if diff_text=$(diff -u --label "$folder (base)" --label "$folder (this change)" \
    <(build "$base_tree/$folder") <(build "$root/$folder")); then
    echo
    echo "- \`$folder\`: no change"
  else
    changed=$((changed + 1))
    echo
    echo "<details open><summary><code>$folder</code>: $(grep -c '^[-+][^-+]' <<<"$diff_text" || true) line(s) changed</summary>"
    echo
    echo '```diff'
    echo "$diff_text"
    echo '```'
    echo "</details>"
  fi
done
echo
echo "$changed folder(s) changed."
