import { describe, expect, it } from "vitest";
import { differences, type HostState } from "../src/host-state.ts";

const state = (routes: string): HostState => ({
  firewall: "",
  routes,
  links: "lo",
  namespaces: "",
  mounts: "",
  sysctls: "net.ipv4.ip_forward = 0",
});

describe("differences", () => {
  it("is empty when nothing changed", () => {
    expect(differences(state("default via 192.0.2.1"), state("default via 192.0.2.1"))).toEqual([]);
  });
  it("names the part and the lines added and removed", () => {
    const before = state("default via 192.0.2.1");
    const after = {
      ...state("default via 192.0.2.1\n10.213.0.0/30 dev ckc0"),
      sysctls: "net.ipv4.ip_forward = 1",
    };
    expect(differences(before, after)).toEqual([
      "routes:\n  + 10.213.0.0/30 dev ckc0",
      "sysctls:\n  - net.ipv4.ip_forward = 0\n  + net.ipv4.ip_forward = 1",
    ]);
  });
});
