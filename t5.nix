with import /tmp/difftest9/lib.nix;
let D = { options = { x = mkOption { type = types.int; default = 0; }; y = mkOption { type = types.int; default = 0; }; }; };
  R = { options = { x = mkOption { type = types.int; default = 0; readOnly = true; }; y = mkOption { type = types.int; default = 0; }; }; };
in [ (try (ev [D { _file = "m.nix"; imports = [({config, ...}: { x = "bad"; y = config.x; })]; }]).y)
 (try (ev [D { _file = "m.nix"; imports = [({config, ...}: { x = 3; y = config.x; })]; } { _file = "h.nix"; x = 4; }]).y)
 (try (ev [R { _file = "m.nix"; imports = [({config, ...}: { x = 3; y = config.x; })]; }]).y)
]
