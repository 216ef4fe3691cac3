// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The C ABI for time, events and Xen services that the runtime builds its
// event loop on (rt/ABI.md, "Platform: time and events"). Not on Xen, the
// Xen calls return -38 (ENOSYS) and tsx_xen_domid returns -1; time and
// waiting work everywhere. Unused functions cost nothing: the kernel is
// linked with --gc-sections.

const std = @import("std");
const clock = @import("clock.zig");
const events = @import("events.zig");
const gnttab = @import("gnttab.zig");
const start_info = @import("start_info.zig");
const wait = @import("wait.zig");
const xs = @import("xenstore.zig");

// Time and waiting.

export fn tsx_platform_wall_ms() callconv(.C) f64 {
    return @as(f64, @floatFromInt(clock.wallNs() / 1000)) / 1000.0;
}

export fn tsx_platform_wait(deadline_ns: u64) callconv(.C) u32 {
    return wait.wait(deadline_ns);
}

// Event channels.

export fn tsx_evtchn_alloc_unbound(remote_dom: u32) callconv(.C) i32 {
    return events.allocUnbound(@truncate(remote_dom));
}

export fn tsx_evtchn_bind_interdomain(remote_dom: u32, remote_port: u32) callconv(.C) i32 {
    return events.bindInterdomain(@truncate(remote_dom), remote_port);
}

export fn tsx_evtchn_bind_virq(virq: u32) callconv(.C) i32 {
    return events.bindVirq(virq);
}

export fn tsx_evtchn_unmask(port: u32) callconv(.C) i32 {
    return events.unmask(port);
}

export fn tsx_evtchn_mask(port: u32) callconv(.C) void {
    events.mask(port);
}

export fn tsx_evtchn_send(port: u32) callconv(.C) i32 {
    return events.send(port);
}

export fn tsx_evtchn_close(port: u32) callconv(.C) i32 {
    return events.close(port);
}

export fn tsx_evtchn_poll(ports: [*]u32, max: u32) callconv(.C) u32 {
    events.poll();
    return @intCast(events.takeAny(ports[0..max]));
}

// Grant tables.

export fn tsx_gnttab_grant(dom: u32, frame: u64, readonly: u32) callconv(.C) i32 {
    return gnttab.grant(@truncate(dom), frame, readonly != 0);
}

export fn tsx_gnttab_end(ref: u32) callconv(.C) i32 {
    return gnttab.end(ref);
}

// Xenstore. Paths are bytes without a terminating NUL; relative paths are
// relative to the domain's home, /local/domain/<domid>. `tx` is 0 or a
// transaction from tsx_xs_transaction_start.

export fn tsx_xs_read(tx: u32, path: [*]const u8, path_len: usize, buf: [*]u8, buf_len: usize) callconv(.C) isize {
    return xs.request(xs.READ, tx, &.{ path[0..path_len], "\x00" }, buf[0..buf_len]);
}

export fn tsx_xs_write(tx: u32, path: [*]const u8, path_len: usize, value: [*]const u8, value_len: usize) callconv(.C) i32 {
    return status(xs.request(xs.WRITE, tx, &.{ path[0..path_len], "\x00", value[0..value_len] }, &.{}));
}

export fn tsx_xs_rm(tx: u32, path: [*]const u8, path_len: usize) callconv(.C) i32 {
    return status(xs.request(xs.RM, tx, &.{ path[0..path_len], "\x00" }, &.{}));
}

export fn tsx_xs_directory(tx: u32, path: [*]const u8, path_len: usize, buf: [*]u8, buf_len: usize) callconv(.C) isize {
    return xs.request(xs.DIRECTORY, tx, &.{ path[0..path_len], "\x00" }, buf[0..buf_len]);
}

export fn tsx_xs_watch(path: [*]const u8, path_len: usize, token: [*]const u8, token_len: usize) callconv(.C) i32 {
    return status(xs.request(xs.WATCH, 0, &.{ path[0..path_len], "\x00", token[0..token_len], "\x00" }, &.{}));
}

export fn tsx_xs_unwatch(path: [*]const u8, path_len: usize, token: [*]const u8, token_len: usize) callconv(.C) i32 {
    return status(xs.request(xs.UNWATCH, 0, &.{ path[0..path_len], "\x00", token[0..token_len], "\x00" }, &.{}));
}

export fn tsx_xs_read_watch(buf: [*]u8, buf_len: usize) callconv(.C) isize {
    return xs.readWatch(buf[0..buf_len]);
}

export fn tsx_xs_transaction_start() callconv(.C) i32 {
    var id: [16]u8 = undefined;
    const n = xs.request(xs.TRANSACTION_START, 0, &.{"\x00"}, &id);
    if (n < 0) return @intCast(n);
    return std.fmt.parseInt(i32, std.mem.sliceTo(id[0..@min(@as(usize, @intCast(n)), id.len)], 0), 10) catch -5;
}

export fn tsx_xs_transaction_end(tx: u32, commit: u32) callconv(.C) i32 {
    return status(xs.request(xs.TRANSACTION_END, tx, &.{if (commit != 0) "T\x00" else "F\x00"}, &.{}));
}

fn status(n: isize) i32 {
    return if (n < 0) @intCast(n) else 0;
}

// Identity.

var own_domid: i32 = -2; // -2: not asked yet

export fn tsx_xen_domid() callconv(.C) i32 {
    if (own_domid == -2) {
        own_domid = -1;
        if (clock.xen_base != null) {
            if (start_info.isInitialDomain()) {
                own_domid = 0;
            } else {
                var buf: [16]u8 = undefined;
                const n = xs.request(xs.READ, 0, &.{"domid\x00"}, &buf);
                if (n > 0 and n <= buf.len) own_domid = std.fmt.parseInt(i32, buf[0..@intCast(n)], 10) catch -1;
            }
        }
    }
    return own_domid;
}
