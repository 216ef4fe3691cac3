// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Fatal exits: uncaught JS errors the compiler reports through rt, and
//! internal faults. Each flushes pending stdout first so output stays in
//! order, prints one line to stderr and exits.

const std = @import("std");
const builtin = @import("builtin");
const platform = @import("platform.zig");
const console = @import("console.zig");
const Str = @import("string.zig").Str;
const number_format = @import("number_format.zig");
const heap = @import("heap.zig");

/// Exit status of an uncaught exception in Node.
pub const status_uncaught = 1;
/// Internal runtime faults (EX_SOFTWARE).
pub const status_panic = 70;
/// Node aborts (SIGABRT, 128 + 6) when its heap is exhausted.
pub const status_oom = 134;

var dying = false;

fn exit(status: u32) noreturn {
    heap.printStats();
    console.flush();
    platform.exit(status);
}

/// A fault while already dying must not recurse: write raw and leave.
fn guard(status: u32) void {
    if (!dying) {
        dying = true;
        return;
    }
    const msg = "panic: fault while reporting a fault\n";
    platform.write(2, msg.ptr, msg.len);
    platform.exit(status);
}

/// Internal fault: "panic: <msg>", exit 70.
pub fn panic(msg: []const u8) noreturn {
    guard(status_panic);
    var l = console.Line.begin(2);
    l.ascii("panic: ");
    l.ascii(msg);
    l.end();
    exit(status_panic);
}

/// The heap limit is reached even after a full collection.
pub fn outOfMemory(heap_size: usize, live: usize) noreturn {
    guard(status_oom);
    var l = console.Line.begin(2);
    var buf: [20]u8 = undefined;
    l.ascii("panic: out of memory (heap ");
    l.ascii(buf[0..number_format.writeInt(&buf, heap_size)]);
    l.ascii(" bytes, live ");
    l.ascii(buf[0..number_format.writeInt(&buf, live)]);
    l.ascii(" bytes)");
    l.end();
    exit(status_oom);
}

/// An uncaught RangeError with a fixed message.
pub fn rangeError(msg: []const u8) noreturn {
    guard(status_uncaught);
    var l = console.Line.begin(2);
    l.ascii("Uncaught RangeError: ");
    l.ascii(msg);
    l.end();
    exit(status_uncaught);
}

/// A TDZ violation: reading a let/const binding before its declaration ran.
pub fn referenceError(name: *const Str) noreturn {
    guard(status_uncaught);
    var l = console.Line.begin(2);
    l.ascii("Uncaught ReferenceError: Cannot access '");
    l.units(name.units());
    l.ascii("' before initialization");
    l.end();
    exit(status_uncaught);
}

pub fn stackOverflow() noreturn {
    rangeError("Maximum call stack size exceeded");
}
