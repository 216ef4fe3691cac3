// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! A rejection nobody handled ends the program as Node's default
//! (--unhandled-rejections=throw) does: status 1, and on stderr the first
//! line of what Node prints. An Error reason is thrown as it is (Node shows
//! its stack, whose first line is `Name: message`); any other reason is
//! wrapped in Node's UnhandledPromiseRejection, whose message shows the
//! reason as V8's NoSideEffectsToString does (`#<Object>`, `#<Foo>`,
//! `[object Array]`, primitives as String(v)).

const std = @import("std");
const console = @import("console.zig");
const platform = @import("platform.zig");
const inspect = @import("inspect.zig");
const Value = @import("value.zig").Value;
const Str = @import("string.zig").Str;

const flag_error: u32 = 4;

pub fn report(v: Value) noreturn {
    var l = console.Line.begin(2);
    const obj = if (@intFromEnum(v.tag) == 5 and v.bits != 0) inspect.describe(@intCast(v.bits)) else null;
    if (obj != null and obj.?.desc.flags & flag_error != 0) {
        const fields: [*]const *const Str = @ptrFromInt(@as(usize, @intCast(v.bits)) + 8);
        const errors = errorsOf(obj.?);
        // Promise.any's AggregateError has no stack frames: Node inspects it.
        if (errors != null) l.ascii("[");
        l.units(fields[1].units());
        if (fields[0].len != 0) {
            l.ascii(": ");
            l.units(fields[0].units());
        }
        if (errors) |e| {
            l.ascii("] { [errors]: ");
            console.formatArgs(&l, &[_]Value{.{ .tag = @enumFromInt(5), .bits = e }});
            l.ascii(" }");
        }
    } else {
        l.ascii("UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, " ++
            "or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"");
        if (obj) |o| {
            switch (o.shape) {
                inspect.shape_array => l.ascii("[object Array]"),
                inspect.shape_closure => l.ascii("[object Function]"),
                else => {
                    l.ascii("#<");
                    l.units(o.name());
                    l.ascii(">");
                },
            }
        } else if (@intFromEnum(v.tag) == 5) {
            l.ascii("#<Object>");
        } else {
            console.formatArgs(&l, &[_]Value{v});
        }
        l.ascii("\".");
    }
    l.end();
    console.flush();
    platform.exit(1);
}

/// The `errors` array of an AggregateError (lower/settled.ts lays it out).
fn errorsOf(o: inspect.Obj) ?u64 {
    for (o.fields) |f| {
        if (std.mem.eql(u16, f.name.units(), &[_]u16{ 'e', 'r', 'r', 'o', 'r', 's' }) and f.kind == inspect.kind_ref) {
            const e = @as(*const u64, @ptrFromInt(o.addr + f.offset)).*;
            return if (e != 0) e else null;
        }
    }
    return null;
}
