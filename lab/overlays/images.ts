// Container images, pinned by digest, in one place for Renovate (the seed's regex manager:
// `image:tag@sha256:digest`). The digests below are examples: `skopeo inspect
// docker://<image>:<tag>` gives the real one before a first deploy.
export const images = {
  jellyfin:
    "docker.io/jellyfin/jellyfin:10.10.7@sha256:7ae36aab93ef9b6aaff02b37f8bb23df84bb2d7a3f6054ec8fc466072a648ce2",
  navidrome:
    "docker.io/deluan/navidrome:0.54.5@sha256:599ddd7a5e7b980b10660cdf5ad4e3ba378f0318096463beedcd061d1116704d",
  homepage:
    "ghcr.io/gethomepage/homepage:v1.2.0@sha256:3ae7a7a0d7662c40061c28b92320fff96f08abed2ac2789a9c2585d0ffee7614",
  miniflux:
    "ghcr.io/miniflux/miniflux:2.2.8@sha256:a9ae918a87789e60cf99ac14835d79ff6b63a2940f890443c3293bb3e4d3377a",
  forgejo:
    "codeberg.org/forgejo/forgejo:11.0.1-rootless@sha256:5f49e0d539680dbf898797a2152003e7df3125bbd3789e9fb4f04a66f7b18c38",
  codeServer:
    "docker.io/codercom/code-server:4.99.3@sha256:f7368e641f9ef1e9526fbba9cc7f081ae03907b80b1852cde0a09c7b80c58364",
  minio:
    "quay.io/minio/minio:RELEASE.2025-04-22T22-12-26Z@sha256:04fd4d4f08bd1bd86b3060b647f2db9a0eea0735062710459c994a6aed6846f5",
  searxng:
    "docker.io/searxng/searxng:2025.5.3-6b2a0d3@sha256:471894204a7c5a877c0a02396b9a1b782a5a2d18cc4699c947c2526c0d931be3",
  whoogle:
    "docker.io/benbusby/whoogle-search:0.9.3@sha256:2f69a2bd317349e3b4580e30723bb0f4c4446419a496cb28639a588d42bcfb67",
  gatus: "ghcr.io/twin/gatus:v5.17.0@sha256:36e5a78aa3f84266c7d4a76ef9d6f619a487e32ffff0a53a1d61527f0027cbec",
} as const;
