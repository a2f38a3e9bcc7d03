// build and push: the exact command lines for each engine (--dry-run runs nothing), engine detection,
// and the errors for bad input. Revision, time and source are passed in, so every line is exact.
import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  chmodSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const REPO = path.resolve(import.meta.dirname, "../../..");
const CLI = path.join(REPO, "tools/images/src/cli.ts");
const COMMIT = "0123456789abcdef0123456789abcdef01234567";
const FIXED = [
  "--revision",
  COMMIT,
  "--created",
  "2026-01-02T03:04:05+01:00",
  "--source",
  "https://github.com/example/ckan-openshift",
];

function images(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    lines: result.stdout.trim().split("\n"),
  };
}

const postgresBuild = (engine: string) =>
  `$ ${engine} build --file images/postgres/Dockerfile --platform linux/amd64` +
  " --build-arg POSTGRES_BASE_IMAGE=docker.io/library/postgres:16.11-bookworm --build-arg POSTGRES_VERSION=16.11" +
  " --build-arg IMAGE_SOURCE=https://github.com/example/ckan-openshift" +
  " --label org.opencontainers.image.source=https://github.com/example/ckan-openshift" +
  ` --label org.opencontainers.image.revision=${COMMIT}` +
  " --label org.opencontainers.image.version=16.11 --label org.opencontainers.image.created=2026-01-02T02:04:05Z" +
  " --tag quay.io/ckan-openshift/ckan-postgres:16.11-0123456 images/postgres";

// No engine works on a build machine; stand-ins answer `info` the way a daemon-less docker client does.
// PATH holds only them and the shells zx runs them with, so an engine installed on the machine stays out.
function withEngines(scripts: Record<string, string>, test: (env: NodeJS.ProcessEnv) => void) {
  const bin = mkdtempSync(path.join(tmpdir(), "images-engines-"));
  for (const [name, script] of Object.entries(scripts)) {
    writeFileSync(path.join(bin, name), `#!/bin/sh\n${script}\n`);
    chmodSync(path.join(bin, name), 0o755);
  }
  for (const shell of ["sh", "bash"]) symlinkSync(`/bin/${shell}`, path.join(bin, shell));
  try {
    test({ ...process.env, PATH: bin });
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
}

describe("images build --dry-run", () => {
  it.each(["podman", "docker", "buildah"])("should print the exact %s build command", (engine) => {
    const { status, lines } = images(["build", "postgres", "--engine", engine, "--dry-run", ...FIXED]);
    expect(status).toBe(0);
    expect(lines).toEqual([postgresBuild(engine)]);
  });

  it("should pass every pin of versions.env, quoting values with spaces, in the file's order", () => {
    const { lines } = images(["build", "ckan", "--engine", "podman", "--dry-run", ...FIXED]);
    const buildArgs = [...lines[0]!.matchAll(/--build-arg ('[^']*'|\S+)/g)].map((match) =>
      match[1]!.split("=")[0]!.replace("'", ""),
    );
    expect(buildArgs).toEqual([
      "PYTHON_IMAGE",
      "CKAN_VERSION",
      "CKANEXT_XLOADER_VERSION",
      "CKANEXT_ENVVARS_VERSION",
      "CKANEXT_SCHEMING_VERSION",
      "GUNICORN_VERSION",
      "CKANEXT_SPATIAL_VERSION",
      "CKANEXT_HARVEST_VERSION",
      "CKANEXT_DCAT_VERSION",
      "CKANEXT_GEOVIEW_VERSION",
      "CKAN_PLUGINS",
      "IMAGE_SOURCE",
    ]);
    expect(lines[0]).toContain(
      "--build-arg 'CKAN_PLUGINS=image_view text_view datatables_view datastore xloader harvest ckan_harvester sdi_csw_harvester waf_harvester scheming_datasets gcds sdi sdi_harvest spatial_metadata spatial_query dcat geo_view geojson_view shp_view wmts_view envvars'",
    );
    expect(lines[0]).toMatch(/--tag quay\.io\/ckan-openshift\/ckan:2\.11\.6-0123456 images\/ckan$/);
  });

  it("should build every image when none is named, into the registry given", () => {
    const { lines } = images([
      "build",
      "--engine",
      "buildah",
      "--dry-run",
      "--registry",
      "image-registry.openshift-image-registry.svc:5000/ckan-dev",
      ...FIXED,
    ]);
    expect(lines.map((line) => / --tag (\S+) /.exec(line)?.[1])).toEqual([
      "image-registry.openshift-image-registry.svc:5000/ckan-dev/ckan:2.11.6-0123456",
      "image-registry.openshift-image-registry.svc:5000/ckan-dev/ckan-solr:9.8-0123456",
      "image-registry.openshift-image-registry.svc:5000/ckan-dev/ckan-postgres:16.11-0123456",
    ]);
  });

  it("should pull every base image through --mirror, as the manifests' images.mirror rewrites it", () => {
    const { status, lines } = images([
      "build",
      "--engine",
      "podman",
      "--dry-run",
      "--mirror",
      "registry.example.gc.ca/mirror",
      ...FIXED,
    ]);
    expect(status).toBe(0);
    expect(lines.map((line) => /--build-arg ([A-Z_]+_IMAGE=\S+)/.exec(line)?.[1])).toEqual([
      "PYTHON_IMAGE=registry.example.gc.ca/mirror/library/python:3.11.14-slim-bookworm",
      "SOLR_BASE_IMAGE=registry.example.gc.ca/mirror/ckan/ckan-solr:2.11-solr9.8",
      "POSTGRES_BASE_IMAGE=registry.example.gc.ca/mirror/library/postgres:16.11-bookworm",
    ]);
  });

  it("should build the candidate release with --versions: its pins replace versions.env's, in place", () => {
    const { status, lines } = images([
      "build",
      "ckan",
      "--engine",
      "podman",
      "--dry-run",
      "--versions",
      "images/ckan/versions.next.env",
      ...FIXED,
    ]);
    expect(status).toBe(0);
    const args = [...lines[0]!.matchAll(/--build-arg '?([A-Z_]+)=([^ ']*)/g)].map((m) => `${m[1]}=${m[2]}`);
    expect(args.filter((arg) => arg.startsWith("CKAN_VERSION="))).toEqual(["CKAN_VERSION=2.12.0"]);
    // Every other pin is versions.env's, in its order.
    expect(args.map((arg) => arg.split("=")[0])).toEqual(
      images(["build", "ckan", "--engine", "podman", "--dry-run", ...FIXED])
        .lines[0]!.match(/--build-arg '?[A-Z_]+/g)!
        .map((arg) => arg.replace(/--build-arg '?/, "")),
    );
    expect(lines[0]).toContain("--label org.opencontainers.image.version=2.12.0");
    expect(lines[0]).toMatch(/--tag quay\.io\/ckan-openshift\/ckan:2\.12\.0-0123456 images\/ckan$/);
  });

  it("should tag from HEAD and its commit time when no revision is given", () => {
    const head = spawnSync("git", ["rev-parse", "HEAD"], { cwd: REPO, encoding: "utf8" }).stdout.trim();
    const { status, lines } = images([
      "build",
      "solr",
      "--engine",
      "podman",
      "--dry-run",
      "--source",
      "https://example.com/r",
    ]);
    expect(status).toBe(0);
    expect(lines[0]).toContain(`--label org.opencontainers.image.revision=${head}`);
    expect(lines[0]).toMatch(
      new RegExp(`--tag quay\\.io/ckan-openshift/ckan-solr:9\\.8-${head.slice(0, 7)}(-dirty)? images/solr$`),
    );
  });
});

describe("shared scripts", () => {
  it("should give an image that uses them the images/shared folder as the build context `shared`", () => {
    const root = mkdtempSync(path.join(tmpdir(), "images-shared-"));
    try {
      for (const file of ["Dockerfile", "versions.env"])
        cpSync(path.join(REPO, "images/solr", file), path.join(root, "images/solr", file));
      const project = JSON.parse(readFileSync(path.join(REPO, "images/solr/project.json"), "utf8"));
      project.targets["image-build"].inputs = ["image", "imageSharedScripts"];
      writeFileSync(path.join(root, "images/solr/project.json"), JSON.stringify(project));
      for (const engine of ["podman", "docker", "buildah"]) {
        const { status, lines } = images([
          "build",
          "solr",
          "--engine",
          engine,
          "--dry-run",
          ...FIXED,
          "--workspace",
          root,
        ]);
        expect(status).toBe(0);
        expect(lines[0]).toMatch(
          / --label org\.opencontainers\.image\.created=\S+ --build-context shared=images\/shared --tag \S+ images\/solr$/,
        );
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("images push --dry-run", () => {
  it.each([
    [
      "podman",
      ["$ podman push --digestfile dist/images/solr.digest quay.io/ckan-openshift/ckan-solr:9.8-0123456"],
    ],
    [
      "buildah",
      ["$ buildah push --digestfile dist/images/solr.digest quay.io/ckan-openshift/ckan-solr:9.8-0123456"],
    ],
    [
      "docker",
      [
        "$ docker push quay.io/ckan-openshift/ckan-solr:9.8-0123456",
        "$ docker buildx imagetools inspect --format '{{json .Manifest}}' quay.io/ckan-openshift/ckan-solr:9.8-0123456",
      ],
    ],
  ])("should print the exact %s push and digest commands", (engine, expected) => {
    const { status, lines } = images(["push", "solr", "--engine", engine, "--dry-run", ...FIXED]);
    expect(status).toBe(0);
    expect(lines).toEqual(expected);
  });
});

describe("images push (stand-in engines)", () => {
  const DIGEST = `sha256:${"5e".repeat(32)}`;
  const pushed = (tag: string) => [
    { image: "solr", repository: "quay.io/ckan-openshift/ckan-solr", tag, digest: DIGEST },
  ];

  it("should read podman's digest file and report the push as JSON, alone on standard output", () => {
    // podman push --digestfile <file> <reference>
    withEngines({ podman: `[ "$1" = push ] && printf '%s' '${DIGEST}' > "$3"` }, (env) => {
      const { status, stdout, stderr } = images(
        ["push", "solr", "--engine", "podman", "--json", ...FIXED],
        env,
      );
      expect(status).toBe(0);
      expect(stderr).toBe(
        "$ podman push --digestfile dist/images/solr.digest quay.io/ckan-openshift/ckan-solr:9.8-0123456\n",
      );
      expect(JSON.parse(stdout)).toEqual(pushed("9.8-0123456"));
    });
  });

  it("should ask the registry for docker's digest and print the pin command", () => {
    const manifest = JSON.stringify({
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      digest: DIGEST,
      size: 1234,
    });
    withEngines({ docker: `[ "$1" = buildx ] && echo '${manifest}'; exit 0` }, (env) => {
      const { status, lines } = images(["push", "solr", "--engine", "docker", ...FIXED], env);
      expect(status).toBe(0);
      expect(lines.slice(2)).toEqual([
        `✓ pushed quay.io/ckan-openshift/ckan-solr:9.8-0123456@${DIGEST}`,
        `  promote: npm run images -- pin solr --environment <env> --registry quay.io/ckan-openshift --tag 9.8-0123456 --digest ${DIGEST}`,
      ]);
    });
  });

  it("should fail when the engine reports no digest", () => {
    withEngines({ buildah: "exit 0" }, (env) => {
      const { status, stderr } = images(["push", "solr", "--engine", "buildah", ...FIXED], env);
      expect(status).toBe(1);
      expect(stderr).toBe(
        '✗ buildah reported no digest in dist/images/solr.digest for quay.io/ckan-openshift/ckan-solr:9.8-0123456 (got "")\n' +
          "    fix: check the push's output above: the registry must have answered with the pushed manifest\n",
      );
    });
  });
});

describe("engine detection", () => {
  const noDaemon = 'echo "Cannot connect to the Docker daemon at unix:///var/run/docker.sock." >&2; exit 1';

  it("should skip an engine that is installed but does not work", () => {
    withEngines({ docker: noDaemon, buildah: "exit 0" }, (env) => {
      const { status, lines } = images(["build", "solr", "--dry-run", ...FIXED], env);
      expect(status).toBe(0);
      expect(lines[0]).toMatch(/^\$ buildah build /);
    });
  });

  it("should prefer podman, then docker", () => {
    withEngines({ podman: "exit 0", docker: "exit 0" }, (env) => {
      expect(images(["build", "solr", "--dry-run", ...FIXED], env).lines[0]).toMatch(/^\$ podman build /);
    });
  });

  it("should say why each engine was passed over, and how to fix it", () => {
    withEngines({ docker: noDaemon }, (env) => {
      const { status, stderr } = images(["build", "solr", "--dry-run", ...FIXED], env);
      expect(status).toBe(1);
      expect(stderr).toContain("✗ no working container engine:");
      expect(stderr).toContain("podman: not installed");
      expect(stderr).toContain(
        "docker: `docker info --format {{.ServerVersion}}` failed (Cannot connect to the Docker daemon",
      );
      expect(stderr).toContain(
        "fix: install podman (or buildah), start docker's daemon, or choose one with --engine",
      );
    });
  });
});

describe("uncommitted image inputs", () => {
  it("should tag the build -dirty and refuse to push it", () => {
    const root = mkdtempSync(path.join(tmpdir(), "images-dirty-"));
    const git = (...args: string[]) =>
      spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: root });
    try {
      for (const file of ["Dockerfile", "versions.env"])
        cpSync(path.join(REPO, "images/solr", file), path.join(root, "images/solr", file), {
          recursive: true,
        });
      git("init", "-q");
      git("add", "-A");
      git("commit", "-q", "-m", "base");
      appendFileSync(path.join(root, "images/solr/Dockerfile"), "# not committed\n");
      const args = ["solr", "--engine", "podman", "--source", "https://example.com/r", "--workspace", root];
      expect(images(["build", ...args, "--dry-run"]).lines[0]).toMatch(
        / --tag quay\.io\/ckan-openshift\/ckan-solr:9\.8-[0-9a-f]{7}-dirty images\/solr$/,
      );
      const push = images(["push", ...args]);
      expect(push.status).toBe(1);
      expect(push.stderr).toBe(
        "✗ images/solr has uncommitted changes\n    fix: commit them first, so the pushed tag names a revision that exists\n",
      );
      expect(push.stdout).toBe("");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("bad input", () => {
  it.each([
    [["build", "redis", "--engine", "podman"], 2, '✗ unknown image "redis": use one of ckan, solr, postgres'],
    [["build", "--engine", "kaniko"], 2, '✗ --engine: "kaniko" is not one of podman, docker, buildah'],
    [
      ["build", "--engine", "podman", "--dry-run", "--revision", "abc123", "--source", "x"],
      1,
      '✗ --revision: "abc123" is not a full commit id',
    ],
    [
      [
        "build",
        "--engine",
        "podman",
        "--dry-run",
        "--revision",
        COMMIT,
        "--created",
        "yesterday",
        "--source",
        "x",
      ],
      1,
      '✗ --created: "yesterday" is not a date',
    ],
    [
      ["build", "--engine", "podman", "--dry-run", "--versions", "images/ckan/versions.next.env", ...FIXED],
      1,
      "✗ --versions images/ckan/versions.next.env: its pins are one image's, but 3 images are selected",
    ],
    [
      [
        "build",
        "solr",
        "--engine",
        "podman",
        "--dry-run",
        "--versions",
        "images/ckan/versions.next.env",
        ...FIXED,
      ],
      1,
      "✗ --versions images/ckan/versions.next.env: CKAN_VERSION is not in images/solr/versions.env",
    ],
    [["deploy"], 2, '✗ unknown command "deploy"'],
  ])("should reject %j", (args, status, message) => {
    const result = images(args);
    expect(result.status).toBe(status);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });
});
