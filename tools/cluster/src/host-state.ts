// What the cluster tier must leave as it found it on the host: firewall rules, routes, links, network
// namespaces, mounts below the cluster's directory, and sysctls. A snapshot before and after, compared.
import { readFileSync } from "node:fs";
import { $ } from "zx";

/** Sysctls that change on their own (counters, random values, timestamps): not part of the comparison. */
const VOLATILE = [
  /^fs\.(dentry-state|inode-nr|inode-state|file-nr|quota\.)/,
  /^kernel\.(random\.|ns_last_pid|pty\.nr|sched_domain|perf_event_max)/,
  /^net\.netfilter\.nf_conntrack_count/,
  /\.stable_secret$/,
  /^kernel\.hung_task/,
  /^vm\.(stat_interval|nr_pdflush)/,
];

export interface HostState {
  readonly firewall: string;
  readonly routes: string;
  readonly links: string;
  readonly namespaces: string;
  readonly mounts: string;
  readonly sysctls: string;
}

const quietly = $({ quiet: true, nothrow: true });

async function output(command: string[]): Promise<string> {
  const result = await quietly`${command}`;
  return result.exitCode === 0 ? result.stdout : `(${command[0]} failed: ${result.stderr.trim()})`;
}

/** Link names and states, without counters or per-boot ids. */
async function links(): Promise<string> {
  return (await output(["ip", "-o", "link", "show"]))
    .split("\n")
    .map((line) => line.replace(/^\d+: /, "").replace(/\\.*$/, ""))
    .join("\n");
}

async function sysctls(): Promise<string> {
  const result = await quietly`sysctl -a`;
  return result.stdout
    .split("\n")
    .filter((line) => line && !VOLATILE.some((pattern) => pattern.test(line)))
    .sort()
    .join("\n");
}

/** `below`: only mounts under this directory count (the host's own mounts may change for other reasons). */
export async function snapshot(below: string): Promise<HostState> {
  const [iptables, ip6tables, nft, routes, routes6, rules, linkList, namespaces, kernel] = await Promise.all([
    output(["iptables-save"]),
    output(["ip6tables-save"]),
    output(["nft", "list", "ruleset"]),
    output(["ip", "route", "show", "table", "all"]),
    output(["ip", "-6", "route", "show", "table", "all"]),
    output(["ip", "rule"]),
    links(),
    output(["ip", "netns", "list"]),
    sysctls(),
  ]);
  const mounts = readFileSync("/proc/self/mountinfo", "utf8")
    .split("\n")
    .map((line) => line.split(" ")[4] ?? "")
    .filter((mountPoint) => mountPoint.startsWith(below))
    .join("\n");
  return {
    // iptables-save prints a timestamp comment per table.
    firewall: [iptables, ip6tables, nft].join("\n").replace(/^#.*$/gm, ""),
    routes: [routes, routes6, rules].join("\n"),
    links: linkList,
    namespaces,
    mounts,
    sysctls: kernel,
  };
}

/** The lines that differ, per part of the state; empty when nothing changed. */
export function differences(before: HostState, after: HostState): string[] {
  const found: string[] = [];
  for (const key of Object.keys(before) as (keyof HostState)[]) {
    if (before[key] === after[key]) continue;
    const old = new Set(before[key].split("\n"));
    const now = new Set(after[key].split("\n"));
    const gone = [...old].filter((line) => !now.has(line)).map((line) => `- ${line}`);
    const added = [...now].filter((line) => !old.has(line)).map((line) => `+ ${line}`);
    found.push(`${key}:\n  ${[...gone, ...added].slice(0, 20).join("\n  ")}`);
  }
  return found;
}
