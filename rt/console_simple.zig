// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! console.log for calls the compiler has proved simple: every argument a
//! primitive (number, boolean, string, undefined, null) and no util.format
//! placeholders to expand. It does not reach util.inspect or the
//! placeholder parser, so a program whose console.log calls are all simple
//! links neither (the hello kernel stays small).

const console = @import("console.zig");
const Value = @import("value.zig").Value;

export fn tsx_console_log_simple(stream: u32, args: [*]const Value, n: usize) callconv(.C) void {
    var l = console.Line.begin(stream);
    for (args[0..n], 0..) |v, i| {
        if (i > 0) l.ascii(" ");
        switch (@intFromEnum(v.tag)) {
            0 => l.ascii("undefined"),
            1 => l.ascii("null"),
            2 => l.ascii(if (v.bits != 0) "true" else "false"),
            // console.log shows the sign of zero, unlike String(-0).
            3 => if (v.asNumber() == 0 and @as(i64, @bitCast(v.bits)) < 0) l.ascii("-0") else l.number(v.asNumber()),
            4 => l.units(v.asString().units()),
            else => l.ascii("[object]"), // the compiler never passes objects here
        }
    }
    l.end();
}
