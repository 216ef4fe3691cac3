// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Xen services from a domU: prints its name and domid from xenstore, then
// exercises xenstore (write, read, directory, a transaction, a watch), the
// grant table (grant a page, end access) and event channels (a loopback
// channel: an unbound port bound by ourselves, an event sent through it and
// received via tsx_platform_wait / tsx_evtchn_poll). Prints "ok <what>" for
// each step and exits 0 when all passed. Not on Xen: reports that and
// exits 0 if every Xen call says ENOSYS.

const lib = @import("lib.zig");
const std = @import("std");

export var tsx_stack_limit: usize = 0;

const ENOSYS = -38;

fn ok(what: []const u8) void {
    lib.print("ok ");
    lib.print(what);
    lib.print("\n");
}

fn write(path: []const u8, value: []const u8, tx: u32) i32 {
    return lib.tsx_xs_write(tx, path.ptr, path.len, value.ptr, value.len);
}

fn read(path: []const u8, buf: []u8, tx: u32) ?[]u8 {
    const n = lib.tsx_xs_read(tx, path.ptr, path.len, buf.ptr, buf.len);
    if (n < 0 or n > buf.len) return null;
    return buf[0..@intCast(n)];
}

var page: [4096]u8 align(4096) = undefined;

export fn tsx_rt_main() callconv(.C) noreturn {
    var buf: [256]u8 = undefined;
    const domid = lib.tsx_xen_domid();
    if (domid < 0) {
        lib.print("not on Xen\n");
        lib.check(lib.tsx_xs_read(0, "name", 4, &buf, buf.len) == ENOSYS, "xs_read ENOSYS");
        lib.check(lib.tsx_evtchn_alloc_unbound(0) == ENOSYS, "alloc_unbound ENOSYS");
        lib.check(lib.tsx_gnttab_grant(0, 0, 0) == ENOSYS, "grant ENOSYS");
        lib.tsx_platform_exit(0);
    }
    lib.show("domid", domid);
    if (lib.tsx_xs_read(0, "name", 4, &buf, buf.len) == ENOSYS) {
        lib.print("no xenstore\n"); // dom0 before any toolstack
    } else {
        lib.print("name ");
        lib.print(read("name", &buf, 0) orelse "?");
        lib.print("\n");
        testXenstore(&buf);
    }
    testGrants();
    testEvents(domid);
    lib.show("wall", @intFromFloat(lib.tsx_platform_wall_ms()));
    lib.tsx_platform_exit(0);
}

fn testXenstore(buf: *[256]u8) void {
    // write, read back, directory
    lib.check(write("data/tsxen", "hello xenstore", 0) == 0, "xs_write");
    lib.check(std.mem.eql(u8, read("data/tsxen", buf, 0) orelse "", "hello xenstore"), "xs_read back");
    const d = lib.tsx_xs_directory(0, "data", 4, buf, buf.len);
    lib.check(d > 0 and std.mem.indexOf(u8, buf[0..@intCast(d)], "tsxen\x00") != null, "xs_directory");
    lib.check(lib.tsx_xs_read(0, "data/absent", 11, buf, buf.len) == -2, "xs_read ENOENT");
    ok("xenstore read/write/directory");

    // a transaction
    const tx = lib.tsx_xs_transaction_start();
    lib.check(tx > 0, "transaction_start");
    lib.check(write("data/tx", "in transaction", @intCast(tx)) == 0, "write in transaction");
    lib.check(lib.tsx_xs_transaction_end(@intCast(tx), 1) == 0, "transaction commit");
    lib.check(std.mem.eql(u8, read("data/tx", buf, 0) orelse "", "in transaction"), "committed value");
    ok("xenstore transaction");

    // a watch: fires once when set, and again on a write
    lib.check(lib.tsx_xs_watch("data/w", 6, "tok", 3) == 0, "xs_watch");
    var fired: usize = 0;
    var wrote = false;
    const deadline = lib.tsx_platform_now_ns() + 5_000_000_000;
    while (fired < 2 and lib.tsx_platform_now_ns() < deadline) {
        const r = lib.tsx_platform_wait(deadline);
        if (r & 2 != 0) {
            while (true) {
                const n = lib.tsx_xs_read_watch(buf, buf.len);
                if (n <= 0) break;
                lib.check(std.mem.endsWith(u8, buf[0..@intCast(n)], "data/w\x00tok\x00"), "watch event payload");
                fired += 1;
            }
        }
        if (fired == 1 and !wrote) {
            lib.check(write("data/w", "x", 0) == 0, "write watched");
            wrote = true;
        }
    }
    lib.check(fired >= 2, "watch fired twice");
    lib.check(lib.tsx_xs_unwatch("data/w", 6, "tok", 3) == 0, "xs_unwatch");
    ok("xenstore watch");
}

fn testGrants() void {
    // grant a page to dom0, then end the grant
    const ref = lib.tsx_gnttab_grant(0, @intFromPtr(&page) >> 12, 0);
    lib.check(ref >= 8, "gnttab_grant");
    lib.check(lib.tsx_gnttab_end(@intCast(ref)) == 0, "gnttab_end");
    lib.check(lib.tsx_gnttab_end(@intCast(ref)) == -22, "gnttab_end twice");
    ok("grant table");
}

fn testEvents(domid: i32) void {
    // event channel loopback: unbound port for ourselves, bound by ourselves
    const a = lib.tsx_evtchn_alloc_unbound(@intCast(domid));
    lib.check(a > 0, "alloc_unbound");
    const b = lib.tsx_evtchn_bind_interdomain(@intCast(domid), @intCast(a));
    lib.check(b > 0, "bind_interdomain");
    lib.check(lib.tsx_evtchn_unmask(@intCast(a)) == 0, "unmask");
    lib.check(lib.tsx_evtchn_send(@intCast(b)) == 0, "send");
    const r = lib.tsx_platform_wait(lib.tsx_platform_now_ns() + 2_000_000_000);
    lib.check(r & 1 != 0, "wait reports the event");
    var ports: [8]u32 = undefined;
    const n = lib.tsx_evtchn_poll(&ports, ports.len);
    // Binding marks the new local port pending too (Xen's guard against
    // lost notifications): a must be there, b may be.
    var seen_a = false;
    for (ports[0..n]) |p| seen_a = seen_a or p == a;
    lib.check(seen_a, "poll returns the port");
    lib.check(lib.tsx_evtchn_close(@intCast(b)) == 0 and lib.tsx_evtchn_close(@intCast(a)) == 0, "close");
    ok("event channel loopback");
}
