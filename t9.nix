with import /tmp/difftest9/lib.nix;
let D = { options = { a = mkOption { type = types.int; default = 0; }; b = mkOption { type = types.int; default = 0; }; o1 = mkOption { type = types.int; default = 0; }; o2 = mkOption { type = types.int; default = 0; }; }; };
 A = {config, ...}: { a = 1; o1 = config.b + 10; };
 B = {config, ...}: { b = config.a + 1; o2 = config.a + 20; };
 A2 = {config, ...}: { a = 5; o1 = config.b; };
 B2 = {config, ...}: { b = config.a * 2; o2 = config.a; };
 D3 = { options = { a = mkOption { type = types.int; default = 0; }; b = mkOption { type = types.int; default = 0; }; c = mkOption { type = types.int; default = 0; }; o = mkOption { type = types.int; default = 0; }; }; };
 R1 = {config, ...}: { a = 1; o = config.c; };
 R2 = {config, ...}: { b = config.a + 1; };
 R3 = {config, ...}: { c = config.b + 1; };
 f = c: [c.a c.b c.o1 c.o2];
 g = c: [c.a c.b c.c c.o];
in [ (f (ev [D A B])) (f (ev [D B A])) (f (ev [D A2 B2])) (f (ev [D B2 A2])) (g (ev [D3 R1 R2 R3])) (g (ev [D3 R3 R2 R1])) ]
