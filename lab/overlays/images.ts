// Container images, pinned by digest, in one place for Renovate (the seed's regex manager:
// `image:tag@sha256:digest`). The digests below are examples: `skopeo inspect
// docker://<image>:<tag>` gives the real one before a first deploy.
export const images = {
  jellyfin:
    "docker.io/jellyfin/jellyfin:10.10.7@sha256:7ae36aab93ef9b6aaff02b37f8bb23df84bb2d7a3f6054ec8fc466072a648ce2",
} as const;
