// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The PV console of a Xen domU: a shared page (struct xencons_interface,
// xen/include/public/io/console.h) whose frame and event channel come from
// HVM_PARAM_CONSOLE_PFN / HVM_PARAM_CONSOLE_EVTCHN. We produce into `out`,
// xenconsoled consumes; an event on the channel tells it to look.

const cpu = @import("cpu.zig");
const hvm = @import("hvm.zig");
const hypercall = @import("hypercall.zig");

const Ring = extern struct {
    in: [1024]u8,
    out: [2048]u8,
    in_cons: u32,
    in_prod: u32,
    out_cons: u32,
    out_prod: u32,
};

const EVTCHNOP_send = 4;
const SCHEDOP_yield = 0;

var ring: ?*volatile Ring = null;
pub var port: u32 = 0;

/// True when the domain has a PV console.
pub fn init() bool {
    const pfn = hvm.get(hvm.CONSOLE_PFN) orelse return false;
    const evtchn = hvm.get(hvm.CONSOLE_EVTCHN) orelse return false;
    if (pfn == 0) return false;
    ring = @ptrFromInt(pfn << 12);
    port = @truncate(evtchn);
    return true;
}

fn notify() void {
    var p: u32 = port;
    _ = hypercall.call(hypercall.event_channel_op, EVTCHNOP_send, @intFromPtr(&p), 0);
}

fn yield() void {
    _ = hypercall.call(hypercall.sched_op, SCHEDOP_yield, 0, 0);
}

pub fn write(bytes: []const u8) void {
    const r = ring orelse return;
    var prod = r.out_prod;
    for (bytes) |c| {
        while (prod -% r.out_cons >= r.out.len) {
            r.out_prod = prod;
            notify();
            yield();
        }
        r.out[prod % r.out.len] = c;
        prod +%= 1;
    }
    asm volatile ("sfence" ::: "memory"); // data before index
    r.out_prod = prod;
    notify();
}

/// Wait (bounded) until the back end has consumed everything.
pub fn flush() void {
    const r = ring orelse return;
    var tries: u32 = 0;
    while (r.out_cons != r.out_prod and tries < 10_000) : (tries += 1) {
        notify();
        yield();
        cpu.pause();
    }
}
