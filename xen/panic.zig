// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The platform's own fatal-error path: "tsxen: <reason>" and exit status 99.

const console = @import("console.zig");
const shutdown = @import("shutdown.zig");

pub const status: u32 = 99;
var panicking = false;

pub fn fail(reason: []const u8) noreturn {
    failWith(reason, &.{});
}

/// Print "tsxen: <reason> name=0x... ..." and exit 99. A fault while
/// printing skips straight to the exit.
pub fn failWith(reason: []const u8, values: []const struct { []const u8, u64 }) noreturn {
    failIn(reason, "", values);
}

/// As failWith, with a tag after the reason: "tsxen: <reason> [<tag>] ...".
pub fn failIn(reason: []const u8, tag: []const u8, values: []const struct { []const u8, u64 }) noreturn {
    if (!panicking) {
        panicking = true;
        console.write("tsxen: ");
        console.write(reason);
        if (tag.len != 0) {
            console.write(" [");
            console.write(tag);
            console.write("]");
        }
        for (values) |v| {
            console.write(" ");
            console.write(v[0]);
            console.write("=0x");
            writeHex(v[1]);
        }
        console.write("\n");
    }
    shutdown.exit(status);
}

fn writeHex(value: u64) void {
    var buf: [16]u8 = undefined;
    var i: usize = buf.len;
    var v = value;
    while (true) {
        i -= 1;
        buf[i] = "0123456789abcdef"[@as(usize, @truncate(v & 15))];
        v >>= 4;
        if (v == 0) break;
    }
    console.write(buf[i..]);
}
