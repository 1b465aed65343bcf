// @ts-nocheck: modules transcribed from Nix, some ill-typed on purpose (a type error is what is compared).
/**
 * Compared with Nix, round 5: module sets shaped as NixOS' (a service with freeform settings,
 * mkIf/mkMerge sections, firewall ports from several services, systemd units, users, /etc files,
 * renames, profiles with mkDefault overridden by a host, defaults reading the configuration,
 * specialisations through extendModules), on the small NixOS-like modules of nixos-base.ts.
 * Each case: the modules as hearth reads them, and what Nix printed for the same modules written
 * in Nix (or `failed`). Written by the sessions that compared them; Nix's answers recorded as given.
 */
import {
  evalModules,
  lazy,
  mkAfter,
  mkAliasOptionModule,
  mkBefore,
  mkDefault,
  mkEnableOption,
  mkForce,
  mkIf,
  mkMerge,
  mkOption,
  mkOptionDefault,
  mkOptionType,
  mkOrder,
  mkOverride,
  mkRenamedOptionModule,
  mkRemovedOptionModule,
  mkChangedOptionModule,
  mkMergedOptionModule,
  mkAliasDefinitions,
  types,
  canonicalJson,
} from "../../../src/modules/index.ts";
import { failedMessages, base, fooM, nofile } from "./nixos-base.ts";
import { failed, type Scenario } from "./scenario.ts";
export const round5: Scenario[] = [
  {
    name: "d01",
    nix: [
      "web1.example.org",
      { baseUrl: "https://web1.example.org/", enable: true, serverName: "web1.example.org" },
      "https://web1.example.org/",
    ],
    run: ({ run }) => {
      const webM = ({ config }: any) => ({
        options: {
          services: {
            web: {
              enable: mkEnableOption("web"),
              serverName: mkOption({
                type: types.str,
                default: lazy(() => config.networking.fqdn),
                defaultText: "config.networking.fqdn",
              }),
              baseUrl: mkOption({
                type: types.str,
                default: lazy(() => `https://${config.services.web.serverName}/`),
              }),
            },
          },
        },
        config: ({ config }: any) =>
          mkIf(config.services.web.enable, {
            environment: { etc: { "web/url": { text: config.services.web.baseUrl } } },
          }),
      });
      run(
        [
          ...base,
          webM,
          { networking: { hostName: "web1", domain: "example.org" }, services: { web: { enable: true } } },
        ],
        (c) => [c.networking.fqdn, c.services.web, c.environment.etc["web/url"].text],
      );
    },
  },
  {
    name: "d02",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      run([...base, { networking: { fqdn: "custom.example.net", hostName: "x" } }], (c) => [
        c.networking.fqdn,
      ]);
    },
  },
  {
    name: "d03",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      run(
        [...base, { networking: { fqdn: "a.example.net" } }, { networking: { fqdn: "b.example.net" } }],
        (c) => c.networking.fqdn,
      );
    },
  },
  {
    name: "d04",
    nix: ["127.0.0.1 generic.local", "kitchen.local", "127.0.0.1 k.local"],
    run: ({ console }) => {
      const mdnsM = ({ config }: any) => ({
        options: {
          services: {
            mdns: {
              enable: mkEnableOption("mDNS"),
              name: mkOption({ type: types.str, default: lazy(() => config.networking.hostName + ".local") }),
            },
          },
        },
        config: ({ config }: any) =>
          mkIf(config.services.mdns.enable, {
            environment: { etc: { "avahi/hosts": { text: `127.0.0.1 ${config.services.mdns.name}` } } },
            networking: { firewall: { allowedUDPPorts: [5353] } },
          }),
      });
      const profile = {
        networking: { hostName: mkDefault("generic") },
        services: { mdns: { enable: mkDefault(true) } },
      };
      try {
        console.log(
          canonicalJson([
            evalModules({ modules: [...base, mdnsM, profile] as any }).config.environment.etc["avahi/hosts"]
              .text,
            evalModules({
              modules: [...base, mdnsM, profile, { networking: { hostName: "kitchen" } }] as any,
            }).config.services.mdns.name,
            evalModules({
              modules: [
                ...base,
                mdnsM,
                profile,
                { networking: { hostName: "kitchen" }, services: { mdns: { name: "k.local" } } },
              ] as any,
            }).config.environment.etc["avahi/hosts"].text,
          ]),
        );
      } catch (e) {
        console.log("ERROR: " + (e as Error).message.split("\n")[0]);
      }
    },
  },
  {
    name: "d05",
    nix: ["${hostName}.${domain}", true, true, 1500, "h.d", 100],
    run: ({ runE }) => {
      runE([...base, { networking: { hostName: "h", domain: "d" } }], (r) => [
        r.options.networking.fqdn.defaultText,
        r.options.networking.fqdn.readOnly,
        r.options.networking.fqdn.isDefined,
        r.options.networking.fqdn.highestPrio,
        r.config.networking.fqdn,
        r.options.networking.hostName.highestPrio,
      ]);
    },
  },
  {
    name: "d06",
    nix: failed,
    kind: "thrown",
    run: ({ run }) => {
      run(
        [
          ...base,
          {
            config: ({ config }: any) => ({
              environment: { etc: { hosts: { text: `127.0.0.1 ${config.networking.fqdn}` } } },
            }),
          },
        ],
        (c) => c.environment.etc.hosts.text,
      );
    },
  },
  {
    name: "d07",
    nix: [{}, { UPSTREAM: "http://127.0.0.1:3000" }, { UPSTREAM: "http://remote" }],
    run: ({ console }) => {
      const barM = ({ config }: any) => ({
        options: {
          services: {
            bar: {
              enable: mkEnableOption("bar"),
              upstream: mkOption({
                type: types.nullOr(types.str),
                default: lazy(() =>
                  config.services.foo.enable ? `http://127.0.0.1:${config.services.foo.port}` : null,
                ),
              }),
            },
          },
        },
        config: ({ config }: any) =>
          mkIf(config.services.bar.enable, {
            systemd: {
              services: {
                bar: {
                  environment: {
                    UPSTREAM: mkIf(config.services.bar.upstream !== null, config.services.bar.upstream),
                  },
                },
              },
            },
          }),
      });
      const ev = (ms: any[]) =>
        evalModules({ modules: [...base, fooM, barM, ...ms] as any }).config.systemd.services.bar.environment;
      try {
        console.log(
          canonicalJson([
            ev([{ services: { bar: { enable: true } } }]),
            ev([{ services: { bar: { enable: true }, foo: { enable: true, port: 3000 } } }]),
            ev([{ services: { bar: { enable: true, upstream: "http://remote" }, foo: { enable: true } } }]),
          ]),
        );
      } catch (e) {
        console.log("ERROR: " + (e as Error).message.split("\n")[0]);
      }
    },
  },
  {
    name: "d08",
    nix: [
      {
        exclude: ["*.tmp"],
        paths: ["/var/lib/b", "/var/lib/a", "/etc"],
        statePaths: ["/var/lib/b", "/var/lib/a"],
      },
      { exclude: ["/var/lib/a/cache"], paths: ["/home"], statePaths: ["/var/lib/a"] },
    ],
    run: ({ console }) => {
      const bkM = ({ config }: any) => ({
        options: {
          services: {
            backup: {
              paths: mkOption({
                type: types.listOf(types.str),
                default: lazy(() => [...config.services.backup.statePaths, "/etc"]),
              }),
              statePaths: mkOption({ type: types.listOf(types.str), default: [] }),
              exclude: mkOption({
                type: types.listOf(types.str),
                default: lazy(() => config.services.backup.statePaths.map((p: string) => `${p}/cache`)),
              }),
            },
          },
        },
      });
      const appsM = { services: { backup: { statePaths: ["/var/lib/a"] } } };
      const apps2M = { services: { backup: { statePaths: ["/var/lib/b"], exclude: ["*.tmp"] } } };
      try {
        console.log(
          canonicalJson([
            evalModules({ modules: [...base, bkM, appsM, apps2M] as any }).config.services.backup,
            evalModules({
              modules: [...base, bkM, appsM, { services: { backup: { paths: mkAfter(["/home"]) } } }] as any,
            }).config.services.backup,
          ]),
        );
      } catch (e) {
        console.log("ERROR: " + (e as Error).message.split("\n")[0]);
      }
    },
  },
  {
    name: "d09",
    nix: [{ extraArgs: "--fast -v", hosts: ["A", "B"] }, "s --fast -v --hosts A,B"],
    run: ({ run }) => {
      const sM = {
        options: {
          services: {
            s: {
              extraArgs: mkOption({
                type: types.listOf(types.str),
                default: [],
                apply: (l: string[]) => l.join(" "),
              }),
              hosts: mkOption({
                type: types.listOf(types.str),
                default: ["localhost"],
                apply: (l: string[]) => l.map((h) => h.toUpperCase()),
              }),
            },
          },
        },
        config: ({ config }: any) => ({
          systemd: {
            services: {
              s: { script: `s ${config.services.s.extraArgs} --hosts ${config.services.s.hosts.join(",")}` },
            },
          },
        }),
      };
      run(
        [
          ...base,
          sM,
          { services: { s: { extraArgs: ["-v"], hosts: ["a", "b"] } } },
          { services: { s: { extraArgs: mkBefore(["--fast"]) } } },
        ],
        (c) => [c.services.s, c.systemd.services.s.script],
      );
    },
  },
  {
    name: "d10",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      const stM = {
        options: {
          system: {
            stateVersion: mkOption({ type: types.str, default: "23.11", readOnly: false }),
            nixos: { release: mkOption({ type: types.str, readOnly: true, default: "24.05" }) },
          },
        },
      };
      run(
        [...base, stM, { system: { nixos: { release: mkForce("99.99") }, stateVersion: "22.05" } }],
        (c) => c.system,
      );
    },
  },
  {
    name: "d11",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      const stM = {
        options: {
          system: { nixos: { release: mkOption({ type: types.str, readOnly: true, default: "24.05" }) } },
        },
      };
      run(
        [
          ...base,
          stM,
          { system: { nixos: { release: mkForce("99.99") } } },
          { system: { nixos: { release: mkDefault("1") } } },
        ],
        (c) => c.system,
      );
    },
  },
  {
    name: "d12",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [...base, { networking: { hostName: mkDefault("a") } }, { networking: { hostName: mkDefault("b") } }],
        (c) => c.networking.hostName,
      );
    },
  },
  {
    name: "d13",
    nix: [
      { enable: true, large: true, memory: 4096 },
      { MemoryMax: "4096M", Type: "simple" },
    ],
    run: ({ run }) => {
      const cM = ({ config }: any) => ({
        options: {
          services: {
            cache: {
              enable: mkEnableOption("cache"),
              memory: mkOption({
                type: types.ints.positive,
                default: lazy(() => (config.services.cache.large ? 4096 : 512)),
              }),
              large: mkOption({ type: types.bool, default: false }),
            },
          },
        },
        config: ({ config }: any) =>
          mkIf(config.services.cache.enable, {
            systemd: {
              services: { cache: { serviceConfig: { MemoryMax: `${config.services.cache.memory}M` } } },
            },
          }),
      });
      run([...base, cM, { services: { cache: { enable: true, large: true } } }], (c) => [
        c.services.cache,
        c.systemd.services.cache.serviceConfig,
      ]);
    },
  },
  {
    name: "d13g",
    nix: [
      { enable: true, large: true, memory: 4096 },
      { MemoryMax: "4096M", Type: "simple" },
    ],
    run: ({ run }) => {
      const cM = ({ config }: any) => ({
        options: {
          services: {
            cache: {
              enable: mkEnableOption("cache"),
              memory: mkOption({
                type: types.ints.positive,
                get default() {
                  return config.services.cache.large ? 4096 : 512;
                },
              }),
              large: mkOption({ type: types.bool, default: false }),
            },
          },
        },
        config: ({ config }: any) =>
          mkIf(config.services.cache.enable, {
            systemd: {
              services: { cache: { serviceConfig: { MemoryMax: `${config.services.cache.memory}M` } } },
            },
          }),
      });
      run([...base, cM, { services: { cache: { enable: true, large: true } } }], (c) => [
        c.services.cache,
        c.systemd.services.cache.serviceConfig,
      ]);
    },
  },
  {
    name: "e01",
    nix: [
      {
        hosts: {
          enable: true,
          mode: "0644",
          source: "/store/etc-hosts-19",
          target: "hosts",
          text: "127.0.0.1 localhost",
          user: "+0",
        },
        "nsswitch.conf": {
          enable: false,
          mode: "symlink",
          source: "/store/etc-nsswitch.conf-16",
          target: "nsswitch.conf",
          text: "hosts: files dns",
          user: "+0",
        },
        "ssh/sshd_config": {
          enable: true,
          mode: "symlink",
          source: "/store/etc-ssh-sshd_config-18",
          target: "ssh/sshd_config",
          text: "PermitRootLogin no",
          user: "+0",
        },
      },
      ["hosts", "ssh/sshd_config"],
    ],
    run: ({ run }) => {
      run(
        [
          ...base,
          {
            environment: {
              etc: {
                "ssh/sshd_config": { text: "PermitRootLogin no" },
                hosts: { text: "127.0.0.1 localhost", mode: "0644" },
              },
            },
          },
          { environment: { etc: { "nsswitch.conf": { text: "hosts: files dns", enable: false } } } },
        ],
        (c) => [c.environment.etc, Object.keys(c.environment.etc).filter((n) => c.environment.etc[n].enable)],
      );
    },
  },
  {
    name: "e02",
    nix: {
      "machine-id": {
        enable: true,
        mode: "symlink",
        source: "/var/lib/machine-id",
        target: "machine-id",
        text: null,
        user: "+0",
      },
      "resolv.conf": {
        enable: true,
        mode: "symlink",
        source: "/run/systemd/resolve/stub-resolv.conf",
        target: "resolv.conf",
        text: null,
        user: "+0",
      },
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          {
            environment: {
              etc: {
                "resolv.conf": { source: "/run/systemd/resolve/stub-resolv.conf" },
                "machine-id": { source: "/var/lib/machine-id" },
              },
            },
          },
        ],
        (c) => c.environment.etc,
      );
    },
  },
  {
    name: "e03",
    nix: { issue: ["Hello", "/store/etc-issue-5"], motd: ["Welcome", "/srv/motd"] },
    run: ({ run }) => {
      run(
        [
          ...base,
          { environment: { etc: { motd: { text: mkDefault("Welcome") } } } },
          { environment: { etc: { motd: { source: "/srv/motd" } } } },
          { environment: { etc: { issue: { text: "Hello", source: mkDefault("/srv/issue") } } } },
        ],
        (c) =>
          Object.fromEntries(Object.entries(c.environment.etc).map(([n, e]: any) => [n, [e.text, e.source]])),
      );
    },
  },
  {
    name: "e04",
    nix: {
      enable: true,
      mode: "symlink",
      source: "/store/etc-motd-6",
      target: "motd",
      text: "Forced",
      user: "+0",
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          { environment: { etc: { motd: { text: mkForce("Forced") } } } },
          { environment: { etc: { motd: { source: "/srv/motd" } } } },
        ],
        (c) => c.environment.etc.motd,
      );
    },
  },
  {
    name: "e05",
    nix: {
      enable: true,
      mode: "symlink",
      source: "/store/etc-sudoers-67",
      target: "sudoers",
      text: 'Defaults env_keep += "HOME"\nroot ALL=(ALL) ALL\n%wheel ALL=(ALL) ALL',
      user: "+0",
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          { environment: { etc: { sudoers: { text: "root ALL=(ALL) ALL" } } } },
          { environment: { etc: { sudoers: { text: mkBefore('Defaults env_keep += "HOME"') } } } },
          { environment: { etc: { sudoers: { text: mkAfter("%wheel ALL=(ALL) ALL") } } } },
        ],
        (c) => c.environment.etc.sudoers,
      );
    },
  },
  {
    name: "e06",
    nix: {
      enable: true,
      mode: "0440",
      source: "/store/etc-foo-config.json-25",
      target: "foo/foo.json",
      text: '{"listen":"0.0.0.0:8080"}',
      user: "foo",
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            services: { foo: { enable: true } },
            environment: { etc: { "foo/config.json": { target: "foo/foo.json" } } },
          },
          { environment: { etc: { "foo/config.json": { mode: "0440", user: "foo" } } } },
        ],
        (c) => c.environment.etc["foo/config.json"],
      );
    },
  },
  {
    name: "e07",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run([...base, { environment: { etc: { empty: { mode: "0600" } } } }], (c) => c.environment.etc.empty);
    },
  },
  {
    name: "e08",
    nix: {
      "nginx/conf.d/site.conf": [
        "nginx/conf.d/site.conf",
        "server {}",
        "/store/etc-nginx-conf.d-site.conf-9",
      ],
      "nginx/mime.types": ["nginx/mime.types", null, "/etc/mime.types"],
      "nginx/nginx.conf": [
        "nginx/nginx.conf",
        "events {}\nworker_processes auto;",
        "/store/etc-nginx-nginx.conf-32",
      ],
    },
    run: ({ run }) => {
      const ngM = {
        options: {
          services: {
            nginx: {
              enable: mkEnableOption("nginx"),
              configFiles: mkOption({ type: types.attrsOf(types.lines), default: {} }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services.nginx;
          return mkIf(cfg.enable, {
            environment: {
              etc: {
                ...Object.fromEntries(
                  Object.entries(cfg.configFiles).map(([n, v]) => [`nginx/${n}`, { text: v }]),
                ),
                "nginx/mime.types": { source: "/store/mime.types" },
              },
            },
          });
        },
      };
      run(
        [
          ...base,
          ngM,
          {
            services: {
              nginx: {
                enable: true,
                configFiles: { "nginx.conf": "worker_processes auto;", "conf.d/site.conf": "server {}" },
              },
            },
          },
          {
            services: { nginx: { configFiles: { "nginx.conf": "events {}" } } },
            environment: { etc: { "nginx/mime.types": { source: mkForce("/etc/mime.types") } } },
          },
        ],
        (c) =>
          Object.fromEntries(
            Object.entries(c.environment.etc).map(([n, e]: any) => [n, [e.target, e.text, e.source]]),
          ),
      );
    },
  },
  {
    name: "e09",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          ...base,
          { environment: { etc: { a: { text: "x" } } } },
          { environment: { etc: { a: { source: "/y" } } } },
        ],
        (c) => c.environment.etc.a,
      );
    },
  },
  {
    name: "e10",
    nix: {
      hostname: ["web1\n", "/store/etc-hostname-5"],
      hosts: ["127.0.0.1 web1.lab.example", "/store/etc-hosts-26"],
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          {
            config: ({ config }: any) => ({
              environment: {
                etc: {
                  hostname: { text: config.networking.hostName + "\n" },
                  hosts: { text: `127.0.0.1 ${config.networking.fqdn}` },
                },
              },
            }),
          },
          { networking: { hostName: "web1", domain: "lab.example" } },
        ],
        (c) =>
          Object.fromEntries(Object.entries(c.environment.etc).map(([n, e]: any) => [n, [e.text, e.source]])),
      );
    },
  },
  {
    name: "e11",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run(
        [
          ...base,
          { environment: { etc: { a: { text: null, source: "/y" }, b: { text: mkIf(false, "never") } } } },
        ],
        (c) =>
          Object.fromEntries(Object.entries(c.environment.etc).map(([n, e]: any) => [n, [e.text, e.source]])),
      );
    },
  },
  {
    name: "f01",
    nix: [25, 22, 9100, 53, 2222, 80],
    run: ({ run }) => {
      const svc = (name: string, port: number) => ({
        options: { services: { [name]: { enable: mkEnableOption(name) } } },
        config: ({ config }: any) =>
          mkIf(config.services[name].enable, { networking: { firewall: { allowedTCPPorts: [port] } } }),
      });
      const sshProfile = {
        imports: [svc("ssh", 22)],
        services: { ssh: { enable: true } },
        networking: { firewall: { allowedTCPPorts: [2222] } },
      };
      run(
        [
          ...base,
          svc("http", 80),
          sshProfile,
          svc("dns", 53),
          {
            services: { http: { enable: true }, dns: { enable: true }, smtp: { enable: true } },
            networking: { firewall: { allowedTCPPorts: [9100] } },
            imports: [svc("smtp", 25)],
          },
        ],
        (c) => c.networking.firewall.allowedTCPPorts,
      );
    },
  },
  {
    name: "f02",
    nix: { allowedTCPPorts: [21, 22, 9090, 80, 443, 8080], allowedUDPPorts: [51820] },
    run: ({ run }) => {
      run(
        [
          ...base,
          { networking: { firewall: { allowedTCPPorts: [80, 443] } } },
          {
            networking: { firewall: { allowedTCPPorts: mkBefore([22]), allowedUDPPorts: mkIf(false, [53]) } },
          },
          {
            networking: {
              firewall: { allowedTCPPorts: mkIf(true, mkAfter([8080])), allowedUDPPorts: [51820] },
            },
          },
          {
            networking: {
              firewall: { allowedTCPPorts: mkMerge([[9090], mkIf(false, [1]), mkBefore([21])]) },
            },
          },
        ],
        (c) => ({
          allowedTCPPorts: c.networking.firewall.allowedTCPPorts,
          allowedUDPPorts: c.networking.firewall.allowedUDPPorts,
        }),
      );
    },
  },
  {
    name: "f03",
    nix: ["set networking.domain", "foo: openFirewall needs the firewall"],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            config: ({ config }: any) => ({
              assertions: [
                { assertion: config.networking.hostName !== "nixos", message: "set networking.hostName" },
              ],
            }),
          },
          {
            config: ({ config }: any) => ({
              assertions: mkIf(config.services.foo.enable, [
                {
                  assertion: !config.services.foo.openFirewall || config.networking.firewall.enable,
                  message: "foo: openFirewall needs the firewall",
                },
              ]),
            }),
          },
          {
            config: ({ config }: any) => ({
              assertions: [
                {
                  assertion: config.networking.firewall.allowedTCPPorts.length < 5,
                  message: "too many open ports",
                },
                { assertion: config.networking.domain !== null, message: "set networking.domain" },
              ],
            }),
          },
          {
            services: { foo: { enable: true, openFirewall: true } },
            networking: { firewall: { enable: false }, hostName: "h1" },
          },
        ],
        failedMessages,
      );
    },
  },
  {
    name: "f04",
    nix: [[], [], 0],
    run: ({ run }) => {
      const svcA = {
        options: { services: { a: { enable: mkEnableOption("a") } } },
        config: ({ config }: any) =>
          mkIf(config.services.a.enable, {
            assertions: [{ assertion: false, message: "a is broken" }],
            warnings: ["a is deprecated"],
          }),
      };
      run([...base, svcA, fooM, { services: { foo: { enable: true } } }], (c) => [
        failedMessages(c),
        c.warnings,
        c.assertions.length,
      ]);
    },
  },
  {
    name: "f05",
    nix: ["foo is enabled", "host warning", "foo: privileged port", "foo runs as root"],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            config: ({ config }: any) => ({
              warnings: [
                ...(config.services.foo.port < 1024 ? ["foo: privileged port"] : []),
                ...(config.services.foo.user === "root" ? ["foo runs as root"] : []),
              ],
            }),
          },
          {
            config: ({ config }: any) => ({
              warnings: mkBefore(config.services.foo.enable ? ["foo is enabled"] : []),
            }),
          },
          { services: { foo: { enable: true, port: 80, user: "root" } }, warnings: ["host warning"] },
        ],
        (c) => c.warnings,
      );
    },
  },
  {
    name: "f06",
    nix: "iptables -A INPUT -p tcp --dport 22 -j ACCEPT\niptables -A INPUT -p tcp --dport 443 -j ACCEPT\niptables -A INPUT -p tcp --dport 80 -j ACCEPT\niptables -A INPUT -i lo -j ACCEPT\niptables -A INPUT -i wg0 -j ACCEPT",
    run: ({ run }) => {
      const fwM = {
        config: ({ config }: any) => {
          const cfg = config.networking.firewall;
          return {
            systemd: {
              services: {
                firewall: mkIf(cfg.enable, {
                  script:
                    [...new Set(cfg.allowedTCPPorts)]
                      .map((p) => `iptables -A INPUT -p tcp --dport ${p} -j ACCEPT`)
                      .join("\n") +
                    "\n" +
                    cfg.trustedInterfaces
                      .map((i: string) => `iptables -A INPUT -i ${i} -j ACCEPT`)
                      .join("\n"),
                  wantedBy: ["multi-user.target"],
                }),
              },
            },
          };
        },
      };
      run(
        [
          ...base,
          fwM,
          fooM,
          {
            services: { foo: { enable: true, openFirewall: true, port: 443 } },
            networking: { firewall: { allowedTCPPorts: [22, 443, 80], trustedInterfaces: ["lo", "wg0"] } },
          },
        ],
        (c) => c.systemd.services.firewall.script,
      );
    },
  },
  {
    name: "f07",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [...base, { networking: { firewall: { allowedTCPPorts: [22, 70000] } } }],
        (c) => c.networking.firewall.allowedTCPPorts,
      );
    },
  },
  {
    name: "f08",
    nix: [
      { allowedTCPPorts: [], allowedUDPPorts: [5001], enable: false, trustedInterfaces: [] },
      { allowedTCPPorts: [5000], allowedUDPPorts: [5001], enable: true, trustedInterfaces: [] },
    ],
    run: ({ console }) => {
      const prof = { networking: { firewall: { enable: mkDefault(false) } } };
      const sM = {
        options: { services: { s: { enable: mkEnableOption("s") } } },
        config: ({ config }: any) =>
          mkIf(config.services.s.enable, {
            networking: {
              firewall: {
                allowedTCPPorts: mkIf(config.networking.firewall.enable, [5000]),
                allowedUDPPorts: [5001],
              },
            },
          }),
      };
      try {
        console.log(
          canonicalJson([
            evalModules({ modules: [...base, prof, sM, { services: { s: { enable: true } } }] as any }).config
              .networking.firewall,
            evalModules({
              modules: [
                ...base,
                prof,
                sM,
                { services: { s: { enable: true } }, networking: { firewall: { enable: true } } },
              ] as any,
            }).config.networking.firewall,
          ]),
        );
      } catch (e) {
        console.log("ERROR: " + (e as Error).message.split("\n")[0]);
      }
    },
  },
  {
    name: "f09",
    nix: ["b", "d", "a"],
    run: ({ run }) => {
      run(
        [
          ...base,
          { assertions: [{ assertion: false, message: "a" }] },
          { assertions: mkBefore([{ assertion: false, message: "b" }]) },
          {
            assertions: [
              { assertion: true, message: "c" },
              { assertion: false, message: "d" },
            ],
          },
        ],
        failedMessages,
      );
    },
  },
  {
    name: "f10",
    nix: [["services.s.port 80 is opened twice"], [80, 80]],
    run: ({ run }) => {
      const sM = {
        options: {
          services: { s: { enable: mkEnableOption("s"), port: mkOption({ type: types.port, default: 80 }) } },
        },
        config: ({ config }: any) =>
          mkIf(config.services.s.enable, {
            networking: { firewall: { allowedTCPPorts: [config.services.s.port] } },
            assertions: [
              {
                assertion: lazy(
                  () =>
                    config.networking.firewall.allowedTCPPorts.filter(
                      (p: number) => p === config.services.s.port,
                    ).length < 2,
                ),
                message: `services.s.port ${config.services.s.port} is opened twice`,
              },
            ],
          }),
      };
      run(
        [
          ...base,
          sM,
          { services: { s: { enable: true } }, networking: { firewall: { allowedTCPPorts: [80] } } },
        ],
        (c) => [failedMessages(c), c.networking.firewall.allowedTCPPorts],
      );
    },
  },
  {
    name: "g01b",
    nix: [
      {
        a: { port: 80, root: "/srv/a", serverName: "a.example.net" },
        b: { port: 8080, root: "/srv/b", serverName: "b.example.net" },
        c: { port: 80, root: "/opt/c", serverName: "c.example.net" },
      },
      [80, 8080],
    ],
    run: ({ run }) => {
      const vhM = ({ config: outer }: any) => ({
        options: {
          services: {
            static: {
              webRoot: mkOption({ type: types.str, default: "/var/www" }),
              sites: mkOption({
                default: {},
                type: types.attrsOf(
                  types.submodule(({ name }: any) => ({
                    options: {
                      root: mkOption({ type: types.str }),
                      port: mkOption({ type: types.port, default: 80 }),
                      serverName: mkOption({ type: types.str }),
                    },
                    config: () => ({
                      root: mkDefault(`${outer.services.static.webRoot}/${name}`),
                      serverName: `${name}.${outer.networking.domain}`,
                    }),
                  })),
                ),
              }),
            },
          },
        },
        config: ({ config }: any) => ({
          networking: {
            firewall: {
              allowedTCPPorts: lazy(() => [
                ...new Set(Object.values(config.services.static.sites).map((s: any) => s.port)),
              ]),
            },
            domain: mkDefault("example.net"),
          },
        }),
      });
      run(
        [
          ...base,
          vhM,
          {
            services: {
              static: {
                webRoot: "/srv",
                sites: { a: {}, b: { port: 8080 }, c: { root: "/opt/c", port: 80 } },
              },
            },
          },
        ],
        (c) => [c.services.static.sites, c.networking.firewall.allowedTCPPorts],
      );
    },
  },
  {
    name: "g01c",
    nix: [
      {
        a: { port: 80, root: "/srv/a", serverName: "a.example.net" },
        b: { port: 8080, root: "/srv/b", serverName: "b.example.net" },
        c: { port: 80, root: "/opt/c", serverName: "c.example.net" },
      },
      [80, 8080],
    ],
    run: ({ run }) => {
      const vhM = ({ config: outer }: any) => ({
        options: {
          services: {
            static: {
              webRoot: mkOption({ type: types.str, default: "/var/www" }),
              sites: mkOption({
                default: {},
                type: types.attrsOf(
                  types.submodule(({ name }: any) => ({
                    options: {
                      root: mkOption({ type: types.str }),
                      port: mkOption({ type: types.port, default: 80 }),
                      serverName: mkOption({ type: types.str }),
                    },
                    config: () => ({
                      root: mkDefault(`${outer.services.static.webRoot}/${name}`),
                      serverName: lazy(() => `${name}.${outer.networking.domain}`),
                    }),
                  })),
                ),
              }),
            },
          },
        },
        config: ({ config }: any) => ({
          networking: {
            firewall: {
              allowedTCPPorts: [
                ...new Set(Object.values(config.services.static.sites).map((s: any) => s.port)),
              ],
            },
            domain: mkDefault("example.net"),
          },
        }),
      });
      run(
        [
          ...base,
          vhM,
          {
            services: {
              static: {
                webRoot: "/srv",
                sites: { a: {}, b: { port: 8080 }, c: { root: "/opt/c", port: 80 } },
              },
            },
          },
        ],
        (c) => [c.services.static.sites, c.networking.firewall.allowedTCPPorts],
      );
    },
  },
  {
    name: "g02",
    nix: [[8080], [22, 9], "/bin/foo --listen 0.0.0.0:9", [22], []],
    run: ({ runE }) => {
      runE([...base, fooM, { services: { foo: { enable: true, openFirewall: true } } }], (r) => {
        const r2 = r.extendModules({
          modules: [
            { services: { foo: { port: mkForce(9) } }, networking: { firewall: { allowedTCPPorts: [22] } } },
          ],
        });
        const r3 = r2.extendModules({ modules: [{ services: { foo: { enable: mkForce(false) } } }] });
        return [
          r.config.networking.firewall.allowedTCPPorts,
          r2.config.networking.firewall.allowedTCPPorts,
          r2.config.systemd.services.foo.serviceConfig.ExecStart,
          r3.config.networking.firewall.allowedTCPPorts,
          Object.keys(r3.config.systemd.services),
        ];
      });
    },
  },
  {
    name: "g03",
    nix: [{ debug: [9999], ssh: [22, 8080] }, [8080]],
    run: ({ run }) => {
      const specM = {
        options: {
          specialisation: mkOption({
            default: {},
            type: types.attrsOf(
              types.submodule({
                options: { configuration: mkOption({ type: types.deferredModule, default: {} }) },
              }),
            ),
          }),
          specResults: mkOption({ type: types.attrsOf(types.unspecified), default: {} }),
        },
        config: ({ config, extendModules }: any) => ({
          specResults: lazy(() =>
            Object.fromEntries(
              Object.entries(config.specialisation).map(([n, s]: any) => [
                n,
                extendModules({ modules: [s.configuration, { specialisation: mkForce({}) }] }).config
                  .networking.firewall.allowedTCPPorts,
              ]),
            ),
          ),
        }),
      };
      run(
        [
          ...base,
          fooM,
          specM,
          {
            services: { foo: { enable: true, openFirewall: true } },
            specialisation: {
              debug: { configuration: { services: { foo: { port: mkForce(9999) } } } },
              ssh: { configuration: { networking: { firewall: { allowedTCPPorts: [22] } } } },
            },
          },
        ],
        (c) => [c.specResults, c.networking.firewall.allowedTCPPorts],
      );
    },
  },
  {
    name: "h01",
    nix: {
      environment: { PATH: "/store/hello-aarch64-linux/bin:/store/curl/bin" },
      path: ["/store/hello-aarch64-linux", "/store/curl"],
      script: "/store/hello-aarch64-linux/bin/hello",
    },
    run: ({ run }) => {
      const nixpkgsM = {
        options: { nixpkgs: { system: mkOption({ type: types.str, default: "x86_64-linux" }) } },
        config: ({ config }: any) => ({
          _module: {
            args: {
              pkgs: lazy(() => ({ hello: `/store/hello-${config.nixpkgs.system}`, curl: "/store/curl" })),
            },
          },
        }),
      };
      const svcM = {
        options: { services: { hello: { enable: mkEnableOption("hello") } } },
        config: ({ config, pkgs }: any) =>
          mkIf(config.services.hello.enable, {
            systemd: {
              services: { hello: { path: [pkgs.hello, pkgs.curl], script: `${pkgs.hello}/bin/hello` } },
            },
          }),
      };
      run(
        [
          ...base,
          nixpkgsM,
          svcM,
          { services: { hello: { enable: true } }, nixpkgs: { system: "aarch64-linux" } },
        ],
        (c) => {
          const s = c.systemd.services.hello;
          return { path: s.path, script: s.script, environment: s.environment };
        },
      );
    },
  },
  {
    name: "h02",
    nix: failed,
    kind: "thrown",
    run: ({ run }) => {
      const topM = {
        options: { system: { build: { toplevel: mkOption({ type: types.unspecified }) } } },
        config: ({ config }: any) => ({
          system: {
            build: {
              toplevel: lazy(() => {
                const f = failedMessages(config);
                if (f.length)
                  throw new Error("\nFailed assertions:\n" + f.map((x: string) => `- ${x}`).join("\n"));
                return "ok";
              }),
            },
          },
        }),
      };
      run(
        [
          ...base,
          topM,
          fooM,
          { services: { foo: { enable: true } }, assertions: [{ assertion: false, message: "bad thing" }] },
        ],
        (c) => c.system.build.toplevel,
      );
    },
  },
  {
    name: "h03",
    nix: [[1], []],
    run: ({ console }) => {
      const gated = ({ config }: any) =>
        mkIf(() => config.services.foo.enable, {
          networking: { firewall: { allowedTCPPorts: [1] } },
          users: { users: { extra: { isSystemUser: true, group: "x" } } },
        });
      try {
        console.log(
          canonicalJson([
            evalModules({ modules: [...base, fooM, gated, { services: { foo: { enable: true } } }] as any })
              .config.networking.firewall.allowedTCPPorts,
            Object.keys(evalModules({ modules: [...base, fooM, gated] as any }).config.users.users),
          ]),
        );
      } catch (e) {
        console.log("ERROR: " + (e as Error).message.split("\n")[0]);
      }
    },
  },
  {
    name: "h04",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          { services: { foo: { enable: true } } },
          { config: mkIf(false, mkForce({ services: { foo: { port: 1 } } })) },
          { config: mkForce(mkIf(true, { services: { foo: { user: "forced" } } })) },
          { services: { foo: { user: "plain" } } },
        ],
        (c) => [c.services.foo.port, c.services.foo.user],
      );
    },
  },
  {
    name: "j01",
    nix: '[Unit]\nDescription=Foo server\nAfter=network.target\n[Service]\n10Sec=5\nAmbientCapabilities=CAP_NET_BIND_SERVICE\nExecStart=/bin/foo --listen 0.0.0.0:8080\nNoNewPrivileges=true\nRestart=always\nType=simple\nUser=foo\nEnvironment="A=a"\nEnvironment="FOO_CONFIG=/etc/foo/config.json"\nEnvironment="Z=z"',
    run: ({ run }) => {
      const unitM = {
        config: ({ config }: any) => ({
          environment: {
            etc: lazy(() =>
              Object.fromEntries(
                Object.entries(config.systemd.services)
                  .filter(([, s]: any) => s.enable)
                  .map(([n, s]: any) => [
                    `systemd/system/${n}.service`,
                    {
                      text:
                        `[Unit]\nDescription=${s.description}\nAfter=${s.after.join(" ")}\n[Service]\n` +
                        Object.entries(s.serviceConfig)
                          .map(([k, v]: any) => `${k}=${Array.isArray(v) ? v.join(" ") : String(v)}`)
                          .join("\n") +
                        "\n" +
                        Object.entries(s.environment)
                          .map(([k, v]) => `Environment="${k}=${v}"`)
                          .join("\n"),
                    },
                  ]),
              ),
            ),
          },
        }),
      };
      run(
        [
          ...base,
          unitM,
          fooM,
          {
            services: { foo: { enable: true, settings: { zeta: 1 } } },
            systemd: {
              services: {
                foo: {
                  serviceConfig: {
                    AmbientCapabilities: ["CAP_NET_BIND_SERVICE"],
                    NoNewPrivileges: true,
                    "10Sec": 5,
                  },
                  environment: { Z: "z", A: "a" },
                },
              },
            },
          },
        ],
        (c) => c.environment.etc["systemd/system/foo.service"].text,
      );
    },
  },
  {
    name: "j02",
    nix: '{"after":["network.target"],"description":"Foo server","enable":true,"environment":{"FOO_CONFIG":"/etc/foo/config.json"},"path":[],"script":"","serviceConfig":{"10Sec":5,"ExecStart":"/bin/foo --listen 0.0.0.0:8080","NoNewPrivileges":true,"Restart":"always","Type":"simple","User":"foo"},"wantedBy":["multi-user.target"],"wants":[]}',
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            services: { foo: { enable: true } },
            systemd: { services: { foo: { serviceConfig: { NoNewPrivileges: true, "10Sec": 5 } } } },
          },
        ],
        (c) => JSON.stringify(c.systemd.services.foo),
      );
    },
  },
  {
    name: "j03",
    nix: [
      ["a", "b", "c", "foo"],
      ["b", "foo"],
    ],
    run: ({ run }) => {
      const aM = {
        options: {
          services: {
            a: { enable: mkEnableOption("a") },
            b: { enable: mkEnableOption("b"), x: mkOption({ default: 1 }) },
            c: { port: mkOption({ default: 1 }) },
          },
        },
      };
      run([...base, fooM, aM, { services: { foo: { enable: true }, b: { enable: true } } }], (c) => [
        Object.keys(c.services),
        Object.entries(c.services)
          .filter(([, v]: any) => "enable" in v && v.enable)
          .map(([n]) => n),
      ]);
    },
  },
  {
    name: "j04",
    nix: '{"groups":{"foo":{"gid":null,"members":[],"name":"foo"}},"users":{"foo":{"createHome":false,"description":"","extraGroups":[],"group":"foo","home":"/var/empty","isNormalUser":false,"isSystemUser":true,"name":"foo","shell":null,"uid":null}}}',
    run: ({ run }) => {
      run([...base, fooM, { services: { foo: { enable: true } } }], (c) => JSON.stringify(c.users));
    },
  },
  {
    name: "k01",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      const instM = {
        options: {
          services: {
            worker: {
              instances: mkOption({
                default: {},
                type: types.attrsOf(
                  types.submodule({
                    options: {
                      port: mkOption({ type: types.port }),
                      queue: mkOption({ type: types.str, default: "q" }),
                    },
                  }),
                ),
              }),
            },
          },
        },
        config: ({ config }: any) => ({
          networking: {
            firewall: {
              allowedTCPPorts: Object.values(config.services.worker.instances).map((i: any) => i.port),
            },
          },
        }),
      };
      run(
        [...base, instM, { services: { worker: { instances: { a: { port: 1 }, b: { queue: "bulk" } } } } }],
        (c) => c.networking.firewall.allowedTCPPorts,
      );
    },
  },
  {
    name: "k02",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            services: { foo: { enable: true } },
            networking: { firewall: { allowedTCPPorts: mkIf("yes" as any, [1]) } },
          },
        ],
        (c) => c.networking.firewall.allowedTCPPorts,
      );
    },
  },
  {
    name: "k03",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [...base, fooM, { services: { foo: { enable: true, settings: { workers: [1, 2] } } } }],
        (c) => c.services.foo.settings,
      );
    },
  },
  {
    name: "k04",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([...base, { users: { users: { alice: "alice" } } }], (c) => c.users.users.alice);
    },
  },
  {
    name: "k05",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const pM = ({ config }: any) => ({
        options: {
          services: {
            a: { port: mkOption({ type: types.port, default: lazy(() => config.services.b.port + 1) }) },
            b: { port: mkOption({ type: types.port, default: lazy(() => config.services.a.port - 1) }) },
          },
        },
      });
      run([...base, pM], (c) => c.services.a.port);
    },
  },
  {
    name: "k06",
    nix: [11, 10],
    run: ({ run }) => {
      const pM = ({ config }: any) => ({
        options: {
          services: {
            a: { port: mkOption({ type: types.port, default: lazy(() => config.services.b.port + 1) }) },
            b: { port: mkOption({ type: types.port, default: lazy(() => config.services.a.port - 1) }) },
          },
        },
      });
      run([...base, pM, { services: { b: { port: 10 } } }], (c) => [c.services.a.port, c.services.b.port]);
    },
  },
  {
    name: "k07",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      const pgM = {
        options: {
          services: {
            postgresql: {
              ensureUsers: mkOption({
                default: [],
                type: types.listOf(
                  types.submodule({
                    options: {
                      name: mkOption({ type: types.str }),
                      ensureDBOwnership: mkOption({ type: types.bool, default: false }),
                    },
                  }),
                ),
              }),
            },
          },
        },
      };
      run([...base, pgM, { services: { postgresql: { ensureUsers: [{ ensureDBOwnership: true }] } } }], (c) =>
        c.services.postgresql.ensureUsers.map((u: any) => u.name),
      );
    },
  },
  {
    name: "k08",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run([...base, fooM, { services: { foo: { enable: true, prot: 80 } } }], (c) => c.services.foo.port);
    },
  },
  {
    name: "k09",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          { services: { foo: { enable: true } } },
          { services: { foo: { enable: mkForce(true), user: mkForce("a") } } },
          { services: { foo: { user: mkForce("b") } } },
        ],
        (c) => c.users.users,
      );
    },
  },
  {
    name: "k10",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [...base, fooM, { services: { foo: { enable: true, settings: "listen=1" } } }],
        (c) => c.services.foo.settings,
      );
    },
  },
  {
    name: "k11",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            services: { foo: { enable: true } },
            systemd: { services: { foo: { serviceConfig: { ExecStart: ["/bin/a"] } } } },
          },
        ],
        (c) => c.systemd.services.foo.serviceConfig.ExecStart,
      );
    },
  },
  {
    name: "l01",
    nix: ["/var/lib/svc", "/data"],
    run: ({ console }) => {
      const dM = ({ config }: any) => ({
        options: {
          services: {
            foo: {
              dataDir: mkOption({
                type: types.nullOr(types.str),
                default: null,
                apply: (d: string | null) => (d === null ? `/var/lib/${config.services.foo.user}` : d),
              }),
            },
          },
        },
        config: ({ config }: any) =>
          mkIf(config.services.foo.enable, {
            systemd: {
              services: { foo: { serviceConfig: { WorkingDirectory: config.services.foo.dataDir } } },
            },
          }),
      });
      try {
        console.log(
          canonicalJson([
            evalModules({
              modules: [...base, fooM, dM, { services: { foo: { enable: true, user: "svc" } } }] as any,
            }).config.systemd.services.foo.serviceConfig.WorkingDirectory,
            evalModules({
              modules: [...base, fooM, dM, { services: { foo: { enable: true, dataDir: "/data" } } }] as any,
            }).config.services.foo.dataDir,
          ]),
        );
      } catch (e) {
        console.log("ERROR: " + (e as Error).message.split("\n")[0]);
      }
    },
  },
  {
    name: "l02",
    nix: {
      alice: { packages: ["zsh", "git", "shell-alice", "vim-alice"], username: "alice" },
      bob: { packages: ["git", "shell-bob"], username: "bob" },
    },
    run: ({ run }) => {
      const hmM = {
        options: {
          "home-manager": {
            sharedModules: mkOption({ type: types.listOf(types.deferredModule), default: [] }),
            users: mkOption({ default: {}, type: types.attrsOf(types.deferredModule) }),
          },
          homeResults: mkOption({ type: types.unspecified }),
        },
        config: ({ config }: any) => ({
          homeResults: lazy(() =>
            Object.fromEntries(
              Object.entries(config["home-manager"].users).map(([n, m]) => [
                n,
                evalModules({
                  modules: [
                    {
                      options: {
                        home: {
                          packages: mkOption({ type: types.listOf(types.str), default: [] }),
                          username: mkOption({ type: types.str }),
                        },
                      },
                      config: { home: { username: n } },
                    },
                    m,
                    ...config["home-manager"].sharedModules,
                  ] as any,
                }).config.home,
              ]),
            ),
          ),
        }),
      };
      run(
        [
          ...base,
          hmM,
          {
            "home-manager": {
              sharedModules: [{ home: { packages: ["git"] } }],
              users: {
                alice: {
                  config: ({ config }: any) => ({ home: { packages: [`vim-${config.home.username}`] } }),
                },
              },
            },
          },
          {
            "home-manager": {
              users: { alice: { home: { packages: mkBefore(["zsh"]) } }, bob: {} },
              sharedModules: [
                { config: ({ config }: any) => ({ home: { packages: [`shell-${config.home.username}`] } }) },
              ],
            },
          },
        ],
        (c) => c.homeResults,
      );
    },
  },
  {
    name: "p01",
    nix: [
      8443,
      [22, 8443],
      ["docker", "wheel"],
      { ExecStart: "/bin/foo --listen 0.0.0.0:8443", Restart: "always", Type: "simple", User: "foo" },
    ],
    run: ({ run }) => {
      const serverProfile = {
        networking: { firewall: { enable: mkDefault(true), allowedTCPPorts: [22] } },
        services: { foo: { enable: mkDefault(true), port: mkDefault(8000), openFirewall: mkDefault(true) } },
        users: { users: { admin: { isNormalUser: true, extraGroups: ["wheel"] } } },
        systemd: { services: { foo: { serviceConfig: { Restart: mkDefault("on-failure") } } } },
      };
      run(
        [
          ...base,
          fooM,
          {
            imports: [serverProfile],
            networking: { hostName: "srv1" },
            services: { foo: { port: 8443 } },
            users: { users: { admin: { extraGroups: ["docker"] } } },
          },
        ],
        (c) => [
          c.services.foo.port,
          c.networking.firewall.allowedTCPPorts,
          c.users.users.admin.extraGroups,
          c.systemd.services.foo.serviceConfig,
        ],
      );
    },
  },
  {
    name: "p02",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const a = { services: { foo: { port: mkDefault(8000) } } };
      const b = { services: { foo: { port: mkDefault(8001) } } };
      run([...base, fooM, { imports: [a, b] }], (c) => c.services.foo.port);
    },
  },
  {
    name: "p03",
    nix: [
      [1, 22, 80, 8080, 443],
      ["minimal", "hardened"],
    ],
    run: ({ run }) => {
      const minimal = {
        key: "profiles/minimal.nix",
        networking: { firewall: { allowedTCPPorts: [22] } },
        users: { users: { root: { extraGroups: ["minimal"] } } },
      };
      const hardened = {
        key: "profiles/hardened.nix",
        imports: [minimal],
        networking: { firewall: { allowedTCPPorts: mkBefore([1]) } },
        users: { users: { root: { extraGroups: ["hardened"] } } },
      };
      const server = {
        key: "profiles/server.nix",
        imports: [hardened, minimal],
        networking: { firewall: { allowedTCPPorts: [80] } },
      };
      run(
        [
          ...base,
          { imports: [server], networking: { firewall: { allowedTCPPorts: [443] } } },
          { networking: { firewall: { allowedTCPPorts: [8080] } }, imports: [minimal] },
        ],
        (c) => [c.networking.firewall.allowedTCPPorts, c.users.users.root.extraGroups],
      );
    },
  },
  {
    name: "p04",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const fooFile = { key: "foo.nix", imports: [fooM] };
      const profile = { disabledModules: [fooFile] };
      run([...base, fooFile, profile, { services: { foo: { enable: true } } }], (c) =>
        Object.keys(c.systemd.services),
      );
    },
  },
  {
    name: "p05",
    nix: [8000, "p", 8000],
    run: ({ console }) => {
      const profile = {
        services: { foo: { port: mkOverride(900, 8000) } },
        networking: { hostName: mkOverride(900, "p") },
      };
      const hw = { services: { foo: { port: mkDefault(7000) } }, networking: { hostName: mkDefault("hw") } };
      const ev = (ms: any[]) => evalModules({ modules: [...base, fooM, profile, hw, ...ms] as any }).config;
      try {
        console.log(
          canonicalJson([
            ev([]).services.foo.port,
            ev([]).networking.hostName,
            ev([{ services: { foo: { port: mkOverride(950, 1) } } }]).services.foo.port,
          ]),
        );
      } catch (e) {
        console.log("ERROR: " + (e as Error).message.split("\n")[0]);
      }
    },
  },
  {
    name: "p06",
    nix: [[22, 81], ["foo", "ops"], ["server profile: set a hostName"]],
    run: ({ run }) => {
      const profM = {
        options: { profiles: { server: { enable: mkEnableOption("server profile") } } },
        config: ({ config }: any) =>
          mkIf(config.profiles.server.enable, {
            services: { foo: { enable: mkDefault(true), openFirewall: true } },
            networking: { firewall: { allowedTCPPorts: [22] } },
            users: { users: { ops: { isNormalUser: true, extraGroups: ["wheel"] } } },
            warnings: mkIf(config.networking.hostName === "nixos", ["server profile: set a hostName"]),
          }),
      };
      run(
        [
          ...base,
          fooM,
          { imports: [profM], profiles: { server: { enable: true } }, services: { foo: { port: 81 } } },
        ],
        (c) => [c.networking.firewall.allowedTCPPorts, Object.keys(c.users.users), c.warnings],
      );
    },
  },
  {
    name: "p07",
    nix: ["gw.home.arpa", ["br0"], { DOMAIN: "home.arpa", UPSTREAM: "9.9.9.9" }],
    run: ({ run }) => {
      const siteM = {
        config: ({ site }: any) => ({
          networking: { domain: site.domain, firewall: { trustedInterfaces: site.lan } },
        }),
      };
      const svcM = {
        config: ({ site }: any) => ({
          systemd: { services: { dns: { environment: { DOMAIN: site.domain, UPSTREAM: site.dns } } } },
        }),
      };
      run(
        [
          ...base,
          siteM,
          svcM,
          {
            _module: { args: { site: { domain: "home.arpa", lan: ["br0"], dns: "9.9.9.9" } } },
            networking: { hostName: "gw" },
          },
        ],
        (c) => [
          c.networking.fqdn,
          c.networking.firewall.trustedInterfaces,
          c.systemd.services.dns.environment,
        ],
      );
    },
  },
  {
    name: "p08",
    nix: ["nas", 1000, ["nas"]],
    run: ({ run }) => {
      run(
        [
          ...base,
          ({ hostVars }: any) => ({
            networking: { hostName: hostVars.name },
            users: { users: { me: { uid: hostVars.uid, isNormalUser: true } } },
            imports: [
              ({ hostVars }: any) => ({ users: { users: { me: { extraGroups: [hostVars.name] } } } }),
            ],
          }),
        ],
        (c) => [c.networking.hostName, c.users.users.me.uid, c.users.users.me.extraGroups],
        { hostVars: { name: "nas", uid: 1000 } },
      );
    },
  },
  {
    name: "p09",
    nix: [true, true, ["foo"]],
    run: ({ run }) => {
      const desktop = {
        services: { foo: { enable: mkDefault(false) } },
        networking: { firewall: { enable: mkDefault(false) } },
        users: { users: { me: { isNormalUser: true } } },
      };
      const laptop = { imports: [desktop], networking: { firewall: { enable: mkOverride(999, true) } } };
      run([...base, fooM, laptop, { services: { foo: { enable: mkOverride(999, true) } } }], (c) => [
        c.networking.firewall.enable,
        c.services.foo.enable,
        Object.keys(c.systemd.services),
      ]);
    },
  },
  {
    name: "p10",
    nix: [],
    run: ({ run }) => {
      const profile = { disabledModules: [{ key: "foo.nix" }] };
      const fooFile = { key: "foo.nix", imports: [fooM] };
      run([...base, fooFile, profile], (c) => Object.keys(c.systemd.services));
    },
  },
  {
    name: "q01",
    nix: {
      git: { fqdn: "code.example.com", port: 3001, url: "https://code.example.com" },
      grafana: { fqdn: "grafana.lab.example", port: 3000, url: "https://grafana.lab.example" },
    },
    run: ({ run }) => {
      const vhM = ({ config: outer }: any) => ({
        options: {
          services: {
            proxy: {
              hosts: mkOption({
                default: {},
                type: types.attrsOf(
                  types.submodule(({ name, config }: any) => ({
                    options: {
                      fqdn: mkOption({
                        type: types.str,
                        default: lazy(() => `${name}.${outer.networking.domain}`),
                      }),
                      port: mkOption({ type: types.port }),
                      url: mkOption({
                        type: types.str,
                        readOnly: true,
                        default: lazy(() => `https://${config.fqdn}`),
                      }),
                    },
                  })),
                ),
              }),
            },
          },
        },
      });
      run(
        [
          ...base,
          vhM,
          {
            networking: { domain: "lab.example" },
            services: {
              proxy: { hosts: { grafana: { port: 3000 }, git: { port: 3001, fqdn: "code.example.com" } } },
            },
          },
        ],
        (c) => c.services.proxy.hosts,
      );
    },
  },
  {
    name: "q02",
    nix: {
      blog: { index: ["index.php"], root: "/srv/http/blog" },
      docs: { index: ["index.php"], root: "/opt/docs" },
    },
    run: ({ run }) => {
      const vhM = ({ config: outer }: any) => ({
        options: {
          services: {
            static: {
              sites: mkOption({
                default: {},
                type: types.attrsOf(
                  types.submodule(({ name }: any) => ({
                    options: {
                      root: mkOption({ type: types.str }),
                      index: mkOption({ type: types.listOf(types.str), default: ["index.html"] }),
                    },
                    config: ({ config }: any) => ({
                      root: mkDefault(lazy(() => `${outer.services.static.webRoot}/${name}`)),
                      index: mkIf(() => outer.services.static.php, ["index.php"]),
                    }),
                  })),
                ),
              }),
              webRoot: mkOption({ type: types.str, default: "/var/www" }),
              php: mkOption({ type: types.bool, default: false }),
            },
          },
        },
      });
      run(
        [
          ...base,
          vhM,
          {
            services: {
              static: { webRoot: "/srv/http", php: true, sites: { blog: {}, docs: { root: "/opt/docs" } } },
            },
          },
        ],
        (c) => c.services.static.sites,
      );
    },
  },
  {
    name: "q03",
    nix: [
      [81, 82, 83],
      ["proxy-a", "proxy-b", "proxy-c"],
      { a: [500, "proxy"], b: [null, "proxy"], c: [null, "proxy"] },
    ],
    run: ({ run }) => {
      const vhM = {
        options: {
          services: {
            proxy: {
              enable: mkEnableOption("proxy"),
              hosts: mkOption({
                default: {},
                type: types.attrsOf(
                  types.submodule(({ name }: any) => ({
                    options: {
                      port: mkOption({ type: types.port }),
                      public: mkOption({ type: types.bool, default: false }),
                    },
                  })),
                ),
              }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services.proxy;
          return mkIf(cfg.enable, {
            networking: {
              firewall: {
                allowedTCPPorts: Object.values(cfg.hosts)
                  .filter((h: any) => h.public)
                  .map((h: any) => h.port),
              },
            },
            systemd: {
              services: Object.fromEntries(
                Object.entries(cfg.hosts).map(([n, h]: any) => [
                  `proxy-${n}`,
                  { serviceConfig: { ExecStart: `/bin/proxy ${n} ${h.port}` } },
                ]),
              ),
            },
            users: {
              users: Object.fromEntries(
                Object.keys(cfg.hosts).map((n) => [n, { isSystemUser: true, group: "proxy" }]),
              ),
            },
          });
        },
      };
      run(
        [
          ...base,
          vhM,
          {
            services: {
              proxy: {
                enable: true,
                hosts: { a: { port: 81, public: true }, b: { port: 82 }, c: { port: 83, public: true } },
              },
            },
          },
          { services: { proxy: { hosts: { b: { public: true } } } }, users: { users: { a: { uid: 500 } } } },
        ],
        (c) => [
          c.networking.firewall.allowedTCPPorts,
          Object.keys(c.systemd.services),
          Object.fromEntries(Object.entries(c.users.users).map(([n, u]: any) => [n, [u.uid, u.group]])),
        ],
      );
    },
  },
  {
    name: "q04",
    nix: {
      clean: { Description: "job clean", ExecStart: "rm -rf /tmp/*", Nice: "10", OnCalendar: "hourly" },
      sync: {},
    },
    run: ({ run }) => {
      const jobsM = {
        options: {
          services: {
            jobs: mkOption({
              default: {},
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: {
                    enable: mkOption({ type: types.bool, default: true }),
                    command: mkOption({ type: types.str }),
                    schedule: mkOption({ type: types.str, default: "daily" }),
                    unit: mkOption({ type: types.attrsOf(types.str), default: {} }),
                  },
                  config: ({ config }: any) => ({
                    unit: mkIf(config.enable, {
                      ExecStart: config.command,
                      OnCalendar: config.schedule,
                      Description: `job ${name}`,
                    }),
                  }),
                })),
              ),
            }),
          },
        },
      };
      run(
        [
          ...base,
          jobsM,
          {
            services: {
              jobs: {
                clean: { command: "rm -rf /tmp/*", schedule: "hourly" },
                sync: { command: "rsync", enable: false },
              },
            },
          },
          { services: { jobs: { clean: { unit: { Nice: "10" } } } } },
        ],
        (c) => Object.fromEntries(Object.entries(c.services.jobs).map(([n, j]: any) => [n, j.unit])),
      );
    },
  },
  {
    name: "q05",
    nix: {
      blog: ["blog.example.org", "b.example.org"],
      "example.org": ["example.org", "www.example.org"],
      shop: ["shop.example.org", "store.example.org"],
    },
    run: ({ run }) => {
      const vhM = {
        options: {
          services: {
            web: {
              vhosts: mkOption({
                default: {},
                type: types.attrsOf(
                  types.submodule(({ name, config }: any) => ({
                    options: {
                      serverName: mkOption({ type: types.str, default: name }),
                      aliases: mkOption({
                        type: types.listOf(types.str),
                        default: lazy(() => [`www.${config.serverName}`]),
                      }),
                      allNames: mkOption({
                        type: types.listOf(types.str),
                        readOnly: true,
                        default: lazy(() => [config.serverName, ...config.aliases]),
                      }),
                    },
                  })),
                ),
              }),
            },
          },
        },
      };
      run(
        [
          ...base,
          vhM,
          {
            services: {
              web: {
                vhosts: {
                  "example.org": {},
                  blog: { serverName: "blog.example.org" },
                  shop: { serverName: "shop.example.org", aliases: ["store.example.org"] },
                },
              },
            },
          },
          { services: { web: { vhosts: { blog: { aliases: mkAfter(["b.example.org"]) } } } } },
        ],
        (c) =>
          Object.fromEntries(Object.entries(c.services.web.vhosts).map(([n, v]: any) => [n, v.allNames])),
      );
    },
  },
  {
    name: "q06",
    nix: {
      "a.org": {
        locations: {
          "/": {
            cacheKey: "edge:a.org/",
            extraConfig: "proxy_pass http://up;\nadd_header X 1;",
            proxyPass: "http://up",
          },
          "/static": { cacheKey: "edge:a.org/static", extraConfig: "root /srv;", proxyPass: null },
        },
      },
    },
    run: ({ run }) => {
      const vhM = ({ config: outer }: any) => ({
        options: {
          services: {
            web: {
              vhosts: mkOption({
                default: {},
                type: types.attrsOf(
                  types.submodule(({ name: vhost }: any) => ({
                    options: {
                      locations: mkOption({
                        default: {},
                        type: types.attrsOf(
                          types.submodule(({ name }: any) => ({
                            options: {
                              proxyPass: mkOption({ type: types.nullOr(types.str), default: null }),
                              extraConfig: mkOption({ type: types.lines, default: "" }),
                              cacheKey: mkOption({
                                type: types.str,
                                default: lazy(() => `${outer.networking.hostName}:${vhost}${name}`),
                              }),
                            },
                            config: ({ config }: any) => ({
                              extraConfig: mkIf(config.proxyPass !== null, `proxy_pass ${config.proxyPass};`),
                            }),
                          })),
                        ),
                      }),
                    },
                  })),
                ),
              }),
            },
          },
        },
      });
      run(
        [
          ...base,
          vhM,
          {
            networking: { hostName: "edge" },
            services: {
              web: {
                vhosts: {
                  "a.org": {
                    locations: { "/": { proxyPass: "http://up" }, "/static": { extraConfig: "root /srv;" } },
                  },
                },
              },
            },
          },
          {
            services: {
              web: { vhosts: { "a.org": { locations: { "/": { extraConfig: "add_header X 1;" } } } } },
            },
          },
        ],
        (c) => c.services.web.vhosts,
      );
    },
  },
  {
    name: "q07",
    nix: {
      bar: { Restart: "no", Type: "simple" },
      foo: {
        ExecStart: "/bin/foo --listen 0.0.0.0:8080",
        ProtectSystem: "strict",
        ReadWritePaths: ["/tmp", "/var/lib/foo"],
        Restart: "always",
        RestartSec: 2,
        Type: "simple",
        User: "foo",
      },
    },
    run: ({ run }) => {
      const extM = {
        options: {
          systemd: {
            services: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: {
                    autoRestart: mkOption({ type: types.bool, default: false }),
                    sandbox: mkOption({ type: types.enum(["none", "strict"]), default: "none" }),
                  },
                  config: ({ config }: any) => ({
                    serviceConfig: mkMerge([
                      mkIf(config.autoRestart, { Restart: "always", RestartSec: 2 }),
                      mkIf(config.sandbox === "strict", {
                        ProtectSystem: "strict",
                        ReadWritePaths: [`/var/lib/${name}`],
                      }),
                    ]),
                  }),
                })),
              ),
            }),
          },
        },
      };
      run(
        [
          ...base,
          extM,
          fooM,
          {
            services: { foo: { enable: true } },
            systemd: {
              services: {
                foo: { autoRestart: true, sandbox: "strict", serviceConfig: { ReadWritePaths: ["/tmp"] } },
                bar: { serviceConfig: { Restart: "no" } },
              },
            },
          },
        ],
        (c) =>
          Object.fromEntries(Object.entries(c.systemd.services).map(([n, s]: any) => [n, s.serviceConfig])),
      );
    },
  },
  {
    name: "q08",
    nix: { ExecStart: "/bin/foo --listen 0.0.0.0:8080", Restart: "always", Type: "simple", User: "foo" },
    run: ({ run }) => {
      const extM = {
        options: {
          systemd: {
            services: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: { autoRestart: mkOption({ type: types.bool, default: false }) },
                  config: ({ config }: any) => ({
                    serviceConfig: mkIf(config.autoRestart, { Restart: "always" }),
                  }),
                })),
              ),
            }),
          },
        },
      };
      run(
        [
          ...base,
          extM,
          fooM,
          { services: { foo: { enable: true } }, systemd: { services: { foo: { autoRestart: true } } } },
        ],
        (c) => c.systemd.services.foo.serviceConfig,
      );
    },
  },
  {
    name: "q09",
    nix: [
      {
        db: {
          forwardPorts: [{ containerPort: null, hostPort: 5432 }],
          hostAddress: "10.233.0.1",
          hostName: "db.box",
          localAddress: "10.233.0.2",
        },
        web: {
          forwardPorts: [
            { containerPort: 80, hostPort: 8080 },
            { containerPort: 443, hostPort: 8443 },
          ],
          hostAddress: "10.233.0.1",
          hostName: "web.box",
          localAddress: "10.233.0.3",
        },
      },
      [5432, 8080, 8443],
      {
        "container@db": { HOSTNAME: "db.box", HOST_ADDRESS: "10.233.0.1", LOCAL_ADDRESS: "10.233.0.2" },
        "container@web": { HOSTNAME: "web.box", HOST_ADDRESS: "10.233.0.1", LOCAL_ADDRESS: "10.233.0.3" },
      },
    ],
    run: ({ run }) => {
      const ctM = ({ config: hostCfg }: any) => ({
        options: {
          containers: mkOption({
            default: {},
            type: types.attrsOf(
              types.submodule(({ name }: any) => ({
                options: {
                  hostAddress: mkOption({ type: types.str, default: "10.233.0.1" }),
                  localAddress: mkOption({ type: types.str }),
                  hostName: mkOption({
                    type: types.str,
                    default: lazy(() => `${name}.${hostCfg.networking.hostName}`),
                  }),
                  forwardPorts: mkOption({
                    type: types.listOf(
                      types.submodule({
                        options: {
                          hostPort: mkOption({ type: types.port }),
                          containerPort: mkOption({ type: types.nullOr(types.port), default: null }),
                        },
                      }),
                    ),
                    default: [],
                  }),
                },
              })),
            ),
          }),
        },
        config: ({ config }: any) => ({
          networking: {
            firewall: {
              allowedTCPPorts: Object.values(config.containers).flatMap((c: any) =>
                c.forwardPorts.map((f: any) => f.hostPort),
              ),
            },
          },
          systemd: {
            services: Object.fromEntries(
              Object.entries(config.containers).map(([n, c]: any) => [
                `container@${n}`,
                {
                  environment: {
                    HOST_ADDRESS: c.hostAddress,
                    LOCAL_ADDRESS: c.localAddress,
                    HOSTNAME: c.hostName,
                  },
                },
              ]),
            ),
          },
        }),
      });
      run(
        [
          ...base,
          ctM,
          {
            networking: { hostName: "box" },
            containers: {
              db: { localAddress: "10.233.0.2", forwardPorts: [{ hostPort: 5432 }] },
              web: {
                localAddress: "10.233.0.3",
                forwardPorts: [
                  { hostPort: 8080, containerPort: 80 },
                  { hostPort: 8443, containerPort: 443 },
                ],
              },
            },
          },
        ],
        (c) => [
          c.containers,
          c.networking.firewall.allowedTCPPorts,
          Object.fromEntries(Object.entries(c.systemd.services).map(([n, s]: any) => [n, s.environment])),
        ],
      );
    },
  },
  {
    name: "r01",
    nix: [
      { listen: "[::]:8080" },
      [
        "The option `services.foo.listenAddress' defined in F has been renamed to `services.foo.settings.listen'.",
      ],
      "/bin/foo --listen [::]:8080",
    ],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          mkRenamedOptionModule(
            ["services", "foo", "listenAddress"],
            ["services", "foo", "settings", "listen"],
          ),
          { services: { foo: { enable: true, listenAddress: "[::]:8080" } } },
        ],
        (c) => [
          c.services.foo.settings,
          c.warnings.map(nofile),
          c.systemd.services.foo.serviceConfig.ExecStart,
        ],
      );
    },
  },
  {
    name: "r02",
    nix: [
      { listen: "0.0.0.0:8080", threads: 2, workers: 8 },
      ["The option `services.foo.workers' defined in F has been renamed to `services.foo.settings.workers'."],
      '{"listen":"0.0.0.0:8080","threads":2,"workers":8}',
    ],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          mkRenamedOptionModule(["services", "foo", "workers"], ["services", "foo", "settings", "workers"]),
          { services: { foo: { enable: true, workers: 8, settings: { threads: 2 } } } },
        ],
        (c) => [c.services.foo.settings, c.warnings.map(nofile), c.environment.etc["foo/config.json"].text],
      );
    },
  },
  {
    name: "r03",
    nix: [[], ["foo"]],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          mkRemovedOptionModule(["services", "foo", "extraConfig"], "Use services.foo.settings instead."),
          { services: { foo: { enable: true } } },
        ],
        (c) => [failedMessages(c), Object.keys(c.systemd.services)],
      );
    },
  },
  {
    name: "r04",
    nix: [
      [
        "The option definition `services.foo.extraConfig' in F no longer has any effect; please remove it.\nUse services.foo.settings instead.\n",
      ],
      ["foo"],
    ],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          mkRemovedOptionModule(["services", "foo", "extraConfig"], "Use services.foo.settings instead."),
          { services: { foo: { enable: true, extraConfig: "x = 1" } } },
        ],
        (c) => [failedMessages(c).map(nofile), Object.keys(c.systemd.services)],
      );
    },
  },
  {
    name: "r05",
    nix: [9999, 9999, [9999], []],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          mkAliasOptionModule(["services", "foo", "listenPort"], ["services", "foo", "port"]),
          { services: { foo: { enable: true, openFirewall: true, listenPort: mkForce(9999), port: 1000 } } },
        ],
        (c) => [
          c.services.foo.port,
          c.services.foo.listenPort,
          c.networking.firewall.allowedTCPPorts,
          c.warnings,
        ],
      );
    },
  },
  {
    name: "r06",
    nix: [
      "debug",
      [
        "The option `services.foo.verbose' defined in F has been changed to `services.foo.logLevel' that has a different type. Please read `services.foo.logLevel' documentation and update your configuration accordingly.",
      ],
    ],
    run: ({ run }) => {
      const logM = {
        options: {
          services: { foo: { logLevel: mkOption({ type: types.enum(["debug", "info"]), default: "info" }) } },
        },
      };
      run(
        [
          ...base,
          fooM,
          logM,
          mkChangedOptionModule(
            ["services", "foo", "verbose"],
            ["services", "foo", "logLevel"],
            (config: any) => (config.services.foo.verbose ? "debug" : "info"),
          ),
          { services: { foo: { verbose: true } } },
        ],
        (c) => [c.services.foo.logLevel, c.warnings.map(nofile)],
      );
    },
  },
  {
    name: "r07",
    nix: [
      "10.0.0.1:80",
      [
        "The option `services.foo.host' defined in F has been changed to `services.foo.settings.listen' that has a different type. Please read `services.foo.settings.listen' documentation and update your configuration accordingly.",
      ],
    ],
    run: ({ run }) => {
      const mergeFn = (config: any) => {
        const h = config.services.foo.host;
        const p = config.services.foo.hostPort;
        return `${h === "_mkMergedOptionModule" ? "0.0.0.0" : h}:${p === "_mkMergedOptionModule" ? 80 : p}`;
      };
      run(
        [
          ...base,
          fooM,
          mkMergedOptionModule(
            [
              ["services", "foo", "host"],
              ["services", "foo", "hostPort"],
            ],
            ["services", "foo", "settings", "listen"],
            mergeFn,
          ),
          { services: { foo: { enable: true, host: "10.0.0.1" } } },
        ],
        (c) => [c.services.foo.settings.listen, c.warnings.map(nofile)],
      );
    },
  },
  {
    name: "r08",
    nix: [7000, "0.0.0.0:7000", 1],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          mkRenamedOptionModule(["services", "foo", "listenPort"], ["services", "foo", "port"]),
          { services: { foo: { listenPort: 7000 } } },
          { services: { foo: { port: mkDefault(7001) } } },
        ],
        (c) => [c.services.foo.port, c.services.foo.settings.listen, c.warnings.length],
      );
    },
  },
  {
    name: "r09",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          mkRenamedOptionModule(["services", "foo", "listenPort"], ["services", "foo", "port"]),
          { services: { foo: { listenPort: 7000 } } },
          { services: { foo: { port: 7001 } } },
        ],
        (c) => c.services.foo.port,
      );
    },
  },
  {
    name: "r10",
    nix: [
      [22, 443, 80],
      [
        "The option `networking.firewall.allowedPorts' defined in F and F has been renamed to `networking.firewall.allowedTCPPorts'.",
      ],
    ],
    run: ({ run }) => {
      const legacy = {
        imports: [
          mkRenamedOptionModule(
            ["networking", "firewall", "allowedPorts"],
            ["networking", "firewall", "allowedTCPPorts"],
          ),
        ],
        networking: { firewall: { allowedPorts: [22] } },
      };
      run(
        [
          ...base,
          legacy,
          { networking: { firewall: { allowedTCPPorts: [80] } } },
          { networking: { firewall: { allowedPorts: mkAfter([443]) } } },
        ],
        (c) => [c.networking.firewall.allowedTCPPorts, c.warnings.map(nofile)],
      );
    },
  },
  {
    name: "r11",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          mkRemovedOptionModule(["services", "foo", "extraConfig"], "Use services.foo.settings instead."),
          { services: { foo: { enable: true, extraConfig: "x = 1" } } },
        ],
        (c) => c.services.foo.extraConfig,
      );
    },
  },
  {
    name: "r12",
    nix: [8080, []],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          mkRenamedOptionModule(["services", "foo", "listenPort"], ["services", "foo", "port"]),
        ],
        (c) => [c.services.foo.port, c.warnings],
      );
    },
  },
  {
    name: "r13",
    nix: [
      [
        [9000],
        { port: 9000 },
        ["The option `services.foo2.port' defined in F has been renamed to `services.foo2.settings.port'."],
        "/bin/foo2 --port 9000",
      ],
      [[9001], { port: 9001, x: "y" }, []],
    ],
    run: ({ console }) => {
      const foo2M = {
        imports: [
          mkRenamedOptionModule(["services", "foo2", "port"], ["services", "foo2", "settings", "port"]),
        ],
        options: {
          services: {
            foo2: {
              enable: mkEnableOption("foo2"),
              openFirewall: mkOption({ type: types.bool, default: false }),
              settings: mkOption({
                default: {},
                type: types.submodule({
                  freeformType: types.attrsOf(types.oneOf([types.str, types.int])),
                  options: { port: mkOption({ type: types.port, default: 8080 }) },
                }),
              }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services.foo2;
          return mkIf(cfg.enable, {
            networking: { firewall: { allowedTCPPorts: mkIf(cfg.openFirewall, [cfg.settings.port]) } },
            systemd: {
              services: { foo2: { serviceConfig: { ExecStart: `/bin/foo2 --port ${cfg.settings.port}` } } },
            },
          });
        },
      };
      try {
        const c1 = evalModules({
          modules: [
            ...base,
            foo2M,
            { services: { foo2: { enable: true, openFirewall: true, port: 9000 } } },
          ] as any,
        }).config;
        const c2 = evalModules({
          modules: [
            ...base,
            foo2M,
            { services: { foo2: { enable: true, openFirewall: true, settings: { port: 9001, x: "y" } } } },
          ] as any,
        }).config;
        console.log(
          canonicalJson([
            [
              c1.networking.firewall.allowedTCPPorts,
              c1.services.foo2.settings,
              c1.warnings.map(nofile),
              c1.systemd.services.foo2.serviceConfig.ExecStart,
            ],
            [c2.networking.firewall.allowedTCPPorts, c2.services.foo2.settings, c2.warnings],
          ]),
        );
      } catch (e) {
        console.log("ERROR: " + (e as Error).message.split("\n")[0]);
      }
    },
  },
  {
    name: "s01",
    nix: {
      etc: {
        enable: true,
        mode: "symlink",
        source: "/store/etc-foo-config.json-57",
        target: "foo/config.json",
        text: '{"listen":"0.0.0.0:9000","log_level":"debug","workers":4}',
        user: "+0",
      },
      fw: [9000],
      g: { foo: { gid: null, members: [], name: "foo" } },
      settings: { listen: "0.0.0.0:9000", log_level: "debug", workers: 4 },
      svc: {
        after: ["network.target"],
        description: "Foo server",
        enable: true,
        environment: { FOO_CONFIG: "/etc/foo/config.json" },
        path: [],
        script: "",
        serviceConfig: {
          ExecStart: "/bin/foo --listen 0.0.0.0:9000",
          Restart: "always",
          Type: "simple",
          User: "foo",
        },
        wantedBy: ["multi-user.target"],
        wants: [],
      },
      u: {
        createHome: false,
        description: "",
        extraGroups: [],
        group: "foo",
        home: "/var/empty",
        isNormalUser: false,
        isSystemUser: true,
        name: "foo",
        shell: null,
        uid: null,
      },
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          { services: { foo: { port: mkDefault(8000) } } },
          {
            services: {
              foo: {
                enable: true,
                port: mkForce(9000),
                openFirewall: true,
                settings: { log_level: "debug", workers: 4 },
              },
            },
          },
        ],
        (c) => ({
          svc: c.systemd.services.foo,
          fw: c.networking.firewall.allowedTCPPorts,
          settings: c.services.foo.settings,
          etc: c.environment.etc["foo/config.json"],
          u: c.users.users.foo,
          g: c.users.groups,
        }),
      );
    },
  },
  {
    name: "s02",
    nix: {
      bar: {
        after: ["foo.service"],
        description: "",
        enable: true,
        environment: {},
        path: [],
        script: "",
        serviceConfig: { ExecStart: "/bin/bar", Type: "simple" },
        wantedBy: ["multi-user.target"],
        wants: [],
      },
      conf: {
        enable: true,
        mode: "symlink",
        source: "/store/etc-bar.conf-33",
        target: "bar.conf",
        text: "proxy_pass http://127.0.0.1:8080;",
        user: "+0",
      },
      fw: [8080, 80, 443],
    },
    run: ({ run }) => {
      const barM = {
        options: { services: { bar: { enable: mkEnableOption("bar proxy") } } },
        config: ({ config }: any) => {
          const cfg = config.services.bar;
          const foo = config.services.foo;
          return mkIf(cfg.enable, {
            systemd: {
              services: {
                bar: {
                  after: mkIf(foo.enable, ["foo.service"]),
                  wantedBy: ["multi-user.target"],
                  serviceConfig: { ExecStart: "/bin/bar" },
                },
              },
            },
            environment: { etc: { "bar.conf": { text: `proxy_pass http://${foo.settings.listen};` } } },
            networking: { firewall: { allowedTCPPorts: [80, 443] } },
          });
        },
      };
      run(
        [
          ...base,
          barM,
          fooM,
          {
            services: {
              bar: { enable: true },
              foo: { enable: true, openFirewall: true, settings: { listen: "127.0.0.1:8080" } },
            },
          },
        ],
        (c) => ({
          bar: c.systemd.services.bar,
          conf: c.environment.etc["bar.conf"],
          fw: c.networking.firewall.allowedTCPPorts,
        }),
      );
    },
  },
  {
    name: "s03",
    nix: { en: false, etc: [], fw: [22], svcs: [], users: [] },
    run: ({ run }) => {
      const profile = {
        services: { foo: { enable: mkDefault(true), openFirewall: mkDefault(true) } },
        networking: { firewall: { allowedTCPPorts: [22] } },
      };
      run([...base, fooM, { imports: [profile], services: { foo: { enable: mkForce(false) } } }], (c) => ({
        svcs: Object.keys(c.systemd.services),
        users: Object.keys(c.users.users),
        fw: c.networking.firewall.allowedTCPPorts,
        etc: Object.keys(c.environment.etc),
        en: c.services.foo.enable,
      }));
    },
  },
  {
    name: "s04",
    nix: [["foo=0.0.0.0:1234", "foo-enabled=false"], []],
    run: ({ run }) => {
      const monM = {
        options: {
          services: { monitor: { targets: mkOption({ type: types.listOf(types.str), default: [] }) } },
        },
        config: ({ config }: any) => ({
          services: {
            monitor: {
              targets: [
                `foo=${config.services.foo.settings.listen}`,
                `foo-enabled=${config.services.foo.enable}`,
              ],
            },
          },
        }),
      };
      run([...base, fooM, monM, { services: { foo: { port: 1234 } } }], (c) => [
        c.services.monitor.targets,
        Object.keys(c.systemd.services),
      ]);
    },
  },
  {
    name: "s05",
    nix: {
      fw: [9001, 9002],
      s: {
        "worker-a": {
          after: [],
          description: "",
          enable: true,
          environment: {},
          path: [],
          script: "",
          serviceConfig: { ExecStart: "/bin/worker --queue fast --port 9001", Type: "simple" },
          wantedBy: ["multi-user.target"],
          wants: [],
        },
        "worker-b": {
          after: [],
          description: "",
          enable: true,
          environment: {},
          path: [],
          script: "",
          serviceConfig: { ExecStart: "/bin/worker --queue bulk --port 9002", Type: "simple" },
          wantedBy: ["multi-user.target"],
          wants: [],
        },
      },
    },
    run: ({ run }) => {
      const instM = {
        options: {
          services: {
            worker: {
              instances: mkOption({
                default: {},
                type: types.attrsOf(
                  types.submodule(({ name }: any) => ({
                    options: {
                      enable: mkOption({ type: types.bool, default: true }),
                      port: mkOption({ type: types.port }),
                      queue: mkOption({ type: types.str, default: name }),
                    },
                  })),
                ),
              }),
            },
          },
        },
        config: ({ config }: any) => {
          const on = Object.entries(config.services.worker.instances).filter(([, i]: any) => i.enable);
          return {
            systemd: {
              services: Object.fromEntries(
                on.map(([n, i]: any) => [
                  `worker-${n}`,
                  {
                    wantedBy: ["multi-user.target"],
                    serviceConfig: { ExecStart: `/bin/worker --queue ${i.queue} --port ${i.port}` },
                  },
                ]),
              ),
            },
            networking: { firewall: { allowedTCPPorts: on.map(([, i]: any) => i.port) } },
          };
        },
      };
      run(
        [
          ...base,
          instM,
          {
            services: {
              worker: {
                instances: {
                  a: { port: 9001 },
                  b: { port: 9002, queue: "bulk" },
                  c: { port: 9003, enable: false },
                },
              },
            },
          },
          { services: { worker: { instances: { a: { queue: mkForce("fast") } } } } },
        ],
        (c) => ({ s: c.systemd.services, fw: c.networking.firewall.allowedTCPPorts }),
      );
    },
  },
  {
    name: "s06",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const appM = {
        options: {
          services: {
            app: {
              enable: mkEnableOption("app"),
              settings: mkOption({
                default: {},
                type: types.submodule({
                  freeformType: types.attrsOf(types.anything),
                  options: { server: { port: mkOption({ type: types.port, default: 3000 }) } },
                }),
              }),
            },
          },
        },
        config: ({ config }: any) =>
          mkIf(config.services.app.enable, {
            environment: {
              etc: { "app/config.json": { text: JSON.stringify(config.services.app.settings) } },
            },
          }),
      };
      run(
        [
          ...base,
          appM,
          {
            services: {
              app: {
                settings: { server: { host: "0.0.0.0" }, database: { host: "db", pool: 5 }, features: ["a"] },
              },
            },
          },
          {
            services: {
              app: {
                enable: true,
                settings: { database: { name: "app" }, features: ["b"], server: { port: 3001 } },
              },
            },
          },
        ],
        (c) => [c.services.app.settings, c.environment.etc["app/config.json"].text],
      );
    },
  },
  {
    name: "s06b",
    nix: [
      {
        database: { host: "db", name: "app", pool: 10 },
        features: ["a"],
        server: { host: "0.0.0.0", port: 3001 },
      },
      '{"database":{"host":"db","name":"app","pool":10},"features":["a"],"server":{"host":"0.0.0.0","port":3001}}',
    ],
    run: ({ run }) => {
      const appM = {
        options: {
          services: {
            app: {
              enable: mkEnableOption("app"),
              settings: mkOption({
                default: {},
                type: types.submodule({
                  freeformType: types.attrsOf(types.anything),
                  options: { server: { port: mkOption({ type: types.port, default: 3000 }) } },
                }),
              }),
            },
          },
        },
        config: ({ config }: any) =>
          mkIf(config.services.app.enable, {
            environment: {
              etc: { "app/config.json": { text: JSON.stringify(config.services.app.settings) } },
            },
          }),
      };
      run(
        [
          ...base,
          appM,
          {
            services: {
              app: {
                settings: { server: { host: "0.0.0.0" }, database: { host: "db", pool: 5 }, features: ["a"] },
              },
            },
          },
          {
            services: {
              app: {
                enable: true,
                settings: { database: { name: "app", pool: mkForce(10) }, server: { port: 3001 } },
              },
            },
          },
        ],
        (c) => [c.services.app.settings, c.environment.etc["app/config.json"].text],
      );
    },
  },
  {
    name: "s07",
    nix: { ExecStart: "/bin/other", Restart: "no", Type: "simple", User: "foo" },
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            services: { foo: { enable: true } },
            systemd: {
              services: {
                foo: { serviceConfig: { Restart: mkForce("no"), ExecStart: mkOverride(90, "/bin/other") } },
              },
            },
          },
          { systemd: { services: { foo: { serviceConfig: { Restart: "on-failure" } } } } },
        ],
        (c) => c.systemd.services.foo.serviceConfig,
      );
    },
  },
  {
    name: "s08",
    nix: {
      after: ["local-fs.target", "network.target", "redis.service", "postgresql.service"],
      wantedBy: ["default.target"],
      wants: ["network-online.target"],
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            services: { foo: { enable: true } },
            systemd: { services: { foo: { after: mkAfter(["postgresql.service"]) } } },
          },
          {
            systemd: {
              services: {
                foo: {
                  after: mkBefore(["local-fs.target"]),
                  wantedBy: mkForce(["default.target"]),
                  wants: ["network-online.target"],
                },
              },
            },
          },
          { systemd: { services: { foo: { after: ["redis.service"], wantedBy: ["x.target"] } } } },
        ],
        (c) => {
          const s = c.systemd.services.foo;
          return { after: s.after, wantedBy: s.wantedBy, wants: s.wants };
        },
      );
    },
  },
  {
    name: "s09",
    nix: {
      after: [],
      description: "",
      enable: true,
      environment: { PATH: "/store/git/bin" },
      path: ["/store/git"],
      script: "/store/git/bin/git daemon --base-path=/data/git --reuseaddr --verbose --export-all",
      serviceConfig: { Type: "simple" },
      wantedBy: [],
      wants: [],
    },
    run: ({ run }) => {
      const gitM = {
        options: {
          services: {
            git: {
              enable: mkEnableOption("git daemon"),
              package: mkOption({ type: types.str, default: "/store/git" }),
              extraArgs: mkOption({ type: types.listOf(types.str), default: [] }),
              basePath: mkOption({ type: types.str, default: "/srv/git" }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services.git;
          return mkIf(cfg.enable, {
            systemd: {
              services: {
                "git-daemon": {
                  script:
                    `${cfg.package}/bin/git daemon --base-path=${cfg.basePath} ` + cfg.extraArgs.join(" "),
                  path: [cfg.package],
                },
              },
            },
          });
        },
      };
      run(
        [
          ...base,
          gitM,
          { services: { git: { enable: true, extraArgs: ["--verbose"] } } },
          { services: { git: { extraArgs: mkBefore(["--reuseaddr"]), basePath: "/data/git" } } },
          { services: { git: { extraArgs: mkAfter(["--export-all"]) } } },
        ],
        (c) => c.systemd.services["git-daemon"],
      );
    },
  },
  {
    name: "s10",
    nix: [
      "services.foo.port must not be the default 8080 on this host",
      "services.foo.settings.log_level must be set",
    ],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            config: ({ config }: any) => ({
              assertions: [
                {
                  assertion: !config.services.foo.enable || config.services.foo.port !== 8080,
                  message: "services.foo.port must not be the default 8080 on this host",
                },
                {
                  assertion: "log_level" in config.services.foo.settings,
                  message: "services.foo.settings.log_level must be set",
                },
                { assertion: config.services.foo.user !== "root", message: "foo must not run as root" },
              ],
            }),
          },
          { services: { foo: { enable: true, settings: { workers: 2 } } } },
        ],
        failedMessages,
      );
    },
  },
  {
    name: "s11",
    nix: ["foo: port 8080 is open to the world", "foo: debug is on", "first"],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            config: ({ config }: any) => ({
              warnings: [...("debug" in config.services.foo.settings ? ["foo: debug is on"] : []), "first"],
            }),
          },
          {
            config: ({ config }: any) => ({
              warnings: mkIf(config.services.foo.openFirewall, [
                `foo: port ${config.services.foo.port} is open to the world`,
              ]),
            }),
          },
          {
            config: ({ config }: any) => ({
              warnings: mkIf(!config.networking.firewall.enable, ["firewall is off"]),
            }),
          },
          { services: { foo: { enable: true, openFirewall: true, settings: { debug: true } } } },
        ],
        (c) => c.warnings,
      );
    },
  },
  {
    name: "s12",
    nix: [
      {
        enable: true,
        ensureDatabases: ["grafana", "gitea"],
        ensureUsers: [
          { ensureClauses: { login: false }, ensureDBOwnership: false, name: "admin" },
          { ensureClauses: { login: true }, ensureDBOwnership: true, name: "grafana" },
          { ensureClauses: { login: true }, ensureDBOwnership: true, name: "gitea" },
        ],
      },
      "CREATE DATABASE grafana;\nCREATE DATABASE gitea;",
    ],
    run: ({ run }) => {
      const pgM = {
        options: {
          services: {
            postgresql: {
              enable: mkEnableOption("PostgreSQL"),
              ensureDatabases: mkOption({ type: types.listOf(types.str), default: [] }),
              ensureUsers: mkOption({
                default: [],
                type: types.listOf(
                  types.submodule({
                    options: {
                      name: mkOption({ type: types.str }),
                      ensureDBOwnership: mkOption({ type: types.bool, default: false }),
                      ensureClauses: { login: mkOption({ type: types.bool, default: true }) },
                    },
                  }),
                ),
              }),
            },
          },
        },
        config: ({ config }: any) =>
          mkIf(config.services.postgresql.enable, {
            systemd: {
              services: {
                postgresql: {
                  script: config.services.postgresql.ensureDatabases
                    .map((d: string) => `CREATE DATABASE ${d};`)
                    .join("\n"),
                },
              },
            },
          }),
      };
      const mkApp = (name: string) => ({
        options: { services: { [name]: { enable: mkEnableOption(name) } } },
        config: ({ config }: any) =>
          mkIf(config.services[name].enable, {
            services: {
              postgresql: {
                enable: true,
                ensureDatabases: [name],
                ensureUsers: [{ name, ensureDBOwnership: true }],
              },
            },
          }),
      });
      run(
        [
          ...base,
          pgM,
          mkApp("gitea"),
          mkApp("nextcloud"),
          mkApp("grafana"),
          {
            services: {
              gitea: { enable: true },
              grafana: { enable: true },
              postgresql: { ensureUsers: mkBefore([{ name: "admin", ensureClauses: { login: false } }]) },
            },
          },
        ],
        (c) => [c.services.postgresql, c.systemd.services.postgresql.script],
      );
    },
  },
  {
    name: "s13",
    nix: [
      {
        "example.org": {
          forceSSL: true,
          locations: {
            "/": {
              extraConfig: "client_max_body_size 0;\nproxy_set_header Host $host;",
              proxyPass: "http://127.0.0.1:3000",
            },
            "/static": { extraConfig: "root /srv;", proxyPass: null },
          },
          serverAliases: ["www.example.org"],
          serverName: "example.org",
        },
        "other.org": { forceSSL: false, locations: {}, serverAliases: [], serverName: "other.org" },
      },
      [80, 443],
    ],
    run: ({ run }) => {
      const nginxM = {
        options: {
          services: {
            nginx: {
              enable: mkEnableOption("nginx"),
              virtualHosts: mkOption({
                default: {},
                type: types.attrsOf(
                  types.submodule(({ name }: any) => ({
                    options: {
                      serverName: mkOption({ type: types.str, default: name }),
                      serverAliases: mkOption({ type: types.listOf(types.str), default: [] }),
                      forceSSL: mkOption({ type: types.bool, default: false }),
                      locations: mkOption({
                        default: {},
                        type: types.attrsOf(
                          types.submodule({
                            options: {
                              proxyPass: mkOption({ type: types.nullOr(types.str), default: null }),
                              extraConfig: mkOption({ type: types.lines, default: "" }),
                            },
                          }),
                        ),
                      }),
                    },
                  })),
                ),
              }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services.nginx;
          return mkIf(cfg.enable, {
            networking: {
              firewall: {
                allowedTCPPorts: [
                  80,
                  ...(Object.values(cfg.virtualHosts).some((v: any) => v.forceSSL) ? [443] : []),
                ],
              },
            },
          });
        },
      };
      run(
        [
          ...base,
          nginxM,
          {
            services: {
              nginx: {
                enable: true,
                virtualHosts: {
                  "example.org": {
                    serverAliases: ["www.example.org"],
                    locations: { "/": { proxyPass: "http://127.0.0.1:3000" } },
                  },
                },
              },
            },
          },
          {
            services: {
              nginx: {
                virtualHosts: {
                  "example.org": {
                    locations: {
                      "/": { extraConfig: "proxy_set_header Host $host;" },
                      "/static": { extraConfig: "root /srv;" },
                    },
                  },
                },
              },
            },
          },
          {
            services: {
              nginx: {
                virtualHosts: {
                  "example.org": {
                    forceSSL: true,
                    locations: { "/": { extraConfig: mkBefore("client_max_body_size 0;") } },
                  },
                  "other.org": {},
                },
              },
            },
          },
        ],
        (c) => [c.services.nginx.virtualHosts, c.networking.firewall.allowedTCPPorts],
      );
    },
  },
  {
    name: "s14",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const logM = {
        options: {
          services: {
            foo: { logLevel: mkOption({ type: types.enum(["debug", "info", "warn"]), default: "info" }) },
          },
        },
      };
      run(
        [
          ...base,
          fooM,
          logM,
          { services: { foo: { logLevel: "debug" } } },
          { services: { foo: { logLevel: "warn" } } },
        ],
        (c) => c.services.foo.logLevel,
      );
    },
  },
  {
    name: "s15",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [...base, fooM, { services: { foo: { enable: true, openFirewall: true, port: "80" } } }],
        (c) => c.networking.firewall.allowedTCPPorts,
      );
    },
  },
  {
    name: "s16",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      const logM = {
        options: {
          services: {
            foo: { logLevel: mkOption({ type: types.enum(["debug", "info", "warn"]), default: "info" }) },
          },
        },
      };
      run(
        [
          ...base,
          fooM,
          logM,
          { services: { foo: { logLevel: mkDefault("debug") } } },
          { services: { foo: { logLevel: "verbose" } } },
        ],
        (c) => c.services.foo.logLevel,
      );
    },
  },
  {
    name: "u01",
    nix: {
      after: ["local-fs.target", "time-sync.target", "network.target", "db.service"],
      wantedBy: ["early.target", "multi-user.target", "graphical.target"],
      wants: ["db.service"],
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          { systemd: { services: { web: { after: ["network.target"], wantedBy: ["multi-user.target"] } } } },
          {
            systemd: {
              services: {
                web: { after: mkAfter(["db.service"]), wantedBy: mkOrder(1200, ["graphical.target"]) },
              },
            },
          },
          { systemd: { services: { web: { after: mkBefore(["local-fs.target"]), wants: ["db.service"] } } } },
          {
            systemd: {
              services: {
                web: { after: mkOrder(800, ["time-sync.target"]), wantedBy: mkBefore(["early.target"]) },
              },
            },
          },
        ],
        (c) => {
          const s = c.systemd.services.web;
          return { after: s.after, wantedBy: s.wantedBy, wants: s.wants };
        },
      );
    },
  },
  {
    name: "u02",
    nix: { HOME: "/var/lib/web", LANG: "C.UTF-8", TZ: "Europe/Berlin" },
    run: ({ run }) => {
      run(
        [
          ...base,
          { systemd: { services: { web: { environment: { LANG: "C.UTF-8", TZ: "UTC" } } } } },
          {
            systemd: {
              services: { web: { environment: { TZ: mkForce("Europe/Berlin"), HOME: "/var/lib/web" } } },
            },
          },
          {
            systemd: {
              services: { web: { environment: { TZ: "America/New_York", LANG: mkDefault("en_US.UTF-8") } } },
            },
          },
        ],
        (c) => c.systemd.services.web.environment,
      );
    },
  },
  {
    name: "u03",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          ...base,
          { systemd: { services: { web: { environment: { LANG: "C.UTF-8" } } } } },
          { systemd: { services: { web: { environment: { LANG: "de_DE.UTF-8" } } } } },
        ],
        (c) => c.systemd.services.web.environment,
      );
    },
  },
  {
    name: "u04",
    nix: { Restart: "always", RestartSec: 10, Type: "exec" },
    run: ({ run }) => {
      run(
        [
          ...base,
          {
            systemd: {
              services: {
                web: { serviceConfig: { Restart: mkDefault("on-failure"), RestartSec: 5, Type: "notify" } },
              },
            },
          },
          {
            systemd: {
              services: {
                web: { serviceConfig: { Restart: mkOverride(90, "always"), RestartSec: mkOverride(90, 10) } },
              },
            },
          },
          {
            systemd: {
              services: { web: { serviceConfig: { Restart: "no", Type: mkOverride(90, "exec") } } },
            },
          },
        ],
        (c) => c.systemd.services.web.serviceConfig,
      );
    },
  },
  {
    name: "u05",
    nix: {
      ExecStartPre: ["/bin/check", "/bin/migrate"],
      ReadWritePaths: ["/var/cache/web", "/var/lib/web", "/tmp/web"],
      Type: "simple",
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          {
            systemd: {
              services: {
                web: { serviceConfig: { ExecStartPre: ["/bin/migrate"], ReadWritePaths: ["/var/lib/web"] } },
              },
            },
          },
          {
            systemd: {
              services: {
                web: {
                  serviceConfig: {
                    ExecStartPre: mkBefore(["/bin/check"]),
                    ReadWritePaths: ["/var/cache/web"],
                  },
                },
              },
            },
          },
          { systemd: { services: { web: { serviceConfig: { ReadWritePaths: mkAfter(["/tmp/web"]) } } } } },
        ],
        (c) => c.systemd.services.web.serviceConfig,
      );
    },
  },
  {
    name: "u06",
    nix: [["cron", "foo"], ["cron"]],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          { services: { foo: { enable: true } }, systemd: { services: { foo: { enable: mkForce(false) } } } },
          { systemd: { services: { foo: { enable: true }, cron: {} } } },
        ],
        (c) => [
          Object.keys(c.systemd.services),
          Object.keys(c.systemd.services).filter((n) => c.systemd.services[n].enable),
        ],
      );
    },
  },
  {
    name: "u07",
    nix: [["web"], "", { Type: "simple" }],
    run: ({ run }) => {
      run(
        [
          ...base,
          {
            systemd: {
              services: { web: mkIf(false, { description: "web", serviceConfig: { User: "web" } }) },
            },
          },
          { systemd: { services: { web: { after: ["network.target"] } } } },
          { systemd: { services: { other: mkIf(false, { description: "never" }) } } },
        ],
        (c) => [
          Object.keys(c.systemd.services),
          c.systemd.services.web.description,
          c.systemd.services.web.serviceConfig,
        ],
      );
    },
  },
  {
    name: "u08",
    nix: {
      "backup-etc": ["restic backup /etc", ["network-online.target"]],
      "backup-home": ["restic backup /home", []],
      "backup-prune": ["restic forget --prune", []],
      "backup-var": ["restic backup /var/lib", ["network-online.target"]],
      logrotate: ["logrotate /etc/logrotate.conf", []],
    },
    run: ({ run }) => {
      const timersM = {
        options: {
          services: {
            backup: {
              enable: mkEnableOption("backup"),
              jobs: mkOption({ type: types.attrsOf(types.str), default: {} }),
            },
          },
        },
        config: ({ config }: any) => ({
          systemd: {
            services: mkMerge([
              mkIf(
                config.services.backup.enable,
                Object.fromEntries(
                  Object.entries(config.services.backup.jobs).map(([n, p]) => [
                    `backup-${n}`,
                    { script: `restic backup ${p}`, after: ["network-online.target"] },
                  ]),
                ),
              ),
              { "backup-prune": mkIf(config.services.backup.enable, { script: "restic forget --prune" }) },
              { logrotate: { script: "logrotate /etc/logrotate.conf" } },
            ]),
          },
        }),
      };
      run(
        [
          ...base,
          timersM,
          { services: { backup: { enable: true, jobs: { home: "/home", etc: "/etc" } } } },
          {
            services: { backup: { jobs: { var: "/var/lib" } } },
            systemd: { services: { "backup-home": { after: mkForce([]) } } },
          },
        ],
        (c) =>
          Object.fromEntries(
            Object.entries(c.systemd.services).map(([n, s]: any) => [n, [s.script, s.after]]),
          ),
      );
    },
  },
  {
    name: "u09",
    nix: "set -euo pipefail\necho main\nmkdir -p /var/lib/x\nchown x /var/lib/x\n\necho done",
    run: ({ run }) => {
      run(
        [
          ...base,
          { systemd: { services: { setup: { script: "echo main" } } } },
          { systemd: { services: { setup: { script: mkBefore("set -euo pipefail") } } } },
          { systemd: { services: { setup: { script: mkAfter("echo done") } } } },
          { systemd: { services: { setup: { script: "mkdir -p /var/lib/x\nchown x /var/lib/x\n" } } } },
        ],
        (c) => c.systemd.services.setup.script,
      );
    },
  },
  {
    name: "u10",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          ...base,
          { systemd: { services: { web: { serviceConfig: { Restart: "always" } } } } },
          { systemd: { services: { web: { serviceConfig: { Restart: "on-failure" } } } } },
        ],
        (c) => c.systemd.services.web.serviceConfig,
      );
    },
  },
  {
    name: "u11",
    nix: { db: { Type: "notify" }, web: { RemainAfterExit: true, Type: "forking" } },
    run: ({ run }) => {
      run(
        [
          ...base,
          {
            systemd: {
              services: { web: { serviceConfig: { Type: mkDefault("oneshot"), RemainAfterExit: true } } },
            },
          },
          { systemd: { services: { web: { serviceConfig: { Type: "forking" } } } } },
          { systemd: { services: { db: { serviceConfig: { Type: mkDefault("notify") } } } } },
        ],
        (c) =>
          Object.fromEntries(Object.entries(c.systemd.services).map(([n, s]: any) => [n, s.serviceConfig])),
      );
    },
  },
  {
    name: "u12",
    nix: {
      api: { PATH: "/usr/bin" },
      plain: { X: "1" },
      web: { HOME: "/var/lib/web", PATH: "/store/coreutils/bin:/store/curl/bin:/store/jq/bin" },
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          {
            systemd: {
              services: {
                web: { path: ["/store/coreutils", "/store/curl"], environment: { HOME: "/var/lib/web" } },
              },
            },
          },
          { systemd: { services: { web: { path: ["/store/jq"] } } } },
          {
            systemd: {
              services: { api: { path: ["/store/python"], environment: { PATH: mkForce("/usr/bin") } } },
            },
          },
          { systemd: { services: { plain: { environment: { X: "1" } } } } },
        ],
        (c) =>
          Object.fromEntries(Object.entries(c.systemd.services).map(([n, s]: any) => [n, s.environment])),
      );
    },
  },
  {
    name: "u13",
    nix: { ConditionPathExists: "/etc/web2", Description: "Web", Requires: ["a.service", "b.service"] },
    run: ({ run }) => {
      const unitOption = mkOptionType({
        name: "systemd option",
        merge: (loc: any, defs: any) => {
          const best = Math.min(
            ...defs.map((d: any) => (d.value?._type === "override" ? d.value.priority : 100)),
          );
          const defs2 = defs
            .filter((d: any) => (d.value?._type === "override" ? d.value.priority : 100) === best)
            .map((d: any) => ({ ...d, value: d.value?._type === "override" ? d.value.content : d.value }));
          if (defs2.some((d: any) => Array.isArray(d.value)))
            return defs2.flatMap((d: any) => (Array.isArray(d.value) ? d.value : [d.value]));
          if (defs2.every((d: any) => d.value === defs2[0].value)) return defs2[0].value;
          throw new Error(`The option ${loc.join(".")} has conflicting definition values`);
        },
      } as any);
      const svcM = {
        options: {
          systemd: {
            units: mkOption({
              default: {},
              type: types.attrsOf(
                types.submodule({
                  options: { unitConfig: mkOption({ default: {}, type: types.attrsOf(unitOption) }) },
                }),
              ),
            }),
          },
        },
      };
      run(
        [
          svcM,
          {
            systemd: {
              units: {
                web: {
                  unitConfig: {
                    Requires: ["a.service"],
                    Description: "Web",
                    ConditionPathExists: "/etc/web",
                  },
                },
              },
            },
          },
          {
            systemd: {
              units: {
                web: {
                  unitConfig: {
                    Requires: "b.service",
                    Description: "Web",
                    ConditionPathExists: mkForce("/etc/web2"),
                  },
                },
              },
            },
          },
        ],
        (c) => c.systemd.units.web.unitConfig,
      );
    },
  },
  {
    name: "v01",
    nix: {
      eth0: {
        ipv4: {
          addresses: [
            { address: "192.168.1.2", prefixLength: 16 },
            { address: "10.0.0.2", prefixLength: 24 },
          ],
        },
        name: "eth0",
        useDHCP: false,
      },
      wg0: { ipv4: { addresses: [] }, name: "wg0", useDHCP: false },
    },
    run: ({ run }) => {
      const ifM = {
        options: {
          networking: {
            interfaces: mkOption({
              default: {},
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: {
                    name: mkOption({ type: types.str, default: name }),
                    useDHCP: mkOption({ type: types.nullOr(types.bool), default: null }),
                    ipv4: {
                      addresses: mkOption({
                        default: [],
                        type: types.listOf(
                          types.submodule({
                            options: {
                              address: mkOption({ type: types.str }),
                              prefixLength: mkOption({
                                type: types.addCheck(types.int, (n: number) => n >= 0 && n <= 32),
                                default: 24,
                              }),
                            },
                          }),
                        ),
                      }),
                    },
                  },
                })),
              ),
            }),
          },
        },
      };
      run(
        [
          ...base,
          ifM,
          {
            networking: {
              interfaces: { eth0: { useDHCP: false, ipv4: { addresses: [{ address: "10.0.0.2" }] } } },
            },
          },
          {
            networking: {
              interfaces: {
                eth0: { ipv4: { addresses: mkBefore([{ address: "192.168.1.2", prefixLength: 16 }]) } },
                wg0: { useDHCP: mkDefault(false) },
              },
            },
          },
        ],
        (c) => c.networking.interfaces,
      );
    },
  },
  {
    name: "v02b",
    nix: [true, ["display-manager"]],
    run: ({ run }) => {
      const xM = {
        options: { services: { x: { enable: mkEnableOption("x"), desktop: mkEnableOption("desktop") } } },
        config: ({ config }: any) => {
          const cfg = config.services.x;
          return mkMerge([
            mkIf(cfg.desktop, {
              services: { x: { enable: true } },
              users: { users: { gdm: { isSystemUser: true, group: "gdm" } } },
            }),
            mkIf(() => cfg.enable, {
              systemd: { services: { "display-manager": { wantedBy: ["graphical.target"] } } },
            }),
          ]);
        },
      };
      run([...base, xM, { services: { x: { desktop: true } } }], (c) => [
        c.services.x.enable,
        Object.keys(c.systemd.services),
      ]);
    },
  },
  {
    name: "v03",
    nix: {
      a: {
        autoStart: true,
        bindMounts: { "/etc/resolv.conf": "/etc/resolv.conf", "/var/lib/a": "/srv/a" },
        ip: "10.0.0.1",
      },
      b: { autoStart: false, bindMounts: { "/var/lib/b": "/srv/b" }, ip: "10.0.0.2" },
    },
    run: ({ run }) => {
      const commonM = {
        options: {
          autoStart: mkOption({ type: types.bool, default: true }),
          bindMounts: mkOption({ type: types.attrsOf(types.str), default: {} }),
        },
        config: ({ config }: any) => ({
          bindMounts: { "/etc/resolv.conf": mkIf(config.autoStart, "/etc/resolv.conf") },
        }),
      };
      const ctM = {
        options: {
          containers: mkOption({
            default: {},
            type: types.attrsOf(
              types.submodule(({ name }: any) => ({
                imports: [commonM],
                options: { ip: mkOption({ type: types.str }) },
                config: { bindMounts: { [`/var/lib/${name}`]: `/srv/${name}` } },
              })),
            ),
          }),
        },
      };
      run(
        [...base, ctM, { containers: { a: { ip: "10.0.0.1" }, b: { ip: "10.0.0.2", autoStart: false } } }],
        (c) => c.containers,
      );
    },
  },
  {
    name: "v04",
    nix: ["web2", [], ["foo"], { listen: "0.0.0.0:1" }],
    run: ({ run }) => {
      const ctM = {
        options: {
          containers: mkOption({
            default: {},
            type: types.attrsOf(
              types.submodule({ options: { config: mkOption({ type: types.deferredModule, default: {} }) } }),
            ),
          }),
        },
      };
      run(
        [
          ...base,
          ctM,
          fooM,
          {
            containers: {
              web: { config: { networking: { hostName: "web" }, services: { foo: { enable: true } } } },
            },
          },
          {
            containers: {
              web: {
                config: {
                  networking: { hostName: mkForce("web2") },
                  imports: [fooM],
                  services: { foo: { port: 1 } },
                },
              },
            },
          },
        ],
        (c) => {
          const inner = evalModules({ modules: [...base, c.containers.web.config] as any }).config;
          return [
            inner.networking.hostName,
            inner.networking.firewall.allowedTCPPorts,
            Object.keys(inner.systemd.services),
            inner.services.foo.settings,
          ];
        },
      );
    },
  },
  {
    name: "v05",
    nix: {
      "foo.bar": { Type: "simple" },
      "getty@": { ExecStart: "agetty %I", Type: "simple" },
      "user@1000": { Type: "simple" },
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          {
            systemd: {
              services: {
                "getty@": { wantedBy: ["getty.target"], serviceConfig: { ExecStart: "agetty %I" } },
                "user@1000": { after: ["a"] },
                "foo.bar": {},
              },
            },
          },
        ],
        (c) =>
          Object.fromEntries(Object.entries(c.systemd.services).map(([n, s]: any) => [n, s.serviceConfig])),
      );
    },
  },
  {
    name: "v06",
    nix: failed,
    kind: "laziness",
    run: ({ run }) => {
      run(
        [...base, ({ config }: any) => ({ imports: config.services.foo.enable ? [] : [] }), fooM],
        (c) => c.services.foo.enable,
      );
    },
  },
  {
    name: "v07",
    nix: {
      createHome: true,
      extraGroups: ["a"],
      group: "foo",
      home: "/home/foo",
      isNormalUser: true,
      isSystemUser: false,
      uid: 400,
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            services: { foo: { enable: true } },
            users: { users: { foo: { uid: 400, extraGroups: ["a"] } } },
          },
          { users: { users: { foo: { isSystemUser: mkForce(false), isNormalUser: true } } } },
        ],
        (c) => {
          const u = c.users.users.foo;
          return {
            uid: u.uid,
            extraGroups: u.extraGroups,
            isSystemUser: u.isSystemUser,
            isNormalUser: u.isNormalUser,
            home: u.home,
            group: u.group,
            createHome: u.createHome,
          };
        },
      );
    },
  },
  {
    name: "v08",
    nix: [1, 1000, 2, false, true, true, 1],
    run: ({ runE }) => {
      runE(
        [
          ...base,
          fooM,
          { services: { foo: { enable: true, port: mkDefault(1) } } },
          { services: { foo: { port: mkDefault(1) } } },
        ],
        (r) => [
          r.options.services.foo.port.value,
          r.options.services.foo.port.highestPrio,
          r.options.services.foo.port.files.length,
          r.options.services.foo.enable.default,
          r.options.services.foo.settings.isDefined,
          r.options.systemd.services.isDefined,
          r.options.systemd.services.definitions.length,
        ],
      );
    },
  },
  {
    name: "v09",
    nix: {
      enable: true,
      mode: "symlink",
      source: "/store/etc-profile-21",
      target: "profile",
      text: "export A=1\nexport B=2",
      user: "+0",
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          { environment: { etc: { profile: { text: mkDefault("default profile") } } } },
          { environment: { etc: { profile: { text: "export A=1" } } } },
          { environment: { etc: { profile: { text: mkAfter("export B=2") } } } },
        ],
        (c) => c.environment.etc.profile,
      );
    },
  },
  {
    name: "v10",
    nix: { listen: "0.0.0.0:8080" },
    run: ({ run }) => {
      run(
        [...base, fooM, { services: { foo: { enable: true, settings: { listen: mkIf(false, "never") } } } }],
        (c) => c.services.foo.settings,
      );
    },
  },
  {
    name: "v11",
    nix: [1, 3, 2],
    run: ({ run }) => {
      run(
        [
          ...base,
          { networking: { firewall: { allowedTCPPorts: mkIf(true, mkMerge([mkOrder(1200, [3]), [1]])) } } },
          { networking: { firewall: { allowedTCPPorts: mkOverride(100, mkAfter([2])) } } },
        ],
        (c) => c.networking.firewall.allowedTCPPorts,
      );
    },
  },
  {
    name: "w01",
    nix: {
      alice: {
        createHome: true,
        description: "Alice",
        extraGroups: ["wheel", "networkmanager", "video", "docker"],
        group: "users",
        home: "/home/alice",
        isNormalUser: true,
        isSystemUser: false,
        name: "alice",
        shell: "/bin/bash",
        uid: 1000,
      },
      bob: {
        createHome: true,
        description: "",
        extraGroups: [],
        group: "users",
        home: "/home/bob",
        isNormalUser: true,
        isSystemUser: false,
        name: "bob",
        shell: "/bin/zsh",
        uid: null,
      },
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          {
            users: {
              users: {
                alice: { isNormalUser: true, uid: 1000, extraGroups: ["wheel"], description: "Alice" },
              },
            },
          },
          {
            users: {
              users: { alice: { extraGroups: ["networkmanager", "video"] }, bob: { isNormalUser: true } },
            },
          },
          { users: { users: { alice: { extraGroups: mkAfter(["docker"]) }, bob: { shell: "/bin/zsh" } } } },
        ],
        (c) => c.users.users,
      );
    },
  },
  {
    name: "w02",
    nix: [
      {
        jelly: {
          createHome: false,
          description: "",
          extraGroups: [],
          group: "media",
          home: "/var/empty",
          isNormalUser: false,
          isSystemUser: true,
          name: "jelly",
          shell: null,
          uid: null,
        },
      },
      { media: { gid: 300, members: [], name: "media" } },
      { Group: "media", Type: "simple", User: "jelly" },
    ],
    run: ({ run }) => {
      const svcM = {
        options: {
          services: {
            media: {
              enable: mkEnableOption("media"),
              user: mkOption({ type: types.str, default: "media" }),
              group: mkOption({ type: types.str, default: "media" }),
              dataDir: mkOption({ type: types.str, default: "/var/lib/media" }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services.media;
          return mkIf(cfg.enable, {
            users: {
              users: mkIf(cfg.user === "media", {
                media: { isSystemUser: true, group: cfg.group, home: cfg.dataDir, uid: 300 },
              }),
              groups: mkIf(cfg.group === "media", { media: { gid: 300 } }),
            },
            systemd: { services: { media: { serviceConfig: { User: cfg.user, Group: cfg.group } } } },
          });
        },
      };
      run(
        [
          ...base,
          svcM,
          {
            services: { media: { enable: true, user: "jelly" } },
            users: { users: { jelly: { isSystemUser: true, group: "media" } } },
          },
        ],
        (c) => [c.users.users, c.users.groups, c.systemd.services.media.serviceConfig],
      );
    },
  },
  {
    name: "w03",
    nix: {
      audio: { gid: null, members: ["robert", "alice", "pulse"], name: "audio" },
      wheel: { gid: 1, members: ["alice"], name: "wheel" },
    },
    run: ({ run }) => {
      const membersM = {
        config: ({ config }: any) => ({
          users: {
            groups: mkMerge(
              Object.values(config.users.users).map((u: any) =>
                Object.fromEntries(u.extraGroups.map((g: string) => [g, { members: [u.name] }])),
              ),
            ),
          },
        }),
      };
      run(
        [
          ...base,
          membersM,
          {
            users: {
              users: {
                alice: { isNormalUser: true, extraGroups: ["wheel", "audio"] },
                bob: { isNormalUser: true, extraGroups: ["audio"], name: "robert" },
              },
            },
          },
          { users: { groups: { wheel: { gid: 1 }, audio: { members: ["pulse"] } } } },
        ],
        (c) => c.users.groups,
      );
    },
  },
  {
    name: "w04",
    nix: {
      alice: { createHome: true, group: "users", home: "/home/alice2", name: "alice2", shell: "/bin/bash" },
      carol: { createHome: true, group: "staff", home: "/srv/carol", name: "carol", shell: "/bin/bash" },
      dave: { createHome: false, group: "", home: "/var/lib/dave", name: "dave", shell: null },
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          { users: { users: { alice: { isNormalUser: true, name: "alice2" } } } },
          { users: { users: { carol: { isNormalUser: true, home: "/srv/carol", group: "staff" } } } },
          { users: { users: { dave: { isSystemUser: true, home: mkForce("/var/lib/dave") } } } },
        ],
        (c) =>
          Object.fromEntries(
            Object.entries(c.users.users).map(([n, u]: any) => [
              n,
              { name: u.name, home: u.home, group: u.group, createHome: u.createHome, shell: u.shell },
            ]),
          ),
      );
    },
  },
  {
    name: "w05",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          ...base,
          { users: { users: { alice: { uid: 1000 } } } },
          { users: { users: { alice: { uid: 1001 } } } },
        ],
        (c) => c.users.users.alice.uid,
      );
    },
  },
  {
    name: "w06",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          ...base,
          { users: { users: { alice: { uid: 1000 } } } },
          { users: { users: { alice: { uid: null } } } },
        ],
        (c) => c.users.users.alice.uid,
      );
    },
  },
  {
    name: "w07",
    nix: [
      "users.users.svc.group is unset. This used to default to nogroup.",
      "users.users.odd: exactly one of isSystemUser and isNormalUser must be set.",
    ],
    run: ({ run }) => {
      const chkM = {
        config: ({ config }: any) => ({
          assertions: [
            ...Object.entries(config.users.users).map(([n, u]: any) => ({
              assertion: !(u.isSystemUser && u.group === ""),
              message: `users.users.${n}.group is unset. This used to default to nogroup.`,
            })),
            ...Object.entries(config.users.users).map(([n, u]: any) => ({
              assertion: !(u.isNormalUser && u.isSystemUser),
              message: `users.users.${n}: exactly one of isSystemUser and isNormalUser must be set.`,
            })),
          ],
        }),
      };
      run(
        [
          ...base,
          chkM,
          fooM,
          {
            services: { foo: { enable: true } },
            users: {
              users: {
                svc: { isSystemUser: true },
                odd: { isSystemUser: true, isNormalUser: true },
                alice: { isNormalUser: true },
              },
            },
          },
        ],
        failedMessages,
      );
    },
  },
  {
    name: "w08",
    nix: { extraGroups: [], home: "/root", name: "root", shell: "/bin/sh" },
    run: ({ run }) => {
      run(
        [
          ...base,
          { users: { users: { root: { extraGroups: ["wheel"] } } } },
          { users: { users: { root: { extraGroups: mkForce([]), shell: "/bin/sh" } } } },
          { users: { users: { root: { extraGroups: ["audio"], home: "/root" } } } },
        ],
        (c) => {
          const r = c.users.users.root;
          return { extraGroups: r.extraGroups, shell: r.shell, home: r.home, name: r.name };
        },
      );
    },
  },
  {
    name: "w09",
    nix: {
      alice: {
        extraGroups: ["systemd-journal", "wheel"],
        home: "/home/alice",
        linger: true,
        subUidRanges: [{ count: 65536, startUid: 100000 }],
      },
      bob: { extraGroups: [], home: "/home/bob", linger: false, subUidRanges: [] },
    },
    run: ({ run }) => {
      const extM = {
        options: {
          users: {
            users: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: {
                    linger: mkOption({ type: types.bool, default: false }),
                    subUidRanges: mkOption({
                      type: types.listOf(
                        types.submodule({
                          options: {
                            startUid: mkOption({ type: types.int }),
                            count: mkOption({ type: types.int, default: 65536 }),
                          },
                        }),
                      ),
                      default: [],
                    }),
                  },
                  config: ({ config }: any) => ({ extraGroups: mkIf(config.linger, ["systemd-journal"]) }),
                })),
              ),
            }),
          },
        },
      };
      run(
        [
          ...base,
          extM,
          {
            users: {
              users: {
                alice: {
                  isNormalUser: true,
                  linger: true,
                  extraGroups: ["wheel"],
                  subUidRanges: [{ startUid: 100000 }],
                },
                bob: { isNormalUser: true },
              },
            },
          },
        ],
        (c) =>
          Object.fromEntries(
            Object.entries(c.users.users).map(([n, u]: any) => [
              n,
              { linger: u.linger, extraGroups: u.extraGroups, subUidRanges: u.subUidRanges, home: u.home },
            ]),
          ),
      );
    },
  },
  {
    name: "w10",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          ...base,
          { users: { users: { alice: { isNormalUser: true, home: mkDefault("/export/home/alice") } } } },
        ],
        (c) => c.users.users.alice.home,
      );
    },
  },
  {
    name: "w11",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [...base, { users: { users: { alice: { isNormalUser: true, extraGroups: "wheel" } } } }],
        (c) => c.users.users.alice.extraGroups,
      );
    },
  },
  {
    name: "w13",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [...base, { users: { users: { alice: { isNormalUser: true, extraGroup: ["wheel"] } } } }],
        (c) => c.users.users.alice.home,
      );
    },
  },
  {
    name: "x01",
    nix: [
      {
        "cloud.example.org": {
          forceSSL: true,
          locations: { "/": { proxyPass: "unix:/run/phpfpm/nextcloud.sock" } },
        },
      },
      [80, 443],
      { nextcloud: ["nginx"], nginx: [] },
      "other,nextcloud",
    ],
    run: ({ run }) => {
      const ncM = {
        options: {
          services: {
            nextcloud: {
              enable: mkEnableOption("nextcloud"),
              hostName: mkOption({ type: types.str }),
              https: mkOption({ type: types.bool, default: false }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services.nextcloud;
          return mkIf(cfg.enable, {
            services: {
              nginx: {
                enable: true,
                virtualHosts: {
                  [cfg.hostName]: {
                    forceSSL: cfg.https,
                    locations: { "/": { proxyPass: "unix:/run/phpfpm/nextcloud.sock" } },
                  },
                },
              },
              postgresql: { enable: mkDefault(true), ensureDatabases: ["nextcloud"] },
            },
            users: {
              users: {
                nextcloud: {
                  isSystemUser: true,
                  group: "nextcloud",
                  extraGroups: mkIf(() => config.services.nginx.enable, ["nginx"]),
                },
              },
            },
          });
        },
      };
      const nginxM = {
        options: {
          services: {
            nginx: {
              enable: mkEnableOption("nginx"),
              virtualHosts: mkOption({
                default: {},
                type: types.attrsOf(
                  types.submodule({
                    options: {
                      forceSSL: mkOption({ type: types.bool, default: false }),
                      locations: mkOption({
                        default: {},
                        type: types.attrsOf(
                          types.submodule({
                            options: {
                              proxyPass: mkOption({ type: types.nullOr(types.str), default: null }),
                            },
                          }),
                        ),
                      }),
                    },
                  }),
                ),
              }),
            },
          },
        },
        config: ({ config }: any) =>
          mkIf(config.services.nginx.enable, {
            networking: {
              firewall: {
                allowedTCPPorts: [
                  80,
                  ...(Object.values(config.services.nginx.virtualHosts).some((v: any) => v.forceSSL)
                    ? [443]
                    : []),
                ],
              },
            },
            users: { users: { nginx: { isSystemUser: true, group: "nginx" } } },
          }),
      };
      const pgM = {
        options: {
          services: {
            postgresql: {
              enable: mkEnableOption("pg"),
              ensureDatabases: mkOption({ type: types.listOf(types.str), default: [] }),
            },
          },
        },
        config: ({ config }: any) =>
          mkIf(config.services.postgresql.enable, {
            systemd: {
              services: { postgresql: { script: config.services.postgresql.ensureDatabases.join(",") } },
            },
          }),
      };
      run(
        [
          ...base,
          ncM,
          nginxM,
          pgM,
          {
            services: {
              nextcloud: { enable: true, hostName: "cloud.example.org", https: true },
              postgresql: { ensureDatabases: ["other"] },
            },
          },
        ],
        (c) => [
          c.services.nginx.virtualHosts,
          c.networking.firewall.allowedTCPPorts,
          Object.fromEntries(Object.entries(c.users.users).map(([n, u]: any) => [n, u.extraGroups])),
          c.systemd.services.postgresql.script,
        ],
      );
    },
  },
  {
    name: "x03",
    nix: [[9100], [], false],
    run: ({ console }) => {
      const exporterM = {
        options: {
          services: {
            exporter: {
              enable: mkEnableOption("node exporter"),
              port: mkOption({ type: types.port, default: 9100 }),
            },
          },
        },
        config: ({ config }: any) => ({
          services: { exporter: { enable: mkDefault(config.services.foo.enable) } },
          networking: {
            firewall: {
              allowedTCPPorts: mkIf(
                () => config.services.exporter.enable,
                lazy(() => [config.services.exporter.port]),
              ),
            },
          },
        }),
      };
      const ev = (ms: any[]) => evalModules({ modules: [...base, fooM, exporterM, ...ms] as any }).config;
      try {
        console.log(
          canonicalJson([
            ev([{ services: { foo: { enable: true } } }]).networking.firewall.allowedTCPPorts,
            ev([{ services: { foo: { enable: true }, exporter: { enable: false } } }]).networking.firewall
              .allowedTCPPorts,
            ev([{}]).services.exporter.enable,
          ]),
        );
      } catch (e) {
        console.log("ERROR: " + (e as Error).message.split("\n")[0]);
      }
    },
  },
  {
    name: "x04",
    nix: [{ TLS: "off" }, { TLS: "on", TLS_CERT: "/c", TLS_MIN: "1.3" }],
    run: ({ console }) => {
      const tlsM = {
        options: {
          services: {
            mail: {
              enable: mkEnableOption("mail"),
              tls: mkOption({
                default: null,
                type: types.nullOr(
                  types.submodule({
                    options: {
                      cert: mkOption({ type: types.str }),
                      key: mkOption({ type: types.str }),
                      minVersion: mkOption({ type: types.enum(["1.2", "1.3"]), default: "1.2" }),
                    },
                  }),
                ),
              }),
            },
          },
        },
      };
      const useM = {
        config: ({ config }: any) => {
          const cfg = config.services.mail;
          return mkIf(cfg.enable, {
            systemd: {
              services: {
                mail: {
                  environment: {
                    TLS: cfg.tls === null ? "off" : "on",
                    ...(cfg.tls !== null ? { TLS_CERT: cfg.tls.cert, TLS_MIN: cfg.tls.minVersion } : {}),
                  },
                },
              },
            },
          });
        },
      };
      const ev = (ms: any[]) =>
        evalModules({ modules: [...base, tlsM, useM, ...ms] as any }).config.systemd.services.mail
          .environment;
      try {
        console.log(
          canonicalJson([
            ev([{ services: { mail: { enable: true } } }]),
            ev([
              { services: { mail: { enable: true, tls: { cert: "/c", key: "/k" } } } },
              { services: { mail: { tls: { minVersion: "1.3" } } } },
            ]),
          ]),
        );
      } catch (e) {
        console.log("ERROR: " + (e as Error).message.split("\n")[0]);
      }
    },
  },
  {
    name: "x05",
    nix: { execStart: ["/bin/b", "/bin/a"], groups: ["audio", "wheel"] },
    run: ({ run }) => {
      const gM = {
        options: {
          services: {
            app: {
              groups: mkOption({
                type: types.coercedTo(types.str, (s: string) => [s], types.listOf(types.str)),
                default: [],
              }),
              execStart: mkOption({ type: types.either(types.str, types.listOf(types.str)) }),
            },
          },
        },
      };
      run(
        [
          ...base,
          gM,
          { services: { app: { groups: "wheel", execStart: ["/bin/a"] } } },
          { services: { app: { groups: ["audio"], execStart: ["/bin/b"] } } },
        ],
        (c) => c.services.app,
      );
    },
  },
  {
    name: "x06",
    nix: "[global]\nmax log size = 50\nserver string = nas\nworkgroup = HOME\n[media]\nguest ok = no\npath = /srv/media\nread only = yes",
    run: ({ run }) => {
      const iniM = {
        options: {
          services: {
            samba: {
              settings: mkOption({
                default: {},
                type: types.attrsOf(types.attrsOf(types.oneOf([types.str, types.int, types.bool]))),
              }),
            },
          },
        },
        config: ({ config }: any) => ({
          services: {
            samba: {
              settings: {
                global: { workgroup: mkDefault("WORKGROUP"), "server string": config.networking.hostName },
              },
            },
          },
          environment: {
            etc: {
              "samba/smb.conf": {
                text: lazy(() =>
                  Object.entries(config.services.samba.settings)
                    .map(
                      ([sec, kv]: any) =>
                        `[${sec}]\n` +
                        Object.entries(kv)
                          .map(([k, v]) => `${k} = ${typeof v === "boolean" ? (v ? "yes" : "no") : v}`)
                          .join("\n"),
                    )
                    .join("\n"),
                ),
              },
            },
          },
        }),
      };
      run(
        [
          ...base,
          iniM,
          {
            networking: { hostName: "nas" },
            services: {
              samba: {
                settings: { global: { workgroup: "HOME" }, media: { path: "/srv/media", "read only": true } },
              },
            },
          },
          {
            services: {
              samba: { settings: { media: { "guest ok": false }, global: { "max log size": 50 } } },
            },
          },
        ],
        (c) => c.environment.etc["samba/smb.conf"].text,
      );
    },
  },
  {
    name: "x07",
    nix: { kernelModules: ["kvm-intel", "wireguard"], kernelParams: ["quiet"] },
    run: ({ run }) => {
      const kM = {
        options: {
          boot: {
            kernelModules: mkOption({ type: types.listOf(types.str), default: [] }),
            kernelParams: mkOption({ type: types.listOf(types.str), default: [] }),
          },
        },
        config: { boot: { kernelModules: mkOptionDefault(["loop", "atkbd"]) } },
      };
      run(
        [
          ...base,
          kM,
          { boot: { kernelModules: ["kvm-intel"], kernelParams: mkOptionDefault(["quiet"]) } },
          { boot: { kernelModules: mkAfter(["wireguard"]) } },
        ],
        (c) => c.boot,
      );
    },
  },
  {
    name: "x08",
    nix: [
      ["services.foo.port is not set explicitly (prio 1000)", "replicas set in 1 file(s)"],
      ["replicas set in 1 file(s)"],
    ],
    run: ({ console }) => {
      const pM = {
        options: { services: { foo: { replicas: mkOption({ type: types.int, default: 1 }) } } },
        config: ({ options }: any) => ({
          warnings: [
            ...(options.services.foo.port.highestPrio >= 1000
              ? [`services.foo.port is not set explicitly (prio ${options.services.foo.port.highestPrio})`]
              : []),
            ...(options.services.foo.replicas.isDefined
              ? [`replicas set in ${options.services.foo.replicas.files.length} file(s)`]
              : []),
          ],
        }),
      };
      const ev = (ms: any[]) => evalModules({ modules: [...base, fooM, pM, ...ms] as any }).config.warnings;
      try {
        console.log(
          canonicalJson([
            ev([{ services: { foo: { port: mkDefault(1) } } }]),
            ev([{ services: { foo: { port: 2, replicas: 3 } } }]),
          ]),
        );
      } catch (e) {
        console.log("ERROR: " + (e as Error).message.split("\n")[0]);
      }
    },
  },
  {
    name: "x09",
    nix: {
      AmbientCapabilities: ["CAP_NET_BIND_SERVICE"],
      ExecStart: "/bin/foo --listen 0.0.0.0:80",
      PrivateNetwork: false,
      Restart: "on-abnormal",
      Type: "simple",
      User: "foo",
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            config: ({ config }: any) => ({
              systemd: {
                services: {
                  foo: {
                    serviceConfig: mkMerge([
                      mkIf(config.services.foo.openFirewall, { PrivateNetwork: false }),
                      { Restart: mkForce("on-abnormal") },
                      mkIf(config.services.foo.port < 1024, {
                        AmbientCapabilities: ["CAP_NET_BIND_SERVICE"],
                      }),
                    ]),
                  },
                },
              },
            }),
          },
          { services: { foo: { enable: true, port: 80, openFirewall: true } } },
        ],
        (c) => c.systemd.services.foo.serviceConfig,
      );
    },
  },
  {
    name: "x10",
    nix: "10.0.0.5 nas nas.lan\n127.0.0.1 pi-local localhost\n127.0.0.2 pi pi.lan",
    run: ({ run }) => {
      const hosts = {
        options: {
          networking: { hosts: mkOption({ type: types.attrsOf(types.listOf(types.str)), default: {} }) },
        },
        config: ({ config }: any) => ({
          networking: {
            hosts: {
              "127.0.0.1": ["localhost"],
              "127.0.0.2": lazy(() => [
                config.networking.hostName,
                ...(config.networking.domain !== null ? [config.networking.fqdn] : []),
              ]),
            },
          },
          environment: {
            etc: {
              hosts: {
                text: lazy(() =>
                  Object.entries(config.networking.hosts)
                    .map(([ip, names]: any) => `${ip} ${names.join(" ")}`)
                    .join("\n"),
                ),
              },
            },
          },
        }),
      };
      run(
        [
          ...base,
          hosts,
          {
            networking: {
              hostName: "pi",
              domain: "lan",
              hosts: { "10.0.0.5": ["nas", "nas.lan"], "127.0.0.1": ["pi-local"] },
            },
          },
        ],
        (c) => c.environment.etc.hosts.text,
      );
    },
  },
  {
    name: "x11",
    nix: { alice: [["users-all"], "users"], foo: [[], "foo"] },
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            users: {
              users: Object.fromEntries(
                Object.entries({ alice: { isNormalUser: true }, foo: { isNormalUser: false } } as any)
                  .filter(([n]) => n !== "root")
                  .map(([n, u]: any) => [n, { extraGroups: mkIf(u.isNormalUser, ["users-all"]) }]),
              ),
            },
          },
          { services: { foo: { enable: true } }, users: { users: { alice: { isNormalUser: true } } } },
        ],
        (c) =>
          Object.fromEntries(
            Object.entries(c.users.users).map(([n, u]: any) => [n, [u.extraGroups, u.group]]),
          ),
      );
    },
  },
  {
    name: "x12",
    nix: [
      {
        "acme-example.org": ["lego -d example.org -d www.example.org", { Group: "nginx", Type: "simple" }],
        "acme-mail.example.org": ["lego -d mail.example.org", { Group: "acme", Type: "simple" }],
      },
      ["acme", "nginx"],
    ],
    run: ({ run }) => {
      const acmeM = {
        options: {
          security: {
            acme: {
              certs: mkOption({
                default: {},
                type: types.attrsOf(
                  types.submodule(({ name }: any) => ({
                    options: {
                      domain: mkOption({ type: types.str, default: name }),
                      extraDomainNames: mkOption({ type: types.listOf(types.str), default: [] }),
                      group: mkOption({ type: types.str, default: "acme" }),
                    },
                  })),
                ),
              }),
            },
          },
        },
        config: ({ config }: any) => ({
          systemd: {
            services: Object.fromEntries(
              Object.entries(config.security.acme.certs).map(([n, c]: any) => [
                `acme-${n}`,
                {
                  script: `lego -d ${[c.domain, ...c.extraDomainNames].join(" -d ")}`,
                  serviceConfig: { Group: c.group },
                },
              ]),
            ),
          },
          users: {
            groups: Object.fromEntries(
              Object.values(config.security.acme.certs).map((c: any) => [c.group, {}]),
            ),
          },
        }),
      };
      const vhostM = {
        options: {
          services: { site: { enable: mkEnableOption("site"), domain: mkOption({ type: types.str }) } },
        },
        config: ({ config }: any) =>
          mkIf(config.services.site.enable, {
            security: {
              acme: {
                certs: {
                  [config.services.site.domain]: {
                    extraDomainNames: [`www.${config.services.site.domain}`],
                    group: "nginx",
                  },
                },
              },
            },
          }),
      };
      run(
        [
          ...base,
          acmeM,
          vhostM,
          {
            services: { site: { enable: true, domain: "example.org" } },
            security: { acme: { certs: { "mail.example.org": {} } } },
          },
        ],
        (c) => [
          Object.fromEntries(
            Object.entries(c.systemd.services).map(([n, s]: any) => [n, [s.script, s.serviceConfig]]),
          ),
          Object.keys(c.users.groups),
        ],
      );
    },
  },
  {
    name: "x13",
    nix: [
      { cache: true, listen: "0.0.0.0:9000", tuned: "yes", workers: 16 },
      '{"cache":true,"listen":"0.0.0.0:9000","tuned":"yes","workers":16}',
    ],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            config: ({ config }: any) =>
              mkIf(config.services.foo.enable, {
                services: { foo: { settings: { workers: mkDefault(2), cache: true } } },
              }),
          },
          {
            config: ({ config }: any) => ({
              services: {
                foo: { settings: mkIf(config.services.foo.port === 9000, { tuned: "yes", workers: 16 }) },
              },
            }),
          },
          { services: { foo: { enable: true, port: 9000 } } },
        ],
        (c) => [c.services.foo.settings, c.environment.etc["foo/config.json"].text],
      );
    },
  },
  {
    name: "x14",
    nix: [true, [8080]],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            config: ({ config }: any) =>
              mkIf(config.services.foo.enable, { services: { foo: { openFirewall: mkDefault(true) } } }),
          },
          { services: { foo: { enable: true } } },
        ],
        (c) => [c.services.foo.openFirewall, c.networking.firewall.allowedTCPPorts],
      );
    },
  },
  {
    name: "y01",
    nix: {
      after: [],
      description: "replaced",
      enable: true,
      environment: {},
      path: [],
      script: "",
      serviceConfig: { ExecStart: "/bin/true", Type: "simple" },
      wantedBy: [],
      wants: [],
    },
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            services: { foo: { enable: true } },
            systemd: {
              services: {
                foo: mkForce({ description: "replaced", serviceConfig: { ExecStart: "/bin/true" } }),
              },
            },
          },
          { systemd: { services: { foo: { after: ["x.target"] } } } },
        ],
        (c) => c.systemd.services.foo,
      );
    },
  },
  {
    name: "y02",
    nix: { ExecStart: "/bin/custom", Type: "simple" },
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            services: { foo: { enable: true } },
            systemd: { services: { foo: { serviceConfig: mkForce({ ExecStart: "/bin/custom" }) } } },
          },
        ],
        (c) => c.systemd.services.foo.serviceConfig,
      );
    },
  },
  {
    name: "y03",
    nix: [{ listen: "0.0.0.0:7000", workers: 1 }, "/bin/foo --listen 0.0.0.0:7000"],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          { services: { foo: { enable: true, port: 7000, settings: mkForce({ workers: 1 }) } } },
          { services: { foo: { settings: { log: "x" } } } },
        ],
        (c) => [c.services.foo.settings, c.systemd.services.foo.serviceConfig.ExecStart],
      );
    },
  },
  {
    name: "y04",
    nix: { description: "user al", group: "users", home: "/data/alice", name: "al" },
    run: ({ run }) => {
      run(
        [
          ...base,
          {
            users: {
              users: {
                alice: ({ config, name }: any) => ({
                  isNormalUser: true,
                  home: `/data/${name}`,
                  description: lazy(() => `user ${config.name}`),
                }),
              },
            },
          },
          { users: { users: { alice: { name: "al" } } } },
        ],
        (c) => {
          const u = c.users.users.alice;
          return { home: u.home, description: u.description, name: u.name, group: u.group };
        },
      );
    },
  },
  {
    name: "y05",
    nix: ["adm", "wheel", "direct"],
    run: ({ run }) => {
      const aliasM = {
        options: { users: { rootGroups: mkOption({ type: types.listOf(types.str), default: [] }) } },
        config: ({ options }: any) => ({
          users: { users: { root: { extraGroups: mkAliasDefinitions(options.users.rootGroups) } } },
        }),
      };
      run(
        [
          ...base,
          aliasM,
          { users: { rootGroups: ["wheel"] } },
          { users: { rootGroups: mkBefore(["adm"]), users: { root: { extraGroups: ["direct"] } } } },
        ],
        (c) => c.users.users.root.extraGroups,
      );
    },
  },
  {
    name: "y06",
    nix: [["myfoo"], "foo --port any"],
    run: ({ run }) => {
      const myFoo = {
        options: {
          services: {
            foo: { enable: mkEnableOption("my foo"), port: mkOption({ type: types.str, default: "auto" }) },
          },
        },
        config: ({ config }: any) =>
          mkIf(config.services.foo.enable, {
            systemd: { services: { myfoo: { script: `foo --port ${config.services.foo.port}` } } },
          }),
      };
      const fooFile = { key: "services/foo.nix", imports: [fooM] };
      run(
        [
          ...base,
          fooFile,
          { disabledModules: [fooFile], imports: [myFoo], services: { foo: { enable: true, port: "any" } } },
        ],
        (c) => [Object.keys(c.systemd.services), c.systemd.services.myfoo.script],
      );
    },
  },
  {
    name: "y07",
    nix: [
      { CONFIG_SOURCE: "/store/etc-foo-config.json-2", FOO_CONFIG: "/etc/foo/config.json" },
      "/store/etc-foo-config.json-2",
    ],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            config: ({ config }: any) => ({
              systemd: {
                services: {
                  foo: { environment: { CONFIG_SOURCE: config.environment.etc["foo/config.json"].source } },
                },
              },
            }),
          },
          { services: { foo: { enable: true, settings: { a: 1 } } } },
          { environment: { etc: { "foo/config.json": { text: mkForce("{}") } } } },
        ],
        (c) => [c.systemd.services.foo.environment, c.environment.etc["foo/config.json"].source],
      );
    },
  },
  {
    name: "y08",
    nix: [{ data_directory: "/srv/db", max_connections: 200, port: 5433 }, "/bin/db -D /srv/db -p 5433"],
    run: ({ run }) => {
      const svcM = {
        options: {
          services: {
            db: {
              enable: mkEnableOption("db"),
              dataDir: mkOption({ type: types.str, default: "/var/lib/db" }),
              settings: mkOption({
                default: {},
                type: types.submodule({ freeformType: types.attrsOf(types.oneOf([types.str, types.int])) }),
              }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services.db;
          return mkIf(cfg.enable, {
            services: {
              db: {
                settings: {
                  data_directory: mkDefault(cfg.dataDir),
                  port: mkDefault(5432),
                  max_connections: mkOptionDefault(100),
                },
              },
            },
            systemd: {
              services: {
                db: {
                  serviceConfig: {
                    ExecStart: lazy(
                      () => `/bin/db -D ${cfg.settings.data_directory} -p ${cfg.settings.port}`,
                    ),
                  },
                },
              },
            },
          });
        },
      };
      run(
        [
          ...base,
          svcM,
          {
            services: {
              db: {
                enable: true,
                dataDir: "/srv/db",
                settings: { port: 5433, max_connections: mkDefault(200) },
              },
            },
          },
        ],
        (c) => [c.services.db.settings, c.systemd.services.db.serviceConfig.ExecStart],
      );
    },
  },
  {
    name: "y09",
    nix: [8081, 1],
    run: ({ run }) => {
      const pM = ({ options }: any) => ({
        options: {
          services: {
            foo: {
              adminPort: mkOption({
                type: types.port,
                default: lazy(() => options.services.foo.port.default + 1),
              }),
            },
          },
        },
      });
      run([...base, fooM, pM, { services: { foo: { port: 1 } } }], (c) => [
        c.services.foo.adminPort,
        c.services.foo.port,
      ]);
    },
  },
  {
    name: "y10",
    nix: { extraGroups: ["audio"], home: "/var/empty", isNormalUser: false, shell: "/bin/fish", uid: null },
    run: ({ run }) => {
      run(
        [
          ...base,
          {
            users: { users: { alice: mkDefault({ isNormalUser: true, extraGroups: ["wheel"], uid: 1000 }) } },
          },
          { users: { users: { alice: { extraGroups: ["audio"], shell: "/bin/fish" } } } },
        ],
        (c) => {
          const u = c.users.users.alice;
          return {
            isNormalUser: u.isNormalUser,
            extraGroups: u.extraGroups,
            uid: u.uid,
            shell: u.shell,
            home: u.home,
          };
        },
      );
    },
  },
  {
    name: "y11",
    nix: ["only"],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          { services: { foo: { enable: true } }, environment: { etc: mkForce({ only: { text: "x" } }) } },
          { environment: { etc: { other: { text: "y" } } } },
        ],
        (c) => Object.keys(c.environment.etc),
      );
    },
  },
  {
    name: "y12",
    nix: { root: { description: "root runs foo", extraGroups: ["keys"], group: "root", isSystemUser: true } },
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            config: ({ config }: any) => ({
              users: {
                users: mkMerge([
                  { [config.services.foo.user]: { extraGroups: ["keys"] } },
                  { root: mkIf(config.services.foo.user === "root", { description: "root runs foo" }) },
                ]),
              },
            }),
          },
          { services: { foo: { enable: true, user: "root" } } },
        ],
        (c) =>
          Object.fromEntries(
            Object.entries(c.users.users).map(([n, u]: any) => [
              n,
              {
                extraGroups: u.extraGroups,
                group: u.group,
                isSystemUser: u.isSystemUser,
                description: u.description,
              },
            ]),
          ),
      );
    },
  },
  {
    name: "y13",
    nix: ["a", "b", "listen"],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            config: ({ config }: any) => ({
              systemd: {
                services: Object.fromEntries(
                  Object.keys(config.services.foo.settings).map((n) => [
                    n,
                    { serviceConfig: { ProtectHome: mkDefault(true) } },
                  ]),
                ),
              },
            }),
          },
          { services: { foo: { settings: { a: 1, b: 2 } } } },
        ],
        (c) => Object.keys(c.systemd.services),
      );
    },
  },
  {
    name: "y15",
    nix: [
      ["foo", "db"],
      [5432, 81],
      ["db", "foo"],
    ],
    run: ({ run }) => {
      const stM = {
        options: {
          services: {
            stack: {
              enable: mkEnableOption("stack"),
              components: mkOption({ type: types.listOf(types.enum(["foo", "db"])), default: ["foo"] }),
            },
          },
        },
        config: ({ config }: any) =>
          mkIf(
            config.services.stack.enable,
            mkMerge([
              mkIf(config.services.stack.components.includes("foo"), {
                services: { foo: { enable: true, openFirewall: true } },
              }),
              mkIf(config.services.stack.components.includes("db"), {
                systemd: { services: { db: { after: ["foo.service"] } } },
                networking: { firewall: { allowedTCPPorts: mkBefore([5432]) } },
              }),
            ]),
          ),
      };
      run(
        [
          ...base,
          fooM,
          stM,
          { services: { stack: { enable: true, components: ["db"] } } },
          { services: { stack: { components: ["foo"] }, foo: { port: 81 } } },
        ],
        (c) => [
          c.services.stack.components,
          c.networking.firewall.allowedTCPPorts,
          Object.keys(c.systemd.services),
        ],
      );
    },
  },
  {
    name: "y16",
    nix: [1],
    run: ({ run }) => {
      run(
        [
          ...base,
          fooM,
          {
            config: ({ config }: any) => ({
              networking: {
                firewall: {
                  allowedTCPPorts: mkIf(config.services.foo.enable, mkForce([config.services.foo.port])),
                },
              },
            }),
          },
          {
            services: { foo: { enable: true, openFirewall: true, port: 1 } },
            networking: { firewall: { allowedTCPPorts: [22] } },
          },
        ],
        (c) => c.networking.firewall.allowedTCPPorts,
      );
    },
  },
  {
    name: "z01",
    nix: [
      ["alice", "app", "db"],
      {
        app: { gid: null, members: ["app"], name: "app" },
        db: { gid: null, members: ["db"], name: "db" },
        users: { gid: null, members: ["alice"], name: "users" },
      },
      "extra;app",
      ["alice needs a uid", "ports: 5432,8000"],
      [5432, 8000],
    ],
    run: ({ run }) => {
      // order: stack app db groups assert host
      run(
        [
          ...base,
          {
            options: { services: { stack: { enable: mkEnableOption("stack") } } },
            config: ({ config }: any) =>
              mkIf(config.services.stack.enable, { services: { app: { enable: true } } }),
          },
          {
            options: { services: { app: { enable: mkEnableOption("app") } } },
            config: ({ config }: any) =>
              mkIf(config.services.app.enable, {
                services: { db: { enable: true, databases: ["app"] } },
                users: { users: { app: { isSystemUser: true, group: "app" } } },
                networking: { firewall: { allowedTCPPorts: [8000] } },
              }),
          },
          {
            options: {
              services: {
                db: {
                  enable: mkEnableOption("db"),
                  databases: mkOption({ type: types.listOf(types.str), default: [] }),
                },
              },
            },
            config: ({ config }: any) =>
              mkIf(config.services.db.enable, {
                users: { users: { db: { isSystemUser: true, group: "db" } } },
                systemd: { services: { db: { script: lazy(() => config.services.db.databases.join(";")) } } },
                networking: { firewall: { allowedTCPPorts: [5432] } },
              }),
          },
          {
            config: ({ config }: any) => ({
              users: {
                groups: Object.fromEntries(
                  Object.entries(config.users.users)
                    .filter(([, u]: any) => u.group !== "")
                    .map(([n, u]: any) => [u.group, { members: [n] }]),
                ),
              },
            }),
          },
          {
            config: ({ config }: any) => ({
              assertions: [
                ...Object.entries(config.users.users).map(([n, u]: any) => ({
                  assertion: u.uid !== null || !u.isNormalUser,
                  message: `${n} needs a uid`,
                })),
                {
                  assertion: config.networking.firewall.allowedTCPPorts.length < 2,
                  message: `ports: ${config.networking.firewall.allowedTCPPorts.join(",")}`,
                },
              ],
            }),
          },
          {
            services: { stack: { enable: true }, db: { databases: ["extra"] } },
            users: { users: { alice: { isNormalUser: true } } },
          },
        ],
        (c) => [
          Object.keys(c.users.users),
          c.users.groups,
          c.systemd.services.db.script,
          failedMessages(c),
          c.networking.firewall.allowedTCPPorts,
        ],
      );
    },
  },
  {
    name: "z02",
    nix: [
      ["alice", "app", "db"],
      {
        app: { gid: null, members: ["app"], name: "app" },
        db: { gid: null, members: ["db"], name: "db" },
        users: { gid: null, members: ["alice"], name: "users" },
      },
      "app;extra",
      ["alice needs a uid", "ports: 8000,5432"],
      [8000, 5432],
    ],
    run: ({ run }) => {
      // order: host assert groups db app stack
      run(
        [
          ...base,
          {
            services: { stack: { enable: true }, db: { databases: ["extra"] } },
            users: { users: { alice: { isNormalUser: true } } },
          },
          {
            config: ({ config }: any) => ({
              assertions: [
                ...Object.entries(config.users.users).map(([n, u]: any) => ({
                  assertion: u.uid !== null || !u.isNormalUser,
                  message: `${n} needs a uid`,
                })),
                {
                  assertion: config.networking.firewall.allowedTCPPorts.length < 2,
                  message: `ports: ${config.networking.firewall.allowedTCPPorts.join(",")}`,
                },
              ],
            }),
          },
          {
            config: ({ config }: any) => ({
              users: {
                groups: Object.fromEntries(
                  Object.entries(config.users.users)
                    .filter(([, u]: any) => u.group !== "")
                    .map(([n, u]: any) => [u.group, { members: [n] }]),
                ),
              },
            }),
          },
          {
            options: {
              services: {
                db: {
                  enable: mkEnableOption("db"),
                  databases: mkOption({ type: types.listOf(types.str), default: [] }),
                },
              },
            },
            config: ({ config }: any) =>
              mkIf(config.services.db.enable, {
                users: { users: { db: { isSystemUser: true, group: "db" } } },
                systemd: { services: { db: { script: lazy(() => config.services.db.databases.join(";")) } } },
                networking: { firewall: { allowedTCPPorts: [5432] } },
              }),
          },
          {
            options: { services: { app: { enable: mkEnableOption("app") } } },
            config: ({ config }: any) =>
              mkIf(config.services.app.enable, {
                services: { db: { enable: true, databases: ["app"] } },
                users: { users: { app: { isSystemUser: true, group: "app" } } },
                networking: { firewall: { allowedTCPPorts: [8000] } },
              }),
          },
          {
            options: { services: { stack: { enable: mkEnableOption("stack") } } },
            config: ({ config }: any) =>
              mkIf(config.services.stack.enable, { services: { app: { enable: true } } }),
          },
        ],
        (c) => [
          Object.keys(c.users.users),
          c.users.groups,
          c.systemd.services.db.script,
          failedMessages(c),
          c.networking.firewall.allowedTCPPorts,
        ],
      );
    },
  },
  {
    name: "z03",
    nix: [
      ["alice", "app", "db"],
      {
        app: { gid: null, members: ["app"], name: "app" },
        db: { gid: null, members: ["db"], name: "db" },
        users: { gid: null, members: ["alice"], name: "users" },
      },
      "app;extra",
      ["alice needs a uid", "ports: 8000,5432"],
      [8000, 5432],
    ],
    run: ({ run }) => {
      // order: groups assert host db app stack
      run(
        [
          ...base,
          {
            config: ({ config }: any) => ({
              users: {
                groups: Object.fromEntries(
                  Object.entries(config.users.users)
                    .filter(([, u]: any) => u.group !== "")
                    .map(([n, u]: any) => [u.group, { members: [n] }]),
                ),
              },
            }),
          },
          {
            config: ({ config }: any) => ({
              assertions: [
                ...Object.entries(config.users.users).map(([n, u]: any) => ({
                  assertion: u.uid !== null || !u.isNormalUser,
                  message: `${n} needs a uid`,
                })),
                {
                  assertion: config.networking.firewall.allowedTCPPorts.length < 2,
                  message: `ports: ${config.networking.firewall.allowedTCPPorts.join(",")}`,
                },
              ],
            }),
          },
          {
            services: { stack: { enable: true }, db: { databases: ["extra"] } },
            users: { users: { alice: { isNormalUser: true } } },
          },
          {
            options: {
              services: {
                db: {
                  enable: mkEnableOption("db"),
                  databases: mkOption({ type: types.listOf(types.str), default: [] }),
                },
              },
            },
            config: ({ config }: any) =>
              mkIf(config.services.db.enable, {
                users: { users: { db: { isSystemUser: true, group: "db" } } },
                systemd: { services: { db: { script: lazy(() => config.services.db.databases.join(";")) } } },
                networking: { firewall: { allowedTCPPorts: [5432] } },
              }),
          },
          {
            options: { services: { app: { enable: mkEnableOption("app") } } },
            config: ({ config }: any) =>
              mkIf(config.services.app.enable, {
                services: { db: { enable: true, databases: ["app"] } },
                users: { users: { app: { isSystemUser: true, group: "app" } } },
                networking: { firewall: { allowedTCPPorts: [8000] } },
              }),
          },
          {
            options: { services: { stack: { enable: mkEnableOption("stack") } } },
            config: ({ config }: any) =>
              mkIf(config.services.stack.enable, { services: { app: { enable: true } } }),
          },
        ],
        (c) => [
          Object.keys(c.users.users),
          c.users.groups,
          c.systemd.services.db.script,
          failedMessages(c),
          c.networking.firewall.allowedTCPPorts,
        ],
      );
    },
  },
  {
    name: "z04",
    nix: [
      ["alice", "app", "db"],
      {
        app: { gid: null, members: ["app"], name: "app" },
        db: { gid: null, members: ["db"], name: "db" },
        users: { gid: null, members: ["alice"], name: "users" },
      },
      "app;extra",
      ["alice needs a uid", "ports: 5432,8000"],
      [5432, 8000],
    ],
    run: ({ run }) => {
      // order: host stack groups app assert db
      run(
        [
          ...base,
          {
            services: { stack: { enable: true }, db: { databases: ["extra"] } },
            users: { users: { alice: { isNormalUser: true } } },
          },
          {
            options: { services: { stack: { enable: mkEnableOption("stack") } } },
            config: ({ config }: any) =>
              mkIf(config.services.stack.enable, { services: { app: { enable: true } } }),
          },
          {
            config: ({ config }: any) => ({
              users: {
                groups: Object.fromEntries(
                  Object.entries(config.users.users)
                    .filter(([, u]: any) => u.group !== "")
                    .map(([n, u]: any) => [u.group, { members: [n] }]),
                ),
              },
            }),
          },
          {
            options: { services: { app: { enable: mkEnableOption("app") } } },
            config: ({ config }: any) =>
              mkIf(config.services.app.enable, {
                services: { db: { enable: true, databases: ["app"] } },
                users: { users: { app: { isSystemUser: true, group: "app" } } },
                networking: { firewall: { allowedTCPPorts: [8000] } },
              }),
          },
          {
            config: ({ config }: any) => ({
              assertions: [
                ...Object.entries(config.users.users).map(([n, u]: any) => ({
                  assertion: u.uid !== null || !u.isNormalUser,
                  message: `${n} needs a uid`,
                })),
                {
                  assertion: config.networking.firewall.allowedTCPPorts.length < 2,
                  message: `ports: ${config.networking.firewall.allowedTCPPorts.join(",")}`,
                },
              ],
            }),
          },
          {
            options: {
              services: {
                db: {
                  enable: mkEnableOption("db"),
                  databases: mkOption({ type: types.listOf(types.str), default: [] }),
                },
              },
            },
            config: ({ config }: any) =>
              mkIf(config.services.db.enable, {
                users: { users: { db: { isSystemUser: true, group: "db" } } },
                systemd: { services: { db: { script: lazy(() => config.services.db.databases.join(";")) } } },
                networking: { firewall: { allowedTCPPorts: [5432] } },
              }),
          },
        ],
        (c) => [
          Object.keys(c.users.users),
          c.users.groups,
          c.systemd.services.db.script,
          failedMessages(c),
          c.networking.firewall.allowedTCPPorts,
        ],
      );
    },
  },
  {
    name: "z05",
    nix: [
      ["alice", "app", "db"],
      {
        app: { gid: null, members: ["app"], name: "app" },
        db: { gid: null, members: ["db"], name: "db" },
        users: { gid: null, members: ["alice"], name: "users" },
      },
      "extra;app",
      ["alice needs a uid", "ports: 5432,8000"],
      [5432, 8000],
    ],
    run: ({ run }) => {
      // order: app stack groups host db assert
      run(
        [
          ...base,
          {
            options: { services: { app: { enable: mkEnableOption("app") } } },
            config: ({ config }: any) =>
              mkIf(config.services.app.enable, {
                services: { db: { enable: true, databases: ["app"] } },
                users: { users: { app: { isSystemUser: true, group: "app" } } },
                networking: { firewall: { allowedTCPPorts: [8000] } },
              }),
          },
          {
            options: { services: { stack: { enable: mkEnableOption("stack") } } },
            config: ({ config }: any) =>
              mkIf(config.services.stack.enable, { services: { app: { enable: true } } }),
          },
          {
            config: ({ config }: any) => ({
              users: {
                groups: Object.fromEntries(
                  Object.entries(config.users.users)
                    .filter(([, u]: any) => u.group !== "")
                    .map(([n, u]: any) => [u.group, { members: [n] }]),
                ),
              },
            }),
          },
          {
            services: { stack: { enable: true }, db: { databases: ["extra"] } },
            users: { users: { alice: { isNormalUser: true } } },
          },
          {
            options: {
              services: {
                db: {
                  enable: mkEnableOption("db"),
                  databases: mkOption({ type: types.listOf(types.str), default: [] }),
                },
              },
            },
            config: ({ config }: any) =>
              mkIf(config.services.db.enable, {
                users: { users: { db: { isSystemUser: true, group: "db" } } },
                systemd: { services: { db: { script: lazy(() => config.services.db.databases.join(";")) } } },
                networking: { firewall: { allowedTCPPorts: [5432] } },
              }),
          },
          {
            config: ({ config }: any) => ({
              assertions: [
                ...Object.entries(config.users.users).map(([n, u]: any) => ({
                  assertion: u.uid !== null || !u.isNormalUser,
                  message: `${n} needs a uid`,
                })),
                {
                  assertion: config.networking.firewall.allowedTCPPorts.length < 2,
                  message: `ports: ${config.networking.firewall.allowedTCPPorts.join(",")}`,
                },
              ],
            }),
          },
        ],
        (c) => [
          Object.keys(c.users.users),
          c.users.groups,
          c.systemd.services.db.script,
          failedMessages(c),
          c.networking.firewall.allowedTCPPorts,
        ],
      );
    },
  },
  {
    name: "z06",
    nix: [
      ["alice", "app", "db"],
      {
        app: { gid: null, members: ["app"], name: "app" },
        db: { gid: null, members: ["db"], name: "db" },
        users: { gid: null, members: ["alice"], name: "users" },
      },
      "app;extra",
      ["alice needs a uid", "ports: 8000,5432"],
      [8000, 5432],
    ],
    run: ({ run }) => {
      // order: assert db host stack app groups
      run(
        [
          ...base,
          {
            config: ({ config }: any) => ({
              assertions: [
                ...Object.entries(config.users.users).map(([n, u]: any) => ({
                  assertion: u.uid !== null || !u.isNormalUser,
                  message: `${n} needs a uid`,
                })),
                {
                  assertion: config.networking.firewall.allowedTCPPorts.length < 2,
                  message: `ports: ${config.networking.firewall.allowedTCPPorts.join(",")}`,
                },
              ],
            }),
          },
          {
            options: {
              services: {
                db: {
                  enable: mkEnableOption("db"),
                  databases: mkOption({ type: types.listOf(types.str), default: [] }),
                },
              },
            },
            config: ({ config }: any) =>
              mkIf(config.services.db.enable, {
                users: { users: { db: { isSystemUser: true, group: "db" } } },
                systemd: { services: { db: { script: lazy(() => config.services.db.databases.join(";")) } } },
                networking: { firewall: { allowedTCPPorts: [5432] } },
              }),
          },
          {
            services: { stack: { enable: true }, db: { databases: ["extra"] } },
            users: { users: { alice: { isNormalUser: true } } },
          },
          {
            options: { services: { stack: { enable: mkEnableOption("stack") } } },
            config: ({ config }: any) =>
              mkIf(config.services.stack.enable, { services: { app: { enable: true } } }),
          },
          {
            options: { services: { app: { enable: mkEnableOption("app") } } },
            config: ({ config }: any) =>
              mkIf(config.services.app.enable, {
                services: { db: { enable: true, databases: ["app"] } },
                users: { users: { app: { isSystemUser: true, group: "app" } } },
                networking: { firewall: { allowedTCPPorts: [8000] } },
              }),
          },
          {
            config: ({ config }: any) => ({
              users: {
                groups: Object.fromEntries(
                  Object.entries(config.users.users)
                    .filter(([, u]: any) => u.group !== "")
                    .map(([n, u]: any) => [u.group, { members: [n] }]),
                ),
              },
            }),
          },
        ],
        (c) => [
          Object.keys(c.users.users),
          c.users.groups,
          c.systemd.services.db.script,
          failedMessages(c),
          c.networking.firewall.allowedTCPPorts,
        ],
      );
    },
  },
  {
    name: "z07",
    nix: [
      ["alice", "app", "db"],
      {
        app: { gid: null, members: ["app"], name: "app" },
        db: { gid: null, members: ["db"], name: "db" },
        users: { gid: null, members: ["alice"], name: "users" },
      },
      "app;extra",
      ["alice needs a uid", "ports: 5432,8000"],
      [5432, 8000],
    ],
    run: ({ run }) => {
      // order: host stack assert app groups db
      run(
        [
          ...base,
          {
            services: { stack: { enable: true }, db: { databases: ["extra"] } },
            users: { users: { alice: { isNormalUser: true } } },
          },
          {
            options: { services: { stack: { enable: mkEnableOption("stack") } } },
            config: ({ config }: any) =>
              mkIf(config.services.stack.enable, { services: { app: { enable: true } } }),
          },
          {
            config: ({ config }: any) => ({
              assertions: [
                ...Object.entries(config.users.users).map(([n, u]: any) => ({
                  assertion: u.uid !== null || !u.isNormalUser,
                  message: `${n} needs a uid`,
                })),
                {
                  assertion: config.networking.firewall.allowedTCPPorts.length < 2,
                  message: `ports: ${config.networking.firewall.allowedTCPPorts.join(",")}`,
                },
              ],
            }),
          },
          {
            options: { services: { app: { enable: mkEnableOption("app") } } },
            config: ({ config }: any) =>
              mkIf(config.services.app.enable, {
                services: { db: { enable: true, databases: ["app"] } },
                users: { users: { app: { isSystemUser: true, group: "app" } } },
                networking: { firewall: { allowedTCPPorts: [8000] } },
              }),
          },
          {
            config: ({ config }: any) => ({
              users: {
                groups: Object.fromEntries(
                  Object.entries(config.users.users)
                    .filter(([, u]: any) => u.group !== "")
                    .map(([n, u]: any) => [u.group, { members: [n] }]),
                ),
              },
            }),
          },
          {
            options: {
              services: {
                db: {
                  enable: mkEnableOption("db"),
                  databases: mkOption({ type: types.listOf(types.str), default: [] }),
                },
              },
            },
            config: ({ config }: any) =>
              mkIf(config.services.db.enable, {
                users: { users: { db: { isSystemUser: true, group: "db" } } },
                systemd: { services: { db: { script: lazy(() => config.services.db.databases.join(";")) } } },
                networking: { firewall: { allowedTCPPorts: [5432] } },
              }),
          },
        ],
        (c) => [
          Object.keys(c.users.users),
          c.users.groups,
          c.systemd.services.db.script,
          failedMessages(c),
          c.networking.firewall.allowedTCPPorts,
        ],
      );
    },
  },
  {
    name: "z08",
    nix: [
      ["alice", "app", "db"],
      {
        app: { gid: null, members: ["app"], name: "app" },
        db: { gid: null, members: ["db"], name: "db" },
        users: { gid: null, members: ["alice"], name: "users" },
      },
      "app;extra",
      ["alice needs a uid", "ports: 8000,5432"],
      [8000, 5432],
    ],
    run: ({ run }) => {
      // order: host groups db stack app assert
      run(
        [
          ...base,
          {
            services: { stack: { enable: true }, db: { databases: ["extra"] } },
            users: { users: { alice: { isNormalUser: true } } },
          },
          {
            config: ({ config }: any) => ({
              users: {
                groups: Object.fromEntries(
                  Object.entries(config.users.users)
                    .filter(([, u]: any) => u.group !== "")
                    .map(([n, u]: any) => [u.group, { members: [n] }]),
                ),
              },
            }),
          },
          {
            options: {
              services: {
                db: {
                  enable: mkEnableOption("db"),
                  databases: mkOption({ type: types.listOf(types.str), default: [] }),
                },
              },
            },
            config: ({ config }: any) =>
              mkIf(config.services.db.enable, {
                users: { users: { db: { isSystemUser: true, group: "db" } } },
                systemd: { services: { db: { script: lazy(() => config.services.db.databases.join(";")) } } },
                networking: { firewall: { allowedTCPPorts: [5432] } },
              }),
          },
          {
            options: { services: { stack: { enable: mkEnableOption("stack") } } },
            config: ({ config }: any) =>
              mkIf(config.services.stack.enable, { services: { app: { enable: true } } }),
          },
          {
            options: { services: { app: { enable: mkEnableOption("app") } } },
            config: ({ config }: any) =>
              mkIf(config.services.app.enable, {
                services: { db: { enable: true, databases: ["app"] } },
                users: { users: { app: { isSystemUser: true, group: "app" } } },
                networking: { firewall: { allowedTCPPorts: [8000] } },
              }),
          },
          {
            config: ({ config }: any) => ({
              assertions: [
                ...Object.entries(config.users.users).map(([n, u]: any) => ({
                  assertion: u.uid !== null || !u.isNormalUser,
                  message: `${n} needs a uid`,
                })),
                {
                  assertion: config.networking.firewall.allowedTCPPorts.length < 2,
                  message: `ports: ${config.networking.firewall.allowedTCPPorts.join(",")}`,
                },
              ],
            }),
          },
        ],
        (c) => [
          Object.keys(c.users.users),
          c.users.groups,
          c.systemd.services.db.script,
          failedMessages(c),
          c.networking.firewall.allowedTCPPorts,
        ],
      );
    },
  },
  {
    name: "z09",
    nix: [
      ["alice", "app", "db"],
      {
        app: { gid: null, members: ["app"], name: "app" },
        db: { gid: null, members: ["db"], name: "db" },
        users: { gid: null, members: ["alice"], name: "users" },
      },
      "extra;app",
      ["alice needs a uid", "ports: 5432,8000"],
      [5432, 8000],
    ],
    run: ({ run }) => {
      // order: stack app db groups assert host
      run(
        [
          ...base,
          {
            options: { services: { stack: { enable: mkEnableOption("stack") } } },
            config: ({ config }: any) =>
              mkIf(config.services.stack.enable, { services: { app: { enable: true } } }),
          },
          {
            options: { services: { app: { enable: mkEnableOption("app") } } },
            config: ({ config }: any) =>
              mkIf(config.services.app.enable, {
                services: { db: { enable: true, databases: ["app"] } },
                users: { users: { app: { isSystemUser: true, group: "app" } } },
                networking: { firewall: { allowedTCPPorts: [8000] } },
              }),
          },
          {
            options: {
              services: {
                db: {
                  enable: mkEnableOption("db"),
                  databases: mkOption({ type: types.listOf(types.str), default: [] }),
                },
              },
            },
            config: ({ config }: any) =>
              mkIf(config.services.db.enable, {
                users: { users: { db: { isSystemUser: true, group: "db" } } },
                systemd: { services: { db: { script: config.services.db.databases.join(";") } } },
                networking: { firewall: { allowedTCPPorts: [5432] } },
              }),
          },
          {
            config: ({ config }: any) => ({
              users: {
                groups: Object.fromEntries(
                  Object.entries(config.users.users)
                    .filter(([, u]: any) => u.group !== "")
                    .map(([n, u]: any) => [u.group, { members: [n] }]),
                ),
              },
            }),
          },
          {
            config: ({ config }: any) => ({
              assertions: [
                ...Object.entries(config.users.users).map(([n, u]: any) => ({
                  assertion: u.uid !== null || !u.isNormalUser,
                  message: `${n} needs a uid`,
                })),
                {
                  assertion: config.networking.firewall.allowedTCPPorts.length < 2,
                  message: `ports: ${config.networking.firewall.allowedTCPPorts.join(",")}`,
                },
              ],
            }),
          },
          {
            services: { stack: { enable: true }, db: { databases: ["extra"] } },
            users: { users: { alice: { isNormalUser: true } } },
          },
        ],
        (c) => [
          Object.keys(c.users.users),
          c.users.groups,
          c.systemd.services.db.script,
          failedMessages(c),
          c.networking.firewall.allowedTCPPorts,
        ],
      );
    },
  },
  {
    name: "z10",
    nix: [
      ["alice", "app", "db"],
      {
        app: { gid: null, members: ["app"], name: "app" },
        db: { gid: null, members: ["db"], name: "db" },
        users: { gid: null, members: ["alice"], name: "users" },
      },
      "app;extra",
      ["alice needs a uid", "ports: 8000,5432"],
      [8000, 5432],
    ],
    run: ({ run }) => {
      // order: host assert groups db app stack
      run(
        [
          ...base,
          {
            services: { stack: { enable: true }, db: { databases: ["extra"] } },
            users: { users: { alice: { isNormalUser: true } } },
          },
          {
            config: ({ config }: any) => ({
              assertions: [
                ...Object.entries(config.users.users).map(([n, u]: any) => ({
                  assertion: u.uid !== null || !u.isNormalUser,
                  message: `${n} needs a uid`,
                })),
                {
                  assertion: config.networking.firewall.allowedTCPPorts.length < 2,
                  message: `ports: ${config.networking.firewall.allowedTCPPorts.join(",")}`,
                },
              ],
            }),
          },
          {
            config: ({ config }: any) => ({
              users: {
                groups: Object.fromEntries(
                  Object.entries(config.users.users)
                    .filter(([, u]: any) => u.group !== "")
                    .map(([n, u]: any) => [u.group, { members: [n] }]),
                ),
              },
            }),
          },
          {
            options: {
              services: {
                db: {
                  enable: mkEnableOption("db"),
                  databases: mkOption({ type: types.listOf(types.str), default: [] }),
                },
              },
            },
            config: ({ config }: any) =>
              mkIf(config.services.db.enable, {
                users: { users: { db: { isSystemUser: true, group: "db" } } },
                systemd: { services: { db: { script: config.services.db.databases.join(";") } } },
                networking: { firewall: { allowedTCPPorts: [5432] } },
              }),
          },
          {
            options: { services: { app: { enable: mkEnableOption("app") } } },
            config: ({ config }: any) =>
              mkIf(config.services.app.enable, {
                services: { db: { enable: true, databases: ["app"] } },
                users: { users: { app: { isSystemUser: true, group: "app" } } },
                networking: { firewall: { allowedTCPPorts: [8000] } },
              }),
          },
          {
            options: { services: { stack: { enable: mkEnableOption("stack") } } },
            config: ({ config }: any) =>
              mkIf(config.services.stack.enable, { services: { app: { enable: true } } }),
          },
        ],
        (c) => [
          Object.keys(c.users.users),
          c.users.groups,
          c.systemd.services.db.script,
          failedMessages(c),
          c.networking.firewall.allowedTCPPorts,
        ],
      );
    },
  },
  {
    name: "z11",
    nix: [
      ["alice", "app", "db"],
      {
        app: { gid: null, members: ["app"], name: "app" },
        db: { gid: null, members: ["db"], name: "db" },
        users: { gid: null, members: ["alice"], name: "users" },
      },
      "app;extra",
      ["alice needs a uid", "ports: 8000,5432"],
      [8000, 5432],
    ],
    run: ({ run }) => {
      // order: groups assert host db app stack
      run(
        [
          ...base,
          {
            config: ({ config }: any) => ({
              users: {
                groups: Object.fromEntries(
                  Object.entries(config.users.users)
                    .filter(([, u]: any) => u.group !== "")
                    .map(([n, u]: any) => [u.group, { members: [n] }]),
                ),
              },
            }),
          },
          {
            config: ({ config }: any) => ({
              assertions: [
                ...Object.entries(config.users.users).map(([n, u]: any) => ({
                  assertion: u.uid !== null || !u.isNormalUser,
                  message: `${n} needs a uid`,
                })),
                {
                  assertion: config.networking.firewall.allowedTCPPorts.length < 2,
                  message: `ports: ${config.networking.firewall.allowedTCPPorts.join(",")}`,
                },
              ],
            }),
          },
          {
            services: { stack: { enable: true }, db: { databases: ["extra"] } },
            users: { users: { alice: { isNormalUser: true } } },
          },
          {
            options: {
              services: {
                db: {
                  enable: mkEnableOption("db"),
                  databases: mkOption({ type: types.listOf(types.str), default: [] }),
                },
              },
            },
            config: ({ config }: any) =>
              mkIf(config.services.db.enable, {
                users: { users: { db: { isSystemUser: true, group: "db" } } },
                systemd: { services: { db: { script: config.services.db.databases.join(";") } } },
                networking: { firewall: { allowedTCPPorts: [5432] } },
              }),
          },
          {
            options: { services: { app: { enable: mkEnableOption("app") } } },
            config: ({ config }: any) =>
              mkIf(config.services.app.enable, {
                services: { db: { enable: true, databases: ["app"] } },
                users: { users: { app: { isSystemUser: true, group: "app" } } },
                networking: { firewall: { allowedTCPPorts: [8000] } },
              }),
          },
          {
            options: { services: { stack: { enable: mkEnableOption("stack") } } },
            config: ({ config }: any) =>
              mkIf(config.services.stack.enable, { services: { app: { enable: true } } }),
          },
        ],
        (c) => [
          Object.keys(c.users.users),
          c.users.groups,
          c.systemd.services.db.script,
          failedMessages(c),
          c.networking.firewall.allowedTCPPorts,
        ],
      );
    },
  },
  {
    name: "z12",
    nix: [
      ["alice", "app", "db"],
      {
        app: { gid: null, members: ["app"], name: "app" },
        db: { gid: null, members: ["db"], name: "db" },
        users: { gid: null, members: ["alice"], name: "users" },
      },
      "app;extra",
      ["alice needs a uid", "ports: 5432,8000"],
      [5432, 8000],
    ],
    run: ({ run }) => {
      // order: host stack groups app assert db
      run(
        [
          ...base,
          {
            services: { stack: { enable: true }, db: { databases: ["extra"] } },
            users: { users: { alice: { isNormalUser: true } } },
          },
          {
            options: { services: { stack: { enable: mkEnableOption("stack") } } },
            config: ({ config }: any) =>
              mkIf(config.services.stack.enable, { services: { app: { enable: true } } }),
          },
          {
            config: ({ config }: any) => ({
              users: {
                groups: Object.fromEntries(
                  Object.entries(config.users.users)
                    .filter(([, u]: any) => u.group !== "")
                    .map(([n, u]: any) => [u.group, { members: [n] }]),
                ),
              },
            }),
          },
          {
            options: { services: { app: { enable: mkEnableOption("app") } } },
            config: ({ config }: any) =>
              mkIf(config.services.app.enable, {
                services: { db: { enable: true, databases: ["app"] } },
                users: { users: { app: { isSystemUser: true, group: "app" } } },
                networking: { firewall: { allowedTCPPorts: [8000] } },
              }),
          },
          {
            config: ({ config }: any) => ({
              assertions: [
                ...Object.entries(config.users.users).map(([n, u]: any) => ({
                  assertion: u.uid !== null || !u.isNormalUser,
                  message: `${n} needs a uid`,
                })),
                {
                  assertion: config.networking.firewall.allowedTCPPorts.length < 2,
                  message: `ports: ${config.networking.firewall.allowedTCPPorts.join(",")}`,
                },
              ],
            }),
          },
          {
            options: {
              services: {
                db: {
                  enable: mkEnableOption("db"),
                  databases: mkOption({ type: types.listOf(types.str), default: [] }),
                },
              },
            },
            config: ({ config }: any) =>
              mkIf(config.services.db.enable, {
                users: { users: { db: { isSystemUser: true, group: "db" } } },
                systemd: { services: { db: { script: config.services.db.databases.join(";") } } },
                networking: { firewall: { allowedTCPPorts: [5432] } },
              }),
          },
        ],
        (c) => [
          Object.keys(c.users.users),
          c.users.groups,
          c.systemd.services.db.script,
          failedMessages(c),
          c.networking.firewall.allowedTCPPorts,
        ],
      );
    },
  },
];
