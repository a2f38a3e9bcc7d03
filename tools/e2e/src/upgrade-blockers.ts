// Why the candidate release (images/ckan/versions.next.env) cannot become the default yet, each with a
// way to see it on the host stack. The upgrade drill requires every one to show on the candidate and
// none on the default release: when one no longer shows (its extension released a fix), the drill fails
// and says so, so the pins move as soon as they can.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { podEnvironment } from "./ckan.ts";
import { HARVEST_CONSUMERS, startHarvestConsumers, stopHarvestConsumers } from "./harvest-consumers.ts";
import type { HostStack } from "./host-stack.ts";
import { sleep } from "./processes.ts";
import { containerOf } from "./rendered.ts";

const run = promisify(execFile);

export interface UpgradeBlocker {
  /** A short name; the cluster tier observes each blocker its own way (tools/cluster/src/upgrade-blockers.ts). */
  readonly id: string;
  /** The extension and version that block, and what breaks. */
  readonly what: string;
  /** Why, and where upstream tracks it. */
  readonly why: string;
  /** What shows the problem on the stack, or undefined when it does not show. */
  readonly observe: (stack: HostStack) => Promise<string | undefined>;
}

/**
 * What ckanext-spatial 2.3.2's import stage does with a harvested record that did not change
 * (harvesters/base.py): package_show without validation, then PackageSearchIndex().index_package() of
 * it. Exits 3 with CKAN's error when this CKAN refuses that, 0 when it indexes or when the installed
 * ckanext-spatial no longer does it. $1: a dataset to replay it on.
 */
export const SPATIAL_UNCHANGED_RECORD = `
import inspect, os, sys
import ckanext.spatial.harvesters.base as base
source = inspect.getsource(base.SpatialHarvester.import_stage)
if "index_package(package_dict)" not in source or "with_custom_schema" in source:
    print("the installed ckanext-spatial no longer indexes an unchanged record's package_show")
    sys.exit(0)
from ckan.cli import load_config
from ckan.config.middleware import make_app
app = make_app(load_config(os.environ["CKAN_INI"]))
import ckan.logic as logic
from ckan.lib.search.index import PackageSearchIndex
with app._wsgi_app.test_request_context():
    context = {"ignore_auth": True, "validate": False}
    package = logic.get_action("package_show")(context, {"id": sys.argv[1]})
    try:
        PackageSearchIndex().index_package(package)
    except AssertionError as error:
        print(f"AssertionError: {error}")
        sys.exit(3)
print("indexed")
`;

/** redis-py 8's default socket timeout, plus margin. */
export const IDLE_SECONDS = 12;

export const UPGRADE_BLOCKERS: readonly UpgradeBlocker[] = [
  {
    id: "harvest-consumers-idle",
    what: "ckanext-harvest 1.6.3 (the newest on PyPI): the gather and fetch consumers die whenever their queue is idle for 5 seconds",
    why:
      "CKAN 2.12.0 pins redis==8.0.1, whose clients time out socket reads after 5 s by default; ckanext-harvest's " +
      "consumers wait in BLPOP without a timeout on a client made without socket_timeout, so they crash with " +
      "redis.exceptions.TimeoutError and the harvest Deployments crash-loop (https://github.com/ckan/ckanext-harvest/issues/581, open, no release)",
    async observe(stack) {
      await startHarvestConsumers(stack);
      await sleep(IDLE_SECONDS * 1000);
      const dead = Object.keys(HARVEST_CONSUMERS).filter((name) => !stack.supervisor.isRunning(name));
      const evidence = dead.map(
        (name) =>
          `${name}: ${
            stack.supervisor
              .tail(name, 40)
              .split("\n")
              .findLast((line) => /Error/.test(line)) ?? "exited"
          }`,
      );
      await stopHarvestConsumers(stack);
      return dead.length > 0 ? `died after ${IDLE_SECONDS}s idle: ${evidence.join("; ")}` : undefined;
    },
  },
  {
    id: "spatial-unchanged-record",
    what: "ckanext-spatial 2.3.2 (the newest on PyPI): re-harvesting a record that did not change kills the fetch consumer",
    why:
      "CKAN 2.12 indexes a dataset only with its validated form (index_package asserts 'with_custom_schema'); " +
      "ckanext-spatial 2.3.2's import stage re-indexes an unchanged record from an unvalidated package_show, so " +
      "every second harvest of a CSW or WAF source crashes the fetch consumer (seen in npm run e2e's second harvest). " +
      "Its README supports CKAN 2.10 and 2.11; its CKAN 2.12 work (ckan/ckanext-spatial#355) is in no release",
    async observe(stack) {
      const web = containerOf(stack.stack, "ckan");
      const env = await podEnvironment(stack.host, web, "web");
      const python = path.join(stack.host.venv, "bin/python");
      return run(python, ["-c", SPATIAL_UNCHANGED_RECORD, "drill-extent"], { env }).then(
        () => undefined,
        (error: { code?: number; stdout?: string; stderr?: string }) => {
          if (error.code === 3) return `the fetch consumer's call refused: ${error.stdout?.trim()}`;
          throw new Error(`replaying ckanext-spatial's import stage failed:\n${error.stderr?.slice(-2000)}`);
        },
      );
    },
  },
];
