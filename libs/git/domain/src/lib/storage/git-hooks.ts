/**
 * Hooks run by `git receive-pack` for every push. pre-receive enforces what git itself does
 * not: branch and tag refs only, no ref component starting with "-", the protected default
 * branch, and the per-file size limit. post-receive reports the refs that really changed to
 * the server process through ALLMENDE_PUSH_LOG.
 */
export const PRE_RECEIVE_HOOK = `#!/usr/bin/env bash
set -uo pipefail
zero=0000000000000000000000000000000000000000
status=0
news=()
while read -r old new ref; do
  [[ "$new" != "$zero" ]] && news+=("$new")
  case "$ref" in
    refs/heads/*|refs/tags/*) ;;
    *) echo "Allmende refused $ref: only branches (refs/heads/...) and tags (refs/tags/...) can be pushed"; status=1; continue ;;
  esac
  if [[ "/\${ref#refs/}" == */-* ]]; then
    echo "Allmende refused $ref: a ref name component must not start with \\"-\\""; status=1; continue
  fi
  if [[ "$ref" == "\${ALLMENDE_PROTECTED_REF:-}" && "\${ALLMENDE_ALLOW_FORCE_PUSH:-0}" != 1 ]]; then
    if [[ "$new" == "$zero" ]]; then
      echo "Allmende refused $ref: the default branch is protected and cannot be deleted"; status=1; continue
    fi
    if [[ "$old" != "$zero" ]] && ! git merge-base --is-ancestor "$old" "$new" 2>/dev/null; then
      echo "Allmende refused $ref: the default branch is protected; force-pushes are not allowed (a maintainer can allow them)"; status=1; continue
    fi
  fi
done
# Sizes of the objects this push brings, read from the quarantine's packs alone: no walk
# over the history, however large the push. Any object over the limit is refused; only
# files get that large in practice, and their path is looked up for the message. Sizes
# alone are listed first: printing every object's name too doubles the cost of a large push,
# and names are only needed once something is refused.
if [[ -n "\${GIT_QUARANTINE_PATH:-}" ]]; then
  quarantined() {
    GIT_OBJECT_DIRECTORY="$GIT_QUARANTINE_PATH" GIT_ALTERNATE_OBJECT_DIRECTORIES= \
      git cat-file --batch-all-objects --unordered --batch-check="$1" 2>/dev/null
  }
  # Output, not exit status, carries the answer: under pipefail, awk leaving early ends
  # cat-file with SIGPIPE and fails the pipeline.
  too_big=$(quarantined '%(objectsize)' | awk -v max="$ALLMENDE_MAX_FILE_BYTES" '$1 > max { print $1; exit }')
  if [[ -n "$too_big" ]]; then
    read -r oid size <<< "$(quarantined '%(objectsize) %(objectname)' | awk -v max="$ALLMENDE_MAX_FILE_BYTES" '$1 > max { print $2 " " $1; exit }')"
    size=\${size:-$too_big}
    path=
    for update in "\${news[@]}"; do
      path=$(git rev-list --objects "$update" --not --all | awk -v oid="$oid" '$1 == oid { $1 = ""; sub(/^ /, ""); print; exit }')
      [[ -n "$path" ]] && break
    done
    echo "Allmende refused the push: file \${path:-$oid} ($size bytes) is larger than the limit of $ALLMENDE_MAX_FILE_BYTES bytes"
    status=1
  fi
fi
exit $status
`;

export const POST_RECEIVE_HOOK = `#!/usr/bin/env bash
if [[ -n "\${ALLMENDE_PUSH_LOG:-}" ]]; then cat >> "$ALLMENDE_PUSH_LOG"; else cat > /dev/null; fi
`;
