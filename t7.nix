with import /tmp/difftest9/lib.nix;
let settings = { config, ... }: { freeformType = types.attrsOf types.str; options = { port = mkOption { type = types.str; default = "1"; }; url = mkOption { type = types.str; }; }; config = { port = mkDefault "80"; url = "http://h:${config.port}"; }; };
  D = { options.settings = mkOption { type = types.submodule settings; default = {}; }; };
in [ (ev [D { settings.extra = "x"; }]).settings (ev [D { settings.port = "8080"; }]).settings ]
