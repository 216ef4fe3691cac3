// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Faults the platform must report cleanly (a "tsxen: <reason>" line and a
// non-zero exit), chosen by the command line: null (read at address 8),
// stack (recursion past the guard page; the compiler's own stack-limit check
// is off), text (write to the code), rodata (write to a constant), nx (jump
// into the data), ud (an invalid instruction).

const lib = @import("lib.zig");

export var tsx_stack_limit: usize = 0;

var data_code: [16]u8 = [_]u8{0xc3} ** 16; // "ret"s, in writable data
const constant: [8]u8 = "constant".*;

fn recurse(depth: u64) u64 {
    var frame: [64]u64 = undefined;
    const p: *volatile [64]u64 = &frame;
    p[depth % 64] = depth;
    return recurse(depth + 1) + p[(depth + 1) % 64];
}

export fn tsx_rt_main() callconv(.C) noreturn {
    const what = lib.cmdline();
    lib.print("fault: ");
    lib.print(what);
    lib.print("\n");
    const eql = @import("std").mem.eql;
    if (eql(u8, what, "null")) {
        const p: *volatile u64 = @ptrFromInt(8);
        lib.show("read", @intCast(p.*));
    } else if (eql(u8, what, "stack")) {
        lib.show("depth", @intCast(recurse(0)));
    } else if (eql(u8, what, "text")) {
        const p: *volatile u8 = @ptrCast(@constCast(&tsx_rt_main));
        p.* = 0xcc;
    } else if (eql(u8, what, "rodata")) {
        const p: *volatile u8 = @constCast(&constant[0]);
        p.* = 'C';
    } else if (eql(u8, what, "nx")) {
        const p: *volatile [16]u8 = &data_code;
        p[0] = 0xc3; // written at run time: it must live in .data
        const f: *const fn () callconv(.C) void = @ptrCast(&data_code);
        f();
    } else if (eql(u8, what, "ud")) {
        asm volatile ("ud2");
    }
    lib.print("no fault\n");
    lib.tsx_platform_exit(0);
}
