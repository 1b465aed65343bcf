with import /tmp/difftest9/lib.nix;
let 
  D2 = { options.s = mkOption { type = types.attrsOf (types.submodule { options = { a = mkOption { type = types.int; default = 0; }; b = mkOption { type = types.int; default = 0; }; }; }); default = {}; }; };
in [ (ev [D2 { s = { x = { config, ... }: { a = 2; b = config.a + 1; }; y = { ... }: { imports = [ ({ config, ... }: { a = mkDefault 2; b = config.a + 1; }) { a = 7; } ]; }; }; }]).s ]
