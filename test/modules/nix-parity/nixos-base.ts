// @ts-nocheck: modules transcribed from Nix for the comparison (see round5.ts).
/**
 * Small NixOS-shaped modules the fifth round of the comparison with Nix shares (written the same
 * way in Nix): networking with a read-only fqdn, a firewall, systemd units, users and groups,
 * /etc files (mkDerivedConfig), and a service `foo` using them. Not hearth's own host modules.
 */
import {
  assertionsModule,
  lazy,
  mkEnableOption,
  mkDefault,
  mkDerivedConfig,
  mkIf,
  mkMerge,
  mkOption,
  types,
} from "../../../src/modules/index.ts";

export const failedMessages = (c: any) =>
  c.assertions.filter((a: any) => !a.assertion).map((a: any) => a.message);

export const networkingM = ({ config }: any) => ({
  options: {
    networking: {
      hostName: mkOption({ type: types.str, default: "nixos" }),
      domain: mkOption({ type: types.nullOr(types.str), default: null }),
      fqdn: mkOption({
        type: types.str,
        readOnly: true,
        defaultText: "${hostName}.${domain}",
        default: lazy(() => {
          const cfg = config.networking;
          if (cfg.domain !== null) return `${cfg.hostName}.${cfg.domain}`;
          throw new Error("networking.fqdn: the domain is not set");
        }),
      }),
      firewall: {
        enable: mkOption({ type: types.bool, default: true }),
        allowedTCPPorts: mkOption({ type: types.listOf(types.port), default: [] }),
        allowedUDPPorts: mkOption({ type: types.listOf(types.port), default: [] }),
        trustedInterfaces: mkOption({ type: types.listOf(types.str), default: [] }),
      },
    },
  },
});

export const systemdM = {
  options: {
    systemd: {
      services: mkOption({
        default: {},
        type: types.attrsOf(
          types.submodule(({ name }: any) => ({
            options: {
              enable: mkOption({ type: types.bool, default: true }),
              description: mkOption({ type: types.str, default: "" }),
              after: mkOption({ type: types.listOf(types.str), default: [] }),
              wants: mkOption({ type: types.listOf(types.str), default: [] }),
              wantedBy: mkOption({ type: types.listOf(types.str), default: [] }),
              environment: mkOption({ type: types.attrsOf(types.str), default: {} }),
              path: mkOption({ type: types.listOf(types.str), default: [] }),
              script: mkOption({ type: types.lines, default: "" }),
              serviceConfig: mkOption({
                default: {},
                type: types.submodule({
                  freeformType: types.attrsOf(
                    types.oneOf([types.str, types.int, types.bool, types.listOf(types.str)]),
                  ),
                  options: { Type: mkOption({ type: types.str, default: "simple" }) },
                }),
              }),
            },
            config: ({ config }: any) => ({
              environment: {
                PATH: mkIf(config.path.length > 0, config.path.map((p: string) => `${p}/bin`).join(":")),
              },
            }),
          })),
        ),
      }),
    },
  },
};

export const usersM = {
  options: {
    users: {
      users: mkOption({
        default: {},
        type: types.attrsOf(
          types.submodule(({ name }: any) => ({
            options: {
              name: mkOption({ type: types.str, default: name }),
              uid: mkOption({ type: types.nullOr(types.int), default: null }),
              group: mkOption({ type: types.str, default: "" }),
              extraGroups: mkOption({ type: types.listOf(types.str), default: [] }),
              isSystemUser: mkOption({ type: types.bool, default: false }),
              isNormalUser: mkOption({ type: types.bool, default: false }),
              home: mkOption({ type: types.str, default: "/var/empty" }),
              createHome: mkOption({ type: types.bool, default: false }),
              description: mkOption({ type: types.str, default: "" }),
              shell: mkOption({ type: types.nullOr(types.str), default: null }),
            },
            config: ({ config }: any) =>
              mkIf(config.isNormalUser, {
                group: mkDefault("users"),
                createHome: mkDefault(true),
                home: mkDefault(`/home/${config.name}`),
                shell: mkDefault("/bin/bash"),
              }),
          })),
        ),
      }),
      groups: mkOption({
        default: {},
        type: types.attrsOf(
          types.submodule(({ name }: any) => ({
            options: {
              name: mkOption({ type: types.str, default: name }),
              gid: mkOption({ type: types.nullOr(types.int), default: null }),
              members: mkOption({ type: types.listOf(types.str), default: [] }),
            },
          })),
        ),
      }),
    },
  },
};

export const etcM = {
  options: {
    environment: {
      etc: mkOption({
        default: {},
        type: types.attrsOf(
          types.submodule(({ name }: any) => ({
            options: {
              enable: mkOption({ type: types.bool, default: true }),
              target: mkOption({ type: types.str }),
              text: mkOption({ type: types.nullOr(types.lines), default: null }),
              source: mkOption({ type: types.str }),
              mode: mkOption({ type: types.str, default: "symlink" }),
              user: mkOption({ type: types.str, default: "+0" }),
            },
            config: ({ config, options }: any) => ({
              target: mkDefault(name),
              source: mkIf(
                () => config.text !== null,
                mkDerivedConfig(
                  options.text,
                  (t: string) => `/store/etc-${name.replaceAll("/", "-")}-${Buffer.byteLength(t)}`,
                ),
              ),
            }),
          })),
        ),
      }),
    },
  },
};

export const base = [assertionsModule, networkingM, systemdM, usersM, etcM];
export const fooM = ({ config }: any) => ({
  options: {
    services: {
      foo: {
        enable: mkEnableOption("foo"),
        port: mkOption({ type: types.port, default: 8080 }),
        openFirewall: mkOption({ type: types.bool, default: false }),
        user: mkOption({ type: types.str, default: "foo" }),
        settings: mkOption({
          type: types.submodule({
            freeformType: types.attrsOf(types.oneOf([types.str, types.int, types.bool])),
            options: {
              listen: mkOption({
                type: types.str,
                default: lazy(() => `0.0.0.0:${config.services.foo.port}`),
              }),
            },
          }),
          default: {},
        }),
      },
    },
  },
  config: ({ config }: any) => {
    const cfg = config.services.foo;
    return mkIf(
      cfg.enable,
      mkMerge([
        {
          systemd: {
            services: {
              foo: {
                description: "Foo server",
                after: ["network.target"],
                wantedBy: ["multi-user.target"],
                environment: { FOO_CONFIG: "/etc/foo/config.json" },
                serviceConfig: {
                  ExecStart: `/bin/foo --listen ${cfg.settings.listen}`,
                  User: cfg.user,
                  Restart: "always",
                },
              },
            },
          },
          environment: { etc: { "foo/config.json": { text: JSON.stringify(cfg.settings) } } },
          users: {
            users: { [cfg.user]: { isSystemUser: true, group: cfg.user } },
            groups: { [cfg.user]: {} },
          },
        },
        mkIf(cfg.openFirewall, { networking: { firewall: { allowedTCPPorts: [cfg.port] } } }),
      ]),
    );
  },
});
export const nofile = (s: string) => s.replace(/`[^`']*(\.ts|<unknown-file>|<unknown>)[^`']*'/g, "F");
